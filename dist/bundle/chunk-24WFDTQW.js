import { createRequire as __acctmapCreateRequire } from 'node:module';
const require = __acctmapCreateRequire(import.meta.url);
import {
  freeCores
} from "./chunk-WCWGSMVT.js";
import {
  MAP_FILE,
  SKIP_DIRS
} from "./chunk-OIC7LVBH.js";

// dist/cli/check-pool.js
import { existsSync, readdirSync, statSync } from "node:fs";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
var PARALLEL_FROM = 200;
var PARALLEL_FROM_SHARED = 1500;
function parallelFrom(machine2) {
  return machine2.cores > 2 && machine2.free >= 2 ? PARALLEL_FROM : PARALLEL_FROM_SHARED;
}
var WORKER_SCRIPT = new URL("./check-worker.js", import.meta.url);
var machine;
var early = [];
function machineForWorkers() {
  return machine ?? freeCores();
}
function forcedWorkers(env) {
  const forced = env.ACCTMAP_WORKERS;
  return forced !== void 0 && /^\d+$/.test(forced.trim()) ? Number(forced) : void 0;
}
function workersForCores({ cores, free }) {
  return Math.max(0, Math.min(cores - 1, Math.round(free), 7));
}
function startCheckWorkersEarly(paths, cwd, env = process.env) {
  try {
    const forced = forcedWorkers(env);
    if (forced === 0 || early.length > 0)
      return;
    if (WORKER_SCRIPT.protocol !== "file:" || !existsSync(fileURLToPath(WORKER_SCRIPT)))
      return;
    const onDisk = paths.filter((p) => p !== "-");
    if (paths.length > 0 && onDisk.length === 0)
      return;
    const now = freeCores();
    const enough = parallelFrom(now);
    if (forced === void 0 && countMaps(onDisk.length ? onDisk : ["."], cwd, enough) < enough)
      return;
    machine = now;
    const count = forced ?? workersForCores(machine);
    for (let i = 0; i < count; i++) {
      const worker = new Worker(WORKER_SCRIPT);
      worker.unref();
      const entry = { worker, dead: false };
      const dead = () => {
        entry.dead = true;
      };
      worker.on("error", dead);
      worker.once("exit", dead);
      early.push(entry);
    }
  } catch {
  }
}
function takeEarlyWorkers(count) {
  const alive = early.filter((e) => !e.dead);
  early = [];
  const taken = alive.slice(0, count).map((e) => e.worker);
  for (const e of alive.slice(count))
    void e.worker.terminate();
  for (const w of taken)
    w.ref();
  return taken;
}
var LOOK_AT_MOST = 2e4;
function countMaps(paths, cwd, enough) {
  let found = 0;
  let looked = 0;
  const walk = (dir) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      if (found >= enough || ++looked > LOOK_AT_MOST)
        return;
      if (e.isDirectory()) {
        if (!SKIP_DIRS.has(e.name))
          walk(path.join(dir, e.name));
      } else if (MAP_FILE.test(e.name))
        found++;
    }
  };
  for (const given of paths) {
    const glob = given.search(/[*?[{]/);
    if (glob >= 0) {
      walk(path.resolve(cwd, path.dirname(`${given.slice(0, glob)}x`)));
      continue;
    }
    const abs = path.resolve(cwd, given);
    let isDir = false;
    try {
      isDir = statSync(abs).isDirectory();
    } catch {
      continue;
    }
    if (isDir)
      walk(abs);
    else
      found++;
    if (found >= enough)
      break;
  }
  return found;
}

export {
  parallelFrom,
  WORKER_SCRIPT,
  machineForWorkers,
  forcedWorkers,
  workersForCores,
  startCheckWorkersEarly,
  takeEarlyWorkers
};
