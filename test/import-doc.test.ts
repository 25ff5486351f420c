/**
 * docs/import.md is what users follow to export from their CRM, so it is checked against the
 * real thing: it lints clean, its links lead somewhere, it lists every header the import
 * recognises, and the output it shows is what acctmap prints for the test fixtures.
 */
import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Code } from 'mdast';
import { describe, expect, it } from 'vitest';
import { COLUMN_FIELDS, HEADERS, MARKERS, SOURCES } from '../src/import/columns.js';
import { headingSlug } from '../src/text/index.js';
import { acctmap, FIXTURES, ROOT, tempDir } from './helpers/cli.js';
import { lintMarkdown, parseMarkdown } from './helpers/markdown.js';

const FILE = path.join(ROOT, 'docs', 'import.md');
const text = readFileSync(FILE, 'utf8');
const doc = parseMarkdown(text);
const blocks = doc.nodes.filter((n): n is Code => n.type === 'code');

function fixtures(): string {
  const dir = tempDir();
  for (const f of ['nordvik-kraft.acctmap.yaml', 'salesforce-contacts.csv'])
    copyFileSync(path.join(FIXTURES, 'import', f), path.join(dir, f));
  return dir;
}

describe('docs/import.md', () => {
  it('is clean markdown whose links lead somewhere', () => {
    expect(lintMarkdown(text)).toEqual([]);
    for (const target of doc.links) {
      const [file, anchor] = target.split('#');
      const full = file ? path.join(ROOT, 'docs', file) : FILE;
      expect(existsSync(full), target).toBe(true);
      if (anchor) {
        const headings = parseMarkdown(readFileSync(full, 'utf8')).headings;
        expect(
          headings.map((h) => headingSlug(h.text)),
          target,
        ).toContain(anchor);
      }
    }
  });

  it('lists every header the import recognises, in the table row of its field', () => {
    const table = doc.tables.find((t) => t.header[0] === 'field')!;
    expect(table.header.slice(1)).toEqual([
      'Salesforce',
      'HubSpot',
      'spreadsheet (en, no, sv, da, fi)',
    ]);
    expect(table.rows.map((r) => r[0])).toEqual([...COLUMN_FIELDS]);
    for (const row of table.rows) {
      const field = row[0] as (typeof COLUMN_FIELDS)[number];
      SOURCES.forEach((source, i) => {
        const shown = row[i + 1]!.split(', ');
        expect(shown, `${field} (${source})`).toEqual([...(HEADERS[source][field] ?? [])]);
      });
    }
    for (const marker of Object.values(MARKERS).flat()) expect(text).toContain(`\`${marker}\``);
  });

  it('shows the dry run and the JSON summary that acctmap prints', () => {
    const consoleBlock = blocks.find((b) => b.lang === 'console')!.value;
    const [command, ...shown] = consoleBlock.split('\n');
    const args = command!.replace(/^\$ acctmap /, '').split(' ');
    const r = acctmap(args, { cwd: fixtures() });
    expect(r.code).toBe(0);
    expect(`${r.stderr}${r.stdout}`).toBe(`${shown.join('\n')}\n`);

    const json = acctmap([...args, '--format', 'json'], { cwd: fixtures() });
    const jsonBlock = blocks.find((b) => b.lang === 'json')!.value;
    expect(JSON.parse(json.stdout)).toEqual(JSON.parse(jsonBlock));
  });
});
