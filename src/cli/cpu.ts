/**
 * How busy the machine is, measured rather than guessed: the CPU times of every core when the
 * process starts (this module is imported first, by ./run.ts) against the times when asked. The
 * check workers (./parallel.ts) are started only for cores that sat idle meanwhile.
 */
import { availableParallelism, cpus, loadavg } from 'node:os';

/** CPU times of every core at one moment (os.cpus()), in milliseconds. */
export type CpuSample = ReadonlyArray<
  Readonly<Record<'user' | 'nice' | 'sys' | 'idle' | 'irq', number>>
>;

const sample = (): CpuSample => cpus().map((c) => c.times);
const AT_START = sample();

/**
 * How many cores sat idle between two samples (the one this process kept busy meanwhile is not
 * idle), or `undefined` when the samples cannot tell: no per-core times on this system, or too
 * little time between them (the counters tick every 10 ms).
 */
export function idleCores(before: CpuSample, after: CpuSample): number | undefined {
  if (before.length === 0 || before.length !== after.length) return undefined;
  let idle = 0;
  let total = 0;
  after.forEach((a, i) => {
    const b = before[i]!;
    idle += a.idle - b.idle;
    total += a.user + a.nice + a.sys + a.idle + a.irq - (b.user + b.nice + b.sys + b.idle + b.irq);
  });
  if (total < 30 * after.length) return undefined;
  return (idle / total) * after.length;
}

/** Idle cores since the process started, or `undefined` (see idleCores). */
function idleSinceStart(): number | undefined {
  return idleCores(AT_START, sample());
}

/**
 * Cores free besides the one this process uses: measured since start-up, else (no per-core
 * times, or too soon to tell) from the one-minute load average.
 */
export function freeCores(): { cores: number; free: number } {
  const cores = availableParallelism();
  const idle = idleSinceStart();
  return { cores, free: idle ?? cores - Math.max(0, loadavg()[0] ?? 0) - 1 };
}
