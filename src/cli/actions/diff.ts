/**
 * `acctmap diff`: resolve the two sides (commits, or the working tree), read their maps, and
 * hand them to the pure core in src/diff. `loadDiff` is shared with `acctmap report --since`.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Command } from 'commander';
import { formatJson, formatStylish } from '../../diff/format.js';
import { type DiffResult, diffSides, type SideInput } from '../../diff/index.js';
import { isCalendarDate } from '../../model/account-map.js';
import { writePortfolioChanges } from '../../report/changes.js';
import { MarkdownDoc } from '../../report/doc.js';
import type { SourceText } from '../../validate/check.js';
import type { DiffOptions } from '../commands/diff.js';
import { type Context, emit, makeContext, note } from '../context.js';
import { discover } from '../discover.js';
import { EXIT, UsageError } from '../errors.js';
import {
  type Commit,
  commitOnOrBefore,
  openRepo,
  type Repo,
  readRevisions,
  repoPaths,
  resolveRevisions,
  unknownRevision,
} from '../history.js';
import { displayPath, readTextFile } from '../io.js';
import { capYoungGeneration } from '../young-generation.js';

export interface DiffRequest {
  /** Revisions and paths as given (revisions first). */
  operands: readonly string[];
  /** How many of the operands came after `--` (so are paths for sure). */
  afterDashes: number;
  since?: string;
  /** At most this many revisions (default 2, or 1 with `since`). */
  maxRevisions?: number;
}

type Side = { kind: 'commit'; commit: Commit } | { kind: 'working-tree' };

/** Splits the operands into revisions and paths: paths start at the first that is not a commit. */
function sidesOf(repo: Repo, request: DiffRequest): { from: Side; to: Side; paths: string[] } {
  const max = request.maxRevisions ?? (request.since !== undefined ? 1 : 2);
  const before = request.operands.slice(0, request.operands.length - request.afterDashes);
  const revisions: Commit[] = [];
  const paths: string[] = [...request.operands.slice(before.length)];
  // Only the first `max` operands can be revisions: asked of git at once.
  const candidates = resolveRevisions(repo, before.slice(0, max));
  for (let i = 0; i < before.length; i++) {
    const operand = before[i]!;
    const commit = revisions.length < max ? candidates[i] : undefined;
    if (commit) {
      revisions.push(commit);
      continue;
    }
    const rest = before.slice(i);
    // Without `--`, an operand that is neither a commit nor a file is a mistyped revision.
    if (
      request.afterDashes === 0 &&
      revisions.length < max &&
      !fs.existsSync(path.resolve(repo.cwd, operand))
    )
      throw unknownRevision(repo, operand);
    paths.unshift(...rest);
    break;
  }
  if (request.since !== undefined) {
    if (!isCalendarDate(request.since))
      throw new UsageError(
        `--since takes a date written YYYY-MM-DD (for example 2026-09-01), got \`${request.since}\``,
      );
    const tip = revisions[0] ?? head(repo);
    const from = commitOnOrBefore(repo, request.since, tip);
    return {
      from: { kind: 'commit', commit: from },
      to: revisions[0] ? { kind: 'commit', commit: tip } : { kind: 'working-tree' },
      paths,
    };
  }
  if (revisions.length === 2)
    return {
      from: { kind: 'commit', commit: revisions[0]! },
      to: { kind: 'commit', commit: revisions[1]! },
      paths,
    };
  return {
    from: { kind: 'commit', commit: revisions[0] ?? head(repo) },
    to: { kind: 'working-tree' },
    paths,
  };
}

function head(repo: Repo): Commit {
  const [commit] = resolveRevisions(repo, ['HEAD']);
  if (!commit)
    throw new UsageError(
      'the repository has no commits yet, so there is nothing to compare with: commit the maps (`git add`, `git commit`) and run acctmap diff after the next change',
    );
  return commit;
}

/** The working tree's map files under the paths, read as `validate` reads them. */
function readWorkingTree(
  ctx: Context,
  paths: readonly string[],
): { sources: SourceText[]; known: Set<string> } {
  const present = paths.filter((p) => fs.existsSync(path.resolve(ctx.cwd, p)));
  const { config, dir } = ctx.config;
  const found = discover(present, { cwd: ctx.cwd, ignore: config.ignore, ignoreBase: dir });
  if (found.problems.length) throw new UsageError(found.problems.join('\n'));
  const maxBytes = Math.round(config.max_file_mb * 1024 * 1024);
  const sources: SourceText[] = [];
  for (const f of found.files) {
    const read = readTextFile(f.path, maxBytes);
    if ('problem' in read) throw new UsageError(read.problem);
    sources.push({ file: displayPath(f.path, ctx.cwd), text: read.text });
  }
  return { sources, known: new Set(present) };
}

/** Both sides read and compared. */
export function loadDiff(ctx: Context, request: DiffRequest): DiffResult {
  const repo = openRepo(ctx.cwd);
  const { from, to, paths: given } = sidesOf(repo, request);
  const paths = given.length ? given : ['.'];
  const located = repoPaths(repo, paths);
  const ignore = { ignore: ctx.config.config.ignore, ignoreBase: ctx.config.dir };
  // Both commits' maps from git at once (./history.ts), their shared blobs read once.
  const commits = [from, to].flatMap((side) => (side.kind === 'commit' ? [side.commit] : []));
  const revisions = readRevisions(repo, commits, located, ignore);
  const read = (side: Side): SideInput & { known: Set<string> } => {
    if (side.kind === 'working-tree') {
      const { sources, known } = readWorkingTree(ctx, paths);
      return { label: { rev: 'working tree', date: ctx.asOf }, sources, known };
    }
    const { sources, known } = revisions[commits.indexOf(side.commit)]!;
    return { label: { rev: side.commit.short, date: side.commit.date }, sources, known };
  };
  const a = read(from);
  const b = read(to);
  for (const p of paths) {
    if (a.known.has(p) || b.known.has(p)) continue;
    const where = [from, to]
      .map((s) => (s.kind === 'commit' ? s.commit.short : 'the working tree'))
      .join(' nor in ');
    throw new UsageError(
      `\`${p}\` is not a path git knows: it is neither in ${where}; name a map file or folder of this repository`,
    );
  }
  const { config, dir } = ctx.config;
  // This thread checks every map of both sides: its young generation is kept small.
  const young = capYoungGeneration();
  try {
    return diffSides(
      a,
      b,
      { config, configDir: dir, cli: [], cwd: ctx.cwd },
      { eachFile: young.keep },
    );
  } finally {
    young.release();
  }
}

/** Operands that came after `--` on the command line (commander drops the `--` itself). */
export function countAfterDashes(command: Command | undefined): number {
  // `rawArgs` is set by commander on the program but left out of its types.
  const raw = (command?.parent as { rawArgs?: string[] } | null | undefined)?.rawArgs ?? [];
  const at = raw.indexOf('--');
  return at < 0 ? 0 : raw.length - at - 1;
}

/** The review document: the same section `report --since` adds, as a document of its own. */
function markdown(result: DiffResult): string {
  const doc = new MarkdownDoc();
  writePortfolioChanges(doc, result, 1, { detailTitle: (a) => a.name });
  return doc.toString();
}

export async function diff(
  operands: string[],
  options: DiffOptions,
  command?: Command,
): Promise<number> {
  const ctx = makeContext(options);
  const result = loadDiff(ctx, {
    operands,
    afterDashes: countAfterDashes(command),
    ...(options.since !== undefined ? { since: options.since } : {}),
  });
  const text =
    options.format === 'json'
      ? formatJson(result)
      : options.format === 'markdown'
        ? markdown(result)
        : formatStylish(result, ctx.style);
  emit(ctx, text);
  if (result.problems.length)
    note(
      ctx,
      `acctmap: ${result.problems.length} map file${result.problems.length === 1 ? '' : 's'} could not be read on one side; run \`acctmap validate\` there for the details`,
    );
  return EXIT.ok;
}
