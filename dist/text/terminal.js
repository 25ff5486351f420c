/**
 * Text in a terminal's columns: how wide it shows, and how to cut it to fit. Text that comes
 * from a map goes through `oneLine` (./words.ts) first.
 */
/** Columns a string takes in a terminal: wide East Asian letters and emoji take two. */
export function displayWidth(text) {
    let width = 0;
    for (const ch of text) {
        const cp = ch.codePointAt(0);
        if (/\p{Mn}|\p{Me}|\p{Cf}/u.test(ch))
            continue;
        width += isWide(cp) ? 2 : 1;
    }
    return width;
}
function isWide(cp) {
    return ((cp >= 0x1100 && cp <= 0x115f) ||
        (cp >= 0x2e80 && cp <= 0x303e) ||
        (cp >= 0x3041 && cp <= 0x33ff) ||
        (cp >= 0x3400 && cp <= 0x4dbf) ||
        (cp >= 0x4e00 && cp <= 0x9fff) ||
        (cp >= 0xa000 && cp <= 0xa4cf) ||
        (cp >= 0xac00 && cp <= 0xd7a3) ||
        (cp >= 0xf900 && cp <= 0xfaff) ||
        (cp >= 0xfe30 && cp <= 0xfe4f) ||
        (cp >= 0xff00 && cp <= 0xff60) ||
        (cp >= 0xffe0 && cp <= 0xffe6) ||
        (cp >= 0x1f300 && cp <= 0x1f64f) ||
        (cp >= 0x1f900 && cp <= 0x1f9ff) ||
        (cp >= 0x20000 && cp <= 0x3fffd));
}
/** Cut to at most `max` columns, ending with `…` when something was cut. */
export function truncate(text, max) {
    if (displayWidth(text) <= max)
        return text;
    let out = '';
    let width = 0;
    for (const ch of text) {
        const w = displayWidth(ch);
        if (width + w > max - 1)
            break;
        out += ch;
        width += w;
    }
    return `${out}…`;
}
/**
 * Characters a terminal acts on instead of showing: C0 controls (ESC starts colour, title and
 * cursor sequences, BEL rings), DEL, C1 controls (U+009B is a one-character CSI), line and
 * paragraph separators, and the bidirectional controls that reorder the text after them
 * (U+202E shows `gpj.exe` as `exe.jpg`).
 */
const UNSAFE = /[\p{Cc}\u2028\u2029\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu;
const WHITESPACE = new Set(['\n', '\r', '\t']);
/**
 * Text from a map, a file name or a user's argument made safe to print to a terminal: every
 * character in UNSAFE is written as an escape a reader can see (`\x1b`, `\x07`, `\u202e`; `\n`,
 * `\r`, `\t` for the usual ones) and nothing reaches the terminal to act on. `keep`: `line-breaks`
 * leaves `\n` alone (for a message of several lines), `whitespace` leaves `\n`, `\r` and `\t`
 * alone (for text that `oneLine` (./words.ts) then puts on one line). Every place that prints
 * text acctmap did not write itself to a terminal goes through here.
 */
export function escapeTerminal(text, keep = 'none') {
    return text.replace(UNSAFE, (c) => {
        if (keep === 'whitespace' && WHITESPACE.has(c))
            return c;
        if (keep === 'line-breaks' && c === '\n')
            return c;
        if (c === '\n')
            return '\\n';
        if (c === '\r')
            return '\\r';
        if (c === '\t')
            return '\\t';
        const code = c.charCodeAt(0);
        return code <= 0xff
            ? `\\x${code.toString(16).padStart(2, '0')}`
            : `\\u${code.toString(16).padStart(4, '0')}`;
    });
}
