import { existsSync } from 'node:fs';
import { type Command, Option } from 'commander';
import { VALIDATE_FORMATS } from '../../format/types.js';
import { FAIL_ON, type FailOn } from '../../model/diagnostic.js';
import { cacheFile } from '../cache-location.js';
import { startCheckWorkersEarly } from '../check-pool.js';
import {
  action,
  type CommonOptions,
  type DiscoveryOptions,
  formatsOption,
  repeatable,
  withCommonOptions,
  withDiscoveryOptions,
} from '../options.js';

export interface ValidateOptions extends Omit<CommonOptions, 'output'>, DiscoveryOptions {
  /** Every `--format`, in order (paired with `output`). */
  format?: Array<(typeof VALIDATE_FORMATS)[number]>;
  /** Every `-o`, in order. */
  output?: string[];
  failOn: FailOn;
  maxWarnings?: string;
  rule?: string[];
  rules: boolean;
  /** `--print-config FILE`: print the settings for FILE (as `acctmap config FILE`) and stop. */
  printConfig?: string;
  cache?: boolean;
  cacheLocation?: string;
}

export function register(program: Command): void {
  withCommonOptions(
    withDiscoveryOptions(
      program
        .command('validate')
        .description('check maps against the format, their cross-references and the rules')
        .argument('[paths...]', 'map files or folders (default: this folder)')
        .addOption(
          formatsOption(
            VALIDATE_FORMATS,
            "output format (default: from -o's extension, else stylish; github under GitHub Actions); repeatable, paired in order with -o",
          ),
        )
        .addOption(
          new Option('--fail-on <severity>', 'exit 1 when a finding is at or above this severity')
            .choices(FAIL_ON)
            .default('error'),
        )
        .option('--max-warnings <n>', 'exit 1 when there are more warnings than this')
        .option(
          '--rule <id=severity>',
          "set a rule's severity: error, warning, info or off (repeatable)",
          repeatable,
        )
        .option('--no-rules', 'schema and references only')
        .option(
          '--cache',
          'check only the files that changed since the last run; the same command with nothing changed gives its last answer at once (kept in node_modules/.cache/acctmap)',
        )
        .option('--cache-location <path>', 'where --cache keeps its file (a file, or a folder/)')
        .option(
          '--print-config <file>',
          'print the settings for that file (as acctmap config FILE does) instead of checking',
        ),
    ),
    new Option(
      '-o, --output <path>',
      'write there instead of stdout, whole or not at all (- is stdout); repeatable: one per --format',
    ).argParser(repeatable),
  )
    .addHelpText(
      'after',
      `
Examples:
  $ acctmap validate
  $ acctmap validate accounts/acme.acctmap.yaml --as-of 2026-11-23
  $ acctmap validate --format json -o findings.json
  $ acctmap validate --fail-on warning --rule stale-contact=off
  $ acctmap validate 'accounts/**/*.acctmap.yaml'      # a quoted glob, expanded by acctmap
  $ cat draft.yaml | acctmap validate - --stdin-filename accounts/acme.acctmap.yaml
  $ acctmap validate --ignore-pattern 'drafts/**' --no-gitignore
  $ acctmap validate --print-config accounts/acme.acctmap.yaml   # the settings for that file
  $ acctmap validate -o acctmap.sarif                   # SARIF for code scanning (from .sarif)
  $ acctmap validate --format stylish --format sarif -o - -o acctmap.sarif
                                                       # the terminal and a SARIF file at once
  $ acctmap validate -o - -o acctmap.sarif -o junit.xml  # each format from its file name
  $ acctmap validate --cache                             # again, only what changed

-o picks the format from its extension: .sarif sarif, .json json, .xml junit (-o - is the
terminal). Several --format and -o pair in order; a --format that contradicts -o's extension
is an error. Folders are searched without what git ignores (a named file is always checked).
More: docs/paths-and-outputs.md.`,
    )
    .action(
      action(
        async () => (await import('../actions/validate.js')).validate,
        // Before the checking code loads here, so that a worker loads it on another core at
        // the same time (../check-pool.ts). With --cache only when there is no cache yet: a
        // later run checks just the files that changed (or, with nothing changed, never gets
        // here: ../replay.ts).
        (paths: string[], options: ValidateOptions) => {
          if (options.printConfig !== undefined) return;
          const cwd = process.cwd();
          if (options.cache && existsSync(cacheFile(options.cacheLocation, cwd))) return;
          startCheckWorkersEarly(paths, cwd);
        },
      ),
    );
}
