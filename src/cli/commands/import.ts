import { type Command, Option } from 'commander';
import {
  action,
  type CommonOptions,
  formatOption,
  repeatable,
  withCommonOptions,
} from '../options.js';

export interface ImportOptions extends CommonOptions {
  into: string;
  source: 'auto' | 'salesforce' | 'hubspot' | 'spreadsheet';
  column?: string[];
  account?: string;
  id?: string;
  markMissingLeft?: boolean;
  dryRun?: boolean;
  maxRows: string;
  format?: 'text' | 'json';
}

export function register(program: Command): void {
  withCommonOptions(
    program
      .command('import')
      .description(
        'bring people from a CRM export (CSV) into a map, and keep them current on the next export',
      )
      .argument(
        '<csv>',
        'the export: a Salesforce contacts report, a HubSpot contacts export, or a sheet saved as CSV',
      )
      .requiredOption('--into <file>', 'the map to update, or to create when it does not exist')
      .addOption(
        new Option('--source <source>', 'who wrote the export (auto: told from the header row)')
          .choices(['auto', 'salesforce', 'hubspot', 'spreadsheet'])
          .default('auto'),
      )
      .option(
        '--column <header=field>',
        'read a column the import does not know: field is name, first_name, last_name, title, email, phone, mobile, linkedin, unit, reports_to, manager_email, account, or - to leave it out (repeatable)',
        repeatable,
      )
      .option(
        '--account <name>',
        "import only the rows of this company (the export's account or company column, case ignored); also names a new map's account",
      )
      .option('--id <id>', 'the account id of a new map, or which map of a file with several')
      .option(
        '--mark-missing-left',
        'set people of the map that the export no longer has to `status: left`',
      )
      .option('--dry-run', 'write nothing; print what would change')
      .option('--max-rows <n>', 'refuse an export with more rows than this', '10000')
      .addOption(formatOption(['text', 'json'], 'how the summary is printed (default: text)')),
  )
    .addHelpText(
      'after',
      `
A row is the person of the map with the same email, else with the same name (case and accents
ignored). For them the import updates name, title, unit (from the department), reports_to
(from the manager's name or email), email, phone and linkedin; stance, influence, strength,
roles, owner, notes and last_contact are never touched, and an empty cell never clears a value.
New people get an id made from their name, stance: unknown and status: new. The map keeps every
comment and every line that did not change; it is checked before it is written, and written
whole or not at all. Exports, header names and encodings: docs/import.md.

Examples:
  $ acctmap import contacts.csv --into accounts/acme.acctmap.yaml --dry-run
  $ acctmap import contacts.csv --into accounts/acme.acctmap.yaml
  $ acctmap import all-contacts.csv --account "Acme AS" --into accounts/acme.acctmap.yaml
  $ acctmap import hubspot.csv --into accounts/new.acctmap.yaml --account "Acme AS" --id acme
  $ acctmap import sheet.csv --column "Rolle=title" --column "Notes=-" --into acme.acctmap.yaml
  $ acctmap import contacts.csv --into acme.acctmap.yaml --mark-missing-left --format json

Exit codes: 0 done (or nothing to change), 1 the map does not validate (before or after the
import; nothing written), 2 could not do the job (an unreadable or empty export, no name column,
several companies without --account, more rows than --max-rows).`,
    )
    .action(action(async () => (await import('../actions/import.js')).importPeople));
}
