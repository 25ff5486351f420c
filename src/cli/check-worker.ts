/**
 * A worker thread of `checkFiles` (./parallel.ts): it claims batches of the run's files from the
 * counter it shares with the main thread and the other workers, reads and checks each file on
 * its own (parse, schema, references) and sends back what the main thread needs: the
 * diagnostics, placed already, and the maps, without their text. It stops when nothing is left.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { checkFile } from '../validate/check.js';
import { readTextFile } from './io.js';
import {
  digestOf,
  type FileOutcome,
  type FromWorker,
  isJsonFaithful,
  type WorkerInit,
} from './parallel-protocol.js';

const { files, claims, batch, maxBytes } = workerData as WorkerInit;

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

const send = (message: FromWorker) => parentPort!.postMessage(message);
try {
  for (let start = Atomics.add(claims, 0, batch); start < files.length; ) {
    const end = Math.min(start + batch, files.length);
    const outcomes: FileOutcome[] = [];
    for (let i = start; i < end; i++) outcomes.push(checkOne(files[i]!.path, files[i]!.file));
    send({ kind: 'batch', start, outcomes });
    start = Atomics.add(claims, 0, batch);
  }
  send({ kind: 'done' });
} catch (error) {
  send({
    kind: 'error',
    error: error instanceof Error ? (error.stack ?? error.message) : String(error),
  });
}
