/**
 * The maps' history, read with the real `git` program (no history of acctmap's own, and no git
 * re-implemented in JavaScript). Processes are what costs here (about 10 ms each, more than
 * reading a hundred maps), so a comparison of two commits takes five whatever the number of
 * maps: one `git cat-file --batch-check` resolves the revisions, one `git log` names their
 * commits, a `git ls-tree` per commit lists its files, and one `git cat-file --batch` gives
 * every map's text of both.
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
/** The commits of `oids` (existing commits), from one `git log`. */
function commitsOf(repo, oids) {
    const r = git(repo.cwd, [
        'log',
        '--no-walk=unsorted',
        '--format=%H %h %cs',
        ...new Set(oids),
        '--',
    ]);
    const known = new Map();
    for (const line of r.stdout.toString('utf8').trim().split('\n')) {
        const [oid, short, date] = line.split(' ');
        known.set(oid, { oid: oid, short: short, date: date });
    }
    return oids.map((oid) => {
        const commit = known.get(oid);
        if (!commit)
            throw new UsageError(`git could not read commit ${oid}: ${firstLine(r.stderr)}`);
        return commit;
    });
}
/**
 * The commit each revision names, or undefined for one that names none: as `git rev-parse
 * --verify REV^{commit}` answers (`cat-file` reads object names with the same code), for all of
 * them in one process.
 */
export function resolveRevisions(repo, revs) {
    // An option is no revision; a line break would end the name early.
    const asked = revs.filter((rev) => !rev.startsWith('-') && !/[\n\r]/.test(rev));
    if (asked.length === 0)
        return revs.map(() => undefined);
    const r = git(repo.cwd, ['cat-file', '--batch-check=%(objectname) %(objecttype)'], asked.map((rev) => `${rev}^{commit}\n`).join(''));
    const lines = r.stdout.toString('utf8').split('\n');
    const oids = new Map();
    asked.forEach((rev, i) => {
        const [oid, type] = (lines[i] ?? '').split(' ');
        if (r.status === 0 && type === 'commit')
            oids.set(rev, oid);
    });
    const commits = oids.size > 0 ? commitsOf(repo, [...oids.values()]) : [];
    const byOid = new Map(commits.map((c) => [c.oid, c]));
    return revs.map((rev) => {
        const oid = oids.get(rev);
        return oid === undefined ? undefined : byOid.get(oid);
    });
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
        return commitsOf(repo, [oid])[0];
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
 * The map files of each commit under the given paths, with their text: a `git ls-tree` per
 * commit, then one `git cat-file --batch` for the blobs of all of them (the commits of a diff
 * share most of their files, and each blob is read once).
 */
export function readRevisions(repo, commits, paths, ignore) {
    const listed = commits.map((commit) => ({
        commit,
        ...listRevision(repo, commit, paths, ignore),
    }));
    // One per blob (two files may hold the same bytes), named by its first file.
    const wanted = new Map();
    for (const { commit, files } of listed)
        for (const f of files)
            if (!wanted.has(f.oid))
                wanted.set(f.oid, { file: f.file, commit });
    const blobs = wanted.size > 0 ? readBlobs(repo, wanted) : new Map();
    return listed.map(({ files, known }) => ({
        sources: files.map((f) => ({ file: f.file, text: blobs.get(f.oid) })),
        known,
    }));
}
/** The map files of a commit under the given paths, by blob, from its `git ls-tree`. */
function listRevision(repo, commit, paths, ignore) {
    const listed = git(repo.top, ['ls-tree', '-r', '-z', '--full-tree', commit.oid]);
    if (listed.status !== 0)
        throw new UsageError(`git could not list the files of ${commit.short}: ${firstLine(listed.stderr)}`);
    const isIgnored = ignoreTest(ignore);
    const known = new Set();
    const files = [];
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
            files.push({ oid: oid, file: displayPath(abs, repo.realCwd) });
    }
    return { files, known };
}
/**
 * The text of each blob in `oids` (object id → a file that holds it, and its commit), from one
 * `git cat-file --batch`.
 */
function readBlobs(repo, oids) {
    const blobs = new Map();
    const batch = git(repo.top, ['cat-file', '--batch'], `${[...oids.keys()].join('\n')}\n`);
    if (batch.status !== 0) {
        const commits = [...new Set([...oids.values()].map((o) => o.commit.short))].join(' and ');
        throw new UsageError(`git could not read the maps of ${commits}: ${firstLine(batch.stderr)}`);
    }
    const out = batch.stdout;
    let at = 0;
    for (const [oid, { file, commit }] of oids) {
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
    return blobs;
}
