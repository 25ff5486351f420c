/**
 * The reference checks against brute force on random maps: every reporting or unit-parent cycle
 * is reported once, spelled from its first entry, and nothing else is; every repeated id is
 * reported at each entry after the first, naming the first.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AccountMap } from '../model/account-map.js';
import { checkReferences } from './references.js';

const IDS = ['a', 'b', 'c', 'd', 'e', 'f'];

const randomMap = fc
  .record({
    team: fc.array(fc.constantFrom('t', 'u', 'a'), { maxLength: 3 }),
    people: fc.array(
      fc.record({
        id: fc.constantFrom(...IDS),
        reports_to: fc.option(fc.constantFrom(...IDS, 'zz')),
      }),
      { maxLength: 8 },
    ),
  })
  .map(
    ({ team, people }) =>
      ({
        acctmap: 1,
        account: { id: 'acme', name: 'Acme' },
        team: team.map((id) => ({ id, name: id })),
        people: people.map((p) => ({
          id: p.id,
          name: p.id,
          ...(p.reports_to === null ? {} : { reports_to: p.reports_to }),
        })),
      }) as unknown as AccountMap,
  );

/** Each id's manager: from the first entry of that id that names one. */
function managers(map: AccountMap): Map<string, string> {
  const out = new Map<string, string>();
  for (const p of map.people ?? []) {
    if (p.reports_to !== undefined && !out.has(p.id)) out.set(p.id, p.reports_to);
  }
  return out;
}

describe('checkReferences', () => {
  it('reports each reporting cycle once, and only cycles', () => {
    fc.assert(
      fc.property(randomMap, (map) => {
        const up = managers(map);
        // Brute force: an id is on a cycle when following managers from it comes back to it.
        const onCycle = new Set(
          [...up.keys()].filter((id) => {
            let node = up.get(id);
            for (let steps = 0; node !== undefined && steps <= IDS.length; steps++) {
              if (node === id) return true;
              node = up.get(node);
            }
            return false;
          }),
        );
        const cycles = checkReferences(map, true)
          .filter((f) => f.message.startsWith('reporting cycle: '))
          .map((f) => ({ f, ids: f.message.slice(17, f.message.indexOf(';')).split(' → ') }));
        const reported = new Set<string>();
        for (const { f, ids } of cycles) {
          expect(ids[0]).toBe(ids.at(-1));
          for (let k = 0; k + 1 < ids.length; k++) expect(up.get(ids[k]!)).toBe(ids[k + 1]);
          const members = ids.slice(0, -1);
          // Spelled from the member that comes first in the file, and reported there.
          const firstIndex = (id: string) => map.people!.findIndex((p) => p.id === id);
          const first = Math.min(...members.map(firstIndex));
          expect(firstIndex(ids[0]!)).toBe(first);
          expect(f.path).toEqual(['people', first, 'reports_to']);
          for (const id of members) {
            expect(reported.has(id)).toBe(false);
            reported.add(id);
          }
        }
        expect([...reported].sort()).toEqual([...onCycle].sort());
      }),
      { numRuns: 500 },
    );
  });

  it('reports each repeated id at every entry after the first, naming the first', () => {
    fc.assert(
      fc.property(randomMap, (map) => {
        const entries = [
          ...(map.team ?? []).map((m, i) => ({
            id: m.id,
            at: `team[${i}]`,
            path: ['team', i, 'id'],
          })),
          ...(map.people ?? []).map((p, i) => ({
            id: p.id,
            at: `people[${i}]`,
            path: ['people', i, 'id'],
          })),
        ];
        const expected = entries.flatMap((e, k) => {
          const first = entries.findIndex((x) => x.id === e.id);
          return first < k ? [{ path: e.path, first: entries[first]!.at }] : [];
        });
        const found = checkReferences(map, true)
          .filter((f) => f.message.startsWith('duplicate id'))
          .map((f) => ({ path: f.path, first: /already used by (\S+);/.exec(f.message)![1] }));
        expect(found).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });
});
