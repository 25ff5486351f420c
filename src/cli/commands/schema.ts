import type { Command } from 'commander';
import { action, type BaseOptions, outputOption, withBaseOptions } from '../options.js';

export interface SchemaOptions extends BaseOptions {
  /** The schema of acctmap.config.yaml instead of the map format's. */
  config?: boolean;
  output?: string;
}

export function register(program: Command): void {
  withBaseOptions(
    program
      .command('schema')
      .description(
        'print the JSON Schema of the map format (schemas/account-map.schema.json), or with --config of acctmap.config.yaml (schemas/config.schema.json)',
      )
      .option('--config', 'the schema of acctmap.config.yaml instead of the map format')
      .addOption(outputOption()),
  )
    .addHelpText(
      'after',
      `
Examples:
  $ acctmap schema -o account-map.schema.json
  $ acctmap schema --config -o config.schema.json

Editors: put this line at the top of a map (the path relative to the map) to get completion,
help on hover and checks in VS Code (YAML extension) and other yaml-language-server editors:
  # yaml-language-server: $schema=./schemas/account-map.schema.json
and this one at the top of acctmap.config.yaml:
  # yaml-language-server: $schema=./schemas/config.schema.json
Editors check only the first map of a file that holds several (separated by ---).`,
    )
    .action(action(async () => (await import('../actions/schema.js')).schema));
}
