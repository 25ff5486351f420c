import { starterMap } from '../../init/starter.js';
import { SLUG_PATTERN } from '../../model/account-map.js';
import { today } from '../context.js';
import { EXIT, UsageError } from '../errors.js';
import { writeNewFile } from '../io.js';

export function init(file: string, options: { id?: string; name?: string }): number {
  if (options.id !== undefined && !SLUG_PATTERN.test(options.id)) {
    throw new UsageError(
      `--id must be a slug: lowercase letters, digits and dashes (for example acme-corp), got \`${options.id}\``,
    );
  }
  writeNewFile(file, starterMap({ ...options, today: today() }));
  process.stderr.write(
    `acctmap: wrote ${file}; fill it in, then run \`acctmap validate ${file}\`${/\.acctmap\.ya?ml$/.test(file) ? '' : ' (name map files *.acctmap.yaml so that `acctmap validate` finds them by itself)'}\n`,
  );
  return EXIT.ok;
}
