/**
 * The introductions graph and the best-path search on small maps written for each behaviour:
 * which edges exist and which way, the weights, the exact ranking and its tie-breaks, --from,
 * --max-hops, --top, people who moved (--in), and what is said of a target out of reach.
 */
import { describe, expect, it } from 'vitest';
import { mapFromText } from '../../test/helpers/diagram-maps.js';
import { buildGraph, findPaths, PathsOptionError, resolveTargets } from './index.js';
import { movedPeople } from './movers.js';

/** Maps are written as YAML flow lines: `{id: a, ...}`. */
function map(body: string, team = '  - {id: kari, name: Kari Nygaard}\n') {
  return mapFromText(`acctmap: 1\naccount: {id: acme, name: Acme}\nteam:\n${team}${body}`);
}

/** `kari>sofia>ingrid` for each path, best first. */
function routes(r: ReturnType<typeof findPaths>): string[] {
  return r.paths.map((p) => [p.steps[0]!.from, ...p.steps.map((s) => s.to)].join('>'));
}

const ACME = map(`people:
  - {id: ingrid, name: Ingrid Sæther, roles: [economic-buyer]}
  - {id: sofia, name: Sofia Lindqvist, strength: strong, owner: kari}
connections:
  - {from: sofia, to: ingrid, type: influences, strength: medium}
`);

describe('findPaths: the contract example', () => {
  it('finds Kari → Sofia → Ingrid at 0.9 × 0.6 = 0.54, with the steps the JSON shows', () => {
    const r = findPaths(ACME, { to: 'economic-buyer' });
    expect(r.paths).toEqual([
      {
        target: 'ingrid',
        strength: 0.54,
        hops: 2,
        steps: [
          { from: 'kari', to: 'sofia', via: 'owner', weight: 0.9 },
          { from: 'sofia', to: 'ingrid', via: 'influences', weight: 0.6 },
        ],
      },
    ]);
    expect(r.unreachable).toEqual([]);
    expect(r.targets).toEqual(['ingrid']);
  });

  it('uses `influences` only its way', () => {
    const reversed = map(`people:
  - {id: ingrid, name: Ingrid, strength: strong, owner: kari}
  - {id: sofia, name: Sofia}
connections:
  - {from: sofia, to: ingrid, type: influences, strength: strong}
`);
    const r = findPaths(reversed, { to: 'sofia' });
    expect(r.paths).toEqual([]);
    expect(r.unreachable.map((u) => u.target)).toEqual(['sofia']);
  });

  it('uses `introduced` only its way, `knows` and `former-colleague` both ways', () => {
    const m = map(`people:
  - {id: hub, name: Hub, strength: strong, owner: kari}
  - {id: a, name: A}
  - {id: b, name: B}
  - {id: c, name: C}
connections:
  - {from: a, to: hub, type: introduced, strength: strong}
  - {from: b, to: hub, type: knows, strength: strong}
  - {from: c, to: hub, type: former-colleague, strength: strong}
`);
    expect(findPaths(m, { to: 'a' }).paths).toEqual([]);
    expect(routes(findPaths(m, { to: 'b' }))).toEqual(['kari>hub>b']);
    expect(routes(findPaths(m, { to: 'c' }))).toEqual(['kari>hub>c']);
  });

  it('never uses a conflict, and never steps through someone who left', () => {
    const m = map(`people:
  - {id: ingrid, name: Ingrid}
  - {id: foe, name: Foe, strength: strong, owner: kari}
  - {id: gone, name: Gone, strength: strong, owner: kari, status: left}
  - {id: new, name: Newcomer, strength: weak, owner: kari, status: new}
connections:
  - {from: foe, to: ingrid, type: conflicts, strength: strong}
  - {from: gone, to: ingrid, type: knows, strength: strong}
  - {from: new, to: ingrid, type: knows, strength: weak}
`);
    const r = findPaths(m, { to: 'ingrid' });
    expect(routes(r)).toEqual(['kari>new>ingrid']);
    expect(r.paths[0]!.strength).toBeCloseTo(0.09, 12);
  });

  it('gives a reports_to or dotted_to tie 0.5 both ways, an unstated connection 0.3, strength none no edge', () => {
    const m = map(`people:
  - {id: boss, name: Boss}
  - {id: me, name: Me, strength: medium, owner: kari, reports_to: boss}
  - {id: report, name: Report, reports_to: me}
  - {id: matrix, name: Matrix, dotted_to: [me]}
  - {id: pal, name: Pal}
  - {id: ghost, name: Ghost, strength: none, owner: kari}
connections:
  - {from: me, to: pal, type: knows}
`);
    const step = (to: string) => findPaths(m, { to, top: 1 }).paths[0]!.steps.at(-1)!;
    expect(step('boss')).toEqual({ from: 'me', to: 'boss', via: 'reports_to', weight: 0.5 });
    expect(step('report')).toEqual({ from: 'me', to: 'report', via: 'reports_to', weight: 0.5 });
    expect(step('matrix')).toEqual({ from: 'me', to: 'matrix', via: 'dotted_to', weight: 0.5 });
    expect(step('pal')).toEqual({
      from: 'me',
      to: 'pal',
      via: 'knows',
      weight: 0.3,
      unstated: true,
    });
    expect(findPaths(m, { to: 'ghost' }).paths).toEqual([]);
    expect(findPaths(m, { to: 'boss' }).paths[0]!.strength).toBe(0.3);
  });

  it('draws a person without an owner (or with one not on the team) from every team member', () => {
    const team = '  - {id: kari, name: Kari}\n  - {id: aino, name: Aino}\n';
    const m = map(
      `people:
  - {id: a, name: A, strength: weak}
  - {id: b, name: B, strength: weak, owner: kari}
`,
      team,
    );
    expect(routes(findPaths(m, { to: 'a' }))).toEqual(['aino>a', 'kari>a']);
    expect(routes(findPaths(m, { to: 'b' }))).toEqual(['kari>b']);
  });

  it('has no edge into our team: team members only start paths', () => {
    const team = '  - {id: kari, name: Kari}\n  - {id: aino, name: Aino}\n';
    const m = map(
      `people:
  - {id: a, name: A, strength: strong, owner: kari}
connections:
  - {from: a, to: aino, type: knows, strength: strong}
  - {from: kari, to: aino, type: knows, strength: strong}
`,
      team,
    );
    const g = buildGraph(m);
    expect(g.in.get('aino')).toBeUndefined();
    expect(g.in.get('kari')).toBeUndefined();
  });
});

describe('findPaths: ranking', () => {
  it('ranks by strength, then fewer steps (exactly: 0.9 × 0.3 = 0.9 × 0.6 × 0.5), then ids', () => {
    const m = map(`people:
  - {id: t, name: Target}
  - {id: a, name: A, strength: strong, owner: kari}
  - {id: b, name: B, strength: strong, owner: kari}
  - {id: m, name: Mid, reports_to: t}
  - {id: z, name: Z, strength: strong, owner: kari}
connections:
  - {from: z, to: t, type: knows, strength: weak}
  - {from: a, to: t, type: knows, strength: weak}
  - {from: b, to: m, type: knows, strength: medium}
`);
    const r = findPaths(m, { to: 't', top: 5 });
    // 0.27 in 2 steps (a before z), then 0.27 in 3 steps.
    expect(routes(r)).toEqual(['kari>a>t', 'kari>z>t', 'kari>b>m>t']);
    expect(r.paths.map((p) => p.strength)).toEqual([0.27, 0.27, 0.27]);
  });

  it('compares strengths exactly, where floating point would not (0.9·0.9·0.6 = 0.9·0.6·0.9)', () => {
    const m = map(`people:
  - {id: t, name: Target}
  - {id: a, name: A, strength: strong, owner: kari}
  - {id: x, name: X}
  - {id: b, name: B, strength: strong, owner: kari}
  - {id: y, name: Y}
connections:
  - {from: a, to: x, type: influences, strength: strong}
  - {from: x, to: t, type: influences, strength: medium}
  - {from: b, to: y, type: influences, strength: medium}
  - {from: y, to: t, type: influences, strength: strong}
`);
    // In floating point the second product is the larger; exactly they tie, and ids decide.
    expect(0.9 * 0.9 * 0.6 < 0.9 * 0.6 * 0.9).toBe(true);
    const r = findPaths(m, { to: 't' });
    expect(routes(r)).toEqual(['kari>a>x>t', 'kari>b>y>t']);
    expect(r.paths.map((p) => p.strength)).toEqual([0.486, 0.486]);
  });

  it('keeps the heaviest of two edges between the same people', () => {
    const m = map(`people:
  - {id: a, name: A, strength: weak, owner: kari}
connections:
  - {from: kari, to: a, type: knows, strength: strong}
  - {from: kari, to: a, type: former-colleague, strength: strong}
`);
    expect(findPaths(m, { to: 'a' }).paths[0]!.steps).toEqual([
      { from: 'kari', to: 'a', via: 'knows', weight: 0.9 },
    ]);
  });

  it('gives --top paths per target, best first, and only simple paths', () => {
    const m = map(`people:
  - {id: t, name: T}
  - {id: a, name: A, strength: strong, owner: kari}
  - {id: b, name: B, strength: medium, owner: kari}
connections:
  - {from: a, to: b, type: knows, strength: strong}
  - {from: a, to: t, type: knows, strength: strong}
  - {from: b, to: t, type: knows, strength: strong}
`);
    expect(routes(findPaths(m, { to: 't', top: 10 }))).toEqual([
      'kari>a>t', // 0.81
      'kari>a>b>t', // 0.729
      'kari>b>t', // 0.54
      'kari>b>a>t', // 0.486
    ]);
    expect(routes(findPaths(m, { to: 't', top: 1 }))).toEqual(['kari>a>t']);
    expect(findPaths(m, { to: 't' }).paths).toHaveLength(3);
  });

  it('stops at --max-hops and says how many steps the nearest path needs', () => {
    const chain = map(`people:
  - {id: p1, name: P1, strength: strong, owner: kari}
  - {id: p2, name: P2, reports_to: p1}
  - {id: p3, name: P3, reports_to: p2}
  - {id: p4, name: P4, reports_to: p3}
  - {id: p5, name: P5, reports_to: p4}
`);
    expect(routes(findPaths(chain, { to: 'p4' }))).toEqual(['kari>p1>p2>p3>p4']);
    const r = findPaths(chain, { to: 'p5' });
    expect(r.paths).toEqual([]);
    expect(r.unreachable).toEqual([
      {
        target: 'p5',
        suggestion:
          'the shortest path to P5 has 5 steps: try --max-hops 5, or get closer to the people around them',
      },
    ]);
    expect(routes(findPaths(chain, { to: 'p5', maxHops: 5 }))).toEqual(['kari>p1>p2>p3>p4>p5']);
  });

  it('starts only from --from', () => {
    const team = '  - {id: kari, name: Kari}\n  - {id: aino, name: Aino}\n';
    const m = map(
      `people:
  - {id: a, name: A, strength: strong, owner: kari}
  - {id: b, name: B, strength: weak, owner: aino}
connections:
  - {from: a, to: b, type: influences, strength: strong}
`,
      team,
    );
    expect(routes(findPaths(m, { to: 'b' }))).toEqual(['kari>a>b', 'aino>b']);
    expect(routes(findPaths(m, { to: 'b', from: 'aino' }))).toEqual(['aino>b']);
    expect(findPaths(m, { to: 'a', from: 'aino' }).unreachable).toEqual([
      { target: 'a', suggestion: 'others on our team reach A: leave out --from to see how' },
    ]);
  });
});

describe('findPaths: targets and mistakes', () => {
  it('takes a buying role: every present holder, in map order; none when nobody holds it', () => {
    const m = map(`people:
  - {id: z, name: Z, roles: [decision-maker], strength: weak, owner: kari}
  - {id: a, name: A, roles: [decision-maker], strength: strong, owner: kari}
  - {id: gone, name: Gone, roles: [decision-maker], status: left}
`);
    expect(resolveTargets(m, 'decision-maker')).toEqual(['z', 'a']);
    expect(findPaths(m, { to: 'decision-maker' }).paths.map((p) => p.target)).toEqual(['z', 'a']);
    expect(findPaths(m, { to: 'champion' })).toMatchObject({
      targets: [],
      paths: [],
      unreachable: [],
    });
  });

  it('names the closest id for an unknown --to, and refuses a team member', () => {
    expect(() => findPaths(ACME, { to: 'ingird' })).toThrow(
      new PathsOptionError(
        '--to: no person or buying role `ingird` in acme; did you mean `ingrid`?',
      ),
    );
    expect(() => findPaths(ACME, { to: 'economic_buyer' })).toThrow(
      /did you mean `economic-buyer`\?/,
    );
    expect(() => findPaths(ACME, { to: 'kari' })).toThrow(/is on our team/);
    expect(() => findPaths(ACME, { to: 'ingrid', from: 'karri' })).toThrow(
      '--from: no team member `karri` in acme; did you mean `kari`?',
    );
    expect(() => findPaths(ACME, { to: 'ingrid', maxHops: 0 })).toThrow(/--max-hops/);
    expect(() => findPaths(ACME, { to: 'ingrid', maxHops: 9 })).toThrow(/from 1 to 8/);
    expect(() => findPaths(ACME, { to: 'ingrid', top: 0 })).toThrow(/--top/);
  });

  it('says what would open a path: who knows them, or that nobody is connected, or that they left', () => {
    const m = map(`people:
  - {id: henrik, name: Henrik Blom}
  - {id: eva, name: Eva Lund}
  - {id: ola, name: Ola Berg}
  - {id: lone, name: Lone Wolf}
  - {id: bjorn, name: Bjørn Tangen, status: left, now_at: Vestland Grid AS}
connections:
  - {from: eva, to: henrik, type: knows}
  - {from: ola, to: henrik, type: influences, strength: strong}
`);
    const r = findPaths(m, { to: 'henrik' });
    expect(r.unreachable[0]!.suggestion).toBe(
      'Eva Lund and Ola Berg know Henrik Blom, and nobody on our team knows any of them yet: a relationship with one of them (an `owner` and a `strength`) would open a path',
    );
    expect(findPaths(m, { to: 'lone' }).unreachable[0]!.suggestion).toMatch(
      /^nobody on the map is connected to Lone Wolf: add who knows them/,
    );
    expect(findPaths(m, { to: 'bjorn' }).unreachable[0]!.suggestion).toMatch(
      /^Bjørn Tangen has left Acme \(now at Vestland Grid AS\)/,
    );
  });
});

describe('people who moved (--in)', () => {
  const OLD = mapFromText(`acctmap: 1
account: {id: havbris, name: Havbris Energi}
team:
  - {id: kari, name: Kari Nygaard}
people:
  - {id: sofie, name: Sofie Berg, email: Sofie.Berg@example.com, stance: advocate, strength: strong, owner: kari, status: left, now_at: acme}
  - {id: per, name: Per Moe, stance: supporter, strength: medium, status: left, now_at: ACME}
  - {id: liv, name: Liv Dahl, status: left, now_at: Somewhere Else AS, strength: weak}
  - {id: nils, name: Nils, status: left, now_at: acme}
`);
  const HERE = map(`people:
  - {id: s-berg, name: Sofie B., email: sofie.berg@example.com}
  - {id: per-moe, name: Per Moe}
  - {id: boss, name: Boss, roles: [economic-buyer]}
connections:
  - {from: s-berg, to: boss, type: knows, strength: medium}
  - {from: per-moe, to: boss, type: knows, strength: strong}
`);

  it('opens no path without --in', () => {
    expect(findPaths(HERE, { to: 'boss' }).paths).toEqual([]);
  });

  it('makes a mover a team-side contact: strong for an advocate or champion, else medium', () => {
    const r = findPaths(HERE, { to: 'boss', others: [OLD] });
    expect(r.paths.map((p) => p.steps)).toEqual([
      [
        { from: 'kari', to: 'per-moe', via: 'moved', weight: 0.6 },
        { from: 'per-moe', to: 'boss', via: 'knows', weight: 0.9 },
      ],
      [
        { from: 'kari', to: 's-berg', via: 'moved', weight: 0.9 },
        { from: 's-berg', to: 'boss', via: 'knows', weight: 0.6 },
      ],
    ]);
    // Matched by e-mail (any case), and by name (`now_at` may be the account's name).
    expect([...r.moved.keys()].sort()).toEqual(['per-moe', 's-berg']);
    expect(r.moved.get('s-berg')!.from.account.id).toBe('havbris');
  });

  it('lists everyone who moved, best contacts first, with the map they moved to when there is one', () => {
    const moved = movedPeople([OLD, HERE]);
    expect(moved.map((m) => [m.person.id, m.to?.account.id ?? m.nowAt])).toEqual([
      ['sofie', 'acme'],
      ['per', 'acme'],
      ['liv', 'Somewhere Else AS'],
      ['nils', 'acme'],
    ]);
  });
});
