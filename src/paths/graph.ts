/**
 * The introductions graph of one map (docs/paths.md): who on our team can reach whom, and who at
 * the account can introduce us to whom. Pure.
 *
 * - A present person's `strength` is an edge from their `owner` (from every team member when the
 *   owner is not on the team, or there is none) to them; `strength: none` is no edge.
 * - `knows` and `former-colleague` go both ways, `influences` and `introduced` from `from` to
 *   `to`; `conflicts` is never an edge.
 * - `reports_to` and `dotted_to` go both ways: colleagues can introduce each other.
 * - People who `left` are never a node, so never a step. Team members are only ever where a path
 *   starts: no edge leads into one.
 *
 * Weights are kept as whole tenths (`strong` 9, …) so that a path's strength, their product over
 * a power of ten, compares exactly: two runs and two machines rank paths the same.
 */
import type { AccountMap, Connection, Person } from '../model/account-map.js';
import { isPresent, mapIndex } from '../model/map-index.js';
import { compareCodeUnits as compareIds } from '../text/index.js';

/** What a step goes through: a connection type, the person's own relationship with us, a reporting line, or a move. */
const VIAS = [
  'owner',
  'moved',
  'knows',
  'former-colleague',
  'influences',
  'introduced',
  'reports_to',
  'dotted_to',
] as const;
export type Via = (typeof VIAS)[number];

/** Step weights in tenths: `strong` 0.9, `medium` 0.6, `weak` 0.3. */
export const STRENGTH_TENTHS = { strong: 9, medium: 6, weak: 3 } as const;
/** A `reports_to` or `dotted_to` tie: 0.5. */
const TIE_TENTHS = 5;
/** A connection with no `strength`: 0.3. */
const UNSTATED_TENTHS = 3;

export interface Edge {
  from: string;
  to: string;
  via: Via;
  /** Whole tenths: 9 is 0.9. */
  tenths: number;
  /** A connection with no `strength` (weighed as `weak`). */
  unstated?: true;
}

/** A person of this map who moved here from another account of the portfolio. */
export interface MoverEdge {
  /** Their id in this map. */
  person: string;
  /** 9 (they were an advocate or champion there) or 6. */
  tenths: number;
  /** A team member of this map who owned the relationship there, when there is one. */
  owner?: string;
}

export interface Graph {
  /** Our team's ids, in map order: where every path starts. */
  team: readonly string[];
  /** Present people and team members. */
  nodes: ReadonlySet<string>;
  /** Edges out of each node, sorted by target id then via (a fixed order for the search). */
  out: ReadonlyMap<string, readonly Edge[]>;
  /** Edges into each node. */
  in: ReadonlyMap<string, readonly Edge[]>;
}

const VIA_ORDER = Object.fromEntries(VIAS.map((v, i) => [v, i])) as Record<Via, number>;

export function buildGraph(map: AccountMap, movers: readonly MoverEdge[] = []): Graph {
  const g = graphNodes(map);
  const { team, nodes } = g;
  // One edge per ordered pair: the heaviest, then the first in VIAS. Kept by where it leads and
  // where it comes from (no pair keys to build).
  const into = new Map<string, Map<string, Edge>>();
  eachEdge(map, g, movers, (from, to, via, tenths, unstated) => {
    let edges = into.get(to);
    if (!edges) {
      edges = new Map();
      into.set(to, edges);
    }
    const old = edges.get(from);
    if (
      !old ||
      tenths > old.tenths ||
      (tenths === old.tenths && VIA_ORDER[via] < VIA_ORDER[old.via])
    ) {
      const edge: Edge = { from, to, via, tenths };
      if (unstated) edge.unstated = unstated;
      edges.set(from, edge);
    }
  });

  const out = new Map<string, Edge[]>();
  const inLists = new Map<string, Edge[]>();
  // Targets in id order, and within each their sources in id order: every list comes out
  // sorted by target id then source id, as the search needs, with only short sorts.
  for (const to of [...into.keys()].sort(compareIds)) {
    const list = [...into.get(to)!.values()].sort((a, b) => compareIds(a.from, b.from));
    inLists.set(to, list);
    for (const e of list) push(out, e.from, e);
  }
  return { team, nodes, out, in: inLists };
}

/**
 * The steps from our team to everyone a warm path of at most `maxHops` steps reaches (team
 * members themselves at 0), over the same edges as `buildGraph`, without weighing, keeping or
 * sorting them: one breadth-first search from the whole team. What the rule no-warm-path asks
 * of every map, so at the least cost; `reach` on the built graph gives the same answer (a
 * property test holds them to it).
 */
export function stepsFromTeam(map: AccountMap, maxHops: number): ReadonlyMap<string, number> {
  const g = graphNodes(map);
  const next = new Map<string, string[]>();
  eachEdge(map, g, [], (from, to) => push(next, from, to));
  return stepsFrom(
    g.team,
    (v, visit) => {
      for (const w of next.get(v) ?? []) visit(w);
    },
    maxHops,
  );
}

/**
 * Breadth-first: how many steps each node is from the nearest of `starts` (0 for those), going
 * at most `limit` steps; `neighbours` calls `visit` with each node one step on from `v`. The one
 * search behind `hopsTo` (backwards, from a target) and `stepsFromTeam` (forwards).
 */
export function stepsFrom(
  starts: readonly string[],
  neighbours: (v: string, visit: (w: string) => void) => void,
  limit: number,
): Map<string, number> {
  const dist = new Map<string, number>();
  for (const s of starts) dist.set(s, 0);
  let frontier: string[] = [...dist.keys()];
  for (let d = 1; d <= limit && frontier.length > 0; d++) {
    const next: string[] = [];
    const visit = (w: string) => {
      if (dist.has(w)) return;
      dist.set(w, d);
      next.push(w);
    };
    for (const v of frontier) neighbours(v, visit);
    frontier = next;
  }
  return dist;
}

interface GraphNodes {
  /** Our team's ids, in map order. */
  team: string[];
  teamSet: Set<string>;
  /** Present people who are not on the team (the first of a repeated id only). */
  people: Set<string>;
  nodes: Set<string>;
}

function graphNodes(map: AccountMap): GraphNodes {
  const index = mapIndex(map);
  const team = [...index.teamById.keys()];
  const teamSet = new Set(team);
  const people = new Set<string>();
  for (const p of map.people ?? []) {
    if (isPresent(p) && !teamSet.has(p.id) && index.person(p.id) === p) people.add(p.id);
  }
  return { team, teamSet, people, nodes: new Set<string>([...team, ...people]) };
}

/**
 * Every edge the map gives (docs/paths.md, and the module's comment), by `add`: only between
 * nodes, only into present people, never a loop; the same pair may come more than once.
 */
function eachEdge(
  map: AccountMap,
  { team, teamSet, people, nodes }: GraphNodes,
  movers: readonly MoverEdge[],
  add: Add,
): void {
  const edge: Add = (from, to, via, tenths, unstated) => {
    if (nodes.has(from) && people.has(to) && from !== to) add(from, to, via, tenths, unstated);
  };
  const ownersOf = (owner: string | undefined) =>
    owner !== undefined && teamSet.has(owner) ? [owner] : team;

  for (const p of map.people ?? []) {
    if (!people.has(p.id) || p.strength === 'none') continue;
    for (const t of ownersOf(p.owner)) edge(t, p.id, 'owner', STRENGTH_TENTHS[p.strength]);
  }
  for (const m of movers) {
    for (const t of ownersOf(m.owner)) edge(t, m.person, 'moved', m.tenths);
  }
  for (const c of map.connections ?? []) addConnection(c, edge);
  for (const p of map.people ?? []) addTies(p, edge);
}

type Add = (from: string, to: string, via: Via, tenths: number, unstated?: true) => void;

function addConnection(c: Connection, add: Add): void {
  if (c.type === 'conflicts') return;
  const tenths = c.strength ? STRENGTH_TENTHS[c.strength] : UNSTATED_TENTHS;
  const unstated = c.strength ? undefined : true;
  add(c.from, c.to, c.type, tenths, unstated);
  if (c.type === 'knows' || c.type === 'former-colleague') {
    add(c.to, c.from, c.type, tenths, unstated);
  }
}

function addTies(p: Person, add: Add): void {
  if (p.reports_to !== undefined) {
    add(p.id, p.reports_to, 'reports_to', TIE_TENTHS);
    add(p.reports_to, p.id, 'reports_to', TIE_TENTHS);
  }
  for (const m of p.dotted_to ?? []) {
    add(p.id, m, 'dotted_to', TIE_TENTHS);
    add(m, p.id, 'dotted_to', TIE_TENTHS);
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
