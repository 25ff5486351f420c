/**
 * A worker thread of `checkInParallel` (./parallel.ts): it is given batches of map files, reads
 * and checks each on its own (parse, schema, references) and sends back what the main thread
 * needs: the diagnostics, placed already, and the maps, without their text.
 */
import { type MessagePort, workerData } from 'node:worker_threads';
import { checkFile } from '../validate/check.js';
import { readTextFile } from './io.js';
import {
  type Batch,
  type BatchResult,
  type FileOutcome,
  digestOf,
  isJsonFaithful,
  type WorkerInit,
} from './parallel-protocol.js';

const { port, signal, maxBytes } = workerData as WorkerInit;

function checkOne(path: string, file: string): FileOutcome {
  const read = readTextFile(path, maxBytes);
  if (!('text' in read)) return { kind: 'unreadable', problem: read.problem, fatal: read.fatal };
  const text = read.text;
  const check = checkFile({ file, text }, { maxBytes });
  // Suppression comments are the only reason the main thread reads a file's text; without
  // `acctmap-` in it there is none, and the text stays here.
  const source = text.includes('acctmap-') ? text : '';
  return {
    kind: 'checked',
    summary: check.summary,
    diagnostics: check.diagnostics,
    digest: digestOf(text),
    maps: check.maps.map((m) => {
      const base = { document: m.document, valid: m.valid, source };
      // JSON keeps the main thread's copy small (its parser shares repeated short strings);
      // the rare map with values JSON cannot carry (NaN, -0, ...) is cloned as it is.
      return isJsonFaithful(m.map)
        ? { ...base, json: JSON.stringify(m.map) }
        : { ...base, map: m.map };
    }),
  };
}

(port as MessagePort).on('message', (batch: Batch) => {
  let result: BatchResult;
  try {
    result = { id: batch.id, outcomes: batch.files.map((f) => checkOne(f.path, f.file)) };
  } catch (error) {
    result = {
      id: batch.id,
      error: error instanceof Error ? (error.stack ?? error.message) : String(error),
    };
  }
  port.postMessage(result);
  // Wake the main thread, which waits on this counter rather than on its event loop.
  Atomics.add(signal, 0, 1);
  Atomics.notify(signal, 0);
});
