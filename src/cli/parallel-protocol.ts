/**
 * What the main thread and the check workers send each other (./parallel.ts, ./check-worker.ts):
 * a file's `CheckedFile` (src/validate/check.ts), which is plain data by design, with each map
 * as JSON so that the main thread's copy stays small. A worker returns everything the run needs
 * from the file (diagnostics and the map's own rule findings placed, the positions in `account`,
 * the suppression comments), so the main thread never reads a file again.
 */
import type { AccountMap, PortfolioMap } from '../model/account-map.js';
import type { RuleRunnerOptions } from '../rules/index.js';
import {
  accountsOnly,
  type CheckedFile,
  checkFile,
  type LoadedMap,
  type RuleRunner,
} from '../validate/check.js';
import { contentHash, statFingerprint } from './fingerprint.js';
import { decode, type ReadResult, readFileBytes, readTextFile } from './io.js';

/**
 * Which check a file that cannot be checked falls under: `io` when its bytes could not be read
 * (missing, a folder, not permitted, too large), `yaml` when they were read but are not text.
 */
export type UnreadableRule = 'io' | 'yaml';

/** Why a file could not be read, as `readTextFile` says it. */
type Unreadable = Exclude<ReadResult, { text: string }>;

export function unreadableOutcome(read: Unreadable): {
  kind: 'unreadable';
  problem: string;
  fatal: boolean;
  rule: UnreadableRule;
} {
  return {
    kind: 'unreadable',
    problem: read.problem,
    fatal: read.fatal,
    rule: read.reason === undefined ? 'io' : 'yaml',
  };
}

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
  /** The rules' settings, when the run checks rules (each map's own rules run in the worker). */
  rules?: RuleRunnerOptions;
  /** Send only each map's `account` (see `accountsOnly` in src/validate/check.ts). */
  accountsOnly: boolean;
  /** Send the hash of each file's bytes (`contentHash`), for the cache. */
  hash: boolean;
}

/** A batch checked (`start` is the index of its first file), the end, or a bug. */
export type FromWorker =
  | { kind: 'batch'; start: number; outcomes: FileOutcome[] }
  | { kind: 'done' }
  | { kind: 'error'; error: string };

/**
 * A loaded map as sent: the map as JSON, or (when JSON cannot carry it faithfully) itself, or
 * only its `account` (cloned as it is: small).
 */
interface TransferredMap extends Omit<LoadedMap, 'map'> {
  json?: string;
  map?: AccountMap | PortfolioMap;
}

export type FileOutcome =
  | { kind: 'unreadable'; problem: string; fatal: boolean; rule: UnreadableRule }
  | ({ kind: 'checked'; hash?: string; stat?: string } & Omit<CheckedFile, 'maps'> & {
        maps: TransferredMap[];
      });

/**
 * Reads a file as `checkFile` wants it, and when asked (for the cache) the hash of its bytes
 * and its stat fingerprint (`statFingerprint`).
 */
export function readForCheck(
  path: string,
  maxBytes: number,
  hash: boolean,
): { text: string; hash?: string; stat?: string } | Unreadable {
  if (!hash) return readTextFile(path, maxBytes);
  const read = readFileBytes(path, maxBytes);
  if (!('bytes' in read)) return read;
  const text = decode(read.bytes);
  if (!('text' in text)) return text;
  const stat = statFingerprint(read.stat);
  return {
    text: text.text,
    hash: contentHash(read.bytes),
    ...(stat === undefined ? {} : { stat }),
  };
}

/** Reads and checks one file, and gives it in the form that is sent between threads. */
export function checkForTransfer(
  path: string,
  file: string,
  maxBytes: number,
  rules: RuleRunner | undefined,
  { accounts, hash }: { accounts: boolean; hash: boolean },
): FileOutcome {
  const read = readForCheck(path, maxBytes, hash);
  if (!('text' in read)) return unreadableOutcome(read);
  const check = checkFile({ file, text: read.text }, { maxBytes, ...(rules ? { rules } : {}) });
  const sum = {
    ...(read.hash === undefined ? {} : { hash: read.hash }),
    ...(read.stat === undefined ? {} : { stat: read.stat }),
  };
  if (accounts) return { kind: 'checked', ...sum, ...accountsOnly(check) };
  return {
    kind: 'checked',
    ...sum,
    summary: check.summary,
    diagnostics: check.diagnostics,
    maps: check.maps.map(({ map, ...rest }) =>
      // JSON keeps the main thread's copy small (flat strings, none of them a slice that keeps
      // the whole text alive); the rare map with values JSON cannot carry (NaN, -0, ...) is
      // cloned as it is.
      isJsonFaithful(map) ? { ...rest, json: JSON.stringify(map) } : { ...rest, map },
    ),
  };
}

/**
 * A sent file as the main thread keeps it: the `CheckedFile` again, with whole maps or with
 * each map's `account` (`M`), as it was sent.
 */
export function received<M extends PortfolioMap>(
  outcome: Extract<FileOutcome, { kind: 'checked' }>,
): CheckedFile<M> {
  return {
    summary: outcome.summary,
    diagnostics: outcome.diagnostics,
    maps: outcome.maps.map(({ json, map, ...rest }) => ({
      ...rest,
      map: (json !== undefined ? JSON.parse(json) : map) as M,
    })),
  };
}

/** True when `JSON.parse(JSON.stringify(value))` gives back an equal value. */
function isJsonFaithful(value: unknown): boolean {
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
