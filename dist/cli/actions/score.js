import { plainStyle } from '../../format/style.js';
import { SEVERITY_RANK } from '../../model/diagnostic.js';
import { checkRulesConfig, ruleCatalog } from '../../rules/index.js';
import { matrixChart, paretoChart } from '../../score/charts.js';
import { SCORE_FORMATTERS } from '../../score/format.js';
import { scorePortfolio } from '../../score/portfolio.js';
import { emit, makeContext } from '../context.js';
import { EXIT, UsageError } from '../errors.js';
import { loadRun, usableMaps } from '../maps.js';
import { parseRuleFlags } from './validate.js';
/** The findings of these checks are about the file, not red flags of the account. */
const NOT_RED_FLAGS = new Set(['yaml', 'schema', 'reference']);
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
    const run = await loadRun(paths, ctx, { rules: options.rules, ruleFlags });
    const maps = usableMaps(run, (line) => process.stderr.write(`${line}\n`));
    // Red flags: the rules that fired on each account at warning or error (not the file checks,
    // and not the notes about suppression comments themselves).
    const meta = new Set(ruleCatalog()
        .filter((r) => r.category === 'meta')
        .map((r) => r.id));
    const redFlags = new Map();
    for (const d of run.result.diagnostics) {
        if (d.account === undefined || NOT_RED_FLAGS.has(d.rule) || meta.has(d.rule))
            continue;
        if (d.severity !== 'error' && d.severity !== 'warning')
            continue;
        const list = redFlags.get(d.account) ?? [];
        list.push(d.rule);
        redFlags.set(d.account, list);
    }
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
        text = options.format === 'markdown' ? `\`\`\`mermaid\n${chart}\`\`\`\n` : chart;
    }
    else {
        const format = options.format ?? 'table';
        const style = format === 'table' ? ctx.style : plainStyle;
        text = SCORE_FORMATTERS[format](portfolio, { styles: scoreStyles(style) });
    }
    emit(ctx, text);
    for (const problem of run.fatal)
        process.stderr.write(`acctmap: ${problem}\n`);
    if (run.fatal.length)
        return EXIT.failure;
    if (options.failOn === 'never')
        return EXIT.ok;
    const threshold = SEVERITY_RANK[options.failOn];
    return run.result.diagnostics.some((d) => SEVERITY_RANK[d.severity] >= threshold)
        ? EXIT.findings
        : EXIT.ok;
}
