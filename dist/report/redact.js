import { words } from '../text/index.js';
export const REDACT_LEVELS = ['contacts', 'names'];
export const CONTACT_KEYS = new Set(['email', 'phone', 'linkedin', 'notes']);
/** E-mail addresses anywhere in free text. */
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu;
/** LinkedIn profile addresses anywhere in free text. */
const LINKEDIN = /(?:https?:\/\/)?(?:[\w-]+\.)?linkedin\.com\/\S*/giu;
function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
/** Replaces each key of `table` where it stands as a whole word (not inside a longer word). */
function wordReplacer(table, boundary) {
    const keys = [...table.keys()].filter((k) => k.trim() !== '').sort((a, b) => b.length - a.length);
    if (keys.length === 0)
        return (text) => text;
    const pattern = new RegExp(`(?<!${boundary})(?:${keys.map(escapeRegExp).join('|')})(?!${boundary})`, 'gu');
    return (text) => text.replace(pattern, (m) => table.get(m) ?? m);
}
/** Names for people when `names` are redacted: their title, else their buying roles, numbered when shared. */
export function personAliases(people) {
    const base = people.map((p) => {
        const title = p.title?.replace(/\s+/g, ' ').trim();
        if (title)
            return title;
        if (p.roles?.length)
            return p.roles.map(words).join(', ');
        return 'Person';
    });
    const counts = new Map();
    for (const b of base)
        counts.set(b, (counts.get(b) ?? 0) + 1);
    const seen = new Map();
    return base.map((b) => {
        if (counts.get(b) === 1 && b !== 'Person')
            return b;
        const n = (seen.get(b) ?? 0) + 1;
        seen.set(b, n);
        return `${b} (${n})`;
    });
}
export function redactMap(map, level) {
    const phones = (map.people ?? [])
        .map((p) => (p.phone === undefined ? '' : String(p.phone).trim()))
        .filter((p) => p.length >= 5);
    const phoneTable = new Map(phones.map((p) => [p, '[phone removed]']));
    const scrubPhones = wordReplacer(phoneTable, '[\\p{N}]');
    const scrubContacts = (text) => scrubPhones(text.replace(LINKEDIN, '[LinkedIn removed]').replace(EMAIL, '[email removed]'));
    let scrubNames = (text) => text;
    let renameId = (id) => id;
    const people = map.people ?? [];
    if (level === 'names' && people.length) {
        const aliases = personAliases(people);
        const taken = new Set([...(map.team ?? []).map((t) => t.id), ...people.map((p) => p.id)]);
        const ids = new Map();
        const used = new Set();
        people.forEach((p, i) => {
            // Never an id the map already uses, so a replaced id cannot be mistaken for another.
            let alias = `person-${i + 1}`;
            while (taken.has(alias) || used.has(alias))
                alias = `${alias}-r`;
            used.add(alias);
            ids.set(p.id, alias);
        });
        renameId = (id) => ids.get(id) ?? id;
        const names = new Map();
        people.forEach((p, i) => {
            const name = p.name.replace(/\s+/g, ' ').trim();
            if (name.length >= 2)
                names.set(name, aliases[i]);
        });
        for (const [part, alias] of namePartAliases(map, aliases))
            if (!names.has(part))
                names.set(part, alias);
        const byName = wordReplacer(names, '[\\p{L}\\p{N}]');
        const byId = wordReplacer(new Map(ids), '[a-z0-9-]');
        scrubNames = (text) => byId(byName(text));
        // The alias replaces the name outright; scrubbing the alias itself would be a no-op.
        map = {
            ...map,
            people: people.map((p, i) => ({ ...p, name: aliases[i] })),
        };
    }
    const scrub = (text) => scrubNames(scrubContacts(text));
    const free = (text) => (text === undefined ? undefined : scrub(text));
    const freeList = (list) => list?.map(scrub);
    const out = {
        ...map,
        account: {
            ...map.account,
            name: scrub(map.account.name),
            ...opt('industry', free(map.account.industry)),
            ...opt('segment', free(map.account.segment)),
            ...opt('tags', freeList(map.account.tags)),
        },
    };
    delete out.notes;
    if (map.relationship) {
        out.relationship = {
            ...map.relationship,
            ...opt('common_ground', freeList(map.relationship.common_ground)),
            ...opt('competitors', freeList(map.relationship.competitors)),
        };
    }
    if (map.team)
        out.team = map.team.map(({ email: _email, ...member }) => member);
    if (map.units) {
        out.units = map.units.map(({ notes: _notes, ...unit }) => ({
            ...unit,
            name: scrub(unit.name),
        }));
    }
    if (map.people) {
        out.people = map.people.map((person) => {
            const { email: _e, phone: _p, linkedin: _l, notes: _n, now_at: _w, ...p } = person;
            return {
                ...p,
                id: renameId(p.id),
                name: scrub(p.name),
                ...opt('title', free(p.title)),
                ...opt('reports_to', p.reports_to === undefined ? undefined : renameId(p.reports_to)),
                ...opt('dotted_to', p.dotted_to?.map(renameId)),
                ...opt('responsibilities', freeList(p.responsibilities)),
                ...opt('challenges', freeList(p.challenges)),
                ...opt('goals', freeList(p.goals)),
            };
        });
    }
    if (map.connections) {
        out.connections = map.connections.map(({ notes: _notes, ...c }) => ({
            ...c,
            from: renameId(c.from),
            to: renameId(c.to),
        }));
    }
    if (map.goals) {
        out.goals = map.goals.map((g) => ({
            ...g,
            title: scrub(g.title),
            ...opt('owner', g.owner === undefined ? undefined : renameId(g.owner)),
            ...opt('measure', free(g.measure)),
        }));
    }
    if (map.opportunities) {
        out.opportunities = map.opportunities.map((o) => ({
            ...o,
            title: scrub(o.title),
            ...opt('lost_to', free(o.lost_to)),
        }));
    }
    if (map.events) {
        out.events = map.events.map((e) => ({
            ...e,
            summary: scrub(e.summary),
            ...opt('people', e.people?.map(renameId)),
        }));
    }
    if (map.profile)
        out.profile = redactProfile(map.profile, scrub);
    return { map: out, level, scrub };
}
/** What a part of a name shared by several people becomes: it cannot say which of them. */
const SHARED_NAME_PART = '[name removed]';
/**
 * Parts of people's names that text may use alone ("Anders introduced us", "ask Sjöberg"): each
 * capitalised part of three letters or more, replaced by the person's alias, or by
 * `SHARED_NAME_PART` when several people share it. Parts that also name one of our team or appear
 * in the account's own name are left, because they may not mean the person.
 */
function namePartAliases(map, aliases) {
    const wordsOf = (text) => text.split(/[\s,()"“”]+/u).filter(Boolean);
    const keep = new Set();
    for (const m of map.team ?? [])
        for (const w of wordsOf(m.name))
            keep.add(w);
    for (const w of wordsOf(map.account.name))
        keep.add(w);
    const owners = new Map();
    (map.people ?? []).forEach((p, i) => {
        for (const w of wordsOf(p.name)) {
            if (w.length < 3 || !/^\p{Lu}/u.test(w) || keep.has(w))
                continue;
            owners.set(w, (owners.get(w) ?? new Set()).add(i));
        }
    });
    const out = new Map();
    for (const [part, who] of owners) {
        out.set(part, who.size === 1 ? aliases[[...who][0]] : SHARED_NAME_PART);
    }
    return out;
}
/** `{key: value}` when the value is there, `{}` otherwise (keeps optional keys absent). */
function opt(key, value) {
    return (value === undefined ? {} : { [key]: value });
}
/** Profile is free-form: drop contact keys at any depth and scrub every string. */
function redactProfile(value, scrub) {
    if (typeof value === 'string')
        return scrub(value);
    if (Array.isArray(value))
        return value.map((v) => redactProfile(v, scrub));
    if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
        const out = {};
        for (const [k, v] of Object.entries(value)) {
            if (CONTACT_KEYS.has(k.toLowerCase()))
                continue;
            out[k] = redactProfile(v, scrub);
        }
        return out;
    }
    return value;
}
