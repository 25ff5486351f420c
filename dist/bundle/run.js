import { createRequire as __acctmapCreateRequire } from 'node:module';
const require = __acctmapCreateRequire(import.meta.url);
import {
  removePendingTempFiles
} from "./chunk-AZFU2KUT.js";
import "./chunk-CE5LU4KN.js";
import {
  escapeTerminal
} from "./chunk-A4RBNV6B.js";
import {
  handleInterrupts
} from "./chunk-RDHSBH3L.js";
import "./chunk-NFMVH4NW.js";
import {
  EXIT
} from "./chunk-AR6G5YW2.js";
import "./chunk-NYJV5QLY.js";
import "./chunk-ZV4OTCNF.js";

// dist/cli/run.js
function run() {
  handleInterrupts(removePendingTempFiles);
  process.stdout.on("error", (error) => {
    if (error.code === "EPIPE")
      process.exit(process.exitCode ?? EXIT.ok);
    throw error;
  });
  answer(process.argv).then((code) => {
    process.exitCode = code;
  }, (error) => {
    process.stderr.write(`acctmap: internal error (this is a bug in acctmap): ${escapeTerminal(String(error))}
`);
    process.exitCode = EXIT.bug;
  });
}
async function answer(argv) {
  if (argv.includes("--cache")) {
    const { replay } = await import("./replay-ES35OJZC.js");
    const code = replay(argv.slice(2));
    if (code !== void 0)
      return code;
  }
  return (await mainFor(argv))(argv);
}
async function mainFor(argv) {
  if (argv[2] === "validate") {
    const { loadCodeCached } = await import("./code-cache-G5YXGVP2.js");
    const bundle = loadCodeCached(new URL("./validate.cjs", import.meta.url));
    if (bundle)
      return bundle.main;
  }
  return (await import("./main-AFQFMHIA.js")).main;
}
export {
  run
};
