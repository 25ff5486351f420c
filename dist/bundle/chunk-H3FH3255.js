import { createRequire as __acctmapCreateRequire } from 'node:module';
const require = __acctmapCreateRequire(import.meta.url);
import {
  EXIT
} from "./chunk-AR6G5YW2.js";

// dist/cli/interrupt.js
var cleanups = /* @__PURE__ */ new Set();
function onInterrupt(cleanup) {
  cleanups.add(cleanup);
  return () => cleanups.delete(cleanup);
}
var SIGNALS = [
  ["SIGINT", EXIT.interrupted],
  ["SIGTERM", EXIT.terminated]
];
var CLEANUP_MS = 9e3;
function handleInterrupts(first) {
  for (const [signal, code] of SIGNALS) {
    process.once(signal, () => {
      first();
      const pending = [...cleanups].map((c) => Promise.resolve().then(c).catch(() => void 0));
      void Promise.race([Promise.all(pending), new Promise((r) => setTimeout(r, CLEANUP_MS))]).then(() => {
        process.stderr.write(`acctmap: interrupted (${signal}); nothing half-written was left behind
`);
        process.exit(code);
      });
    });
  }
}

export {
  onInterrupt,
  handleInterrupts
};
