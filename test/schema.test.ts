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
import { accountMapJsonSchema } from '../src/model/json-schema.js';
import { acctmap, EXAMPLES, ROOT } from './helpers/cli.js';

const SCHEMA_FILE = path.join(ROOT, 'schemas', 'account-map.schema.json');

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

function compile() {
  const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true });
  addFormats(ajv);
  return ajv.compile(JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')));
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
