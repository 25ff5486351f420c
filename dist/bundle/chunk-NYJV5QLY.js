import { createRequire as __acctmapCreateRequire } from 'node:module';
const require = __acctmapCreateRequire(import.meta.url);

// dist/cli/process-wide.js
function processWide(name, make) {
  const key = /* @__PURE__ */ Symbol.for(`acctmap.${name}`);
  const global = globalThis;
  const kept = global[key];
  if (kept !== void 0)
    return kept;
  const made = make();
  global[key] = made;
  return made;
}

export {
  processWide
};
