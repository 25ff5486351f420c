/**
 * The part every command shares: find the files, read each once, run the validation pipeline
 * (with the rules when asked), and say what could not be read. Score, diagram and report use the
 * maps that came out valid and tell on stderr which were skipped and why.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { compareDiagnostics, isBuiltInCheck } from '../model/diagnostic.js';
import { tooLargeMessage } from '../parse/limits.js';
import { createRuleRunner } from '../rules/index.js';
import { closest } from '../text/index.js';
import { accountsOnly, checkFile, fileDiagnostic, finishCheck, } from '../validate/check.js';
import { RunCache } from './cache.js';
import { cacheFile } from './cache-location.js';
import { discover } from './discover.js';
import { describeSystemError, UsageError } from './errors.js';
import { decode, displayPath } from './io.js';
import { checkFiles, turn, workerCount } from './parallel.js';
import { version } from './version.js';
export async function loadRun(paths, ctx, options) {
    const { config, dir } = ctx.config;
    const stdin = paths.filter((p) => p === '-').length;
    if (stdin > 1)
        throw new UsageError('- (stdin) is given more than once; stdin holds one map, name it once');
    if (stdin === 0 && options.stdinFilename !== undefined)
        throw new UsageError(`--stdin-filename names the map read from stdin, but no path is -; add - to read one (for example: cat ${options.stdinFilename} | acctmap validate - --stdin-filename ${options.stdinFilename})`);
    const onDisk = paths.filter((p) => p !== '-');
    const given = paths.length ? onDisk : ['.'];
    const found = discover(given, {
        cwd: ctx.cwd,
        ignore: config.ignore,
        ignoreBase: dir,
        ignorePatterns: options.ignorePattern ?? [],
        gitignore: options.gitignore !== false,
    });
    const fatal = [...found.problems];
    const unreadable = found.unreadable.map((u) => fileDiagnostic(displayPath(u.path, ctx.cwd), 'io', u.problem));
    const alreadyNamed = new Set(unreadable.map((d) => d.file));
    if (found.files.length === 0 && stdin === 0) {
        if (fatal.length && !options.reportUnreadable)
            throw new UsageError(fatal.join('\n'));
        if (!fatal.length)
            throw new UsageError(`no account maps found under ${given.join(', ')}: acctmap looks for *.acctmap.yaml and *.acctmap.yml files (skipping node_modules, .git and the config's ignore list); name a file or folder that holds maps, or run \`acctmap init\` to start one`);
    }
    const maxBytes = Math.round(config.max_file_mb * 1024 * 1024);
    const targets = found.files.map((f) => ({
        path: f.path,
        file: displayPath(f.path, ctx.cwd),
    }));
    const named = new Set();
    found.files.forEach((f, i) => {
        if (f.named && !/\.ya?ml$/i.test(f.path))
            named.add(targets[i].file);
    });
    const rules = options.rules
        ? { config, configDir: dir, cwd: ctx.cwd, cli: options.ruleFlags ?? [], asOf: ctx.asOf }
        : undefined;
    const runner = rules ? createRuleRunner(rules) : undefined;
    const outcomes = new Array(targets.length);
    // With a cache, the files whose kept result still holds are not checked again.
    const cache = options.cache && options.accountsOnly
        ? RunCache.open(cacheFile(options.cache.location, ctx.cwd), {
            version: version(),
            rules: options.rules,
            asOf: ctx.asOf,
            maxBytes,
        })
        : undefined;
    const settingsOf = (file) => runner?.settingsKey(file) ?? '';
    let todo = targets.map((_, i) => i);
    if (cache) {
        todo = [];
        let lastTurn = Date.now();
        for (let i = 0; i < targets.length; i++) {
            const target = targets[i];
            const kept = cache.lookup(target, settingsOf(target.file), maxBytes);
            if (kept)
                outcomes[i] = { kind: 'checked', check: kept };
            else
                todo.push(i);
            if (Date.now() - lastTurn >= 20) {
                await turn();
                lastTurn = Date.now();
            }
        }
    }
    // Many files: every core checks its share (./parallel.ts); few files: this thread alone.
    const toCheck = todo.map((i) => targets[i]);
    const checked = await checkFiles(toCheck, {
        maxBytes,
        workers: workerCount(toCheck.length),
        ...(rules ? { rules } : {}),
        accountsOnly: options.accountsOnly === true,
        hash: cache !== undefined,
    });
    checked.forEach((outcome, k) => {
        outcomes[todo[k]] = outcome;
        if (cache && outcome.kind === 'checked' && outcome.hash !== undefined) {
            const { hash, stat } = outcome;
            cache.store(toCheck[k], settingsOf(toCheck[k].file), stat === undefined ? { hash } : { hash, stat }, outcome.check);
        }
    });
    // Taken before the run-wide checks, which mark maps (duplicate ids) that the next run must
    // see as they came out of their own file; saved by the caller, with the run's answer.
    cache?.freeze();
    const checks = [];
    outcomes.forEach((outcome, i) => {
        if (outcome.kind === 'checked')
            checks.push(outcome.check);
        else {
            if (outcome.fatal) {
                fatal.push(outcome.problem);
                alreadyNamed.add(targets[i].file);
            }
            unreadable.push(fileDiagnostic(targets[i].file, outcome.rule, outcome.problem));
        }
    });
    if (stdin) {
        const read = readStdin(maxBytes);
        const file = options.stdinFilename !== undefined
            ? displayPath(path.resolve(ctx.cwd, options.stdinFilename), ctx.cwd)
            : STDIN_NAME;
        if ('text' in read) {
            const check = checkFile({ file, text: read.text }, { maxBytes, ...(runner ? { rules: runner } : {}) });
            checks.push(options.accountsOnly ? accountsOnly(check) : check);
        }
        else if (read.fatal)
            fatal.push(read.problem);
        else
            unreadable.push(fileDiagnostic(file, 'yaml', read.problem));
    }
    await turn();
    // The portfolio rules see every map at once, so they run in one piece: a signal that arrives
    // during them is handled right after.
    const result = finishCheck(checks, runner ? { rules: runner } : {});
    if (unreadable.length) {
        for (const d of unreadable)
            result.files.push({ file: d.file, maps: [] });
        result.files.sort((a, b) => (a.file < b.file ? -1 : 1));
        result.diagnostics.push(...unreadable);
        result.diagnostics.sort(compareDiagnostics);
    }
    // A file named by hand that is not YAML at all (README.md, a PNG) is a mistake in the
    // command, not a finding in a map.
    for (const file of named) {
        const syntax = result.diagnostics.find((d) => d.file === file && d.rule === 'yaml');
        if (syntax)
            fatal.push(`${file} is not a YAML account map (${syntax.message.replace(/^YAML syntax error: /, '')} at line ${syntax.line})`);
    }
    return {
        result,
        fatal,
        unreadable: alreadyNamed,
        ...(cache ? { cache } : {}),
        searched: found.files,
        stdin: stdin > 0,
    };
}
/** The name a map read from stdin goes by when no --stdin-filename names it. */
const STDIN_NAME = '<stdin>';
/** The map piped in for `-`: all of stdin, decoded like a file. */
function readStdin(maxBytes) {
    if (process.stdin.isTTY)
        throw new UsageError('- reads a map from stdin, but stdin is the terminal; pipe a map in (for example: acctmap validate - < acme.acctmap.yaml), or name the file instead of -');
    let bytes;
    try {
        bytes = fs.readFileSync(0);
    }
    catch (error) {
        return { problem: `cannot read stdin: ${describeSystemError(error)}`, fatal: true };
    }
    if (bytes.length > maxBytes)
        return {
            problem: tooLargeMessage(bytes.length, maxBytes),
            fatal: false,
        };
    return decode(bytes);
}
/** The options of a command that pass on to `loadRun`: how paths are searched. */
export function discoveryOptions(options) {
    return {
        ...(options.gitignore !== undefined ? { gitignore: options.gitignore } : {}),
        ...(options.ignorePattern ? { ignorePattern: options.ignorePattern } : {}),
        ...(options.stdinFilename !== undefined ? { stdinFilename: options.stdinFilename } : {}),
    };
}
/** The maps score, diagram and report can use; the others are named on stderr. */
export function usableMaps(run, warn) {
    // Files already named on stderr as unreadable are not named again.
    const errors = run.result.diagnostics.filter((d) => d.severity === 'error' && isBuiltInCheck(d.rule) && !run.unreadable.has(d.file));
    const broken = new Set(errors.map((d) => d.file));
    for (const file of broken) {
        const first = errors.find((d) => d.file === file);
        const n = errors.filter((d) => d.file === file).length;
        warn(`acctmap: skipping maps in ${file} with errors (${n}; first at ${first.line}:${first.column}: ${first.message}); run \`acctmap validate ${file}\` for all of them`);
    }
    return run.result.maps.filter((m) => m.valid && !errors.some((d) => d.file === m.file && d.account === m.map.account.id));
}
/**
 * `--account ID`: only that account's maps (a file may hold several), or a usage error naming
 * the closest id. `where` names what was searched (the files, as given).
 */
export function onlyAccount(maps, wanted, where) {
    if (wanted === undefined)
        return maps;
    const found = maps.filter((m) => m.map.account.id === wanted);
    if (found.length === 0) {
        const hint = closest(wanted, maps.map((m) => m.map.account.id));
        throw new UsageError(`--account: no account \`${wanted}\` in ${where}${hint ? `; did you mean \`${hint}\`?` : ''}`);
    }
    return found;
}
