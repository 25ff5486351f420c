import { describe, expect, it } from 'vitest';
import { JUDGMENTS } from '../../test/helpers/exports.js';
import { type AccountMap, AccountMapSchema } from '../model/account-map.js';
import { applyPlan, planImport } from './plan.js';
import type { ImportRecord } from './records.js';

function map(people: unknown[], extra: Record<string, unknown> = {}): AccountMap {
  return AccountMapSchema.parse({
    acctmap: 1,
    account: { id: 'acme', name: 'Acme' },
    team: [{ id: 'kari', name: 'Kari Nygaard' }],
    units: [{ id: 'it', name: 'Group IT' }],
    people,
    ...extra,
  });
}

const ingrid = {
  id: 'ingrid',
  name: 'Ingrid Sæther',
  title: 'CIO',
  unit: 'it',
  roles: ['economic-buyer'],
  stance: 'supporter',
  influence: 'high',
  strength: 'strong',
  owner: 'kari',
  last_contact: '2026-11-05',
  notes: 'Prefers written proposals.',
  email: 'ingrid@acme.example',
  phone: '+47 55 00 10 01',
};
const hakon = { id: 'hakon', name: 'Håkon Bjørnstad', title: 'CFO', reports_to: 'ingrid' };

describe('planImport: matching', () => {
  it('matches by email first, then by name with case and accents ignored', () => {
    const plan = planImport(map([ingrid, hakon]), [
      { row: 2, name: 'Ingrid Saether-Berg', email: 'INGRID@acme.example' },
      { row: 3, name: 'HAKON BJORNSTAD', title: 'CFO' },
    ]);
    expect(plan.added).toEqual([]);
    expect(plan.missing).toEqual([]);
    expect(plan.updated).toEqual([
      {
        id: 'ingrid',
        name: 'Ingrid Sæther',
        row: 2,
        changes: [{ field: 'name', before: 'Ingrid Sæther', after: 'Ingrid Saether-Berg' }],
      },
    ]);
  });

  it('does not rename someone whose name differs only in accents or case', () => {
    const plan = planImport(map([hakon]), [{ row: 2, name: 'Hakon Bjornstad' }]);
    expect(plan.updated).toEqual([]);
  });

  it('lets an email match win over an earlier row with the same name', () => {
    const plan = planImport(map([ingrid]), [
      { row: 2, name: 'Ingrid Sæther', email: 'other.ingrid@acme.example' },
      { row: 3, name: 'Ingrid Sæther', email: 'ingrid@acme.example', title: 'CDO' },
    ]);
    expect(plan.updated.map((u) => [u.id, u.row])).toEqual([['ingrid', 3]]);
    expect(plan.added.map((a) => [a.person.id, a.row])).toEqual([['ingrid-saether', 2]]);
  });

  it('skips a second row for the same person, and a name two people share', () => {
    const twins = [
      { id: 'ola-1', name: 'Ola Hansen' },
      { id: 'ola-2', name: 'Ola Hansen' },
    ];
    const plan = planImport(map([ingrid, ...twins]), [
      { row: 2, name: 'Ingrid Sæther' },
      { row: 3, name: 'ingrid sæther' },
      { row: 4, name: 'Ola Hansen' },
      { row: 5, name: 'Per Berg', email: 'per@acme.example' },
      { row: 6, name: 'Per Berg', email: 'PER@acme.example' },
    ]);
    expect(plan.skipped).toEqual([
      { row: 3, reason: 'the same person as row 2' },
      {
        row: 4,
        reason:
          '2 people of the map have this name (ola-1, ola-2); add their email to the map and the export to tell them apart',
      },
      { row: 6, reason: 'the same person as row 5' },
    ]);
    // Neither Ola is reported missing: the row may have meant either.
    expect(plan.missing).toEqual([]);
    expect(plan.added.map((a) => a.person.id)).toEqual(['per-berg']);
  });
});

describe('planImport: what changes', () => {
  it('updates contact and org fields, and never a judgment', () => {
    const plan = planImport(map([ingrid, hakon]), [
      {
        row: 2,
        name: 'Ingrid Sæther',
        title: 'Chief digital officer',
        email: 'ingrid@acme.example',
        phone: '+4755001001',
        linkedin: 'https://www.linkedin.com/in/ingrid/',
        department: 'Digital',
      },
      { row: 3, name: 'Håkon Bjørnstad', manager: 'Ingrid Saether', department: 'group it' },
    ]);
    expect(plan.updated).toEqual([
      {
        id: 'ingrid',
        name: 'Ingrid Sæther',
        row: 2,
        changes: [
          { field: 'title', before: 'CIO', after: 'Chief digital officer' },
          { field: 'unit', before: 'it', after: 'digital' },
          { field: 'linkedin', after: 'https://www.linkedin.com/in/ingrid/' },
        ],
      },
      { id: 'hakon', name: 'Håkon Bjørnstad', row: 3, changes: [{ field: 'unit', after: 'it' }] },
    ]);
    expect(plan.units).toEqual([{ id: 'digital', name: 'Digital' }]);
    const before = map([ingrid, hakon]);
    const after = applyPlan(before, plan) as AccountMap;
    for (const key of JUDGMENTS)
      expect((after.people![0] as Record<string, unknown>)[key]).toEqual(
        (before.people![0] as Record<string, unknown>)[key],
      );
  });

  it('adds new people with a slug id, stance unknown and status new', () => {
    const plan = planImport(map([ingrid], { team: [{ id: 'ola-nordmann', name: 'Ola N' }] }), [
      {
        row: 2,
        name: 'Ola Nordmann',
        title: 'Head of OT',
        department: 'OT',
        manager: 'ingrid@acme.example',
      },
      { row: 3, name: '王小明', manager: 'Ola Nordmann', email: 'wang@acme.example' },
      { row: 4, name: 'Ola Nordmann', email: 'ola.n2@acme.example' },
    ]);
    expect(plan.added).toEqual([
      {
        row: 2,
        person: {
          id: 'ola-nordmann-2',
          name: 'Ola Nordmann',
          title: 'Head of OT',
          unit: 'ot',
          reports_to: 'ingrid',
          stance: 'unknown',
          status: 'new',
        },
      },
      {
        row: 3,
        person: {
          id: 'wangxiaoming',
          name: '王小明',
          stance: 'unknown',
          status: 'new',
          email: 'wang@acme.example',
        },
      },
      {
        row: 4,
        person: {
          id: 'ola-nordmann-3',
          name: 'Ola Nordmann',
          stance: 'unknown',
          status: 'new',
          email: 'ola.n2@acme.example',
        },
      },
    ]);
    // "Ola Nordmann" names two people of the export, so row 3's manager stays unknown.
    expect(plan.notes).toEqual([
      'row 3: the manager `Ola Nordmann` could be ola-nordmann-2 or ola-nordmann-3, so reports_to was left as it was',
    ]);
  });

  it('leaves reports_to alone for a manager nobody knows, or the person themself', () => {
    const plan = planImport(map([hakon, ingrid]), [
      { row: 2, name: 'Håkon Bjørnstad', manager: 'Someone Else' },
      { row: 3, name: 'Ingrid Sæther', manager: 'Ingrid Sæther' },
    ]);
    expect(plan.updated).toEqual([]);
    expect(plan.notes).toEqual([
      'row 2: the manager `Someone Else` is neither in the map nor in the export, so reports_to was left as it was',
    ]);
  });

  it('brings no contact details back for someone who left', () => {
    const left = { id: 'per', name: 'Per Berg', title: 'CTO', status: 'left' };
    const plan = planImport(map([left]), [
      { row: 2, name: 'Per Berg', title: 'Former CTO', email: 'per@acme.example', phone: '+47 1' },
    ]);
    expect(plan.updated).toEqual([
      {
        id: 'per',
        name: 'Per Berg',
        row: 2,
        changes: [{ field: 'title', before: 'CTO', after: 'Former CTO' }],
      },
    ]);
  });

  it('lists people missing from the export, and marks them left when asked', () => {
    const left = { id: 'per', name: 'Per Berg', status: 'left' };
    const people = [ingrid, hakon, left];
    const rows: ImportRecord[] = [{ row: 2, name: 'Ingrid Sæther' }];
    expect(planImport(map(people), rows).missing).toEqual([
      { id: 'hakon', name: 'Håkon Bjørnstad' },
    ]);
    const marked = planImport(map(people), rows, { markMissingLeft: true });
    expect(marked.updated).toEqual([
      {
        id: 'hakon',
        name: 'Håkon Bjørnstad',
        changes: [{ field: 'status', before: 'active', after: 'left' }],
      },
    ]);
  });

  it('changes nothing the second time', () => {
    const rows: ImportRecord[] = [
      { row: 2, name: 'Ingrid Sæther', title: 'CDO', department: 'Digital' },
      { row: 3, name: 'Ny Person', manager: 'Ingrid Sæther', department: 'Digital' },
    ];
    const first = map([ingrid, hakon]);
    const plan = planImport(first, rows, { markMissingLeft: true });
    const second = AccountMapSchema.parse(applyPlan(first, plan));
    const again = planImport(second, rows, { markMissingLeft: true });
    expect(again).toMatchObject({ added: [], updated: [], units: [], missing: [] });
  });
});
