/** What the options every command shares resolve to (the options themselves: ./options.ts). */
import { isCalendarDate } from '../model/account-map.js';
import { parseRuleFlag } from '../rules/index.js';
import { escapeTerminal } from '../text/index.js';
import { useColor } from './color.js';
import { loadConfig } from './config.js';
import { UsageError } from './errors.js';
import { writeOutput } from './io.js';
import { makeStyle } from './style.js';
import { today } from './today.js';
function parseAsOf(value) {
    if (value === undefined)
        return today();
    if (!isCalendarDate(value))
        throw new UsageError(`--as-of takes a date written YYYY-MM-DD (for example 2026-11-23), got \`${value}\``);
    return value;
}
/** `--rule ID=SEVERITY` values, each checked (an unknown id or severity is exit 2). */
export function parseRuleFlags(values) {
    return values.map((value) => {
        const parsed = parseRuleFlag(value);
        if (!parsed.ok)
            throw new UsageError(parsed.message);
        return parsed.value;
    });
}
export function makeContext(opts, checks = []) {
    const cwd = process.cwd();
    const asOf = parseAsOf(opts.asOf);
    const config = loadConfig(opts.config, cwd, checks);
    // `-o -` is stdout, as in every command.
    const toStdout = opts.output === undefined || opts.output === '-';
    const ctx = {
        cwd,
        asOf,
        config,
        style: makeStyle(toStdout && useColor(process.stdout, opts.color)),
        errStyle: makeStyle(useColor(process.stderr, opts.color)),
        quiet: opts.quiet === true,
    };
    if (!toStdout)
        ctx.output = opts.output;
    return ctx;
}
/** Data goes to stdout, or to `-o` whole or not at all. */
export function emit(ctx, text) {
    writeOutput(ctx.output, text);
}
/** Notes go to stderr and are silenced by --quiet (which prints only errors). */
export function note(ctx, text) {
    process.stderr.write(noteText(ctx, text));
}
/** What `note` writes: the line, or nothing under --quiet. */
export function noteText(ctx, text) {
    return ctx.quiet ? '' : `${escapeTerminal(text, 'line-breaks')}\n`;
}
/** What stopped part of the job (exit 2 at the end): always printed, one line each. */
export function problems(lines) {
    for (const line of lines)
        process.stderr.write(`acctmap: ${escapeTerminal(line, 'line-breaks')}\n`);
}
