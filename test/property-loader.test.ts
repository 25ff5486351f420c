/**
 * Properties of the loader and the validator over hostile input: nothing throws, every
 * diagnostic points inside the text it is about, and every message is one line.
 * Seed: ACCTMAP_FUZZ_SEED (fixed by default); ACCTMAP_FUZZ_RUNS scales the number of runs.
 */
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { defaultConfig } from '../src/config/schema.js';
import { parseSource } from '../src/parse/source.js';
import { createRuleRunner } from '../src/rules/index.js';
import { checkSources } from '../src/validate/check.js';
import { validateDocument } from '../src/validate/document.js';
import {
  AS_OF,
  accountMapData,
  fuzzOptions,
  yamlishText,
} from './fixtures/hostile-inputs/arbitraries.js';
import { diagnosticProblems, positionProblems } from './fixtures/hostile-inputs/checks.js';

/** Anything a YAML document can hold: the loader never makes objects without a prototype. */
const plainData = fc.anything({ withNullPrototype: false, withBoxedValues: false });

const rules = createRuleRunner({ config: defaultConfig(), configDir: '.', cli: [], asOf: AS_OF });

describe('the loader, on text that is almost YAML', () => {
  it('parseSource never throws, and its problems are one line each', () => {
    fc.assert(
      fc.property(yamlishText, (text) => {
        const parsed = parseSource(text);
        for (const p of parsed.problems) {
          expect(Number.isInteger(p.line) && p.line >= 1).toBe(true);
          expect(Number.isInteger(p.column) && p.column >= 1).toBe(true);
          expect(p.message).not.toMatch(/[\n\r]/);
        }
        for (const doc of parsed.documents) {
          for (const path of [[], ['account', 'id'], ['people', 0, 'name'], ['x', 99, 'y']]) {
            const at = doc.locate(path);
            expect(at.line >= 1 && at.column >= 1).toBe(true);
          }
        }
      }),
      fuzzOptions(1500),
    );
  });

  // Line and column come from our own line-start table: the yaml package's LineCounter misses
  // newlines that its lexer swallows while recovering from an error. Shrunk examples it got
  // wrong: "- ]\\\n \u0000: \n      acctmap: 1" (acctmap at 3:7, said 2:7) and
  // "acctmap:\n  *: style x fill:#f00\n  - 1" (the document said to end at 2:29 on a line of 22).
  it('every syntax problem, and every located path, points inside the text', () => {
    fc.assert(
      fc.property(yamlishText, (text) => {
        const parsed = parseSource(text);
        for (const p of parsed.problems) expect(positionProblems(p, text)).toEqual([]);
        for (const doc of parsed.documents) {
          for (const path of [[], ['account', 'id'], ['people', 0, 'name'], ['x', 99, 'y']]) {
            expect(positionProblems(doc.locate(path), text)).toEqual([]);
            expect(positionProblems(doc.locate(path, 'key'), text)).toEqual([]);
          }
        }
      }),
      fuzzOptions(1500),
    );
  });

  it('the fast reader and the yaml package agree on data and problems', () => {
    fc.assert(
      fc.property(yamlishText, (text) => {
        const fast = parseSource(text);
        const reference = parseSource(text, { engine: 'yaml' });
        expect(fast.problems).toEqual(reference.problems);
        expect(fast.documents.length).toBe(reference.documents.length);
        fast.documents.forEach((doc, i) => {
          expect(isDeepStrictEqual(doc.data, reference.documents[i]!.data)).toBe(true);
        });
      }),
      fuzzOptions(1500),
    );
  });

  it('checkSources (with the rules) never throws, and its diagnostics keep the contract', () => {
    fc.assert(
      fc.property(fc.array(yamlishText, { minLength: 1, maxLength: 4 }), (texts) => {
        const sources = texts.map((text, i) => ({ file: `f${i}.acctmap.yaml`, text }));
        const result = checkSources(sources, { rules });
        expect(result.files.map((f) => f.file)).toEqual(sources.map((s) => s.file));
        for (const d of result.diagnostics) {
          const source = sources.find((s) => s.file === d.file);
          expect(source).toBeDefined();
          expect(diagnosticProblems(d, source!.text)).toEqual([]);
          expect(d.line >= 1 && d.column >= 1).toBe(true);
        }
      }),
      fuzzOptions(800),
    );
  });
});

describe('the validator, on data shaped like a map', () => {
  it('validateDocument never throws on anything at all', () => {
    fc.assert(
      fc.property(fc.oneof(accountMapData({ wrongness: 15 }), plainData), (data) => {
        const result = validateDocument(data);
        for (const f of result.findings) {
          expect(['schema', 'reference']).toContain(f.rule);
          expect(Array.isArray(f.path)).toBe(true);
          expect(f.message).not.toBe('');
        }
        if (result.map) expect(result.findings).toEqual([]);
      }),
      fuzzOptions(1500),
    );
  });

  it('written out as YAML and checked with the rules: one-line messages, inside the text', () => {
    fc.assert(
      fc.property(
        fc.array(accountMapData({ wrongness: 5 }), { minLength: 1, maxLength: 3 }),
        (maps) => {
          const sources = maps.map((data, i) => ({
            file: `m${i}.acctmap.yaml`,
            text: stringify(data, { aliasDuplicateObjects: false }),
          }));
          const result = checkSources(sources, { rules });
          const problems = result.diagnostics.flatMap((d) =>
            diagnosticProblems(d, sources.find((s) => s.file === d.file)!.text),
          );
          expect(problems).toEqual([]);
        },
      ),
      fuzzOptions(600),
    );
  });
});
