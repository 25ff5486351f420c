/**
 * A map as lookups: people, our team and units by id, and who is still at the account. Every
 * command that names a person, a team member or a unit from an id goes through here.
 *
 * A map with reference errors still gets an index: an id that names nobody simply finds nothing,
 * and where an id is (wrongly) used twice, the first holder wins, as in the diagrams.
 */
import type { AccountMap, Person, TeamMember, Unit } from './account-map.js';

/** Everyone still at the account: `active` and `new` people; those who `left` are history. */
export function isPresent(person: Person): boolean {
  return person.status !== 'left';
}

export interface MapIndex {
  readonly personById: ReadonlyMap<string, Person>;
  readonly teamById: ReadonlyMap<string, TeamMember>;
  readonly unitById: ReadonlyMap<string, Unit>;
  /** The people still at the account, in map order. */
  readonly present: readonly Person[];
  person(id: string | undefined): Person | undefined;
  teamMember(id: string | undefined): TeamMember | undefined;
  unit(id: string | undefined): Unit | undefined;
}

const cache = new WeakMap<AccountMap, MapIndex>();

/** The index of `map`, made once per map object (maps are never changed once read). */
export function mapIndex(map: AccountMap): MapIndex {
  let index = cache.get(map);
  if (!index) {
    index = buildIndex(map);
    cache.set(map, index);
  }
  return index;
}

function byId<T extends { id: string }>(items: readonly T[] | undefined): Map<string, T> {
  const out = new Map<string, T>();
  for (const item of items ?? []) if (!out.has(item.id)) out.set(item.id, item);
  return out;
}

function buildIndex(map: AccountMap): MapIndex {
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
