import { createRequire as __acctmapCreateRequire } from 'node:module';
const require = __acctmapCreateRequire(import.meta.url);
import {
  checkForTransfer
} from "./chunk-KMKR7STN.js";
import "./chunk-FECTPEQ5.js";
import {
  createRuleRunner
} from "./chunk-3PMCQ3JK.js";
import "./chunk-EOFZAPUG.js";
import "./chunk-M5GZM46X.js";
import "./chunk-XJYOIXLA.js";
import "./chunk-IAOW2ERF.js";
import "./chunk-LITMVH3X.js";
import "./chunk-CE5LU4KN.js";
import "./chunk-A4RBNV6B.js";
import "./chunk-AR6G5YW2.js";
import "./chunk-ZV4OTCNF.js";

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
