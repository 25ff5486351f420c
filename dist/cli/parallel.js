/**
 * Checking a run's map files (read, parse, schema, references, each map's own rules), on every
 * core when there are many, and without ever blocking the event loop for long, so that Ctrl-C
 * and SIGTERM are handled within a few milliseconds (see ./interrupt.ts) instead of after the
 * last file.
 *
 * Each file is read once, here or in a worker, and checked by `checkFile`; what comes back is a
 * `CheckedFile` (src/validate/check.ts): plain data with every position the run needs, so no
 * file is ever read twice. The main thread always checks files itself. With many files, worker
 * threads (./check-worker.ts) help: main thread and workers take the next batch of files from
 * one shared counter, so that nobody waits for anybody, and a worker that starts late or runs
 * slow simply takes fewer batches.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { createRuleRunner } from '../rules/index.js';
import { accountsOnly, checkFile } from '../validate/check.js';
import { forcedWorkers, machineForWorkers, PARALLEL_FROM, PARALLEL_FROM_SHARED, parallelFrom, takeEarlyWorkers, WORKER_SCRIPT, workersForCores, } from './check-pool.js';
import { checkForTransfer, readForCheck, received, unreadableOutcome, } from './parallel-protocol.js';
import { capYoungGeneration } from './young-generation.js';
export { PARALLEL_FROM, PARALLEL_FROM_SHARED };
/** Files per claim: large enough to make claims and messages cheap, small enough to balance. */
export const BATCH = 16;
/**
 * From this many files on, the main thread keeps what it checks as the workers send it (maps as
 * JSON; see checkForTransfer): about 25 kB a 40-person map instead of 50, which keeps 10,000
 * maps under 500 MB, for a little more CPU (measured: docs/performance.md).
 */
const COMPACT_FROM = 2000;
/** Yield to the event loop at least this often (ms) while checking, for signals and messages. */
const YIELD_EVERY_MS = 20;
/** Give up on the workers (and check their files in this thread) after this long without news. */
const STALL_MS = 60_000;
/**
 * How many worker threads help the main thread with `files` files: none for small runs (below
 * `parallelFrom`: 200 files, or 1,500 where a worker would share its core with the main
 * thread's compiler and collector threads, as on 2 cores); else one
 * for each core that is free besides the one the main thread uses. A core other processes keep
 * busy is no help: a worker there only adds its start-up and the hand-over of its results
 * (measured: docs/performance.md), so only the cores that sat idle while acctmap started are
 * counted (or, where the system gives no per-core times, those the one-minute load average
 * leaves). `ACCTMAP_WORKERS=N` sets the number (0: none), for tests and measurements.
 */
export function workerCount(files, env = process.env, machine = machineForWorkers) {
    const batches = Math.ceil(files / BATCH);
    const forced = forcedWorkers(env);
    if (forced !== undefined)
        return Math.min(forced, Math.max(0, batches - 1));
    const now = machine();
    if (files < parallelFrom(now))
        return 0;
    return Math.min(workersForCores(now), batches - 1);
}
/** Lets the event loop turn: signal handlers and worker messages run here. */
export function turn() {
    return new Promise((resolve) => setImmediate(resolve));
}
/** Reads and checks one file in this thread. */
function checkHere(target, maxBytes, rules, { accounts, hash }) {
    const read = readForCheck(target.path, maxBytes, hash);
    if (!('text' in read))
        return unreadableOutcome(read);
    const check = checkFile({ file: target.file, text: read.text }, { maxBytes, ...(rules ? { rules } : {}) });
    return {
        kind: 'checked',
        check: accounts ? accountsOnly(check) : check,
        ...(read.hash === undefined ? {} : { hash: read.hash }),
        ...(read.stat === undefined ? {} : { stat: read.stat }),
    };
}
export async function checkFiles(files, options) {
    const { maxBytes, workers, compact = files.length >= COMPACT_FROM } = options;
    const how = { accounts: options.accountsOnly === true, hash: options.hash === true };
    const rules = options.rules ? createRuleRunner(options.rules) : undefined;
    const outcomes = new Array(files.length);
    const script = WORKER_SCRIPT;
    // Run from the TypeScript sources (tests), there is no worker script: this thread does all.
    const usable = workers > 0 && script.protocol === 'file:' && existsSync(fileURLToPath(script));
    // Large runs: what this thread checks is kept as compactly as what the workers send; the
    // clone makes every string a copy, so that none keeps its file's whole text alive.
    const check = (i) => compact
        ? restore(structuredClone(checkForTransfer(files[i].path, files[i].file, maxBytes, rules, how)))
        : checkHere(files[i], maxBytes, rules, how);
    const claims = new Int32Array(new SharedArrayBuffer(4));
    const claim = () => Atomics.add(claims, 0, BATCH);
    const init = {
        files: files.slice(),
        claims,
        batch: BATCH,
        maxBytes,
        ...(options.rules ? { rules: options.rules } : {}),
        accountsOnly: how.accounts,
        hash: how.hash,
    };
    // Workers started before the files were known (./check-pool.ts) are used first; any left over
    // are stopped.
    const ready = takeEarlyWorkers(usable ? workers : 0);
    const pool = usable ? startWorkers(script, workers, ready, init, outcomes) : [];
    // This thread alone: its young generation is kept small (./young-generation.ts).
    const young = pool.length === 0 ? capYoungGeneration() : undefined;
    try {
        // This thread's share: batch after batch from the same counter as the workers.
        let lastTurn = Date.now();
        for (let start = claim(); start < files.length; start = claim()) {
            young?.keep();
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
        young?.release();
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
function startWorkers(script, count, ready, init, outcomes) {
    const pool = [];
    for (let w = 0; w < count; w++) {
        const worker = ready[w] ?? new Worker(script);
        // The work comes as a message, for a worker started early and a new one alike.
        worker.postMessage(init);
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
                    outcomes[i] = restore(o);
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
/** A worker's outcome as the main thread keeps it. */
function restore(outcome) {
    if (outcome.kind === 'unreadable')
        return outcome;
    const check = received(outcome);
    return {
        kind: 'checked',
        check,
        ...(outcome.hash === undefined ? {} : { hash: outcome.hash }),
        ...(outcome.stat === undefined ? {} : { stat: outcome.stat }),
    };
}
