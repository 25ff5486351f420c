/**
 * The options commands share, as commander options, so that each means the same in every
 * command. Kept apart from ./context.ts (which resolves them: config, colour, dates) so that
 * registering the commands, which every run does, even `acctmap --version`, loads commander and
 * nothing else.
 */
import type { Command } from 'commander';

/** What every command takes. */
export interface BaseOptions {
  /** `-q`: print only errors; notes and progress on stderr are left out. */
  quiet?: boolean;
  /** On an unexpected error, print its stack trace (read by ./main.ts from argv). */
  debug?: boolean;
}

/** What the commands that read maps take (all of the contract's common options). */
export interface CommonOptions extends BaseOptions {
  config?: string;
  asOf?: string;
  color?: boolean;
  output?: string;
}

export const OUTPUT_OPTION = [
  '-o, --output <path>',
  'write there instead of stdout (written whole or not at all)',
] as const;
export const COLOR_OPTION = [
  '--no-color',
  'plain text (NO_COLOR or NODE_DISABLE_COLORS does the same; FORCE_COLOR forces colour)',
] as const;

/** `-q` and `--debug`: the options every command ends with. */
export function withBaseOptions(cmd: Command): Command {
  return cmd
    .option('-q, --quiet', 'print only errors')
    .option('--debug', 'on an unexpected error, print its stack trace');
}

/** The contract's common options, for the commands that read maps. */
export function withCommonOptions(cmd: Command): Command {
  return withBaseOptions(
    cmd
      .option(
        '--config <file>',
        'config file (default: acctmap.config.yaml here or in the nearest parent folder)',
      )
      .option(
        '--as-of <date>',
        'the date that "today" means for date rules, YYYY-MM-DD (default: today)',
      )
      .option(...COLOR_OPTION)
      .option(...OUTPUT_OPTION),
  );
}

/**
 * The action of a command: load its module when it runs (so `--help` loads none of them), run
 * it, and leave its exit code for ./main.ts.
 */
export function action<A extends unknown[]>(
  load: () => Promise<(...args: A) => number | Promise<number>>,
): (...args: A) => Promise<void> {
  return async (...args) => {
    const run = await load();
    process.exitCode = await run(...args);
  };
}

/** For an option given several times (`--rule a=off --rule b=info`): every value, in order. */
export function repeatable(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}
