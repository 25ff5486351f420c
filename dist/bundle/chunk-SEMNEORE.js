import { createRequire as __acctmapCreateRequire } from 'node:module';
const require = __acctmapCreateRequire(import.meta.url);

// dist/cli/young-generation.js
import { getHeapSpaceStatistics, setFlagsFromString } from "node:v8";
var YOUNG_CAP_BYTES = 16 * 1024 * 1024;
var DEFAULT_GROWTH = 2;
var MEASURED_ON = /* @__PURE__ */ new Set([11]);
function measuredOn(v8Version = process.versions.v8) {
  return MEASURED_ON.has(Number.parseInt(v8Version, 10));
}
function userSetsYoungGeneration(execArgv = process.execArgv, nodeOptions = process.env.NODE_OPTIONS) {
  const tuned = (arg) => /^--(?:(?:max|min)[-_])?semi[-_]space[-_]/.test(arg);
  return execArgv.some(tuned) || (nodeOptions ?? "").split(/\s+/).some(tuned);
}
function youngGenerationBytes() {
  for (const space of getHeapSpaceStatistics()) {
    if (space.space_name === "new_space")
      return space.space_size;
  }
  return 0;
}
var NOTHING = { keep() {
}, release() {
} };
function capYoungGeneration() {
  if (!measuredOn() || userSetsYoungGeneration())
    return NOTHING;
  let capped = false;
  return {
    keep() {
      if (capped || youngGenerationBytes() < YOUNG_CAP_BYTES)
        return;
      setFlagsFromString("--semi-space-growth-factor=1");
      capped = true;
    },
    release() {
      if (!capped)
        return;
      setFlagsFromString(`--semi-space-growth-factor=${DEFAULT_GROWTH}`);
      capped = false;
    }
  };
}

export {
  capYoungGeneration
};
