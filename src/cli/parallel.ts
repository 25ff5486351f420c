/**
 * Checking many map files on every core. Worker threads (./check-worker.ts) read and check
 * files in batches (parse, schema, references) and send back the diagnostics, already placed,
 * and the maps without their text; the main thread keeps the order, and runs what needs every
 * map at once (duplicate ids, the rules) as before. A rule finding still needs a line and
 * column: the main thread then reads that file again, makes sure it is the text the worker
 * checked, and parses it for positions (fast: most files have no finding).
 *
 * The main thread waits for the workers synchronously (Atomics.wait on a shared counter and
 * receiveMessageOnPort), so that `loadRun` keeps its synchronous signature for every command.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import {
  MessageChannel,
  type MessagePort,
  receiveMessageOnPort,
  Worker,
} from 'node:worker_threads';
import type { AccountMap } from '../model/account-map.js';
import { type ParsedSource, parseSource } from '../parse/source.js';
import type { FileCheck, LoadedMap } from '../validate/check.js';
import { UsageError } from './errors.js';
import { readTextFile } from './io.js';
import type { Batch, BatchResult, FileOutcome, WorkerInit } from './parallel-protocol.js';
import { digestOf } from './parallel-protocol.js';

/** Below this many files, starting workers costs more than it saves (measured: docs/performance.md). */
export const PARALLEL_FROM = 200;
/** Files per message to a worker: large enough to make messages cheap, small enough to balance. */
const BATCH = 16;
/** Give up on the workers (and check in this thread) after this long without any progress. */
const STALL_MS = 60_000;

export interface FileToCheck {
  /** Absolute path, to read. */
  path: string;
  /** As shown to the user. */
  file: string;
}

export type CheckOutcome =
  | { kind: 'unreadable'; problem: string; fatal: boolean }
  | { kind: 'checked'; check: FileCheck };

/**
 * How many worker threads to use for `files` files: none for small runs; one per core
 * otherwise. `ACCTMAP_WORKERS=N` sets it (0: none), for tests and measurements.
 */
export function workerCount(files: number, env: NodeJS.ProcessEnv = process.env): number {
  const forced = env.ACCTMAP_WORKERS;
  if (forced !== undefined && /^\d+$/.test(forced.trim())) {
    return Math.min(Number(forced), Math.ceil(files / BATCH));
  }
  if (files < PARALLEL_FROM) return 0;
  return Math.max(1, Math.min(availableParallelism(), 8, Math.ceil(files / BATCH)));
}

/**
 * Checks `files` in `workers` worker threads; the outcomes come in the order of `files`.
 * `undefined` when workers cannot be used here (run from TypeScript sources, or they stalled):
 * the caller then checks the files itself.
 */
export function checkInParallel(
  files: readonly FileToCheck[],
  workers: number,
  maxBytes: number,
): CheckOutcome[] | undefined {
  const script = new URL('./check-worker.js', import.meta.url);
  if (script.protocol !== 'file:' || !existsSync(fileURLToPath(script))) return undefined;

  const signal = new Int32Array(new SharedArrayBuffer(4));
  const pool: Array<{ worker: Worker; port: MessagePort }> = [];
  for (let w = 0; w < workers; w++) {
    const { port1, port2 } = new MessageChannel();
    const init: WorkerInit = { port: port2, signal, maxBytes };
    const worker = new Worker(script, { workerData: init, transferList: [port2] });
    worker.unref();
    pool.push({ worker, port: port1 });
  }

  const outcomes: CheckOutcome[] = new Array(files.length);
  const batches = new Map<number, number>();
  let next = 0;
  let nextId = 0;
  const send = (port: MessagePort) => {
    if (next >= files.length) return;
    const count = Math.min(BATCH, files.length - next);
    const batch: Batch = { id: nextId++, files: files.slice(next, next + count) };
    batches.set(batch.id, next);
    port.postMessage(batch);
    next += count;
  };
  // Two batches each, so that a worker never waits for the main thread to hand out work.
  for (const { port } of pool) {
    send(port);
    send(port);
  }

  let done = 0;
  let lastProgress = Date.now();
  try {
    while (done < files.length) {
      const seen = Atomics.load(signal, 0);
      let progressed = false;
      for (const { port } of pool) {
        for (let m = receiveMessageOnPort(port); m; m = receiveMessageOnPort(port)) {
          const result = m.message as BatchResult;
          if (result.error !== undefined) {
            throw new Error(`a check worker failed: ${result.error}`);
          }
          const start = batches.get(result.id)!;
          batches.delete(result.id);
          send(port); // first, so that the worker is never idle
          // Restored (maps parsed back) while the workers go on with the next batches.
          result.outcomes.forEach((o, i) => {
            outcomes[start + i] = restore(o, files[start + i]!, maxBytes);
          });
          done += result.outcomes.length;
          progressed = true;
        }
      }
      if (progressed) {
        lastProgress = Date.now();
        continue;
      }
      if (Date.now() - lastProgress > STALL_MS) return undefined;
      Atomics.wait(signal, 0, seen, 1000);
    }
  } finally {
    for (const { worker, port } of pool) {
      port.close();
      void worker.terminate();
    }
  }
  return outcomes;
}

/** A worker's outcome as the main thread uses it: maps with a locator that reads on demand. */
function restore(outcome: FileOutcome, target: FileToCheck, maxBytes: number): CheckOutcome {
  if (outcome.kind === 'unreadable') return outcome;
  let parsed: ParsedSource | undefined;
  // The file is read again only when something asks where a finding sits in it.
  const reparse = (): ParsedSource => {
    if (parsed) return parsed;
    const read = readTextFile(target.path, maxBytes);
    if (!('text' in read) || digestOf(read.text) !== outcome.digest) {
      throw new UsageError(
        `${target.file} changed while acctmap was checking it, so its findings cannot be placed; run acctmap again`,
      );
    }
    parsed = parseSource(read.text, { maxBytes });
    return parsed;
  };
  const maps: LoadedMap[] = outcome.maps.map((m) => ({
    file: target.file,
    document: m.document,
    map: m.json !== undefined ? (JSON.parse(m.json) as AccountMap) : m.map!,
    valid: m.valid,
    source: m.source,
    locate: (path, at) => reparse().documents[m.document]!.locate(path, at),
  }));
  return {
    kind: 'checked',
    check: { summary: outcome.summary, diagnostics: outcome.diagnostics, maps },
  };
}
