/**
 * One account at two points in time → the list of what changed, field by field. Lists with ids
 * (people, units, team, goals and opportunities with ids) are matched by id; lists without
 * (connections, events, goals and opportunities without ids) by their content, so that a list
 * that was only reordered has not changed. Values are the parsed map's (defaults applied), so a
 * `stance: unknown` written out and one left to its default are the same.
 */
import {
  type AccountEvent,
  type AccountMap,
  type Connection,
  type GOAL_STATUSES,
  type Goal,
  LEVELS,
  type OPPORTUNITY_STAGES,
  type Opportunity,
  type Person,
  STANCES,
  STRENGTHS,
  type TeamMember,
  type Unit,
} from '../model/account-map.js';
import type { Change, ChangeEntity, Direction, FieldValue } from './types.js';

type Plain = Record<string, unknown>;

/** Every leaf of an object by its dotted key; lists are leaves (compared as a whole). */
function flatten(value: unknown, prefix = '', out = new Map<string, FieldValue>()) {
  if (value === undefined) return out;
  if (isObject(value)) {
    for (const [key, v] of Object.entries(value))
      flatten(v, prefix ? `${prefix}.${key}` : key, out);
    return out;
  }
  out.set(prefix, toFieldValue(value));
  return out;
}

function isObject(value: unknown): value is Plain {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function toFieldValue(value: unknown): FieldValue {
  if (value === undefined) return null;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (Array.isArray(value)) return value.map(toFieldValue);
  if (isObject(value))
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toFieldValue(v)]));
  return value as FieldValue;
}

/** JSON with sorted keys: the same content gives the same text whatever the key order. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (isObject(value)) {
    return `{${Object.keys(value)
      .filter((k) => value[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/**
 * Two field values are the same when equal as content; a list of plain values (tags, roles,
 * `depends_on`) is a set, so its order does not count.
 */
function same(a: FieldValue | undefined, b: FieldValue | undefined): boolean {
  if (
    Array.isArray(a) &&
    Array.isArray(b) &&
    [...a, ...b].every((v) => !isObject(v) && !Array.isArray(v))
  ) {
    const sort = (l: FieldValue[]) =>
      l
        .map((v) => JSON.stringify(v))
        .sort()
        .join(',');
    return sort(a) === sort(b);
  }
  return canonical(a ?? null) === canonical(b ?? null);
}

/** Better toward the start of each scale; `unknown` (and goal `dropped`) has no direction. */
const SCALES: Record<string, readonly string[]> = {
  stance: STANCES.filter((s) => s !== 'unknown'),
  strength: STRENGTHS,
  influence: LEVELS.filter((l) => l !== 'unknown'),
  goal: [
    'met',
    'on-track',
    'planned',
    'at-risk',
    'missed',
  ] satisfies (typeof GOAL_STATUSES)[number][],
  opportunity: [
    'won',
    'proposed',
    'qualified',
    'identified',
    'lost',
  ] satisfies (typeof OPPORTUNITY_STAGES)[number][],
};

function scaleOf(entity: ChangeEntity, field: string): readonly string[] | undefined {
  if (entity === 'person' && (field === 'stance' || field === 'strength' || field === 'influence'))
    return SCALES[field];
  if (entity === 'goal' && field === 'status') return SCALES.goal;
  if (entity === 'opportunity' && field === 'stage') return SCALES.opportunity;
  return undefined;
}

/** `better` or `worse` for the fields that have a direction (see SCALES), else undefined. */
export function directionOf(
  entity: ChangeEntity,
  field: string,
  before: FieldValue | undefined,
  after: FieldValue | undefined,
): Direction | undefined {
  const scale = scaleOf(entity, field);
  if (!scale || typeof before !== 'string' || typeof after !== 'string') return undefined;
  const from = scale.indexOf(before);
  const to = scale.indexOf(after);
  if (from < 0 || to < 0 || from === to) return undefined;
  return to < from ? 'better' : 'worse';
}

/** One `changed` entry per field that differs between two objects (their `id` aside). */
function fieldChanges(
  entity: ChangeEntity,
  id: string | undefined,
  before: unknown,
  after: unknown,
): Change[] {
  const a = flatten(before);
  const b = flatten(after);
  const keys = [...a.keys(), ...[...b.keys()].filter((k) => !a.has(k))];
  const out: Change[] = [];
  for (const field of keys) {
    if (field === 'id' && id !== undefined) continue;
    const x = a.get(field);
    const y = b.get(field);
    if (same(x, y)) continue;
    const direction = directionOf(entity, field, x, y);
    out.push({
      entity,
      ...(id !== undefined ? { id } : {}),
      change: 'changed',
      field,
      before: x ?? null,
      after: y ?? null,
      ...(direction ? { direction } : {}),
    });
  }
  return out;
}

interface ListSpec<T> {
  entity: ChangeEntity;
  /** The item's id, when it has one. */
  id(item: T): string | undefined;
  /** What names an item without id in the output and pairs a changed one (title, date and type). */
  name(item: T): string;
}

/**
 * Items with ids are matched by id. Items without are first matched by their whole content (as
 * many times as it occurs); what is left is paired by name when the name is unique on both
 * sides (a goal whose status moved), and the rest is added or removed.
 */
function listChanges<T>(
  spec: ListSpec<T>,
  before: readonly T[] = [],
  after: readonly T[] = [],
): Change[] {
  const out: Change[] = [];
  const byId = (list: readonly T[]) => {
    const m = new Map<string, T>();
    for (const item of list) {
      const id = spec.id(item);
      if (id !== undefined && !m.has(id)) m.set(id, item);
    }
    return m;
  };
  const beforeIds = byId(before);
  const afterIds = byId(after);
  for (const [id, item] of beforeIds) {
    const other = afterIds.get(id);
    if (other === undefined) out.push({ entity: spec.entity, id, change: 'removed' });
    else out.push(...fieldChanges(spec.entity, id, item, other));
  }
  for (const id of afterIds.keys())
    if (!beforeIds.has(id)) out.push({ entity: spec.entity, id, change: 'added' });

  const loose = (list: readonly T[]) => list.filter((item) => spec.id(item) === undefined);
  const removed = unmatched(loose(before), loose(after));
  const added = unmatched(loose(after), loose(before));
  const names = (list: T[]) => {
    const m = new Map<string, number>();
    for (const item of list) m.set(spec.name(item), (m.get(spec.name(item)) ?? 0) + 1);
    return m;
  };
  const removedNames = names(removed);
  const addedNames = names(added);
  const paired = new Set<string>();
  for (const item of removed) {
    const name = spec.name(item);
    if (removedNames.get(name) === 1 && addedNames.get(name) === 1) {
      const other = added.find((a) => spec.name(a) === name)!;
      out.push(...fieldChanges(spec.entity, name, item, other));
      paired.add(name);
    } else out.push({ entity: spec.entity, id: name, change: 'removed' });
  }
  for (const item of added)
    if (!paired.has(spec.name(item)))
      out.push({ entity: spec.entity, id: spec.name(item), change: 'added' });
  return out;
}

/** The items of `list` whose content `other` does not hold (as many times). */
function unmatched<T>(list: readonly T[], other: readonly T[]): T[] {
  const pool = new Map<string, number>();
  for (const item of other) pool.set(canonical(item), (pool.get(canonical(item)) ?? 0) + 1);
  return list.filter((item) => {
    const n = pool.get(canonical(item)) ?? 0;
    if (n > 0) pool.set(canonical(item), n - 1);
    return n === 0;
  });
}

/** Everything that changed in one account between `before` and `after`, in map order. */
export function compareMaps(before: AccountMap, after: AccountMap): Change[] {
  // The same map (diff reads a file that is the same on both sides once): nothing changed.
  if (before === after) return [];
  return [
    ...fieldChanges(
      'account',
      undefined,
      { ...before.account, notes: before.notes },
      { ...after.account, notes: after.notes },
    ),
    ...fieldChanges('relationship', undefined, before.relationship, after.relationship),
    ...fieldChanges('financials', undefined, before.financials, after.financials),
    ...listChanges<TeamMember>(
      { entity: 'team', id: (m) => m.id, name: (m) => m.id },
      before.team,
      after.team,
    ),
    ...listChanges<Unit>(
      { entity: 'unit', id: (u) => u.id, name: (u) => u.id },
      before.units,
      after.units,
    ),
    ...listChanges<Person>(
      { entity: 'person', id: (p) => p.id, name: (p) => p.id },
      before.people,
      after.people,
    ),
    ...listChanges<Connection>(
      {
        entity: 'connection',
        id: () => undefined,
        name: (c) => `${c.from} -> ${c.to} (${c.type})`,
      },
      before.connections,
      after.connections,
    ),
    ...listChanges<Goal>(
      { entity: 'goal', id: (g) => g.id, name: (g) => g.title },
      before.goals,
      after.goals,
    ),
    ...listChanges<Opportunity>(
      { entity: 'opportunity', id: (o) => o.id, name: (o) => o.title },
      before.opportunities,
      after.opportunities,
    ),
    ...listChanges<AccountEvent>(
      { entity: 'event', id: () => undefined, name: (e) => `${e.date} ${e.type}` },
      before.events,
      after.events,
    ),
    ...fieldChanges('profile', undefined, before.profile, after.profile),
  ];
}
