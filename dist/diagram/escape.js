/**
 * The one place where text from a map becomes Mermaid text.
 *
 * Every label in every diagram goes through `labelText` (or `escapeText`), always inside double
 * quotes. Node ids are never built from map data (see `Flowchart`), and no data ever reaches a
 * comment, a `click` line, an `%%{init}%%` directive or front matter, so the only way in for user
 * text is a quoted label, and the only characters that can end or bend a quoted label are
 * written as Mermaid entity codes here.
 *
 * Why each character is encoded:
 * - `"` ends the quoted label; `#` starts an entity code of our own; `%` can start `%%`
 *   comments and directives; `|` ends edge labels; `` ` `` turns a label into markdown;
 *   `<`, `>`, `&` would be read as HTML by the renderer.
 * - A few pairs of characters mean something to mermaid after it has decoded the entity codes
 *   (see `REWRITTEN`); an invisible word joiner between the two keeps them as written.
 * - Control characters would be invisible or break lines; newlines become `<br>` so that a
 *   multi-line title stays one label.
 */
const ENTITY = {
    '"': '#quot;',
    '#': '#35;',
    '%': '#37;',
    '|': '#124;',
    '`': '#96;',
    '<': '#lt;',
    '>': '#gt;',
    '&': '#amp;',
};
const SPECIAL = /["#%|`<>&]/g;
/**
 * Pairs that mermaid rewrites after it has decoded the entities, so that no entity code can
 * protect them; an invisible word joiner (U+2060) after the first character keeps the text as
 * written: its entity markers `ﬂ°` and `¶ß`, `\n` (drawn as a line break), `$$` (KaTeX math)
 * and `fa:fa-…` (a Font Awesome icon).
 */
const REWRITTEN = /(\uFB02(?=\u00B0)|\u00B6(?=\u00DF)|\\(?=n)|\$(?=\$)|fa[bklrs]?:(?=fa-))/g;
// C0 and C1 controls except tab and newlines (handled separately), plus the line and paragraph
// separators that some editors insert.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
/** Normalise line breaks and drop control characters; the text is still unescaped. */
function cleanText(text) {
    return text
        .replace(/\r\n?|\u2028|\u2029/g, '\n')
        .replace(/\t/g, ' ')
        .replace(CONTROL, '');
}
/**
 * Text from a map as the inside of a quoted Mermaid label: special characters as entity codes,
 * line breaks as `<br>`. The result never contains `"`, `%`, `|`, a backtick, `<`, `>` or a raw
 * line break of its own, except the `<br>` tags this function writes.
 */
export function escapeText(text) {
    return cleanText(text)
        .split('\n')
        .map((line) => line.replace(REWRITTEN, '$1\u2060').replace(SPECIAL, (c) => ENTITY[c]))
        .join('<br>');
}
const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
function graphemes(text) {
    return Array.from(segmenter.segment(text), (s) => s.segment);
}
/**
 * Break text into lines of at most `width` characters (grapheme clusters, so an emoji with a
 * skin tone or a letter with an accent is never cut in two), at spaces where possible. Long names
 * and titles stay whole, just folded, so that a 300-character name shows as written without
 * stretching its box across the page.
 */
export function wrapText(text, width) {
    const out = [];
    for (const paragraph of cleanText(text).split('\n')) {
        let line = [];
        for (const word of paragraph.split(/ +/)) {
            if (word === '')
                continue;
            const chars = graphemes(word);
            if (line.length > 0 && line.length + 1 + chars.length <= width) {
                line.push(' ', ...chars);
                continue;
            }
            if (line.length > 0)
                out.push(line.join(''));
            line = [];
            let rest = chars;
            while (rest.length > width) {
                out.push(rest.slice(0, width).join(''));
                rest = rest.slice(width);
            }
            line = rest;
        }
        if (line.length > 0 || paragraph.trim() === '')
            out.push(line.join(''));
    }
    // Blank lines add height and nothing else.
    const kept = out.filter((l) => l.trim() !== '');
    return kept.length > 0 ? kept : [''];
}
/** The first `max` characters (grapheme clusters) of one line of text, `…` when cut. */
export function truncateText(text, max) {
    const chars = graphemes(cleanText(text).replace(/\s+/g, ' ').trim());
    return chars.length <= max
        ? chars.join('')
        : `${chars
            .slice(0, Math.max(1, max - 1))
            .join('')
            .trimEnd()}…`;
}
/**
 * A whole label, ready to go between the double quotes of `id["…"]`. Our own markup is `<b>`,
 * `<i>`, `<s>` and `<br>` (and the legend's constant `<span style>`), which mermaid's sanitizer
 * keeps; everything from the map is escaped.
 */
export function labelText(lines) {
    const parts = [];
    for (const line of lines) {
        if ('trustedHtml' in line) {
            // Constant markup written in this codebase (the legend); never text from a map.
            parts.push(line.trustedHtml);
            continue;
        }
        const width = line.wrap ?? 32;
        let folded = wrapText(line.text, width);
        if (line.maxLines !== undefined && folded.length > line.maxLines) {
            const rest = folded.slice(line.maxLines - 1).join(' ');
            folded = [...folded.slice(0, line.maxLines - 1), truncateText(rest, width - 1)];
            if (!folded[folded.length - 1].endsWith('…'))
                folded[folded.length - 1] += '…';
        }
        folded = folded.map(escapeText);
        const style = line.style ?? 'plain';
        for (const piece of folded) {
            parts.push(style === 'plain' ? piece : `<${style}>${piece}</${style}>`);
        }
    }
    // Mermaid rejects an empty quoted label (`p1("")`); a no-break space keeps it valid.
    const label = parts.join('<br>');
    return label === '' ? '#160;' : label;
}
