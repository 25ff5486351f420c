/**
 * The cap on V8's young generation (src/cli/young-generation.ts), in real V8: a process that
 * makes garbage with survivors (so that V8 grows its young generation) stays at the cap while
 * the cap is kept, grows again once it is released, and is left alone when the user tuned the
 * young generation themselves. Without the cap the same process grows past it, which is what
 * makes the first assertion able to fail. And `validate` keeps the cap only when it checks
 * alone (the V8 flag it sets is the whole process's), `diff` while it checks both sides.
 *
 * The cap is only kept on the V8 it was measured on (`measuredOn`); on another, the tests that
 * expect it are skipped, and the one that expects nothing still runs.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  measuredOn,
  userSetsYoungGeneration,
  YOUNG_CAP_BYTES,
} from '../src/cli/young-generation.js';
import { acctmap, EXAMPLES, tempDir } from './helpers/cli.js';

const MODULE = pathToFileURL(path.resolve('dist/cli/young-generation.js')).href;

/** The largest young generation seen while capped (if `CAP`), and after the release. */
const SCRIPT = `
import { getHeapSpaceStatistics } from 'node:v8';
import { capYoungGeneration } from ${JSON.stringify(MODULE)};
const youngGenerationBytes = () =>
  getHeapSpaceStatistics().find((s) => s.space_name === 'new_space').space_size;
const cap = process.env.CAP === '1' ? capYoungGeneration() : undefined;
const kept = [];
let most = 0;
const churn = (rounds, keep) => {
  for (let i = 0; i < rounds; i++) {
    keep?.();
    const batch = [];
    for (let j = 0; j < 5000; j++) batch.push({ i, j, s: 'x' + j });
    kept.push(batch);
    if (kept.length > 40) kept.shift();
    most = Math.max(most, youngGenerationBytes());
  }
};
churn(300, cap?.keep);
const during = most;
cap?.release();
churn(300);
console.log(JSON.stringify({ during, after: most }));
`;

function young(env: NodeJS.ProcessEnv): { during: number; after: number } {
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', SCRIPT], {
    env: { ...process.env, NODE_OPTIONS: '', ...env },
    encoding: 'utf8',
  });
  expect(r.stderr).toBe('');
  return JSON.parse(r.stdout) as { during: number; after: number };
}

describe('the young generation while one thread checks', () => {
  it('grows past the cap when nothing holds it (what the cap is for)', () => {
    expect(young({ CAP: '0' }).during).toBeGreaterThan(YOUNG_CAP_BYTES);
  });

  it.skipIf(!measuredOn())(
    'stays at the cap while it is kept, and grows again once released',
    () => {
      const { during, after } = young({ CAP: '1' });
      expect(during).toBe(YOUNG_CAP_BYTES);
      expect(after).toBeGreaterThan(YOUNG_CAP_BYTES);
    },
  );

  it('is left as the user set it', () => {
    const { during } = young({ CAP: '1', NODE_OPTIONS: '--max-semi-space-size=32' });
    expect(during).toBeGreaterThan(YOUNG_CAP_BYTES);
  });

  it.each([
    ['11.3.244.8-node.38', true],
    ['12.4.254.21-node.33', false],
    ['10.2.154.26-node.36', false],
  ])('V8 %s: measured there: %s', (version, measured) => {
    expect(measuredOn(version)).toBe(measured);
  });

  it.each([
    [[], undefined, false],
    [['--max-semi-space-size=4'], undefined, true],
    [['--min_semi_space_size=2'], undefined, true],
    [['--semi-space-growth-factor=3'], undefined, true],
    [[], '--max-semi-space-size=64 --enable-source-maps', true],
    [['--max-old-space-size=4096'], '--enable-source-maps', false],
  ])('execArgv %j, NODE_OPTIONS %j: tuned by the user: %s', (execArgv, nodeOptions, tuned) => {
    expect(userSetsYoungGeneration(execArgv, nodeOptions)).toBe(tuned);
  });
});

describe('validate, diff and the young generation', () => {
  /** 240 copies of an example (enough for V8 to grow its young generation to the cap). */
  const dir = tempDir();
  const text = readFileSync(path.join(EXAMPLES, 'kystlaks.acctmap.yaml'), 'utf8');
  for (let i = 0; i < 240; i++) {
    const copy = text.replace(/^( {2}id: )([a-z0-9-]+)$/m, `$1$2-${i}`);
    writeFileSync(path.join(dir, `m${i}.acctmap.yaml`), copy);
  }
  /** Loaded before acctmap: writes every V8 flag acctmap sets, at exit. */
  const probe = path.join(dir, 'probe.cjs');
  writeFileSync(
    probe,
    `const v8 = require('node:v8'); const set = v8.setFlagsFromString; const flags = [];
v8.setFlagsFromString = (f) => { flags.push(f); return set(f); };
process.on('exit', () => require('node:fs').writeFileSync(process.env.FLAGS_OUT, JSON.stringify(flags)));`,
  );
  const flagsSet = (args: string[], env: Record<string, string> = {}): string[] => {
    const out = path.join(dir, 'flags.json');
    const r = acctmap(args, {
      cwd: dir,
      env: { ...env, NODE_OPTIONS: `--require ${probe}`, FLAGS_OUT: out },
    });
    expect(r.stderr).toBe('');
    return JSON.parse(readFileSync(out, 'utf8')) as string[];
  };
  const validate = (workers: string) =>
    flagsSet(['validate', '--format', 'json', '--no-rules', '.'], { ACCTMAP_WORKERS: workers });

  it.skipIf(!measuredOn())(
    'validate caps it while checking alone, and lets it grow again after',
    () => {
      expect(validate('0')).toEqual([
        '--semi-space-growth-factor=1',
        '--semi-space-growth-factor=2',
      ]);
    },
  );

  it('validate leaves it alone when a check worker helps', () => {
    expect(validate('1')).toEqual([]);
  });

  it.skipIf(!measuredOn())(
    'diff caps it while it checks both sides, and lets it grow again after',
    () => {
      const git = (...args: string[]) =>
        execFileSync('git', args, {
          cwd: dir,
          env: {
            ...process.env,
            GIT_AUTHOR_NAME: 'a',
            GIT_AUTHOR_EMAIL: 'a@b',
            GIT_COMMITTER_NAME: 'a',
            GIT_COMMITTER_EMAIL: 'a@b',
          },
        });
      git('init', '-q');
      git('add', '-A');
      git('commit', '-qm', 'the maps');
      expect(flagsSet(['diff', '--format', 'json'])).toEqual([
        '--semi-space-growth-factor=1',
        '--semi-space-growth-factor=2',
      ]);
    },
  );
});
