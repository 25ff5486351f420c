/** What the options every command shares resolve to (the options themselves: ./options.ts). */
import { isCalendarDate } from '../model/account-map.js';
import { makeStyle, useColor } from './color.js';
import { loadConfig } from './config.js';
import { UsageError } from './errors.js';
import { writeFileAtomic } from './io.js';
export { withCommonOptions } from './options.js';
export function today(now = new Date()) {
    const pad = (n) => String(n).padStart(2, '0');
    return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
export function parseAsOf(value) {
    if (value === undefined)
        return today();
    if (!isCalendarDate(value))
        throw new UsageError(`--as-of takes a date written YYYY-MM-DD (for example 2026-11-23), got \`${value}\``);
    return value;
}
export function makeContext(opts, checks = []) {
    const cwd = process.cwd();
    const asOf = parseAsOf(opts.asOf);
    const config = loadConfig(opts.config, cwd, checks);
    const ctx = {
        cwd,
        asOf,
        config,
        style: makeStyle(opts.output === undefined && useColor(process.stdout, opts.color)),
        errStyle: makeStyle(useColor(process.stderr, opts.color)),
        quiet: opts.quiet === true,
    };
    if (opts.output !== undefined)
        ctx.output = opts.output;
    return ctx;
}
/** Data goes to stdout, or to `-o` whole or not at all. */
export function emit(ctx, text) {
    if (ctx.output !== undefined)
        writeFileAtomic(ctx.output, text);
    else
        process.stdout.write(text);
}
/** Notes go to stderr and are silenced by --quiet. */
export function note(ctx, text) {
    if (!ctx.quiet)
        process.stderr.write(`${text}\n`);
}
