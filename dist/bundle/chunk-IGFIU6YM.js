import { createRequire as __acctmapCreateRequire } from 'node:module';
const require = __acctmapCreateRequire(import.meta.url);
import {
  fileUri
} from "./chunk-A4RBNV6B.js";

// dist/cli/cache-location.js
import * as fs from "node:fs";
import * as path from "node:path";
var FILE_NAME = "validate.json";
function cacheFile(location, cwd) {
  if (location === void 0) {
    return path.join(cwd, "node_modules", ".cache", "acctmap", FILE_NAME);
  }
  const given = path.resolve(cwd, location);
  if (/[\\/]$/.test(location))
    return path.join(given, FILE_NAME);
  try {
    if (fs.statSync(given).isDirectory())
      return path.join(given, FILE_NAME);
  } catch {
  }
  return given;
}

// dist/cli/version.js
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
var cached;
var PACKAGE_JSON = new URL("../../package.json", import.meta.url);
function packageJson() {
  cached ??= JSON.parse(readFileSync(PACKAGE_JSON, "utf8"));
  return cached;
}
function version() {
  return packageJson().version;
}
function docsUri(page) {
  const pkg = packageJson();
  const repo = typeof pkg.repository === "string" ? pkg.repository : pkg.repository?.url;
  const github = [repo, pkg.homepage].map((u) => u?.match(/github\.com[/:]([\w.-]+\/[\w.-]+?)(?:\.git)?(?:[#/].*)?$/)?.[1]).find(Boolean);
  if (github)
    return `https://github.com/${github}/blob/HEAD/${page}`;
  const [file, anchor] = page.split("#");
  const root = fileURLToPath(new URL(".", PACKAGE_JSON));
  return `${fileUri(`${root}${file}`)}${anchor ? `#${encodeURIComponent(anchor)}` : ""}`;
}

export {
  cacheFile,
  version,
  docsUri
};
