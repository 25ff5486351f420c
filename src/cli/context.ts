/** What the options every command shares resolve to (the options themselves: ./options.ts). */

import type { ConfigCheck } from '../config/load.js';
import type { Style } from '../format/style.js';
import { isCalendarDate } from '../model/account-map.js';
import { parseRuleFlag, type RuleSeverity } from '../rules/index.js';
import { escapeTerminal } from '../text/index.js';
import { useColor } from './color.js';
import { type LoadedConfig, loadConfig } from './config.js';
import { UsageError } from './errors.js';
import { writeOutput } from './io.js';
import type { CommonOptions } from './options.js';
import { makeStyle } from './style.js';
import { today } from './today.js';

export interface Context {
  cwd: string;
  asOf: string;
  config: LoadedConfig;
  /** Style for what goes to stdout (plain when writing to a file). */
  style: Style;
  /** Style for notes and errors on stderr. */
  errStyle: Style;
  quiet: boolean;
  output?: string;
}

function parseAsOf(value: string | undefined): string {
  if (value === undefined) return today();
  if (!isCalendarDate(value))
    throw new UsageError(
      `--as-of takes a date written YYYY-MM-DD (for example 2026-11-23), got \`${value}\``,
    );
  return value;
}

/** `--rule ID=SEVERITY` values, each checked (an unknown id or severity is exit 2). */
export function parseRuleFlags(values: readonly string[]): Array<readonly [string, RuleSeverity]> {
  return values.map((value) => {
    const parsed = parseRuleFlag(value);
    if (!parsed.ok) throw new UsageError(parsed.message);
    return parsed.value;
  });
}

export function makeContext(opts: CommonOptions, checks: ConfigCheck[] = []): Context {
  const cwd = process.cwd();
  const asOf = parseAsOf(opts.asOf);
  const config = loadConfig(opts.config, cwd, checks);
  // `-o -` is stdout, as in every command.
  const toStdout = opts.output === undefined || opts.output === '-';
  const ctx: Context = {
    cwd,
    asOf,
    config,
    style: makeStyle(toStdout && useColor(process.stdout, opts.color)),
    errStyle: makeStyle(useColor(process.stderr, opts.color)),
    quiet: opts.quiet === true,
  };
  if (!toStdout) ctx.output = opts.output;
  return ctx;
}

/** Data goes to stdout, or to `-o` whole or not at all. */
export function emit(ctx: Context, text: string): void {
  writeOutput(ctx.output, text);
}

/** Notes go to stderr and are silenced by --quiet (which prints only errors). */
export function note(ctx: { quiet?: boolean }, text: string): void {
  process.stderr.write(noteText(ctx, text));
}

/** What `note` writes: the line, or nothing under --quiet. */
export function noteText(ctx: { quiet?: boolean }, text: string): string {
  return ctx.quiet ? '' : `${escapeTerminal(text, 'line-breaks')}\n`;
}

/** What stopped part of the job (exit 2 at the end): always printed, one line each. */
export function problems(lines: readonly string[]): void {
  for (const line of lines)
    process.stderr.write(`acctmap: ${escapeTerminal(line, 'line-breaks')}\n`);
}
