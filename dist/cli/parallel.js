/**
 * Checking a run's map files (read, parse, schema, references), on every core when there are
 * many, and without ever blocking the event loop for long, so that Ctrl-C and SIGTERM are
 * handled within a few milliseconds (see ./run.ts) instead of after the last file.
 *
 * The main thread always checks files itself. With many files, worker threads
 * (./check-worker.ts) help: main thread and workers take the next batch of files from one shared
 * counter, so that nobody waits for anybody, and a worker that starts late or runs slow simply
 * takes fewer batches. Workers send back the diagnostics, already placed, and the maps without
 * their text. A rule finding on a map a worker checked still needs a line and column: the main
 * thread then reads that file again, makes sure it is the text the worker checked, and parses it
 * for positions (most files have no finding, so most are never read twice).
 */
import { existsSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { parseSource } from '../parse/source.js';
import { checkFile } from '../validate/check.js';
import { idleSinceStart } from './cpu.js';
import { UsageError } from './errors.js';
import { readTextFile } from './io.js';
import { checkForTransfer, digestOf, } from './parallel-protocol.js';
/**
 * Below this many files, starting a worker costs more than it saves: a worker needs about
 * 0.2 s of CPU to load the checking code before it checks its first file, and on a busy
 * machine that time comes out of the main thread's share (measured: docs/performance.md).
 */
export const PARALLEL_FROM = 200;
/** Files per claim: large enough to make claims and messages cheap, small enough to balance. */
export const BATCH = 16;
/**
 * From this many files on, the main thread keeps what it checks as the workers send it (maps as
 * JSON, no file text; see checkForTransfer): about 25 kB a 40-person map instead of 50, which
 * keeps 10,000 maps under 500 MB, for a little more CPU (measured: docs/performance.md).
 */
export const COMPACT_FROM = 2000;
/** Yield to the event loop at least this often (ms) while checking, for signals and messages. */
const YIELD_EVERY_MS = 20;
/** Give up on the workers (and check their files in this thread) after this long without news. */
const STALL_MS = 60_000;
/** Cores free besides the one the main thread uses: measured since start-up, else from the load. */
function freeCores() {
    const cores = availableParallelism();
    const idle = idleSinceStart();
    return { cores, free: idle ?? cores - Math.max(0, loadavg()[0] ?? 0) - 1 };
}
/**
 * How many worker threads help the main thread with `files` files: none for small runs; else one
 * for each core that is free besides the one the main thread uses. A core other processes keep
 * busy is no help: a worker there only adds its start-up and the hand-over of its results
 * (measured: docs/performance.md), so only the cores that sat idle while acctmap started are
 * counted (or, where the system gives no per-core times, those the one-minute load average
 * leaves). `ACCTMAP_WORKERS=N` sets the number (0: none), for tests and measurements.
 */
export function workerCount(files, env = process.env, machine = freeCores) {
    const batches = Math.ceil(files / BATCH);
    const forced = env.ACCTMAP_WORKERS;
    if (forced !== undefined && /^\d+$/.test(forced.trim())) {
        return Math.min(Number(forced), Math.max(0, batches - 1));
    }
    if (files < PARALLEL_FROM)
        return 0;
    const { cores, free } = machine();
    return Math.max(0, Math.min(cores - 1, Math.round(free), 7, batches - 1));
}
/** Lets the event loop turn: signal handlers and worker messages run here. */
export function turn() {
    return new Promise((resolve) => setImmediate(resolve));
}
/** Reads and checks one file in this thread. */
export function checkHere(target, maxBytes) {
    const read = readTextFile(target.path, maxBytes);
    if (!('text' in read))
        return { kind: 'unreadable', problem: read.problem, fatal: read.fatal };
    return {
        kind: 'checked',
        check: checkFile({ file: target.file, text: read.text }, { maxBytes }),
    };
}
/**
 * Checks `files`, with `workers` worker threads helping (0: this thread alone); the outcomes
 * come in the order of `files`. Yields to the event loop every few milliseconds.
 */
export async function checkFiles(files, maxBytes, workers, 
/** Keep maps as the workers send them (default: from COMPACT_FROM files on). */
compact = files.length >= COMPACT_FROM) {
    const outcomes = new Array(files.length);
    const script = new URL('./check-worker.js', import.meta.url);
    // Run from the TypeScript sources (tests), there is no worker script: this thread does all.
    const usable = workers > 0 && script.protocol === 'file:' && existsSync(fileURLToPath(script));
    // Large runs: what this thread checks is kept as compactly as what the workers send; the
    // clone makes every string a copy, so that none keeps its file's whole text alive.
    const positions = new PositionCache();
    const check = (i) => compact
        ? restore(structuredClone(checkForTransfer(files[i].path, files[i].file, maxBytes)), files[i], maxBytes, positions)
        : checkHere(files[i], maxBytes);
    const claims = new Int32Array(new SharedArrayBuffer(4));
    const claim = () => Atomics.add(claims, 0, BATCH);
    const pool = usable
        ? startWorkers(script, workers, files, claims, maxBytes, outcomes, positions)
        : [];
    try {
        // This thread's share: batch after batch from the same counter as the workers.
        let lastTurn = Date.now();
        for (let start = claim(); start < files.length; start = claim()) {
            const end = Math.min(start + BATCH, files.length);
            for (let i = start; i < end; i++) {
                outcomes[i] = check(i);
                if (Date.now() - lastTurn >= YIELD_EVERY_MS) {
                    await turn();
                    lastTurn = Date.now();
                }
            }
        }
        // The batches the workers took: wait for them, and redo any a worker could not finish.
        if (pool.length)
            await Promise.all(pool.map((w) => w.finished));
    }
    finally {
        for (const w of pool)
            void w.worker.terminate();
    }
    let lastTurn = Date.now();
    for (let i = 0; i < files.length; i++) {
        if (outcomes[i] !== undefined)
            continue;
        outcomes[i] = check(i);
        if (Date.now() - lastTurn >= YIELD_EVERY_MS) {
            await turn();
            lastTurn = Date.now();
        }
    }
    return outcomes;
}
function startWorkers(script, count, files, claims, maxBytes, outcomes, positions) {
    const init = { files: files.slice(), claims, batch: BATCH, maxBytes };
    const pool = [];
    for (let w = 0; w < count; w++) {
        const worker = new Worker(script, { workerData: init });
        const finished = new Promise((resolve, reject) => {
            let stall = setTimeout(resolve, STALL_MS);
            const settle = (fn) => {
                clearTimeout(stall);
                fn();
            };
            worker.on('message', (message) => {
                if (message.kind === 'error') {
                    settle(() => reject(new Error(`a check worker failed: ${message.error}`)));
                    return;
                }
                if (message.kind === 'done') {
                    settle(resolve);
                    return;
                }
                clearTimeout(stall);
                stall = setTimeout(resolve, STALL_MS);
                message.outcomes.forEach((o, k) => {
                    const i = message.start + k;
                    outcomes[i] = restore(o, files[i], maxBytes, positions);
                });
            });
            // A worker that dies leaves its last batch unchecked; the main thread redoes it.
            worker.on('error', () => settle(resolve));
            worker.on('exit', () => settle(resolve));
        });
        pool.push({ worker, finished });
    }
    return pool;
}
/**
 * The file last parsed again for positions. Placing asks for positions file by file (./maps.ts
 * groups the rules' findings so), so one is enough, and a large run never holds more
 * than one such parse (about 150 kB for a 40-person map) at a time. (A Map of a few kept proved
 * worse: the parses it held were promoted to the old generation and piled up there until a full
 * collection, 600 MB and more at 10,000 maps.)
 */
class PositionCache {
    path;
    parsed;
    get(path, parse) {
        if (this.path === path && this.parsed)
            return this.parsed;
        this.parsed = undefined;
        this.parsed = parse();
        this.path = path;
        return this.parsed;
    }
}
/** A worker's outcome as the main thread uses it: maps with a locator that reads on demand. */
function restore(outcome, target, maxBytes, positions) {
    if (outcome.kind === 'unreadable')
        return outcome;
    // The closures below keep only the digest and document numbers, not `outcome`: its JSON texts
    // would otherwise stay in memory beside the maps made from them.
    const digest = outcome.digest;
    // The file is read again only when something asks where a finding sits in it.
    const reparse = () => positions.get(target.path, () => {
        const read = readTextFile(target.path, maxBytes);
        if (!('text' in read) || digestOf(read.text) !== digest) {
            throw new UsageError(`${target.file} changed while acctmap was checking it, so its findings cannot be placed; run acctmap again`);
        }
        return parseSource(read.text, { maxBytes });
    });
    const maps = outcome.maps.map(({ document, json, map, valid, source }) => ({
        file: target.file,
        document,
        map: json !== undefined ? JSON.parse(json) : map,
        valid,
        source,
        locate: (path, at) => reparse().documents[document].locate(path, at),
    }));
    return {
        kind: 'checked',
        check: { summary: outcome.summary, diagnostics: outcome.diagnostics, maps },
    };
}
