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
import type { SourceText } from '../validate/check.js';
import { ignoreTest } from './discover.js';
import { UsageError } from './errors.js';
import { decode, displayPath } from './io.js';
import { isMapFileName, SKIP_DIRS } from './map-files.js';

export interface Repo {
  /** The folder the command runs in, as the user sees it and with links resolved. */
  cwd: string;
  realCwd: string;
  /** The repository's top folder (as git gives it: links resolved). */
  top: string;
  shallow: boolean;
}

export interface Commit {
  oid: string;
  short: string;
  /** The commit date, YYYY-MM-DD. */
  date: string;
}

const FETCH_MORE =
  'this is a shallow clone, so older history was not fetched: run `git fetch --unshallow` (in GitHub Actions, give actions/checkout `fetch-depth: 0`) and try again';

interface GitResult {
  status: number;
  stdout: Buffer;
  stderr: string;
}

function git(repoCwd: string, args: readonly string[], input?: string): GitResult {
  const result = spawnSync('git', args as string[], {
    cwd: repoCwd,
    input: input ?? '',
    maxBuffer: 4 * 1024 * 1024 * 1024,
    // Plain messages whatever the user's language, and no lock taken for a read.
    env: { ...process.env, LC_ALL: 'C', GIT_OPTIONAL_LOCKS: '0' },
  });
  if (result.error) {
    const code = (result.error as NodeJS.ErrnoException).code;
    throw new UsageError(
      code === 'ENOENT'
        ? "`git` is not installed (or not on PATH): acctmap diff reads the maps' history with git; install git and try again"
        : `could not run git: ${result.error.message}`,
    );
  }
  return {
    status: result.status ?? 1,
    stdout: result.stdout,
    stderr: result.stderr.toString('utf8'),
  };
}

/** The repository that holds `cwd`; exit 2 outside one. */
export function openRepo(cwd: string): Repo {
  const r = git(cwd, ['rev-parse', '--show-toplevel', '--is-shallow-repository']);
  if (r.status !== 0) {
    if (/not a git repository/i.test(r.stderr))
      throw new UsageError(
        `${cwd} is not in a git repository: acctmap diff compares the maps with their earlier versions in git; run it in the repository that holds the maps (to start keeping history: \`git init\`, then commit the maps)`,
      );
    throw new UsageError(`git could not read the repository at ${cwd}: ${firstLine(r.stderr)}`);
  }
  const [top, shallow] = r.stdout.toString('utf8').trim().split('\n');
  return { cwd, realCwd: fs.realpathSync(cwd), top: top!, shallow: shallow === 'true' };
}

function firstLine(text: string): string {
  return text
    .trim()
    .split('\n')[0]!
    .replace(/^fatal: /, '');
}

/** The commits of `oids` (existing commits), from one `git log`. */
function commitsOf(repo: Repo, oids: readonly string[]): Commit[] {
  const r = git(repo.cwd, [
    'log',
    '--no-walk=unsorted',
    '--format=%H %h %cs',
    ...new Set(oids),
    '--',
  ]);
  const known = new Map<string, Commit>();
  for (const line of r.stdout.toString('utf8').trim().split('\n')) {
    const [oid, short, date] = line.split(' ');
    known.set(oid!, { oid: oid!, short: short!, date: date! });
  }
  return oids.map((oid) => {
    const commit = known.get(oid);
    if (!commit) throw new UsageError(`git could not read commit ${oid}: ${firstLine(r.stderr)}`);
    return commit;
  });
}

/**
 * The commit each revision names, or undefined for one that names none: as `git rev-parse
 * --verify REV^{commit}` answers (`cat-file` reads object names with the same code), for all of
 * them in one process.
 */
export function resolveRevisions(repo: Repo, revs: readonly string[]): Array<Commit | undefined> {
  // An option is no revision; a line break would end the name early.
  const asked = revs.filter((rev) => !rev.startsWith('-') && !/[\n\r]/.test(rev));
  if (asked.length === 0) return revs.map(() => undefined);
  const r = git(
    repo.cwd,
    ['cat-file', '--batch-check=%(objectname) %(objecttype)'],
    asked.map((rev) => `${rev}^{commit}\n`).join(''),
  );
  const lines = r.stdout.toString('utf8').split('\n');
  const oids = new Map<string, string>();
  asked.forEach((rev, i) => {
    const [oid, type] = (lines[i] ?? '').split(' ');
    if (r.status === 0 && type === 'commit') oids.set(rev, oid!);
  });
  const commits = oids.size > 0 ? commitsOf(repo, [...oids.values()]) : [];
  const byOid = new Map(commits.map((c) => [c.oid, c]));
  return revs.map((rev) => {
    const oid = oids.get(rev);
    return oid === undefined ? undefined : byOid.get(oid);
  });
}

/** Exit 2 for a revision git does not know, saying how to fetch more in a shallow clone. */
export function unknownRevision(repo: Repo, rev: string): UsageError {
  if (repo.shallow) return new UsageError(`unknown revision \`${rev}\`: ${FETCH_MORE}`);
  const head = git(repo.cwd, ['rev-parse', '--verify', '--quiet', 'HEAD']);
  if (head.status !== 0)
    return new UsageError(
      `unknown revision \`${rev}\`: the repository has no commits yet; commit the maps first (\`git add\`, \`git commit\`)`,
    );
  return new UsageError(
    `unknown revision \`${rev}\`: name a commit, branch or tag (\`git log --oneline\` lists the commits), or a date with --since YYYY-MM-DD; if \`${rev}\` is a path, put it after \`--\``,
  );
}

/** The last commit on or before the end of `date` on the history of `tip`. */
export function commitOnOrBefore(repo: Repo, date: string, tip: Commit): Commit {
  const r = git(repo.cwd, ['rev-list', '-1', `--before=${date} 23:59:59`, tip.oid]);
  const oid = r.stdout.toString('utf8').trim();
  if (r.status === 0 && oid !== '') return commitsOf(repo, [oid])[0]!;
  if (repo.shallow)
    throw new UsageError(`no commit on or before ${date} in the history fetched: ${FETCH_MORE}`);
  const first = git(repo.cwd, ['log', '--reverse', '--format=%cs', tip.oid])
    .stdout.toString('utf8')
    .split('\n')[0];
  throw new UsageError(
    `no commit on or before ${date}: the maps' history starts on ${first}; give a later date, or compare with the first commit`,
  );
}

/** What the user's paths name inside the repository (`''` for its top). */
export function repoPaths(
  repo: Repo,
  paths: readonly string[],
): Array<{ given: string; rel: string }> {
  return paths.map((given) => {
    const rel = path
      .relative(repo.top, path.resolve(repo.realCwd, given))
      .split(path.sep)
      .join('/');
    if (rel.startsWith('..') || path.isAbsolute(rel))
      throw new UsageError(
        `${given} is outside the git repository at ${repo.top}: acctmap diff reads only the maps of that repository`,
      );
    return { given, rel };
  });
}

export interface RevisionMaps {
  sources: SourceText[];
  /** The given paths this revision has something at. */
  known: Set<string>;
}

interface IgnoreOptions {
  ignore: readonly string[];
  ignoreBase: string;
}

/**
 * The map files of each commit under the given paths, with their text: a `git ls-tree` per
 * commit, then one `git cat-file --batch` for the blobs of all of them (the commits of a diff
 * share most of their files, and each blob is read once).
 */
export function readRevisions(
  repo: Repo,
  commits: readonly Commit[],
  paths: ReadonlyArray<{ given: string; rel: string }>,
  ignore: IgnoreOptions,
): RevisionMaps[] {
  const listed = commits.map((commit) => ({
    commit,
    ...listRevision(repo, commit, paths, ignore),
  }));
  // One per blob (two files may hold the same bytes), named by its first file.
  const wanted = new Map<string, { file: string; commit: Commit }>();
  for (const { commit, files } of listed)
    for (const f of files) if (!wanted.has(f.oid)) wanted.set(f.oid, { file: f.file, commit });
  const blobs = wanted.size > 0 ? readBlobs(repo, wanted) : new Map<string, string>();
  return listed.map(({ files, known }) => ({
    sources: files.map((f) => ({ file: f.file, text: blobs.get(f.oid)! })),
    known,
  }));
}

/** The map files of a commit under the given paths, by blob, from its `git ls-tree`. */
function listRevision(
  repo: Repo,
  commit: Commit,
  paths: ReadonlyArray<{ given: string; rel: string }>,
  ignore: IgnoreOptions,
): { files: Array<{ oid: string; file: string }>; known: Set<string> } {
  const listed = git(repo.top, ['ls-tree', '-r', '-z', '--full-tree', commit.oid]);
  if (listed.status !== 0)
    throw new UsageError(
      `git could not list the files of ${commit.short}: ${firstLine(listed.stderr)}`,
    );
  const isIgnored = ignoreTest(ignore);
  const known = new Set<string>();
  const files: Array<{ oid: string; file: string }> = [];
  for (const entry of listed.stdout.toString('utf8').split('\0')) {
    const tab = entry.indexOf('\t');
    if (tab < 0) continue;
    const [, type, oid] = entry.slice(0, tab).split(' ');
    const file = entry.slice(tab + 1);
    if (type !== 'blob') continue;
    let named = false;
    let under = false;
    for (const p of paths) {
      if (p.rel === file) {
        named = true;
        known.add(p.given);
      } else if (p.rel === '' || file.startsWith(`${p.rel}/`)) {
        under = true;
        known.add(p.given);
      }
    }
    const abs = path.join(repo.top, file);
    if (
      named ||
      (under &&
        isMapFileName(file) &&
        !file.split('/').some((d) => SKIP_DIRS.has(d)) &&
        !isIgnored(abs))
    )
      files.push({ oid: oid!, file: displayPath(abs, repo.realCwd) });
  }
  return { files, known };
}

/**
 * The text of each blob in `oids` (object id → a file that holds it, and its commit), from one
 * `git cat-file --batch`.
 */
function readBlobs(
  repo: Repo,
  oids: ReadonlyMap<string, { file: string; commit: Commit }>,
): Map<string, string> {
  const blobs = new Map<string, string>();
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
