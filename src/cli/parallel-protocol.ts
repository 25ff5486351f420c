/** What the main thread and the check workers send each other (./parallel.ts, ./check-worker.ts). */
import type { AccountMap } from '../model/account-map.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { FileSummary } from '../validate/check.js';

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
