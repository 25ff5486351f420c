/**
 * A markdown document built block by block, so that the blank lines, heading levels and anchors
 * that markdownlint checks come out right by construction: blocks are separated by exactly one
 * blank line, headings take plain text (escaped here) and may be given a key that links elsewhere
 * in the document can point at before the heading exists.
 */
import { escapeMarkdownText, HeadingSlugger, oneLine, table as tableMarkdown, } from '../text/index.js';
/** Stands for the anchor of the heading with this key until the document is finished. */
const NUL = String.fromCharCode(0);
export function anchorRef(key) {
    // NUL never survives escaping (control characters become spaces), so map text cannot forge it.
    return `${NUL}anchor:${key}${NUL}`;
}
/**
 * Trailing spaces mean a hard line break in markdown (and markdownlint flags them); an empty value
 * at the end of a line (`**Competitors:** ` for a blank name) must not leave one.
 */
function noTrailingSpace(markdown) {
    return markdown.replace(/[ \t]+$/gm, '');
}
export class MarkdownDoc {
    blocks = [];
    slugger = new HeadingSlugger();
    anchors = new Map();
    /** A heading from plain text (one line; escaped here). Levels above 6 are written as 6. */
    heading(level, plain, key) {
        const depth = Math.min(6, Math.max(1, level));
        const text = escapeMarkdownText(plain);
        this.blocks.push(noTrailingSpace(`${'#'.repeat(depth)} ${text}`));
        const slug = this.slugger.slug(oneLine(plain));
        if (key !== undefined)
            this.anchors.set(key, slug);
        return this;
    }
    /** A paragraph of markdown (already escaped). Empty text adds nothing. */
    paragraph(markdown) {
        if (markdown.trim() !== '')
            this.blocks.push(noTrailingSpace(markdown.trim()));
        return this;
    }
    /** A bullet list; each item is markdown, and may hold nested lines already indented. */
    list(items) {
        if (items.length)
            this.blocks.push(noTrailingSpace(items.map((item) => `- ${item}`).join('\n')));
        return this;
    }
    /** A GFM task list: every item an open checkbox. */
    tasks(items) {
        if (items.length)
            this.blocks.push(noTrailingSpace(items.map((item) => `- [ ] ${item}`).join('\n')));
        return this;
    }
    table(columns, rows) {
        this.blocks.push(tableMarkdown(columns, rows));
        return this;
    }
    /** A fenced code block; the fence is longer than any run of backticks in the text. */
    code(lang, text) {
        const longest = Math.max(0, ...(text.match(/`{3,}/g) ?? []).map((run) => run.length));
        const fence = '`'.repeat(Math.max(3, longest + 1));
        // Code is written as is, except NUL, which would be read as an anchor reference.
        const body = text.split(NUL).join('').replace(/\n+$/, '');
        this.blocks.push(`${fence}${lang}\n${body}\n${fence}`);
        return this;
    }
    /** A block quote; each line is markdown. */
    quote(lines) {
        if (lines.length)
            this.blocks.push(lines.map((l) => (l === '' ? '>' : `> ${l}`)).join('\n'));
        return this;
    }
    /** Another document's blocks, appended (their headings join this document's anchors). */
    raw(markdown) {
        if (markdown.trim() !== '')
            this.blocks.push(noTrailingSpace(markdown.trim()));
        return this;
    }
    /** The slug a keyed heading got, once it exists. */
    anchor(key) {
        return this.anchors.get(key);
    }
    /** The finished text: anchor references resolved, one trailing newline. */
    toString() {
        const text = `${this.blocks.join('\n\n')}\n`;
        // Anchor references are the odd pieces between NUL characters (see `anchorRef`).
        return text
            .split(NUL)
            .map((piece, i) => {
            if (i % 2 === 0)
                return piece;
            const slug = this.anchors.get(piece.replace(/^anchor:/, ''));
            return slug === undefined ? '#' : `#${slug}`;
        })
            .join('');
    }
}
