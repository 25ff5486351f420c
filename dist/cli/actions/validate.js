import { appendFileSync } from 'node:fs';
import { FORMATTERS, githubStepSummary, summarize, } from '../../format/index.js';
import { plainStyle } from '../../format/style.js';
import { failsAt } from '../../model/diagnostic.js';
import { checkRulesConfig, ruleCatalog } from '../../rules/index.js';
import { sarifArtifacts } from '../artifacts.js';
import { makeContext, note, noteText, parseRuleFlags, problems } from '../context.js';
import { EXIT, UsageError } from '../errors.js';
import { contentHash } from '../fingerprint.js';
import { commandLine } from '../invocation.js';
import { writeOutput, yieldToSignals } from '../io.js';
import { discoveryOptions, loadRun } from '../maps.js';
import { outputTarget, planOutputs } from '../output.js';
import { here, parsedCommand, replayable, replayKey } from '../replay.js';
import { docsUri, version } from '../version.js';
/** What an `-o` file's extension says to write, when no `--format` says otherwise. */
export const VALIDATE_EXTENSIONS = {
    sarif: 'sarif',
    json: 'json',
    xml: 'junit',
};
export async function validate(paths, options) {
    if (options.printConfig !== undefined)
        return printConfig(paths, options);
    const ruleFlags = parseRuleFlags(options.rule ?? []);
    const maxWarnings = parseMaxWarnings(options.maxWarnings);
    const fallback = process.env.GITHUB_ACTIONS === 'true' ? 'github' : 'stylish';
    const planned = planOutputs(options.format ?? [], options.output ?? [], VALIDATE_EXTENSIONS, fallback);
    const { output: _outputs, ...rest } = options;
    const ctx = makeContext(rest, options.rules ? [checkRulesConfig] : []);
    // Every -o is checked before the maps are read: a typo in a path costs nothing.
    for (const p of planned)
        outputTarget(p.output, ctx.cwd, {
            command: 'acctmap validate',
            example: exampleName(p.format),
        });
    const run = await loadRun(paths, ctx, {
        rules: options.rules,
        ruleFlags,
        reportUnreadable: true,
        accountsOnly: true,
        ...(options.cache ? { cache: { location: options.cacheLocation } } : {}),
        ...discoveryOptions(options),
    });
    const all = run.result.diagnostics;
    const shown = ctx.quiet ? all.filter((d) => d.severity === 'error') : all;
    const report = {
        files: run.result.files,
        diagnostics: shown,
        summary: summarize(run.result.files, shown),
        ...(ctx.quiet ? { hidden: hiddenCounts(all) } : {}),
    };
    const texts = planned.map((p) => {
        // Colour only in stylish text on a terminal, never in the machine formats or in a file.
        const style = p.format === 'stylish' && p.output === undefined ? ctx.style : plainStyle;
        return FORMATTERS[p.format](report, {
            style,
            rules: ruleCatalog(),
            toolVersion: version(),
            docsUri,
            ...(p.format === 'sarif'
                ? {
                    artifacts: sarifArtifacts(report.files.map((f) => f.file), ctx.cwd),
                }
                : {}),
        });
    });
    // Checking is synchronous: a Ctrl-C pressed meanwhile is only seen now, and must stop the run
    // before the old output is replaced.
    await yieldToSignals();
    // Files first, the terminal last: what scrolls by ends with the findings.
    planned.forEach((p, i) => {
        if (p.output !== undefined)
            writeOutput(p.output, texts[i]);
    });
    planned.forEach((p, i) => {
        if (p.output === undefined)
            writeOutput(undefined, texts[i]);
    });
    const format = planned.some((p) => p.format === 'github') ? 'github' : undefined;
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
    let code;
    let stderr = '';
    if (run.fatal.length)
        code = EXIT.failure;
    else {
        let failing = failsAt(all, options.failOn);
        const warnings = all.filter((d) => d.severity === 'warning').length;
        if (maxWarnings !== undefined && warnings > maxWarnings) {
            stderr += noteText(ctx, `acctmap: ${warnings} warnings, more than --max-warnings ${maxWarnings}`);
            failing = true;
        }
        code = failing ? EXIT.findings : EXIT.ok;
    }
    if (run.cache) {
        const unsaved = run.cache.save(lastRun(paths, options, ctx, run, {
            outputs: planned.map((p, i) => ({
                ...(p.output === undefined ? {} : { output: p.output }),
                format: p.format,
                text: texts[i],
            })),
            stderr,
            exit: code,
        }));
        if (unsaved)
            note(ctx, `acctmap: could not save the cache (${unsaved}); the next run checks every file again`);
    }
    problems(run.fatal);
    process.stderr.write(stderr);
    return code;
}
/**
 * The answer of this run, to be given again while nothing it read changes (../replay.ts); none
 * for a run that could not be answered the same way again.
 */
function lastRun(paths, options, ctx, run, answer) {
    if (!replayable(paths, options) || run.stdin || run.fatal.length)
        return undefined;
    const formats = answer.outputs.map((o) => o.format);
    if (formats.includes('sarif'))
        return undefined;
    if (formats.includes('github') && process.env.GITHUB_STEP_SUMMARY)
        return undefined;
    const files = [];
    for (const f of run.searched) {
        const facts = run.cache?.facts(f.path);
        if (facts === undefined)
            return undefined; // not read as a map: an io finding
        files.push({ path: f.path, named: f.named, ...facts });
    }
    const { config, dir, file, bytes } = ctx.config;
    const parsed = parsedCommand(paths, options);
    return {
        key: replayKey(commandLine(), parsed, { ...here(), cwd: ctx.cwd }),
        parsed,
        config: file !== undefined && bytes !== undefined ? { file, hash: contentHash(bytes) } : null,
        ignore: [...config.ignore],
        ignoreBase: dir,
        maxBytes: Math.round(config.max_file_mb * 1024 * 1024),
        files,
        outputs: answer.outputs.map(({ output, text }) => output === undefined ? { content: text } : { output, content: text }),
        stderr: answer.stderr,
        exit: answer.exit,
    };
}
/** What --quiet leaves out of the output (it shows errors only). */
function hiddenCounts(all) {
    return {
        warnings: all.filter((d) => d.severity === 'warning').length,
        infos: all.filter((d) => d.severity === 'info').length,
    };
}
/** `validate --print-config FILE`: ESLint's name for `acctmap config FILE`. */
async function printConfig(paths, options) {
    if (paths.length)
        throw new UsageError(`--print-config prints the settings for one file and checks nothing, so the paths (${paths.join(', ')}) have no use; leave them out, or drop --print-config to check them`);
    const formats = options.format ?? [];
    const format = formats.length === 0 ? undefined : formats[0];
    if (formats.length > 1 || (format !== undefined && format !== 'json'))
        throw new UsageError('--print-config prints text, or JSON with --format json; the other formats are for findings');
    if ((options.output ?? []).length > 1)
        throw new UsageError('--print-config writes one output; give -o once');
    const { config } = await import('./config.js');
    const output = options.output?.[0];
    return config(options.printConfig, {
        ...(options.config !== undefined ? { config: options.config } : {}),
        ...(options.rule ? { rule: options.rule } : {}),
        ...(options.ignorePattern ? { ignorePattern: options.ignorePattern } : {}),
        ...(options.gitignore === false ? { gitignore: false } : {}),
        ...(options.color !== undefined ? { color: options.color } : {}),
        ...(options.quiet !== undefined ? { quiet: options.quiet } : {}),
        ...(format === 'json' ? { format: 'json' } : {}),
        ...(output !== undefined ? { output } : {}),
    });
}
/** A file name to suggest when -o names a folder. */
function exampleName(format) {
    if (format === 'sarif')
        return 'acctmap.sarif';
    if (format === 'json')
        return 'findings.json';
    if (format === 'junit')
        return 'junit.xml';
    return 'findings.txt';
}
function parseMaxWarnings(value) {
    if (value === undefined)
        return undefined;
    if (!/^\d+$/.test(value))
        throw new UsageError(`--max-warnings takes a whole number of 0 or more, got \`${value}\``);
    return Number(value);
}
