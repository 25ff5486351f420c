/**
 * Diagnostics are data: what is wrong, where, and which rule says so. Rules and validators
 * produce `Finding`s that know only a path into the map; the engine turns a path into a line and
 * column, so no check ever deals with source positions.
 */
import { compareCodeUnits } from '../text/index.js';
export const SEVERITIES = ['error', 'warning', 'info'];
/**
 * The checks of the format itself, not rules: YAML syntax, the schema, and cross-references; and
 * `io`, a file that could not be read at all (missing, a folder, not permitted, too large).
 * Their findings are always errors and can be neither configured nor suppressed.
 */
export const BUILT_IN_CHECKS = ['yaml', 'schema', 'reference', 'io'];
export function isBuiltInCheck(rule) {
    return BUILT_IN_CHECKS.includes(rule);
}
/**
 * What a rule is about. `red-flag`: the relationship itself is changing (the four red flags of
 * the source text on key accounts, and any rule that signals the same). `map-quality`: the map
 * is too thin or too old to trust. Only findings of red-flag rules at `warning` or `error` are
 * red flags (see `isRedFlag` in src/rules/red-flags.ts).
 */
const RULE_CATEGORIES = ['red-flag', 'map-quality'];
/** `--fail-on`: the severity from which a command exits 1, or `never`. */
export const FAIL_ON = ['error', 'warning', 'info', 'never'];
/** True when any diagnostic is at or above `failOn` (never for `never`): the exit 1 test. */
export function failsAt(diagnostics, failOn) {
    if (failOn === 'never')
        return false;
    const threshold = SEVERITY_RANK[failOn];
    return diagnostics.some((d) => SEVERITY_RANK[d.severity] >= threshold);
}
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
const SEVERITY_RANK = { error: 3, warning: 2, info: 1 };
export function compareDiagnostics(a, b) {
    return a.file === b.file
        ? a.line - b.line || a.column - b.column || compareCodeUnits(a.rule, b.rule)
        : a.file < b.file
            ? -1
            : 1;
}
