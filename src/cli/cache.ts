/**
 * `acctmap validate --cache`, as ESLint's: what checking each file gave is kept between runs, and
 * a file is checked again only when something its result depends on has changed. The key of a
 * file's result:
 *
 * - the SHA-256 of its bytes (not its time stamp alone: a checkout or a copy changes those, and
 *   an edit within the same tick of the clock would not). A file whose stat fingerprint (device,
 *   inode, size, mtime and ctime; see `statFingerprint`) is the one it had when its bytes were
 *   hashed is not read again: that is git's test of an unchanged file, ctime included, which
 *   no tool can set back, and kept only for files not changed within two seconds of being read;
 * - the name it is shown by (its findings carry it) and its absolute path;
 * - the severity and options of every rule for that file (the config's `rules`, the `overrides`
 *   that match it, `--rule`), as the rules resolve them;
 * - for the whole run: acctmap's version, the format of this file, whether rules run, the
 *   largest file acctmap reads (`max_file_mb`) and, whenever rules run, the `--as-of` date
 *   (always, not only for the rules that read it: nearly every map has a date rule that can
 *   fire, and a key that always holds the date can never be stale). A change in any of these
 *   starts the cache afresh.
 *
 * What is kept is each file's `CheckedFile` with only the `account` of each map (what the
 * portfolio rules read): the portfolio rules, duplicate ids and the stale-suppression reports
 * that depend on them always run again over every map.
 *
 * Beside the files' results, the cache keeps the last run's whole answer (`LastRun`: what it
 * wrote, and everything it read): when nothing the answer depends on has changed, the next
 * identical command gives that answer again without loading the checking code (./replay.ts).
 *
 * The cache is one file, written whole or not at all: a first line of JSON with the kind, format,
 * run key and the last run; then the last run's outputs, byte for byte as they were written;
 * then the files' results as JSON. ./replay.ts reads the first line and the outputs only. One
 * that cannot be read, is not in this shape, or was written by another version or format is
 * ignored (and replaced), never an error.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import type { PortfolioMap } from '../model/account-map.js';
import type { CheckedFile } from '../validate/check.js';
import { describeSystemError } from './errors.js';
import { contentHash, statFingerprint } from './fingerprint.js';
import { readFileBytes, writeFileAtomic } from './io.js';

/** Changes whenever what is kept changes shape. */
const FORMAT = 2;
const KIND = 'acctmap validate cache';

/** What a run's results depend on besides each file (see the module's comment). */
export interface RunKey {
  version: string;
  rules: boolean;
  /** The `--as-of` date; left out of the key when rules do not run. */
  asOf: string;
  maxBytes: number;
}

interface Entry {
  /** As the file is shown to the user (findings carry it). */
  file: string;
  hash: string;
  /** Its stat fingerprint when the bytes were hashed, if one could be trusted. */
  stat?: string;
  settings: string;
  check: CheckedFile<PortfolioMap>;
}

/** The first line of the cache file. */
interface Header {
  kind: typeof KIND;
  format: number;
  run: string;
  /** The last run, its outputs by their length in bytes. */
  last?: StoredLastRun;
  /** How many bytes of outputs follow the first line, before the files' results. */
  outputBytes: number;
}

type StoredLastRun = Omit<LastRun, 'outputs'> & {
  outputs: Array<{ output?: string; bytes: number }>;
};

/**
 * A run's whole answer and what it was read from, for ./replay.ts: kept only for a run that read
 * every file without a problem and wrote nothing it could not write again the same way.
 */
export interface LastRun {
  /** Everything besides the config and files the answer depends on (./replay.ts `replayKey`). */
  key: string;
  /** What the command line's options were, for replaying (the same words parse the same). */
  parsed: {
    paths: string[];
    config?: string;
    asOf?: string;
    color?: boolean;
    ignorePattern: string[];
    gitignore: boolean;
  };
  /** The config file read (absolute) and the hash of its bytes; null: none, the defaults. */
  config: { file: string; hash: string } | null;
  /** What the file search needs from the config, which replaying does not load. */
  ignore: string[];
  ignoreBase: string;
  maxBytes: number;
  /** Every file the search found, in its order, with what its bytes were. */
  files: Array<{ path: string; named: boolean; hash: string; stat?: string }>;
  /**
   * Every output in the order written: to `output` (a file) or, without it, to stdout. Kept as
   * written, after the first line: given again byte for byte, never parsed.
   */
  outputs: Array<{ output?: string; content: string | Uint8Array }>;
  /** What went to stderr. */
  stderr: string;
  exit: number;
}

/** What a file's bytes were when it was last read: their hash, and its stat fingerprint. */
export interface FileFacts {
  hash: string;
  stat?: string;
}

/**
 * Whether the file at `at` still holds the bytes `facts` describes: by its stat fingerprint when
 * that is the one it had (not read at all), else by reading it for the hash. The stat it has now
 * comes back when the bytes are the same but the fingerprint moved (a checkout, a copy).
 */
export function unchanged(
  at: string,
  facts: FileFacts,
  maxBytes: number,
): { same: false } | { same: true; stat?: string } {
  if (facts.stat !== undefined) {
    let now: fs.Stats | undefined;
    try {
      now = fs.statSync(at);
    } catch {
      return { same: false };
    }
    if (now.isFile() && statFingerprint(now) === facts.stat)
      return { same: true, stat: facts.stat };
  }
  const read = readFileBytes(at, maxBytes);
  if (!('bytes' in read) || contentHash(read.bytes) !== facts.hash) return { same: false };
  const stat = statFingerprint(read.stat);
  return stat === undefined ? { same: true } : { same: true, stat };
}

const digests = new Map<string, string>();
/** A rule-settings key (about 1 kB of JSON) as a short digest, to keep per file. */
function digest(settings: string): string {
  let d = digests.get(settings);
  if (d === undefined) {
    d = createHash('sha256').update(settings).digest('base64url');
    digests.set(settings, d);
  }
  return d;
}

export class RunCache {
  private changed = false;
  /** The files' results as written: the line read while nothing changed, else `freeze`'s. */
  private frozen: string | undefined;

  private constructor(
    readonly file: string,
    private readonly run: string,
    private readonly entries: Map<string, Entry>,
    /** The second line as read, when it was used. */
    private readonly read: string | undefined,
    /** The last run as read (its JSON), to write it only when it changes. */
    private readonly lastRead: string | undefined,
  ) {}

  /** The cache at `file` for a run with `key`; empty when there is none or it cannot be used. */
  static open(file: string, key: RunKey): RunCache {
    const run = JSON.stringify([
      key.version,
      FORMAT,
      key.rules,
      key.rules ? key.asOf : null,
      key.maxBytes,
    ]);
    const stored = readStored(file, run);
    return new RunCache(file, run, stored.entries, stored.line, stored.last);
  }

  /**
   * The kept result of a file, if its bytes, name and rule settings are those it was kept for.
   * A file with the stat fingerprint it was kept with is not read; any other is read for its
   * hash. One that cannot be read is left to checking, which says why.
   */
  lookup(
    target: { path: string; file: string },
    settings: string,
    maxBytes: number,
  ): CheckedFile<PortfolioMap> | undefined {
    const entry = this.entries.get(target.path);
    if (!entry || entry.file !== target.file || entry.settings !== digest(settings)) {
      return undefined;
    }
    const now = unchanged(target.path, entry, maxBytes);
    if (!now.same) return undefined;
    // The same bytes with new times (a checkout, a copy): known by the new ones from now on.
    const { stat } = now;
    if (stat !== entry.stat) {
      if (stat === undefined) delete entry.stat;
      else entry.stat = stat;
      this.changed = true;
    }
    return entry.check;
  }

  /** Keeps what checking a file gave, for the next run. */
  store(
    target: { path: string; file: string },
    settings: string,
    { hash, stat }: { hash: string; stat?: string },
    check: CheckedFile<PortfolioMap>,
  ): void {
    this.entries.set(target.path, {
      file: target.file,
      hash,
      ...(stat === undefined ? {} : { stat }),
      settings: digest(settings),
      check,
    });
    this.changed = true;
  }

  /** What the cache knows of the file at `at` (absolute), if it keeps a result for it. */
  facts(at: string): FileFacts | undefined {
    const entry = this.entries.get(at);
    if (!entry) return undefined;
    return entry.stat === undefined ? { hash: entry.hash } : { hash: entry.hash, stat: entry.stat };
  }

  /**
   * Takes the files' results as they are now, for `save`: before the run-wide checks, which
   * mark maps (duplicate ids) that the next run must see as they came out of their own file.
   */
  freeze(): void {
    this.frozen =
      !this.changed && this.read !== undefined
        ? this.read
        : JSON.stringify(Object.fromEntries(this.entries));
  }

  /**
   * Writes the cache, with `last` (or without a last run), when anything changed, whole or not
   * at all. A cache that cannot be written costs speed, not correctness: the reason comes back
   * for a note on stderr.
   */
  save(last?: LastRun): string | undefined {
    const outputs = last?.outputs.map((o) => Buffer.from(o.content)) ?? [];
    const stored: StoredLastRun | undefined = last && {
      ...last,
      outputs: last.outputs.map((o, i) => ({
        ...(o.output === undefined ? {} : { output: o.output }),
        bytes: outputs[i]!.length,
      })),
    };
    const lastText = lastRunText(stored, outputs);
    if (!this.changed && lastText === this.lastRead) return undefined;
    if (this.frozen === undefined) this.freeze();
    const header: Header = {
      kind: KIND,
      format: FORMAT,
      run: this.run,
      ...(stored === undefined ? {} : { last: stored }),
      outputBytes: outputs.reduce((sum, b) => sum + b.length, 0),
    };
    try {
      writeFileAtomic(
        this.file,
        Buffer.concat([
          Buffer.from(`${JSON.stringify(header)}\n`),
          ...outputs,
          Buffer.from(this.frozen!),
        ]),
      );
      this.changed = false;
      return undefined;
    } catch (error) {
      return error instanceof Error ? error.message : describeSystemError(error);
    }
  }
}

/** A last run and its outputs as one text, to tell whether a run's differs from the kept one. */
function lastRunText(last: StoredLastRun | undefined, outputs: readonly Uint8Array[]): string {
  return last === undefined
    ? ''
    : `${JSON.stringify(last)}\n${outputs.map((o) => Buffer.from(o).toString('latin1')).join('')}`;
}

/**
 * The first line of the cache at `file` (JSON never holds a raw line break), if it is one, with
 * the bytes read (`bytes`, where the outputs start at `at`): all of the file, or with `head` only
 * the first line and the outputs after it (all a replay needs: half of the file on 1,000 maps).
 */
function readHeader(
  file: string,
  head = false,
): { header: Header; bytes: Buffer; at: number } | undefined {
  let fd: number;
  try {
    fd = fs.openSync(file, 'r');
  } catch {
    return undefined; // none yet, or unreadable: start afresh
  }
  try {
    const size = fs.fstatSync(fd).size;
    // One buffer for the whole file, filled only as far as needed: no copies.
    const bytes = Buffer.allocUnsafe(size);
    let got = 0;
    const readTo = (want: number) => {
      while (got < want) {
        const n = fs.readSync(fd, bytes, got, head ? Math.min(want, size) - got : size - got, got);
        if (n === 0) break;
        got += n;
      }
    };
    let end = -1;
    for (let want = Math.min(size, 256 * 1024); end < 0 && got < size; want *= 2) {
      const from = got;
      readTo(Math.min(want, size));
      end = bytes.subarray(from, got).indexOf(10);
      if (end >= 0) end += from;
      if (got === from) break;
    }
    if (end < 0) return undefined;
    let header: unknown;
    try {
      header = JSON.parse(bytes.toString('utf8', 0, end));
    } catch {
      return undefined;
    }
    if (!isRecord(header) || header.kind !== KIND || header.format !== FORMAT) return undefined;
    const outputBytes = header.outputBytes;
    if (typeof header.run !== 'string' || !Number.isSafeInteger(outputBytes)) return undefined;
    readTo(head ? end + 1 + (outputBytes as number) : size);
    if (got < end + 1 + (outputBytes as number)) return undefined;
    return { header: header as unknown as Header, bytes: bytes.subarray(0, got), at: end + 1 };
  } catch {
    return undefined;
  } finally {
    fs.closeSync(fd);
  }
}

/** The last run in a header, with its outputs from the bytes after it; if it is whole. */
function lastRunIn(read: {
  header: Header;
  bytes: Buffer;
  at: number;
}): { last: LastRun; outputs: Buffer[] } | undefined {
  const { last } = read.header;
  if (!isLastRun(last)) return undefined;
  const outputs: Buffer[] = [];
  let at = read.at;
  for (const o of last.outputs) {
    outputs.push(read.bytes.subarray(at, at + o.bytes));
    at += o.bytes;
  }
  if (at !== read.at + read.header.outputBytes) return undefined;
  return {
    last: {
      ...last,
      outputs: last.outputs.map((o, i) => ({
        ...(o.output === undefined ? {} : { output: o.output }),
        content: outputs[i]!,
      })),
    },
    outputs,
  };
}

/**
 * The last run kept in the cache at `file`, if there is one in the shape this version writes.
 * Its key says whether it is the answer to this run (./replay.ts).
 */
export function readLastRun(file: string): LastRun | undefined {
  const read = readHeader(file, true);
  return read && lastRunIn(read)?.last;
}

/**
 * The entries of the cache at `file` when it is one this run can use, with their JSON as read
 * and the last run's text (`lastRunText`); else none.
 */
function readStored(
  file: string,
  run: string,
): { entries: Map<string, Entry>; line?: string; last?: string } {
  const entries = new Map<string, Entry>();
  const read = readHeader(file);
  if (read === undefined || read.header.run !== run) return { entries };
  const line = read.bytes.toString('utf8', read.at + read.header.outputBytes);
  let stored: unknown;
  try {
    stored = JSON.parse(line);
  } catch {
    return { entries };
  }
  if (!isRecord(stored)) return { entries };
  let whole = true;
  for (const [at, entry] of Object.entries(stored)) {
    if (isEntry(entry)) entries.set(at, entry);
    else whole = false;
  }
  const last = lastRunIn(read);
  return {
    entries,
    // A line with a damaged entry is written again without it.
    ...(whole ? { line } : {}),
    ...(last ? { last: lastRunText(read.header.last, last.outputs) } : {}),
  };
}

/** The shape of a last run, checked as far as a damaged file could break a replay. */
function isLastRun(value: unknown): value is StoredLastRun {
  if (!isRecord(value)) return false;
  const { config, files, outputs, parsed } = value;
  return (
    typeof value.key === 'string' &&
    isRecord(parsed) &&
    isStrings(parsed.paths) &&
    (parsed.config === undefined || typeof parsed.config === 'string') &&
    (parsed.asOf === undefined || typeof parsed.asOf === 'string') &&
    (parsed.color === undefined || typeof parsed.color === 'boolean') &&
    isStrings(parsed.ignorePattern) &&
    typeof parsed.gitignore === 'boolean' &&
    (config === null ||
      (isRecord(config) && typeof config.file === 'string' && typeof config.hash === 'string')) &&
    isStrings(value.ignore) &&
    typeof value.ignoreBase === 'string' &&
    typeof value.maxBytes === 'number' &&
    Array.isArray(files) &&
    files.every(
      (f) =>
        isRecord(f) &&
        typeof f.path === 'string' &&
        typeof f.named === 'boolean' &&
        typeof f.hash === 'string' &&
        (f.stat === undefined || typeof f.stat === 'string'),
    ) &&
    Array.isArray(outputs) &&
    outputs.every(
      (o) =>
        isRecord(o) &&
        Number.isSafeInteger(o.bytes) &&
        (o.bytes as number) >= 0 &&
        (o.output === undefined || typeof o.output === 'string'),
    ) &&
    typeof value.stderr === 'string' &&
    Number.isInteger(value.exit)
  );
}

function isStrings(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((s) => typeof s === 'string');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The shape of an entry, checked as far as a damaged file could break the run. */
function isEntry(value: unknown): value is Entry {
  if (!isRecord(value) || !isRecord(value.check)) return false;
  const { check } = value;
  return (
    typeof value.file === 'string' &&
    typeof value.hash === 'string' &&
    (value.stat === undefined || typeof value.stat === 'string') &&
    typeof value.settings === 'string' &&
    isRecord(check.summary) &&
    check.summary.file === value.file &&
    Array.isArray(check.summary.maps) &&
    Array.isArray(check.diagnostics) &&
    check.diagnostics.every(isRecord) &&
    Array.isArray(check.maps) &&
    check.maps.every(
      (m) =>
        isRecord(m) &&
        isRecord(m.map) &&
        isRecord(m.map.account) &&
        typeof m.map.account.id === 'string' &&
        isRecord(m.anchors) &&
        Array.isArray(m.suppressions) &&
        Array.isArray(m.used),
    )
  );
}
