/**
 * Maps for diagram tests, read through the same validation pipeline as the CLI (defaults
 * applied, references checked), so the diagrams see exactly what users' maps give them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { AccountMap } from '../../src/model/account-map.js';
import { checkSources } from '../../src/validate/check.js';
import { ROOT } from './cli.js';

export interface TestMap {
  file: string;
  map: AccountMap;
}

/** Every valid map in `text`; throws with the first error when the text is not a valid map. */
function mapsFromText(text: string, file = 'test.acctmap.yaml'): TestMap[] {
  const result = checkSources([{ file, text }]);
  const error = result.diagnostics.find((d) => d.severity === 'error');
  if (error) throw new Error(`${file}:${error.line}:${error.column} ${error.message}`);
  return result.maps.map((m) => ({ file, map: m.map }));
}

export function mapFromText(text: string): AccountMap {
  return mapsFromText(text)[0]!.map;
}

/** Every map file under a folder of the repository (e.g. `examples`), in a stable order. */
export function mapFiles(folder: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
      a.name < b.name ? -1 : 1,
    )) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.acctmap\.ya?ml$/.test(entry.name))
        out.push(path.relative(ROOT, full).split(path.sep).join('/'));
    }
  };
  walk(path.join(ROOT, folder));
  return out;
}

export function mapsFromFile(file: string): TestMap[] {
  return mapsFromText(readFileSync(path.join(ROOT, file), 'utf8'), file);
}
