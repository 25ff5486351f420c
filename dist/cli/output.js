/**
 * Where a command's output goes: the one place that reads `-o` (and `init`'s file, `import
 * --into`), so that every command says the same thing about the same path.
 *
 * - no `-o`, or `-o -`: stdout;
 * - `-o PATH/` (a trailing slash) or `-o` an existing folder: a folder, for the commands that
 *   write one file per account (diagram, report); the others say they write one file and
 *   suggest a name inside the folder;
 * - anything else: a file. Missing folders on the way are created when it is written; a part of
 *   the path that is a file is named before any work is done.
 *
 * Also: choosing a format from the file's extension (`-o out.sarif`), and pairing several
 * `--format`/`-o` in one run (`validate --format stylish --format sarif -o - -o out.sarif`).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describeSystemError, UsageError } from './errors.js';
/** True when `given` names a folder: it ends with a path separator. */
function endsWithSeparator(given) {
    return given.endsWith('/') || given.endsWith(path.sep);
}
/**
 * What `-o given` means for this command, checked before any work is done (so that a typo costs
 * nothing): stdout, a file or a folder, or exit 2 with what to type instead.
 */
export function outputTarget(given, cwd, rules) {
    if (given === undefined || given === '-')
        return { kind: 'stdout' };
    const flag = rules.flag ?? '-o';
    // How the path is named in messages: `-o out/`, `--into out/`, or just `out/` (init's argument).
    const named = flag ? `${flag} ${given}` : given;
    if (given === '')
        throw new UsageError(`${flag || rules.command} needs a path (or - for stdout)`);
    const abs = path.resolve(cwd, given);
    const stat = statOrUndefined(abs);
    const slash = endsWithSeparator(given);
    if (stat?.isDirectory() || slash) {
        if (!rules.folders) {
            const suggestion = path.join(given, rules.example).split(path.sep).join('/');
            const what = stat?.isDirectory()
                ? `${named} is a folder`
                : `${named} ends with /, so it names a folder (which does not exist yet)`;
            throw new UsageError(`${what}, but ${rules.command} writes a single file; name the file, for example ${flag ? `${flag} ` : ''}${suggestion}${stat ? '' : ' (missing folders are created)'}`);
        }
        if (stat && !stat.isDirectory())
            throw new UsageError(`cannot write into ${displayOf(abs, cwd)}: it is a file, not a folder (${named} ends with /); name a folder (new ones are created), or leave out the trailing / to write one file`);
        checkParents(abs, given);
        return { kind: 'folder', path: given, abs };
    }
    checkParents(path.dirname(abs), given);
    return { kind: 'file', path: given, abs };
}
/**
 * The folder (or a folder on the way to it) must not be a file: `-o notes.txt/out.json` stops
 * here, naming `notes.txt`, instead of failing after the work with a vaguer message.
 */
function checkParents(dir, given) {
    for (let d = dir;; d = path.dirname(d)) {
        const stat = statOrUndefined(d);
        if (stat) {
            if (!stat.isDirectory())
                throw new UsageError(`cannot write ${given}: ${displayOf(d, process.cwd())} is a file, not a folder`);
            return;
        }
        if (path.dirname(d) === d)
            return;
    }
}
function statOrUndefined(p) {
    try {
        return fs.statSync(p);
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT' || code === 'ENOTDIR')
            return undefined;
        throw new UsageError(`cannot use ${p}: ${describeSystemError(error)}`);
    }
}
function displayOf(abs, cwd) {
    const rel = path.relative(cwd, abs);
    return (rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : abs)
        .split(path.sep)
        .join('/');
}
/**
 * The format an output file's extension asks for (`.sarif` → `sarif`), from `byExtension`
 * (extension without the dot, lower case → format); undefined for stdout and other extensions.
 */
function formatFromExtension(given, byExtension) {
    if (given === undefined || given === '-')
        return undefined;
    const ext = path.extname(given).slice(1).toLowerCase();
    return Object.hasOwn(byExtension, ext) ? byExtension[ext] : undefined;
}
/**
 * The format of one output: `--format` when given (an extension that asks for another format is
 * an error: a `.sarif` file holding terminal text is of no use to code scanning, and the user
 * meant one of the two), else the extension's, else `fallback`.
 */
export function chooseFormat(flag, given, byExtension, fallback) {
    const fromExt = formatFromExtension(given, byExtension);
    if (flag !== undefined) {
        if (fromExt !== undefined && fromExt !== flag)
            throw new UsageError(`-o ${given} ends in ${path.extname(given)}, which is ${fromExt}, but --format is ${flag}; make them agree (or leave --format out to take it from the file name)`);
        return flag;
    }
    return fromExt ?? fallback;
}
/**
 * Several outputs in one run. `--format` and `-o` are paired in the order given: the first
 * `--format` goes to the first `-o`, and so on (`-o -` is stdout). With one `--format` or none,
 * each `-o` takes its format from its extension. Anything else is ambiguous and an error: never
 * the last one silently.
 */
export function planOutputs(formats, outputs, byExtension, fallback) {
    const pairHint = 'give one --format per -o, in the same order (-o - is the terminal), for example --format stylish --format sarif -o - -o acctmap.sarif';
    let planned;
    if (outputs.length <= 1) {
        if (formats.length > 1)
            throw new UsageError(`${formats.length} formats (--format ${formats.join(', --format ')}) but ${outputs.length === 0 ? 'no -o' : 'one -o'}: only one output can go to ${outputs.length === 0 ? 'the terminal' : outputs[0]}; ${pairHint}`);
        const given = outputs[0];
        planned = [
            {
                format: chooseFormat(formats[0], given, byExtension, fallback),
                ...(given !== undefined && given !== '-' ? { output: given } : {}),
            },
        ];
    }
    else if (formats.length === outputs.length || formats.length === 0) {
        planned = outputs.map((given, i) => {
            const flag = formats[i];
            if (flag === undefined && given !== '-' && !formatFromExtension(given, byExtension))
                throw new UsageError(`cannot tell which format to write to -o ${given}: end it in ${Object.keys(byExtension)
                    .map((e) => `.${e}`)
                    .join(', ')}, or ${pairHint}`);
            return {
                format: chooseFormat(flag, given, byExtension, fallback),
                ...(given !== '-' ? { output: given } : {}),
            };
        });
    }
    else {
        throw new UsageError(`${formats.length} --format but ${outputs.length} -o: cannot tell which format goes where; ${pairHint} (or no --format at all, to take each from its file name)`);
    }
    const toStdout = planned.filter((p) => p.output === undefined).length;
    if (toStdout > 1)
        throw new UsageError(`-o - (the terminal) is given ${toStdout} times; only one output can go to the terminal`);
    const seen = new Set();
    for (const p of planned) {
        if (p.output === undefined)
            continue;
        const key = path.resolve(p.output);
        if (seen.has(key))
            throw new UsageError(`-o ${p.output} is given twice; name a different file for each output`);
        seen.add(key);
    }
    return planned;
}
