import { compareDiagnostics, formatPath, } from '../model/diagnostic.js';
import { parseSource, } from '../parse/source.js';
import { escapeControls } from '../text/index.js';
import { validateDocument } from './document.js';
import { changedPhoneNumbers, writtenIn } from './phone-numbers.js';
export function checkReuse() {
    return { parsed: new Map(), validated: new WeakMap() };
}
/**
 * Of each map, keeps only what run-wide checks read (`PortfolioMap`): for runs that report
 * findings and use no map themselves. Less to hand between threads, cache and keep.
 *
 * A copy through JSON, on purpose: the strings the reader cut out of the file's text (a name, a
 * website, an account id, a message quoting them) are slices that keep the whole text alive
 * (V8 shares the text's memory for any cut of 13 characters or more), so keeping the account
 * as it came would keep every file's text (25–35 kB a 40-person map) until the run ends, and
 * the collector would copy it from space to space meanwhile. The copy owns its strings.
 * Measured: docs/performance.md ("What keeps a file's text alive").
 */
export function accountsOnly(check) {
    const reduced = {
        ...check,
        maps: check.maps.map((m) => ({ ...m, map: { account: m.map.account } })),
    };
    return JSON.parse(JSON.stringify(reduced));
}
/** Every source checked, then the run-wide step; `eachFile` is called before each file. */
export function checkSources(sources, options = {}, eachFile) {
    return finishCheck(sources.map((source) => {
        eachFile?.();
        return checkFile(source, options);
    }), options);
}
/** A diagnostic about the file as a whole (YAML syntax, nothing in it), at a given position. */
export function fileDiagnostic(file, rule, message, at = { line: 1, column: 1 }) {
    return { file, line: at.line, column: at.column, severity: 'error', rule, message, path: [] };
}
/**
 * The work on one file that needs no other file: parse, schema, references, the map's own
 * rules, and the positions of everything. Runs anywhere; `finishCheck` does the rest.
 */
export function checkFile({ file, text }, options = {}) {
    const reuse = options.reuse;
    let parsed = reuse?.parsed.get(text);
    if (parsed === undefined) {
        parsed = parseSource(text, options);
        reuse?.parsed.set(text, parsed);
    }
    const summary = { file, maps: [] };
    const diagnostics = [];
    const maps = [];
    for (const p of parsed.problems)
        diagnostics.push(fileDiagnostic(file, 'yaml', p.message, p));
    const readable = parsed.documents.filter((d) => !d.empty);
    if (parsed.problems.length === 0 && readable.length === 0) {
        diagnostics.push(fileDiagnostic(file, 'schema', 'the file has no account map in it: a map starts with `acctmap: 1` (run `acctmap init` for a starter)'));
    }
    const rules = options.rules;
    let comments;
    for (const doc of readable) {
        if (doc.data === undefined)
            continue; // its syntax errors are already reported
        const data = doc.data;
        let result = typeof data === 'object' && data !== null ? reuse?.validated.get(data) : undefined;
        if (result === undefined) {
            result = validateDocument(data);
            if (result.shaped) {
                const changed = changedPhoneNumbers(result.shaped, writtenIn(text, doc.locate));
                if (changed.length) {
                    // What it holds is not what was written: not a valid map.
                    const { map: _notValid, ...rest } = result;
                    result = { ...rest, findings: [...result.findings, ...changed] };
                }
            }
            if (typeof data === 'object' && data !== null)
                reuse?.validated.set(data, result);
        }
        summary.maps.push(result.accountId ?? '?');
        for (const f of result.findings) {
            diagnostics.push(place(file, doc.locate, f, f.severity ?? 'error', result.accountId));
        }
        if (!result.shaped)
            continue;
        const map = result.shaped;
        comments ??= rules?.commentsIn(text);
        const own = comments?.get(doc.index) ?? NO_COMMENTS;
        // The lines a suppression covers a finding from matter only where there are suppressions.
        const withItems = own.suppressions.length > 0;
        // Placing a finding reads the whole file for positions; a caller that reads only which
        // rules fired skips it, unless suppression comments (matched by line) need the lines.
        const unplaced = options.placeRuleFindings === false && own.suppressions.length === 0;
        const ruling = rules?.checkMap(map, file, own, (r) => unplaced ? { ...r, at: UNPLACED, lines: [] } : placeWith(doc.locate, r, withItems));
        for (const placed of ruling?.report ?? []) {
            diagnostics.push(toDiagnostic(file, placed, placed.at, map.account.id));
        }
        maps.push({
            file,
            document: doc.index,
            map,
            valid: result.map !== undefined,
            anchors: doc.accountAnchors?.(Object.keys(map.account)) ??
                anchorsOf(doc.locateAccount ?? doc.locate, map),
            suppressions: own.suppressions,
            used: ruling?.used ?? [],
        });
    }
    return { summary, diagnostics, maps };
}
const NO_COMMENTS = { suppressions: [], misspelled: [] };
/** Where an unplaced rule finding is said to be (`placeRuleFindings: false`): the file's top. */
const UNPLACED = { line: 1, column: 1 };
/**
 * A finding placed by the document's locator, with the lines a suppression may cover it from
 * (`withItems`: also the first line of each list item that holds it).
 */
function placeWith(locate, { finding, severity }, withItems) {
    const at = locate(finding.path, finding.target);
    const lines = new Set([at.line]);
    const { path } = finding;
    for (let i = 1; withItems && i < path.length; i++) {
        if (typeof path[i - 1] === 'number')
            lines.add(locate(path.slice(0, i)).line);
    }
    return { finding, severity, at, lines: [...lines] };
}
function anchorsOf(locate, map) {
    const anchors = {};
    for (const key of ['', ...Object.keys(map.account)]) {
        const path = key === '' ? ['account'] : ['account', key];
        const numbers = [];
        for (const target of ['key', 'value']) {
            const at = locate(path, target);
            numbers.push(at.line, at.column, at.endLine ?? 0, at.endColumn ?? 0);
        }
        anchors[key] = numbers;
    }
    return anchors;
}
function anchorPosition(numbers, target) {
    const k = target === 'key' ? 0 : 4;
    const at = { line: numbers[k], column: numbers[k + 1] };
    if (numbers[k + 2])
        at.endLine = numbers[k + 2];
    if (numbers[k + 3])
        at.endColumn = numbers[k + 3];
    return at;
}
/**
 * Where a run-wide finding about a map sits: `account` or one of its keys (a key the map does
 * not have: the `account` mapping, as the locator would say).
 */
export function anchorAt(anchors, path, target = 'value') {
    if (path[0] !== 'account' || path.length > 2) {
        throw new Error(`a run-wide finding must point into \`account\`, not at ${formatPath(path)}`);
    }
    const key = path.length === 2 ? String(path[1]) : '';
    const own = Object.hasOwn(anchors, key) ? anchors[key] : undefined;
    return own ? anchorPosition(own, target) : anchorPosition(anchors[''], 'value');
}
/**
 * The checks across files, given every file's own check in order: duplicate account ids and
 * the run-wide rules (portfolio rules see every map at once). The result is the same whichever
 * thread checked each file.
 */
export function finishCheck(checks, options = {}) {
    const files = [];
    const maps = [];
    const diagnostics = [];
    for (const check of checks) {
        files.push(check.summary);
        for (const d of check.diagnostics)
            diagnostics.push(d);
        for (const m of check.maps)
            maps.push(m);
    }
    for (const d of duplicateAccounts(maps))
        diagnostics.push(d);
    if (options.rules) {
        for (const { map, placed } of options.rules.finish(maps)) {
            diagnostics.push(toDiagnostic(map.file, placed, placed.at, map.map.account.id));
        }
    }
    diagnostics.sort(compareDiagnostics);
    return { files, maps, diagnostics };
}
/** A finding placed by a locator as a diagnostic (config files, documents being checked). */
export function place(file, locate, finding, severity, account) {
    return toDiagnostic(file, { finding, severity }, locate(finding.path, finding.target), account);
}
function toDiagnostic(file, { finding, severity }, at, account) {
    const d = {
        file,
        line: at.line,
        column: at.column,
        severity,
        rule: finding.rule,
        // Rules quote names and titles, which may hold line breaks; a finding stays one line.
        message: escapeControls(finding.message),
        path: finding.path,
    };
    if (at.endLine !== undefined)
        d.endLine = at.endLine;
    if (at.endColumn !== undefined)
        d.endColumn = at.endColumn;
    if (account !== undefined)
        d.account = account;
    return d;
}
/** Account ids are unique across the run: scores, reports and diagrams are keyed by them. */
function duplicateAccounts(maps) {
    const first = new Map();
    const out = [];
    const path = ['account', 'id'];
    for (const m of maps) {
        const id = m.map.account.id;
        const earlier = first.get(id);
        if (!earlier) {
            first.set(id, m);
            continue;
        }
        const at = anchorAt(earlier.anchors, path);
        const where = earlier.file === m.file ? `line ${at.line} of this file` : `${earlier.file}:${at.line}`;
        m.valid = false;
        const finding = {
            rule: 'reference',
            path,
            message: `account id \`${id}\` is already used by the map at ${where}; every account needs an id of its own`,
        };
        out.push(toDiagnostic(m.file, { finding, severity: 'error' }, anchorAt(m.anchors, path), id));
    }
    return out;
}
/** Maps that are fully valid (schema and references), for score, diagram and report. */
export function validMaps(result) {
    return result.maps.filter((m) => m.valid);
}
