import { createRequire as __acctmapRequire } from 'node:module'; const require = __acctmapRequire(import.meta.url);
import {
  scorePortfolio
} from "./chunk-5BUT5M2M.js";
import "./chunk-CWMHO7HX.js";
import {
  matrixChart,
  paretoChart
} from "./chunk-RD5UPTQE.js";
import {
  discoveryOptions,
  loadRun,
  usableMaps
} from "./chunk-P3XJLWYX.js";
import {
  SCORE_FORMATTERS
} from "./chunk-VS3Y54JY.js";
import "./chunk-33IIJQVR.js";
import "./chunk-6IL6XDC7.js";
import "./chunk-DA5YJUD5.js";
import "./chunk-SW5X3JBK.js";
import {
  chooseFormat,
  outputTarget
} from "./chunk-MTX4CNVE.js";
import {
  emit,
  makeContext,
  note,
  parseRuleFlags,
  problems
} from "./chunk-XXKYTDGT.js";
import {
  plainStyle
} from "./chunk-URXV5G6A.js";
import "./chunk-PO7W2BRV.js";
import "./chunk-ITQUNPWM.js";
import "./chunk-3KPVWIYJ.js";
import {
  checkRulesConfig,
  redFlagsByAccount
} from "./chunk-ZWC5TTL4.js";
import "./chunk-KU2DREUW.js";
import "./chunk-UMP7OUPL.js";
import {
  failsAt
} from "./chunk-HQFVVCWK.js";
import "./chunk-G7CTN3EZ.js";
import "./chunk-CEO2H5BC.js";
import "./chunk-W7GPNTL5.js";
import {
  EXIT,
  UsageError
} from "./chunk-FUKRDGIG.js";
import "./chunk-N5QIJHTO.js";

// dist/cli/actions/score.js
var SCORE_EXTENSIONS = {
  json: "json",
  csv: "csv",
  md: "markdown",
  markdown: "markdown"
};
function scoreStyles(style) {
  return {
    classA: (s) => style.bold(style.green(s)),
    classB: style.yellow,
    classC: style.gray,
    flag: style.red,
    candidate: (s) => style.bold(style.green(s)),
    warning: style.yellow,
    heading: style.bold,
    dim: style.dim
  };
}
async function score(paths, options) {
  const ruleFlags = parseRuleFlags(options.rule ?? []);
  if (options.chart && options.format && options.format !== "markdown") {
    throw new UsageError(`--chart prints Mermaid, so it goes with no --format or with --format markdown (a fenced block), not --format ${options.format}`);
  }
  const ctx = makeContext(options, options.rules ? [checkRulesConfig] : []);
  outputTarget(ctx.output, ctx.cwd, { command: "acctmap score", example: "portfolio.csv" });
  const format = options.chart ? options.format : chooseFormat(options.format, ctx.output, SCORE_EXTENSIONS, "table");
  const run = await loadRun(paths, ctx, {
    rules: options.rules,
    ruleFlags,
    ...discoveryOptions(options)
  });
  const maps = usableMaps(run, (line) => note(ctx, line));
  const redFlags = redFlagsByAccount(run.result.diagnostics);
  const result = scorePortfolio(maps.map((m) => ({ file: m.file, map: m.map })), { config: ctx.config.config.score, by: options.by, asOf: ctx.asOf, redFlags });
  if (!result.ok) {
    const where = ctx.config.file ? ` (config: ${ctx.config.file})` : " (no config file was found: create acctmap.config.yaml with a score: section, or name one with --config)";
    throw new UsageError(`cannot score: ${result.error.message}${where}`);
  }
  const portfolio = result.portfolio;
  let text;
  if (options.chart) {
    const chart = options.chart === "pareto" ? paretoChart(portfolio) : matrixChart(portfolio);
    text = format === "markdown" ? `\`\`\`mermaid
${chart}\`\`\`
` : chart;
  } else {
    const style = format === "table" ? ctx.style : plainStyle;
    text = SCORE_FORMATTERS[format ?? "table"](portfolio, { styles: scoreStyles(style) });
  }
  emit(ctx, text);
  problems(run.fatal);
  if (run.fatal.length)
    return EXIT.failure;
  return failsAt(run.result.diagnostics, options.failOn) ? EXIT.findings : EXIT.ok;
}
export {
  score,
  scoreStyles
};
