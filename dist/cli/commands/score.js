import { Option } from 'commander';
import { FAIL_ON } from '../../model/diagnostic.js';
import { MEASURES, SCORE_CHARTS, SCORE_FORMATS } from '../../score/names.js';
import { action, formatOption, repeatable, withCommonOptions, withDiscoveryOptions, } from '../options.js';
export function register(program) {
    withCommonOptions(withDiscoveryOptions(program
        .command('score')
        .description('key-account fit from the five selection criteria, Pareto classes across the portfolio, and the red flags beside them')
        .argument('[paths...]', 'map files or folders (default: this folder)')
        .addOption(formatOption(SCORE_FORMATS, 'output format (default: table)'))
        .addOption(new Option('--by <measure>', 'what the Pareto ranking is on: revenue, or revenue × margin')
        .choices(MEASURES)
        .default('revenue'))
        .addOption(new Option('--chart <chart>', 'print a Mermaid chart instead: the Pareto chart or the portfolio matrix (fenced with --format markdown)').choices(SCORE_CHARTS))
        .addOption(new Option('--fail-on <severity>', 'exit 1 when a finding is at or above this severity')
        .choices(FAIL_ON)
        .default('error'))
        .option('--rule <id=severity>', "set a rule's severity for the red flags: error, warning, info or off (repeatable)", repeatable)
        .option('--no-rules', 'do not run the rules (no red flags)')))
        .addHelpText('after', `
Fit (0-100) is the weighted mean of the criteria that have data; Pareto classes rank each
account's latest 12 months. Weights, thresholds, currency and rates come from the config's
\`score:\` section. Every number is defined in docs/scoring.md.

Examples:
  $ acctmap score
  $ acctmap score accounts --by profit --as-of 2026-11-23
  $ acctmap score --format json -o portfolio.json
  $ acctmap score --format csv -o portfolio.csv
  $ acctmap score --chart pareto --format markdown >> review.md`)
        .action(action(async () => (await import('../actions/score.js')).score));
}
