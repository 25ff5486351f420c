import { createRequire as __acctmapCreateRequire } from 'node:module';
const require = __acctmapCreateRequire(import.meta.url);
import {
  handleInterrupts
} from "./chunk-H3FH3255.js";
import "./chunk-WCWGSMVT.js";
import {
  removePendingTempFiles
} from "./chunk-LITMVH3X.js";
import "./chunk-CE5LU4KN.js";
import {
  escapeTerminal
} from "./chunk-A4RBNV6B.js";
import {
  EXIT
} from "./chunk-AR6G5YW2.js";
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
    const { replay } = await import("./replay-YZUTPGDD.js");
    const code = replay(argv.slice(2));
    if (code !== void 0)
      return code;
  }
  const { main } = await import("./main-MQYMEJ5Q.js");
  return main(argv);
}
export {
  run
};
