/**
 * Properties of the rules over valid maps whose every string is hostile: no rule throws, on one
 * map or on a portfolio, whatever the date; every finding names a path that exists in the map
 * (so it can be placed in the file), and, checked from YAML text like the CLI does, every rule
 * finding lands inside the text on one line.
 * Seed: ACCTMAP_FUZZ_SEED (fixed by default); ACCTMAP_FUZZ_RUNS scales the number of runs.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { defaultConfig } from '../src/config/schema.js';
import type { AccountMap } from '../src/model/account-map.js';
import { formatPath, type Path } from '../src/model/diagnostic.js';
import { createRuleRunner, RULE_IDS, RULES } from '../src/rules/index.js';
import { checkSources } from '../src/validate/check.js';
import { fuzzOptions } from './fixtures/hostile-inputs/arbitraries.js';
import { diagnosticProblems } from './fixtures/hostile-inputs/checks.js';
import { validAccountMap } from './helpers/valid-maps.js';

const validMap = validAccountMap({ maxPeople: 8 });

/** "Today" anywhere from before the maps' dates to long after them. */
const asOf = fc
  .date({ min: new Date('2000-01-01'), max: new Date('2040-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

/** Why `path` does not name something in `map` (undefined when it does). */
function unresolved(map: AccountMap, path: Path): string | undefined {
  let node: unknown = map;
  for (const [i, seg] of path.entries()) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, seg))
      return `${JSON.stringify(path)}: nothing at ${JSON.stringify(path.slice(0, i + 1))}`;
    node = (node as Record<string | number, unknown>)[seg];
  }
  return undefined;
}

/** Every rule on, with its default options, so that none is skipped. */
const everyRuleOn = RULE_IDS.map((id) => [id, 'warning'] as const);

describe('the rules, on valid maps with hostile text', () => {
  it('no rule throws, and every finding names a path in its map', () => {
    const fired = new Set<string>();
    fc.assert(
      fc.property(fc.array(validMap, { minLength: 1, maxLength: 4 }), asOf, (maps, today) => {
        const problems: string[] = [];
        for (const rule of RULES) {
          const ctx = { asOf: today, options: rule.options.parse({}) };
          if (rule.check) {
            for (const map of maps) {
              for (const f of rule.check(map, ctx)) {
                if (typeof f.message !== 'string' || f.message.trim() === '')
                  problems.push(`${rule.id}: empty message`);
                const why = unresolved(map, f.path);
                if (why) problems.push(`${rule.id}: ${why}`);
                fired.add(rule.id);
              }
            }
          }
          if (rule.checkPortfolio) {
            for (const f of rule.checkPortfolio(maps, ctx)) {
              const map = maps[f.map];
              if (!map) {
                problems.push(`${rule.id}: map ${f.map} of ${maps.length}`);
                continue;
              }
              const why = unresolved(map, f.path);
              if (why) problems.push(`${rule.id}: ${why}`);
              fired.add(rule.id);
            }
          }
        }
        expect(problems).toEqual([]);
      }),
      fuzzOptions(300),
    );
    // Not vacuous: the generated maps make most rules fire.
    expect(fired.size).toBeGreaterThanOrEqual(RULES.length - 3);
  });

  it('checked from YAML text: every rule finding is one line, inside the text', () => {
    const fired = new Set<string>();
    fc.assert(
      fc.property(fc.array(validMap, { minLength: 1, maxLength: 3 }), asOf, (maps, today) => {
        const rules = createRuleRunner({
          config: defaultConfig(),
          configDir: '.',
          cli: everyRuleOn,
          asOf: today,
        });
        const sources = maps.map((map, i) => ({
          file: `m${i}.acctmap.yaml`,
          text: stringify(map, { aliasDuplicateObjects: false }),
        }));
        const result = checkSources(sources, { rules });
        // Valid maps stay valid when written out; only account ids may repeat across maps.
        const broken = result.diagnostics.filter(
          (d) =>
            ['yaml', 'schema', 'reference'].includes(d.rule) &&
            !(d.rule === 'reference' && formatPath(d.path) === 'account.id'),
        );
        expect(broken).toEqual([]);
        for (const d of result.diagnostics) fired.add(d.rule);
        const problems = result.diagnostics.flatMap((d) =>
          diagnosticProblems(d, sources.find((s) => s.file === d.file)!.text),
        );
        expect(problems).toEqual([]);
      }),
      fuzzOptions(150),
    );
    expect(fired.size).toBeGreaterThanOrEqual(RULES.length - 3);
  });
});
