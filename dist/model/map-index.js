/** Everyone still at the account: `active` and `new` people; those who `left` are history. */
export function isPresent(person) {
    return person.status !== 'left';
}
const cache = new WeakMap();
/** The index of `map`, made once per map object (maps are never changed once read). */
export function mapIndex(map) {
    let index = cache.get(map);
    if (!index) {
        index = buildIndex(map);
        cache.set(map, index);
    }
    return index;
}
function byId(items) {
    const out = new Map();
    for (const item of items ?? [])
        if (!out.has(item.id))
            out.set(item.id, item);
    return out;
}
function buildIndex(map) {
    const personById = byId(map.people);
    const teamById = byId(map.team);
    const unitById = byId(map.units);
    return {
        personById,
        teamById,
        unitById,
        present: (map.people ?? []).filter(isPresent),
        person: (id) => (id === undefined ? undefined : personById.get(id)),
        teamMember: (id) => (id === undefined ? undefined : teamById.get(id)),
        unit: (id) => (id === undefined ? undefined : unitById.get(id)),
    };
}
