import { createRequire as __acctmapCreateRequire } from 'node:module';
const require = __acctmapCreateRequire(import.meta.url);
import {
  makeStyle
} from "./chunk-HMHVJ7MO.js";
import {
  ConfigSchema,
  defaultConfig
} from "./chunk-ZXIJX75S.js";
import {
  errorMessage,
  fileDiagnostic,
  issuesToFindings,
  parseRuleFlag,
  parseSource,
  place
} from "./chunk-3PMCQ3JK.js";
import {
  configPath,
  today
} from "./chunk-EP3XH6LY.js";
import {
  useColor
} from "./chunk-OHYZK4TA.js";
import {
  decode,
  displayPath,
  writeOutput
} from "./chunk-LITMVH3X.js";
import {
  escapeTerminal,
  isCalendarDate
} from "./chunk-A4RBNV6B.js";
import {
  UsageError,
  describeSystemError
} from "./chunk-AR6G5YW2.js";

// dist/cli/config.js
import * as fs from "node:fs";
import * as path from "node:path";

// dist/config/load.js
function parseConfig(file, text, checks = []) {
  const parsed = parseSource(text);
  const diagnostics = parsed.problems.map((p) => fileDiagnostic(file, "yaml", p.message, p));
  if (diagnostics.length)
    return { config: defaultConfig(), diagnostics };
  const docs = parsed.documents.filter((d) => !d.empty);
  if (docs.length === 0)
    return { config: defaultConfig(), diagnostics };
  if (docs.length > 1) {
    const message = "a config file holds one YAML document; remove the extra `---` section";
    diagnostics.push(fileDiagnostic(file, "schema", message, docs[1].locate([])));
    return { config: defaultConfig(), diagnostics };
  }
  const doc = docs[0];
  const result = ConfigSchema.safeParse(doc.data, { error: errorMessage });
  const findings = result.success ? checks.flatMap((check) => check(result.data)) : issuesToFindings(result.error.issues, ConfigSchema, doc.data);
  for (const f of findings)
    diagnostics.push(place(file, doc.locate, f, "error", void 0));
  if (result.success && diagnostics.length === 0)
    return { config: result.data, diagnostics };
  return { config: defaultConfig(), diagnostics };
}

// dist/cli/config.js
function loadConfig(flag, cwd, extraChecks = []) {
  const file = configPath(flag, cwd);
  if (!file)
    return { config: defaultConfig(), dir: cwd };
  let bytes;
  try {
    bytes = fs.readFileSync(file);
  } catch (error) {
    throw new UsageError(`cannot read config ${flag ?? displayPath(file, cwd)}: ${describeSystemError(error)}`);
  }
  const decoded = decode(bytes);
  const shown = displayPath(file, cwd);
  if (!("text" in decoded))
    throw new UsageError(`cannot read config ${shown}: ${decoded.problem}`);
  const { config, diagnostics } = parseConfig(shown, decoded.text, extraChecks);
  if (diagnostics.length)
    throw new ConfigError(shown, diagnostics);
  return { config, dir: path.dirname(file), file, bytes };
}
var ConfigError = class extends UsageError {
  file;
  diagnostics;
  constructor(file, diagnostics) {
    super(`the config ${file} has ${diagnostics.length} ${diagnostics.length === 1 ? "problem" : "problems"}:
${diagnostics.map((d) => `  ${d.file}:${d.line}:${d.column}  ${d.message}`).join("\n")}`);
    this.file = file;
    this.diagnostics = diagnostics;
  }
};

// dist/cli/context.js
function parseAsOf(value) {
  if (value === void 0)
    return today();
  if (!isCalendarDate(value))
    throw new UsageError(`--as-of takes a date written YYYY-MM-DD (for example 2026-11-23), got \`${value}\``);
  return value;
}
function parseRuleFlags(values) {
  return values.map((value) => {
    const parsed = parseRuleFlag(value);
    if (!parsed.ok)
      throw new UsageError(parsed.message);
    return parsed.value;
  });
}
function makeContext(opts, checks = []) {
  const cwd = process.cwd();
  const asOf = parseAsOf(opts.asOf);
  const config = loadConfig(opts.config, cwd, checks);
  const toStdout = opts.output === void 0 || opts.output === "-";
  const ctx = {
    cwd,
    asOf,
    config,
    style: makeStyle(toStdout && useColor(process.stdout, opts.color)),
    errStyle: makeStyle(useColor(process.stderr, opts.color)),
    quiet: opts.quiet === true
  };
  if (!toStdout)
    ctx.output = opts.output;
  return ctx;
}
function emit(ctx, text) {
  writeOutput(ctx.output, text);
}
function note(ctx, text) {
  process.stderr.write(noteText(ctx, text));
}
function noteText(ctx, text) {
  return ctx.quiet ? "" : `${escapeTerminal(text, "line-breaks")}
`;
}
function problems(lines) {
  for (const line of lines)
    process.stderr.write(`acctmap: ${escapeTerminal(line, "line-breaks")}
`);
}

export {
  parseRuleFlags,
  makeContext,
  emit,
  note,
  noteText,
  problems
};
