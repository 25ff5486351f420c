/**
 * The schema's quick yes (./accept.ts, used for speed) against zod: it accepts exactly the maps
 * zod accepts and gives back zod's data, key order included, on every example and fixture and on
 * thousands of broken copies of them (the mutation fuzzer's), so that the quick path can never
 * change what a user is told.
 */
import { describe, expect, it } from 'vitest';
import { fuzzSeed } from '../../test/fixtures/hostile-inputs/arbitraries.js';
import { mutant, seedMaps, textOf } from '../../test/fixtures/hostile-inputs/mutate.js';
import { SEED_FOLDERS } from '../../test/fixtures/hostile-inputs/run.js';
import { ROOT } from '../../test/helpers/cli.js';
import { AccountMapSchema } from '../model/account-map.js';
import { parseSource } from '../parse/source.js';
import { acceptMap } from './document.js';
import { errorMessage } from './schema-issues.js';

describe('the quick yes for a valid map', () => {
  it('gives zod’s answer and data on the seeds and 2,000 broken copies of them', () => {
    const seeds = seedMaps(SEED_FOLDERS, ROOT);
    expect(seeds.length).toBeGreaterThan(5);
    const texts = seeds.map((s) => s.text);
    for (let i = 0; i < 2000; i++) texts.push(textOf(mutant(seeds, fuzzSeed(), i).bytes));
    let valid = 0;
    let invalid = 0;
    for (const text of texts) {
      for (const doc of parseSource(text).documents) {
        if (doc.data === undefined) continue;
        const zod = AccountMapSchema.safeParse(doc.data, { error: errorMessage });
        const quick = acceptMap(doc.data);
        if (zod.success) {
          valid++;
          expect(quick).toStrictEqual(zod.data);
          // Same keys in the same order, at every level (toStrictEqual ignores order).
          expect(JSON.stringify(quick)).toBe(JSON.stringify(zod.data));
        } else {
          invalid++;
          expect(quick).toBeUndefined();
        }
      }
    }
    // Both kinds were really compared.
    expect(valid).toBeGreaterThan(20);
    expect(invalid).toBeGreaterThan(200);
  });
});
