import { compareDiagnostics, formatPath, singleLine, } from '../model/diagnostic.js';
import { parseSource } from '../parse/source.js';
import { validateDocument } from './document.js';
export function checkSources(sources, options = {}) {
    return finishCheck(sources.map((source) => checkFile(source, options)), options);
}
/**
 * The work on one file that needs no other file: parse, schema, references. Runs anywhere
 * (the CLI runs it in worker threads when there are many files); `finishCheck` does the rest.
 */
export function checkFile({ file, text }, options = {}) {
    const parsed = parseSource(text, options);
    const summary = { file, maps: [] };
    const diagnostics = [];
    const maps = [];
    for (const p of parsed.problems) {
        diagnostics.push({
            file,
            line: p.line,
            column: p.column,
            severity: 'error',
            rule: 'yaml',
            message: p.message,
            path: '',
        });
    }
    const readable = parsed.documents.filter((d) => !d.empty);
    if (parsed.problems.length === 0 && readable.length === 0) {
        diagnostics.push({
            file,
            line: 1,
            column: 1,
            severity: 'error',
            rule: 'schema',
            message: 'the file has no account map in it: a map starts with `acctmap: 1` (run `acctmap init` for a starter)',
            path: '',
        });
    }
    for (const doc of readable) {
        if (doc.data === undefined)
            continue; // its syntax errors are already reported
        const result = validateDocument(doc.data);
        summary.maps.push(result.accountId ?? '?');
        for (const f of result.findings) {
            diagnostics.push(place(file, doc.locate, f, f.severity ?? 'error', result.accountId));
        }
        if (result.shaped) {
            maps.push({
                file,
                document: doc.index,
                map: result.shaped,
                valid: result.map !== undefined,
                locate: doc.locate,
                source: text,
            });
        }
    }
    return { summary, diagnostics, maps };
}
/**
 * The checks across files, given every file's own check in order: duplicate account ids and
 * the rules (portfolio rules see every map at once). The result is the same whichever thread
 * checked each file.
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
        for (const { map, finding, severity } of options.rules(maps)) {
            diagnostics.push(place(map.file, map.locate, finding, severity, map.map.account.id));
        }
    }
    diagnostics.sort(compareDiagnostics);
    return { files, maps, diagnostics };
}
export function place(file, locate, finding, severity, account) {
    const at = locate(finding.path, finding.target);
    const d = {
        file,
        line: at.line,
        column: at.column,
        severity,
        rule: finding.rule,
        // Rules quote names and titles, which may hold line breaks; a finding stays one line.
        message: singleLine(finding.message),
        path: formatPath(finding.path),
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
    for (const m of maps) {
        const id = m.map.account.id;
        const earlier = first.get(id);
        if (!earlier) {
            first.set(id, m);
            continue;
        }
        const at = earlier.locate(['account', 'id']);
        const where = earlier.file === m.file ? `line ${at.line} of this file` : `${earlier.file}:${at.line}`;
        m.valid = false;
        out.push(place(m.file, m.locate, {
            rule: 'reference',
            path: ['account', 'id'],
            message: `account id \`${id}\` is already used by the map at ${where}; every account needs an id of its own`,
        }, 'error', id));
    }
    return out;
}
/** Maps that are fully valid (schema and references), for score, diagram and report. */
export function validMaps(result) {
    return result.maps.filter((m) => m.valid);
}
