/**
 * The JSON Schema for editors and other tools, generated from the zod schema so the two can
 * never drift (a test compares it with schemas/account-map.schema.json). Draft-07 because it is
 * what most validators and yaml-language-server accept without extra setup.
 */
import { z } from 'zod';
import { AccountMapSchema } from './account-map.js';
export function accountMapJsonSchema() {
    const generated = z.toJSONSchema(AccountMapSchema, {
        target: 'draft-7',
        io: 'input',
        unrepresentable: 'any',
    });
    return {
        $schema: generated.$schema,
        title: 'acctmap account map, format version 1',
        description: 'One customer or target account: its people, how they relate to each other and to us, the money, mutual goals and recent events. See docs/format.md.',
        ...Object.fromEntries(Object.entries(generated).filter(([k]) => k !== '$schema')),
    };
}
export function accountMapJsonSchemaText() {
    return `${JSON.stringify(accountMapJsonSchema(), null, 2)}\n`;
}
