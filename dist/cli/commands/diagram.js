import { Option } from 'commander';
import { DIAGRAM_FORMATS, VIEWS, } from '../../diagram/views.js';
import { action, formatOption, withCommonOptions, withDiscoveryOptions, } from '../options.js';
export function register(program) {
    withCommonOptions(withDiscoveryOptions(program
        .command('diagram')
        .description('Mermaid org charts, influence maps and unit maps of an account, as text or rendered to SVG, PNG or PDF')
        .argument('<files...>', 'map files (or folders) to draw')
        .addOption(new Option('--view <view>', 'org: reporting tree by unit; influence: our team, warm paths and who sways whom; units: departments and dependencies')
        .choices(VIEWS)
        .default('org'))
        .addOption(formatOption(DIAGRAM_FORMATS, "mmd (Mermaid text), md (markdown with a mermaid block), or svg, png, pdf (rendered); default: from -o's extension, else mmd"))
        .option('--focus <id>', 'start from this person (influence: or team member; units: or unit)')
        .option('--depth <n>', 'levels to follow down from the start (0: the start only)')
        .option('--unit <id>', 'only this unit and its sub-units')
        .option('--path-to <id>', 'influence: highlight the best warm path from our team to this person (see acctmap paths)')
        .option('--account <id>', 'only this account (when a file holds several maps)')
        .option('--no-legend', 'leave the legend out')
        .option('--scale <n>', 'pixels per point in png images, 1 to 4 (default 2: sharp on slides and retina screens; 1 for small files)')
        .option('--chromium <path>', 'browser for svg/png/pdf (default: PUPPETEER_EXECUTABLE_PATH, then chromium, chromium-browser, google-chrome on PATH)')))
        .addHelpText('after', `
A view too big for one Mermaid diagram (50,000 characters or 500 links) is split into several;
stderr lists the parts and the --unit or --focus that draws each one alone. With several
accounts, -o names a folder (ending in /): one file per account, ACCOUNT.EXT for the org view and
ACCOUNT.VIEW.EXT for the others, and ACCOUNT-2.EXT … for the further parts of a split view.
svg, png and pdf need puppeteer-core, mermaid and a Chromium or Chrome (one browser per run):
  npm install puppeteer-core@24 mermaid@11
See docs/diagrams.md for the legend, the limits and the browser options.

Examples:
  $ acctmap diagram examples/havbris-energi.acctmap.yaml                  # Mermaid text
  $ acctmap diagram examples/havbris-energi.acctmap.yaml -o org.png
  $ acctmap diagram examples/havbris-energi.acctmap.yaml --view influence -o influence.svg
  $ acctmap diagram examples/havbris-energi.acctmap.yaml --view units --format md >> review.md
  $ acctmap diagram examples/havbris-energi.acctmap.yaml --unit group-it -o it.pdf
  $ acctmap diagram examples/havbris-energi.acctmap.yaml --focus ingrid-saether --depth 1
  $ acctmap diagram examples/havbris-energi.acctmap.yaml --view influence --path-to eirik-haugland -o path.png
  $ acctmap diagram examples -o diagrams/ --format svg    # every account, one browser`)
        .action(action(async () => (await import('../actions/diagram.js')).diagram));
}
