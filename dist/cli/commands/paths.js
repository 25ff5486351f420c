import { Option } from 'commander';
import { BRIEFING_FORMATS } from '../../format/types.js';
import { action, withCommonOptions } from '../options.js';
export function register(program) {
    withCommonOptions(program
        .command('paths')
        .description('introductions: the best warm paths from our team to a person, or to everyone holding a buying role')
        .argument('<file>', 'the map of the account')
        .requiredOption('--to <id|role>', "a person's id, or a buying role (economic-buyer, decision-maker, …): everyone holding it")
        .option('--from <team-id>', 'start only from this member of our team')
        .option('--max-hops <n>', 'the most steps a path may take, 1 to 8', '4')
        .option('--top <n>', 'paths per person', '3')
        .option('--in <paths...>', 'other maps of the portfolio (files or folders): people who left one of them for this account carry our relationship with them')
        .option('--account <id>', 'the account, when the file holds several maps')
        .addOption(new Option('--format <format>', 'stylish (advice), markdown (for reviews) or json')
        .choices(BRIEFING_FORMATS)
        .default('stylish')))
        .addHelpText('after', `
A path's strength is the product of its steps: our relationship with a person (strong 0.9,
medium 0.6, weak 0.3, from their owner), a connection (knows and former-colleague both ways,
influences and introduced their way, 0.3 with no strength), a reporting line either way (0.5).
Conflicts and people who left are never a step. Ranked by strength, then fewer steps, then ids.
A person out of reach is listed with what would open a path. See docs/paths.md.

Examples:
  $ acctmap paths examples/havbris-energi.acctmap.yaml --to economic-buyer
  $ acctmap paths examples/havbris-energi.acctmap.yaml --to jukka-makinen --from kari-nygaard
  $ acctmap paths accounts/acme.acctmap.yaml --to decision-maker --in accounts --format markdown
  $ acctmap paths accounts/acme.acctmap.yaml --to ingrid-saether --max-hops 3 --top 1 --format json`)
        .action(action(async () => (await import('../actions/paths.js')).paths));
}
