import { createRequire as __acctmapCreateRequire } from 'node:module';
const require = __acctmapCreateRequire(import.meta.url);
import {
  readLastRun,
  unchanged
} from "./chunk-MLHKFOEY.js";
import {
  cacheFile,
  version
} from "./chunk-IGFIU6YM.js";
import {
  contentHash
} from "./chunk-FECTPEQ5.js";
import {
  outputTarget
} from "./chunk-UVMY4ATT.js";
import {
  discover
} from "./chunk-G6RSPFR5.js";
import {
  configPath,
  today
} from "./chunk-EP3XH6LY.js";
import {
  useColor
} from "./chunk-OHYZK4TA.js";
import {
  writeOutput
} from "./chunk-LITMVH3X.js";

// dist/cli/replay.js
import * as fs from "node:fs";
function here() {
  return { cwd: process.cwd(), env: process.env, stdout: process.stdout, stderr: process.stderr };
}
function replayable(paths, options) {
  return options.cache === true && options.printConfig === void 0 && options.stdinFilename === void 0 && !paths.includes("-");
}
function parsedCommand(paths, options) {
  return {
    paths: [...paths],
    ...options.config !== void 0 ? { config: options.config } : {},
    ...options.asOf !== void 0 ? { asOf: options.asOf } : {},
    ...options.color !== void 0 ? { color: options.color } : {},
    ignorePattern: [...options.ignorePattern ?? []],
    gitignore: options.gitignore !== false
  };
}
function replayKey(argv, parsed, at) {
  const { env } = at;
  return JSON.stringify([
    version(),
    at.cwd,
    argv,
    parsed.asOf ?? today(),
    useColor(at.stdout, parsed.color, env),
    useColor(at.stderr, parsed.color, env),
    env.GITHUB_ACTIONS === "true",
    Boolean(env.GITHUB_STEP_SUMMARY),
    [env.LC_ALL, env.LC_COLLATE, env.LANG]
  ]);
}
function cacheFileOf(argv, cwd) {
  if (argv[0] !== "validate" || !argv.includes("--cache"))
    return void 0;
  let location;
  for (let i = 1; i < argv.length; i++) {
    const word = argv[i];
    if (word === "--")
      break;
    if (word === "--cache-location")
      location = argv[++i];
    else if (word.startsWith("--cache-location="))
      location = word.slice(17);
  }
  return cacheFile(location, cwd);
}
function replay(argv, at = here()) {
  const file = cacheFileOf(argv, at.cwd);
  const last = file === void 0 ? void 0 : readLastRun(file);
  if (last === void 0 || last.key !== replayKey(argv, last.parsed, at))
    return void 0;
  if (!sameConfig(last, at.cwd) || !sameFiles(last, at.cwd))
    return void 0;
  try {
    for (const o of last.outputs)
      outputTarget(o.output, at.cwd, { command: "acctmap validate", example: "findings.txt" });
    for (const o of last.outputs)
      if (o.output !== void 0)
        writeOutput(o.output, o.content);
  } catch {
    return void 0;
  }
  for (const o of last.outputs)
    if (o.output === void 0)
      writeOutput(void 0, o.content);
  if (last.stderr)
    process.stderr.write(last.stderr);
  return last.exit;
}
function sameConfig(last, cwd) {
  const file = configPath(last.parsed.config, cwd);
  if (file === void 0 || last.config === null)
    return file === void 0 && last.config === null;
  if (file !== last.config.file)
    return false;
  try {
    return contentHash(fs.readFileSync(file)) === last.config.hash;
  } catch {
    return false;
  }
}
function sameFiles(last, cwd) {
  const { paths, ignorePattern, gitignore } = last.parsed;
  const found = discover(paths.length ? paths : ["."], {
    cwd,
    ignore: last.ignore,
    ignoreBase: last.ignoreBase,
    ignorePatterns: ignorePattern,
    gitignore
  });
  if (found.problems.length || found.unreadable.length)
    return false;
  if (found.files.length !== last.files.length)
    return false;
  return found.files.every((f, i) => {
    const kept = last.files[i];
    if (f.path !== kept.path || f.named !== kept.named)
      return false;
    const facts = kept.stat === void 0 ? { hash: kept.hash } : kept;
    return unchanged(f.path, facts, last.maxBytes).same;
  });
}

export {
  here,
  replayable,
  parsedCommand,
  replayKey,
  replay
};
