import { appendFileSync } from 'node:fs';
import { FORMATTERS, githubStepSummary, summarize, } from '../../format/index.js';
import { plainStyle } from '../../format/style.js';
import { failsAt } from '../../model/diagnostic.js';
import { checkRulesConfig, ruleCatalog } from '../../rules/index.js';
import { emit, makeContext, note, parseRuleFlags, problems } from '../context.js';
import { EXIT, UsageError } from '../errors.js';
import { yieldToSignals } from '../io.js';
import { loadRun } from '../maps.js';
import { version } from '../version.js';
export async function validate(paths, options) {
    const ruleFlags = parseRuleFlags(options.rule ?? []);
    const maxWarnings = parseMaxWarnings(options.maxWarnings);
    const ctx = makeContext(options, options.rules ? [checkRulesConfig] : []);
    const format = options.format ?? (process.env.GITHUB_ACTIONS === 'true' ? 'github' : 'stylish');
    const run = await loadRun(paths, ctx, {
        rules: options.rules,
        ruleFlags,
        accountsOnly: true,
        ...(options.cache ? { cache: { location: options.cacheLocation } } : {}),
    });
    const all = run.result.diagnostics;
    const shown = ctx.quiet ? all.filter((d) => d.severity === 'error') : all;
    const report = {
        files: run.result.files,
        diagnostics: shown,
        summary: summarize(run.result.files, shown),
    };
    // Colour never appears in the machine formats.
    const style = format === 'stylish' ? ctx.style : plainStyle;
    const text = FORMATTERS[format](report, { style, rules: ruleCatalog(), toolVersion: version() });
    // Checking is synchronous: a Ctrl-C pressed meanwhile is only seen now, and must stop the run
    // before the old output is replaced.
    await yieldToSignals();
    emit(ctx, text);
    const summaryFile = process.env.GITHUB_STEP_SUMMARY;
    if (format === 'github' && summaryFile) {
        try {
            appendFileSync(summaryFile, githubStepSummary({
                ...report,
                summary: summarize(run.result.files, all),
                diagnostics: all,
            }));
        }
        catch (error) {
            note(ctx, `acctmap: could not append to $GITHUB_STEP_SUMMARY (${error.message})`);
        }
    }
    problems(run.fatal);
    if (run.fatal.length)
        return EXIT.failure;
    let failing = failsAt(all, options.failOn);
    const warnings = all.filter((d) => d.severity === 'warning').length;
    if (maxWarnings !== undefined && warnings > maxWarnings) {
        note(ctx, `acctmap: ${warnings} warnings, more than --max-warnings ${maxWarnings}`);
        failing = true;
    }
    return failing ? EXIT.findings : EXIT.ok;
}
function parseMaxWarnings(value) {
    if (value === undefined)
        return undefined;
    if (!/^\d+$/.test(value))
        throw new UsageError(`--max-warnings takes a whole number of 0 or more, got \`${value}\``);
    return Number(value);
}
