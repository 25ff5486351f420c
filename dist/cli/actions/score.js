import { plainStyle } from '../../format/style.js';
import { failsAt } from '../../model/diagnostic.js';
import { checkRulesConfig, redFlagsByAccount } from '../../rules/index.js';
import { matrixChart, paretoChart } from '../../score/charts.js';
import { SCORE_FORMATTERS } from '../../score/format.js';
import { scorePortfolio } from '../../score/portfolio.js';
import { emit, makeContext, note, parseRuleFlags, problems } from '../context.js';
import { EXIT, UsageError } from '../errors.js';
import { discoveryOptions, loadRun, usableMaps } from '../maps.js';
import { chooseFormat, outputTarget } from '../output.js';
/** What an `-o` file's extension says to write, when no `--format` says otherwise. */
const SCORE_EXTENSIONS = {
    json: 'json',
    csv: 'csv',
    md: 'markdown',
    markdown: 'markdown',
};
export function scoreStyles(style) {
    return {
        classA: (s) => style.bold(style.green(s)),
        classB: style.yellow,
        classC: style.gray,
        flag: style.red,
        candidate: (s) => style.bold(style.green(s)),
        warning: style.yellow,
        heading: style.bold,
        dim: style.dim,
    };
}
export async function score(paths, options) {
    const ruleFlags = parseRuleFlags(options.rule ?? []);
    if (options.chart && options.format && options.format !== 'markdown') {
        throw new UsageError(`--chart prints Mermaid, so it goes with no --format or with --format markdown (a fenced block), not --format ${options.format}`);
    }
    const ctx = makeContext(options, options.rules ? [checkRulesConfig] : []);
    outputTarget(ctx.output, ctx.cwd, { command: 'acctmap score', example: 'portfolio.csv' });
    const format = options.chart
        ? options.format
        : chooseFormat(options.format, ctx.output, SCORE_EXTENSIONS, 'table');
    const run = await loadRun(paths, ctx, {
        rules: options.rules,
        ruleFlags,
        ...discoveryOptions(options),
    });
    const maps = usableMaps(run, (line) => note(ctx, line));
    const redFlags = redFlagsByAccount(run.result.diagnostics);
    const result = scorePortfolio(maps.map((m) => ({ file: m.file, map: m.map })), { config: ctx.config.config.score, by: options.by, asOf: ctx.asOf, redFlags });
    if (!result.ok) {
        const where = ctx.config.file
            ? ` (config: ${ctx.config.file})`
            : ' (no config file was found: create acctmap.config.yaml with a score: section, or name one with --config)';
        throw new UsageError(`cannot score: ${result.error.message}${where}`);
    }
    const portfolio = result.portfolio;
    let text;
    if (options.chart) {
        const chart = options.chart === 'pareto' ? paretoChart(portfolio) : matrixChart(portfolio);
        text = format === 'markdown' ? `\`\`\`mermaid\n${chart}\`\`\`\n` : chart;
    }
    else {
        const style = format === 'table' ? ctx.style : plainStyle;
        text = SCORE_FORMATTERS[format ?? 'table'](portfolio, { styles: scoreStyles(style) });
    }
    emit(ctx, text);
    problems(run.fatal);
    if (run.fatal.length)
        return EXIT.failure;
    return failsAt(run.result.diagnostics, options.failOn) ? EXIT.findings : EXIT.ok;
}
