import type { Command } from 'commander';
import {
  action,
  COLOR_OPTION,
  type CommonOptions,
  formatOption,
  outputOption,
  repeatable,
  withBaseOptions,
} from '../options.js';

const CONFIG_FORMATS = ['text', 'json'] as const;

export interface ConfigCommandOptions extends Omit<CommonOptions, 'asOf'> {
  format?: (typeof CONFIG_FORMATS)[number];
  rule?: string[];
  ignorePattern?: string[];
  /** `--no-gitignore`, as validate takes it. */
  gitignore?: boolean;
}

/** The help that `acctmap config --help` ends with. */
const EXAMPLES = `
Examples:
  $ acctmap config accounts/acme.acctmap.yaml      the settings validate uses for that file
  $ acctmap config                                 the settings before any override
  $ acctmap config prospects/new.acctmap.yaml --format json
  $ acctmap validate --print-config accounts/acme.acctmap.yaml   (the same, ESLint's name)

It shows which config file was found (acctmap.config.yaml here or in the nearest parent folder,
or --config), which overrides: entries apply to the file (matched by their files: globs,
relative to the config's folder), and every rule's severity, where that was set (default,
rules, overrides[N] or --rule) and its options. When a folder search would skip the file (the
config's ignore, --ignore-pattern, or a .gitignore line), it says which. The file need not exist.`;

export function register(program: Command): void {
  withBaseOptions(
    program
      .command('config')
      .description('print the settings in force for a map file: config, overrides, rules')
      .argument('[file]', 'the map file the settings are for (need not exist)')
      .option(
        '--config <file>',
        'config file (default: acctmap.config.yaml here or in the nearest parent folder)',
      )
      .option(
        '--rule <id=severity>',
        "set a rule's severity, as validate takes it (repeatable)",
        repeatable,
      )
      .option(
        '--ignore-pattern <glob>',
        'as validate takes it: say whether the file is skipped by it (repeatable)',
        repeatable,
      )
      .option(
        '--no-gitignore',
        "as validate takes it: leave git's ignore files out of whether the file is skipped",
      )
      .addOption(formatOption(CONFIG_FORMATS, 'output format (default: text)'))
      .addOption(outputOption())
      .option(...COLOR_OPTION),
  )
    .addHelpText('after', EXAMPLES)
    .action(action(async () => (await import('../actions/config.js')).config));
}
