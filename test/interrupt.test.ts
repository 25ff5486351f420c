/**
 * Ctrl-C and SIGTERM during a run: the old output stays as it was (or, if the run had already
 * finished writing, the new one is whole), and no temporary file is left behind.
 */
import { spawn } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { crashLines } from './fixtures/hostile-inputs/run.js';
import { BIN, EXAMPLES, tempDir } from './helpers/cli.js';

const OLD = 'the old output, which must survive\n';

interface Interrupted {
  code: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
  /** Milliseconds from start to exit, and from the signal to exit. */
  total: number;
  afterSignal: number;
  output: string;
  temps: string[];
}

/** Add maps `from`..`to`-1 (an example under new ids) to `dir`. */
function addMaps(dir: string, from: number, to: number): void {
  const source = readFileSync(path.join(EXAMPLES, 'havbris-energi.acctmap.yaml'), 'utf8');
  for (let i = from; i < to; i++) {
    writeFileSync(
      path.join(dir, `m${i}.acctmap.yaml`),
      source.replace(/^ {2}id: havbris-energi$/m, `  id: copy-${i}`),
    );
  }
}

function copyOf(dir: string): string {
  const copy = tempDir();
  cpSync(dir, copy, { recursive: true });
  return copy;
}

/** Start `validate -o out.json`, send `signal` after `delay` ms (never, if undefined). */
function runAndInterrupt(
  dir: string,
  signal: NodeJS.Signals | undefined,
  delay: number,
  env: Record<string, string> = {},
): Promise<Interrupted> {
  writeFileSync(path.join(dir, 'out.json'), OLD);
  return new Promise((resolve) => {
    const start = Date.now();
    let signalledAt = Number.NaN;
    const child = spawn(
      process.execPath,
      [BIN, 'validate', '.', '--format', 'json', '--as-of', '2026-11-23', '-o', 'out.json'],
      {
        cwd: dir,
        stdio: ['ignore', 'ignore', 'pipe'],
        env: { ...process.env, NO_COLOR: '1', ...env },
      },
    );
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
    });
    const timer = signal
      ? setTimeout(() => {
          signalledAt = Date.now();
          child.kill(signal);
        }, delay)
      : undefined;
    const killer = setTimeout(() => child.kill('SIGKILL'), 120_000);
    child.on('exit', (code, sig) => {
      clearTimeout(timer);
      clearTimeout(killer);
      const end = Date.now();
      resolve({
        code,
        signal: sig,
        stderr,
        total: end - start,
        afterSignal: end - signalledAt,
        output: readFileSync(path.join(dir, 'out.json'), 'utf8'),
        temps: readdirSync(dir).filter((f) => f.endsWith('.tmp')),
      });
    });
  });
}

describe('an interrupted validate -o', () => {
  const portfolio = tempDir();
  let copies = 0;
  let baseline: Interrupted;

  beforeAll(async () => {
    // Enough maps for a run of about two seconds on this machine, so that a signal sent part-way
    // lands while maps are being checked, well after Node has started.
    for (let target = 60; ; target *= 2) {
      addMaps(portfolio, copies, target);
      copies = target;
      baseline = await runAndInterrupt(copyOf(portfolio), undefined, 0);
      if (baseline.total > 1500 || copies >= 4000) break;
    }
  }, 300_000);

  it('(the uninterrupted run writes a whole report, for comparison)', () => {
    expect([0, 1]).toContain(baseline.code);
    expect(JSON.parse(baseline.output).summary.files).toBe(copies);
    expect(baseline.total).toBeGreaterThan(1500);
  });

  for (const [signal, code] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const) {
    it(`${signal} while checking: exit ${code}, the old output as it was, no temp file`, async () => {
      const r = await runAndInterrupt(copyOf(portfolio), signal, baseline.total * 0.4);
      expect(crashLines(r.stderr)).toEqual([]);
      expect(r.code).toBe(code);
      expect(r.output).toBe(OLD);
      expect(r.temps).toEqual([]);
      expect(r.stderr).toContain(`acctmap: interrupted (${signal})`);
    }, 180_000);
  }

  it('signals at any moment leave either the old output or a whole new one', async () => {
    const fractions = [0.05, 0.5, 0.9, 1.0];
    const results = await Promise.all(
      fractions.map((f, i) =>
        runAndInterrupt(copyOf(portfolio), i % 2 ? 'SIGINT' : 'SIGTERM', baseline.total * f),
      ),
    );
    for (const r of results) {
      expect(crashLines(r.stderr)).toEqual([]);
      expect(r.temps).toEqual([]);
      if (r.output !== OLD) expect(JSON.parse(r.output).summary.files).toBe(copies);
      // Before the handlers are installed a signal ends the process the default way.
      expect([0, 1, 130, 143, null]).toContain(r.code);
    }
  }, 300_000);

  // Checking yields to the event loop every few milliseconds (src/cli/parallel.ts), which is when
  // Node runs the signal handlers; with worker threads helping (the default for this many files)
  // and without them.
  for (const [how, env] of [
    ['with worker threads', {}],
    ['in the main thread alone', { ACCTMAP_WORKERS: '0' }],
  ] as const) {
    it(`stops within a second of Ctrl-C, not at the end of the run (${how})`, async () => {
      const r = await runAndInterrupt(copyOf(portfolio), 'SIGINT', baseline.total * 0.2, env);
      expect(crashLines(r.stderr)).toEqual([]);
      expect(r.code).toBe(130);
      expect(r.afterSignal).toBeLessThan(Math.min(1000, baseline.total * 0.5));
      expect(r.output).toBe(OLD);
      expect(r.temps).toEqual([]);
    }, 180_000);
  }
});
