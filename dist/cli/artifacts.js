/**
 * Where SARIF says each file is. GitHub code scanning resolves artifact URIs against the root of
 * the repository it scanned, so a path relative to the folder acctmap ran in would point at the
 * wrong file as soon as that folder is not the root: paths are made relative to the root of the
 * git repository that holds the file (`uriBaseId: %SRCROOT%`), whatever the current folder. A
 * file in no repository (or in another one than the rest) gets its absolute `file:` URI.
 */
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { fileUri, relativeUri } from '../text/index.js';
/**
 * The root of the git repository that holds `dir` (the nearest folder with a `.git` folder or,
 * in a worktree or submodule, a `.git` file), or undefined outside any repository.
 */
function gitRoot(dir, cache = new Map()) {
    const seen = [];
    let found;
    for (let at = dir;; at = path.dirname(at)) {
        if (cache.has(at)) {
            found = cache.get(at);
            break;
        }
        seen.push(at);
        if (existsSync(path.join(at, '.git'))) {
            found = at;
            break;
        }
        if (path.dirname(at) === at)
            break;
    }
    for (const d of seen)
        cache.set(d, found);
    return found;
}
/**
 * Places `files` (as shown: relative to `cwd`, or absolute). `%SRCROOT%` is the repository of
 * the current folder when it is in one, else the repository that holds most of the files.
 */
export function sarifArtifacts(files, cwd) {
    const cache = new Map();
    const rootOf = new Map();
    for (const file of new Set(files)) {
        rootOf.set(file, gitRoot(path.dirname(path.resolve(cwd, file)), cache));
    }
    let srcRoot = gitRoot(cwd, cache);
    if (srcRoot === undefined) {
        const counts = new Map();
        for (const root of rootOf.values())
            if (root)
                counts.set(root, (counts.get(root) ?? 0) + 1);
        srcRoot = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
    }
    const used = [...rootOf.values()].some((r) => r !== undefined && r === srcRoot);
    return {
        ...(srcRoot !== undefined && used ? { srcRoot: fileUri(srcRoot, true) } : {}),
        locate(file) {
            const abs = path.resolve(cwd, file);
            const root = rootOf.has(file) ? rootOf.get(file) : gitRoot(path.dirname(abs), cache);
            if (root !== undefined && root === srcRoot) {
                return { uri: relativeUri(path.relative(root, abs)), uriBaseId: '%SRCROOT%' };
            }
            return { uri: fileUri(abs) };
        },
    };
}
