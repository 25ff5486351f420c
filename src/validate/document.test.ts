/**
 * The compiled schema (zod's `z.compile`, used for speed) against the runtime parser: the same
 * answer, data and issues, on every example and fixture and on thousands of broken copies of
 * them (the mutation fuzzer's), so that compiling can never change what a user is told.
 */
import { describe, expect, it } from 'vitest';
import { fuzzSeed } from '../../test/fixtures/hostile-inputs/arbitraries.js';
import { mutant, seedMaps, textOf } from '../../test/fixtures/hostile-inputs/mutate.js';
import { SEED_FOLDERS } from '../../test/fixtures/hostile-inputs/run.js';
import { ROOT } from '../../test/helpers/cli.js';
import { AccountMapSchema } from '../model/account-map.js';
import { parseSource } from '../parse/source.js';
import { accountMapSchema } from './document.js';
import { errorMessage } from './schema-issues.js';

describe('the compiled account-map schema', () => {
  it('is really compiled: a schema of its own, not the runtime one handed back', () => {
    expect(accountMapSchema()).not.toBe(AccountMapSchema);
  });

  it('gives the runtime parser’s answer on the seeds and 2,000 broken copies of them', () => {
    const seeds = seedMaps(SEED_FOLDERS, ROOT);
    expect(seeds.length).toBeGreaterThan(5);
    const texts = seeds.map((s) => s.text);
    for (let i = 0; i < 2000; i++) texts.push(textOf(mutant(seeds, fuzzSeed(), i).bytes));
    let valid = 0;
    let invalid = 0;
    for (const text of texts) {
      for (const doc of parseSource(text).documents) {
        if (doc.data === undefined) continue;
        const runtime = AccountMapSchema.safeParse(doc.data, { error: errorMessage });
        const fast = accountMapSchema().safeParse(doc.data, { error: errorMessage });
        expect(fast.success).toBe(runtime.success);
        if (runtime.success) {
          valid++;
          expect(fast.data).toEqual(runtime.data);
        } else {
          invalid++;
          expect(fast.error?.issues).toEqual(runtime.error.issues);
        }
      }
    }
    // Both kinds were really compared.
    expect(valid).toBeGreaterThan(20);
    expect(invalid).toBeGreaterThan(200);
  });
});
