import { describe, expect, it } from 'vitest';
import { BATCH, PARALLEL_FROM, workerCount } from './parallel.js';

describe('workerCount', () => {
  const idle8 = { cores: 8, load: 0 };
  it('uses no worker for a small run', () => {
    expect(workerCount(PARALLEL_FROM - 1, {}, idle8)).toBe(0);
  });
  it('uses every other core of an idle machine, at most 7', () => {
    expect(workerCount(10_000, {}, { cores: 2, load: 0 })).toBe(1);
    expect(workerCount(10_000, {}, idle8)).toBe(7);
    expect(workerCount(10_000, {}, { cores: 32, load: 0.2 })).toBe(7);
  });
  it('leaves out the cores other processes keep busy', () => {
    expect(workerCount(10_000, {}, { cores: 2, load: 0.4 })).toBe(1);
    expect(workerCount(10_000, {}, { cores: 2, load: 0.6 })).toBe(0);
    expect(workerCount(10_000, {}, { cores: 2, load: 7 })).toBe(0);
    expect(workerCount(10_000, {}, { cores: 8, load: 3 })).toBe(4);
  });
  it("never starts more workers than there are batches besides the main thread's", () => {
    expect(workerCount(3 * BATCH, { ACCTMAP_WORKERS: '8' }, idle8)).toBe(2);
  });
  it('does what ACCTMAP_WORKERS says, load or not', () => {
    expect(workerCount(10, { ACCTMAP_WORKERS: '3' }, idle8)).toBe(0);
    expect(workerCount(1000, { ACCTMAP_WORKERS: '3' }, { cores: 2, load: 9 })).toBe(3);
    expect(workerCount(1000, { ACCTMAP_WORKERS: '0' }, idle8)).toBe(0);
    expect(workerCount(1000, { ACCTMAP_WORKERS: 'many' }, idle8)).toBe(7);
  });
});
