import { Option } from 'commander';
import { BRIEFING_FORMATS } from '../../format/types.js';
import { action, withCommonOptions } from '../options.js';
export function register(program) {
    withCommonOptions(program
        .command('diff')
        .description('what changed in the maps between two points of their git history: people, stances, goals, red flags and the signals only time shows')
        .argument('[revisions-and-paths...]', 'FROM and TO revisions (default: HEAD and the working tree), then map files or folders (after `--` to be sure)')
        .option('--since <date>', 'compare from the last commit on or before this date (YYYY-MM-DD) instead of FROM')
        .addOption(new Option('--format <format>', 'output format')
        .choices(BRIEFING_FORMATS)
        .default('stylish')))
        .addHelpText('after', `
Maps are matched by account.id, so a renamed or moved file is the same account. Red flags are
compared as each side saw them: a commit's maps as of its commit date, the working tree's as of
--as-of (default today). Exit 0 whatever changed; 2 outside git, for an unknown revision or
path, or in a shallow clone without the history asked for. More: docs/history.md.

Examples:
  $ acctmap diff                                   # the last commit against the working tree
  $ acctmap diff v2026-q3                          # a tag (or any commit) against the working tree
  $ acctmap diff HEAD~5 HEAD -- accounts/acme.acctmap.yaml
  $ acctmap diff --since 2026-09-01                # since the last quarterly review
  $ acctmap diff --since 2026-09-01 --format markdown -o changes.md
  $ acctmap diff main --format json`)
        .action(action(async () => (await import('../actions/diff.js')).diff));
}
