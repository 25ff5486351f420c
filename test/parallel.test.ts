/**
 * Checking with worker threads must be invisible: the same output, byte for byte, as checking in
 * the main thread alone, for every kind of file a run meets (valid maps, broken YAML, schema and
 * reference errors, several documents in a file, suppression comments, values JSON cannot
 * carry, unreadable files, account ids used twice across files, rule findings to place).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { acctmap, EXAMPLES, tempDir } from './helpers/cli.js';

const EXAMPLE_FILES = [
  'havbris-energi.acctmap.yaml',
  'kystlaks.acctmap.yaml',
  'lumi-skin.acctmap.yaml',
  'northwind-ventures.acctmap.yaml',
  'portfolio/small-accounts.acctmap.yaml',
  'portfolio/solvik-retail.acctmap.yaml',
  'portfolio/vestkyst-sparebank.acctmap.yaml',
];

/** About 60 files: enough for several batches of 16, so that every thread gets some. */
function portfolio(): string {
  const dir = tempDir();
  let n = 0;
  const add = (text: string | Uint8Array, name = `m${String(n).padStart(3, '0')}.acctmap.yaml`) => {
    writeFileSync(path.join(dir, name), text);
    n++;
  };
  for (let copy = 0; copy < 6; copy++) {
    for (const file of EXAMPLE_FILES) {
      const text = readFileSync(path.join(EXAMPLES, file), 'utf8');
      // New account ids, except in copy 0 and 1 of the first example: a duplicate across files.
      add(
        copy <= 1 && file === EXAMPLE_FILES[0]
          ? text
          : text.replace(/^( {2}id: )([a-z0-9-]+)$/m, `$1$2-copy-${copy}`),
      );
    }
    add('acctmap: 1\naccount:\n  id: [broken\n');
    add('acctmap: 1\naccount:\n  id: shape-error\n  name: 12\npeople:\n  - id: a\n    stanse: x\n');
    add(
      `acctmap: 1\naccount:\n  id: refs-${copy}\n  name: Refs\npeople:\n  - id: a\n    name: A\n    reports_to: nobody\n`,
    );
    add(
      `acctmap: 1\naccount:\n  id: nan-${copy}\n  name: NaN\nprofile:\n  ratio: .nan\n  neg: -0.0\n`,
    );
    add(
      `acctmap: 1\n# acctmap-disable-next-line stale-map -- reviewed in the quarterly meeting\naccount:\n  id: quiet-${copy}\n  name: Quiet\n`,
    );
    add(
      `# acctmap-disable-next-line stale-map -- a comment in the wrong place\nacctmap: 1\naccount:\n  id: misplaced-${copy}\n  name: Misplaced\n`,
    );
    add(
      `acctmap: 1\naccount:\n  id: two-a-${copy}\n  name: First\n---\nacctmap: 1\naccount:\n  id: two-b-${copy}\n  name: Second\n`,
    );
    add(new Uint8Array([0x61, 0x3a, 0x20, 0xff, 0xfe, 0x0a]));
  }
  return dir;
}

describe('validate with worker threads and without', () => {
  let dir: string;
  beforeAll(() => {
    dir = portfolio();
  });

  const run = (workers: string, format: string) =>
    acctmap(['validate', '.', '--format', format, '--as-of', '2026-11-23'], {
      cwd: dir,
      env: { ACCTMAP_WORKERS: workers },
    });

  for (const format of ['json', 'stylish']) {
    it(`gives the same ${format} output with 0, 1 and 3 workers`, () => {
      const alone = run('0', format);
      expect(alone.code).toBe(1);
      if (format === 'json') {
        const report = JSON.parse(alone.stdout);
        expect(report.summary.files).toBeGreaterThan(60);
        const rules = new Set(report.diagnostics.map((d: { rule: string }) => d.rule));
        // The set really holds what the comparison is about.
        for (const rule of ['yaml', 'schema', 'reference', 'stale-map', 'suppression']) {
          expect(rules).toContain(rule);
        }
        expect(
          report.diagnostics.every(
            (d: { line: number; column: number }) => d.line > 0 && d.column > 0,
          ),
        ).toBe(true);
      }
      for (const workers of ['1', '3']) {
        const helped = run(workers, format);
        expect(helped.code).toBe(alone.code);
        expect(helped.stderr).toBe(alone.stderr);
        expect(helped.stdout).toBe(alone.stdout);
      }
    }, 120_000);
  }

  it('stops the workers it started early and did not need: a small run ends as without them', () => {
    // Forced workers start before the files are known (src/cli/check-pool.ts); one file
    // needs none of them, and they must neither change the answer nor keep the process alive.
    const one = (workers: string) =>
      acctmap(['validate', 'm000.acctmap.yaml', '--format', 'json', '--as-of', '2026-11-23'], {
        cwd: dir,
        env: { ACCTMAP_WORKERS: workers },
      });
    const alone = one('0');
    const helped = one('3');
    expect(helped.code).toBe(alone.code);
    expect(helped.stdout).toBe(alone.stdout);
    expect(helped.stderr).toBe(alone.stderr);
    expect(JSON.parse(helped.stdout).summary.files).toBe(1);
  }, 60_000);
});
