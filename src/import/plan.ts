/**
 * The merge: which rows are people already in the map, what changes for them, who is new, who
 * is missing. It decides and changes nothing: ./edit.ts writes the plan into the map's text.
 *
 * What the CRM knows (names, titles, contact details, departments, managers) comes in; what the
 * team knows (stance, influence, strength, roles, owner, notes, last contact) is never touched.
 */
import type { AccountMap, Person } from '../model/account-map.js';
import { nameKey, slugify, uniqueId } from '../model/ids.js';
import type { ImportRecord, SkippedRow } from './records.js';

/** The fields an import writes on a person, in the order the format lists them. */
const IMPORTED_FIELDS = [
  'name',
  'title',
  'unit',
  'reports_to',
  'email',
  'phone',
  'linkedin',
] as const;
type ImportedField = (typeof IMPORTED_FIELDS)[number];

interface FieldChange {
  field: ImportedField | 'status';
  /** The value before, as text; absent when the field was not set. */
  before?: string;
  after: string;
}

interface PersonUpdate {
  id: string;
  name: string;
  /** The export's row for them; absent for people marked left because no row has them. */
  row?: number;
  changes: FieldChange[];
}

/** A new person, with their keys in the order they are written. */
export interface NewPerson {
  row: number;
  person: {
    id: string;
    name: string;
    title?: string;
    unit?: string;
    reports_to?: string;
    stance: 'unknown';
    status: 'new';
    email?: string;
    phone?: string;
    linkedin?: string;
  };
}

interface NewUnit {
  id: string;
  name: string;
}

export interface ImportPlan {
  added: NewPerson[];
  updated: PersonUpdate[];
  /** Active (or new) people of the map that no row of the export names. */
  missing: Array<{ id: string; name: string }>;
  /** True when the missing people are set `status: left` (`--mark-missing-left`). */
  markMissingLeft: boolean;
  units: NewUnit[];
  skipped: SkippedRow[];
  notes: string[];
}

export interface PlanOptions {
  markMissingLeft?: boolean;
}

export function planImport(
  map: AccountMap,
  records: readonly ImportRecord[],
  options: PlanOptions = {},
): ImportPlan {
  const people = map.people ?? [];
  const skipped: SkippedRow[] = [];
  const notes: string[] = [];

  const byEmail = groupBy(people, (p) => emailKey(p.email));
  const byName = groupBy(people, (p) => nameKey(p.name));
  /** Person index → the row that matched them. */
  const claimedBy = new Map<number, number>();
  /** Record → the person index it matched. */
  const matched = new Map<ImportRecord, number>();
  /** People matched by their email address. */
  const byEmailMatch = new Set<number>();
  /** People a row may have meant (an ambiguous name): not reported as missing. */
  const maybePresent = new Set<number>();

  // Email first, for every row, so that a row matched by email is never taken by an earlier
  // row's name.
  const pending: ImportRecord[] = [];
  for (const record of records) {
    const email = emailKey(record.email);
    const candidates = email ? (byEmail.get(email) ?? []) : [];
    if (candidates.length === 0) {
      pending.push(record);
      continue;
    }
    if (candidates.length > 1) {
      for (const i of candidates) maybePresent.add(i);
      skipped.push({
        row: record.row,
        reason: `its email is on ${candidates.length} people of the map (${candidates.map((i) => people[i]!.id).join(', ')}); give each their own`,
      });
      continue;
    }
    const index = candidates[0]!;
    const earlier = claimedBy.get(index);
    if (earlier !== undefined) {
      skipped.push({ row: record.row, reason: `the same person as row ${earlier}` });
      continue;
    }
    claimedBy.set(index, record.row);
    matched.set(record, index);
    byEmailMatch.add(index);
  }

  const fresh: ImportRecord[] = [];
  for (const record of pending) {
    const candidates = byName.get(nameKey(record.name)) ?? [];
    // Someone matched by their email already is another person of the same name.
    const byRow = candidates.filter((i) => !byEmailMatch.has(i));
    const open = byRow.filter((i) => !claimedBy.has(i));
    if (byRow.length > 0 && open.length === 0) {
      skipped.push({
        row: record.row,
        reason: `the same person as row ${claimedBy.get(byRow[0]!)}`,
      });
      continue;
    }
    if (open.length > 1) {
      for (const i of open) maybePresent.add(i);
      skipped.push({
        row: record.row,
        reason: `${open.length} people of the map have this name (${open.map((i) => people[i]!.id).join(', ')}); add their email to the map and the export to tell them apart`,
      });
      continue;
    }
    if (open.length === 1) {
      claimedBy.set(open[0]!, record.row);
      matched.set(record, open[0]!);
    } else {
      fresh.push(record);
    }
  }

  // New people: one per email, or per name among rows without one.
  const taken = new Set([...(map.team ?? []).map((t) => t.id), ...people.map((p) => p.id)]);
  const newIds = new Map<ImportRecord, string>();
  const firstByEmail = new Map<string, ImportRecord>();
  const firstByName = new Map<string, ImportRecord>();
  for (const record of fresh) {
    const email = record.email ? emailKey(record.email) : undefined;
    const key = nameKey(record.name);
    const twin = email
      ? firstByEmail.get(email)
      : firstByName.get(key) && !firstByName.get(key)!.email
        ? firstByName.get(key)
        : undefined;
    if (twin) {
      skipped.push({ row: record.row, reason: `the same person as row ${twin.row}` });
      continue;
    }
    if (email) firstByEmail.set(email, record);
    if (!firstByName.has(key)) firstByName.set(key, record);
    const id = uniqueId(slugify(record.name), taken);
    taken.add(id);
    newIds.set(record, id);
  }

  // Units from department names.
  const units = new UnitFinder(map.units ?? []);

  // Managers, by email or name, among the map's people and the export's.
  const idByEmail = new Map<string, string[]>();
  const idByName = new Map<string, string[]>();
  const idOf = (record: ImportRecord) => {
    const index = matched.get(record);
    return index !== undefined ? people[index]!.id : newIds.get(record);
  };
  const note = (table: Map<string, string[]>, key: string | undefined, id: string) => {
    if (!key) return;
    const ids = table.get(key) ?? [];
    if (!ids.includes(id)) table.set(key, [...ids, id]);
  };
  for (const p of people) {
    note(idByEmail, emailKey(p.email), p.id);
    note(idByName, nameKey(p.name), p.id);
  }
  for (const record of records) {
    const id = idOf(record);
    if (id === undefined) continue;
    note(idByEmail, emailKey(record.email), id);
    note(idByName, nameKey(record.name), id);
  }
  const personIds = new Set([...people.map((p) => p.id), ...newIds.values()]);
  const managerOf = (record: ImportRecord, self: string): string | undefined => {
    const ref = record.managerEmail ?? record.manager;
    if (ref === undefined) return undefined;
    const ids = ref.includes('@')
      ? idByEmail.get(emailKey(ref)!)
      : personIds.has(ref)
        ? [ref]
        : idByName.get(nameKey(ref));
    if (!ids || ids.length === 0) {
      notes.push(
        `row ${record.row}: the manager \`${ref}\` is neither in the map nor in the export, so reports_to was left as it was`,
      );
      return undefined;
    }
    if (ids.length > 1) {
      notes.push(
        `row ${record.row}: the manager \`${ref}\` could be ${ids.join(' or ')}, so reports_to was left as it was`,
      );
      return undefined;
    }
    return ids[0] === self ? undefined : ids[0];
  };

  const updated: PersonUpdate[] = [];
  const added: NewPerson[] = [];
  for (const record of records) {
    const index = matched.get(record);
    if (index !== undefined) {
      const person = people[index]!;
      const changes = changesFor(person, record, units, managerOf(record, person.id));
      if (changes.length)
        updated.push({ id: person.id, name: person.name, row: record.row, changes });
      continue;
    }
    const id = newIds.get(record);
    if (id === undefined) continue;
    const unit = record.department ? units.idFor(record.department) : undefined;
    const manager = managerOf(record, id);
    added.push({
      row: record.row,
      person: {
        id,
        name: record.name,
        ...opt('title', record.title),
        ...opt('unit', unit),
        ...opt('reports_to', manager),
        stance: 'unknown',
        status: 'new',
        ...opt('email', record.email),
        ...opt('phone', record.phone),
        ...opt('linkedin', record.linkedin),
      },
    });
  }

  const missing: ImportPlan['missing'] = [];
  people.forEach((p, i) => {
    if (claimedBy.has(i) || maybePresent.has(i) || p.status === 'left') return;
    missing.push({ id: p.id, name: p.name });
    if (options.markMissingLeft)
      updated.push({
        id: p.id,
        name: p.name,
        changes: [{ field: 'status', before: p.status, after: 'left' }],
      });
  });

  return {
    added,
    updated,
    missing,
    markMissingLeft: options.markMissingLeft === true,
    units: units.created,
    skipped: skipped.sort((a, b) => a.row - b.row),
    notes,
  };
}

/** What the export says differently about a person of the map, field by field. */
function changesFor(
  person: Person,
  record: ImportRecord,
  units: UnitFinder,
  manager: string | undefined,
): FieldChange[] {
  const changes: FieldChange[] = [];
  const change = (field: ImportedField, before: string | number | undefined, after: string) =>
    changes.push(
      before === undefined ? { field, after } : { field, before: String(before), after },
    );
  // A name differs only when more than case, accents or spacing differ: a CRM that writes
  // "Hakon Bjornstad" does not rename Håkon Bjørnstad.
  if (nameKey(record.name) !== nameKey(person.name)) change('name', person.name, record.name);
  if (record.title !== undefined && record.title !== person.title)
    change('title', person.title, record.title);
  if (record.department !== undefined) {
    const unit = units.idFor(record.department);
    if (unit !== person.unit) change('unit', person.unit, unit);
  }
  if (manager !== undefined && manager !== person.reports_to)
    change('reports_to', person.reports_to, manager);
  // The contact details of someone who left are meant to go (the left-contact-details rule);
  // a CRM that still has them does not bring them back.
  if (person.status === 'left') return changes;
  if (record.email !== undefined && emailKey(record.email) !== emailKey(person.email))
    change('email', person.email, record.email);
  if (record.phone !== undefined && phoneKey(record.phone) !== phoneKey(person.phone))
    change('phone', person.phone, record.phone);
  if (record.linkedin !== undefined && linkKey(record.linkedin) !== linkKey(person.linkedin))
    change('linkedin', person.linkedin, record.linkedin);
  return changes;
}

/** Finds the unit a department name means, creating one (once) when none has that name. */
class UnitFinder {
  readonly created: NewUnit[] = [];
  private readonly byKey = new Map<string, string>();
  private readonly taken: Set<string>;

  constructor(units: readonly { id: string; name: string }[]) {
    this.taken = new Set(units.map((u) => u.id));
    // A department named like a unit's id (`it-infra`) means that unit too, unless a unit has
    // that name.
    for (const u of units) if (!this.byKey.has(nameKey(u.id))) this.byKey.set(nameKey(u.id), u.id);
    for (const u of units) this.byKey.set(nameKey(u.name), u.id);
  }

  idFor(department: string): string {
    const key = nameKey(department);
    const known = this.byKey.get(key);
    if (known) return known;
    const id = uniqueId(slugify(department), this.taken, 'unit');
    this.taken.add(id);
    this.byKey.set(key, id);
    this.created.push({ id, name: department });
    return id;
  }
}

function groupBy<T>(items: readonly T[], key: (item: T) => string | undefined) {
  const out = new Map<string, number[]>();
  items.forEach((item, i) => {
    const k = key(item);
    if (k === undefined || k === '') return;
    out.set(k, [...(out.get(k) ?? []), i]);
  });
  return out;
}

function emailKey(email: string | undefined): string | undefined {
  const key = email?.trim().toLowerCase();
  return key ? key : undefined;
}

/** `+47 55 00 10 01` and `+4755001001` are one number. */
function phoneKey(phone: string | number | undefined): string {
  return phone === undefined ? '' : String(phone).replace(/[^\d+]/g, '');
}

/** `https://www.linkedin.com/in/ola/` and `linkedin.com/in/ola` are one profile. */
function linkKey(url: string | undefined): string {
  return (url ?? '')
    .trim()
    .toLowerCase()
    .replace(/^https?:\/\//, '')
    .replace(/^www\./, '')
    .replace(/\/+$/, '');
}

/** `{key: value}` when the value is there, `{}` otherwise (keeps optional keys absent). */
function opt<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

/**
 * The map's data as it must read after the plan is written: what ./edit.ts checks its text
 * against. Works on the document's plain data (defaults not filled in).
 */
export function applyPlan(data: unknown, plan: ImportPlan): unknown {
  const root = structuredClone(data) as Record<string, unknown>;
  const people = (root.people ?? []) as Array<Record<string, unknown>>;
  const byId = new Map(people.map((p) => [p.id, p]));
  for (const update of plan.updated) {
    const person = byId.get(update.id);
    if (!person) throw new Error(`applyPlan: no person ${update.id}`);
    for (const c of update.changes) person[c.field] = c.after;
  }
  if (plan.added.length) root.people = [...people, ...plan.added.map((a) => ({ ...a.person }))];
  if (plan.units.length)
    root.units = [...((root.units ?? []) as unknown[]), ...plan.units.map((u) => ({ ...u }))];
  return root;
}
