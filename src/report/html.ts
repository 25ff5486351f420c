/**
 * A review as one self-contained HTML document: the markdown review (whatever sections it has)
 * read by the same CommonMark + GFM parser the tests read it with (mdast-util-from-markdown),
 * turned into HTML by mdast-util-to-hast and hast-util-to-html, with every Mermaid block replaced
 * by the SVG it was rendered to, and styles for the screen and for print (A4 or Letter, a new
 * page before each section, tables and diagrams kept whole where they fit).
 *
 * The document runs nothing and loads nothing: there is no script, and a Content-Security-Policy
 * meta forbids scripts, remote loads, frames, forms and plugins, so even an SVG that somehow held
 * a script could not run it. Text from the maps stays text: the markdown escapes it, and any raw
 * HTML the parser still met would be written as text here, not as markup.
 *
 * ```ts
 * const html = reviewHtml(markdown, { svgs, pageSize: 'A4', generator: 'acctmap 0.1.0' });
 * ```
 */
import type { Element, ElementContent, Root as HastRoot, Properties } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { Code, Heading, Html, Nodes as MdastNodes, Root as MdastRoot, Parents } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { defaultHandlers, type Handler, toHast } from 'mdast-util-to-hast';
import { toString as mdastText } from 'mdast-util-to-string';
import { gfm } from 'micromark-extension-gfm';
import { HeadingSlugger, oneLine } from '../text/index.js';
import { HTML_GENERATOR } from './account.js';

/** The paper sizes of `--page-size`. */
type PageSize = 'A4' | 'Letter';

/**
 * What the page may do: nothing but show itself. Inline styles are needed (the SVGs Mermaid draws
 * carry their own `<style>`); images only from `data:` URLs; no script, font, frame or request of
 * any kind.
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'none'; script-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src 'none'; connect-src 'none'; frame-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'";

export interface ReviewHtmlOptions {
  /** The rendered SVG of each Mermaid block, by its Mermaid text (trailing whitespace ignored). */
  svgs: ReadonlyMap<string, string>;
  pageSize: PageSize;
  /** `acctmap 0.1.0`: written in the generator meta, which marks the file as ours (it must begin with `HTML_GENERATOR`). */
  generator?: string;
  /** The document's language (default `en`). */
  lang?: string;
}

/** The key a Mermaid text is looked up by in `ReviewHtmlOptions.svgs`. */
export function diagramKey(mermaid: string): string {
  return mermaid.replace(/\s+$/, '');
}

function parse(markdown: string): MdastRoot {
  return fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
}

/**
 * The Mermaid text of every diagram a markdown review shows, in order, each once: what to render
 * before `reviewHtml`, whatever sections the review has.
 */
export function mermaidBlocks(markdown: string): string[] {
  const found = new Set<string>();
  const walk = (node: MdastNodes) => {
    if (node.type === 'code' && node.lang === 'mermaid') found.add(diagramKey(node.value));
    if ('children' in node) for (const child of node.children) walk(child);
  };
  walk(parse(markdown));
  return [...found];
}

/** The markdown review as a whole HTML document. */
export function reviewHtml(markdown: string, options: ReviewHtmlOptions): string {
  const tree = parse(markdown);
  rawHtmlAsText(tree);
  const title = documentTitle(tree);
  const sectionDepth = Math.min(6, minHeadingDepth(tree) + 1);
  const slugger = new HeadingSlugger();
  let headings = 0;
  let sections = 0;
  let diagrams = 0;

  const heading: Handler = (state, node: Heading) => {
    const plain = oneLine(mdastText(node));
    const properties: Properties = { id: slugger.slug(plain) };
    // A new page before each section but the first, which follows the title and its lines.
    const isTitle = headings++ === 0;
    if (!isTitle && node.depth <= sectionDepth && sections++ > 0)
      properties.className = ['new-page'];
    const result: Element = {
      type: 'element',
      tagName: `h${node.depth}`,
      properties,
      children: state.all(node),
    };
    state.patch(node, result);
    return state.applyData(node, result);
  };

  const code: Handler = (state, node: Code) => {
    const svg = node.lang === 'mermaid' ? options.svgs.get(diagramKey(node.value)) : undefined;
    if (svg === undefined) return defaultHandlers.code(state, node);
    diagrams++;
    const figure: Element = {
      type: 'element',
      tagName: 'figure',
      properties: { className: ['diagram'] },
      // The only markup not built here: an SVG Mermaid drew with `securityLevel: 'strict'`, its
      // ids made unique in this document.
      children: [{ type: 'raw', value: uniqueSvgIds(svg, `acctmap-d${diagrams}`) }],
    };
    return figure;
  };

  const body = toHast(tree, { handlers: { heading, code } }) as HastRoot;

  const head: ElementContent[] = [
    el('meta', { charSet: 'utf-8' }),
    el('meta', { httpEquiv: ['Content-Security-Policy'], content: CONTENT_SECURITY_POLICY }),
    el('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
    el('meta', { name: 'generator', content: options.generator ?? HTML_GENERATOR }),
    el('meta', { name: 'referrer', content: 'no-referrer' }),
    el('title', {}, [{ type: 'text', value: title }]),
    el('style', {}, [{ type: 'text', value: stylesheet(options.pageSize) }]),
  ];
  const doc: HastRoot = {
    type: 'root',
    children: [
      { type: 'doctype' },
      el('html', { lang: options.lang ?? 'en' }, [
        el('head', {}, head),
        el('body', {}, [el('main', {}, body.children as ElementContent[])]),
      ]),
    ],
  };
  // `allowDangerousHtml` lets the `raw` SVG nodes above through; nothing else in the tree is raw
  // (raw HTML from the markdown was made text before the tree was built).
  return `${toHtml(doc, { allowDangerousHtml: true })}\n`;
}

function el(tagName: string, properties: Properties, children: ElementContent[] = []): Element {
  return { type: 'element', tagName, properties, children };
}

/** Raw HTML in the markdown (none is written, but a map could try) becomes plain text. */
function rawHtmlAsText(node: MdastNodes): void {
  if (!('children' in node)) return;
  const parent = node as Parents;
  parent.children = parent.children.map((child) => {
    if (child.type === 'html') {
      const text = (child as Html).value;
      if (parent.type === 'root' || parent.type === 'blockquote' || parent.type === 'listItem')
        return { type: 'paragraph', children: [{ type: 'text', value: text }] } as never;
      return { type: 'text', value: text } as never;
    }
    rawHtmlAsText(child);
    return child;
  }) as never;
}

function documentTitle(tree: MdastRoot): string {
  const first = tree.children.find((n): n is Heading => n.type === 'heading');
  return first ? oneLine(mdastText(first)) : 'Review';
}

function minHeadingDepth(tree: MdastRoot): number {
  let min = 6;
  for (const n of tree.children) if (n.type === 'heading') min = Math.min(min, n.depth);
  return min;
}

/**
 * Every diagram is drawn with the same root id, which its `<style>` and its arrow markers refer
 * to; several in one document would take each other's styles and arrow heads. Each gets its own
 * id, in its markup and its style sheet only (the text of its labels is left alone).
 */
export function uniqueSvgIds(svg: string, id: string): string {
  const root = /^\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--[\s\S]*?-->\s*)?<svg\b[^>]*?\sid="([^"]+)"/.exec(
    svg,
  );
  if (!root) return svg;
  const old = root[1]!;
  const escaped = old.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const ref = new RegExp(`(id="|#)${escaped}(?![A-Za-z0-9])`, 'g');
  return svg.replace(/<style\b[^>]*>[\s\S]*?<\/style>|<[^>]*>/g, (markup) =>
    markup.replace(ref, (_m, lead: string) => `${lead}${id}`),
  );
}

function stylesheet(pageSize: PageSize): string {
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
