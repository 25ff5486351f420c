import { createRequire as __acctmapRequire } from 'node:module'; const require = __acctmapRequire(import.meta.url);

// dist/cli/map-files.js
import * as path from "node:path";
var MAP_FILE = /\.acctmap\.ya?ml$/;
function isMapFileName(file) {
  return MAP_FILE.test(path.basename(file));
}
var SKIP_DIRS = /* @__PURE__ */ new Set(["node_modules", ".git"]);

export {
  MAP_FILE,
  isMapFileName,
  SKIP_DIRS
};
