/**
 * The JSON Schema for editors and other tools, generated from the zod schema so the two can
 * never drift (a test compares it with schemas/account-map.schema.json). Draft-07 because it is
 * what most validators and yaml-language-server accept without extra setup.
 */
import { z } from 'zod';
import { AccountMapSchema } from './account-map.js';

type JsonSchema = Record<string, unknown>;

export function accountMapJsonSchema(): JsonSchema {
  return withTitle(
    toEditorJsonSchema(AccountMapSchema),
    'acctmap account map, format version 1',
    'One customer or target account: its people, how they relate to each other and to us, the money, mutual goals and recent events. See docs/format.md.',
  );
}

export function accountMapJsonSchemaText(): string {
  return jsonText(accountMapJsonSchema());
}

/** A zod schema as draft-07 JSON Schema that editors read the way acctmap does (see `forEditors`). */
export function toEditorJsonSchema(schema: z.ZodType): JsonSchema {
  return forEditors(
    z.toJSONSchema(schema, { target: 'draft-7', io: 'input', unrepresentable: 'any' }),
  ) as JsonSchema;
}

/** `$schema` first, then a title and description for the schema as a whole. */
export function withTitle(schema: JsonSchema, title: string, description: string): JsonSchema {
  const { $schema, ...rest } = schema;
  return { $schema, title, description, ...rest };
}

export function jsonText(schema: JsonSchema): string {
  return `${JSON.stringify(schema, null, 2)}\n`;
}

/**
 * Mappings keyed by years (`2025:`) or by currency codes: zod writes their keys as
 * `propertyNames: {type: string, pattern}`, but YAML reads `2025` as a number, and
 * yaml-language-server then marks every valid year key "Incorrect type. Expected string".
 * `patternProperties` checks the key's text instead, which is what acctmap does; a bare
 * `propertyNames: {type: string}` says nothing in JSON, where every key is text, and goes.
 */
function forEditors(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(forEditors);
  if (node === null || typeof node !== 'object') return node;
  const out: JsonSchema = {};
  for (const [key, value] of Object.entries(node)) out[key] = forEditors(value);
  const names = out.propertyNames as JsonSchema | undefined;
  if (names !== undefined) {
    delete out.propertyNames;
    const { type, pattern, ...other } = names;
    if (type !== 'string' || Object.keys(other).length > 0) {
      throw new Error(`forEditors: cannot carry propertyNames ${JSON.stringify(names)}`);
    }
    if (typeof pattern === 'string') {
      out.patternProperties = { [pattern]: out.additionalProperties ?? {} };
      out.additionalProperties = false;
    }
  }
  return out;
}
