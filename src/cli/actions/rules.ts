/** `acctmap rules`: the catalogue, as aligned text or JSON, to stdout or to `-o`. */
import { formatCatalogJson, formatCatalogText } from '../../rules/catalog.js';
import { ruleCatalog } from '../../rules/index.js';
import { useColor } from '../color.js';
import type { RulesOptions } from '../commands/rules.js';
import { EXIT } from '../errors.js';
import { writeOutput } from '../io.js';
import { outputTarget } from '../output.js';
import { makeStyle } from '../style.js';

export function rules(options: RulesOptions): number {
  const catalog = ruleCatalog();
  const target = outputTarget(options.output, process.cwd(), {
    command: 'acctmap rules',
    example: options.format === 'json' ? 'rules.json' : 'rules.txt',
  });
  const toFile = target.kind !== 'stdout';
  const text =
    options.format === 'json'
      ? formatCatalogJson(catalog)
      : formatCatalogText(catalog, makeStyle(!toFile && useColor(process.stdout, options.color)));
  writeOutput(target.kind === 'file' ? target.path : undefined, text);
  return EXIT.ok;
}
