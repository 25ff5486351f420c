/**
 * Small helpers the rules share: who counts as present at the account, and how people are
 * named in messages. Dates, plurals and lists come from src/text.
 */
import type { AccountMap, Person, TeamMember } from '../model/account-map.js';

/** Everyone still at the account: `active` and `new` people; those who `left` are history. */
export function isPresent(person: Person): boolean {
  return person.status !== 'left';
}

/** `Kari Nordmann (`kari`, CFO)`: the name people know, the id they can search the file for. */
export function who(person: Person): string {
  return `${person.name} (\`${person.id}\`${person.title ? `, ${person.title}` : ''})`;
}

/** A team member by id, tolerating ids that do not resolve (maps with reference errors). */
export function teamMember(map: AccountMap, id: string): TeamMember | undefined {
  return map.team?.find((m) => m.id === id);
}

/** `Ola (`ola`)` for a known team member, `` `ola` `` for an id that does not resolve. */
export function ours(map: AccountMap, id: string): string {
  const member = teamMember(map, id);
  return member ? `${member.name} (\`${id}\`)` : `\`${id}\``;
}

/** Where to point when something is missing from the people list: the `people:` key or `account`. */
export function peopleAnchor(map: AccountMap): { path: (string | number)[]; target: 'key' } {
  return map.people ? { path: ['people'], target: 'key' } : { path: ['account'], target: 'key' };
}
