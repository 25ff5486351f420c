import { createRequire as __acctmapCreateRequire } from 'node:module';
const require = __acctmapCreateRequire(import.meta.url);
import "./chunk-ZV4OTCNF.js";

// dist/cli/code-cache.js
import * as fs from "node:fs";
import { createRequire } from "node:module";
import * as os from "node:os";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import * as vm from "node:vm";
function loadCodeCached(bundle) {
  const file = fileURLToPath(bundle);
  let source;
  try {
    source = fs.readFileSync(file, "utf8");
  } catch {
    return void 0;
  }
  const cacheFile = cacheFileFor(file);
  let cachedData;
  if (cacheFile !== void 0) {
    try {
      cachedData = fs.readFileSync(cacheFile);
    } catch {
    }
  }
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}
})`, {
    filename: file,
    ...cachedData !== void 0 ? { cachedData } : {},
    // `import()` of the packages that are ES modules only, as from any module of acctmap.
    importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER
  });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(file), module, file, path.dirname(file));
  if (cacheFile !== void 0 && (cachedData === void 0 || script.cachedDataRejected)) {
    process.once("exit", () => saveCache(cacheFile, script));
  }
  return module.exports;
}
function cacheFileFor(file) {
  try {
    const st = fs.statSync(file);
    const home = process.env.XDG_CACHE_HOME || path.join(os.homedir(), ".cache");
    const name = `v8-${process.version}-${process.arch}-${st.dev}-${st.ino}-${st.size}-${Math.trunc(st.mtimeMs)}.bin`;
    return path.join(home, "acctmap", name);
  } catch {
    return void 0;
  }
}
var KEEP = 4;
function saveCache(cacheFile, script) {
  const dir = path.dirname(cacheFile);
  const temp = `${cacheFile}.${process.pid}.tmp`;
  try {
    fs.mkdirSync(dir, { recursive: true, mode: 448 });
    fs.writeFileSync(temp, script.createCachedData(), { mode: 384 });
    fs.renameSync(temp, cacheFile);
    const others = fs.readdirSync(dir).filter((name) => /^v8-.*\.bin$/.test(name)).map((name) => ({ name, at: fs.statSync(path.join(dir, name)).mtimeMs })).sort((a, b) => b.at - a.at);
    for (const old of others.slice(KEEP))
      fs.rmSync(path.join(dir, old.name), { force: true });
  } catch {
    try {
      fs.rmSync(temp, { force: true });
    } catch {
    }
  }
}
export {
  loadCodeCached
};
