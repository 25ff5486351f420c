/**
 * `acctmap import`: reads the export and the map, runs the import (src/import, pure), writes the
 * map whole or not at all, and prints what changed.
 */
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import iconv from 'iconv-lite';
import { parseColumnOverride } from '../../import/columns.js';
import { runImport } from '../../import/index.js';
import { changeList, jsonReport } from '../../import/report.js';
import { escapeTerminal } from '../../text/index.js';
import { emit, makeContext, note } from '../context.js';
import { EXIT, UsageError } from '../errors.js';
import { decode, displayPath, readFileBytes, writeFileAtomic, yieldToSignals } from '../io.js';
import { outputTarget } from '../output.js';
import { checkIdOption, findSchema } from './init.js';
/** The largest export read: far more than 10,000 rows of contacts need. */
const MAX_EXPORT_BYTES = 64 * 1024 * 1024;
export async function importPeople(csvPath, options) {
    const ctx = makeContext(options);
    const maxRows = parseMaxRows(options.maxRows);
    const columns = (options.column ?? []).map((value) => {
        const parsed = parseColumnOverride(value);
        if (!parsed.ok)
            throw new UsageError(parsed.problem);
        return parsed.override;
    });
    checkIdOption(options.id);
    outputTarget(ctx.output, ctx.cwd, {
        command: 'acctmap import',
        example: options.format === 'json' ? 'import.json' : 'import.txt',
    });
    const intoTarget = outputTarget(options.into, ctx.cwd, {
        command: 'acctmap import',
        example: 'account.acctmap.yaml',
        flag: '--into',
    });
    if (intoTarget.kind === 'stdout')
        throw new UsageError('--into names the map file to create or update; - (stdout) is not a file (use --dry-run to see what would change)');
    const csvName = displayPath(path.resolve(csvPath));
    const csv = readExport(csvPath, csvName);
    const into = displayPath(path.resolve(options.into));
    const found = existsSync(options.into)
        ? readMap(options.into, ctx.config.config.max_file_mb)
        : undefined;
    // An empty file (made with `touch`, say) is a map still to be written.
    const existing = found?.text.trim() === '' ? undefined : found;
    const schema = existing === undefined ? findSchema(path.dirname(path.resolve(options.into))) : undefined;
    const outcome = runImport({
        csv: csv.text,
        csvName,
        into: { file: into, ...(existing ? { text: existing.text } : {}) },
        source: options.source === 'auto' ? 'auto' : options.source,
        columns,
        ...(options.account !== undefined ? { account: options.account } : {}),
        ...(options.id !== undefined ? { id: options.id } : {}),
        maxRows,
        markMissingLeft: options.markMissingLeft === true,
        ...(schema ? { schema } : {}),
    });
    if (outcome.kind === 'problem')
        throw new UsageError(outcome.message);
    if (outcome.kind === 'invalid') {
        process.stderr.write(outcome.when === 'before'
            ? `acctmap: ${escapeTerminal(into)} does not validate, so the import did not touch it; fix these first (\`acctmap validate ${escapeTerminal(into)}\`):\n`
            : `acctmap: after the import ${escapeTerminal(into)} would not validate, so nothing was written:\n`);
        for (const d of outcome.diagnostics) {
            const where = outcome.when === 'before' ? `${d.file}:${d.line}:${d.column}` : d.path || d.file;
            process.stderr.write(`${escapeTerminal(`  ${where}  ${d.message}  (${d.rule})`)}\n`);
        }
        if (outcome.when === 'after')
            process.stderr.write('acctmap: the export says so: correct those rows (or leave a column out with --column "Header=-") and import again\n');
        return EXIT.findings;
    }
    for (const line of [...csv.notes, ...outcome.notes])
        note(ctx, `acctmap: ${line}`);
    if (outcome.created && !/\.acctmap\.ya?ml$/.test(options.into))
        note(ctx, 'acctmap: name map files *.acctmap.yaml so that `acctmap validate` finds them by itself');
    const dryRun = options.dryRun === true;
    if (!dryRun && outcome.changed) {
        // The import is synchronous: a Ctrl-C pressed meanwhile is only seen now, and must stop
        // the run before the map is replaced.
        await yieldToSignals();
        writeFileAtomic(options.into, (existing?.bom ?? '') + outcome.text, { replaceMap: true });
    }
    const shown = { file: into, dryRun, created: existing === undefined };
    if (options.format === 'json')
        emit(ctx, jsonReport(outcome.plan, shown));
    else if (!ctx.quiet)
        emit(ctx, changeList(outcome.plan, { ...shown, style: ctx.style }));
    return EXIT.ok;
}
function parseMaxRows(value) {
    if (!/^\d+$/.test(value) || Number(value) < 1)
        throw new UsageError(`--max-rows takes a whole number of 1 or more, got \`${value}\``);
    return Number(value);
}
/**
 * The export as text. UTF-8 (with or without a byte-order mark) and UTF-16 with one are read as
 * they are; other bytes are read as Windows-1252, which is what Excel writes for "CSV" in a
 * Nordic or other Western European locale (æ, ø, å, ä, ö, é, €, curly quotes).
 */
function readExport(file, shown) {
    const read = readFileBytes(file, MAX_EXPORT_BYTES, {
        kind: 'export',
        advice: "export only the account's contacts",
    });
    if ('problem' in read)
        throw new UsageError(read.problem.startsWith('cannot') ? read.problem : `${shown}: ${read.problem}`);
    const { bytes } = read;
    const workbook = workbookKind(bytes);
    if (workbook)
        throw new UsageError(`${shown} is ${workbook}, not CSV: in Excel choose File → Save As → "CSV UTF-8 (comma delimited)" and import that file`);
    const decoded = decode(bytes);
    if ('text' in decoded)
        return { text: decoded.text, notes: [] };
    if (decoded.reason === 'not-utf8') {
        return {
            // Node's own TextDecoder reads "windows-1252" as Latin-1 and loses €, – and curly quotes.
            text: iconv.decode(bytes, 'win1252'),
            notes: [
                `${shown} is not UTF-8, so it was read as Windows-1252 (what Excel writes for "CSV" in a Nordic locale); save it as "CSV UTF-8" if any letters look wrong`,
            ],
        };
    }
    throw new UsageError(`${shown}: ${decoded.reason === 'binary' ? 'the file holds NUL bytes, so it is not a CSV text file; export the contacts as CSV' : decoded.problem}`);
}
/** Excel's own formats, given by mistake for the CSV saved from them. */
function workbookKind(bytes) {
    const starts = (...sig) => sig.every((b, i) => bytes[i] === b);
    if (starts(0x50, 0x4b, 0x03, 0x04))
        return 'an Excel workbook (.xlsx) or another zip file';
    if (starts(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1))
        return 'an old Excel workbook (.xls)';
    return undefined;
}
/** The map as text; its byte-order mark, if it has one, is kept for writing it back. */
function readMap(file, maxMb) {
    const read = readFileBytes(file, Math.round(maxMb * 1024 * 1024));
    if ('problem' in read)
        throw new UsageError(read.problem);
    const { bytes } = read;
    if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
        throw new UsageError(`${displayPath(path.resolve(file))} is saved as UTF-16; acctmap import edits UTF-8 maps only, so re-save it as UTF-8 first`);
    const decoded = decode(bytes);
    if ('problem' in decoded)
        throw new UsageError(`${displayPath(path.resolve(file))}: ${decoded.problem}`);
    const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? '\ufeff' : '';
    return { text: decoded.text, bom };
}
