/**
 * Which files a run reads. Folders are searched for `*.acctmap.yaml` / `*.acctmap.yml`, skipping
 * `node_modules`, `.git`, the config's `ignore` globs, `--ignore-pattern` globs and, inside a git
 * repository, what git ignores (.gitignore, .git/info/exclude, the global excludes file). A file
 * named by hand is read whatever its name and whatever ignores it: naming it is asking for it
 * (as ESLint and Biome do). A quoted glob (`'accounts/*.acctmap.yaml'`, `**` across folders) names every file it
 * matches, searched for with the same skips as a folder. Symbolic links are followed once (a
 * link loop is noticed, not followed forever).
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import picomatch from 'picomatch';
import { describeSystemError } from './errors.js';
import { specialFileKind } from './io.js';
import { MAP_FILE, SKIP_DIRS } from './map-files.js';
/** The characters that make an argument a glob rather than a path (picomatch's syntax). */
function isGlob(given) {
    return picomatch.scan(given).isGlob;
}
/** True for an absolute path the config's `ignore` globs leave out (history reads use it too). */
export function ignoreTest(options) {
    return matcherUnder(options.ignore, options.ignoreBase);
}
export function discover(paths, options) {
    const found = new Map();
    const problems = [];
    const unreadable = [];
    const cannotRead = (abs, problem) => {
        problems.push(problem);
        unreadable.push({ path: abs, problem });
    };
    const byConfig = matcherUnder(options.ignore, options.ignoreBase);
    const byFlag = matcherUnder(options.ignorePatterns ?? [], options.cwd);
    const gitIgnored = new Set();
    const askedGit = new Set();
    /** Ask git once per searched folder (one process each) what it ignores under that folder. */
    const askGit = (dir) => {
        if (options.gitignore === false || askedGit.has(dir))
            return;
        askedGit.add(dir);
        for (const p of gitIgnoredUnder(dir))
            gitIgnored.add(p);
    };
    const isIgnored = (abs) => byConfig(abs) || byFlag(abs) || gitIgnored.has(abs);
    const visitedDirs = new Set();
    /**
     * `real`: the file's real path when the caller knows it (a plain file in a folder whose real
     * path is known: one `realpath` per folder instead of one per file, a tenth of the file
     * search's time on 1,000 maps).
     */
    const add = (abs, named, real) => {
        let key = real ?? abs;
        if (real === undefined) {
            try {
                key = fs.realpathSync(abs);
            }
            catch {
                // keep the path as given; reading it will report the problem
            }
        }
        if (!found.has(key))
            found.set(key, { path: abs, named });
    };
    /** Which files a search takes: map file names in a folder, or what a glob matches. */
    let accept = (_abs, name) => MAP_FILE.test(name);
    let named = false;
    const walk = (dir) => {
        let real;
        try {
            real = fs.realpathSync(dir);
        }
        catch (error) {
            cannotRead(dir, `cannot read folder ${show(dir)}: ${describeSystemError(error)}`);
            return;
        }
        if (visitedDirs.has(real))
            return; // a symlink back into a folder already searched
        visitedDirs.add(real);
        let entries;
        try {
            entries = fs.readdirSync(dir, { withFileTypes: true });
        }
        catch (error) {
            cannotRead(dir, `cannot read folder ${show(dir)}: ${describeSystemError(error)}`);
            return;
        }
        entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        for (const entry of entries) {
            const abs = path.join(dir, entry.name);
            let isDir = entry.isDirectory();
            let isFile = entry.isFile();
            let kind = entry;
            if (entry.isSymbolicLink()) {
                try {
                    const st = fs.statSync(abs);
                    isDir = st.isDirectory();
                    isFile = st.isFile();
                    kind = st;
                }
                catch (error) {
                    if (accept(abs, entry.name))
                        cannotRead(abs, `cannot read ${show(abs)}: ${describeSystemError(error)}`);
                    continue;
                }
            }
            if (isDir) {
                if (SKIP_DIRS.has(entry.name) || isIgnored(abs))
                    continue;
                walk(abs);
            }
            else if (isFile && accept(abs, entry.name) && !isIgnored(abs)) {
                add(abs, named, kind === entry ? path.join(real, entry.name) : undefined);
            }
            else if (!isFile && accept(abs, entry.name) && !isIgnored(abs)) {
                // A pipe or device named like a map: reading it could block forever, so say so instead.
                cannotRead(abs, `cannot read ${show(abs)}: it is ${specialFileKind(kind)}, not a regular file`);
            }
        }
    };
    const show = (abs) => {
        const rel = path.relative(options.cwd, abs);
        return rel && !rel.startsWith('..') ? rel : abs;
    };
    for (const given of paths) {
        // Each argument is searched in full, even under a folder an earlier one searched.
        visitedDirs.clear();
        const abs = path.resolve(options.cwd, given);
        let st;
        try {
            st = fs.statSync(abs);
        }
        catch (error) {
            // Not a path: a glob, when it has glob characters (a file literally named `a*.yaml` wins).
            if (isGlob(given)) {
                const before = found.size;
                const glob = globSearch(given, options.cwd);
                accept = glob.accept;
                named = true;
                if (fs.existsSync(glob.base)) {
                    askGit(glob.base);
                    walk(glob.base);
                }
                accept = (_abs, name) => MAP_FILE.test(name);
                named = false;
                if (found.size === before)
                    problems.push(`no file matches ${given}: check the pattern (it is matched from ${glob.shownBase}, with picomatch's rules: * within a folder, ** across folders; files that git or the config ignore are left out)`);
                continue;
            }
            cannotRead(abs, `cannot read ${given}: ${describeSystemError(error)}`);
            continue;
        }
        if (st.isDirectory()) {
            askGit(abs);
            walk(abs);
        }
        else
            add(abs, true);
    }
    const files = [...found.values()].sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
    return { files, problems, unreadable };
}
/**
 * The line of git's ignore files that makes a folder search skip `abs` (`old/`, from
 * `.gitignore` line 1), or undefined: git does not ignore it (a tracked file never is), it is
 * outside a repository, or git is not installed. `git check-ignore` answers with the same rules
 * as the `git ls-files` a folder search asks (`gitIgnoredUnder`). `abs` need not exist.
 */
export function gitIgnoreRule(abs) {
    let dir = path.dirname(abs);
    while (!fs.existsSync(dir) && path.dirname(dir) !== dir)
        dir = path.dirname(dir);
    const git = (args, input) => spawnSync('git', args, {
        cwd: dir,
        encoding: 'utf8',
        windowsHide: true,
        ...(input === undefined ? {} : { input }),
    });
    // -z (which git takes only with --stdin): no quoting of odd names, fields ended by NULs.
    const check = git(['check-ignore', '--verbose', '--stdin', '-z'], `${abs}\0`);
    if (check.error || check.status !== 0)
        return undefined;
    // -z: source, line number, pattern and path, each ended by a NUL.
    const [source, line, pattern] = check.stdout.split('\0');
    if (source === undefined || line === undefined || pattern === undefined)
        return undefined;
    // The source is relative to the top of the repository (or absolute: the global excludes).
    const top = git(['rev-parse', '--show-toplevel']).stdout.trim();
    return { source: path.resolve(top || dir, source), line: Number(line), pattern };
}
/** A test for absolute paths against globs relative to `base` (none: matches nothing). */
export function matcherUnder(globs, base) {
    if (globs.length === 0)
        return () => false;
    const match = picomatch(globs, { dot: true });
    return (abs) => {
        const rel = path.relative(base, abs).split(path.sep).join('/');
        return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel) && match(rel);
    };
}
/** Where a glob argument is searched from, and which files it takes. */
function globSearch(given, cwd) {
    const scan = picomatch.scan(given.split(path.sep).join('/'));
    const base = path.resolve(cwd, scan.base || '.');
    const match = picomatch(scan.glob);
    return {
        base,
        shownBase: scan.base ? `${scan.base}/` : 'this folder',
        accept: (abs) => match(path.relative(base, abs).split(path.sep).join('/')),
    };
}
/**
 * The files and folders under `dir` that git ignores (absolute paths; a folder stands for all
 * it holds), from one `git ls-files` run. Outside a repository, or without git installed: none.
 * Files git tracks are never in this list, even when a .gitignore pattern matches them.
 */
function gitIgnoredUnder(dir) {
    const result = spawnSync('git', ['ls-files', '--others', '--ignored', '--exclude-standard', '--directory', '-z'], { cwd: dir, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, windowsHide: true });
    if (result.error || result.status !== 0)
        return [];
    return result.stdout
        .split('\0')
        .filter((p) => p !== '' && p !== './')
        .map((p) => path.resolve(dir, p.replace(/\/$/, '')));
}
