import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../config/schema.js';
import { DEFAULT_MAX_BYTES } from '../parse/source.js';
import { createRuleRunner } from '../rules/index.js';
import { type CheckedFile, finishCheck } from '../validate/check.js';
import { idleCores, ownHelperCores } from './cpu.js';
import {
  BATCH,
  checkFiles,
  type FileToCheck,
  PARALLEL_FROM,
  PARALLEL_FROM_SHARED,
  workerCount,
} from './parallel.js';

describe('workerCount', () => {
  const machine = (cores: number, free: number) => () => ({ cores, free });
  const idle8 = machine(8, 7);
  it('uses no worker for a small run', () => {
    expect(workerCount(PARALLEL_FROM - 1, {}, idle8)).toBe(0);
    expect(workerCount(PARALLEL_FROM, {}, idle8)).toBe(7);
  });
  it('on 2 cores, where a worker shares its core with the main thread’s compiler, only from more', () => {
    const idle2 = machine(2, 1);
    expect(workerCount(1000, {}, idle2)).toBe(0);
    expect(workerCount(PARALLEL_FROM_SHARED - 1, {}, idle2)).toBe(0);
    expect(workerCount(PARALLEL_FROM_SHARED, {}, idle2)).toBe(1);
    // Two free cores besides the main thread's: one for its compiler, one for the worker.
    expect(workerCount(PARALLEL_FROM, {}, machine(4, 2))).toBe(2);
    // Which 2 cores cannot have (a reading that says so is noise): free is not even read.
    const unread = () => ({
      cores: 2,
      get free(): number {
        throw new Error('free cores measured on 2 cores below PARALLEL_FROM_SHARED');
      },
    });
    expect(workerCount(PARALLEL_FROM_SHARED - 1, {}, unread)).toBe(0);
    expect(workerCount(PARALLEL_FROM, {}, machine(2, 2))).toBe(0);
  });
  it('uses every other core of an idle machine, at most 7', () => {
    expect(workerCount(10_000, {}, machine(2, 1))).toBe(1);
    expect(workerCount(10_000, {}, idle8)).toBe(7);
    expect(workerCount(10_000, {}, machine(32, 31))).toBe(7);
  });
  it('leaves out the cores other processes keep busy', () => {
    expect(workerCount(10_000, {}, machine(2, 0.6))).toBe(1);
    expect(workerCount(10_000, {}, machine(2, 0.4))).toBe(0);
    expect(workerCount(10_000, {}, machine(2, -5))).toBe(0);
    expect(workerCount(10_000, {}, machine(8, 3.8))).toBe(4);
  });
  it("never starts more workers than there are batches besides the main thread's", () => {
    expect(workerCount(3 * BATCH, { ACCTMAP_WORKERS: '8' }, idle8)).toBe(2);
  });
  it('does what ACCTMAP_WORKERS says, load or not', () => {
    expect(workerCount(10, { ACCTMAP_WORKERS: '3' }, idle8)).toBe(0);
    expect(workerCount(1000, { ACCTMAP_WORKERS: '3' }, machine(2, 0))).toBe(3);
    expect(workerCount(1000, { ACCTMAP_WORKERS: '0' }, idle8)).toBe(0);
    expect(workerCount(1000, { ACCTMAP_WORKERS: 'many' }, idle8)).toBe(7);
  });
});

describe('idleCores', () => {
  const times = (user: number, idle: number) => ({ user, nice: 0, sys: 0, idle, irq: 0 });
  it('counts the idle share of every core between two samples', () => {
    const before = [times(0, 0), times(0, 0)];
    expect(idleCores(before, [times(100, 0), times(0, 100)])).toBe(1);
    expect(idleCores(before, [times(100, 0), times(75, 25)])).toBe(0.25);
  });
  it('cannot tell from too short a time, or without per-core times', () => {
    expect(idleCores([times(0, 0)], [times(10, 10)])).toBeUndefined();
    expect(idleCores([], [])).toBeUndefined();
  });
});

describe('ownHelperCores', () => {
  it("counts this process's CPU beyond its main thread as cores it keeps busy itself", () => {
    // 300 ms of wall time, 450 ms of CPU: the main thread's 300 and 150 on helper threads.
    expect(ownHelperCores(450, 300)).toBe(0.5);
    expect(ownHelperCores(200, 300)).toBe(0);
    expect(ownHelperCores(100, 0)).toBe(0);
  });
});

describe('checkFiles', () => {
  it('gives the same diagnostics when maps are kept compact, without reading any file again', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'acctmap-parallel-'));
    const files: FileToCheck[] = [];
    const examples = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../examples');
    for (const name of readdirSync(examples).filter((f) => f.endsWith('.acctmap.yaml'))) {
      const text = readFileSync(path.join(examples, name), 'utf8');
      for (const copy of [1, 2]) {
        const file = path.join(dir, `${copy}-${name}`);
        writeFileSync(file, text.replace(/^( {2}id: )([a-z0-9-]+)$/m, `$1$2-${copy}`));
        files.push({ path: file, file: `${copy}-${name}` });
      }
    }
    const settings = { config: defaultConfig(), configDir: dir, cli: [], asOf: '2030-01-01' };
    const result = async (compact: boolean) => {
      const outcomes = await checkFiles(files, {
        maxBytes: DEFAULT_MAX_BYTES,
        workers: 0,
        compact,
        rules: settings,
      });
      const checks = outcomes.map((o) => (o.kind === 'checked' ? o.check : undefined));
      expect(checks.every((c) => c !== undefined)).toBe(true);
      // Once checked, the files are gone: whatever finishing the run needs, it has.
      if (compact) for (const f of files) rmSync(f.path);
      return finishCheck(checks as CheckedFile[], { rules: createRuleRunner(settings) })
        .diagnostics;
    };
    const plain = await result(false);
    // As of 2030 every map is stale: findings to place in every file.
    expect(new Set(plain.map((d) => d.file)).size).toBe(files.length);
    expect(await result(true)).toEqual(plain);
  });
});
