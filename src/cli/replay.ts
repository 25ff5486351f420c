/**
 * `validate --cache`: the same command again, with nothing it read changed, gives the last
 * answer again without checking anything. It is the step before the cached files' results
 * (./cache.ts): those still load the command line's parser and the checking code, read the
 * results of every file and run the portfolio rules; this runs before any of that loads
 * (./run.ts), and takes a sixth of a full run's time on the bench's 1,000 maps.
 *
 * A kept answer (`LastRun`) is given again only when all of these are as they were:
 *
 * - the command line, word for word (the same words parse to the same options: commander
 *   reads no environment for acctmap), the folder it runs in, acctmap's version, the `--as-of`
 *   date (today's, when the command gives none);
 * - what decides the output beyond the command line: colour on stdout and stderr (a terminal or
 *   not, NO_COLOR, FORCE_COLOR, NODE_DISABLE_COLORS, TERM), GITHUB_ACTIONS (the default format),
 *   whether GITHUB_STEP_SUMMARY is set, and the locale (LC_ALL, LC_COLLATE, LANG: names people
 *   read are sorted in it);
 * - the config: the same file found (or none), with the same bytes;
 * - the files: the file search, run again in full (git's ignores included), finds the same
 *   files, and each holds the bytes it held (by its stat fingerprint, else by reading it for
 *   the hash: ./cache.ts `unchanged`).
 *
 * A run whose answer could not be given again the same way keeps none (`replayable`, and
 * ./actions/validate.ts): a map from stdin, SARIF (whose locations depend on where git
 * repositories are), the GitHub step summary (appended to, not written), a file that could not
 * be read.
 */
import * as fs from 'node:fs';
import { type FileFacts, type LastRun, readLastRun, unchanged } from './cache.js';
import { cacheFile } from './cache-location.js';
import { useColor } from './color.js';
import type { ValidateOptions } from './commands/validate.js';
import { configPath } from './config-file.js';
import { discover } from './discover.js';
import { contentHash } from './fingerprint.js';
import { writeOutput } from './io.js';
import { outputTarget } from './output.js';
import { today } from './today.js';
import { version } from './version.js';

/** What a run's answer depends on besides its command line, config and files. */
export interface Surroundings {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: { isTTY?: boolean };
  stderr: { isTTY?: boolean };
}

/** Where this process runs. */
export function here(): Surroundings {
  return { cwd: process.cwd(), env: process.env, stdout: process.stdout, stderr: process.stderr };
}

/**
 * What replaying needs of the options the command line parsed to: kept with the answer, and
 * used only when the command line is the same word for word.
 */
export type ParsedCommand = LastRun['parsed'];

/** Whether a command's answer could be given again at all (before anything is read). */
export function replayable(paths: readonly string[], options: ValidateOptions): boolean {
  return (
    options.cache === true &&
    options.printConfig === undefined &&
    options.stdinFilename === undefined &&
    !paths.includes('-')
  );
}

/** What replaying needs of a `validate` command's paths and options. */
export function parsedCommand(paths: readonly string[], options: ValidateOptions): ParsedCommand {
  return {
    paths: [...paths],
    ...(options.config !== undefined ? { config: options.config } : {}),
    ...(options.asOf !== undefined ? { asOf: options.asOf } : {}),
    ...(options.color !== undefined ? { color: options.color } : {}),
    ignorePattern: [...(options.ignorePattern ?? [])],
    gitignore: options.gitignore !== false,
  };
}

/** The key of a run's answer: everything besides its config and files that it depends on. */
export function replayKey(
  argv: readonly string[],
  parsed: ParsedCommand,
  at: Surroundings,
): string {
  const { env } = at;
  return JSON.stringify([
    version(),
    at.cwd,
    argv,
    parsed.asOf ?? today(),
    useColor(at.stdout, parsed.color, env),
    useColor(at.stderr, parsed.color, env),
    env.GITHUB_ACTIONS === 'true',
    Boolean(env.GITHUB_STEP_SUMMARY),
    [env.LC_ALL, env.LC_COLLATE, env.LANG],
  ]);
}

/**
 * The cache file a `validate --cache` command line names, found without the command line's
 * parser. A command line this reads otherwise than the parser does cannot give a wrong answer:
 * an answer is given only to the command line it was kept for, word for word, which the parser
 * read the same way when it kept it there.
 */
function cacheFileOf(argv: readonly string[], cwd: string): string | undefined {
  if (argv[0] !== 'validate' || !argv.includes('--cache')) return undefined;
  let location: string | undefined;
  for (let i = 1; i < argv.length; i++) {
    const word = argv[i]!;
    if (word === '--') break;
    if (word === '--cache-location') location = argv[++i];
    else if (word.startsWith('--cache-location=')) location = word.slice(17);
  }
  return cacheFile(location, cwd);
}

/**
 * Gives the kept answer to `argv` (the words after `acctmap`) when it still holds: writes its
 * outputs (files first, the terminal last, as `validate` does) and its stderr, and returns its
 * exit code. Undefined: there is none, or something it depends on changed; the command then
 * runs the whole way.
 */
export function replay(argv: readonly string[], at: Surroundings = here()): number | undefined {
  const file = cacheFileOf(argv, at.cwd);
  const last = file === undefined ? undefined : readLastRun(file);
  if (last === undefined || last.key !== replayKey(argv, last.parsed, at)) return undefined;
  if (!sameConfig(last, at.cwd) || !sameFiles(last, at.cwd)) return undefined;
  // The -o paths pass the checks a full run makes first; if one no longer does, or one cannot
  // be written, the full run says why.
  try {
    for (const o of last.outputs)
      outputTarget(o.output, at.cwd, { command: 'acctmap validate', example: 'findings.txt' });
    for (const o of last.outputs) if (o.output !== undefined) writeOutput(o.output, o.content);
  } catch {
    return undefined;
  }
  for (const o of last.outputs) if (o.output === undefined) writeOutput(undefined, o.content);
  if (last.stderr) process.stderr.write(last.stderr);
  return last.exit;
}

function sameConfig(last: LastRun, cwd: string): boolean {
  const file = configPath(last.parsed.config, cwd);
  if (file === undefined || last.config === null) return file === undefined && last.config === null;
  if (file !== last.config.file) return false;
  try {
    return contentHash(fs.readFileSync(file)) === last.config.hash;
  } catch {
    return false;
  }
}

/** The file search finds what it found, and every file holds the bytes it held. */
function sameFiles(last: LastRun, cwd: string): boolean {
  const { paths, ignorePattern, gitignore } = last.parsed;
  const found = discover(paths.length ? paths : ['.'], {
    cwd,
    ignore: last.ignore,
    ignoreBase: last.ignoreBase,
    ignorePatterns: ignorePattern,
    gitignore,
  });
  if (found.problems.length || found.unreadable.length) return false;
  if (found.files.length !== last.files.length) return false;
  return found.files.every((f, i) => {
    const kept = last.files[i]!;
    if (f.path !== kept.path || f.named !== kept.named) return false;
    const facts: FileFacts = kept.stat === undefined ? { hash: kept.hash } : kept;
    return unchanged(f.path, facts, last.maxBytes).same;
  });
}
