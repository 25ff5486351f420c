/**
 * `acctmap validate` runs its command line from one CommonJS bundle (dist/bundle/validate.cjs,
 * made by scripts/bundle.mjs from the same code as the ES-module bundle; ./run.ts loads it after
 * trying `--cache`'s kept answer, which needs none of it) compiled with a V8 code cache:
 * the bytecode V8 made for it in an earlier run, functions compiled on first call included.
 * Compiling acctmap's code and zod's, and the first call of each function, are 50–100 ms of a
 * 1,000-map run; with the cache, about 4 % of the run goes (docs/performance.md). Node 20 keeps
 * no code cache for ES modules (`module.enableCompileCache` is Node 22's), hence CommonJS
 * through `vm.Script`, as v8-compile-cache does.
 *
 * The cache is the user's: `$XDG_CACHE_HOME/acctmap` (else `~/.cache/acctmap`), one file named
 * by Node's version and the bundle's stat (device, inode, size, mtime: V8 itself checks only the
 * source's length, and a rebuilt bundle must never run an old one's bytecode). V8 refuses a
 * cache made by another V8 or with other flags, and the run goes on without it. A missing or
 * refused cache is made when the run ends, written whole or not at all (a temporary file
 * renamed), and only the four newest caches are kept (other installs, older builds). Nothing
 * here can fail a run: without a cache it is an ordinary run.
 */
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as vm from 'node:vm';

/**
 * The exports of the CommonJS bundle at `bundle`, compiled with the code cache when there is
 * one; undefined when there is no such bundle (acctmap run from dist/cli/, unbundled).
 */
export function loadCodeCached<T>(bundle: URL): T | undefined {
  const file = fileURLToPath(bundle);
  let source: string;
  try {
    source = fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  const cacheFile = cacheFileFor(file);
  let cachedData: Buffer | undefined;
  if (cacheFile !== undefined) {
    try {
      cachedData = fs.readFileSync(cacheFile);
    } catch {
      // none yet: made when this run ends
    }
  }
  const script = new vm.Script(
    `(function (exports, require, module, __filename, __dirname) {${source}\n})`,
    {
      filename: file,
      ...(cachedData !== undefined ? { cachedData } : {}),
      // `import()` of the packages that are ES modules only, as from any module of acctmap.
      importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
    },
  );
  const module = { exports: {} as T };
  script.runInThisContext()(module.exports, createRequire(file), module, file, path.dirname(file));
  if (cacheFile !== undefined && (cachedData === undefined || script.cachedDataRejected)) {
    // At the end, so that the cache holds every function the run compiled.
    process.once('exit', () => saveCache(cacheFile, script));
  }
  return module.exports;
}

/** The cache file for the bundle at `file`, or undefined when its stat cannot be read. */
function cacheFileFor(file: string): string | undefined {
  try {
    const st = fs.statSync(file);
    const home = process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache');
    const name = `v8-${process.version}-${process.arch}-${st.dev}-${st.ino}-${st.size}-${Math.trunc(st.mtimeMs)}.bin`;
    return path.join(home, 'acctmap', name);
  } catch {
    return undefined;
  }
}

/** The most caches kept (of other bundles: other installs of acctmap, older builds). */
const KEEP = 4;

function saveCache(cacheFile: string, script: vm.Script): void {
  const dir = path.dirname(cacheFile);
  const temp = `${cacheFile}.${process.pid}.tmp`;
  try {
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    fs.writeFileSync(temp, script.createCachedData(), { mode: 0o600 });
    fs.renameSync(temp, cacheFile);
    const others = fs
      .readdirSync(dir)
      .filter((name) => /^v8-.*\.bin$/.test(name))
      .map((name) => ({ name, at: fs.statSync(path.join(dir, name)).mtimeMs }))
      .sort((a, b) => b.at - a.at);
    for (const old of others.slice(KEEP)) fs.rmSync(path.join(dir, old.name), { force: true });
  } catch {
    // A cache that cannot be written costs speed, not the run.
    try {
      fs.rmSync(temp, { force: true });
    } catch {
      // nothing more to do
    }
  }
}
