import { mapIndex } from '../model/map-index.js';
/** `Kari Nordmann (`kari`, CFO)`: the name people know, the id they can search the file for. */
export function who(person) {
    return `${person.name} (\`${person.id}\`${person.title ? `, ${person.title}` : ''})`;
}
/** `Ola (`ola`)` for a known team member, `` `ola` `` for an id that does not resolve. */
export function ours(map, id) {
    const member = mapIndex(map).teamMember(id);
    return member ? `${member.name} (\`${id}\`)` : `\`${id}\``;
}
/** Where to point when something is missing from the people list: the `people:` key or `account`. */
export function peopleAnchor(map) {
    return map.people ? { path: ['people'], target: 'key' } : { path: ['account'], target: 'key' };
}
