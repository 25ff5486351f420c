/**
 * The best-path search against a brute force written separately from it: on random small maps,
 * the edges are derived again from the contract's words, every simple path of at most --max-hops
 * steps is listed, ranked with exact fractions (BigInt), and the top --top must be exactly what
 * `findPaths` returns. And on any map: no step goes through a conflict, someone who left, or an
 * `influences` edge backwards; a path's strength is the product of its weights.
 * Seed: ACCTMAP_FUZZ_SEED (fixed by default); ACCTMAP_FUZZ_RUNS scales the number of runs.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AccountMap } from '../src/model/account-map.js';
import { findPaths, outOfReach } from '../src/paths/index.js';
import { fuzzOptions } from './fixtures/hostile-inputs/arbitraries.js';

const TEAM = ['t0', 't1', 't2'];
const PEOPLE = ['p0', 'p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7'];
const STRENGTHS = ['strong', 'medium', 'weak', 'none'] as const;
const TYPES = ['knows', 'influences', 'conflicts', 'introduced', 'former-colleague'] as const;

const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

const randomMap: fc.Arbitrary<AccountMap> = fc
  .record({
    team: fc.integer({ min: 0, max: 3 }),
    people: fc.array(
      fc.record({
        status: fc.constantFrom('active', 'active', 'new', 'left'),
        strength: fc.constantFrom(...STRENGTHS),
        owner: maybe(fc.constantFrom(...TEAM, 'nobody')),
        reports_to: maybe(fc.constantFrom(...PEOPLE)),
        dotted_to: maybe(fc.subarray(PEOPLE, { maxLength: 2 })),
      }),
      { minLength: 1, maxLength: PEOPLE.length },
    ),
    connections: fc.array(
      fc.record({
        from: fc.constantFrom(...TEAM, ...PEOPLE),
        to: fc.constantFrom(...TEAM, ...PEOPLE),
        type: fc.constantFrom(...TYPES),
        strength: maybe(fc.constantFrom('strong', 'medium', 'weak')),
      }),
      { maxLength: 14 },
    ),
  })
  .map(({ team, people, connections }) => {
    const ids = PEOPLE.slice(0, people.length);
    const present = new Set(ids);
    return {
      acctmap: 1,
      account: { id: 'acme', name: 'Acme' },
      team: TEAM.slice(0, team).map((id) => ({ id, name: id })),
      people: people.map((p, i) => ({
        id: ids[i]!,
        name: ids[i]!,
        status: p.status,
        strength: p.strength,
        stance: 'unknown',
        influence: 'unknown',
        ...(p.owner ? { owner: p.owner } : {}),
        ...(p.reports_to && present.has(p.reports_to) ? { reports_to: p.reports_to } : {}),
        ...(p.dotted_to ? { dotted_to: p.dotted_to.filter((d) => present.has(d)) } : {}),
      })),
      connections: connections.map((c) => ({
        ...c,
        ...(c.strength ? {} : { strength: undefined }),
      })),
    } as unknown as AccountMap;
  });

/** Tenths, from the contract: strong 0.9, medium 0.6, weak or unstated 0.3, a tie 0.5. */
const TENTHS: Record<string, number> = { strong: 9, medium: 6, weak: 3 };

/** Every edge the contract describes, as `from>to` → the heaviest weight in tenths. */
function contractEdges(map: AccountMap): Map<string, number> {
  const team = new Set((map.team ?? []).map((t) => t.id));
  const here = new Set((map.people ?? []).filter((p) => p.status !== 'left').map((p) => p.id));
  const edges = new Map<string, number>();
  const add = (a: string, b: string, w: number) => {
    if (a === b || !here.has(b) || !(here.has(a) || team.has(a))) return;
    edges.set(`${a}>${b}`, Math.max(edges.get(`${a}>${b}`) ?? 0, w));
  };
  for (const p of map.people ?? []) {
    if (p.strength === 'none') continue;
    const from = p.owner && team.has(p.owner) ? [p.owner] : [...team];
    for (const t of from) add(t, p.id, TENTHS[p.strength]!);
  }
  for (const c of map.connections ?? []) {
    if (c.type === 'conflicts') continue;
    const w = c.strength ? TENTHS[c.strength]! : 3;
    add(c.from, c.to, w);
    if (c.type === 'knows' || c.type === 'former-colleague') add(c.to, c.from, w);
  }
  for (const p of map.people ?? []) {
    for (const m of [...(p.reports_to ? [p.reports_to] : []), ...(p.dotted_to ?? [])]) {
      add(p.id, m, 5);
      add(m, p.id, 5);
    }
  }
  return edges;
}

interface Brute {
  ids: string[];
  num: bigint;
  den: bigint;
}

function bruteForce(map: AccountMap, target: string, maxHops: number, top: number): Brute[] {
  const edges = contractEdges(map);
  const all: Brute[] = [];
  const walk = (ids: string[], num: bigint) => {
    const at = ids[ids.length - 1]!;
    if (at === target && ids.length > 1) {
      all.push({ ids, num, den: 10n ** BigInt(ids.length - 1) });
      return;
    }
    if (ids.length - 1 === maxHops) return;
    for (const [key, w] of edges) {
      const [a, b] = key.split('>') as [string, string];
      if (a === at && !ids.includes(b)) walk([...ids, b], num * BigInt(w));
    }
  };
  for (const t of map.team ?? []) walk([t.id], 1n);
  all.sort((x, y) => {
    const l = x.num * y.den;
    const r = y.num * x.den;
    if (l !== r) return l > r ? -1 : 1;
    if (x.ids.length !== y.ids.length) return x.ids.length - y.ids.length;
    for (let i = 0; i < x.ids.length; i++) {
      if (x.ids[i] !== y.ids[i]) return x.ids[i]! < y.ids[i]! ? -1 : 1;
    }
    return 0;
  });
  return all.slice(0, top);
}

describe('findPaths against a brute force', () => {
  it('returns exactly the top paths the contract ranks first', () => {
    fc.assert(
      fc.property(
        randomMap,
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 1, max: 4 }),
        (map, maxHops, top) => {
          for (const person of map.people ?? []) {
            const r = findPaths(map, { to: person.id, maxHops, top });
            const expected = bruteForce(map, person.id, maxHops, top);
            expect(r.paths.map((p) => [p.steps[0]!.from, ...p.steps.map((s) => s.to)])).toEqual(
              expected.map((b) => b.ids),
            );
            expect(r.paths.map((p) => p.strength)).toEqual(
              expected.map((b) => Number(b.num) / Number(b.den)),
            );
            expect(r.unreachable.map((u) => u.target)).toEqual(
              expected.length === 0 ? [person.id] : [],
            );
            // The rule's shortcut (one breadth-first search) says what the whole search says.
            expect(outOfReach(map, maxHops)(person.id)).toBe(r.unreachable[0]?.suggestion);
            for (const p of r.paths) {
              expect(p.hops).toBe(p.steps.length);
              expect(p.steps.at(-1)!.to).toBe(person.id);
              for (const [i, s] of p.steps.entries()) {
                if (i > 0) expect(s.from).toBe(p.steps[i - 1]!.to);
                expect(map.people!.find((q) => q.id === s.to)!.status).not.toBe('left');
                if (s.via === 'influences' || s.via === 'introduced') {
                  expect(
                    map.connections!.some(
                      (c) => c.type === s.via && c.from === s.from && c.to === s.to,
                    ),
                  ).toBe(true);
                }
              }
            }
          }
        },
      ),
      fuzzOptions(300),
    );
  });
});
