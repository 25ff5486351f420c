import { Option } from 'commander';
import { VALIDATE_FORMATS } from '../../format/types.js';
import { FAIL_ON } from '../../model/diagnostic.js';
import { action, repeatable, withCommonOptions } from '../options.js';
export function register(program) {
    withCommonOptions(program
        .command('validate')
        .description('check maps against the format, their cross-references and the rules')
        .argument('[paths...]', 'map files or folders (default: this folder)')
        .addOption(new Option('--format <format>', 'output format (default: stylish; github under GitHub Actions)').choices(VALIDATE_FORMATS))
        .addOption(new Option('--fail-on <severity>', 'exit 1 when a finding is at or above this severity')
        .choices(FAIL_ON)
        .default('error'))
        .option('--max-warnings <n>', 'exit 1 when there are more warnings than this')
        .option('--rule <id=severity>', "set a rule's severity: error, warning, info or off (repeatable)", repeatable)
        .option('--no-rules', 'schema and references only')
        .option('--cache', 'check only the files that changed since the last run (kept in node_modules/.cache/acctmap)')
        .option('--cache-location <path>', 'where --cache keeps its file (a file, or a folder/)'))
        .addHelpText('after', `
Examples:
  $ acctmap validate
  $ acctmap validate accounts/acme.acctmap.yaml --as-of 2026-11-23
  $ acctmap validate --format json -o findings.json
  $ acctmap validate --fail-on warning --rule stale-contact=off
  $ acctmap validate --format sarif -o acctmap.sarif    # for GitHub code scanning
  $ acctmap validate --cache                             # again, only what changed`)
        .action(action(async () => (await import('../actions/validate.js')).validate));
}
