import { createRequire as __acctmapCreateRequire } from 'node:module';
const require = __acctmapCreateRequire(import.meta.url);
import {
  scorePortfolio
} from "./chunk-XTWDO7EO.js";
import "./chunk-OMUVRZVZ.js";
import {
  matrixChart,
  paretoChart
} from "./chunk-D7XCZ6MG.js";
import {
  discoveryOptions,
  loadRun,
  usableMaps
} from "./chunk-5UIGE76S.js";
import "./chunk-24WFDTQW.js";
import {
  SCORE_FORMATTERS
} from "./chunk-HUVXZIKZ.js";
import "./chunk-KMKR7STN.js";
import "./chunk-MLHKFOEY.js";
import "./chunk-IGFIU6YM.js";
import "./chunk-FECTPEQ5.js";
import {
  chooseFormat,
  outputTarget
} from "./chunk-UVMY4ATT.js";
import "./chunk-WCWGSMVT.js";
import "./chunk-SEMNEORE.js";
import {
  emit,
  makeContext,
  note,
  parseRuleFlags,
  problems
} from "./chunk-FEQYHIU2.js";
import {
  plainStyle
} from "./chunk-HMHVJ7MO.js";
import "./chunk-ZXIJX75S.js";
import "./chunk-WJ4UJHTB.js";
import {
  checkRulesConfig,
  redFlagsByAccount
} from "./chunk-3PMCQ3JK.js";
import {
  failsAt
} from "./chunk-EOFZAPUG.js";
import "./chunk-M5GZM46X.js";
import "./chunk-XJYOIXLA.js";
import "./chunk-G6RSPFR5.js";
import "./chunk-EP3XH6LY.js";
import "./chunk-OIC7LVBH.js";
import "./chunk-OHYZK4TA.js";
import "./chunk-IAOW2ERF.js";
import "./chunk-LITMVH3X.js";
import "./chunk-CE5LU4KN.js";
import "./chunk-A4RBNV6B.js";
import {
  EXIT,
  UsageError
} from "./chunk-AR6G5YW2.js";
import "./chunk-ZV4OTCNF.js";

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
