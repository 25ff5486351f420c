import { Option } from 'commander';
import { FAIL_ON } from '../../model/diagnostic.js';
import { action, withCommonOptions, withDiscoveryOptions, } from '../options.js';
export function register(program) {
    withCommonOptions(withDiscoveryOptions(program
        .command('report')
        .description('reviews as markdown, HTML or PDF: one account, or a portfolio ranking followed by (or linking to) each account')
        .argument('[paths...]', 'map files or folders (default: this folder)')
        .option('--redact [level]', 'a copy for sharing beyond the account team: `contacts` (the default) leaves out email, phone, LinkedIn and notes; `names` also names the people at the account by their title instead of their name')
        .addOption(new Option('--format <format>', 'md (markdown), html (one self-contained page, diagrams drawn in) or pdf; default: from the extension of -o FILE, else md').choices(['md', 'html', 'pdf']))
        .addOption(new Option('--page-size <size>', 'paper size for html (when printed) and pdf')
        .choices(['A4', 'Letter'])
        .default('A4'))
        .option('--images <dir>', 'render the diagrams to image files in this folder and link them instead of Mermaid blocks (needs puppeteer-core, mermaid and a Chromium)')
        .addOption(new Option('--image-format <format>', 'image format for --images')
        .choices(['svg', 'png'])
        .default('svg'))
        .option('--chromium <path>', 'the Chromium or Chrome binary that renders --images, html and pdf')
        .option('--since <rev-or-date>', 'add "Changes since …": what changed in the maps since this git revision or date (YYYY-MM-DD), as `acctmap diff` shows it')
        .addOption(new Option('--by <measure>', 'what the Pareto ranking is on')
        .choices(['revenue', 'profit'])
        .default('revenue'))
        .addOption(new Option('--fail-on <severity>', 'exit 1 when a finding is at or above this severity')
        .choices(FAIL_ON)
        .default('error'))))
        .addHelpText('after', `
With one map the report is that account's review. With several it is a portfolio review
(ranking, Pareto chart, portfolio matrix, candidates, flags per account) followed by each
account's review; with -o DIR/ (ending in /) it writes DIR/index.md and one DIR/<account>.md
per account, linked from the index. In a folder it writes only those names, and never over a
file that acctmap report did not write (exit 2, nothing written). --format html or pdf (or -o
with a .html or .pdf name) gives a document to bring to a review: every diagram drawn in, print
styles, page numbers in the PDF; it needs a Chromium, and -o DIR/ renders every file with one
browser. What each section means and where its data comes from: docs/report.md.

Examples:
  $ acctmap report accounts/acme.acctmap.yaml              # one review, to stdout
  $ acctmap report accounts/acme.acctmap.yaml -o acme-review.md
  $ acctmap report accounts -o reviews/ --as-of 2026-11-23 # index.md + one file per account
  $ acctmap report accounts --redact -o shared/portfolio.md
  $ acctmap report accounts --redact names -o shared/
  $ acctmap report accounts/acme.acctmap.yaml -o acme-review.pdf   # PDF, A4
  $ acctmap report accounts -o review.html --page-size Letter
  $ acctmap report accounts -o reviews/ --format pdf       # index.pdf + one PDF per account
  $ acctmap report accounts -o reviews/ --images reviews/img
  $ acctmap report accounts --by profit --fail-on warning  # CI: exit 1 on warnings
  $ acctmap report accounts --since 2026-09-01 -o q4-review.md  # with what changed since then`)
        .action(action(async () => (await import('../actions/report.js')).report));
}
