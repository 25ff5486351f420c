import { STRENGTH_ORDER } from '../model/account-map.js';
import { isPresent, mapIndex } from '../model/map-index.js';
import { compareCodeUnits as compareIds } from '../text/index.js';
import { STRENGTH_TENTHS } from './graph.js';
/** Does `now_at` name this account? Its id exactly, or its name in any case. */
function namesAccount(nowAt, map) {
    const text = nowAt.trim();
    return text === map.account.id || text.toLowerCase() === map.account.name.trim().toLowerCase();
}
/** Everyone who left a map of `maps` with a `now_at`, best contacts first. */
export function movedPeople(maps) {
    const out = [];
    for (const from of maps) {
        for (const person of from.people ?? []) {
            if (person.status !== 'left' || person.now_at === undefined)
                continue;
            const nowAt = person.now_at.trim();
            if (nowAt === '')
                continue;
            const to = maps.find((m) => m !== from && namesAccount(nowAt, m));
            out.push({ person, from, nowAt, ...(to ? { to } : {}) });
        }
    }
    return out.sort((a, b) => STRENGTH_ORDER[a.person.strength] - STRENGTH_ORDER[b.person.strength] ||
        carried(b.person) - carried(a.person) ||
        compareIds(a.person.name, b.person.name) ||
        compareIds(a.from.account.id, b.from.account.id));
}
/** The weight a mover carries, in tenths: `strong` for an advocate or champion there, else `medium`. */
function carried(person) {
    return person.stance === 'advocate' || person.roles?.includes('champion')
        ? STRENGTH_TENTHS.strong
        : STRENGTH_TENTHS.medium;
}
const fold = (text) => text.normalize('NFC').trim().toLowerCase();
/** This map's person who is the mover: the same e-mail, else the same id, else the same name. */
function matchMover(map, mover) {
    const people = map.people ?? [];
    const email = mover.email === undefined ? '' : fold(mover.email);
    return ((email === ''
        ? undefined
        : people.find((p) => p.email !== undefined && fold(p.email) === email)) ??
        mapIndex(map).person(mover.id) ??
        people.find((p) => fold(p.name) === fold(mover.name)));
}
/** A step from our team into this map for each person who moved here from `others`. */
export function moversInto(map, others) {
    const out = [];
    for (const moved of movedPeople([map, ...others.filter((m) => m !== map)])) {
        if (moved.to !== map)
            continue;
        const here = matchMover(map, moved.person);
        if (!here || !isPresent(here))
            continue;
        const owner = moved.person.owner;
        out.push({
            person: here.id,
            tenths: carried(moved.person),
            ...(owner !== undefined && mapIndex(map).teamMember(owner) ? { owner } : {}),
            moved,
        });
    }
    return out;
}
