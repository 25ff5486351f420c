/**
 * Markdown that survives any data. Every piece of text from a map goes through one of these
 * before it reaches a report, so that a name renders as written whatever it holds: `|` would end
 * a table cell, a newline the row, `<script>` would be HTML, `*`, `_`, `[`, `` ` `` and `~` would
 * turn into emphasis, links, code or strikethrough, `$` into maths on GitHub, and `#`, `>`, `-`
 * or `1.` at the start of a line into a heading, quote or list.
 *
 * Only backslash escapes are used (never entity references such as `&lt;`): CommonMark lets any
 * ASCII punctuation be escaped with `\`, the result is plain text in every renderer, and
 * heading anchors come out the same in GitHub and in markdownlint (see `headingSlug`).
 */
import { collapseSpaces, oneLine } from './words.js';
/** Characters that mean something inline in CommonMark or GFM, escaped wherever they appear. */
const INLINE_SPECIAL = /[\\`*_[\]<>&~|$!{}#@]/g;
/**
 * Escapes what means something inline, keeping the spaces at the edges. Addresses (`@`, `://`,
 * `www.`) are escaped too: GFM would turn them into links on its own, which markdownlint reports
 * as bare URLs; escaped, they show as written. A `:` before a letter is escaped because
 * markdownlint reads `:name` as a directive, which would change the heading anchors it checks.
 */
function escapeInline(text) {
    return collapseSpaces(text)
        .replace(INLINE_SPECIAL, '\\$&')
        .replace(/:(?=\/\/|[\p{L}\p{N}])/gu, '\\:')
        .replace(/\b(www)\./gi, '$1\\.');
}
/**
 * Escapes what would start a block at the start of a line: a quote (`>`), a list item (`-`, `+`
 * or `1.`/`1)` followed by a space), a thematic break or setext underline (`---`, `===`).
 */
function escapeLineStart(markdown) {
    return markdown
        .replace(/^>/, '\\>')
        .replace(/^([-+])(?=\s|$|-)/, '\\$1')
        .replace(/^=/, '\\=')
        .replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2');
}
/**
 * Inline text: one line, every character that means something escaped, and what would start a
 * block at the beginning of a line escaped too, so the text is safe anywhere inline, including
 * right after a list marker or at the start of a paragraph.
 */
export function escapeMarkdownText(text) {
    return escapeLineStart(escapeInline(oneLine(text)));
}
/**
 * Text for a table cell: inline text with `|` escaped (done by `escapeMarkdownText`) so that it
 * does not end the cell. Newlines become spaces because a cell is one line; markdownlint's
 * defaults forbid the `<br>` that would keep them.
 */
export function escapeMarkdownCell(text) {
    return escapeMarkdownText(text);
}
/**
 * An inline code span that shows `text` exactly (on one line). The fence is one backtick more
 * than the longest run inside, padded with spaces when the text starts or ends with a backtick.
 * In a table cell, pass `inTable` so that `|` is escaped (GFM reads `\|` inside a code span in a
 * table as `|`; elsewhere it would show the backslash).
 */
export function codeSpan(text, inTable = false) {
    let body = oneLine(text);
    if (body === '')
        return '` `';
    // In a table, `\|` cannot be shown inside code (GFM reads it as an escaped pipe either way).
    if (inTable && body.includes('\\|'))
        return escapeMarkdownCell(body);
    if (inTable)
        body = body.replace(/\|/g, '\\|');
    const longest = Math.max(0, ...(body.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longest + 1);
    const pad = body.startsWith('`') || body.endsWith('`') ? ' ' : '';
    return `${fence}${pad}${body}${pad}${fence}`;
}
/**
 * A message written for the terminal, where `` `x` `` marks keys, values and ids: the marked
 * parts become code spans and everything else is escaped text. Unpaired backticks (from a name
 * that holds one) are escaped, so the worst a strange name can do is shift what looks like code.
 */
export function messageMarkdown(message, inTable = false) {
    const text = oneLine(message);
    let out = '';
    let last = 0;
    for (const m of text.matchAll(/`([^`]+)`/g)) {
        out += escapeInline(text.slice(last, m.index));
        out += codeSpan(m[1], inTable);
        last = m.index + m[0].length;
    }
    out += escapeInline(text.slice(last));
    return escapeLineStart(out);
}
/**
 * A GFM table. Headers are escaped here; cells must already be markdown (use
 * `escapeMarkdownCell` or `codeSpan(…, true)`), so a cell may hold links or code. Every row gets
 * exactly as many cells as there are columns.
 */
export function table(columns, rows) {
    const cols = columns.map((c) => (typeof c === 'string' ? { header: c } : c));
    const header = `| ${cols.map((c) => escapeMarkdownCell(c.header)).join(' | ')} |`;
    const rule = `| ${cols
        .map((c) => (c.align === 'right' ? '---:' : c.align === 'center' ? ':---:' : '---'))
        .join(' | ')} |`;
    const body = rows.map((row) => {
        const cells = cols.map((_, i) => {
            const cell = (row[i] ?? '').replace(/[\r\n]+/g, ' ').trim();
            return cell === '' ? ' ' : cell;
        });
        return `| ${cells.join(' | ')} |`;
    });
    return [header, rule, ...body].join('\n');
}
/** A markdown link; `text` must already be markdown, `target` is percent-encoded where needed. */
export function link(text, target) {
    const safe = target.replace(/[\s()<>\\]/g, (c) => encodeURIComponent(c));
    return `[${text}](${safe})`;
}
/**
 * The anchor GitHub gives a heading (and markdownlint's MD051 checks links against): the
 * heading's text as shown, lower-cased, with everything but letters, marks, numbers, `_`, `-`
 * and spaces removed and spaces turned into `-`. Repeated headings get `-1`, `-2`, … (see
 * `HeadingSlugger`). `plain` is the text as shown, not the markdown source.
 */
export function headingSlug(plain) {
    return plain
        .toLowerCase()
        .replace(/[^\p{Letter}\p{Mark}\p{Number}\p{Connector_Punctuation}\- ]/gu, '')
        .replace(/ /g, '-');
}
/**
 * Anchors of the headings of one document, in order. A repeated heading gets `-1`, `-2`, … as
 * on GitHub; this follows markdownlint's MD051 bookkeeping so that the links it checks agree.
 */
export class HeadingSlugger {
    seen = new Map();
    /** The anchor of the next heading whose shown text is `plain` (without `#`). */
    slug(plain) {
        const base = headingSlug(plain);
        const count = this.seen.get(base) ?? 0;
        this.seen.set(base, count + 1);
        if (count === 0)
            return base;
        const numbered = `${base}-${count}`;
        if (!this.seen.has(numbered))
            this.seen.set(numbered, 0);
        return numbered;
    }
}
