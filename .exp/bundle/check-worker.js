import { createRequire as __acctmapRequire } from 'node:module'; const require = __acctmapRequire(import.meta.url);
import {
  checkForTransfer
} from "./chunk-6IL6XDC7.js";
import {
  createRuleRunner
} from "./chunk-ZWC5TTL4.js";
import "./chunk-KU2DREUW.js";
import "./chunk-UMP7OUPL.js";
import "./chunk-HQFVVCWK.js";
import "./chunk-G7CTN3EZ.js";
import "./chunk-CEO2H5BC.js";
import "./chunk-W7GPNTL5.js";
import "./chunk-FUKRDGIG.js";
import "./chunk-N5QIJHTO.js";

// dist/cli/check-worker.js
import { parentPort } from "node:worker_threads";
var send = (message) => parentPort.postMessage(message);
parentPort.once("message", (init) => {
  const { files, claims, batch, maxBytes, rules: settings, accountsOnly, hash } = init;
  try {
    const rules = settings ? createRuleRunner(settings) : void 0;
    for (let start = Atomics.add(claims, 0, batch); start < files.length; ) {
      const end = Math.min(start + batch, files.length);
      const outcomes = [];
      for (let i = start; i < end; i++)
        outcomes.push(checkForTransfer(files[i].path, files[i].file, maxBytes, rules, {
          accounts: accountsOnly,
          hash
        }));
      send({ kind: "batch", start, outcomes });
      start = Atomics.add(claims, 0, batch);
    }
    send({ kind: "done" });
  } catch (error) {
    send({
      kind: "error",
      error: error instanceof Error ? error.stack ?? error.message : String(error)
    });
  }
});
