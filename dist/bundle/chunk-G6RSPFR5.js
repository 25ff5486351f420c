import { createRequire as __acctmapCreateRequire } from 'node:module';
const require = __acctmapCreateRequire(import.meta.url);
import {
  MAP_FILE,
  SKIP_DIRS
} from "./chunk-OIC7LVBH.js";
import {
  require_picomatch
} from "./chunk-IAOW2ERF.js";
import {
  specialFileKind
} from "./chunk-LITMVH3X.js";
import {
  describeSystemError
} from "./chunk-AR6G5YW2.js";
import {
  __toESM
} from "./chunk-ZV4OTCNF.js";

// dist/cli/discover.js
var import_picomatch = __toESM(require_picomatch(), 1);
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
function isGlob(given) {
  return import_picomatch.default.scan(given).isGlob;
}
function ignoreTest(options) {
  return matcherUnder(options.ignore, options.ignoreBase);
}
function discover(paths, options) {
  const found = /* @__PURE__ */ new Map();
  const problems = [];
  const unreadable = [];
  const cannotRead = (abs, problem) => {
    problems.push(problem);
    unreadable.push({ path: abs, problem });
  };
  const byConfig = matcherUnder(options.ignore, options.ignoreBase);
  const byFlag = matcherUnder(options.ignorePatterns ?? [], options.cwd);
  const gitIgnored = /* @__PURE__ */ new Set();
  const askedGit = /* @__PURE__ */ new Set();
  const askGit = (dir) => {
    if (options.gitignore === false || askedGit.has(dir))
      return;
    askedGit.add(dir);
    for (const p of gitIgnoredUnder(dir))
      gitIgnored.add(p);
  };
  const isIgnored = (abs) => byConfig(abs) || byFlag(abs) || gitIgnored.has(abs);
  const visitedDirs = /* @__PURE__ */ new Set();
  const add = (abs, named2, real) => {
    let key = real ?? abs;
    if (real === void 0) {
      try {
        key = fs.realpathSync(abs);
      } catch {
      }
    }
    if (!found.has(key))
      found.set(key, { path: abs, named: named2 });
  };
  let accept = (_abs, name) => MAP_FILE.test(name);
  let named = false;
  const walk = (dir) => {
    let real;
    try {
      real = fs.realpathSync(dir);
    } catch (error) {
      cannotRead(dir, `cannot read folder ${show(dir)}: ${describeSystemError(error)}`);
      return;
    }
    if (visitedDirs.has(real))
      return;
    visitedDirs.add(real);
    let entries;
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      cannotRead(dir, `cannot read folder ${show(dir)}: ${describeSystemError(error)}`);
      return;
    }
    entries.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
    for (const entry of entries) {
      const abs = path.join(dir, entry.name);
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      let kind = entry;
      if (entry.isSymbolicLink()) {
        try {
          const st = fs.statSync(abs);
          isDir = st.isDirectory();
          isFile = st.isFile();
          kind = st;
        } catch (error) {
          if (accept(abs, entry.name))
            cannotRead(abs, `cannot read ${show(abs)}: ${describeSystemError(error)}`);
          continue;
        }
      }
      if (isDir) {
        if (SKIP_DIRS.has(entry.name) || isIgnored(abs))
          continue;
        walk(abs);
      } else if (isFile && accept(abs, entry.name) && !isIgnored(abs)) {
        add(abs, named, kind === entry ? path.join(real, entry.name) : void 0);
      } else if (!isFile && accept(abs, entry.name) && !isIgnored(abs)) {
        cannotRead(abs, `cannot read ${show(abs)}: it is ${specialFileKind(kind)}, not a regular file`);
      }
    }
  };
  const show = (abs) => {
    const rel = path.relative(options.cwd, abs);
    return rel && !rel.startsWith("..") ? rel : abs;
  };
  for (const given of paths) {
    visitedDirs.clear();
    const abs = path.resolve(options.cwd, given);
    let st;
    try {
      st = fs.statSync(abs);
    } catch (error) {
      if (isGlob(given)) {
        const before = found.size;
        const glob = globSearch(given, options.cwd);
        accept = glob.accept;
        named = true;
        if (fs.existsSync(glob.base)) {
          askGit(glob.base);
          walk(glob.base);
        }
        accept = (_abs, name) => MAP_FILE.test(name);
        named = false;
        if (found.size === before)
          problems.push(`no file matches ${given}: check the pattern (it is matched from ${glob.shownBase}, with picomatch's rules: * within a folder, ** across folders; files that git or the config ignore are left out)`);
        continue;
      }
      cannotRead(abs, `cannot read ${given}: ${describeSystemError(error)}`);
      continue;
    }
    if (st.isDirectory()) {
      askGit(abs);
      walk(abs);
    } else
      add(abs, true);
  }
  const files = [...found.values()].sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  return { files, problems, unreadable };
}
function gitIgnoreRule(abs) {
  let dir = path.dirname(abs);
  while (!fs.existsSync(dir) && path.dirname(dir) !== dir)
    dir = path.dirname(dir);
  const git = (args, input) => spawnSync("git", args, {
    cwd: dir,
    encoding: "utf8",
    windowsHide: true,
    ...input === void 0 ? {} : { input }
  });
  const check = git(["check-ignore", "--verbose", "--stdin", "-z"], `${abs}\0`);
  if (check.error || check.status !== 0)
    return void 0;
  const [source, line, pattern] = check.stdout.split("\0");
  if (source === void 0 || line === void 0 || pattern === void 0)
    return void 0;
  const top = git(["rev-parse", "--show-toplevel"]).stdout.trim();
  return { source: path.resolve(top || dir, source), line: Number(line), pattern };
}
function matcherUnder(globs, base) {
  if (globs.length === 0)
    return () => false;
  const match = (0, import_picomatch.default)(globs, { dot: true });
  return (abs) => {
    const rel = path.relative(base, abs).split(path.sep).join("/");
    return rel !== "" && !rel.startsWith("..") && !path.isAbsolute(rel) && match(rel);
  };
}
function globSearch(given, cwd) {
  const scan = import_picomatch.default.scan(given.split(path.sep).join("/"));
  const base = path.resolve(cwd, scan.base || ".");
  const match = (0, import_picomatch.default)(scan.glob);
  return {
    base,
    shownBase: scan.base ? `${scan.base}/` : "this folder",
    accept: (abs) => match(path.relative(base, abs).split(path.sep).join("/"))
  };
}
function gitIgnoredUnder(dir) {
  const result = spawnSync("git", ["ls-files", "--others", "--ignored", "--exclude-standard", "--directory", "-z"], { cwd: dir, encoding: "utf8", maxBuffer: 256 * 1024 * 1024, windowsHide: true });
  if (result.error || result.status !== 0)
    return [];
  return result.stdout.split("\0").filter((p) => p !== "" && p !== "./").map((p) => path.resolve(dir, p.replace(/\/$/, "")));
}

export {
  ignoreTest,
  discover,
  gitIgnoreRule,
  matcherUnder
};
