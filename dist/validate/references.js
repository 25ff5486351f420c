import { formatPath } from '../model/diagnostic.js';
import { closest, listSome } from '../text/index.js';
/**
 * Works on raw data too (a map that failed the schema): every access is guarded, so users see
 * broken ids in the same run as shape errors instead of one round of fixes after another.
 * `shaped`: `data` passed the schema, and needs no guarding.
 */
export function checkReferences(data, shaped = false) {
    // A map that passed the schema already has the shape the checks read.
    const map = shaped ? data : tolerant(data);
    const findings = [];
    const report = (path, message, target = 'value') => findings.push({ rule: 'reference', path, message, target });
    const team = map.team ?? [];
    const people = map.people ?? [];
    const units = map.units ?? [];
    // Ids are unique across team and people: a connection names either, so they share one space.
    const seen = new Map();
    const claim = (id, where, path) => {
        const first = seen.get(id);
        if (first)
            report(path, `duplicate id \`${id}\`: ${where} uses the id already used by ${first}; give each an id of its own`);
        else
            seen.set(id, where);
    };
    team.forEach((m, i) => m.id !== undefined && claim(m.id, `team[${i}]`, ['team', i, 'id']));
    people.forEach((p, i) => p.id !== undefined && claim(p.id, `people[${i}]`, ['people', i, 'id']));
    uniqueIds(units, 'units', report);
    uniqueIds(map.goals ?? [], 'goals', report);
    uniqueIds(map.opportunities ?? [], 'opportunities', report);
    // On raw data an entry may have no readable id (`id: 0`); it names nothing.
    const idsOf = (items) => items.map((x) => x.id).filter((id) => id !== undefined);
    const ids = {
        person: new Set(idsOf(people)),
        'team member': new Set(idsOf(team)),
        'person or team member': new Set([...idsOf(people), ...idsOf(team)]),
        unit: new Set(idsOf(units)),
    };
    // The path comes in pieces and is built only for a finding: most ids are fine, and a map
    // names hundreds of them.
    const ref = (id, kind, first, at, key, j) => {
        if (id === undefined || id === '' || ids[kind].has(id))
            return;
        const steps = [first, at];
        if (key !== undefined)
            steps.push(key);
        if (j !== undefined)
            steps.push(j);
        const path = steps;
        const known = [...ids[kind]];
        const guess = closest(id, known);
        const other = kind === 'person' && ids['team member'].has(id)
            ? ' (that id is one of our team, not a person at the account)'
            : kind === 'team member' && ids.person.has(id)
                ? ' (that id is a person at the account, not one of our team)'
                : '';
        const section = kind === 'unit'
            ? '`units`'
            : kind === 'team member'
                ? '`team`'
                : kind === 'person'
                    ? '`people`'
                    : '`people` or `team`';
        const tail = guess
            ? `did you mean \`${guess}\`?`
            : known.length
                ? `known ids: ${listSome(known)}`
                : `add it to ${section}`;
        report(path, `${formatPath(path)}: unknown ${kind} \`${id}\`${other}; ${tail}`);
    };
    ref(map.account.owner, 'team member', 'account', 'owner');
    people.forEach((p, i) => {
        ref(p.unit, 'unit', 'people', i, 'unit');
        ref(p.reports_to, 'person', 'people', i, 'reports_to');
        p.dotted_to?.forEach((d, j) => ref(d, 'person', 'people', i, 'dotted_to', j));
        ref(p.owner, 'team member', 'people', i, 'owner');
    });
    units.forEach((u, i) => {
        ref(u.parent, 'unit', 'units', i, 'parent');
        u.depends_on?.forEach((d, j) => ref(d, 'unit', 'units', i, 'depends_on', j));
    });
    map.connections?.forEach((c, i) => {
        ref(c.from, 'person or team member', 'connections', i, 'from');
        ref(c.to, 'person or team member', 'connections', i, 'to');
    });
    map.goals?.forEach((g, i) => {
        ref(g.owner, 'person', 'goals', i, 'owner');
        ref(g.our_owner, 'team member', 'goals', i, 'our_owner');
    });
    map.opportunities?.forEach((o, i) => ref(o.unit, 'unit', 'opportunities', i, 'unit'));
    map.events?.forEach((e, i) => e.people?.forEach((p, j) => ref(p, 'person or team member', 'events', i, 'people', j)));
    findCycles(people.map((p) => [p.id, p.reports_to]), (cycle, index) => report(['people', index, 'reports_to'], `reporting cycle: ${cycle.join(' → ')}; someone in it must report to a person outside the cycle, or to nobody`));
    findCycles(units.map((u) => [u.id, u.parent]), (cycle, index) => report(['units', index, 'parent'], `unit parent cycle: ${cycle.join(' → ')}; one of these units must have a parent outside the cycle, or none`));
    return findings;
}
function uniqueIds(items, section, report) {
    const first = new Map();
    items.forEach((item, i) => {
        if (item.id === undefined)
            return;
        const at = first.get(item.id);
        if (at === undefined)
            first.set(item.id, i);
        else
            report([section, i, 'id'], `duplicate id \`${item.id}\`: ${section}[${i}] uses the id already used by ${section}[${at}]; give each an id of its own`);
    });
}
/**
 * Follow each `child → parent` link; each cycle is reported once, at the entry that comes first
 * in the file, with the whole loop spelled out (`a → b → c → a`).
 */
function findCycles(links, report) {
    const parent = new Map();
    const index = new Map();
    links.forEach(([id, p], i) => {
        if (id === undefined)
            return;
        if (!index.has(id))
            index.set(id, i);
        if (p !== undefined && !parent.has(id))
            parent.set(id, p);
    });
    const done = new Set();
    for (const [start] of links) {
        if (start === undefined || done.has(start))
            continue;
        const trail = [];
        const onTrail = new Map();
        let node = start;
        while (node !== undefined && !done.has(node) && !onTrail.has(node)) {
            onTrail.set(node, trail.length);
            trail.push(node);
            node = parent.get(node);
        }
        if (node !== undefined && onTrail.has(node)) {
            const loop = trail.slice(onTrail.get(node));
            const firstInFile = loop.reduce((a, b) => (index.get(a) ?? 0) <= (index.get(b) ?? 0) ? a : b);
            const from = loop.indexOf(firstInFile);
            const ordered = [...loop.slice(from), ...loop.slice(0, from), firstInFile];
            report(ordered, index.get(firstInFile) ?? 0);
        }
        for (const t of trail)
            done.add(t);
    }
}
const isRecord = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
const str = (v) => (typeof v === 'string' ? v : undefined);
const strs = (v) => Array.isArray(v) ? v.map((x) => (typeof x === 'string' ? x : '')) : undefined;
/**
 * The parts of a map that references need, read defensively: lists that are not lists become
 * empty, entries that are not mappings become empty entries (keeping indexes, so paths stay
 * right), ids that are not text are ignored (the schema reports them).
 */
function tolerant(data) {
    const root = isRecord(data) ? data : {};
    const list = (key) => Array.isArray(root[key]) ? root[key].map((x) => (isRecord(x) ? x : {})) : [];
    const account = isRecord(root.account) ? root.account : {};
    const pick = (item, keys, lists = []) => {
        const out = {};
        for (const k of keys)
            if (str(item[k]) !== undefined)
                out[k] = item[k];
        for (const k of lists)
            if (strs(item[k]) !== undefined)
                out[k] = strs(item[k]);
        return out;
    };
    return {
        account: { owner: str(account.owner) },
        team: list('team').map((m) => pick(m, ['id'])),
        people: list('people').map((p) => pick(p, ['id', 'unit', 'reports_to', 'owner'], ['dotted_to'])),
        units: list('units').map((u) => pick(u, ['id', 'parent'], ['depends_on'])),
        connections: list('connections').map((c) => pick(c, ['from', 'to'])),
        goals: list('goals').map((g) => pick(g, ['id', 'owner', 'our_owner'])),
        opportunities: list('opportunities').map((o) => pick(o, ['id', 'unit'])),
        events: list('events').map((e) => pick(e, [], ['people'])),
    };
}
