import { createRequire as __acctmapCreateRequire } from 'node:module';
const require = __acctmapCreateRequire(import.meta.url);
import {
  joinAnd,
  plural
} from "./chunk-A4RBNV6B.js";

// dist/format/types.js
var VALIDATE_FORMATS = ["stylish", "json", "github", "sarif", "junit"];
var BRIEFING_FORMATS = ["stylish", "markdown", "json"];
function hiddenText(report) {
  const { warnings = 0, infos = 0 } = report.hidden ?? {};
  const parts = [
    ...warnings ? [plural(warnings, "warning")] : [],
    ...infos ? [plural(infos, "info")] : []
  ];
  return parts.length ? `${joinAnd(parts)} hidden by --quiet` : void 0;
}
function summarize(files, diagnostics) {
  const count = (s) => diagnostics.filter((d) => d.severity === s).length;
  return {
    files: files.length,
    maps: files.reduce((n, f) => n + f.maps.length, 0),
    errors: count("error"),
    warnings: count("warning"),
    infos: count("info")
  };
}

// dist/cli/invocation.js
var words = [];
function noteCommandLine(argv) {
  words = [...argv];
}
function commandLine() {
  return words;
}

export {
  VALIDATE_FORMATS,
  BRIEFING_FORMATS,
  hiddenText,
  summarize,
  noteCommandLine,
  commandLine
};
