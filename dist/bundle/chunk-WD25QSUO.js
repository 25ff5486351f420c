import { createRequire as __acctmapCreateRequire } from 'node:module';
const require = __acctmapCreateRequire(import.meta.url);
import {
  WORKER_SCRIPT,
  cacheFile,
  forcedWorkers,
  machineForWorkers,
  parallelFrom,
  takeEarlyWorkers,
  version,
  workersForCores
} from "./chunk-VIOX3GMW.js";
import {
  checkForTransfer,
  contentHash,
  readForCheck,
  received,
  statFingerprint,
  unreadableOutcome
} from "./chunk-EADTR4Z6.js";
import {
  discover
} from "./chunk-4PKGZISW.js";
import {
  note
} from "./chunk-EM7SKYIM.js";
import {
  accountsOnly,
  checkFile,
  createRuleRunner,
  fileDiagnostic,
  finishCheck
} from "./chunk-DKWEZKB6.js";
import {
  compareDiagnostics,
  isBuiltInCheck
} from "./chunk-EOFZAPUG.js";
import {
  decode,
  displayPath,
  readFileBytes,
  writeFileAtomic
} from "./chunk-LITMVH3X.js";
import {
  tooLargeMessage
} from "./chunk-CE5LU4KN.js";
import {
  closest
} from "./chunk-A4RBNV6B.js";
import {
  UsageError,
  describeSystemError
} from "./chunk-AR6G5YW2.js";

// dist/cli/maps.js
import * as fs2 from "node:fs";
import * as path from "node:path";

// dist/cli/cache.js
import { createHash } from "node:crypto";
import * as fs from "node:fs";
var FORMAT = 1;
var KIND = "acctmap validate cache";
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
  changed = false;
  constructor(file, run, entries) {
    this.file = file;
    this.run = run;
    this.entries = entries;
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
    return new _RunCache(file, run, readEntries(file, run));
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
    if (entry.stat !== void 0) {
      let now;
      try {
        now = fs.statSync(target.path);
      } catch {
        return void 0;
      }
      if (now.isFile() && statFingerprint(now) === entry.stat)
        return entry.check;
    }
    const read = readFileBytes(target.path, maxBytes);
    if (!("bytes" in read) || contentHash(read.bytes) !== entry.hash)
      return void 0;
    const stat = statFingerprint(read.stat);
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
  /**
   * Writes the cache when anything changed, whole or not at all. A cache that cannot be
   * written costs speed, not correctness: the reason comes back for a note on stderr.
   */
  save() {
    if (!this.changed)
      return void 0;
    const stored = {
      kind: KIND,
      format: FORMAT,
      run: this.run,
      entries: Object.fromEntries(this.entries)
    };
    try {
      writeFileAtomic(this.file, JSON.stringify(stored));
      this.changed = false;
      return void 0;
    } catch (error) {
      return error instanceof Error ? error.message : describeSystemError(error);
    }
  }
};
function readEntries(file, run) {
  const entries = /* @__PURE__ */ new Map();
  let stored;
  try {
    stored = JSON.parse(fs.readFileSync(file, "utf8"));
  } catch {
    return entries;
  }
  if (!isRecord(stored) || stored.kind !== KIND || stored.format !== FORMAT || stored.run !== run || !isRecord(stored.entries)) {
    return entries;
  }
  for (const [at, entry] of Object.entries(stored.entries)) {
    if (isEntry(entry))
      entries.set(at, entry);
  }
  return entries;
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

// dist/cli/parallel.js
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
var BATCH = 16;
var COMPACT_FROM = 2e3;
var YIELD_EVERY_MS = 20;
var STALL_MS = 6e4;
function workerCount(files, env = process.env, machine = machineForWorkers) {
  const batches = Math.ceil(files / BATCH);
  const forced = forcedWorkers(env);
  if (forced !== void 0)
    return Math.min(forced, Math.max(0, batches - 1));
  const now = machine();
  if (files < parallelFrom(now))
    return 0;
  return Math.min(workersForCores(now), batches - 1);
}
function turn() {
  return new Promise((resolve2) => setImmediate(resolve2));
}
function checkHere(target, maxBytes, rules, { accounts, hash }) {
  const read = readForCheck(target.path, maxBytes, hash);
  if (!("text" in read))
    return unreadableOutcome(read);
  const check = checkFile({ file: target.file, text: read.text }, { maxBytes, ...rules ? { rules } : {} });
  return {
    kind: "checked",
    check: accounts ? accountsOnly(check) : check,
    ...read.hash === void 0 ? {} : { hash: read.hash },
    ...read.stat === void 0 ? {} : { stat: read.stat }
  };
}
async function checkFiles(files, options) {
  const { maxBytes, workers, compact = files.length >= COMPACT_FROM } = options;
  const how = { accounts: options.accountsOnly === true, hash: options.hash === true };
  const rules = options.rules ? createRuleRunner(options.rules) : void 0;
  const outcomes = new Array(files.length);
  const script = WORKER_SCRIPT;
  const usable = workers > 0 && script.protocol === "file:" && existsSync(fileURLToPath(script));
  const check = (i) => compact ? restore(structuredClone(checkForTransfer(files[i].path, files[i].file, maxBytes, rules, how))) : checkHere(files[i], maxBytes, rules, how);
  const claims = new Int32Array(new SharedArrayBuffer(4));
  const claim = () => Atomics.add(claims, 0, BATCH);
  const init = {
    files: files.slice(),
    claims,
    batch: BATCH,
    maxBytes,
    ...options.rules ? { rules: options.rules } : {},
    accountsOnly: how.accounts,
    hash: how.hash
  };
  const ready = takeEarlyWorkers(usable ? workers : 0);
  const pool = usable ? startWorkers(script, workers, ready, init, outcomes) : [];
  try {
    let lastTurn2 = Date.now();
    for (let start = claim(); start < files.length; start = claim()) {
      const end = Math.min(start + BATCH, files.length);
      for (let i = start; i < end; i++) {
        outcomes[i] = check(i);
        if (Date.now() - lastTurn2 >= YIELD_EVERY_MS) {
          await turn();
          lastTurn2 = Date.now();
        }
      }
    }
    if (pool.length)
      await Promise.all(pool.map((w) => w.finished));
  } finally {
    for (const w of pool)
      void w.worker.terminate();
  }
  let lastTurn = Date.now();
  for (let i = 0; i < files.length; i++) {
    if (outcomes[i] !== void 0)
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
    worker.postMessage(init);
    const finished = new Promise((resolve2, reject) => {
      let stall = setTimeout(resolve2, STALL_MS);
      const settle = (fn) => {
        clearTimeout(stall);
        fn();
      };
      worker.on("message", (message) => {
        if (message.kind === "error") {
          settle(() => reject(new Error(`a check worker failed: ${message.error}`)));
          return;
        }
        if (message.kind === "done") {
          settle(resolve2);
          return;
        }
        clearTimeout(stall);
        stall = setTimeout(resolve2, STALL_MS);
        message.outcomes.forEach((o, k) => {
          const i = message.start + k;
          outcomes[i] = restore(o);
        });
      });
      worker.on("error", () => settle(resolve2));
      worker.on("exit", () => settle(resolve2));
    });
    pool.push({ worker, finished });
  }
  return pool;
}
function restore(outcome) {
  if (outcome.kind === "unreadable")
    return outcome;
  const check = received(outcome);
  return {
    kind: "checked",
    check,
    ...outcome.hash === void 0 ? {} : { hash: outcome.hash },
    ...outcome.stat === void 0 ? {} : { stat: outcome.stat }
  };
}

// dist/cli/maps.js
async function loadRun(paths, ctx, options) {
  const { config, dir } = ctx.config;
  const stdin = paths.filter((p) => p === "-").length;
  if (stdin > 1)
    throw new UsageError("- (stdin) is given more than once; stdin holds one map, name it once");
  if (stdin === 0 && options.stdinFilename !== void 0)
    throw new UsageError(`--stdin-filename names the map read from stdin, but no path is -; add - to read one (for example: cat ${options.stdinFilename} | acctmap validate - --stdin-filename ${options.stdinFilename})`);
  const onDisk = paths.filter((p) => p !== "-");
  const given = paths.length ? onDisk : ["."];
  const found = discover(given, {
    cwd: ctx.cwd,
    ignore: config.ignore,
    ignoreBase: dir,
    ignorePatterns: options.ignorePattern ?? [],
    gitignore: options.gitignore !== false
  });
  const fatal = [...found.problems];
  const unreadable = found.unreadable.map((u) => fileDiagnostic(displayPath(u.path, ctx.cwd), "io", u.problem));
  const alreadyNamed = new Set(unreadable.map((d) => d.file));
  if (found.files.length === 0 && stdin === 0) {
    if (fatal.length && !options.reportUnreadable)
      throw new UsageError(fatal.join("\n"));
    if (!fatal.length)
      throw new UsageError(`no account maps found under ${given.join(", ")}: acctmap looks for *.acctmap.yaml and *.acctmap.yml files (skipping node_modules, .git and the config's ignore list); name a file or folder that holds maps, or run \`acctmap init\` to start one`);
  }
  const maxBytes = Math.round(config.max_file_mb * 1024 * 1024);
  const targets = found.files.map((f) => ({
    path: f.path,
    file: displayPath(f.path, ctx.cwd)
  }));
  const named = /* @__PURE__ */ new Set();
  found.files.forEach((f, i) => {
    if (f.named && !/\.ya?ml$/i.test(f.path))
      named.add(targets[i].file);
  });
  const rules = options.rules ? { config, configDir: dir, cwd: ctx.cwd, cli: options.ruleFlags ?? [], asOf: ctx.asOf } : void 0;
  const runner = rules ? createRuleRunner(rules) : void 0;
  const outcomes = new Array(targets.length);
  const cache = options.cache && options.accountsOnly ? RunCache.open(cacheFile(options.cache.location, ctx.cwd), {
    version: version(),
    rules: options.rules,
    asOf: ctx.asOf,
    maxBytes
  }) : void 0;
  const settingsOf = (file) => runner?.settingsKey(file) ?? "";
  let todo = targets.map((_, i) => i);
  if (cache) {
    todo = [];
    let lastTurn = Date.now();
    for (let i = 0; i < targets.length; i++) {
      const target = targets[i];
      const kept = cache.lookup(target, settingsOf(target.file), maxBytes);
      if (kept)
        outcomes[i] = { kind: "checked", check: kept };
      else
        todo.push(i);
      if (Date.now() - lastTurn >= 20) {
        await turn();
        lastTurn = Date.now();
      }
    }
  }
  const toCheck = todo.map((i) => targets[i]);
  const checked = await checkFiles(toCheck, {
    maxBytes,
    workers: workerCount(toCheck.length),
    ...rules ? { rules } : {},
    accountsOnly: options.accountsOnly === true,
    hash: cache !== void 0
  });
  checked.forEach((outcome, k) => {
    outcomes[todo[k]] = outcome;
    if (cache && outcome.kind === "checked" && outcome.hash !== void 0) {
      const { hash, stat } = outcome;
      cache.store(toCheck[k], settingsOf(toCheck[k].file), stat === void 0 ? { hash } : { hash, stat }, outcome.check);
    }
  });
  const unsaved = cache?.save();
  if (unsaved)
    note(ctx, `acctmap: could not save the cache (${unsaved}); the next run checks every file again`);
  const checks = [];
  outcomes.forEach((outcome, i) => {
    if (outcome.kind === "checked")
      checks.push(outcome.check);
    else {
      if (outcome.fatal) {
        fatal.push(outcome.problem);
        alreadyNamed.add(targets[i].file);
      }
      unreadable.push(fileDiagnostic(targets[i].file, outcome.rule, outcome.problem));
    }
  });
  if (stdin) {
    const read = readStdin(maxBytes);
    const file = options.stdinFilename !== void 0 ? displayPath(path.resolve(ctx.cwd, options.stdinFilename), ctx.cwd) : STDIN_NAME;
    if ("text" in read) {
      const check = checkFile({ file, text: read.text }, { maxBytes, ...runner ? { rules: runner } : {} });
      checks.push(options.accountsOnly ? accountsOnly(check) : check);
    } else if (read.fatal)
      fatal.push(read.problem);
    else
      unreadable.push(fileDiagnostic(file, "yaml", read.problem));
  }
  await turn();
  const result = finishCheck(checks, runner ? { rules: runner } : {});
  if (unreadable.length) {
    for (const d of unreadable)
      result.files.push({ file: d.file, maps: [] });
    result.files.sort((a, b) => a.file < b.file ? -1 : 1);
    result.diagnostics.push(...unreadable);
    result.diagnostics.sort(compareDiagnostics);
  }
  for (const file of named) {
    const syntax = result.diagnostics.find((d) => d.file === file && d.rule === "yaml");
    if (syntax)
      fatal.push(`${file} is not a YAML account map (${syntax.message.replace(/^YAML syntax error: /, "")} at line ${syntax.line})`);
  }
  return { result, fatal, unreadable: alreadyNamed };
}
var STDIN_NAME = "<stdin>";
function readStdin(maxBytes) {
  if (process.stdin.isTTY)
    throw new UsageError("- reads a map from stdin, but stdin is the terminal; pipe a map in (for example: acctmap validate - < acme.acctmap.yaml), or name the file instead of -");
  let bytes;
  try {
    bytes = fs2.readFileSync(0);
  } catch (error) {
    return { problem: `cannot read stdin: ${describeSystemError(error)}`, fatal: true };
  }
  if (bytes.length > maxBytes)
    return {
      problem: tooLargeMessage(bytes.length, maxBytes),
      fatal: false
    };
  return decode(bytes);
}
function discoveryOptions(options) {
  return {
    ...options.gitignore !== void 0 ? { gitignore: options.gitignore } : {},
    ...options.ignorePattern ? { ignorePattern: options.ignorePattern } : {},
    ...options.stdinFilename !== void 0 ? { stdinFilename: options.stdinFilename } : {}
  };
}
function usableMaps(run, warn) {
  const errors = run.result.diagnostics.filter((d) => d.severity === "error" && isBuiltInCheck(d.rule) && !run.unreadable.has(d.file));
  const broken = new Set(errors.map((d) => d.file));
  for (const file of broken) {
    const first = errors.find((d) => d.file === file);
    const n = errors.filter((d) => d.file === file).length;
    warn(`acctmap: skipping maps in ${file} with errors (${n}; first at ${first.line}:${first.column}: ${first.message}); run \`acctmap validate ${file}\` for all of them`);
  }
  return run.result.maps.filter((m) => m.valid && !errors.some((d) => d.file === m.file && d.account === m.map.account.id));
}
function onlyAccount(maps, wanted, where) {
  if (wanted === void 0)
    return maps;
  const found = maps.filter((m) => m.map.account.id === wanted);
  if (found.length === 0) {
    const hint = closest(wanted, maps.map((m) => m.map.account.id));
    throw new UsageError(`--account: no account \`${wanted}\` in ${where}${hint ? `; did you mean \`${hint}\`?` : ""}`);
  }
  return found;
}

export {
  loadRun,
  discoveryOptions,
  usableMaps,
  onlyAccount
};
