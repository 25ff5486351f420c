/**
 * `acctmap validate` runs from a CommonJS bundle compiled with V8's code cache
 * (src/cli/code-cache.ts): the same answers as the ES modules every other command runs from, a cache made once and then used (not refused and made again), and a cache that is
 * damaged or cannot be written costs nothing but speed.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { acctmap, EXAMPLES, ROOT, tempDir } from './helpers/cli.js';

const ARGS = ['validate', EXAMPLES, '--format', 'json', '--as-of', '2026-11-23'];

function cacheFiles(home: string): string[] {
  try {
    return readdirSync(path.join(home, 'acctmap')).filter((f) => /^v8-.*\.bin$/.test(f));
  } catch {
    return [];
  }
}

describe('validate with V8’s code cache', { timeout: 120_000 }, () => {
  it('gives what the ES modules give', () => {
    const home = tempDir();
    const esm = spawnSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `process.argv.splice(1, 0, 'acctmap'); const { main } = await import(${JSON.stringify(path.join(ROOT, 'dist/cli/main.js'))}); process.exitCode = await main(process.argv);`,
        ...ARGS,
      ],
      { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } },
    );
    const cjs = acctmap(ARGS, { env: { XDG_CACHE_HOME: home } });
    expect(esm.stderr).toBe('');
    expect(cjs.stdout).toBe(esm.stdout);
    expect(cjs.code).toBe(esm.status);
    expect(JSON.parse(cjs.stdout).summary.files).toBeGreaterThan(3);
  });

  it('makes the cache once, then uses it', () => {
    const home = tempDir();
    const first = acctmap(ARGS, { env: { XDG_CACHE_HOME: home } });
    const [file, ...more] = cacheFiles(home);
    expect(file).toBeDefined();
    expect(more).toEqual([]);
    const at = path.join(home, 'acctmap', file!);
    const made = statSync(at);
    expect(made.size).toBeGreaterThan(10_000);
    const second = acctmap(ARGS, { env: { XDG_CACHE_HOME: home } });
    expect(second).toEqual(first);
    // Refused by V8, it would have been made again: a new file in its place.
    const after = statSync(at);
    expect([after.ino, after.mtimeMs]).toEqual([made.ino, made.mtimeMs]);
  });

  it('runs the same with a damaged cache, and makes it again', () => {
    const home = tempDir();
    const first = acctmap(ARGS, { env: { XDG_CACHE_HOME: home } });
    const at = path.join(home, 'acctmap', cacheFiles(home)[0]!);
    const size = statSync(at).size;
    writeFileSync(at, Buffer.alloc(size, 7));
    expect(acctmap(ARGS, { env: { XDG_CACHE_HOME: home } })).toEqual(first);
    expect(readFileSync(at).equals(Buffer.alloc(size, 7))).toBe(false);
    writeFileSync(at, 'short');
    expect(acctmap(ARGS, { env: { XDG_CACHE_HOME: home } })).toEqual(first);
  });

  it('runs the same where no cache can be written, and says nothing', () => {
    const dir = tempDir();
    const blocked = path.join(dir, 'a-file');
    writeFileSync(blocked, '');
    const fresh = acctmap(ARGS, { env: { XDG_CACHE_HOME: tempDir() } });
    const run = acctmap(ARGS, { env: { XDG_CACHE_HOME: blocked } });
    expect(run).toEqual(fresh);
    expect(run.stderr).toBe('');
  });

  it('keeps the caches of four bundles at most', () => {
    const home = tempDir();
    const dir = path.join(home, 'acctmap');
    acctmap(ARGS, { env: { XDG_CACHE_HOME: home } });
    const [ours] = cacheFiles(home);
    for (let i = 0; i < 6; i++) writeFileSync(path.join(dir, `v8-other-build-${i}.bin`), 'x');
    // Only a run that makes its cache tidies: take ours away.
    spawnSync('rm', [path.join(dir, ours!)]);
    acctmap(ARGS, { env: { XDG_CACHE_HOME: home } });
    const left = cacheFiles(home);
    expect(left).toHaveLength(4);
    expect(left).toContain(ours);
  });
});
