import { createRequire as __acctmapCreateRequire } from 'node:module';
const require = __acctmapCreateRequire(import.meta.url);
import {
  compareCodeUnits
} from "./chunk-A4RBNV6B.js";

// dist/model/diagnostic.js
var BUILT_IN_CHECKS = ["yaml", "schema", "reference", "io"];
function isBuiltInCheck(rule) {
  return BUILT_IN_CHECKS.includes(rule);
}
var FAIL_ON = ["error", "warning", "info", "never"];
function failsAt(diagnostics, failOn) {
  if (failOn === "never")
    return false;
  const threshold = SEVERITY_RANK[failOn];
  return diagnostics.some((d) => SEVERITY_RANK[d.severity] >= threshold);
}
function formatPath(path) {
  let out = "";
  for (const seg of path) {
    if (typeof seg === "number")
      out += `[${seg}]`;
    else if (/^[\w$-]+$/.test(seg))
      out += out ? `.${seg}` : seg;
    else
      out += `[${JSON.stringify(seg)}]`;
  }
  return out;
}
var SEVERITY_RANK = { error: 3, warning: 2, info: 1 };
function compareDiagnostics(a, b) {
  return a.file === b.file ? a.line - b.line || a.column - b.column || compareCodeUnits(a.rule, b.rule) : a.file < b.file ? -1 : 1;
}

export {
  BUILT_IN_CHECKS,
  isBuiltInCheck,
  FAIL_ON,
  failsAt,
  formatPath,
  compareDiagnostics
};
