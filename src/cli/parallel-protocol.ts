/**
 * What the main thread and the check workers send each other (./parallel.ts, ./check-worker.ts):
 * a checked file without its text, in a form that keeps the main thread's copy small.
 */
import type { AccountMap } from '../model/account-map.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { checkFile, type FileSummary } from '../validate/check.js';
import { readTextFile } from './io.js';

export interface WorkerInit {
  /** Every file of the run; a worker checks the batches it claims. */
  files: Array<{ path: string; file: string }>;
  /**
   * Shared with the main thread and the other workers: the index of the next file nobody has
   * claimed yet. `Atomics.add(claims, 0, batch)` claims the batch that starts at the old value.
   */
  claims: Int32Array;
  batch: number;
  maxBytes: number;
}

/** A batch checked (`start` is the index of its first file), the end, or a bug. */
export type FromWorker =
  | { kind: 'batch'; start: number; outcomes: FileOutcome[] }
  | { kind: 'done' }
  | { kind: 'error'; error: string };

export interface TransferredMap {
  document: number;
  valid: boolean;
  /** The text when it may hold suppression comments, else ''. */
  source: string;
  /** The map as JSON, or (when JSON cannot carry it faithfully) the map itself. */
  json?: string;
  map?: AccountMap;
}

export type FileOutcome =
  | { kind: 'unreadable'; problem: string; fatal: boolean }
  | {
      kind: 'checked';
      summary: FileSummary;
      diagnostics: Diagnostic[];
      /** Of the text that was checked, so a later read for positions can tell it is the same. */
      digest: string;
      maps: TransferredMap[];
    };

/**
 * Reads and checks one file, and gives what the main thread keeps of it: the diagnostics, placed
 * already, and the maps, without the file's text (it is read again if a rule finding needs a
 * position in it).
 */
export function checkForTransfer(path: string, file: string, maxBytes: number): FileOutcome {
  const read = readTextFile(path, maxBytes);
  if (!('text' in read)) return { kind: 'unreadable', problem: read.problem, fatal: read.fatal };
  const text = read.text;
  const check = checkFile({ file, text }, { maxBytes });
  // Suppression comments are the only reason the main thread reads a file's text; without
  // `acctmap-` in it there is none, and the text is not kept.
  const source = text.includes('acctmap-') ? text : '';
  return {
    kind: 'checked',
    summary: check.summary,
    diagnostics: check.diagnostics,
    digest: digestOf(text),
    maps: check.maps.map((m) => {
      const base = { document: m.document, valid: m.valid, source };
      // JSON keeps the main thread's copy small (flat strings, none of them a slice that keeps
      // the whole text alive); the rare map with values JSON cannot carry (NaN, -0, ...) is
      // cloned as it is.
      return isJsonFaithful(m.map)
        ? { ...base, json: JSON.stringify(m.map) }
        : { ...base, map: m.map };
    }),
  };
}

/** Length and FNV-1a hash of a text: enough to notice that a file changed during the run. */
export function digestOf(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return `${text.length}:${(h >>> 0).toString(16)}`;
}

/** True when `JSON.parse(JSON.stringify(value))` gives back an equal value. */
export function isJsonFaithful(value: unknown): boolean {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return true;
    case 'number':
      return Number.isFinite(value) && !Object.is(value, -0);
    case 'object': {
      if (value === null) return true;
      if (Array.isArray(value)) {
        for (const item of value) if (!isJsonFaithful(item)) return false;
        return true;
      }
      if (Object.getPrototypeOf(value) !== Object.prototype) return false;
      for (const key of Object.keys(value)) {
        if (key === '__proto__') return false;
        if (!isJsonFaithful((value as Record<string, unknown>)[key])) return false;
      }
      return true;
    }
    default:
      return false;
  }
}
