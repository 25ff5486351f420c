/**
 * Which files a run reads. Folders are searched for `*.acctmap.yaml` / `*.acctmap.yml`, skipping
 * `node_modules`, `.git` and the config's `ignore` globs; a file named by hand is read whatever
 * its name. Symbolic links are followed once (a link loop is noticed, not followed forever).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import picomatch from 'picomatch';
import { describeSystemError } from './errors.js';
import { specialFileKind } from './io.js';
const MAP_FILE = /\.acctmap\.ya?ml$/;
/** True for the files discovery finds by itself; used in messages. */
export function isMapFileName(file) {
    return MAP_FILE.test(path.basename(file));
}
export const SKIP_DIRS = new Set(['node_modules', '.git']);
/** True for an absolute path the config's `ignore` globs leave out (history reads use it too). */
export function ignoreTest(options) {
    const ignored = options.ignore.length
        ? picomatch(options.ignore, { dot: true })
        : () => false;
    return (abs) => {
        const rel = path.relative(options.ignoreBase, abs).split(path.sep).join('/');
        return rel !== '' && !rel.startsWith('..') && ignored(rel);
    };
}
export function discover(paths, options) {
    const found = new Map();
    const problems = [];
    const isIgnored = ignoreTest(options);
    const visitedDirs = new Set();
    const add = (abs, named) => {
        let key = abs;
        try {
            key = fs.realpathSync(abs);
        }
        catch {
            // keep the path as given; reading it will report the problem
        }
        if (!found.has(key))
            found.set(key, { path: abs, named });
    };
    const walk = (dir) => {
        let real;
        try {
            real = fs.realpathSync(dir);
        }
        catch (error) {
            problems.push(`cannot read folder ${show(dir)}: ${describeSystemError(error)}`);
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
            problems.push(`cannot read folder ${show(dir)}: ${describeSystemError(error)}`);
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
                    if (MAP_FILE.test(entry.name))
                        problems.push(`cannot read ${show(abs)}: ${describeSystemError(error)}`);
                    continue;
                }
            }
            if (isDir) {
                if (SKIP_DIRS.has(entry.name) || isIgnored(abs))
                    continue;
                walk(abs);
            }
            else if (isFile && MAP_FILE.test(entry.name) && !isIgnored(abs)) {
                add(abs, false);
            }
            else if (!isFile && MAP_FILE.test(entry.name) && !isIgnored(abs)) {
                // A pipe or device named like a map: reading it could block forever, so say so instead.
                problems.push(`cannot read ${show(abs)}: it is ${specialFileKind(kind)}, not a regular file`);
            }
        }
    };
    const show = (abs) => {
        const rel = path.relative(options.cwd, abs);
        return rel && !rel.startsWith('..') ? rel : abs;
    };
    for (const given of paths) {
        const abs = path.resolve(options.cwd, given);
        let st;
        try {
            st = fs.statSync(abs);
        }
        catch (error) {
            problems.push(`cannot read ${given}: ${describeSystemError(error)}`);
            continue;
        }
        if (st.isDirectory())
            walk(abs);
        else
            add(abs, true);
    }
    const files = [...found.values()].sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
    return { files, problems };
}
