/**
 * What an editor shows, from the real yaml-language-server (VS Code's YAML extension) over stdio:
 * nothing on every valid map (the examples, the `acctmap init` starter, year and quarter keys,
 * dates quoted or not) and config, the expected problems on broken ones, and the schema's
 * descriptions on hover.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acctmap, EXAMPLES, ROOT, tempDir } from './helpers/cli.js';
import { type Diagnostic, YamlLanguageServer } from './helpers/yaml-language-server.js';

let server: YamlLanguageServer;
beforeAll(async () => {
  server = await YamlLanguageServer.start();
}, 60_000);
afterAll(async () => {
  await server?.stop();
});

function mapFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) return mapFiles(full);
      return /\.acctmap\.ya?ml$/.test(name) ? [full] : [];
    });
}

/** `line:character message`, 1-based like acctmap's own output, for readable failures. */
function shown(diagnostics: Diagnostic[]): string[] {
  return diagnostics.map(
    (d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.message}`,
  );
}

/** A map in examples/, so that its schema line finds ../schemas/account-map.schema.json. */
const MAP_SCHEMA_LINE = '# yaml-language-server: $schema=../schemas/account-map.schema.json\n';
const inExamples = (name: string) => path.join(EXAMPLES, name);

describe('yaml-language-server finds nothing wrong with valid maps and configs', () => {
  const examples = mapFiles(EXAMPLES);
  it('there are examples, and each names the schema on its first line', () => {
    expect(examples.length).toBeGreaterThanOrEqual(7);
    for (const file of examples) {
      expect(readFileSync(file, 'utf8')).toMatch(/^# yaml-language-server: \$schema=/);
    }
  });

  for (const file of examples) {
    it(path.relative(ROOT, file), async () => {
      expect(shown(await server.diagnose(file, readFileSync(file, 'utf8')))).toEqual([]);
    });
  }

  it('the starter that `acctmap init` writes', async () => {
    // A repository with the schema where `init` looks for it, so the starter points at it.
    const repo = tempDir();
    mkdirSync(path.join(repo, '.git'));
    cpSync(path.join(ROOT, 'schemas'), path.join(repo, 'schemas'), { recursive: true });
    mkdirSync(path.join(repo, 'accounts'));
    const file = path.join(repo, 'accounts', 'acme.acctmap.yaml');
    const r = acctmap(['init', file, '--id', 'acme', '--name', 'Acme'], { cwd: repo });
    expect(r.code, r.stderr).toBe(0);
    const text = readFileSync(file, 'utf8');
    expect(text.split('\n')[0]).toBe(
      '# yaml-language-server: $schema=../schemas/account-map.schema.json',
    );
    expect(shown(await server.diagnose(file, text))).toEqual([]);
  });

  for (const config of ['examples/acctmap.config.yaml', 'acctmap.config.yaml']) {
    it(config, async () => {
      const file = path.join(ROOT, config);
      const text = readFileSync(file, 'utf8');
      expect(text).toMatch(
        /^# yaml-language-server: \$schema=\.{1,2}\/schemas\/config\.schema\.json$/m,
      );
      expect(shown(await server.diagnose(file, text))).toEqual([]);
    });
  }

  it('years and quarters as keys, dates quoted and not, a top-level $schema key', async () => {
    const text = `${MAP_SCHEMA_LINE}acctmap: 1
account:
  id: acme
  name: Acme
  reviewed: "2028-02-29"
relationship:
  since: 2019-03-01
financials:
  revenue:
    2025-Q3: 100
    2025-Q4: 120
  margin:
    2024: 0.2
    2025: 0.25
`;
    expect(shown(await server.diagnose(inExamples('periods.acctmap.yaml'), text))).toEqual([]);
    const withKey = `$schema: ../schemas/account-map.schema.json\nacctmap: 1\naccount: {id: a, name: A}\n`;
    expect(shown(await server.diagnose(inExamples('key.acctmap.yaml'), withKey))).toEqual([]);
  });
});

describe('yaml-language-server flags what acctmap flags', () => {
  const broken = `${MAP_SCHEMA_LINE}acctmap: 1
account:
  id: acme
  name: Acme
  reviewed: 2026-02-30
financials:
  revenue:
    20255: 100
people:
  - id: anna
    name: Anna
    stanse: supporter
  - id: per
    name: Per
    stance: suporter
`;
  let found: string[];
  beforeAll(async () => {
    found = shown(await server.diagnose(inExamples('broken.acctmap.yaml'), broken));
  });

  it('a typo in a key, on its line', () => {
    expect(found).toContainEqual(expect.stringMatching(/^13:5 Property stanse is not allowed/));
  });

  it('a value that is not one of the choices, on its line', () => {
    expect(found).toContainEqual(
      expect.stringMatching(/^16:13 Value is not accepted\. Valid values: "advocate", "supporter"/),
    );
  });

  it('a date that does not exist, and a year that is not one', () => {
    expect(found).toContainEqual(expect.stringMatching(/^6:13 String does not match the pattern/));
    expect(found).toContainEqual(expect.stringMatching(/^9:5 Property 20255 is not allowed/));
  });

  it('nothing else', () => {
    expect(found).toHaveLength(4);
  });

  it('a rule id that does not exist in the config', async () => {
    const text =
      '# yaml-language-server: $schema=../schemas/config.schema.json\nrules:\n  stale-contactt: off\n  stale-map: {days: 30, dayz: 3}\n';
    const config = shown(await server.diagnose(inExamples('acctmap.config.yaml'), text));
    expect(config.sort()).toEqual([
      expect.stringMatching(/^3:3 Property stale-contactt is not allowed/),
      expect.stringMatching(/^4:25 Property dayz is not allowed/),
    ]);
  });

  it('only in the first map of a file that holds several (docs/format.md says so)', async () => {
    const text = `${MAP_SCHEMA_LINE}acctmap: 1\naccount: {id: a, name: A, tierr: key}\n---\nacctmap: 1\naccount: {id: b, nme: B}\n`;
    const d = shown(await server.diagnose(inExamples('two.acctmap.yaml'), text));
    expect(d).toEqual([expect.stringMatching(/^3:27 Property tierr is not allowed/)]);
  });
});

describe('yaml-language-server explains keys on hover, from the schema', () => {
  const text = `${MAP_SCHEMA_LINE}acctmap: 1
account:
  id: acme
  name: Acme
people:
  - id: anna
    name: Anna
    stance: supporter
`;
  it.each([
    [4, 'id', "the account's id, unique across every map of a run"],
    [9, 'stance', 'their attitude toward us'],
    [6, 'people', "the account's stakeholders"],
  ])('line %i, `%s`: %s', async (line, key, description) => {
    const lineText = text.split('\n')[line - 1]!;
    const hover = await server.hover(
      inExamples('hover.acctmap.yaml'),
      text,
      line - 1,
      lineText.indexOf(key) + 1,
    );
    expect(hover).toContain(description);
  });

  it('on a rule id in the config: what the rule checks', async () => {
    const config =
      '# yaml-language-server: $schema=../schemas/config.schema.json\nrules:\n  stale-contact: off\n';
    const hover = await server.hover(inExamples('acctmap.config.yaml'), config, 2, 4);
    // The description is plain text, so the hover (markdown) escapes its backticks.
    expect(hover.replace(/\\([`_])/g, '$1')).toContain(
      'an active person with `influence: high` whose `last_contact` is missing',
    );
  });
});
