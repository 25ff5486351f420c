import type { Command } from 'commander';
import {
  action,
  type BaseOptions,
  COLOR_OPTION,
  formatOption,
  outputOption,
  withBaseOptions,
} from '../options.js';

const RULES_FORMATS = ['text', 'json'] as const;

export interface RulesOptions extends BaseOptions {
  format?: (typeof RULES_FORMATS)[number];
  output?: string;
  color?: boolean;
}

export function register(program: Command): void {
  withBaseOptions(
    program
      .command('rules')
      .description('list the rules: id, default severity and what each catches')
      .addOption(formatOption(RULES_FORMATS, 'output format (default: text)'))
      .addOption(outputOption())
      .option(...COLOR_OPTION),
  )
    .addHelpText(
      'after',
      `
Examples:
  $ acctmap rules
  $ acctmap rules --format json | jq -r '.rules[].id'

Severity and options per rule go in acctmap.config.yaml, for example:
  rules:
    stale-contact: { severity: error, days: 60 }
    no-champion: off
Each rule has a page in docs/rules/<id>.md.`,
    )
    .action(action(async () => (await import('../actions/rules.js')).rules));
}
