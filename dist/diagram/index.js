import { nameKey } from '../model/ids.js';
import { DEFAULT_MAX_HOPS, findPaths, PathsOptionError } from '../paths/index.js';
import { closest, count, escapeMarkdownText, plural } from '../text/index.js';
import { DEFAULT_LIMITS, levels, pack, splitByDepth, withinLimits, } from './fit.js';
import { Flowchart } from './flowchart.js';
import { drawInfluence, isRelevant, linkedIds, neighbours } from './influence.js';
import { OrgModel } from './model.js';
import { drawOrg, selectOrg, splitOrg } from './org.js';
import { drawUnits, unitForest } from './units.js';
import { VIEWS } from './views.js';
export { DEFAULT_LIMITS, MERMAID_MAX_CHARS, MERMAID_MAX_EDGES } from './fit.js';
export { VIEWS };
/** A user mistake in the options (exit 2 in the CLI); the message says how to fix it. */
export class DiagramOptionError extends Error {
    name = 'DiagramOptionError';
}
export function buildDiagram(map, options = {}) {
    const view = options.view ?? 'org';
    if (!VIEWS.includes(view)) {
        throw new DiagramOptionError(`unknown view \`${String(view)}\`: use one of ${VIEWS.join(', ')}`);
    }
    if (options.depth !== undefined && (!Number.isInteger(options.depth) || options.depth < 0)) {
        throw new DiagramOptionError(`--depth must be a whole number of 0 or more, got ${String(options.depth)}`);
    }
    const limits = { ...DEFAULT_LIMITS, ...options.limits };
    const model = new OrgModel(map);
    const legend = options.legend ?? true;
    const account = { id: map.account.id, name: map.account.name };
    checkIds(model, view, options);
    const built = view === 'org'
        ? buildOrg(model, options, limits, legend)
        : view === 'influence'
            ? buildInfluence(model, options, limits, legend)
            : buildUnits(model, options, limits, legend);
    const notes = [...built.notes];
    let pieces = built.pieces;
    if (pieces.length > limits.maxDiagrams) {
        const rest = pieces.slice(limits.maxDiagrams);
        pieces = pieces.slice(0, limits.maxDiagrams);
        const options = rest.flatMap((p) => p.only);
        const shown = options.slice(0, 8).join(', ');
        notes.push(`${view} view of ${account.name}: only the first ${count(limits.maxDiagrams)} of ${count(limits.maxDiagrams + rest.length)} diagrams were made; use --unit, --focus or --depth to draw the rest${options.length > 0 ? ` (${shown}${options.length > 8 ? ', …' : ''})` : ''}`);
    }
    const split = pieces.length > 1;
    const diagrams = pieces.map((p) => ({
        title: p.title,
        mermaid: p.drawn.mermaid,
        edges: p.drawn.edges,
        only: split ? [...new Set(p.only ?? [])] : [],
    }));
    if (split) {
        notes.unshift(`${view} view of ${account.name} is too big for one Mermaid diagram (limits: ${count(limits.maxChars)} characters, ${count(limits.maxEdges)} links); split into ${count(diagrams.length)} diagrams ${built.how}. To draw one part, use ${built.hint}`);
    }
    return { view, account, diagrams, notes };
}
/** The best warm path to `id` (within the default hops), or a DiagramOptionError saying why not. */
function bestPath(model, id) {
    if (!model.personById.has(id)) {
        const why = model.teamById.has(id)
            ? `\`${id}\` is on our team; --path-to takes a person of the account`
            : `account \`${model.map.account.id}\` has no person \`${id}\`${didYouMean(id, model.people)}`;
        throw new DiagramOptionError(`--path-to: ${why}`);
    }
    let result;
    try {
        result = findPaths(model.map, { to: id, top: 1 });
    }
    catch (error) {
        if (error instanceof PathsOptionError)
            throw new DiagramOptionError(error.message);
        throw error;
    }
    const best = result.paths[0];
    if (!best) {
        throw new DiagramOptionError(`--path-to: no warm path to \`${id}\` within ${DEFAULT_MAX_HOPS} steps: ${result.unreachable[0]?.suggestion ?? ''}`);
    }
    return best.steps;
}
function checkIds(model, view, options) {
    const account = model.map.account.id;
    if (options.unit !== undefined && !model.unitById.has(options.unit)) {
        throw new DiagramOptionError(`--unit: account \`${account}\` has no unit \`${options.unit}\`${didYouMean(options.unit, model.units)}`);
    }
    if (options.pathTo !== undefined && view !== 'influence') {
        throw new DiagramOptionError('--path-to draws on the influence view: add --view influence');
    }
    if (options.focus === undefined)
        return;
    const id = options.focus;
    const isPerson = model.personById.has(id);
    const isTeam = model.teamById.has(id);
    const isUnit = model.unitById.has(id);
    if (view === 'org' && !isPerson) {
        const why = isTeam
            ? `\`${id}\` is a member of our team; the org view starts from a person of the account (the influence view takes team members too)`
            : isUnit
                ? `\`${id}\` is a unit; use --unit ${id} to draw one unit`
                : `account \`${account}\` has no person \`${id}\`${didYouMean(id, model.people)}`;
        throw new DiagramOptionError(`--focus: ${why}`);
    }
    if (view === 'influence' && !isPerson && !isTeam) {
        const why = isUnit
            ? `\`${id}\` is a unit; use --unit ${id} to draw the people of one unit`
            : `account \`${account}\` has no person or team member \`${id}\`${didYouMean(id, [...model.people, ...model.team])}`;
        throw new DiagramOptionError(`--focus: ${why}`);
    }
    if (view === 'units' && !isUnit && !isPerson) {
        throw new DiagramOptionError(`--focus: account \`${account}\` has no unit or person \`${id}\`${didYouMean(id, [...model.units, ...model.people])}`);
    }
}
/**
 * "Did you mean": the id closest to a typo, or else the ids whose id or name holds what was
 * typed (`--focus ingrid` finds `ingrid-saether`, Ingrid Sæther).
 */
function didYouMean(input, candidates) {
    const best = closest(input, candidates.map((c) => c.id));
    if (best)
        return `; did you mean \`${best}\`?`;
    const needle = nameKey(input);
    if (needle.length < 2)
        return '';
    const found = candidates.filter((c) => nameKey(c.id).includes(needle) || nameKey(c.name).includes(needle));
    if (found.length === 0 || found.length > 3)
        return '';
    return `; did you mean ${found.map((c) => `\`${c.id}\``).join(' or ')}?`;
}
/** One diagram with a single note node, for a view with nothing to draw. */
function emptyDiagram(text) {
    const chart = new Flowchart('TB');
    chart.classDef('note', 'fill:#fafafa,color:#546e7a,stroke:#b0bec5,stroke-width:1px');
    chart.node('n1', [{ text, style: 'i', wrap: 40 }], { shape: 'rect', cls: 'note' });
    return { mermaid: chart.toString(), edges: 0 };
}
function buildOrg(model, options, limits, legend) {
    const selection = selectOrg(model, options);
    const how = 'by unit and reporting depth';
    const hint = '--unit UNIT, or --focus PERSON with --depth N';
    if (selection.members.size === 0) {
        const what = options.unit ? 'no people in this unit yet' : 'no people on this map yet';
        return {
            pieces: [{ title: selection.title, drawn: emptyDiagram(what) }],
            notes: selection.notes,
            how,
            hint,
        };
    }
    const draw = (members, stubNote = 'shown in another diagram') => drawOrg(model, members, { legend, stubNote });
    const whole = draw(selection.members, options.unit || options.focus ? 'outside this view' : 'shown in another diagram');
    if (withinLimits(whole, limits)) {
        return {
            pieces: [{ title: selection.title, drawn: whole }],
            notes: selection.notes,
            how,
            hint,
        };
    }
    const base = [
        options.unit !== undefined ? `--unit ${options.unit}` : '',
        options.focus !== undefined ? `--focus ${options.focus}` : '',
        options.depth !== undefined ? `--depth ${options.depth}` : '',
    ]
        .filter(Boolean)
        .join(' ');
    const pieces = splitOrg(model, selection.members, selection.title, limits, (m) => draw(m), base || undefined);
    return {
        pieces: pieces.map((p) => ({ title: p.title, drawn: draw(p.members), only: p.only })),
        notes: selection.notes,
        how,
        hint,
    };
}
function buildUnits(model, options, limits, legend) {
    const forest = unitForest(model);
    const how = 'by unit level';
    const hint = '--unit UNIT or --depth N';
    let pool = new Set(model.units.map((u) => u.id));
    let title = 'Units';
    const notes = [];
    let start = options.unit;
    if (options.focus !== undefined) {
        start = model.unitById.has(options.focus)
            ? options.focus
            : model.personById.get(options.focus).unit;
        if (start === undefined || !model.unitById.has(start)) {
            const p = model.personById.get(options.focus);
            throw new DiagramOptionError(`--focus: ${p.name} (\`${p.id}\`) has no unit, so the units view has nothing to start from`);
        }
    }
    if (start !== undefined) {
        const unit = model.unitById.get(start);
        pool = model.unitSubtree(start);
        title = `Units: ${unit.name}`;
        if (options.focus !== undefined)
            for (const a of model.unitAncestors(unit))
                pool.add(a.id);
    }
    if (options.depth !== undefined) {
        const roots = start !== undefined ? [start] : forest.roots(pool);
        const lv = levels(forest, pool, roots);
        const kept = lv.slice(0, options.depth + 1);
        const cut = lv.slice(kept.length).flat().length;
        const keep = new Set(kept.flat());
        if (options.focus !== undefined)
            for (const a of model.unitAncestors(model.unitById.get(start)))
                keep.add(a.id);
        pool = keep;
        if (cut > 0)
            notes.push(`${plural(cut, 'unit')} more than ${plural(options.depth, 'level')} down not shown; raise --depth to see them`);
    }
    if (pool.size === 0) {
        return {
            pieces: [{ title, drawn: emptyDiagram('no units on this map yet') }],
            notes,
            how,
            hint,
        };
    }
    const draw = (members) => drawUnits(model, members, { legend });
    const fits = (members) => withinLimits(draw(members), limits);
    const pieces = splitByDepth(pool, title, forest, fits, options.focus !== undefined
        ? `--focus ${options.focus}`
        : options.unit !== undefined
            ? `--unit ${options.unit}`
            : undefined);
    return {
        pieces: pieces.map((p) => ({ title: p.title, drawn: draw(p.members), only: p.only })),
        notes,
        how,
        hint,
    };
}
function buildInfluence(model, options, limits, legend) {
    const how = 'by unit';
    const hint = '--unit UNIT, or --focus ID with --depth N';
    const notes = [];
    const graph = neighbours(model);
    const allTeam = new Set(model.team.map((t) => t.id));
    let pool = new Set(model.people.map((p) => p.id));
    let title = 'Influence map';
    if (options.unit !== undefined) {
        const units = model.unitSubtree(options.unit);
        pool = new Set(model.people.filter((p) => p.unit && units.has(p.unit)).map((p) => p.id));
        title = `Influence map: ${model.unitById.get(options.unit).name}`;
    }
    // Everyone within `depth` lines of the start, over the lines this view draws.
    const reach = (start, depth) => {
        const seen = new Set(start);
        let frontier = [...start];
        for (let i = 0; i < depth && frontier.length > 0; i++) {
            const next = [];
            for (const id of frontier) {
                for (const n of graph.get(id) ?? []) {
                    if (!seen.has(n) && (pool.has(n) || allTeam.has(n))) {
                        seen.add(n);
                        next.push(n);
                    }
                }
            }
            frontier = next;
        }
        return seen;
    };
    let members;
    let team;
    if (options.focus !== undefined) {
        const reached = reach([options.focus], options.depth ?? 1);
        members = new Set([...reached].filter((id) => pool.has(id) || (model.personById.has(id) && id === options.focus)));
        team = new Set([...reached].filter((id) => allTeam.has(id)));
        const who = model.personById.get(options.focus)?.name ?? model.teamById.get(options.focus).name;
        title = `Influence map around ${who}`;
    }
    else if (options.depth !== undefined) {
        const reached = reach([...allTeam], options.depth);
        members = new Set([...reached].filter((id) => pool.has(id)));
        team = allTeam;
        const left = pool.size - members.size;
        if (left > 0) {
            notes.push(`${plural(left, 'person', 'people')} more than ${plural(options.depth, 'line')} away from our team not shown; raise --depth to see them`);
        }
    }
    else {
        const linked = linkedIds(model);
        members = new Set(model.people.filter((p) => pool.has(p.id) && isRelevant(model, p, linked)).map((p) => p.id));
        team = options.unit !== undefined ? teamFor(members) : allTeam;
        const left = pool.size - members.size;
        if (left > 0) {
            notes.push(`influence view leaves out ${plural(left, 'person', 'people')} with no connection, buying role, owner or high influence; the org view (--view org) shows everyone`);
        }
    }
    function teamFor(people) {
        const out = new Set();
        for (const id of people)
            for (const n of graph.get(id) ?? [])
                if (allTeam.has(n))
                    out.add(n);
        return out;
    }
    const accountName = model.map.account.name;
    const path = options.pathTo === undefined ? undefined : bestPath(model, options.pathTo);
    if (path) {
        for (const step of path) {
            for (const id of [step.from, step.to]) {
                if (allTeam.has(id))
                    team.add(id);
                else
                    members.add(id);
            }
        }
        const target = model.personById.get(options.pathTo).name;
        title = `${title}: best warm path to ${target}`;
    }
    const draw = (people, ours) => drawInfluence(model, people, ours, { legend, accountName, ...(path ? { path } : {}) });
    const whole = draw(members, team);
    if (path && !withinLimits(whole, limits)) {
        // Too big to draw whole: the path and the people right around it.
        const near = new Set(path.flatMap((s) => [s.from, s.to]));
        for (const id of [...near])
            for (const n of graph.get(id) ?? [])
                near.add(n);
        const around = new Set([...near].filter((id) => model.personById.has(id)));
        const ours = new Set([...near].filter((id) => allTeam.has(id)));
        notes.push(`influence view with --path-to: too big to draw whole, so only the path and the people next to it are drawn`);
        return { pieces: [{ title, drawn: draw(around, ours) }], notes, how, hint };
    }
    if (members.size === 0 && team.size === 0) {
        return {
            pieces: [{ title, drawn: emptyDiagram('no people or team members to draw yet') }],
            notes,
            how,
            hint,
        };
    }
    if (withinLimits(whole, limits))
        return { pieces: [{ title, drawn: whole }], notes, how, hint };
    // Too big: one diagram per top-level unit (our team repeated in each, as far as it is linked).
    const keepTeam = (people) => options.focus !== undefined ? team : teamFor(people);
    const fits = (people) => withinLimits(draw(people, keepTeam(people)), limits);
    const pieces = [];
    for (const [unitId, ids] of model.groupByDivergingUnit(members)) {
        const group = new Set(ids);
        const unit = model.unitById.get(unitId);
        const name = unit?.name ?? 'People above or outside the units';
        const only = unit ? [`--unit ${unit.id}`] : [];
        if (fits(group)) {
            pieces.push({ title: name, members: group, only });
            continue;
        }
        // Still too big: keep the people who matter most for the account plan.
        const linked = linkedIds(model);
        const ordered = model.people
            .filter((p) => group.has(p.id))
            .map((p, i) => ({ p, i, score: priority(model, p, linked) }))
            .sort((a, b) => b.score - a.score || a.i - b.i)
            .map((x) => x.p.id);
        let lo = 1;
        let hi = ordered.length;
        while (lo < hi) {
            const mid = Math.ceil((lo + hi) / 2);
            if (fits(new Set(ordered.slice(0, mid))))
                lo = mid;
            else
                hi = mid - 1;
        }
        pieces.push({ title: name, members: new Set(ordered.slice(0, lo)), only });
        notes.push(`${name}: only the ${count(lo)} people with the most connections, roles and influence drawn; ${plural(ordered.length - lo, 'other')} left out (use --focus ID or a smaller --unit)`);
    }
    const packed = pack(pieces, fits);
    return {
        pieces: packed.map((p) => ({
            title: p.title,
            drawn: draw(p.members, keepTeam(p.members)),
            only: p.only,
        })),
        notes,
        how,
        hint,
    };
}
function priority(model, p, linked) {
    let score = 0;
    if (linked.has(p.id))
        score += 8;
    if (p.owner && model.teamById.has(p.owner))
        score += 4;
    if ((p.roles ?? []).length > 0)
        score += 4;
    if (p.influence === 'high')
        score += 2;
    if (p.strength === 'strong' || p.strength === 'medium')
        score += 1;
    if (p.status === 'left')
        score -= 16;
    return score;
}
const VIEW_TITLE = {
    org: 'org chart',
    influence: 'influence map',
    units: 'units',
};
/**
 * The `md` output: a heading, any notes as a quote, and each diagram in a fenced `mermaid`
 * block (under its own heading when there are several). `level` is the heading level of the
 * top heading (default 1), so a report can embed it deeper.
 */
export function toMarkdown(result, options = {}) {
    const level = Math.min(5, Math.max(1, options.level ?? 1));
    const h = (n) => '#'.repeat(Math.min(6, n));
    const out = [
        `${h(level)} ${escapeMarkdownText(result.account.name)}: ${VIEW_TITLE[result.view]}`,
        '',
    ];
    if ((options.notes ?? true) && result.notes.length > 0) {
        for (const note of result.notes)
            out.push(`> ${escapeMarkdownText(note)}`, '>');
        out.pop();
        out.push('');
    }
    for (const d of result.diagrams) {
        if (result.diagrams.length > 1) {
            out.push(`${h(level + 1)} ${escapeMarkdownText(d.title)}`, '');
            // Options are built from ids (lowercase letters, digits, dashes): safe in a code span.
            if (d.only.length > 0)
                out.push(`Drawn alone with ${d.only.map((o) => `\`${o}\``).join(' or ')}.`, '');
        }
        out.push('```mermaid', d.mermaid.trimEnd(), '```', '');
    }
    return out.join('\n');
}
