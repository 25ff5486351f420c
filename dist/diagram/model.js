import { mapIndex } from '../model/map-index.js';
export class OrgModel {
    map;
    people;
    team;
    units;
    personById;
    teamById;
    unitById;
    /** Direct reports of each person, in map order. */
    reports = new Map();
    /** Child units of each unit; `''` holds the top-level units. */
    childUnits = new Map();
    constructor(map) {
        this.map = map;
        this.people = map.people ?? [];
        this.team = map.team ?? [];
        this.units = map.units ?? [];
        const index = mapIndex(map);
        this.personById = index.personById;
        this.teamById = index.teamById;
        this.unitById = index.unitById;
        for (const p of this.people) {
            const m = this.managerOf(p);
            if (!m)
                continue;
            const list = this.reports.get(m.id) ?? [];
            list.push(p);
            this.reports.set(m.id, list);
        }
        for (const u of this.units) {
            const parent = this.parentUnit(u);
            const key = parent ? parent.id : '';
            const list = this.childUnits.get(key) ?? [];
            list.push(u);
            this.childUnits.set(key, list);
        }
    }
    /** The person's manager, if it is a person of this map (and not the person). */
    managerOf(p) {
        if (!p.reports_to || p.reports_to === p.id)
            return undefined;
        const m = this.personById.get(p.reports_to);
        return m && !this.isInCycle(p) ? m : undefined;
    }
    cycleCache = new Map();
    /** True when following `reports_to` from `p` comes back to `p` (a reference error). */
    isInCycle(p) {
        const cached = this.cycleCache.get(p.id);
        if (cached !== undefined)
            return cached;
        const seen = new Set([p.id]);
        let id = p.reports_to;
        let cycle = false;
        while (id) {
            if (seen.has(id)) {
                cycle = id === p.id;
                break;
            }
            seen.add(id);
            id = this.personById.get(id)?.reports_to;
        }
        this.cycleCache.set(p.id, cycle);
        return cycle;
    }
    unitOf(p) {
        return p.unit ? this.unitById.get(p.unit) : undefined;
    }
    parentUnit(u) {
        if (!u.parent || u.parent === u.id)
            return undefined;
        const parent = this.unitById.get(u.parent);
        if (!parent)
            return undefined;
        // A parent cycle is a reference error; cut it where it closes so the tree stays a tree.
        return this.unitAncestors(parent).some((a) => a.id === u.id) ? undefined : parent;
    }
    /** The unit's parent, grandparent, … (nearest first), stopping at a cycle. */
    unitAncestors(u) {
        const out = [];
        const seen = new Set([u.id]);
        let id = u.parent;
        while (id && !seen.has(id)) {
            const next = this.unitById.get(id);
            if (!next)
                break;
            out.push(next);
            seen.add(id);
            id = next.parent;
        }
        return out;
    }
    /** The unit and every unit below it. */
    unitSubtree(unitId) {
        const out = new Set();
        const stack = [unitId];
        while (stack.length > 0) {
            const id = stack.pop();
            if (out.has(id))
                continue;
            out.add(id);
            for (const c of this.childUnits.get(id) ?? [])
                stack.push(c.id);
        }
        return out;
    }
    /** The person's managers, nearest first. */
    managerChain(p) {
        const out = [];
        let m = this.managerOf(p);
        const seen = new Set([p.id]);
        while (m && !seen.has(m.id)) {
            out.push(m);
            seen.add(m.id);
            m = this.managerOf(m);
        }
        return out;
    }
    /**
     * Levels of the reporting tree inside `within`, starting from `roots` (level 0): the people
     * reached by following reporting lines down, each once.
     */
    levelsBelow(roots, within) {
        const levels = [];
        const seen = new Set();
        let current = roots.filter((p) => within.has(p.id) && !seen.has(p.id) && seen.add(p.id));
        while (current.length > 0) {
            levels.push(current);
            const next = [];
            for (const p of current) {
                for (const r of this.reports.get(p.id) ?? []) {
                    if (within.has(r.id) && !seen.has(r.id)) {
                        seen.add(r.id);
                        next.push(r);
                    }
                }
            }
            current = next;
        }
        return levels;
    }
    /** People of `within` whose manager is not in `within`: the tops of its reporting trees. */
    rootsOf(within) {
        return this.people.filter((p) => {
            if (!within.has(p.id))
                return false;
            const m = this.managerOf(p);
            return !m || !within.has(m.id);
        });
    }
    /**
     * Group people by unit at the first level of the unit tree where they part ways: when
     * everyone sits under one top unit, by its sub-units, and so on. The key is the unit's id, or
     * `''` for people above that level or without a unit.
     */
    groupByDivergingUnit(ids) {
        const chains = new Map();
        for (const id of ids) {
            const p = this.personById.get(id);
            if (!p)
                continue;
            const unit = this.unitOf(p);
            chains.set(id, unit ? [...this.unitAncestors(unit)].reverse().concat(unit) : []);
        }
        for (let level = 0;; level++) {
            const groups = new Map();
            for (const [id, chain] of chains) {
                const key = chain[level]?.id ?? '';
                const list = groups.get(key) ?? [];
                list.push(id);
                groups.set(key, list);
            }
            const deeper = [...chains.values()].some((c) => c.length > level + 1);
            if (groups.size > 1 || !deeper)
                return groups;
        }
    }
}
