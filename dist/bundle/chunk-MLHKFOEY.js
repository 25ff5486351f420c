import { createRequire as __acctmapCreateRequire } from 'node:module';
const require = __acctmapCreateRequire(import.meta.url);
import {
  contentHash,
  statFingerprint
} from "./chunk-FECTPEQ5.js";
import {
  readFileBytes,
  writeFileAtomic
} from "./chunk-LITMVH3X.js";
import {
  describeSystemError
} from "./chunk-AR6G5YW2.js";

// dist/cli/cache.js
import { createHash } from "node:crypto";
import * as fs from "node:fs";
var FORMAT = 2;
var KIND = "acctmap validate cache";
function unchanged(at, facts, maxBytes) {
  if (facts.stat !== void 0) {
    let now;
    try {
      now = fs.statSync(at);
    } catch {
      return { same: false };
    }
    if (now.isFile() && statFingerprint(now) === facts.stat)
      return { same: true, stat: facts.stat };
  }
  const read = readFileBytes(at, maxBytes);
  if (!("bytes" in read) || contentHash(read.bytes) !== facts.hash)
    return { same: false };
  const stat = statFingerprint(read.stat);
  return stat === void 0 ? { same: true } : { same: true, stat };
}
var digests = /* @__PURE__ */ new Map();
function digest(settings) {
  let d = digests.get(settings);
  if (d === void 0) {
    d = createHash("sha256").update(settings).digest("base64url");
    digests.set(settings, d);
  }
  return d;
}
var RunCache = class _RunCache {
  file;
  run;
  entries;
  read;
  lastRead;
  changed = false;
  /** The files' results as written: the line read while nothing changed, else `freeze`'s. */
  frozen;
  constructor(file, run, entries, read, lastRead) {
    this.file = file;
    this.run = run;
    this.entries = entries;
    this.read = read;
    this.lastRead = lastRead;
  }
  /** The cache at `file` for a run with `key`; empty when there is none or it cannot be used. */
  static open(file, key) {
    const run = JSON.stringify([
      key.version,
      FORMAT,
      key.rules,
      key.rules ? key.asOf : null,
      key.maxBytes
    ]);
    const stored = readStored(file, run);
    return new _RunCache(file, run, stored.entries, stored.line, stored.last);
  }
  /**
   * The kept result of a file, if its bytes, name and rule settings are those it was kept for.
   * A file with the stat fingerprint it was kept with is not read; any other is read for its
   * hash. One that cannot be read is left to checking, which says why.
   */
  lookup(target, settings, maxBytes) {
    const entry = this.entries.get(target.path);
    if (!entry || entry.file !== target.file || entry.settings !== digest(settings)) {
      return void 0;
    }
    const now = unchanged(target.path, entry, maxBytes);
    if (!now.same)
      return void 0;
    const { stat } = now;
    if (stat !== entry.stat) {
      if (stat === void 0)
        delete entry.stat;
      else
        entry.stat = stat;
      this.changed = true;
    }
    return entry.check;
  }
  /** Keeps what checking a file gave, for the next run. */
  store(target, settings, { hash, stat }, check) {
    this.entries.set(target.path, {
      file: target.file,
      hash,
      ...stat === void 0 ? {} : { stat },
      settings: digest(settings),
      check
    });
    this.changed = true;
  }
  /** What the cache knows of the file at `at` (absolute), if it keeps a result for it. */
  facts(at) {
    const entry = this.entries.get(at);
    if (!entry)
      return void 0;
    return entry.stat === void 0 ? { hash: entry.hash } : { hash: entry.hash, stat: entry.stat };
  }
  /**
   * Takes the files' results as they are now, for `save`: before the run-wide checks, which
   * mark maps (duplicate ids) that the next run must see as they came out of their own file.
   */
  freeze() {
    this.frozen = !this.changed && this.read !== void 0 ? this.read : JSON.stringify(Object.fromEntries(this.entries));
  }
  /**
   * Writes the cache, with `last` (or without a last run), when anything changed, whole or not
   * at all. A cache that cannot be written costs speed, not correctness: the reason comes back
   * for a note on stderr.
   */
  save(last) {
    const outputs = last?.outputs.map((o) => Buffer.from(o.content)) ?? [];
    const stored = last && {
      ...last,
      outputs: last.outputs.map((o, i) => ({
        ...o.output === void 0 ? {} : { output: o.output },
        bytes: outputs[i].length
      }))
    };
    const lastText = lastRunText(stored, outputs);
    if (!this.changed && lastText === this.lastRead)
      return void 0;
    if (this.frozen === void 0)
      this.freeze();
    const header = {
      kind: KIND,
      format: FORMAT,
      run: this.run,
      ...stored === void 0 ? {} : { last: stored },
      outputBytes: outputs.reduce((sum, b) => sum + b.length, 0)
    };
    try {
      writeFileAtomic(this.file, Buffer.concat([
        Buffer.from(`${JSON.stringify(header)}
`),
        ...outputs,
        Buffer.from(this.frozen)
      ]));
      this.changed = false;
      return void 0;
    } catch (error) {
      return error instanceof Error ? error.message : describeSystemError(error);
    }
  }
};
function lastRunText(last, outputs) {
  return last === void 0 ? "" : `${JSON.stringify(last)}
${outputs.map((o) => Buffer.from(o).toString("latin1")).join("")}`;
}
function readHeader(file, head = false) {
  let fd;
  try {
    fd = fs.openSync(file, "r");
  } catch {
    return void 0;
  }
  try {
    const size = fs.fstatSync(fd).size;
    const bytes = Buffer.allocUnsafe(size);
    let got = 0;
    const readTo = (want) => {
      while (got < want) {
        const n = fs.readSync(fd, bytes, got, head ? Math.min(want, size) - got : size - got, got);
        if (n === 0)
          break;
        got += n;
      }
    };
    let end = -1;
    for (let want = Math.min(size, 256 * 1024); end < 0 && got < size; want *= 2) {
      const from = got;
      readTo(Math.min(want, size));
      end = bytes.subarray(from, got).indexOf(10);
      if (end >= 0)
        end += from;
      if (got === from)
        break;
    }
    if (end < 0)
      return void 0;
    let header;
    try {
      header = JSON.parse(bytes.toString("utf8", 0, end));
    } catch {
      return void 0;
    }
    if (!isRecord(header) || header.kind !== KIND || header.format !== FORMAT)
      return void 0;
    const outputBytes = header.outputBytes;
    if (typeof header.run !== "string" || !Number.isSafeInteger(outputBytes))
      return void 0;
    readTo(head ? end + 1 + outputBytes : size);
    if (got < end + 1 + outputBytes)
      return void 0;
    return { header, bytes: bytes.subarray(0, got), at: end + 1 };
  } catch {
    return void 0;
  } finally {
    fs.closeSync(fd);
  }
}
function lastRunIn(read) {
  const { last } = read.header;
  if (!isLastRun(last))
    return void 0;
  const outputs = [];
  let at = read.at;
  for (const o of last.outputs) {
    outputs.push(read.bytes.subarray(at, at + o.bytes));
    at += o.bytes;
  }
  if (at !== read.at + read.header.outputBytes)
    return void 0;
  return {
    last: {
      ...last,
      outputs: last.outputs.map((o, i) => ({
        ...o.output === void 0 ? {} : { output: o.output },
        content: outputs[i]
      }))
    },
    outputs
  };
}
function readLastRun(file) {
  const read = readHeader(file, true);
  return read && lastRunIn(read)?.last;
}
function readStored(file, run) {
  const entries = /* @__PURE__ */ new Map();
  const read = readHeader(file);
  if (read === void 0 || read.header.run !== run)
    return { entries };
  const line = read.bytes.toString("utf8", read.at + read.header.outputBytes);
  let stored;
  try {
    stored = JSON.parse(line);
  } catch {
    return { entries };
  }
  if (!isRecord(stored))
    return { entries };
  let whole = true;
  for (const [at, entry] of Object.entries(stored)) {
    if (isEntry(entry))
      entries.set(at, entry);
    else
      whole = false;
  }
  const last = lastRunIn(read);
  return {
    entries,
    // A line with a damaged entry is written again without it.
    ...whole ? { line } : {},
    ...last ? { last: lastRunText(read.header.last, last.outputs) } : {}
  };
}
function isLastRun(value) {
  if (!isRecord(value))
    return false;
  const { config, files, outputs, parsed } = value;
  return typeof value.key === "string" && isRecord(parsed) && isStrings(parsed.paths) && (parsed.config === void 0 || typeof parsed.config === "string") && (parsed.asOf === void 0 || typeof parsed.asOf === "string") && (parsed.color === void 0 || typeof parsed.color === "boolean") && isStrings(parsed.ignorePattern) && typeof parsed.gitignore === "boolean" && (config === null || isRecord(config) && typeof config.file === "string" && typeof config.hash === "string") && isStrings(value.ignore) && typeof value.ignoreBase === "string" && typeof value.maxBytes === "number" && Array.isArray(files) && files.every((f) => isRecord(f) && typeof f.path === "string" && typeof f.named === "boolean" && typeof f.hash === "string" && (f.stat === void 0 || typeof f.stat === "string")) && Array.isArray(outputs) && outputs.every((o) => isRecord(o) && Number.isSafeInteger(o.bytes) && o.bytes >= 0 && (o.output === void 0 || typeof o.output === "string")) && typeof value.stderr === "string" && Number.isInteger(value.exit);
}
function isStrings(value) {
  return Array.isArray(value) && value.every((s) => typeof s === "string");
}
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function isEntry(value) {
  if (!isRecord(value) || !isRecord(value.check))
    return false;
  const { check } = value;
  return typeof value.file === "string" && typeof value.hash === "string" && (value.stat === void 0 || typeof value.stat === "string") && typeof value.settings === "string" && isRecord(check.summary) && check.summary.file === value.file && Array.isArray(check.summary.maps) && Array.isArray(check.diagnostics) && check.diagnostics.every(isRecord) && Array.isArray(check.maps) && check.maps.every((m) => isRecord(m) && isRecord(m.map) && isRecord(m.map.account) && typeof m.map.account.id === "string" && isRecord(m.anchors) && Array.isArray(m.suppressions) && Array.isArray(m.used));
}

export {
  unchanged,
  RunCache,
  readLastRun
};
