/**
 * `acctmap paths`, pure: the best warm paths from our team to a person or to everyone holding a
 * buying role, and for each target out of reach what would open a path (docs/paths.md).
 */
import { BUYING_ROLES } from '../model/account-map.js';
import { isPresent, mapIndex } from '../model/map-index.js';
import { closest, compareCodeUnits as compareIds, joinAnd } from '../text/index.js';
import { buildGraph, stepsFromTeam } from './graph.js';
import { moversInto } from './movers.js';
import { bestPaths, hopsTo, MAX_HOPS_LIMIT, strengthOf } from './search.js';
export { buildGraph } from './graph.js';
export { movedPeople } from './movers.js';
export { bestPaths, comparePaths, MAX_HOPS_LIMIT } from './search.js';
export const DEFAULT_MAX_HOPS = 4;
export const DEFAULT_TOP = 3;
/** A `--to` or `--from` that names nobody suitable: the message says what would. */
export class PathsOptionError extends Error {
}
/** The people `to` names: one person, or every present holder of a buying role. */
export function resolveTargets(map, to) {
    const index = mapIndex(map);
    if (BUYING_ROLES.includes(to)) {
        return index.present.filter((p) => p.roles?.includes(to)).map((p) => p.id);
    }
    if (index.person(to))
        return [to];
    if (index.teamMember(to)) {
        throw new PathsOptionError(`\`${to}\` is on our team, not at ${map.account.name}: --to names a person of the account or a buying role`);
    }
    const hint = closest(to, [...index.personById.keys(), ...BUYING_ROLES]);
    throw new PathsOptionError(`--to: no person or buying role \`${to}\` in ${map.account.id}${hint ? `; did you mean \`${hint}\`?` : ` (a person's id or one of ${BUYING_ROLES.join(', ')})`}`);
}
function checkFrom(map, from) {
    if (from === undefined)
        return;
    const team = mapIndex(map).teamById;
    if (team.has(from))
        return;
    const hint = closest(from, team.keys());
    const listed = team.size === 0 ? ' (the map has no team)' : '';
    throw new PathsOptionError(`--from: no team member \`${from}\` in ${map.account.id}${hint ? `; did you mean \`${hint}\`?` : listed}`);
}
export function findPaths(map, options) {
    const maxHops = options.maxHops ?? DEFAULT_MAX_HOPS;
    const top = options.top ?? DEFAULT_TOP;
    if (!Number.isInteger(maxHops) || maxHops < 1 || maxHops > MAX_HOPS_LIMIT) {
        throw new PathsOptionError(`--max-hops must be a whole number from 1 to ${MAX_HOPS_LIMIT}`);
    }
    if (!Number.isInteger(top) || top < 1) {
        throw new PathsOptionError('--top must be a whole number of 1 or more');
    }
    const targets = resolveTargets(map, options.to);
    checkFrom(map, options.from);
    const movers = moversInto(map, options.others ?? []);
    const graph = buildGraph(map, movers);
    const from = options.from === undefined ? undefined : [options.from];
    const paths = [];
    const unreachable = [];
    for (const target of targets) {
        const found = bestPaths(graph, target, { maxHops, top, ...(from ? { from } : {}) });
        if (found.length === 0) {
            unreachable.push({ target, suggestion: whatWouldOpen(map, graph, target, maxHops, from) });
        }
        for (const p of found)
            paths.push(toWarmPath(target, p));
    }
    return {
        account: map.account.id,
        to: options.to,
        targets,
        paths,
        unreachable,
        moved: new Map(movers.map((m) => [m.person, m.moved])),
    };
}
/**
 * For checks over many people of one map (the `no-warm-path` rule): whether each is out of reach
 * within `maxHops` steps of our team, and if so what would open a path, as `findPaths` says it.
 * One breadth-first search from the team for the whole map (no graph of weighed, sorted edges,
 * no ranking of paths), and the graph only to explain someone out of reach.
 */
export function outOfReach(map, maxHops = DEFAULT_MAX_HOPS) {
    // Who is reached, from one search over the map's edges; the whole graph (weighed, sorted) only
    // for someone who is not, to say what would open a path to them.
    let fromTeam;
    let graph;
    const index = mapIndex(map);
    return (target) => {
        // Someone we have a relationship with is one step from the team, with no search: as in
        // the graph (./graph.ts), a present person (the first of their id, not one of our team's
        // ids) with a `strength` other than `none` has an edge from our team, when there is one.
        // Most economic buyers are; the property tests hold this to the whole search.
        const person = index.person(target);
        if (person !== undefined &&
            isPresent(person) &&
            person.strength !== 'none' &&
            index.teamById.size > 0 &&
            !index.teamById.has(target)) {
            return undefined;
        }
        fromTeam ??= stepsFromTeam(map, Math.min(maxHops, MAX_HOPS_LIMIT));
        // A team member (0 steps) is where paths start, never one's end.
        if ((fromTeam.get(target) ?? 0) > 0)
            return undefined;
        graph ??= buildGraph(map);
        return whatWouldOpen(map, graph, target, maxHops, undefined);
    };
}
function toWarmPath(target, p) {
    return {
        target,
        strength: strengthOf(p),
        hops: p.steps.length,
        steps: p.steps.map((s) => ({
            from: s.from,
            to: s.to,
            via: s.via,
            weight: s.tenths / 10,
            ...(s.unstated ? { unstated: s.unstated } : {}),
        })),
    };
}
/** What would open a path to `target`, in a sentence (plain text: names as written). */
export function whatWouldOpen(map, graph, target, maxHops, from) {
    const index = mapIndex(map);
    const person = index.person(target);
    const name = person.name;
    if (!isPresent(person)) {
        const where = person.now_at ? ` (now at ${person.now_at})` : '';
        return `${name} has left ${map.account.name}${where}: nobody who left is a step on a path; find who holds their role now`;
    }
    if (graph.team.length === 0) {
        return `the map has no team: add our people under \`team\` and give ${name} an \`owner\` and a \`strength\` once someone has met them`;
    }
    const longer = hopsTo(graph, target, graph.nodes.size);
    const starts = from ?? graph.team;
    const nearest = Math.min(...starts.map((s) => longer.get(s) ?? Number.POSITIVE_INFINITY));
    if (Number.isFinite(nearest) && nearest > maxHops) {
        return `the shortest path to ${name} has ${nearest} steps: try --max-hops ${nearest}, or get closer to the people around them`;
    }
    if (from && graph.team.some((t) => longer.has(t))) {
        return `others on our team reach ${name}: leave out --from to see how`;
    }
    const around = (graph.in.get(target) ?? [])
        .filter((e) => !graph.team.includes(e.from))
        .map((e) => index.person(e.from))
        .sort((a, b) => compareIds(a.id, b.id));
    if (around.length > 0) {
        return `${joinAnd(around.map((p) => p.name), 4)} ${around.length === 1 ? 'knows' : 'know'} ${name}, and nobody on our team knows ${around.length === 1 ? 'them' : 'any of them'} yet: a relationship with ${around.length === 1 ? 'them' : 'one of them'} (an \`owner\` and a \`strength\`) would open a path`;
    }
    return `nobody on the map is connected to ${name}: add who knows them (\`connections\`), who they report to (\`reports_to\`), or give them an \`owner\` and a \`strength\` once someone has met them`;
}
