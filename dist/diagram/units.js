import { isPresent } from '../model/map-index.js';
import { count, plural } from '../text/index.js';
import { Flowchart } from './flowchart.js';
import { NAME_WRAP, stubLabel, TEXT_WRAP } from './labels.js';
import { Styles } from './style.js';
const PARENT = { arrow: '---', css: 'stroke:#78909c,stroke-width:1.5px' };
const DEPENDS = { arrow: '-.->', css: 'stroke:#ef6c00,stroke-width:2px' };
const DECIDERS = new Set(['economic-buyer', 'decision-maker']);
export function unitForest(model) {
    return {
        roots: (set) => model.units
            .filter((u) => {
            if (!set.has(u.id) || model.unitById.get(u.id) !== u)
                return false;
            const parent = model.parentUnit(u);
            return !parent || !set.has(parent.id);
        })
            .map((u) => u.id),
        children: (id) => (model.childUnits.get(id) ?? []).map((u) => u.id),
        name: (id) => model.unitById.get(id)?.name ?? id,
        below: (id) => `--unit ${id}`,
    };
}
function balance(people) {
    let pro = 0;
    let against = 0;
    let known = 0;
    for (const p of people) {
        if (p.stance === 'advocate' || p.stance === 'supporter')
            pro++;
        if (p.stance === 'skeptic' || p.stance === 'opponent')
            against++;
        if (p.stance !== 'unknown')
            known++;
    }
    if (known === 0)
        return 'unit_unknown';
    if (pro > against && pro * 2 >= known)
        return 'unit_for';
    if (against > pro && against * 2 >= known)
        return 'unit_against';
    return 'unit_mixed';
}
function unitLabel(unit, people, total) {
    const lines = [{ text: unit.name, style: 'b', wrap: NAME_WRAP }];
    const active = people.filter((p) => isPresent(p));
    const below = total > active.length ? `, ${count(total)} in all` : '';
    if (active.length === 0) {
        lines.push({ text: `no people here${below}`, style: 'i', wrap: TEXT_WRAP });
        return lines;
    }
    const tally = (stances) => active.filter((p) => stances.includes(p.stance)).length;
    const parts = [
        [tally(['advocate', 'supporter']), 'for'],
        [tally(['neutral']), 'neutral'],
        [tally(['skeptic', 'opponent']), 'against'],
        [tally(['unknown']), 'unknown'],
    ];
    lines.push({
        text: `${plural(active.length, 'person', 'people')}${below ? ` here${below}` : ''}`,
        style: 'i',
        wrap: TEXT_WRAP,
    });
    lines.push({
        text: parts
            .filter(([n]) => n > 0)
            // A no-break space keeps each count with its word when the line folds.
            .map(([n, what]) => `${count(n)}\u00a0${what}`)
            .join(' · '),
        wrap: TEXT_WRAP,
    });
    const deciders = active.filter((p) => (p.roles ?? []).some((r) => DECIDERS.has(r)));
    if (deciders.length > 0) {
        const names = deciders.slice(0, 2).map((p) => p.name);
        const more = deciders.length > 2 ? ` +${deciders.length - 2}` : '';
        lines.push({ text: `Decides: ${names.join(', ')}${more}`, wrap: TEXT_WRAP });
    }
    return lines;
}
/** Draw the units in `members` (unit ids) with their parent lines and dependencies. */
export function drawUnits(model, members, options) {
    const chart = new Flowchart('TB');
    const styles = new Styles(chart);
    const uid = chart.ids('u');
    const peopleByUnit = new Map();
    for (const p of model.people) {
        if (!p.unit)
            continue;
        const list = peopleByUnit.get(p.unit) ?? [];
        list.push(p);
        peopleByUnit.set(p.unit, list);
    }
    const drawn = model.units.filter((u) => members.has(u.id) && model.unitById.get(u.id) === u);
    const activeIn = (id) => (peopleByUnit.get(id) ?? []).filter((p) => isPresent(p)).length;
    for (const u of drawn) {
        const people = peopleByUnit.get(u.id) ?? [];
        const active = people.filter((p) => isPresent(p));
        let total = 0;
        for (const id of model.unitSubtree(u.id))
            total += activeIn(id);
        chart.node(uid.of(u.id), unitLabel(u, people, total), {
            shape: 'rect',
            cls: styles.use(balance(active)),
        });
    }
    const stubs = new Set();
    const stub = (id, note) => {
        if (members.has(id) || stubs.has(id) || !model.unitById.has(id))
            return;
        stubs.add(id);
        chart.node(uid.of(id), stubLabel(model.unitById.get(id).name, note), {
            shape: 'rect',
            cls: styles.use('stub'),
        });
    };
    for (const u of drawn) {
        const parent = model.parentUnit(u);
        if (parent)
            stub(parent.id, 'parent unit, not drawn here');
        for (const d of u.depends_on ?? [])
            if (d !== u.id)
                stub(d, 'not drawn here');
    }
    for (const u of drawn) {
        const parent = model.parentUnit(u);
        if (parent)
            chart.edge(uid.of(parent.id), uid.of(u.id), styles.edgeKind('parent', PARENT, 'part of (parent above)'));
    }
    const lines = [];
    for (const u of drawn) {
        for (const d of new Set(u.depends_on ?? [])) {
            if (d === u.id || !model.unitById.has(d))
                continue;
            chart.edge(uid.of(u.id), uid.of(d), styles.edgeKind('depends', DEPENDS, 'depends on'));
            lines.push([u.id, d]);
        }
    }
    if (options.legend) {
        const legend = styles.legend();
        // Left to itself, Mermaid puts the legend beside the top unit, where the lines down to the
        // units on that side run behind it. An invisible link from a unit on the lowest row puts it
        // below the chart instead.
        for (const u of drawn) {
            const parent = model.parentUnit(u);
            if (parent)
                lines.push([parent.id, u.id]);
        }
        const lowest = lowestOf([...drawn.map((u) => u.id), ...stubs], lines);
        if (legend && lowest)
            chart.edge(uid.of(lowest), legend, { arrow: '~~~' });
    }
    return { mermaid: chart.toString(), edges: chart.edgeCount };
}
/**
 * The node a layered layout puts lowest: the last of those at the end of the longest path over
 * `lines` (from → to). Lines that close a cycle are ignored, as the layout does.
 */
function lowestOf(ids, lines) {
    const into = new Map();
    for (const [from, to] of lines) {
        const list = into.get(to) ?? [];
        list.push(from);
        into.set(to, list);
    }
    const rank = new Map();
    const visiting = new Set();
    const rankOf = (id) => {
        const known = rank.get(id);
        if (known !== undefined)
            return known;
        if (visiting.has(id))
            return -1;
        visiting.add(id);
        let r = 0;
        for (const from of into.get(id) ?? [])
            r = Math.max(r, rankOf(from) + 1);
        visiting.delete(id);
        rank.set(id, r);
        return r;
    };
    let best;
    let bestRank = -1;
    for (const id of ids) {
        const r = rankOf(id);
        if (r >= bestRank) {
            best = id;
            bestRank = r;
        }
    }
    return best;
}
