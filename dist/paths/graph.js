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
];
/** Step weights in tenths: `strong` 0.9, `medium` 0.6, `weak` 0.3. */
export const STRENGTH_TENTHS = { strong: 9, medium: 6, weak: 3 };
/** A `reports_to` or `dotted_to` tie: 0.5. */
const TIE_TENTHS = 5;
/** A connection with no `strength`: 0.3. */
const UNSTATED_TENTHS = 3;
const VIA_ORDER = Object.fromEntries(VIAS.map((v, i) => [v, i]));
export function buildGraph(map, movers = []) {
    const g = graphNodes(map);
    const { team, nodes } = g;
    // One edge per ordered pair: the heaviest, then the first in VIAS. Kept by where it leads and
    // where it comes from (no pair keys to build).
    const into = new Map();
    eachEdge(map, g, movers, (from, to, via, tenths, unstated) => {
        let edges = into.get(to);
        if (!edges) {
            edges = new Map();
            into.set(to, edges);
        }
        const old = edges.get(from);
        if (!old ||
            tenths > old.tenths ||
            (tenths === old.tenths && VIA_ORDER[via] < VIA_ORDER[old.via])) {
            const edge = { from, to, via, tenths };
            if (unstated)
                edge.unstated = unstated;
            edges.set(from, edge);
        }
    });
    const out = new Map();
    const inLists = new Map();
    // Targets in id order, and within each their sources in id order: every list comes out
    // sorted by target id then source id, as the search needs, with only short sorts.
    for (const to of [...into.keys()].sort(compareIds)) {
        const list = [...into.get(to).values()].sort((a, b) => compareIds(a.from, b.from));
        inLists.set(to, list);
        for (const e of list)
            push(out, e.from, e);
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
export function stepsFromTeam(map, maxHops) {
    const g = graphNodes(map);
    const next = new Map();
    eachEdge(map, g, [], (from, to) => push(next, from, to));
    return stepsFrom(g.team, (v, visit) => {
        for (const w of next.get(v) ?? [])
            visit(w);
    }, maxHops);
}
/**
 * Breadth-first: how many steps each node is from the nearest of `starts` (0 for those), going
 * at most `limit` steps; `neighbours` calls `visit` with each node one step on from `v`. The one
 * search behind `hopsTo` (backwards, from a target) and `stepsFromTeam` (forwards).
 */
export function stepsFrom(starts, neighbours, limit) {
    const dist = new Map();
    for (const s of starts)
        dist.set(s, 0);
    let frontier = [...dist.keys()];
    for (let d = 1; d <= limit && frontier.length > 0; d++) {
        const next = [];
        const visit = (w) => {
            if (dist.has(w))
                return;
            dist.set(w, d);
            next.push(w);
        };
        for (const v of frontier)
            neighbours(v, visit);
        frontier = next;
    }
    return dist;
}
function graphNodes(map) {
    const index = mapIndex(map);
    const team = [...index.teamById.keys()];
    const teamSet = new Set(team);
    const people = new Set();
    for (const p of map.people ?? []) {
        if (isPresent(p) && !teamSet.has(p.id) && index.person(p.id) === p)
            people.add(p.id);
    }
    return { team, teamSet, people, nodes: new Set([...team, ...people]) };
}
/**
 * Every edge the map gives (docs/paths.md, and the module's comment), by `add`: only between
 * nodes, only into present people, never a loop; the same pair may come more than once.
 */
function eachEdge(map, { team, teamSet, people, nodes }, movers, add) {
    const edge = (from, to, via, tenths, unstated) => {
        if (nodes.has(from) && people.has(to) && from !== to)
            add(from, to, via, tenths, unstated);
    };
    const ownersOf = (owner) => owner !== undefined && teamSet.has(owner) ? [owner] : team;
    for (const p of map.people ?? []) {
        if (!people.has(p.id) || p.strength === 'none')
            continue;
        for (const t of ownersOf(p.owner))
            edge(t, p.id, 'owner', STRENGTH_TENTHS[p.strength]);
    }
    for (const m of movers) {
        for (const t of ownersOf(m.owner))
            edge(t, m.person, 'moved', m.tenths);
    }
    for (const c of map.connections ?? [])
        addConnection(c, edge);
    for (const p of map.people ?? [])
        addTies(p, edge);
}
function addConnection(c, add) {
    if (c.type === 'conflicts')
        return;
    const tenths = c.strength ? STRENGTH_TENTHS[c.strength] : UNSTATED_TENTHS;
    const unstated = c.strength ? undefined : true;
    add(c.from, c.to, c.type, tenths, unstated);
    if (c.type === 'knows' || c.type === 'former-colleague') {
        add(c.to, c.from, c.type, tenths, unstated);
    }
}
function addTies(p, add) {
    if (p.reports_to !== undefined) {
        add(p.id, p.reports_to, 'reports_to', TIE_TENTHS);
        add(p.reports_to, p.id, 'reports_to', TIE_TENTHS);
    }
    for (const m of p.dotted_to ?? []) {
        add(p.id, m, 'dotted_to', TIE_TENTHS);
        add(m, p.id, 'dotted_to', TIE_TENTHS);
    }
}
function push(map, key, value) {
    const list = map.get(key);
    if (list)
        list.push(value);
    else
        map.set(key, [value]);
}
