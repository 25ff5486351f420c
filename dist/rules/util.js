const DAY_MS = 86_400_000;
function utc(date) {
    const [y, m, d] = date.split('-').map(Number);
    return Date.UTC(y, m - 1, d);
}
/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from, to) {
    return Math.round((utc(to) - utc(from)) / DAY_MS);
}
/** `date` moved by `days` (may be negative), as YYYY-MM-DD. */
export function addDays(date, days) {
    return new Date(utc(date) + days * DAY_MS).toISOString().slice(0, 10);
}
/** "205 days" / "1 day". */
export function plural(n, word) {
    return `${n} ${word}${n === 1 ? '' : 's'}`;
}
/** Everyone still at the account: `active` and `new` people; those who `left` are history. */
export function isPresent(person) {
    return person.status !== 'left';
}
/** `Kari Nordmann (`kari`, CFO)`: the name people know, the id they can search the file for. */
export function who(person) {
    return `${person.name} (\`${person.id}\`${person.title ? `, ${person.title}` : ''})`;
}
/** A team member by id, tolerating ids that do not resolve (maps with reference errors). */
export function teamMember(map, id) {
    return map.team?.find((m) => m.id === id);
}
/** `Ola (`ola`)` for a known team member, `` `ola` `` for an id that does not resolve. */
export function ours(map, id) {
    const member = teamMember(map, id);
    return member ? `${member.name} (\`${id}\`)` : `\`${id}\``;
}
/** "a, b and c". */
export function joinAnd(items) {
    if (items.length <= 1)
        return items.join('');
    return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
/** Quote user text in a message so that where it starts and ends is plain. */
export function quote(text) {
    const oneLine = text.replace(/\s+/g, ' ').trim();
    return `"${oneLine.length > 80 ? `${oneLine.slice(0, 79)}…` : oneLine}"`;
}
/** Where to point when something is missing from the people list: the `people:` key or `account`. */
export function peopleAnchor(map) {
    return map.people ? { path: ['people'], target: 'key' } : { path: ['account'], target: 'key' };
}
