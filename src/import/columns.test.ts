import { describe, expect, it } from 'vitest';
import {
  type ColumnOverride,
  type ColumnPlan,
  parseColumnOverride,
  resolveColumns,
  type Source,
} from './columns.js';

function plan(
  header: string[],
  source: Source | 'auto' = 'auto',
  overrides: ColumnOverride[] = [],
) {
  const result = resolveColumns(header, source, overrides);
  if (!result.ok) throw new Error(result.problem);
  return result.plan;
}

/** The header each field was read from. */
function fields(header: string[], p: ColumnPlan): Record<string, string> {
  return Object.fromEntries(Object.entries(p.columns).map(([f, i]) => [f, header[i]!]));
}

describe('resolveColumns', () => {
  it('knows a Salesforce contacts report', () => {
    const header = [
      'Contact Owner',
      'Salutation',
      'First Name',
      'Last Name',
      'Title',
      'Account Name',
      'Department',
      'Reports To',
      'Phone',
      'Mobile',
      'Email',
      'Mailing City',
    ];
    const p = plan(header);
    expect(p.source).toBe('salesforce');
    expect(p.recognisedBy).toEqual(['Account Name', 'Reports To', 'Salutation', 'Mailing City']);
    expect(fields(header, p)).toEqual({
      first_name: 'First Name',
      last_name: 'Last Name',
      title: 'Title',
      email: 'Email',
      phone: 'Phone',
      mobile: 'Mobile',
      unit: 'Department',
      reports_to: 'Reports To',
      account: 'Account Name',
    });
  });

  it('knows a HubSpot contacts export, and prefers the associated company', () => {
    const header = [
      'Record ID',
      'First Name',
      'Last Name',
      'Email',
      'Phone Number',
      'Job Title',
      'Company Name',
      'Associated Company',
      'Lifecycle Stage',
      'LinkedIn URL',
    ];
    const p = plan(header);
    expect(p.source).toBe('hubspot');
    expect(fields(header, p)).toMatchObject({
      title: 'Job Title',
      phone: 'Phone Number',
      account: 'Associated Company',
      linkedin: 'LinkedIn URL',
    });
  });

  it('knows a Norwegian sheet, whatever the case and spelling of the headers', () => {
    const header = ['NAVN', 'Stilling', 'E-post', 'Mobil', 'Avdeling', 'Nærmeste leder', 'Firma'];
    const p = plan(header);
    expect(p.source).toBe('spreadsheet');
    expect(fields(header, p)).toEqual({
      name: 'NAVN',
      title: 'Stilling',
      email: 'E-post',
      mobile: 'Mobil',
      unit: 'Avdeling',
      reports_to: 'Nærmeste leder',
      account: 'Firma',
    });
  });

  it('takes --column before what it would recognise, and can leave a column out', () => {
    const header = ['Name', 'Title', 'Rolle', 'Department'];
    const p = plan(header, 'auto', [
      { header: 'rolle', field: 'title' },
      { header: 'Department', field: 'ignore' },
    ]);
    expect(fields(header, p)).toEqual({ name: 'Name', title: 'Rolle' });
  });

  it('honours --source over what the header suggests', () => {
    expect(plan(['Name', 'Account Name'], 'hubspot').source).toBe('hubspot');
  });

  it('says which columns there are when none holds a name', () => {
    const result = resolveColumns(['Email', 'Title', ''], 'auto');
    expect(result).toEqual({
      ok: false,
      problem: expect.stringContaining('no name column (its columns are: `Email`, `Title`)'),
    });
    if (!result.ok) expect(result.problem).toContain('--column "Header=name"');
  });

  it('reads first and last names without a full name', () => {
    expect(plan(['Efternamn', 'Förnamn']).columns).toEqual({ first_name: 1, last_name: 0 });
  });

  it('refuses --column for a header the file does not have', () => {
    const result = resolveColumns(['Name'], 'auto', [{ header: 'Job', field: 'title' }]);
    expect(result).toEqual({
      ok: false,
      problem: '--column names `Job`, but the file has no such column; its columns are: `Name`',
    });
  });
});

describe('parseColumnOverride', () => {
  it.each([
    ['Job Title=title', { header: 'Job Title', field: 'title' }],
    ['Avdeling = department', { header: 'Avdeling', field: 'unit' }],
    ['Sjef=manager', { header: 'Sjef', field: 'reports_to' }],
    ['Notes=-', { header: 'Notes', field: 'ignore' }],
    ['a=b=Email', { header: 'a=b', field: 'email' }],
  ])('%s', (value, override) => {
    expect(parseColumnOverride(value)).toEqual({ ok: true, override });
  });

  it.each(['title', '=title', 'Job Title=stance', 'Job Title='])('refuses %j', (value) => {
    const result = parseColumnOverride(value);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem).toContain('--column takes "Header=field"');
  });
});
