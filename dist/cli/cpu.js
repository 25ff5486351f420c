/**
 * How busy the machine is, measured rather than guessed: the CPU times of every core when the
 * process starts (this module is imported first, by ./run.ts) against the times when asked. The
 * check workers (./parallel.ts) are started only for cores that sat idle meanwhile.
 */
import { availableParallelism, cpus, loadavg } from 'node:os';
const sample = () => cpus().map((c) => c.times);
const AT_START = sample();
/** This process's own CPU time (every thread) and the wall clock at start, in milliseconds. */
const OWN_AT_START = ownCpuMs();
const WALL_AT_START = performance.now();
function ownCpuMs() {
    const { user, system } = process.cpuUsage();
    return (user + system) / 1000;
}
/**
 * How many cores sat idle between two samples (the one this process kept busy meanwhile is not
 * idle), or `undefined` when the samples cannot tell: no per-core times on this system, or too
 * little time between them (the counters tick every 10 ms).
 */
export function idleCores(before, after) {
    if (before.length === 0 || before.length !== after.length)
        return undefined;
    let idle = 0;
    let total = 0;
    after.forEach((a, i) => {
        const b = before[i];
        idle += a.idle - b.idle;
        total += a.user + a.nice + a.sys + a.idle + a.irq - (b.user + b.nice + b.sys + b.idle + b.irq);
    });
    if (total < 30 * after.length)
        return undefined;
    return (idle / total) * after.length;
}
/**
 * Cores since the process started that were idle or busy with this process's own helper
 * threads (V8 compiles and collects garbage on threads of its own while acctmap loads: up to
 * half a core here, which made a 2-core machine with nothing else running look busy), or
 * `undefined` (see idleCores).
 */
function idleSinceStart() {
    const idle = idleCores(AT_START, sample());
    if (idle === undefined)
        return undefined;
    return idle + ownHelperCores(ownCpuMs() - OWN_AT_START, performance.now() - WALL_AT_START);
}
/**
 * The cores this process kept busy besides its main thread, from its CPU time (every thread)
 * over a stretch of wall time: what it used beyond one core.
 */
export function ownHelperCores(cpuMs, wallMs) {
    return wallMs > 0 ? Math.max(0, cpuMs - wallMs) / wallMs : 0;
}
/**
 * Cores free besides the one this process uses: measured since start-up, else (no per-core
 * times, or too soon to tell) from the one-minute load average. Measured when `free` is first
 * read (the decisions that need it read `cores` first; see `parallelFrom` in ./check-pool.ts).
 */
export function freeCores() {
    const cores = availableParallelism();
    let free;
    return {
        cores,
        get free() {
            free ??= idleSinceStart() ?? cores - Math.max(0, loadavg()[0] ?? 0) - 1;
            return free;
        },
    };
}
