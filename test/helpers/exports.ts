/**
 * CRM exports built from a map, as a test needs them: the map's own people written the way
 * Salesforce or HubSpot writes a contacts export, with a few people changed, dropped and added.
 * The bytes follow each tool's habits: Salesforce quotes every field and ends a report with a
 * footer; HubSpot quotes only where it must. Both here use a BOM; the Salesforce one `;` and
 * CRLF (as Excel in a Nordic locale saves it again), the HubSpot one `,` and LF.
 */
import type { AccountMap } from '../../src/model/account-map.js';

export type Dialect = 'salesforce' | 'hubspot';

/**
 * What the team knows and no export does: the keys an import must never change on a person
 * already in the map. Written out here, apart from the import's code, so that a test of it can
 * fail.
 */
export const JUDGMENTS = [
  'stance',
  'influence',
  'strength',
  'roles',
  'owner',
  'notes',
  'last_contact',
  'responsibilities',
  'challenges',
  'goals',
  'dotted_to',
] as const;

interface NewContact {
  name: string;
  title?: string;
  email?: string;
  department?: string;
  /** The manager's name or email. */
  manager?: string;
}

export interface ExportChanges {
  /** New titles, by person id. */
  retitle?: Record<string, string>;
  /** New email addresses, by person id. */
  reEmail?: Record<string, string>;
  /** People left out of the export. */
  drop?: string[];
  add?: NewContact[];
}

interface Contact {
  name: string;
  title: string;
  email: string;
  phone: string;
  department: string;
  manager: string;
}

export function exportFromMap(
  map: AccountMap,
  dialect: Dialect,
  changes: ExportChanges = {},
): string {
  const unitName = new Map((map.units ?? []).map((u) => [u.id, u.name]));
  const nameOf = new Map((map.people ?? []).map((p) => [p.id, p.name]));
  const contacts: Contact[] = (map.people ?? [])
    .filter((p) => !changes.drop?.includes(p.id))
    .map((p) => ({
      name: p.name,
      title: changes.retitle?.[p.id] ?? p.title ?? '',
      email: changes.reEmail?.[p.id] ?? p.email ?? '',
      phone: p.phone === undefined ? '' : String(p.phone),
      department: p.unit ? (unitName.get(p.unit) ?? '') : '',
      manager: p.reports_to ? (nameOf.get(p.reports_to) ?? '') : '',
    }));
  for (const c of changes.add ?? [])
    contacts.push({
      name: c.name,
      title: c.title ?? '',
      email: c.email ?? '',
      phone: '',
      department: c.department ?? '',
      manager: c.manager ?? '',
    });
  const account = map.account.name;
  const split = (name: string) => {
    const at = name.lastIndexOf(' ');
    return at === -1 ? ['', name] : [name.slice(0, at), name.slice(at + 1)];
  };
  if (dialect === 'salesforce') {
    const rows = [
      [
        'First Name',
        'Last Name',
        'Title',
        'Account Name',
        'Department',
        'Reports To',
        'Email',
        'Phone',
        'Mailing Street',
      ],
      ...contacts.map((c) => [
        ...split(c.name),
        c.title,
        account,
        c.department,
        c.manager,
        c.email,
        c.phone,
        // An address over two lines, with a quoted name in it.
        `c/o "${account}"\nStrandkaien 2; 5013 Bergen`,
      ]),
    ];
    const footer = [
      [''],
      ['Confidential Information - Do Not Distribute'],
      ['Copyright (c) 2000-2026 salesforce.com, inc. All rights reserved.'],
    ];
    return `\ufeff${[...rows, ...footer].map((r) => r.map((v) => quote(v, ';', true)).join(';')).join('\r\n')}\r\n`;
  }
  const rows = [
    [
      'Record ID',
      'First Name',
      'Last Name',
      'Email',
      'Phone Number',
      'Job Title',
      'Associated Company',
      'Department',
      'Manager',
      'Notes',
    ],
    ...contacts.map((c, i) => [
      String(1000 + i),
      ...split(c.name),
      c.email,
      c.phone,
      c.title,
      account,
      c.department,
      c.manager,
      'Met at the "Nordic, Energy" summit\nfollow up in Q1',
    ]),
  ];
  return `\ufeff${rows.map((r) => r.map((v) => quote(v, ',', false)).join(',')).join('\n')}\n`;
}

/** A field as a CSV writer writes it: quoted (always, or where it must be), quotes doubled. */
export function quote(value: string, delimiter: string, always: boolean): string {
  const must = value.includes(delimiter) || /["\r\n]/.test(value);
  return always || must ? `"${value.replace(/"/g, '""')}"` : value;
}
