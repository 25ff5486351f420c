import { createRequire as __acctmapCreateRequire } from 'node:module';
const require = __acctmapCreateRequire(import.meta.url);
import {
  WORKER_SCRIPT,
  forcedWorkers,
  machineForWorkers,
  parallelFrom,
  takeEarlyWorkers,
  workersForCores
} from "./chunk-24WFDTQW.js";
import {
  checkForTransfer,
  readForCheck,
  received,
  unreadableOutcome
} from "./chunk-KMKR7STN.js";
import {
  RunCache
} from "./chunk-MLHKFOEY.js";
import {
  cacheFile,
  version
} from "./chunk-IGFIU6YM.js";
import {
  capYoungGeneration
} from "./chunk-SEMNEORE.js";
import {
  accountsOnly,
  checkFile,
  createRuleRunner,
  fileDiagnostic,
  finishCheck
} from "./chunk-3PMCQ3JK.js";
import {
  compareDiagnostics,
  isBuiltInCheck
} from "./chunk-EOFZAPUG.js";
import {
  discover
} from "./chunk-G6RSPFR5.js";
import {
  decode,
  displayPath
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
import * as fs from "node:fs";
import * as path from "node:path";

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
  const young = pool.length === 0 ? capYoungGeneration() : void 0;
  try {
    let lastTurn2 = Date.now();
    for (let start = claim(); start < files.length; start = claim()) {
      young?.keep();
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
    young?.release();
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
  cache?.freeze();
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
  return {
    result,
    fatal,
    unreadable: alreadyNamed,
    ...cache ? { cache } : {},
    searched: found.files,
    stdin: stdin > 0
  };
}
var STDIN_NAME = "<stdin>";
function readStdin(maxBytes) {
  if (process.stdin.isTTY)
    throw new UsageError("- reads a map from stdin, but stdin is the terminal; pipe a map in (for example: acctmap validate - < acme.acctmap.yaml), or name the file instead of -");
  let bytes;
  try {
    bytes = fs.readFileSync(0);
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
