import { createRequire as __acctmapCreateRequire } from 'node:module';
const require = __acctmapCreateRequire(import.meta.url);
import {
  HTML_GENERATOR
} from "./chunk-K5OTD2B7.js";
import "./chunk-HUVXZIKZ.js";
import "./chunk-HAGDK5MB.js";
import "./chunk-ZPJ3K3FW.js";
import "./chunk-WJ4UJHTB.js";
import "./chunk-3PMCQ3JK.js";
import "./chunk-EOFZAPUG.js";
import "./chunk-M5GZM46X.js";
import "./chunk-XJYOIXLA.js";
import "./chunk-IAOW2ERF.js";
import "./chunk-CE5LU4KN.js";
import {
  HeadingSlugger,
  oneLine
} from "./chunk-A4RBNV6B.js";
import "./chunk-ZV4OTCNF.js";

// dist/report/html.js
import { toHtml } from "hast-util-to-html";
import { fromMarkdown } from "mdast-util-from-markdown";
import { gfmFromMarkdown } from "mdast-util-gfm";
import { defaultHandlers, toHast } from "mdast-util-to-hast";
import { toString as mdastText } from "mdast-util-to-string";
import { gfm } from "micromark-extension-gfm";
var CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src 'none'; connect-src 'none'; frame-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'";
function diagramKey(mermaid) {
  return mermaid.replace(/\s+$/, "");
}
function parse(markdown) {
  return fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
}
function mermaidBlocks(markdown) {
  const found = /* @__PURE__ */ new Set();
  const walk = (node) => {
    if (node.type === "code" && node.lang === "mermaid")
      found.add(diagramKey(node.value));
    if ("children" in node)
      for (const child of node.children)
        walk(child);
  };
  walk(parse(markdown));
  return [...found];
}
function reviewHtml(markdown, options) {
  const tree = parse(markdown);
  rawHtmlAsText(tree);
  const title = documentTitle(tree);
  const sectionDepth = Math.min(6, minHeadingDepth(tree) + 1);
  const slugger = new HeadingSlugger();
  let headings = 0;
  let sections = 0;
  let diagrams = 0;
  const heading = (state, node) => {
    const plain = oneLine(mdastText(node));
    const properties = { id: slugger.slug(plain) };
    const isTitle = headings++ === 0;
    if (!isTitle && node.depth <= sectionDepth && sections++ > 0)
      properties.className = ["new-page"];
    const result = {
      type: "element",
      tagName: `h${node.depth}`,
      properties,
      children: state.all(node)
    };
    state.patch(node, result);
    return state.applyData(node, result);
  };
  const code = (state, node) => {
    const svg = node.lang === "mermaid" ? options.svgs.get(diagramKey(node.value)) : void 0;
    if (svg === void 0)
      return defaultHandlers.code(state, node);
    diagrams++;
    const figure = {
      type: "element",
      tagName: "figure",
      properties: { className: ["diagram"] },
      // The only markup not built here: an SVG Mermaid drew with `securityLevel: 'strict'`, its
      // ids made unique in this document.
      children: [{ type: "raw", value: uniqueSvgIds(svg, `acctmap-d${diagrams}`) }]
    };
    return figure;
  };
  const body = toHast(tree, { handlers: { heading, code } });
  const head = [
    el("meta", { charSet: "utf-8" }),
    el("meta", { httpEquiv: ["Content-Security-Policy"], content: CONTENT_SECURITY_POLICY }),
    el("meta", { name: "viewport", content: "width=device-width, initial-scale=1" }),
    el("meta", { name: "generator", content: options.generator ?? HTML_GENERATOR }),
    el("meta", { name: "referrer", content: "no-referrer" }),
    el("title", {}, [{ type: "text", value: title }]),
    el("style", {}, [{ type: "text", value: stylesheet(options.pageSize) }])
  ];
  const doc = {
    type: "root",
    children: [
      { type: "doctype" },
      el("html", { lang: options.lang ?? "en" }, [
        el("head", {}, head),
        el("body", {}, [el("main", {}, body.children)])
      ])
    ]
  };
  return `${toHtml(doc, { allowDangerousHtml: true })}
`;
}
function el(tagName, properties, children = []) {
  return { type: "element", tagName, properties, children };
}
function rawHtmlAsText(node) {
  if (!("children" in node))
    return;
  const parent = node;
  parent.children = parent.children.map((child) => {
    if (child.type === "html") {
      const text = child.value;
      if (parent.type === "root" || parent.type === "blockquote" || parent.type === "listItem")
        return { type: "paragraph", children: [{ type: "text", value: text }] };
      return { type: "text", value: text };
    }
    rawHtmlAsText(child);
    return child;
  });
}
function documentTitle(tree) {
  const first = tree.children.find((n) => n.type === "heading");
  return first ? oneLine(mdastText(first)) : "Review";
}
function minHeadingDepth(tree) {
  let min = 6;
  for (const n of tree.children)
    if (n.type === "heading")
      min = Math.min(min, n.depth);
  return min;
}
function uniqueSvgIds(svg, id) {
  const root = /^\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--[\s\S]*?-->\s*)?<svg\b[^>]*?\sid="([^"]+)"/.exec(svg);
  if (!root)
    return svg;
  const old = root[1];
  const escaped = old.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const ref = new RegExp(`(id="|#)${escaped}(?![A-Za-z0-9])`, "g");
  return svg.replace(/<style\b[^>]*>[\s\S]*?<\/style>|<[^>]*>/g, (markup) => markup.replace(ref, (_m, lead) => `${lead}${id}`));
}
function stylesheet(pageSize) {
  return `
@page { size: ${pageSize}; margin: 16mm 15mm 18mm; }
:root { color-scheme: light; }
html { font-family: "Helvetica Neue", Helvetica, Arial, "Liberation Sans", "DejaVu Sans", sans-serif; font-size: 11pt; line-height: 1.45; color: #1b1b1b; background: #fff; }
body { margin: 0; }
main { max-width: 60rem; margin: 0 auto; padding: 2rem 1.5rem 4rem; }
h1, h2, h3, h4, h5, h6 { line-height: 1.25; margin: 1.4em 0 0.5em; break-after: avoid; page-break-after: avoid; }
h1 { font-size: 1.9em; margin-top: 0; border-bottom: 2px solid #1565c0; padding-bottom: 0.25em; }
h2 { font-size: 1.45em; border-bottom: 1px solid #d0d7de; padding-bottom: 0.2em; }
h3 { font-size: 1.2em; }
h4 { font-size: 1.05em; }
h5, h6 { font-size: 1em; }
p, ul, ol, blockquote, table, pre, figure { margin: 0 0 0.9em; }
ul, ol { padding-left: 1.6em; }
li + li { margin-top: 0.15em; }
li > ul, li > ol { margin: 0.15em 0 0; }
ul.contains-task-list { list-style: none; padding-left: 0.4em; }
li.task-list-item input { margin: 0 0.5em 0 0; vertical-align: -0.1em; }
a { color: #0b57d0; text-decoration: none; }
a:hover { text-decoration: underline; }
code { font-family: "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: 0.9em; background: #f3f4f6; padding: 0.05em 0.3em; border-radius: 3px; }
pre { background: #f6f8fa; padding: 0.75em 1em; overflow-x: auto; border-radius: 4px; white-space: pre-wrap; overflow-wrap: anywhere; }
pre code { background: none; padding: 0; }
blockquote { margin-left: 0; padding: 0.4em 1em; border-left: 4px solid #f9a825; background: #fffbea; }
table { border-collapse: collapse; width: 100%; font-size: 0.88em; }
th, td { border: 1px solid #d0d7de; padding: 0.3em 0.5em; vertical-align: top; overflow-wrap: break-word; hyphens: auto; }
th { background: #eef2f7; text-align: left; }
tbody tr:nth-child(even) td { background: #fafbfc; }
figure.diagram { margin: 0.5em 0 1.2em; text-align: center; }
figure.diagram svg { max-width: 100%; height: auto; overflow: visible; }
hr { border: none; border-top: 1px solid #d0d7de; }
@media print {
  html { font-size: 10pt; }
  main { max-width: none; padding: 0; }
  .new-page { break-before: page; page-break-before: always; }
  a { color: inherit; }
  table { font-size: 0.85em; }
  thead { display: table-header-group; }
  tr, figure.diagram, blockquote, pre { break-inside: avoid; page-break-inside: avoid; }
  figure.diagram svg { max-height: 225mm; }
  tbody tr:nth-child(even) td, th, pre, blockquote, code { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;
}
export {
  CONTENT_SECURITY_POLICY,
  diagramKey,
  mermaidBlocks,
  reviewHtml,
  uniqueSvgIds
};
