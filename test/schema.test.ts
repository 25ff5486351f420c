/**
 * The exported JSON Schema: equal to what the zod schema generates, accepted by a standard JSON
 * Schema validator (ajv), and agreeing with acctmap on every example.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import AjvModule from 'ajv';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { configJsonSchema } from '../src/config/json-schema.js';
import { accountMapJsonSchema } from '../src/model/json-schema.js';
import { acctmap, EXAMPLES, ROOT } from './helpers/cli.js';

const SCHEMA_FILE = path.join(ROOT, 'schemas', 'account-map.schema.json');
const CONFIG_SCHEMA_FILE = path.join(ROOT, 'schemas', 'config.schema.json');

function mapFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return mapFiles(full);
    return /\.acctmap\.ya?ml$/.test(name) ? [full] : [];
  });
}

// ajv and ajv-formats are CommonJS; under NodeNext their default export is the module object.
const Ajv = AjvModule.default;
const addFormats = addFormatsModule.default;

function compile(file = SCHEMA_FILE) {
  const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true });
  addFormats(ajv);
  return ajv.compile(JSON.parse(readFileSync(file, 'utf8')));
}

/** Every property of every object in a JSON Schema, with where it is. */
function* properties(node: unknown, at = ''): Generator<[string, Record<string, unknown>]> {
  if (Array.isArray(node)) {
    for (const [i, item] of node.entries()) yield* properties(item, `${at}[${i}]`);
    return;
  }
  if (node === null || typeof node !== 'object') return;
  for (const [key, value] of Object.entries(node)) {
    if (key === 'properties') {
      for (const [name, schema] of Object.entries(value as Record<string, unknown>)) {
        yield [`${at}.${name}`, schema as Record<string, unknown>];
      }
    }
    yield* properties(value, `${at}/${key}`);
  }
}

describe('schemas/account-map.schema.json', () => {
  it('is what the zod schema generates (run `npm run schema:write` after changing src/model)', () => {
    expect(JSON.parse(readFileSync(SCHEMA_FILE, 'utf8'))).toEqual(accountMapJsonSchema());
  });

  it('`acctmap schema` prints exactly the committed file', () => {
    const r = acctmap(['schema']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(readFileSync(SCHEMA_FILE, 'utf8'));
  });

  const examples = mapFiles(EXAMPLES);
  it('there are examples to check', () => {
    expect(examples.length).toBeGreaterThanOrEqual(4);
  });

  for (const file of examples) {
    it(`ajv accepts ${path.relative(ROOT, file)}`, () => {
      const validate = compile();
      const docs = parseAllDocuments(readFileSync(file, 'utf8'));
      expect(Array.isArray(docs)).toBe(true);
      for (const doc of docs as ReturnType<typeof parseAllDocuments> & unknown[]) {
        const data = (doc as { toJS(): unknown }).toJS();
        const ok = validate(data);
        expect(validate.errors ?? []).toEqual([]);
        expect(ok).toBe(true);
      }
    });
  }

  it('describes every property (editors show it on hover)', () => {
    const missing = [...properties(accountMapJsonSchema())]
      .filter(([, schema]) => typeof schema.description !== 'string' || !schema.description)
      .map(([at]) => at);
    expect(missing).toEqual([]);
  });

  it('has year and quarter keys checked by their text (YAML reads `2025:` as a number)', () => {
    const validate = compile();
    const base = { acctmap: 1, account: { id: 'acme', name: 'Acme' } };
    const money = (revenue: Record<string, unknown>) => ({
      ...base,
      financials: { revenue, margin: revenue },
    });
    expect(validate(money({ 2024: 0.1, 2025: 0.2 }))).toBe(true);
    expect(validate(money({ '2025-Q1': 0.1, '2025-Q4': 0.2 }))).toBe(true);
    expect(validate(money({ 202: 0.1 }))).toBe(false);
    expect(validate(money({ '2025-Q5': 0.1 }))).toBe(false);
    expect(validate(money({ 'last year': 0.1 }))).toBe(false);
  });

  it('rejects dates that do not exist, as acctmap does', () => {
    const validate = compile();
    const reviewed = (date: string) => ({
      acctmap: 1,
      account: { id: 'acme', name: 'Acme', reviewed: date },
    });
    expect(validate(reviewed('2028-02-29'))).toBe(true);
    for (const date of ['2026-02-30', '2026-02-29', '2026-04-31', '2026-13-01', '2026-1-1']) {
      expect(validate(reviewed(date)), date).toBe(false);
    }
  });

  it('ajv rejects what acctmap rejects: an unknown key, a bad enum, a missing id, a bad slug', () => {
    const validate = compile();
    const base = { acctmap: 1, account: { id: 'acme', name: 'Acme' } };
    expect(validate(base)).toBe(true);
    expect(validate({ ...base, $schema: './schemas/account-map.schema.json' })).toBe(true);
    expect(validate({ ...base, budget: 1 })).toBe(false);
    expect(validate({ ...base, people: [{ id: 'a', name: 'A', stance: 'suporter' }] })).toBe(false);
    expect(validate({ ...base, account: { name: 'Acme' } })).toBe(false);
    expect(validate({ ...base, account: { id: 'Acme Corp', name: 'Acme' } })).toBe(false);
    expect(validate({ ...base, acctmap: 2 })).toBe(false);
    expect(validate({ ...base, profile: { anything: { goes: ['here'] } } })).toBe(true);
  });
});

describe('schemas/config.schema.json', () => {
  it('is what the zod schema and the rule registry generate (run `npm run schema:write`)', () => {
    expect(JSON.parse(readFileSync(CONFIG_SCHEMA_FILE, 'utf8'))).toEqual(configJsonSchema());
  });

  it('`acctmap schema --config` prints exactly the committed file', () => {
    const r = acctmap(['schema', '--config']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(readFileSync(CONFIG_SCHEMA_FILE, 'utf8'));
  });

  it('describes every property', () => {
    const missing = [...properties(configJsonSchema())]
      .filter(([, schema]) => typeof schema.description !== 'string' || !schema.description)
      .map(([at]) => at);
    expect(missing).toEqual([]);
  });

  for (const file of ['examples/acctmap.config.yaml', 'acctmap.config.yaml']) {
    it(`ajv accepts ${file}`, () => {
      const validate = compile(CONFIG_SCHEMA_FILE);
      validate(parseAllDocuments(readFileSync(path.join(ROOT, file), 'utf8'))[0]!.toJS() as never);
      expect(validate.errors ?? []).toEqual([]);
    });
  }

  it('ajv rejects what acctmap rejects: an unknown rule, a bad severity, an unknown option', () => {
    const validate = compile(CONFIG_SCHEMA_FILE);
    expect(validate({ rules: { 'stale-contact': { severity: 'warning', days: 60 } } })).toBe(true);
    expect(validate({ rules: { 'stale-contact': 'off' } })).toBe(true);
    expect(validate({ rules: { 'stale-contactt': 'off' } })).toBe(false);
    expect(validate({ rules: { 'stale-contact': 'loud' } })).toBe(false);
    expect(validate({ rules: { 'stale-contact': { dayz: 60 } } })).toBe(false);
    expect(validate({ overrides: [{ files: ['a/**'], rules: { 'no-roi': 'off' } }] })).toBe(true);
    expect(validate({ overrides: [{ files: ['a/**'], rules: { 'no-roii': 'off' } }] })).toBe(false);
    expect(validate({ score: { currency: 'EUR', rates: { NOK: 0.085 } } })).toBe(true);
    expect(validate({ score: { rates: { nok: 0.085 } } })).toBe(false);
    expect(validate({ ignorre: [] })).toBe(false);
  });
});
