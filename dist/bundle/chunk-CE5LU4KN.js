import { createRequire as __acctmapCreateRequire } from 'node:module';
const require = __acctmapCreateRequire(import.meta.url);
import {
  bytes,
  count
} from "./chunk-A4RBNV6B.js";

// dist/parse/limits.js
var MAP_TOO_LARGE = {
  kind: "map file",
  advice: "split it into one file per account (or raise `max_file_mb` in acctmap.config.yaml)"
};
function tooLargeMessage(size, maxBytes, { kind, advice } = MAP_TOO_LARGE) {
  return `file is ${bytes(size)}, more than the ${count(maxBytes / (1024 * 1024))} MB acctmap reads in one ${kind}; ${advice}`;
}

export {
  tooLargeMessage
};
