/**
 * `validate --cache` must never give a stale answer. Each test checks that the cache is really
 * used (a result marked in the cache file shows up in the output), then changes one thing the
 * results depend on (the file, the config, the date, a `--rule`, acctmap's version, the other
 * maps of a portfolio) and expects exactly the output of a run without any cache. A cache that
 * is damaged is ignored, never an error.
 */
import { cpSync, existsSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { acctmap, EXAMPLES, tempDir } from './helpers/cli.js';

const AS_OF = '2026-11-23';
const MARK = ' [from the cache]';
const DEFAULT_CACHE = path.join('node_modules', '.cache', 'acctmap', 'validate.json');

/** The examples, in a fresh folder of their own. */
function workspace(): string {
  const dir = tempDir();
  cpSync(EXAMPLES, dir, { recursive: true, filter: (f) => !f.endsWith('.md') });
  return dir;
}

function validate(dir: string, extra: string[] = [], asOf = AS_OF) {
  return acctmap(['validate', '.', '--format', 'json', '--as-of', asOf, ...extra], { cwd: dir });
}

type Stored = {
  run: string;
  entries: Record<
    string,
    {
      file: string;
      hash: string;
      stat?: string;
      check: { diagnostics: Array<{ message: string }> };
    }
  >;
};

/**
 * Files changed within two seconds of being read are never known by their stat alone (see
 * `statFingerprint`): waiting that long is the only honest way to reach the stat shortcut.
 */
function letTheClockMoveOn(): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 2100);
}

/** Marks every kept finding (optionally only those of `only`), so that a cached answer shows. */
function mark(cacheFile: string, only?: string): void {
  const stored = JSON.parse(readFileSync(cacheFile, 'utf8')) as Stored;
  for (const entry of Object.values(stored.entries)) {
    if (only && entry.file !== only) continue;
    for (const d of entry.check.diagnostics) d.message += MARK;
  }
  writeFileSync(cacheFile, JSON.stringify(stored));
}

/** Runs with the cache, marks it, and checks that the next run answers from it. */
function cachedAndMarked(dir: string, extra: string[] = []): string {
  const fresh = validate(dir, extra);
  const first = validate(dir, ['--cache', ...extra]);
  expect(first.stdout).toBe(fresh.stdout);
  expect(first.code).toBe(fresh.code);
  const file = path.join(dir, DEFAULT_CACHE);
  expect(existsSync(file)).toBe(true);
  mark(file);
  const again = validate(dir, ['--cache', ...extra]);
  expect(again.stdout).toContain(MARK);
  expect(again.stdout.replaceAll(MARK, '')).toBe(fresh.stdout);
  return file;
}

describe('validate --cache', { timeout: 300_000 }, () => {
  it('answers unchanged files from the cache, and checks a changed file again', () => {
    const dir = workspace();
    cachedAndMarked(dir);
    const name = 'kystlaks.acctmap.yaml';
    const text = readFileSync(path.join(dir, name), 'utf8');
    // Another account id: the file's findings (and its summary) change.
    writeFileSync(path.join(dir, name), text.replace(/^( {2}id: )kystlaks$/m, '$1kystlaks-2'));
    const fresh = validate(dir);
    const cached = validate(dir, ['--cache']);
    const report = JSON.parse(cached.stdout) as {
      diagnostics: Array<{ file: string; message: string }>;
    };
    // The changed file: checked again (no mark); the others: still from the cache.
    expect(
      report.diagnostics.filter((d) => d.file === name).some((d) => d.message.endsWith(MARK)),
    ).toBe(false);
    expect(report.diagnostics.some((d) => d.message.endsWith(MARK))).toBe(true);
    expect(cached.stdout.replaceAll(MARK, '')).toBe(fresh.stdout);
    expect(fresh.stdout).toContain('kystlaks-2');
  });

  it('checks every file again when the config changes', () => {
    const dir = workspace();
    cachedAndMarked(dir);
    writeFileSync(path.join(dir, 'acctmap.config.yaml'), 'rules:\n  stale-contact: info\n');
    const fresh = validate(dir);
    expect(validate(dir, ['--cache']).stdout).toBe(fresh.stdout);
  });

  it('checks again the files an override of the config now matches', () => {
    const dir = workspace();
    cachedAndMarked(dir);
    writeFileSync(
      path.join(dir, 'acctmap.config.yaml'),
      'overrides:\n  - files: ["portfolio/**"]\n    rules:\n      stale-map: off\n',
    );
    const fresh = validate(dir);
    const cached = validate(dir, ['--cache']);
    expect(cached.stdout.replaceAll(MARK, '')).toBe(fresh.stdout);
    const report = JSON.parse(cached.stdout) as {
      diagnostics: Array<{ file: string; message: string }>;
    };
    for (const d of report.diagnostics) {
      if (d.file.startsWith('portfolio/')) expect(d.message).not.toContain(MARK);
    }
  });

  it('checks every file again for another --as-of date or another --rule', () => {
    const dir = workspace();
    cachedAndMarked(dir);
    expect(validate(dir, ['--cache'], '2027-06-01').stdout).toBe(
      validate(dir, [], '2027-06-01').stdout,
    );
    cachedAndMarked(dir);
    const flag = ['--rule', 'stale-contact=off'];
    expect(validate(dir, ['--cache', ...flag]).stdout).toBe(validate(dir, flag).stdout);
    cachedAndMarked(dir);
    expect(validate(dir, ['--cache', '--no-rules']).stdout).toBe(
      validate(dir, ['--no-rules']).stdout,
    );
  });

  it('ignores a cache written by another version of acctmap', () => {
    const dir = workspace();
    const file = cachedAndMarked(dir);
    const stored = JSON.parse(readFileSync(file, 'utf8')) as Stored;
    const [version, ...rest] = JSON.parse(stored.run) as [string, ...unknown[]];
    expect(version).toMatch(/^\d+\.\d+\.\d+/);
    stored.run = JSON.stringify([`${version}-older`, ...rest]);
    writeFileSync(file, JSON.stringify(stored));
    const cached = validate(dir, ['--cache']);
    expect(cached.stdout).toBe(validate(dir).stdout);
    // ... and replaces it with one of its own.
    expect((JSON.parse(readFileSync(file, 'utf8')) as Stored).run).not.toContain('-older');
  });

  it('runs the portfolio rules again over every map, cached or not', () => {
    const dir = tempDir();
    const map = (n: number) =>
      `acctmap: 1\naccount:\n  id: key-${n}\n  name: Key ${n}\n  owner: kari\n  tier: key\n  reviewed: "2026-11-01"\n`;
    for (let n = 1; n <= 4; n++) writeFileSync(path.join(dir, `k${n}.acctmap.yaml`), map(n));
    const first = validate(dir, ['--cache']);
    expect(first.stdout).not.toContain('too-many-key-accounts');
    // A fifth key account for the same owner: every map (four of them cached) gets the finding.
    writeFileSync(path.join(dir, 'k5.acctmap.yaml'), map(5));
    const fresh = validate(dir);
    expect(fresh.stdout.match(/"too-many-key-accounts"/g)).toHaveLength(5);
    expect(validate(dir, ['--cache']).stdout).toBe(fresh.stdout);
  });

  it('keeps the cache where --cache-location says: a file, or a folder', () => {
    const dir = workspace();
    const fresh = validate(dir).stdout;
    expect(validate(dir, ['--cache', '--cache-location', 'my-cache.json']).stdout).toBe(fresh);
    expect(existsSync(path.join(dir, 'my-cache.json'))).toBe(true);
    expect(validate(dir, ['--cache', '--cache-location', 'caches/']).stdout).toBe(fresh);
    expect(existsSync(path.join(dir, 'caches', 'validate.json'))).toBe(true);
    expect(existsSync(path.join(dir, DEFAULT_CACHE))).toBe(false);
  });

  it('ignores a damaged cache, and says so only when it cannot write one', () => {
    const dir = workspace();
    const fresh = validate(dir);
    const file = path.join(dir, DEFAULT_CACHE);
    validate(dir, ['--cache']);
    const good = JSON.parse(readFileSync(file, 'utf8')) as Stored;
    const firstEntry = Object.keys(good.entries)[0]!;
    const damaged = [
      'not json at all {',
      readFileSync(file, 'utf8').slice(0, 500),
      '\u0000\u0001\u0002',
      '[]',
      JSON.stringify({ ...good, entries: { [firstEntry]: { file: 1 } } }),
      JSON.stringify({
        ...good,
        entries: { [firstEntry]: { ...good.entries[firstEntry], check: { summary: null } } },
      }),
    ];
    for (const text of damaged) {
      writeFileSync(file, text);
      const cached = validate(dir, ['--cache']);
      expect(cached.stderr).toBe('');
      expect(cached.code).toBe(fresh.code);
      expect(cached.stdout).toBe(fresh.stdout);
    }
    // A cache that cannot be written: a note, and the same answer.
    const blocked = validate(dir, ['--cache', '--cache-location', 'k/validate.json']);
    writeFileSync(path.join(dir, 'k-file'), '');
    const unwritable = validate(dir, ['--cache', '--cache-location', 'k-file/sub/validate.json']);
    expect(blocked.stderr).toBe('');
    expect(unwritable.stdout).toBe(fresh.stdout);
    expect(unwritable.code).toBe(fresh.code);
    expect(unwritable.stderr).toMatch(/could not save the cache .*k-file/);
  });

  it('knows an unchanged file by its stat, and reads one whose stat moved', () => {
    const dir = workspace();
    letTheClockMoveOn();
    const file = cachedAndMarked(dir);
    const stored = JSON.parse(readFileSync(file, 'utf8')) as Stored;
    const entries = Object.values(stored.entries);
    expect(entries.length).toBeGreaterThan(3);
    expect(entries.every((e) => typeof e.stat === 'string')).toBe(true);
    // A hash that no longer fits: only a lookup by stat can still answer from the cache.
    for (const e of entries) e.hash = 'not-the-hash';
    writeFileSync(file, JSON.stringify(stored));
    const byStat = validate(dir, ['--cache']);
    expect(byStat.stdout).toContain(MARK);
    // A touched file (same bytes, new times) is read: its hash no longer fits, so it is checked.
    const name = (JSON.parse(byStat.stdout) as { diagnostics: Array<{ file: string }> })
      .diagnostics[0]!.file;
    const now = new Date();
    utimesSync(path.join(dir, name), now, now);
    const report = JSON.parse(validate(dir, ['--cache']).stdout) as {
      diagnostics: Array<{ file: string; message: string }>;
    };
    expect(report.diagnostics.filter((d) => d.file === name).length).toBeGreaterThan(0);
    expect(
      report.diagnostics.filter((d) => d.file === name).some((d) => d.message.endsWith(MARK)),
    ).toBe(false);
  });

  it('checks again a file rewritten to the same size with its old times put back', () => {
    const dir = workspace();
    const name = 'kystlaks.acctmap.yaml';
    const at = path.join(dir, name);
    // A time in whole seconds, which utimes can put back exactly.
    const old = Math.floor(Date.now() / 1000) - 3600;
    utimesSync(at, old, old);
    letTheClockMoveOn();
    cachedAndMarked(dir);
    const before = statSync(at);
    const text = readFileSync(at, 'utf8');
    // The same length, another account id; then the old mtime back, as `touch -r` or a copy
    // that keeps times would leave it. Only the ctime (which no tool can set) tells.
    const changed = text.replace(/^( {2}id: )kystlaks$/m, '$1kystlakz');
    expect(changed).not.toBe(text);
    expect(Buffer.byteLength(changed)).toBe(before.size);
    writeFileSync(at, changed);
    utimesSync(at, old, old);
    expect(statSync(at).mtimeMs).toBe(before.mtimeMs);
    const fresh = validate(dir);
    expect(fresh.stdout).toContain('kystlakz');
    const cached = validate(dir, ['--cache']);
    expect(cached.stdout.replaceAll(MARK, '')).toBe(fresh.stdout);
    const report = JSON.parse(cached.stdout) as {
      diagnostics: Array<{ file: string; message: string }>;
    };
    expect(
      report.diagnostics.filter((d) => d.file === name).some((d) => d.message.endsWith(MARK)),
    ).toBe(false);
  });
});
