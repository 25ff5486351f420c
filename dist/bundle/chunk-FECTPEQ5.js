import { createRequire as __acctmapCreateRequire } from 'node:module';
const require = __acctmapCreateRequire(import.meta.url);

// dist/cli/fingerprint.js
import { createHash } from "node:crypto";
function contentHash(bytes) {
  return createHash("sha256").update(bytes).digest("base64url");
}
var RACY_MS = 2e3;
function statFingerprint(stat, now = Date.now()) {
  if (Math.max(stat.mtimeMs, stat.ctimeMs) > now - RACY_MS)
    return void 0;
  return `${stat.dev}:${stat.ino}:${stat.size}:${stat.mtimeMs}:${stat.ctimeMs}`;
}

export {
  contentHash,
  statFingerprint
};
