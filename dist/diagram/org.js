import { isPresent } from '../model/map-index.js';
import { plural } from '../text/index.js';
import { pack, splitByDepth, withinLimits, } from './fit.js';
import { Flowchart } from './flowchart.js';
import { personLabel, stubLabel } from './labels.js';
import { Styles } from './style.js';
const REPORTS_TO = { arrow: '---', css: 'stroke:#546e7a,stroke-width:1.5px' };
const DOTTED_TO = { arrow: '-.-', css: 'stroke:#7e57c2,stroke-width:1.5px' };
/**
 * Box titles fold at this width onto at most two lines, then are cut: Mermaid neither folds nor
 * makes room for a long title, which would spill over the boxes beside it. (Our renders leave
 * room for the second line; hosts that render Mermaid themselves may draw it a little tight.)
 */
const TITLE_WRAP = 22;
/** A lone outermost box spans everything inside it, so its title has room for more. */
const OUTER_TITLE_WRAP = 44;
const UNIT_BOX = 'fill:#f5f8fa,stroke:#b0bec5,color:#37474f';
/** Draw the people in `members` (ids) as one org chart. */
export function drawOrg(model, members, options) {
    const chart = new Flowchart('TB');
    const styles = new Styles(chart);
    const pid = chart.ids('p');
    const uid = chart.ids('u');
    const drawn = model.people.filter((p) => members.has(p.id) && model.personById.get(p.id) === p);
    const byUnit = new Map();
    const withoutUnit = [];
    for (const p of drawn) {
        const u = model.unitOf(p);
        if (!u) {
            withoutUnit.push(p);
            continue;
        }
        const list = byUnit.get(u.id) ?? [];
        list.push(p);
        byUnit.set(u.id, list);
    }
    // Units with people here, and their ancestors, so the nesting shows where a team sits.
    const shownUnits = new Set();
    for (const id of byUnit.keys()) {
        shownUnits.add(id);
        for (const a of model.unitAncestors(model.unitById.get(id)))
            shownUnits.add(a.id);
    }
    const personNode = (p) => {
        const cls = !isPresent(p)
            ? styles.use('gone')
            : styles.person(p.stance, p.strength, p.influence);
        if (isPresent(p) && (p.roles ?? []).length > 0)
            styles.usedRoles();
        chart.node(pid.of(p.id), personLabel(p), { shape: 'round', cls });
    };
    for (const p of withoutUnit)
        personNode(p);
    const drawUnit = (unitId, outer) => {
        const unit = model.unitById.get(unitId);
        const id = uid.of(unitId);
        // `direction TB` on every box: Mermaid turns a box with no lines leaving it sideways
        // otherwise (it alternates the direction of nested boxes).
        chart.subgraph(id, [{ text: unit.name, style: 'b', wrap: outer ? OUTER_TITLE_WRAP : TITLE_WRAP, maxLines: 2 }], () => {
            for (const p of byUnit.get(unitId) ?? [])
                personNode(p);
            for (const child of model.childUnits.get(unitId) ?? [])
                if (shownUnits.has(child.id))
                    drawUnit(child.id, false);
        }, 'TB');
        chart.style(id, UNIT_BOX);
    };
    const outerUnits = model.units.filter((u) => {
        if (!shownUnits.has(u.id) || model.unitById.get(u.id) !== u)
            return false;
        const parent = model.parentUnit(u);
        return !parent || !shownUnits.has(parent.id);
    });
    // A lone outer box around several boxes (or many people) is wide: its title can take more.
    const only = outerUnits.length === 1 && withoutUnit.length === 0 ? outerUnits[0] : undefined;
    const wide = only !== undefined &&
        ((model.childUnits.get(only.id) ?? []).filter((c) => shownUnits.has(c.id)).length >= 2 ||
            drawn.length >= 8);
    for (const u of outerUnits)
        drawUnit(u.id, wide);
    // Managers who are not drawn here still anchor their reports: a dashed stub each.
    const stubs = new Set();
    const stub = (id) => {
        if (members.has(id) || stubs.has(id))
            return;
        const m = model.personById.get(id);
        if (!m)
            return;
        stubs.add(id);
        chart.node(pid.of(id), stubLabel(m.name, options.stubNote), {
            shape: 'round',
            cls: styles.use('stub'),
        });
    };
    for (const p of drawn) {
        const m = model.managerOf(p);
        if (m)
            stub(m.id);
        for (const d of p.dotted_to ?? [])
            if (d !== p.id)
                stub(d);
    }
    for (const p of drawn) {
        const m = model.managerOf(p);
        if (m)
            chart.edge(pid.of(m.id), pid.of(p.id), styles.edgeKind('reports', REPORTS_TO, 'reports to'));
    }
    for (const p of drawn) {
        for (const d of new Set(p.dotted_to ?? [])) {
            if (d === p.id || !model.personById.has(d))
                continue;
            chart.edge(pid.of(d), pid.of(p.id), styles.edgeKind('dotted', DOTTED_TO, 'dotted-line manager'));
        }
    }
    stackLeaves(model, drawn, members, chart, pid);
    if (options.legend)
        styles.legend();
    return { mermaid: chart.toString(), edges: chart.edgeCount };
}
/** Reports without reports of their own, past this many under one manager, are stacked. */
const LEAVES_PER_ROW = 3;
/**
 * A manager with many reports who manage nobody draws them in short columns rather than one
 * long row: invisible links (`~~~`) put each column's boxes one under the other. Without this a
 * team lead with twelve reports makes the chart twelve boxes wide, and a big unit too wide to
 * read on a page or a slide.
 */
function stackLeaves(model, drawn, members, chart, pid) {
    const hasReports = new Set();
    for (const p of drawn) {
        const m = model.managerOf(p);
        if (m && members.has(m.id))
            hasReports.add(m.id);
    }
    const leavesOf = new Map();
    for (const p of drawn) {
        const m = model.managerOf(p);
        if (!m || hasReports.has(p.id) || (p.dotted_to ?? []).length > 0)
            continue;
        // Only reports in the manager's own unit box: a link across boxes would pull them together.
        if (p.unit !== m.unit)
            continue;
        const list = leavesOf.get(m.id) ?? [];
        list.push(p);
        leavesOf.set(m.id, list);
    }
    for (const leaves of leavesOf.values()) {
        if (leaves.length <= LEAVES_PER_ROW)
            continue;
        const columns = Math.ceil(Math.sqrt(leaves.length));
        for (let i = columns; i < leaves.length; i++) {
            chart.edge(pid.of(leaves[i - columns].id), pid.of(leaves[i].id), { arrow: '~~~' });
        }
    }
}
/** Apply `--unit`, `--focus` and `--depth` to the org view. Unknown ids are checked by the caller. */
export function selectOrg(model, options) {
    const notes = [];
    let pool = new Set(model.people.map((p) => p.id));
    let title = 'Org chart';
    if (options.unit) {
        const units = model.unitSubtree(options.unit);
        pool = new Set(model.people.filter((p) => p.unit && units.has(p.unit)).map((p) => p.id));
        title = `Org chart: ${model.unitById.get(options.unit).name}`;
    }
    if (options.focus) {
        const focus = model.personById.get(options.focus);
        const below = model.levelsBelow([focus], new Set([...pool, focus.id]));
        const kept = options.depth === undefined ? below : below.slice(0, options.depth + 1);
        const members = new Set(kept.flat().map((p) => p.id));
        for (const m of model.managerChain(focus))
            members.add(m.id);
        const cut = below.slice(kept.length).flat().length;
        if (cut > 0) {
            notes.push(`${plural(cut, 'person', 'people')} more than ${plural(options.depth, 'reporting level')} below ${focus.name} not shown; raise --depth to see them`);
        }
        return { members, notes, title: `Org chart around ${focus.name}` };
    }
    if (options.depth !== undefined) {
        const levels = model.levelsBelow(model.rootsOf(pool), pool);
        const kept = levels.slice(0, options.depth + 1);
        const cut = levels.slice(kept.length).flat().length;
        if (cut > 0) {
            notes.push(`${plural(cut, 'person', 'people')} more than ${plural(options.depth, 'reporting level')} below the top not shown; raise --depth, or use --focus PERSON to start lower`);
        }
        return { members: new Set(kept.flat().map((p) => p.id)), notes, title };
    }
    return { members: pool, notes, title };
}
/**
 * Split `members` into pieces that fit `limits`: by unit, then by reporting depth, then (for
 * people with no reporting lines at all) into plain chunks.
 */
export function splitOrg(model, members, title, limits, draw, 
/** The options that chose `members` (`--unit it`), if any; parts inside it add to them. */
base) {
    const fits = (m) => withinLimits(draw(m), limits);
    const forest = {
        roots: (set) => model.rootsOf(set).map((p) => p.id),
        children: (id) => (model.reports.get(id) ?? []).map((p) => p.id),
        name: (id) => model.personById.get(id)?.name ?? id,
        below: (id) => `--focus ${id}`,
    };
    const byDepth = (set, name, scope) => splitByDepth(set, name, forest, fits, scope);
    // The unit just below `context` (or a top-level unit) that holds the person, if any.
    const childUnitOf = (p, context) => {
        const unit = model.unitOf(p);
        if (!unit)
            return undefined;
        const chain = [unit, ...model.unitAncestors(unit)];
        if (context === undefined)
            return chain[chain.length - 1].id;
        const at = chain.findIndex((u) => u.id === context);
        return at > 0 ? chain[at - 1].id : undefined;
    };
    const scopeOf = (unitId) => unitId !== undefined ? `--unit ${unitId}` : base;
    const byUnit = (set, context, name) => {
        if (fits(set))
            return [{ title: name, members: set, only: [scopeOf(context)].filter(isSet) }];
        const groups = new Map();
        const direct = new Set();
        for (const id of set) {
            const child = childUnitOf(model.personById.get(id), context);
            if (child === undefined)
                direct.add(id);
            else {
                const g = groups.get(child) ?? new Set();
                g.add(id);
                groups.set(child, g);
            }
        }
        if (direct.size === 0 && groups.size === 1) {
            const [only] = groups.keys();
            return byUnit(set, only, unitTitle(only));
        }
        if (groups.size === 0)
            return byDepth(set, name, scopeOf(context));
        const pieces = [];
        if (direct.size > 0) {
            const directName = context === undefined ? 'People without a unit' : `${name} (not in a sub-unit)`;
            // Only the people outside the sub-units: no option picks exactly these.
            pieces.push(...byDepth(direct, directName).map((p) => ({ ...p, only: [] })));
        }
        // Sub-units in map order, so the pieces follow the map.
        for (const u of model.units) {
            const g = groups.get(u.id);
            if (g) {
                pieces.push(...byUnit(g, u.id, unitTitle(u.id)));
                groups.delete(u.id);
            }
        }
        return pack(pieces, fits);
    };
    const unitTitle = (unitId) => model.unitById.get(unitId).name;
    const isSet = (s) => s !== undefined;
    return byUnit(new Set(members), undefined, title);
}
