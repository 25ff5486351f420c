import { createRequire as __acctmapCreateRequire } from 'node:module';
const require = __acctmapCreateRequire(import.meta.url);
import {
  HeadingSlugger,
  escapeMarkdownText,
  oneLine,
  table
} from "./chunk-A4RBNV6B.js";

// dist/report/doc.js
var NUL = String.fromCharCode(0);
function anchorRef(key) {
  return `${NUL}anchor:${key}${NUL}`;
}
function noTrailingSpace(markdown) {
  return markdown.replace(/[ \t]+$/gm, "");
}
var MarkdownDoc = class {
  blocks = [];
  slugger = new HeadingSlugger();
  anchors = /* @__PURE__ */ new Map();
  /** A heading from plain text (one line; escaped here). Levels above 6 are written as 6. */
  heading(level, plain, key) {
    const depth = Math.min(6, Math.max(1, level));
    const text = escapeMarkdownText(plain);
    this.blocks.push(noTrailingSpace(`${"#".repeat(depth)} ${text}`));
    const slug = this.slugger.slug(oneLine(plain));
    if (key !== void 0)
      this.anchors.set(key, slug);
    return this;
  }
  /** A paragraph of markdown (already escaped). Empty text adds nothing. */
  paragraph(markdown) {
    if (markdown.trim() !== "")
      this.blocks.push(noTrailingSpace(markdown.trim()));
    return this;
  }
  /** A bullet list; each item is markdown, and may hold nested lines already indented. */
  list(items) {
    if (items.length)
      this.blocks.push(noTrailingSpace(items.map((item) => `- ${item}`).join("\n")));
    return this;
  }
  /** A GFM task list: every item an open checkbox. */
  tasks(items) {
    if (items.length)
      this.blocks.push(noTrailingSpace(items.map((item) => `- [ ] ${item}`).join("\n")));
    return this;
  }
  table(columns, rows) {
    this.blocks.push(table(columns, rows));
    return this;
  }
  /** A fenced code block; the fence is longer than any run of backticks in the text. */
  code(lang, text) {
    const longest = Math.max(0, ...(text.match(/`{3,}/g) ?? []).map((run) => run.length));
    const fence = "`".repeat(Math.max(3, longest + 1));
    const body = text.split(NUL).join("").replace(/\n+$/, "");
    this.blocks.push(`${fence}${lang}
${body}
${fence}`);
    return this;
  }
  /** A block quote; each line is markdown. */
  quote(lines) {
    if (lines.length)
      this.blocks.push(lines.map((l) => l === "" ? ">" : `> ${l}`).join("\n"));
    return this;
  }
  /** Another document's blocks, appended (their headings join this document's anchors). */
  raw(markdown) {
    if (markdown.trim() !== "")
      this.blocks.push(noTrailingSpace(markdown.trim()));
    return this;
  }
  /** The slug a keyed heading got, once it exists. */
  anchor(key) {
    return this.anchors.get(key);
  }
  /** The finished text: anchor references resolved, one trailing newline. */
  toString() {
    const text = `${this.blocks.join("\n\n")}
`;
    return text.split(NUL).map((piece, i) => {
      if (i % 2 === 0)
        return piece;
      const slug = this.anchors.get(piece.replace(/^anchor:/, ""));
      return slug === void 0 ? "#" : `#${slug}`;
    }).join("");
  }
};

export {
  anchorRef,
  MarkdownDoc
};
