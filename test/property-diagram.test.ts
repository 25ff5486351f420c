/**
 * Properties of the diagram builders over valid maps whose every string is hostile: every view,
 * with and without --focus, --unit and --depth, either draws diagrams that the real Mermaid
 * parser accepts, within Mermaid's limits, with all of the map's text inside quoted labels, or
 * refuses the options (DiagramOptionError, for the CLI to print). Nothing else is thrown.
 * Seed: ACCTMAP_FUZZ_SEED (fixed by default); ACCTMAP_FUZZ_RUNS scales the number of runs.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildDiagram,
  DiagramOptionError,
  type DiagramOptions,
  MERMAID_MAX_CHARS,
  MERMAID_MAX_EDGES,
  VIEWS,
} from '../src/diagram/index.js';
import type { AccountMap } from '../src/model/account-map.js';
import { fuzzOptions } from './fixtures/hostile-inputs/arbitraries.js';
import { parseMermaid } from './helpers/mermaid.js';
import { validAccountMap } from './helpers/valid-maps.js';

/** A valid map and options that name things in it (or, now and then, things that are not). */
const mapAndOptions = validAccountMap({ maxPeople: 10 }).chain((map) => {
  const people = [...(map.people ?? []), ...(map.team ?? [])].map((p) => p.id);
  const units = (map.units ?? []).map((u) => u.id);
  const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined, freq: 2 });
  return fc.record({
    map: fc.constant(map),
    view: fc.constantFrom(...VIEWS),
    focus: maybe(people.length > 0 ? fc.constantFrom(...people, 'nobody') : fc.constant('nobody')),
    unit: maybe(units.length > 0 ? fc.constantFrom(...units, 'no-unit') : fc.constant('no-unit')),
    depth: maybe(fc.integer({ min: 0, max: 4 })),
    legend: fc.boolean(),
  });
});

function optionsOf(o: {
  view: DiagramOptions['view'];
  focus: string | undefined;
  unit: string | undefined;
  depth: number | undefined;
  legend: boolean;
}): DiagramOptions {
  const out: DiagramOptions = { view: o.view, legend: o.legend };
  if (o.focus !== undefined) out.focus = o.focus;
  if (o.unit !== undefined) out.unit = o.unit;
  if (o.depth !== undefined) out.depth = o.depth;
  return out;
}

function draw(map: AccountMap, options: DiagramOptions) {
  try {
    return buildDiagram(map, options);
  } catch (error) {
    // A user mistake in the options (an id not in the map, options that do not go together),
    // which the CLI prints on one line with exit 2.
    expect(error).toBeInstanceOf(DiagramOptionError);
    expect((error as Error).message).toMatch(/^--(focus|unit|depth)/);
    return undefined;
  }
}

describe('the diagram builders, on valid maps with hostile text', () => {
  it('every view draws Mermaid that the real parser accepts, or refuses the options', async () => {
    let drawn = 0;
    await fc.assert(
      fc.asyncProperty(mapAndOptions, async ({ map, ...o }) => {
        const options = optionsOf(o);
        const result = draw(map, options);
        if (!result) return;
        expect(result.diagrams.length).toBeGreaterThan(0);
        for (const d of result.diagrams) {
          drawn++;
          expect(d.edges).toBeLessThan(MERMAID_MAX_EDGES);
          expect(d.mermaid.length).toBeLessThanOrEqual(MERMAID_MAX_CHARS);
          // Outside the quoted labels: no comment, directive, front matter or interaction.
          const outside = d.mermaid.replace(/"[^"]*"/g, '""');
          expect(outside).not.toMatch(/%%|^\s*---|\bclick\b|\bcall\b|\bhref\b|\binit\b/m);
          try {
            await parseMermaid(d.mermaid);
          } catch (error) {
            throw new Error(
              `mermaid rejected --view ${options.view} (${JSON.stringify(options)}): ${(error as Error).message}\n${d.mermaid}`,
            );
          }
        }
      }),
      fuzzOptions(120),
    );
    // Not vacuous: most option sets draw something.
    expect(drawn).toBeGreaterThan(60);
  });
});
