/**
 * The maps' history, read with the real `git` program (no history of acctmap's own, and no git
 * re-implemented in JavaScript). A revision costs two processes whatever the number of maps:
 * `git ls-tree` lists its files, and one `git cat-file --batch` gives every map's text.
 *
 * Shallow clones (CI checks out one commit by default) are told apart from unknown revisions:
 * the history is there, just not fetched, and the message says how to fetch it.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ignoreTest } from './discover.js';
import { UsageError } from './errors.js';
import { decode, displayPath } from './io.js';
import { isMapFileName, SKIP_DIRS } from './map-files.js';
const FETCH_MORE = 'this is a shallow clone, so older history was not fetched: run `git fetch --unshallow` (in GitHub Actions, give actions/checkout `fetch-depth: 0`) and try again';
function git(repoCwd, args, input) {
    const result = spawnSync('git', args, {
        cwd: repoCwd,
        input: input ?? '',
        maxBuffer: 4 * 1024 * 1024 * 1024,
        // Plain messages whatever the user's language, and no lock taken for a read.
        env: { ...process.env, LC_ALL: 'C', GIT_OPTIONAL_LOCKS: '0' },
    });
    if (result.error) {
        const code = result.error.code;
        throw new UsageError(code === 'ENOENT'
            ? "`git` is not installed (or not on PATH): acctmap diff reads the maps' history with git; install git and try again"
            : `could not run git: ${result.error.message}`);
    }
    return {
        status: result.status ?? 1,
        stdout: result.stdout,
        stderr: result.stderr.toString('utf8'),
    };
}
/** The repository that holds `cwd`; exit 2 outside one. */
export function openRepo(cwd) {
    const r = git(cwd, ['rev-parse', '--show-toplevel', '--is-shallow-repository']);
    if (r.status !== 0) {
        if (/not a git repository/i.test(r.stderr))
            throw new UsageError(`${cwd} is not in a git repository: acctmap diff compares the maps with their earlier versions in git; run it in the repository that holds the maps (to start keeping history: \`git init\`, then commit the maps)`);
        throw new UsageError(`git could not read the repository at ${cwd}: ${firstLine(r.stderr)}`);
    }
    const [top, shallow] = r.stdout.toString('utf8').trim().split('\n');
    return { cwd, realCwd: fs.realpathSync(cwd), top: top, shallow: shallow === 'true' };
}
function firstLine(text) {
    return text
        .trim()
        .split('\n')[0]
        .replace(/^fatal: /, '');
}
function commitOf(repo, oid) {
    const r = git(repo.cwd, ['show', '-s', '--format=%H %h %cs', oid]);
    const [full, short, date] = r.stdout.toString('utf8').trim().split(' ');
    return { oid: full, short: short, date: date };
}
/** The commit a revision names, or undefined when it names none. */
export function resolveRevision(repo, rev) {
    if (rev.startsWith('-'))
        return undefined;
    const r = git(repo.cwd, ['rev-parse', '--verify', '--quiet', `${rev}^{commit}`]);
    if (r.status !== 0)
        return undefined;
    return commitOf(repo, r.stdout.toString('utf8').trim());
}
/** Exit 2 for a revision git does not know, saying how to fetch more in a shallow clone. */
export function unknownRevision(repo, rev) {
    if (repo.shallow)
        return new UsageError(`unknown revision \`${rev}\`: ${FETCH_MORE}`);
    const head = git(repo.cwd, ['rev-parse', '--verify', '--quiet', 'HEAD']);
    if (head.status !== 0)
        return new UsageError(`unknown revision \`${rev}\`: the repository has no commits yet; commit the maps first (\`git add\`, \`git commit\`)`);
    return new UsageError(`unknown revision \`${rev}\`: name a commit, branch or tag (\`git log --oneline\` lists the commits), or a date with --since YYYY-MM-DD; if \`${rev}\` is a path, put it after \`--\``);
}
/** The last commit on or before the end of `date` on the history of `tip`. */
export function commitOnOrBefore(repo, date, tip) {
    const r = git(repo.cwd, ['rev-list', '-1', `--before=${date} 23:59:59`, tip.oid]);
    const oid = r.stdout.toString('utf8').trim();
    if (r.status === 0 && oid !== '')
        return commitOf(repo, oid);
    if (repo.shallow)
        throw new UsageError(`no commit on or before ${date} in the history fetched: ${FETCH_MORE}`);
    const first = git(repo.cwd, ['log', '--reverse', '--format=%cs', tip.oid])
        .stdout.toString('utf8')
        .split('\n')[0];
    throw new UsageError(`no commit on or before ${date}: the maps' history starts on ${first}; give a later date, or compare with the first commit`);
}
/** What the user's paths name inside the repository (`''` for its top). */
export function repoPaths(repo, paths) {
    return paths.map((given) => {
        const rel = path
            .relative(repo.top, path.resolve(repo.realCwd, given))
            .split(path.sep)
            .join('/');
        if (rel.startsWith('..') || path.isAbsolute(rel))
            throw new UsageError(`${given} is outside the git repository at ${repo.top}: acctmap diff reads only the maps of that repository`);
        return { given, rel };
    });
}
/**
 * The map files of a commit under the given paths, with their text: two git processes (the
 * second only for blobs not in `blobs`, which it adds to).
 */
export function readRevision(repo, commit, paths, ignore, blobs = new Map()) {
    const listed = git(repo.top, ['ls-tree', '-r', '-z', '--full-tree', commit.oid]);
    if (listed.status !== 0)
        throw new UsageError(`git could not list the files of ${commit.short}: ${firstLine(listed.stderr)}`);
    const isIgnored = ignoreTest(ignore);
    const known = new Set();
    const wanted = [];
    for (const entry of listed.stdout.toString('utf8').split('\0')) {
        const tab = entry.indexOf('\t');
        if (tab < 0)
            continue;
        const [, type, oid] = entry.slice(0, tab).split(' ');
        const file = entry.slice(tab + 1);
        if (type !== 'blob')
            continue;
        let named = false;
        let under = false;
        for (const p of paths) {
            if (p.rel === file) {
                named = true;
                known.add(p.given);
            }
            else if (p.rel === '' || file.startsWith(`${p.rel}/`)) {
                under = true;
                known.add(p.given);
            }
        }
        const abs = path.join(repo.top, file);
        if (named ||
            (under &&
                isMapFileName(file) &&
                !file.split('/').some((d) => SKIP_DIRS.has(d)) &&
                !isIgnored(abs)))
            wanted.push({ oid: oid, file: displayPath(abs, repo.realCwd) });
    }
    if (wanted.length === 0)
        return { sources: [], known };
    // One per blob not read yet (two files may hold the same bytes), named by its first file.
    const missing = new Map();
    for (const w of wanted)
        if (!blobs.has(w.oid) && !missing.has(w.oid))
            missing.set(w.oid, w.file);
    if (missing.size > 0)
        readBlobs(repo, commit, missing, blobs);
    return {
        sources: wanted.map((w) => ({ file: w.file, text: blobs.get(w.oid) })),
        known,
    };
}
/**
 * The text of each blob of `commit` in `oids` (object id → a file that holds it), from one `git
 * cat-file --batch`, into `blobs`.
 */
function readBlobs(repo, commit, oids, blobs) {
    const batch = git(repo.top, ['cat-file', '--batch'], `${[...oids.keys()].join('\n')}\n`);
    if (batch.status !== 0)
        throw new UsageError(`git could not read the maps of ${commit.short}: ${firstLine(batch.stderr)}`);
    const out = batch.stdout;
    let at = 0;
    for (const [oid, file] of oids) {
        const eol = out.indexOf(10, at);
        const header = out.subarray(at, eol).toString('utf8').split(' ');
        if (header[1] === 'missing')
            throw new UsageError(`git could not read ${file} at ${commit.short}: ${FETCH_MORE}`);
        const size = Number(header[2]);
        const bytes = out.subarray(eol + 1, eol + 1 + size);
        at = eol + 1 + size + 1;
        const decoded = decode(bytes);
        // Bytes that are not UTF-8 are read as well as they can be: YAML or the schema says what is wrong.
        blobs.set(oid, 'text' in decoded ? decoded.text : bytes.toString('utf8'));
    }
}
