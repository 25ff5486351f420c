import { createRequire as __acctmapCreateRequire } from 'node:module';
const require = __acctmapCreateRequire(import.meta.url);
import {
  outputTarget
} from "./chunk-UVMY4ATT.js";
import {
  makeContext,
  parseRuleFlags
} from "./chunk-FEQYHIU2.js";
import {
  plainStyle
} from "./chunk-HMHVJ7MO.js";
import "./chunk-ZXIJX75S.js";
import "./chunk-WJ4UJHTB.js";
import {
  checkRulesConfig,
  explainSettings
} from "./chunk-3PMCQ3JK.js";
import "./chunk-EOFZAPUG.js";
import "./chunk-M5GZM46X.js";
import "./chunk-XJYOIXLA.js";
import {
  gitIgnoreRule,
  matcherUnder
} from "./chunk-G6RSPFR5.js";
import "./chunk-EP3XH6LY.js";
import "./chunk-OIC7LVBH.js";
import "./chunk-OHYZK4TA.js";
import "./chunk-IAOW2ERF.js";
import {
  displayPath,
  writeOutput
} from "./chunk-LITMVH3X.js";
import "./chunk-CE5LU4KN.js";
import {
  displayWidth,
  escapeControls,
  plural
} from "./chunk-A4RBNV6B.js";
import {
  EXIT
} from "./chunk-AR6G5YW2.js";
import "./chunk-ZV4OTCNF.js";

// dist/cli/actions/config.js
import * as path from "node:path";

// dist/config/explain.js
function configJson(e) {
  return `${JSON.stringify({
    config: e.config,
    file: e.file,
    ignored_by: e.ignoredBy,
    ignore: e.ignore,
    max_file_mb: e.maxFileMb,
    overrides: e.settings.overrides.map((o) => ({ index: o.index, files: o.files })),
    rules: Object.fromEntries(e.settings.rules.map((r) => [
      r.id,
      {
        severity: r.severity,
        default_severity: r.defaultSeverity,
        set_by: setBy(r.source),
        options: r.options
      }
    ]))
  }, null, 2)}
`;
}
function configText(e, style) {
  const lines = [];
  const show = (s) => escapeControls(s);
  lines.push(`${style.bold("config:")}    ${e.config === null ? "none found (the defaults; acctmap init or acctmap.config.yaml makes one)" : show(e.config)}`);
  lines.push(`${style.bold("file:")}      ${e.file === null ? "none given (the settings before any override)" : show(e.file)}`);
  if (e.ignoredBy !== null)
    lines.push(`${style.bold("ignored:")}   yes, by ${show(e.ignoredBy)} (skipped when a folder is searched; checked when named)`);
  if (e.file !== null) {
    const o = e.settings.overrides;
    lines.push(`${style.bold("overrides:")} ${o.length === 0 ? "none apply" : o.map((x) => `overrides[${x.index}] (files: ${x.files.map(show).join(", ")})`).join("; ")}`);
  }
  lines.push("", style.bold(`${plural(e.settings.rules.length, "rule")}:`));
  const idWidth = Math.max(...e.settings.rules.map((r) => displayWidth(r.id)));
  for (const r of e.settings.rules) {
    const severity = r.severity.padEnd(7);
    const coloured = r.severity === "error" ? style.red(severity) : r.severity === "warning" ? style.yellow(severity) : r.severity === "off" ? style.gray(severity) : severity;
    const options = Object.entries(r.options).map(([k, v]) => `${k}: ${show(JSON.stringify(v))}`).join(", ");
    const from = setBy(r.source);
    lines.push(`  ${r.id.padEnd(idWidth)}  ${coloured}  ${style.dim(from === "default" ? "default" : `set by ${from}`)}${options ? `  ${options}` : ""}`);
  }
  return `${lines.join("\n")}
`;
}
function setBy(source) {
  if (source.from === "override")
    return `overrides[${source.index}]`;
  return source.from;
}

// dist/cli/actions/config.js
function config(file, options) {
  const ruleFlags = parseRuleFlags(options.rule ?? []);
  const ctx = makeContext(options, [checkRulesConfig]);
  const format = options.format ?? "text";
  outputTarget(ctx.output, ctx.cwd, {
    command: "acctmap config",
    example: format === "json" ? "settings.json" : "settings.txt"
  });
  const { config: loaded, dir } = ctx.config;
  const abs = file === void 0 ? void 0 : path.resolve(ctx.cwd, file);
  const shown = abs === void 0 ? void 0 : displayPath(abs, ctx.cwd);
  const settings = explainSettings({ config: loaded, configDir: dir, cwd: ctx.cwd, cli: ruleFlags }, shown);
  const ignoredBy = abs === void 0 ? null : skippedBy(abs, options, loaded.ignore, dir, ctx.cwd) ?? null;
  const explanation = {
    config: ctx.config.file === void 0 ? null : displayPath(ctx.config.file, ctx.cwd),
    file: shown ?? null,
    ignoredBy,
    settings,
    maxFileMb: loaded.max_file_mb,
    ignore: loaded.ignore
  };
  const text = format === "json" ? configJson(explanation) : configText(explanation, ctx.output === void 0 ? ctx.style : plainStyle);
  writeOutput(ctx.output, text);
  return EXIT.ok;
}
function skippedBy(abs, options, ignore, configDir, cwd) {
  const candidates = [];
  for (let p = abs; path.dirname(p) !== p; p = path.dirname(p))
    candidates.push(p);
  for (const p of candidates) {
    const byConfig = ignore.find((g) => matcherUnder([g], configDir)(p));
    if (byConfig !== void 0)
      return `the config's ignore: ${byConfig}`;
    const byFlag = (options.ignorePattern ?? []).find((g) => matcherUnder([g], cwd)(p));
    if (byFlag !== void 0)
      return `--ignore-pattern ${byFlag}`;
  }
  if (options.gitignore === false)
    return void 0;
  const git = gitIgnoreRule(abs);
  return git && `${displayPath(git.source, cwd)} line ${git.line}: ${git.pattern}`;
}
export {
  config
};
