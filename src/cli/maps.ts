/**
 * The part every command shares: find the files, read each once, run the validation pipeline
 * (with the rules when asked), and say what could not be read. Score, diagram and report use the
 * maps that came out valid and tell on stderr which were skipped and why.
 */
import type { AccountMap, PortfolioMap } from '../model/account-map.js';
import { compareDiagnostics, type Diagnostic, isBuiltInCheck } from '../model/diagnostic.js';
import { createRuleRunner } from '../rules/index.js';
import {
  type CheckedFile,
  type CheckResult,
  fileDiagnostic,
  finishCheck,
  type LoadedMap,
} from '../validate/check.js';
import { cacheFile, RunCache } from './cache.js';
import { type Context, note } from './context.js';
import { discover } from './discover.js';
import { UsageError } from './errors.js';
import { displayPath } from './io.js';
import { type CheckOutcome, checkFiles, type FileToCheck, turn, workerCount } from './parallel.js';
import { version } from './version.js';

export interface RunOptions {
  /** Run the rules (validate unless --no-rules; score and report for the red flags). */
  rules: boolean;
  /** `--rule ID=SEVERITY` values, parsed. */
  ruleFlags?: ReadonlyArray<readonly [string, 'error' | 'warning' | 'info' | 'off']>;
  /**
   * Keep only each map's `account` (`result.maps` then holds no more): for a run that reports
   * findings and uses no map itself (validate). Needed for `cache`.
   */
  accountsOnly?: boolean;
  /** `--cache` (with `--cache-location`): see ./cache.ts. Only with `accountsOnly`. */
  cache?: { location?: string };
}

export interface Run<M extends PortfolioMap = AccountMap> {
  result: CheckResult<M>;
  /** Problems that make the run end with exit 2 (after everything else was done). */
  fatal: string[];
}

/**
 * Finds, reads and checks the maps. Asynchronous only so that the event loop turns every few
 * milliseconds while files are checked: that is when Node runs a Ctrl-C or SIGTERM handler.
 */
export async function loadRun(
  paths: readonly string[],
  ctx: Context,
  options: RunOptions & { accountsOnly: true },
): Promise<Run<PortfolioMap>>;
export async function loadRun(
  paths: readonly string[],
  ctx: Context,
  options: RunOptions & { accountsOnly?: false; cache?: undefined },
): Promise<Run>;
export async function loadRun(
  paths: readonly string[],
  ctx: Context,
  options: RunOptions,
): Promise<Run<PortfolioMap>> {
  const { config, dir } = ctx.config;
  const given = paths.length ? paths : ['.'];
  const found = discover(given, { cwd: ctx.cwd, ignore: config.ignore, ignoreBase: dir });
  const fatal = [...found.problems];
  if (found.files.length === 0) {
    if (fatal.length) throw new UsageError(fatal.join('\n'));
    throw new UsageError(
      `no account maps found under ${given.join(', ')}: acctmap looks for *.acctmap.yaml and *.acctmap.yml files (skipping node_modules, .git and the config's ignore list); name a file or folder that holds maps, or run \`acctmap init\` to start one`,
    );
  }
  const maxBytes = Math.round(config.max_file_mb * 1024 * 1024);
  const targets: FileToCheck[] = found.files.map((f) => ({
    path: f.path,
    file: displayPath(f.path, ctx.cwd),
  }));
  const named = new Set<string>();
  found.files.forEach((f, i) => {
    if (f.named && !/\.ya?ml$/i.test(f.path)) named.add(targets[i]!.file);
  });
  const rules = options.rules
    ? { config, configDir: dir, cli: options.ruleFlags ?? [], asOf: ctx.asOf }
    : undefined;
  const runner = rules ? createRuleRunner(rules) : undefined;
  const outcomes: CheckOutcome<PortfolioMap>[] = new Array(targets.length);
  // With a cache, the files whose kept result still holds are not checked again.
  const cache =
    options.cache && options.accountsOnly
      ? RunCache.open(cacheFile(options.cache.location, ctx.cwd), {
          version: version(),
          rules: options.rules,
          asOf: ctx.asOf,
          maxBytes,
        })
      : undefined;
  const settingsOf = (file: string) => runner?.settingsKey(file) ?? '';
  let todo = targets.map((_, i) => i);
  if (cache) {
    todo = [];
    let lastTurn = Date.now();
    for (let i = 0; i < targets.length; i++) {
      const target = targets[i]!;
      const kept = cache.lookup(target, settingsOf(target.file), maxBytes);
      if (kept) outcomes[i] = { kind: 'checked', check: kept };
      else todo.push(i);
      if (Date.now() - lastTurn >= 20) {
        await turn();
        lastTurn = Date.now();
      }
    }
  }
  // Many files: every core checks its share (./parallel.ts); few files: this thread alone.
  const toCheck = todo.map((i) => targets[i]!);
  const checked = await checkFiles(toCheck, {
    maxBytes,
    workers: workerCount(toCheck.length),
    ...(rules ? { rules } : {}),
    accountsOnly: options.accountsOnly === true,
    hash: cache !== undefined,
  });
  checked.forEach((outcome, k) => {
    outcomes[todo[k]!] = outcome;
    if (cache && outcome.kind === 'checked' && outcome.hash !== undefined) {
      cache.store(toCheck[k]!, settingsOf(toCheck[k]!.file), outcome.hash, outcome.check);
    }
  });
  // Saved before the run-wide checks, which mark maps (duplicate ids) that the next run must
  // see as they came out of their own file.
  const unsaved = cache?.save();
  if (unsaved)
    note(
      ctx,
      `acctmap: could not save the cache (${unsaved}); the next run checks every file again`,
    );
  const checks: CheckedFile<PortfolioMap>[] = [];
  const unreadable: Diagnostic[] = [];
  outcomes.forEach((outcome, i) => {
    if (outcome.kind === 'checked') checks.push(outcome.check);
    else if (outcome.fatal) fatal.push(outcome.problem);
    else unreadable.push(fileDiagnostic(targets[i]!.file, 'yaml', outcome.problem));
  });
  // The portfolio rules see every map at once, so they run in one piece: a signal that arrives
  // during them is handled right after.
  await turn();
  const result = finishCheck(checks, runner ? { rules: runner } : {});
  if (unreadable.length) {
    for (const d of unreadable) result.files.push({ file: d.file, maps: [] });
    result.files.sort((a, b) => (a.file < b.file ? -1 : 1));
    result.diagnostics.push(...unreadable);
    result.diagnostics.sort(compareDiagnostics);
  }
  // A file named by hand that is not YAML at all (README.md, a PNG) is a mistake in the
  // command, not a finding in a map.
  for (const file of named) {
    const syntax = result.diagnostics.find((d) => d.file === file && d.rule === 'yaml');
    if (syntax)
      fatal.push(
        `${file} is not a YAML account map (${syntax.message.replace(/^YAML syntax error: /, '')} at line ${syntax.line})`,
      );
  }
  return { result, fatal };
}

/** The maps score, diagram and report can use; the others are named on stderr. */
export function usableMaps(run: Run, warn: (line: string) => void): LoadedMap[] {
  const errors = run.result.diagnostics.filter(
    (d) => d.severity === 'error' && isBuiltInCheck(d.rule),
  );
  const broken = new Set(errors.map((d) => d.file));
  for (const file of broken) {
    const first = errors.find((d) => d.file === file)!;
    const n = errors.filter((d) => d.file === file).length;
    warn(
      `acctmap: skipping maps in ${file} with errors (${n}; first at ${first.line}:${first.column}: ${first.message}); run \`acctmap validate ${file}\` for all of them`,
    );
  }
  return run.result.maps.filter(
    (m) => m.valid && !errors.some((d) => d.file === m.file && d.account === m.map.account.id),
  );
}
