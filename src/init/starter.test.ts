import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { defaultConfig } from '../config/schema.js';
import {
  AccountMapSchema,
  BUYING_ROLES,
  CONNECTION_TYPES,
  EVENT_TYPES,
  GOAL_STATUSES,
  LEVELS,
  OPPORTUNITY_STAGES,
  PERSON_STATUSES,
  RELATIONSHIP_STATUSES,
  ROI_VALUES,
  STAGES,
  STANCES,
  STRENGTHS,
  TIERS,
} from '../model/account-map.js';
import { createRuleRunner } from '../rules/index.js';
import { checkSources } from '../validate/check.js';
import { validateDocument } from '../validate/document.js';
import { starterMap } from './starter.js';

const TODAY = '2026-11-23';

/** What the `yaml` package reads, with nothing it complains about. */
function read(text: string): Record<string, unknown> {
  const docs = parseAllDocuments(text, { schema: 'core', uniqueKeys: true });
  expect(Array.isArray(docs) ? docs.length : 0).toBe(1);
  const [doc] = docs as Exclude<typeof docs, { empty: true }>;
  expect(doc!.errors).toEqual([]);
  expect(doc!.warnings).toEqual([]);
  return doc!.toJS() as Record<string, unknown>;
}

describe('starterMap', () => {
  it('is a valid map: no schema or reference findings', () => {
    const result = validateDocument(read(starterMap({ today: TODAY })));
    expect(result.findings).toEqual([]);
    expect(result.map).toBeDefined();
  });

  it('runs through the whole pipeline, rules included, without a single finding', () => {
    const text = starterMap({ today: TODAY });
    const rules = createRuleRunner({
      config: defaultConfig(),
      configDir: '.',
      cli: [],
      asOf: TODAY,
    });
    const result = checkSources([{ file: 'account.acctmap.yaml', text }], { rules });
    expect(result.diagnostics).toEqual([]);
    expect(result.files).toEqual([{ file: 'account.acctmap.yaml', maps: ['my-account'] }]);
  });

  it('is reviewed today, and its dates run from today', () => {
    const data = read(starterMap({ today: '2025-03-07' }));
    const account = data.account as Record<string, unknown>;
    expect(account.reviewed).toBe('2025-03-07');
    expect((data.relationship as Record<string, unknown>).since).toBe('2024-03-07');
    expect(Object.keys((data.financials as { revenue: object }).revenue)).toEqual(['2023', '2024']);
  });

  it('handles 29 February (a year later there is none)', () => {
    const data = read(starterMap({ today: '2028-02-29' }));
    expect((data.relationship as Record<string, unknown>).since).toBe('2027-02-28');
    expect(validateDocument(data).findings).toEqual([]);
  });

  it('has every section of the format, each with an entry', () => {
    const data = read(starterMap({ today: TODAY }));
    const sections = Object.keys(AccountMapSchema.shape).filter((k) => k !== '$schema');
    expect(Object.keys(data).sort()).toEqual(sections.sort());
    for (const key of sections) {
      const value = data[key];
      if (Array.isArray(value)) expect(value.length, key).toBeGreaterThan(0);
      else if (typeof value === 'object')
        expect(Object.keys(value ?? {}).length, key).toBeGreaterThan(0);
    }
  });

  it('names every allowed value of every enumeration in its comments', () => {
    const text = starterMap({ today: TODAY });
    const comments = text
      .split('\n')
      .filter((line) => line.includes('#'))
      .map((line) => line.slice(line.indexOf('#')))
      .join('\n');
    const lists = {
      TIERS,
      RELATIONSHIP_STATUSES,
      STAGES,
      LEVELS,
      ROI_VALUES,
      BUYING_ROLES,
      STANCES,
      STRENGTHS,
      PERSON_STATUSES,
      CONNECTION_TYPES,
      GOAL_STATUSES,
      OPPORTUNITY_STAGES,
      EVENT_TYPES,
    };
    for (const [name, values] of Object.entries(lists)) {
      for (const value of values) {
        expect(comments, `${name}: ${value}`).toMatch(
          new RegExp(`(^|[\\s|,:?])${value}($|[\\s|,])`, 'm'),
        );
      }
    }
  });

  it('keeps its lines within 100 characters', () => {
    const long = starterMap({ today: TODAY })
      .split('\n')
      .filter((line) => line.length > 100);
    expect(long).toEqual([]);
  });

  it('uses the id and name it is given', () => {
    const data = read(starterMap({ id: 'acme', name: 'Acme Corp', today: TODAY }));
    expect(data.account).toMatchObject({ id: 'acme', name: 'Acme Corp' });
  });

  it('makes an id from the name, and a name from the id', () => {
    expect(read(starterMap({ name: 'Ærø Bryggeri AS', today: TODAY })).account).toMatchObject({
      id: 'aero-bryggeri-as',
      name: 'Ærø Bryggeri AS',
    });
    expect(read(starterMap({ name: 'Søndre Nordstrand', today: TODAY })).account).toMatchObject({
      id: 'sondre-nordstrand',
    });
    expect(read(starterMap({ id: 'nordic-steel', today: TODAY })).account).toMatchObject({
      id: 'nordic-steel',
      name: 'Nordic Steel',
    });
    // Names in any script give an id (transliterated, as `acctmap import` makes them); a name
    // with nothing to spell gets the placeholder.
    expect(read(starterMap({ name: '株式会社', today: TODAY })).account).toMatchObject({
      id: 'zhushihuishe',
      name: '株式会社',
    });
    expect(read(starterMap({ name: '🙂', today: TODAY })).account).toMatchObject({
      id: 'my-account',
      name: '🙂',
    });
  });

  it.each([
    'Acme: "Corp" #1',
    '- leading dash',
    '@handle',
    "O'Brien & Sons",
    'yes',
    '2026-01-01',
    '  padded  ',
    'two\nlines',
    '',
  ])('writes the name %j so that it reads back exactly and validates', (name) => {
    const text = starterMap({ name, today: TODAY });
    const data = read(text);
    expect((data.account as { name: string }).name).toBe(name);
    expect(validateDocument(data).findings).toEqual([]);
    // A name in the header comment must not spill onto a line of its own.
    expect(text.split('\n')[0]!.startsWith('# Account map for ')).toBe(true);
    expect(text.split('\n')[1]).toBe('#');
  });

  it('starts with the editor schema line when told where the schema is', () => {
    const text = starterMap({ today: TODAY, schema: '../schemas/account-map.schema.json' });
    expect(text.split('\n')[0]).toBe(
      '# yaml-language-server: $schema=../schemas/account-map.schema.json',
    );
    expect(validateDocument(read(text)).findings).toEqual([]);
  });

  it('otherwise explains the schema line without writing one an editor would act on', () => {
    const text = starterMap({ today: TODAY });
    // yaml-language-server only reads comment lines that start `# yaml-language-server:`.
    expect(text).not.toMatch(/^#\s+yaml-language-server\s*:/m);
    expect(text).toContain('acctmap schema > account-map.schema.json');
  });

  it('refuses a date that is not YYYY-MM-DD', () => {
    expect(() => starterMap({ today: '2026-13-45' })).toThrow(RangeError);
    expect(() => starterMap({ today: '23.11.2026' })).toThrow(RangeError);
  });
});
