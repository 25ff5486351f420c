/** The options every command shares, and what they resolve to. */
import type { Command } from 'commander';
import { isCalendarDate } from '../model/account-map.js';
import type { Style } from '../format/style.js';
import { makeStyle, useColor } from './color.js';
import { type ConfigCheck, type LoadedConfig, loadConfig } from './config.js';
import { UsageError } from './errors.js';
import { writeFileAtomic } from './io.js';

export interface CommonOptions {
  config?: string;
  asOf?: string;
  color?: boolean;
  output?: string;
  quiet?: boolean;
  debug?: boolean;
}

export function withCommonOptions(cmd: Command): Command {
  return cmd
    .option(
      '--config <file>',
      'config file (default: acctmap.config.yaml here or in the nearest parent folder)',
    )
    .option(
      '--as-of <date>',
      'the date that "today" means for date rules, YYYY-MM-DD (default: today)',
    )
    .option('--no-color', 'plain text (NO_COLOR does the same; FORCE_COLOR forces colour)')
    .option('-o, --output <path>', 'write there instead of stdout (written whole or not at all)')
    .option('-q, --quiet', 'print only errors')
    .option('--debug', 'on an unexpected error, print its stack trace');
}

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

export function today(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function parseAsOf(value: string | undefined): string {
  if (value === undefined) return today();
  if (!isCalendarDate(value))
    throw new UsageError(
      `--as-of takes a date written YYYY-MM-DD (for example 2026-11-23), got \`${value}\``,
    );
  return value;
}

export function makeContext(opts: CommonOptions, checks: ConfigCheck[] = []): Context {
  const cwd = process.cwd();
  const asOf = parseAsOf(opts.asOf);
  const config = loadConfig(opts.config, cwd, checks);
  const ctx: Context = {
    cwd,
    asOf,
    config,
    style: makeStyle(opts.output === undefined && useColor(process.stdout, opts.color)),
    errStyle: makeStyle(useColor(process.stderr, opts.color)),
    quiet: opts.quiet === true,
  };
  if (opts.output !== undefined) ctx.output = opts.output;
  return ctx;
}

/** Data goes to stdout, or to `-o` whole or not at all. */
export function emit(ctx: Context, text: string): void {
  if (ctx.output !== undefined) writeFileAtomic(ctx.output, text);
  else process.stdout.write(text);
}

/** Notes go to stderr and are silenced by --quiet. */
export function note(ctx: Context, text: string): void {
  if (!ctx.quiet) process.stderr.write(`${text}\n`);
}
