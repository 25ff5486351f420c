/**
 * Check workers started before the run knows its files. A worker spends 0.2–0.4 s of CPU
 * loading the checking code (zod's schema, the rules) before it can check a file; started when
 * the files are found, that is 0.2–0.4 s the run waits for it. Started as soon as `validate`
 * knows its arguments, it loads that code on a free core while the main thread loads the same
 * code and finds the files, and both start checking at about the same moment.
 *
 * Only when it will pay: a free core, and at least `parallelFrom` maps found by a quick look
 * under the folders given (a run over a handful of maps, pre-commit's, never starts one). A
 * worker started here waits for its work (./check-worker.ts); `checkFiles` (./parallel.ts)
 * takes it, and any it does not take is stopped.
 *
 * Light on purpose: it is loaded before the checking code, and must not load it.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { freeCores } from './cpu.js';
import { MAP_FILE, SKIP_DIRS } from './map-files.js';
/**
 * Below this many files, starting a worker costs more than it saves: a worker needs about
 * 0.2 s of CPU to load the checking code before it checks its first file, and on a busy
 * machine that time comes out of the main thread's share (measured: docs/performance.md).
 */
export const PARALLEL_FROM = 200;
/**
 * The same when the worker has no core of its own: with one core free besides the main
 * thread's (a 2-core machine), that core already runs the main thread's compiler and collector
 * threads (a run in one thread uses about 1.4 cores), and a worker must also load, compile and
 * warm up its own copy of the checking code there. Measured on 2 cores (docs/performance.md):
 * 1,000 maps took 1.60 s with a worker against 1.48 s without, 2,000 maps 2.27 s against 2.42 s.
 */
export const PARALLEL_FROM_SHARED = 1500;
/**
 * From how many files a worker pays on `machine` (see the two constants above). Two cores free
 * besides the main thread's need three cores at least: on fewer, `free` is not even measured
 * (`freeCores` measures it when first read, which costs two samples of every core's times).
 */
export function parallelFrom(machine) {
    return machine.cores > 2 && machine.free >= 2 ? PARALLEL_FROM : PARALLEL_FROM_SHARED;
}
/** The worker's script, next to this module once compiled (none when run from the sources). */
export const WORKER_SCRIPT = new URL('./check-worker.js', import.meta.url);
/** How busy the machine was when the early workers were started (then their cores are ours). */
let machine;
let early = [];
/** The machine as `workerCount` should see it: as measured before any early worker started. */
export function machineForWorkers() {
    return machine ?? freeCores();
}
/**
 * `ACCTMAP_WORKERS=N`, when it is a whole number (tests and measurements set it), else
 * undefined.
 */
export function forcedWorkers(env) {
    const forced = env.ACCTMAP_WORKERS;
    return forced !== undefined && /^\d+$/.test(forced.trim()) ? Number(forced) : undefined;
}
/** Worker threads for the free cores besides the main thread's: at most 7. */
export function workersForCores({ cores, free }) {
    return Math.max(0, Math.min(cores - 1, Math.round(free), 7));
}
/**
 * Starts the check workers a run over `paths` will use, if it is likely to use any (see the
 * module's comment). Never fails: anything odd leaves the decision to `checkFiles`.
 */
export function startCheckWorkersEarly(paths, cwd, env = process.env) {
    try {
        const forced = forcedWorkers(env);
        if (forced === 0 || early.length > 0)
            return;
        if (WORKER_SCRIPT.protocol !== 'file:' || !existsSync(fileURLToPath(WORKER_SCRIPT)))
            return;
        const onDisk = paths.filter((p) => p !== '-');
        if (paths.length > 0 && onDisk.length === 0)
            return;
        // A forced number (tests, measurements) starts them whatever the count.
        const now = freeCores();
        const enough = parallelFrom(now);
        if (forced === undefined && countMaps(onDisk.length ? onDisk : ['.'], cwd, enough) < enough)
            return;
        machine = now;
        const count = forced ?? workersForCores(machine);
        for (let i = 0; i < count; i++) {
            const worker = new Worker(WORKER_SCRIPT);
            // Until a run takes it, it must not keep the process alive.
            worker.unref();
            const entry = { worker, dead: false };
            const dead = () => {
                entry.dead = true;
            };
            worker.on('error', dead);
            worker.once('exit', dead);
            early.push(entry);
        }
    }
    catch {
        // A quick look that fails (a folder that cannot be read) is no reason to stop: the run
        // says what is wrong with its paths itself.
    }
}
/**
 * Up to `count` of the workers started early (alive, and keeping the process alive again); the
 * others are stopped. Every later call gets none.
 */
export function takeEarlyWorkers(count) {
    const alive = early.filter((e) => !e.dead);
    early = [];
    const taken = alive.slice(0, count).map((e) => e.worker);
    for (const e of alive.slice(count))
        void e.worker.terminate();
    for (const w of taken)
        w.ref();
    return taken;
}
/** The most directory entries the quick look reads before it gives up counting. */
const LOOK_AT_MOST = 20_000;
/**
 * How many map files the paths hold, counted up to `enough`: folders searched (without what
 * git or the config ignores: this is an estimate), a glob by the folder it starts from, a file
 * as one.
 */
function countMaps(paths, cwd, enough) {
    let found = 0;
    let looked = 0;
    const walk = (dir) => {
        let entries;
        try {
            entries = readdirSync(dir, { withFileTypes: true });
        }
        catch {
            return;
        }
        for (const e of entries) {
            if (found >= enough || ++looked > LOOK_AT_MOST)
                return;
            if (e.isDirectory()) {
                if (!SKIP_DIRS.has(e.name))
                    walk(path.join(dir, e.name));
            }
            else if (MAP_FILE.test(e.name))
                found++;
        }
    };
    for (const given of paths) {
        const glob = given.search(/[*?[{]/);
        if (glob >= 0) {
            walk(path.resolve(cwd, path.dirname(`${given.slice(0, glob)}x`)));
            continue;
        }
        const abs = path.resolve(cwd, given);
        let isDir = false;
        try {
            isDir = statSync(abs).isDirectory();
        }
        catch {
            continue;
        }
        if (isDir)
            walk(abs);
        else
            found++;
        if (found >= enough)
            break;
    }
    return found;
}
