/**
 * `acctmap import` over hostile text: whatever a CRM holds in a name or title (YAML syntax,
 * quotes, markup, odd Unicode), the import writes a map that reads back as exactly that text,
 * into block and flow entries alike, and a second import changes nothing.
 * Seed: ACCTMAP_FUZZ_SEED (fixed by default); ACCTMAP_FUZZ_RUNS scales the number of runs.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { runImport } from '../src/import/index.js';
import { cleanCell } from '../src/import/records.js';
import { fuzzOptions, hostileString, nameString } from './fixtures/hostile-inputs/arbitraries.js';
import { quote } from './helpers/exports.js';

const MAPS = {
  block:
    'acctmap: 1\naccount:\n  id: acme\n  name: Acme\npeople:\n  - id: kari\n    name: Kari Nygaard\n    title: "CEO"  # since 2020\n',
  flow: 'acctmap: 1\naccount: { id: acme, name: Acme }\npeople:\n  - { id: kari, name: Kari Nygaard, title: CEO }\n',
};

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

function csv(rows: string[][]): string {
  return `${rows.map((r) => r.map((v) => quote(v, ',', false)).join(',')).join('\r\n')}\r\n`;
}

describe('acctmap import, on hostile names and titles', () => {
  it.each(Object.entries(MAPS))(
    'writes them so that they read back as written (%s entries)',
    (_style, map) => {
      fc.assert(
        fc.property(hostileString, nameString, hostileString, (title, name, newTitle) => {
          const wantTitle = cleanCell(title);
          const wantName = cleanCell(name);
          const wantNewTitle = cleanCell(newTitle);
          // Text decoded from a file never holds a lone surrogate (the decoder makes it U+FFFD).
          fc.pre([title, name, newTitle].every((t) => !LONE_SURROGATE.test(t)));
          fc.pre(wantName !== '' && wantName.toLowerCase() !== 'kari nygaard');
          const request = {
            csv: csv([
              ['Name', 'Title'],
              ['Kari Nygaard', title],
              [name, newTitle],
            ]),
            csvName: 'x.csv',
            into: { file: 'acme.acctmap.yaml', text: map },
            source: 'auto' as const,
            columns: [],
            maxRows: 100,
            markMissingLeft: false,
          };
          const first = runImport(request);
          if (first.kind !== 'done') throw new Error(JSON.stringify(first));
          const people = parseDocument(first.text).toJS().people as Array<Record<string, string>>;
          expect(people[0]!.title).toBe(wantTitle === '' ? 'CEO' : wantTitle);
          expect(people[1]!.name).toBe(wantName);
          if (wantNewTitle !== '') expect(people[1]!.title).toBe(wantNewTitle);
          const second = runImport({ ...request, into: { ...request.into, text: first.text } });
          expect(second.kind === 'done' && second.changed).toBe(false);
        }),
        fuzzOptions(150),
      );
    },
  );
});
