/**
 * `validate --cache` must never give a stale answer. Each test checks that the cache is really
 * used (a result marked in the cache file shows up in the output), then changes one thing the
 * results depend on (the file, the config, the date, a `--rule`, acctmap's version, the other
 * maps of a portfolio) and expects exactly the output of a run without any cache. A cache that
 * is damaged is ignored, never an error.
 *
 * The cache has two layers (src/cli/cache.ts): the last run's whole answer, given again when
 * the same command meets nothing changed (src/cli/replay.ts), and each file's result. The first
 * describe tests the files' results, with the last run taken out of the cache file so that they
 * answer; the second tests the last run's answer the same way, by marking it.
 */
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
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

type Entries = Record<
  string,
  {
    file: string;
    hash: string;
    stat?: string;
    check: { diagnostics: Array<{ message: string }> };
  }
>;

type LastRun = {
  key: string;
  files: Array<{ path: string; hash: string; stat?: string }>;
  outputs: Array<{ output?: string; bytes: number }>;
  stderr: string;
  exit: number;
};

/**
 * The cache file: its first line (kind, run key, last run), the last run's outputs as written
 * (`outputs`, their lengths in the first line), then the files' results.
 */
type Stored = {
  header: { kind: string; format: number; run: string; last?: LastRun; outputBytes: number };
  outputs: string[];
  entries: Entries;
};

function readCache(file: string): Stored {
  const bytes = readFileSync(file);
  const end = bytes.indexOf(10);
  expect(end).toBeGreaterThan(0);
  const header = JSON.parse(bytes.toString('utf8', 0, end)) as Stored['header'];
  let at = end + 1;
  const outputs = (header.last?.outputs ?? []).map((o) => {
    at += o.bytes;
    return bytes.toString('utf8', at - o.bytes, at);
  });
  expect(at).toBe(end + 1 + header.outputBytes);
  return { header, outputs, entries: JSON.parse(bytes.toString('utf8', at)) as Entries };
}

/** The text of a cache file holding `stored` (the outputs' lengths counted again). */
function cacheText({ header, outputs, entries }: Stored): string {
  const lengths = outputs.map((o) => Buffer.byteLength(o));
  if (header.last) header.last.outputs.forEach((o, i) => (o.bytes = lengths[i]!));
  header.outputBytes = lengths.reduce((a, b) => a + b, 0);
  return `${JSON.stringify(header)}\n${outputs.join('')}${JSON.stringify(entries)}`;
}

function writeCache(file: string, stored: Stored): void {
  writeFileSync(file, cacheText(stored));
}

/**
 * Files changed within two seconds of being read are never known by their stat alone (see
 * `statFingerprint`): waiting that long is the only honest way to reach the stat shortcut.
 */
function letTheClockMoveOn(): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 2100);
}

/**
 * Marks every kept finding (optionally only those of `only`), so that a cached answer shows, and
 * takes the last run out: the files' results answer only what it does not.
 */
function mark(cacheFile: string, only?: string): void {
  const stored = readCache(cacheFile);
  for (const entry of Object.values(stored.entries)) {
    if (only && entry.file !== only) continue;
    for (const d of entry.check.diagnostics) d.message += MARK;
  }
  delete stored.header.last;
  stored.outputs = [];
  writeCache(cacheFile, stored);
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
    const stored = readCache(file);
    const [version, ...rest] = JSON.parse(stored.header.run) as [string, ...unknown[]];
    expect(version).toMatch(/^\d+\.\d+\.\d+/);
    stored.header.run = JSON.stringify([`${version}-older`, ...rest]);
    // The last run's answer (kept by the run before the marked one) names the version too.
    const last = stored.header.last!;
    const [lastVersion, ...lastRest] = JSON.parse(last.key) as [string, ...unknown[]];
    expect(lastVersion).toBe(version);
    last.key = JSON.stringify([`${version}-older`, ...lastRest]);
    writeCache(file, stored);
    const cached = validate(dir, ['--cache']);
    expect(cached.stdout).toBe(validate(dir).stdout);
    // ... and replaces it with one of its own.
    expect(readCache(file).header.run).not.toContain('-older');
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
    const good = readCache(file);
    const firstEntry = Object.keys(good.entries)[0]!;
    const whole = cacheText(good);
    const header = whole.slice(0, whole.indexOf('\n'));
    const { last: _last, ...noLast } = good.header;
    const without = (entries: unknown) =>
      `${JSON.stringify({ ...noLast, outputBytes: 0 })}\n${JSON.stringify(entries)}`;
    const damaged = [
      'not json at all {',
      whole.slice(0, 500),
      whole.slice(0, whole.length - 500),
      '\u0000\u0001\u0002',
      '[]',
      `${header}\n`,
      `${header}\n[]`,
      JSON.stringify(good.entries),
      without({ [firstEntry]: { file: 1 } }),
      without({ [firstEntry]: { ...good.entries[firstEntry], check: { summary: null } } }),
      // More bytes of outputs than there are.
      `${JSON.stringify({ ...good.header, outputBytes: whole.length * 2 })}\n${whole.slice(header.length + 1)}`,
      // A last run that is not one: an output of no length that can be.
      `${JSON.stringify({ ...good.header, last: { ...good.header.last, outputs: [{ bytes: -1 }] } })}\n${whole.slice(header.length + 1)}`,
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
    const stored = readCache(file);
    const entries = Object.values(stored.entries);
    expect(entries.length).toBeGreaterThan(3);
    expect(entries.every((e) => typeof e.stat === 'string')).toBe(true);
    // A hash that no longer fits: only a lookup by stat can still answer from the cache.
    for (const e of entries) e.hash = 'not-the-hash';
    // Without the last run's answer, which would answer for the same bytes however touched.
    delete stored.header.last;
    stored.outputs = [];
    writeCache(file, stored);
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

const GIVEN_AGAIN = '[given again]\n';

/**
 * Runs a command twice with the cache, marks the answer the second run kept, and checks that the
 * third run gives that answer (its outputs, stderr and exit code) instead of checking.
 */
function replayedAndMarked(
  dir: string,
  args: string[],
  env: Record<string, string | undefined> = {},
): { file: string; fresh: ReturnType<typeof acctmap> } {
  const fresh = acctmap(args, { cwd: dir, env });
  const cached = [...args, '--cache'];
  const first = acctmap(cached, { cwd: dir, env });
  expect(first.stdout).toBe(fresh.stdout);
  const file = path.join(dir, DEFAULT_CACHE);
  const stored = readCache(file);
  expect(stored.header.last).toBeDefined();
  stored.outputs = stored.outputs.map((o) => o + GIVEN_AGAIN);
  stored.header.last!.stderr += GIVEN_AGAIN;
  writeCache(file, stored);
  const again = acctmap(cached, { cwd: dir, env });
  expect(again.stdout).toBe(fresh.stdout + (fresh.stdout ? GIVEN_AGAIN : ''));
  expect(again.stderr).toBe(fresh.stderr + GIVEN_AGAIN);
  expect(again.code).toBe(fresh.code);
  return { file, fresh };
}

/** The same command runs again in full: the answer is a fresh run's, not the marked one. */
function notGivenAgain(
  dir: string,
  args: string[],
  env: Record<string, string | undefined> = {},
): void {
  const fresh = acctmap(args, { cwd: dir, env });
  const cached = acctmap([...args, '--cache'], { cwd: dir, env });
  expect(cached.stdout).not.toContain(GIVEN_AGAIN);
  expect(cached.stderr).not.toContain(GIVEN_AGAIN);
  expect(cached.stdout).toBe(fresh.stdout);
  expect(cached.stderr).toBe(fresh.stderr);
  expect(cached.code).toBe(fresh.code);
}

const JSON_RUN = ['validate', '.', '--format', 'json', '--as-of', AS_OF];

describe('validate --cache: the same command again, nothing changed', { timeout: 300_000 }, () => {
  it('gives the last answer again: stdout, -o files, stderr and the exit code', () => {
    const dir = workspace();
    // Warnings over --max-warnings: exit 1 and a note on stderr, both given again.
    const args = [
      ...JSON_RUN,
      '--max-warnings',
      '0',
      '--format',
      'junit',
      '-o',
      '-',
      '-o',
      'out.xml',
    ];
    const { fresh } = replayedAndMarked(dir, args);
    expect(fresh.code).toBe(1);
    expect(fresh.stderr).toMatch(/more than --max-warnings 0/);
    // The -o file is written again (whole), even when it was removed meanwhile.
    const out = path.join(dir, 'out.xml');
    const written = readFileSync(out, 'utf8');
    expect(written.endsWith(GIVEN_AGAIN)).toBe(true);
    writeFileSync(out, 'something else');
    acctmap([...args, '--cache'], { cwd: dir });
    expect(readFileSync(out, 'utf8')).toBe(written);
  });

  it('runs again when a map changes, even to the same size with its old times put back', () => {
    const dir = workspace();
    const at = path.join(dir, 'kystlaks.acctmap.yaml');
    const old = Math.floor(Date.now() / 1000) - 3600;
    utimesSync(at, old, old);
    letTheClockMoveOn();
    replayedAndMarked(dir, JSON_RUN);
    const text = readFileSync(at, 'utf8');
    writeFileSync(at, text.replace(/^( {2}id: )kystlaks$/m, '$1kystlakz'));
    utimesSync(at, old, old);
    notGivenAgain(dir, JSON_RUN);
    expect(acctmap(JSON_RUN, { cwd: dir }).stdout).toContain('kystlakz');
  });

  it('runs again when a map is added or removed', () => {
    const dir = workspace();
    replayedAndMarked(dir, JSON_RUN);
    cpSync(
      path.join(dir, 'kystlaks.acctmap.yaml'),
      path.join(dir, 'portfolio', 'copy.acctmap.yaml'),
    );
    notGivenAgain(dir, JSON_RUN);
    replayedAndMarked(dir, JSON_RUN);
    rmSync(path.join(dir, 'portfolio', 'copy.acctmap.yaml'));
    notGivenAgain(dir, JSON_RUN);
  });

  it('runs again when the config changes, appears or goes', () => {
    const dir = workspace();
    const config = path.join(dir, 'acctmap.config.yaml');
    const text = readFileSync(config, 'utf8');
    replayedAndMarked(dir, JSON_RUN);
    writeFileSync(config, `${text}\n# a comment only: the same settings, other bytes\n`);
    notGivenAgain(dir, JSON_RUN);
    replayedAndMarked(dir, JSON_RUN);
    rmSync(config);
    notGivenAgain(dir, JSON_RUN);
    replayedAndMarked(dir, JSON_RUN);
    writeFileSync(config, text);
    notGivenAgain(dir, JSON_RUN);
  });

  it('runs again when git ignores a map it did not ignore', () => {
    const dir = workspace();
    expect(spawnSync('git', ['init', '-q'], { cwd: dir }).status).toBe(0);
    replayedAndMarked(dir, JSON_RUN);
    writeFileSync(path.join(dir, '.gitignore'), 'kystlaks.acctmap.yaml\n');
    notGivenAgain(dir, JSON_RUN);
    expect(acctmap(JSON_RUN, { cwd: dir }).stdout).not.toContain('kystlaks.acctmap.yaml');
  });

  it('runs again for other options, another colour, format or locale setting, another day', () => {
    const dir = workspace();
    replayedAndMarked(dir, JSON_RUN);
    notGivenAgain(dir, [...JSON_RUN, '--quiet']);
    notGivenAgain(dir, [
      'validate',
      'kystlaks.acctmap.yaml',
      '.',
      '--format',
      'json',
      '--as-of',
      AS_OF,
    ]);
    const stylish = ['validate', '.', '--as-of', AS_OF];
    replayedAndMarked(dir, stylish);
    notGivenAgain(dir, stylish, { NO_COLOR: undefined, FORCE_COLOR: '1' });
    replayedAndMarked(dir, stylish);
    notGivenAgain(dir, stylish, { GITHUB_ACTIONS: 'true' });
    replayedAndMarked(dir, stylish, { LC_ALL: 'C' });
    notGivenAgain(dir, stylish, { LC_ALL: 'nb_NO.UTF-8' });
    // Without --as-of, the date is today's where the run is: 26 hours apart, never the same day.
    const today = ['validate', '.', '--format', 'json'];
    replayedAndMarked(dir, today, { TZ: 'Etc/GMT+12' });
    notGivenAgain(dir, today, { TZ: 'Etc/GMT-14' });
  });

  it('keeps no answer for SARIF, a map from stdin, or a file it could not read', () => {
    const dir = workspace();
    const file = path.join(dir, DEFAULT_CACHE);
    acctmap(['validate', '.', '--format', 'sarif', '--as-of', AS_OF, '--cache'], { cwd: dir });
    expect(readCache(file).header.last).toBeUndefined();
    const map = readFileSync(path.join(dir, 'kystlaks.acctmap.yaml'), 'utf8');
    acctmap(['validate', '-', '--as-of', AS_OF, '--cache'], { cwd: dir, input: map });
    expect(readCache(file).header.last).toBeUndefined();
    writeFileSync(path.join(dir, 'binary.acctmap.yaml'), Buffer.from([0x61, 0xc3, 0x28, 0x0a]));
    const unreadable = acctmap([...JSON_RUN, '--cache'], { cwd: dir });
    expect(unreadable.stdout).toContain('binary.acctmap.yaml');
    expect(readCache(file).header.last).toBeUndefined();
    // The control: the same run without that file keeps one.
    rmSync(path.join(dir, 'binary.acctmap.yaml'));
    acctmap([...JSON_RUN, '--cache'], { cwd: dir });
    expect(readCache(file).header.last).toBeDefined();
  });
});
