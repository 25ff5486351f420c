import { createRequire as __acctmapCreateRequire } from 'node:module';
const require = __acctmapCreateRequire(import.meta.url);
import {
  contentHash,
  statFingerprint
} from "./chunk-FECTPEQ5.js";
import {
  accountsOnly,
  checkFile
} from "./chunk-3PMCQ3JK.js";
import {
  decode,
  readFileBytes,
  readTextFile
} from "./chunk-LITMVH3X.js";

// dist/cli/parallel-protocol.js
function unreadableOutcome(read) {
  return {
    kind: "unreadable",
    problem: read.problem,
    fatal: read.fatal,
    rule: read.reason === void 0 ? "io" : "yaml"
  };
}
function readForCheck(path, maxBytes, hash) {
  if (!hash)
    return readTextFile(path, maxBytes);
  const read = readFileBytes(path, maxBytes);
  if (!("bytes" in read))
    return read;
  const text = decode(read.bytes);
  if (!("text" in text))
    return text;
  const stat = statFingerprint(read.stat);
  return {
    text: text.text,
    hash: contentHash(read.bytes),
    ...stat === void 0 ? {} : { stat }
  };
}
function checkForTransfer(path, file, maxBytes, rules, { accounts, hash }) {
  const read = readForCheck(path, maxBytes, hash);
  if (!("text" in read))
    return unreadableOutcome(read);
  const check = checkFile({ file, text: read.text }, { maxBytes, ...rules ? { rules } : {} });
  const sum = {
    ...read.hash === void 0 ? {} : { hash: read.hash },
    ...read.stat === void 0 ? {} : { stat: read.stat }
  };
  if (accounts)
    return { kind: "checked", ...sum, ...accountsOnly(check) };
  return {
    kind: "checked",
    ...sum,
    summary: check.summary,
    diagnostics: check.diagnostics,
    maps: check.maps.map(({ map, ...rest }) => (
      // JSON keeps the main thread's copy small (flat strings, none of them a slice that keeps
      // the whole text alive); the rare map with values JSON cannot carry (NaN, -0, ...) is
      // cloned as it is.
      isJsonFaithful(map) ? { ...rest, json: JSON.stringify(map) } : { ...rest, map }
    ))
  };
}
function received(outcome) {
  return {
    summary: outcome.summary,
    diagnostics: outcome.diagnostics,
    maps: outcome.maps.map(({ json, map, ...rest }) => ({
      ...rest,
      map: json !== void 0 ? JSON.parse(json) : map
    }))
  };
}
function isJsonFaithful(value) {
  switch (typeof value) {
    case "string":
    case "boolean":
      return true;
    case "number":
      return Number.isFinite(value) && !Object.is(value, -0);
    case "object": {
      if (value === null)
        return true;
      if (Array.isArray(value)) {
        for (const item of value)
          if (!isJsonFaithful(item))
            return false;
        return true;
      }
      if (Object.getPrototypeOf(value) !== Object.prototype)
        return false;
      for (const key of Object.keys(value)) {
        if (key === "__proto__")
          return false;
        if (!isJsonFaithful(value[key]))
          return false;
      }
      return true;
    }
    default:
      return false;
  }
}

export {
  unreadableOutcome,
  readForCheck,
  checkForTransfer,
  received
};
