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
    // Each id's first index in its section: what every check below looks up. (On raw data an
    // entry may have no readable id, `id: 0`; it names nothing.)
    const teamAt = firstIndexes(team);
    const personAt = firstIndexes(people);
    const unitAt = firstIndexes(units);
    // Ids are unique across team and people: a connection names either, so they share one space.
    const duplicate = (id, section, i, first) => report([section, i, 'id'], `duplicate id \`${id}\`: ${section}[${i}] uses the id already used by ${first}; give each an id of its own`);
    team.forEach((m, i) => {
        const first = m.id === undefined ? i : teamAt.get(m.id);
        if (first !== i)
            duplicate(m.id, 'team', i, `team[${first}]`);
    });
    people.forEach((p, i) => {
        if (p.id === undefined)
            return;
        const inTeam = teamAt.get(p.id);
        const first = personAt.get(p.id);
        if (inTeam !== undefined)
            duplicate(p.id, 'people', i, `team[${inTeam}]`);
        else if (first !== i)
            duplicate(p.id, 'people', i, `people[${first}]`);
    });
    uniqueIds(units, 'units', report, unitAt);
    uniqueIds(map.goals ?? [], 'goals', report);
    uniqueIds(map.opportunities ?? [], 'opportunities', report);
    const known = (kind, id) => kind === 'person'
        ? personAt.has(id)
        : kind === 'team member'
            ? teamAt.has(id)
            : kind === 'unit'
                ? unitAt.has(id)
                : personAt.has(id) || teamAt.has(id);
    /** The ids of a kind, in map order (people before team), for a message. */
    const idsOfKind = (kind) => kind === 'person'
        ? [...personAt.keys()]
        : kind === 'team member'
            ? [...teamAt.keys()]
            : kind === 'unit'
                ? [...unitAt.keys()]
                : [...new Set([...personAt.keys(), ...teamAt.keys()])];
    // The path comes in pieces and is built only for a finding: most ids are fine, and a map
    // names hundreds of them.
    const ref = (id, kind, first, at, key, j) => {
        if (id === undefined || id === '' || known(kind, id))
            return;
        const steps = [first, at];
        if (key !== undefined)
            steps.push(key);
        if (j !== undefined)
            steps.push(j);
        const path = steps;
        const ids = idsOfKind(kind);
        const guess = closest(id, ids);
        const other = kind === 'person' && teamAt.has(id)
            ? ' (that id is one of our team, not a person at the account)'
            : kind === 'team member' && personAt.has(id)
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
            : ids.length
                ? `known ids: ${listSome(ids)}`
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
    findCycles(people, personAt, (p) => p.reports_to, (cycle, index) => report(['people', index, 'reports_to'], `reporting cycle: ${cycle.join(' → ')}; someone in it must report to a person outside the cycle, or to nobody`));
    findCycles(units, unitAt, (u) => u.parent, (cycle, index) => report(['units', index, 'parent'], `unit parent cycle: ${cycle.join(' → ')}; one of these units must have a parent outside the cycle, or none`));
    return findings;
}
/** Each id's first index among `items`. */
function firstIndexes(items) {
    const at = new Map();
    items.forEach((item, i) => {
        if (item.id !== undefined && !at.has(item.id))
            at.set(item.id, i);
    });
    return at;
}
function uniqueIds(items, section, report, at = firstIndexes(items)) {
    items.forEach((item, i) => {
        if (item.id === undefined)
            return;
        const first = at.get(item.id);
        if (first !== i)
            report([section, i, 'id'], `duplicate id \`${item.id}\`: ${section}[${i}] uses the id already used by ${section}[${first}]; give each an id of its own`);
    });
}
/**
 * Follow each `child → parent` link; each cycle is reported once, at the entry that comes first
 * in the file, with the whole loop spelled out (`a → b → c → a`). An id is its first entry
 * (`at`); a parent that is no entry's id ends the chain. Arrays by entry instead of maps by id:
 * this runs on every map.
 */
function findCycles(items, at, parentOf, report) {
    const NONE = -1;
    const UNSET = -2;
    // The parent of each id (at its first entry): from the first of its entries that has one.
    const parent = new Int32Array(items.length).fill(UNSET);
    for (const item of items) {
        if (item.id === undefined)
            continue;
        const k = at.get(item.id);
        const p = parentOf(item);
        if (p !== undefined && parent[k] === UNSET)
            parent[k] = at.get(p) ?? NONE;
    }
    // Per id: DONE once its whole chain is known, else the walk that is on it now, and where on
    // that walk's trail it sits.
    const DONE = -1;
    const walkOf = new Int32Array(items.length).fill(UNSET);
    const placeOf = new Int32Array(items.length);
    const trail = [];
    for (let walk = 0; walk < items.length; walk++) {
        const id = items[walk].id;
        if (id === undefined)
            continue;
        let node = at.get(id);
        if (walkOf[node] !== UNSET)
            continue;
        trail.length = 0;
        while (node >= 0 && walkOf[node] === UNSET) {
            walkOf[node] = walk;
            placeOf[node] = trail.length;
            trail.push(node);
            node = parent[node];
        }
        if (node >= 0 && walkOf[node] === walk) {
            const loop = trail.slice(placeOf[node]);
            const first = Math.min(...loop);
            const from = loop.indexOf(first);
            const ordered = [...loop.slice(from), ...loop.slice(0, from), first].map((k) => items[k].id);
            report(ordered, first);
        }
        for (const t of trail)
            walkOf[t] = DONE;
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
