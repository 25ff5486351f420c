/**
 * This repository as users get it: a fresh git repository made from the working tree, and the
 * environment of a machine without the development tools.
 */
import { execFileSync, type SpawnSyncReturns, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { ROOT, tempDir } from './cli.js';

/**
 * The environment of a fresh machine: no npm lifecycle variables from the `npm test` that runs
 * us (they would leak `npm_config_*` settings into the npm we start) and no node_modules/.bin on
 * PATH, so that no `tsc` can be found.
 */
export function freshEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (/^npm_/i.test(k) || k === 'INIT_CWD' || k === 'NODE' || k.startsWith('VITEST')) continue;
    env[k] = v;
  }
  env.PATH = (process.env.PATH ?? '')
    .split(path.delimiter)
    .filter((dir) => !dir.split(path.sep).includes('node_modules'))
    .join(path.delimiter);
  env.NO_COLOR = '1';
  delete env.FORCE_COLOR;
  delete env.GITHUB_ACTIONS;
  return { ...env, ...extra };
}

export function run(
  command: string,
  args: string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv; timeout?: number },
): SpawnSyncReturns<string> {
  return spawnSync(command, args, {
    cwd: options.cwd,
    env: options.env ?? freshEnv(),
    encoding: 'utf8',
    timeout: options.timeout ?? 300_000,
  });
}

export function show(r: SpawnSyncReturns<string>): string {
  return `exit ${r.status}\n${r.stdout}\n${r.stderr}`;
}

const GIT_USER = ['-c', 'user.name=acctmap test', '-c', 'user.email=test@example.com'];

/** This working tree as it would be committed: a new repository with one commit. */
export function snapshot(): { dir: string; sha: string } {
  const dir = path.join(tempDir(), 'acctmap');
  mkdirSync(dir);
  const files = execFileSync(
    'git',
    ['ls-files', '-z', '--cached', '--others', '--exclude-standard'],
    {
      cwd: ROOT,
      encoding: 'utf8',
    },
  )
    .split('\0')
    .filter(Boolean);
  for (const file of files) {
    try {
      cpSync(path.join(ROOT, file), path.join(dir, file), { recursive: true });
    } catch (error) {
      // Deleted in the working tree but not yet in the index: not part of the next commit.
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  return { dir, sha: commitAll(dir) };
}

/** `git init` in `dir` (unless it is a repository already) and commit everything; the commit id. */
function commitAll(dir: string): string {
  execFileSync('git', ['init', '-q', '-b', 'main'], { cwd: dir });
  execFileSync('git', ['add', '-A'], { cwd: dir });
  execFileSync('git', [...GIT_USER, 'commit', '-q', '-m', 'files'], { cwd: dir });
  return execFileSync('git', ['rev-parse', 'HEAD'], { cwd: dir, encoding: 'utf8' }).trim();
}

/**
 * A user's repository of maps, committed: two valid examples under accounts/ (kystlaks and
 * lumi-skin) and the files given (path → text).
 */
export function mapsRepository(files: Record<string, string> = {}): string {
  const dir = tempDir();
  mkdirSync(path.join(dir, 'accounts'));
  for (const name of ['kystlaks', 'lumi-skin']) {
    cpSync(
      path.join(ROOT, 'examples', `${name}.acctmap.yaml`),
      path.join(dir, 'accounts', `${name}.acctmap.yaml`),
    );
  }
  for (const [file, text] of Object.entries(files)) writeFileSync(path.join(dir, file), text);
  commitAll(dir);
  return dir;
}
