/**
 * Diagnostics are data: what is wrong, where, and which rule says so. Rules and validators
 * produce `Finding`s that know only a path into the map; the engine turns a path into a line and
 * column, so no check ever deals with source positions.
 */
export const SEVERITIES = ['error', 'warning', 'info'];
/** `['people', 2, 'stance']` → `people[2].stance`. */
export function formatPath(path) {
    let out = '';
    for (const seg of path) {
        if (typeof seg === 'number')
            out += `[${seg}]`;
        else if (/^[\w$-]+$/.test(seg))
            out += out ? `.${seg}` : seg;
        else
            out += `[${JSON.stringify(seg)}]`;
    }
    return out;
}
/**
 * A message on one line: line breaks that came in with the user's text (an id written
 * `"a\nb"`, a multi-line summary quoted in a message) are shown as `\n`, so that every output
 * format keeps one finding per line.
 */
export function singleLine(message) {
    return message.replace(/\r\n|[\r\n\u2028\u2029]/g, (m) => m === '\r\n'
        ? '\\r\\n'
        : m === '\r'
            ? '\\r'
            : m === '\n'
                ? '\\n'
                : `\\u${m.charCodeAt(0).toString(16)}`);
}
export const SEVERITY_RANK = { error: 3, warning: 2, info: 1 };
export function compareDiagnostics(a, b) {
    return a.file === b.file
        ? a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule)
        : a.file < b.file
            ? -1
            : 1;
}
