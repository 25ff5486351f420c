/**
 * `acctmap import` as a new user runs it: a Salesforce report and a HubSpot export (BOM, `;` or
 * `,`, CRLF, quoted commas and line breaks, æøå) into a new map and into an existing commented
 * map, through the built CLI.
 */
import { copyFileSync, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments, parseDocument } from 'yaml';
import { acctmap, EXAMPLES, FIXTURES, tempDir } from './helpers/cli.js';
import { JUDGMENTS } from './helpers/exports.js';
import { lineDiff, linesOf } from './helpers/line-diff.js';

const IMPORT = path.join(FIXTURES, 'import');
const MAP = 'nordvik-kraft.acctmap.yaml';

/** A folder with the commented map and both exports. */
function workspace(): string {
  const dir = tempDir();
  for (const f of [MAP, 'salesforce-contacts.csv', 'hubspot-contacts.csv'])
    copyFileSync(path.join(IMPORT, f), path.join(dir, f));
  return dir;
}

type Person = Record<string, unknown> & { id: string };
function people(file: string): Map<string, Person> {
  const data = parseDocument(readFileSync(file, 'utf8')).toJS() as { people?: Person[] };
  return new Map((data.people ?? []).map((p) => [p.id, p]));
}

describe('acctmap import into a new map', () => {
  it('makes a map from a Salesforce report that validates, with ids from any name', () => {
    const dir = workspace();
    const r = acctmap(
      ['import', 'salesforce-contacts.csv', '--into', 'accounts/nordvik.acctmap.yaml'],
      {
        cwd: dir,
      },
    );
    expect(r.stderr).toContain(
      'acctmap: read salesforce-contacts.csv as a Salesforce export (recognised by Account Name, Reports To), fields separated by `;`',
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Wrote the new map accounts/nordvik.acctmap.yaml:');
    expect(r.stdout).toMatch(/\n4 added, 0 updated, 0 missing from the export\n$/);
    const file = path.join(dir, 'accounts/nordvik.acctmap.yaml');
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('\naccount:\n  id: nordvik-kraft-as\n  name: Nordvik Kraft AS\n');
    const map = people(file);
    expect([...map.keys()]).toEqual([
      'solveig-asen',
      'bjorn-aero',
      'ase-odegard',
      'jean-luc-muller',
    ]);
    expect(map.get('ase-odegard')).toEqual({
      id: 'ase-odegard',
      name: 'Åse Ødegård',
      // The `;` inside quotes is part of the title.
      title: 'Leder for OT-sikkerhet; drift',
      unit: 'ot-sikkerhet',
      reports_to: 'bjorn-aero',
      stance: 'unknown',
      status: 'new',
      email: 'ase.odegard@nordvik.example',
    });
    const v = acctmap(['validate', '--as-of', '2026-12-02', '--no-rules', file], { cwd: dir });
    expect(v.stdout).toContain('1 map in 1 file checked, no problems');
    expect(v.code).toBe(0);
  });

  it('takes the account id from --id and the name from --account', () => {
    const dir = workspace();
    const r = acctmap(
      [
        'import',
        'hubspot-contacts.csv',
        '--into',
        'new.acctmap.yaml',
        '--account',
        'NORDVIK KRAFT AS',
        '--id',
        'nordvik',
      ],
      { cwd: dir },
    );
    expect(r.code).toBe(0);
    const data = parseDocument(readFileSync(path.join(dir, 'new.acctmap.yaml'), 'utf8')).toJS();
    expect(data.account).toEqual({ id: 'nordvik', name: 'Nordvik Kraft AS' });
    expect(data.people.map((p: Person) => p.id)).toEqual([
      'solveig-asen',
      'bjorn-aero',
      'ase-odegard',
    ]);
  });
});

describe('acctmap import: where the people go', () => {
  it('fills an empty file as a new map, and says how to name map files', () => {
    const dir = workspace();
    writeFileSync(path.join(dir, 'acme.yaml'), '');
    const r = acctmap(['import', 'salesforce-contacts.csv', '--into', 'acme.yaml'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(
      'acctmap: name map files *.acctmap.yaml so that `acctmap validate` finds them by itself',
    );
    expect(readFileSync(path.join(dir, 'acme.yaml'), 'utf8')).toContain(
      '\naccount:\n  id: nordvik-kraft-as\n',
    );
  });

  it('asks which map of a file with several, and takes the one --id names', () => {
    const dir = workspace();
    copyFileSync(
      path.join(EXAMPLES, 'portfolio', 'small-accounts.acctmap.yaml'),
      path.join(dir, 'small.acctmap.yaml'),
    );
    writeFileSync(path.join(dir, 'export.csv'), 'Name,Title\nRandi Kvamme,CFO\n');
    const before = readFileSync(path.join(dir, 'small.acctmap.yaml'), 'utf8');
    const r = acctmap(['import', 'export.csv', '--into', 'small.acctmap.yaml'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /small\.acctmap\.yaml holds 2 maps \(`[a-z-]+`, `[a-z-]+`\); say which one the people go into with --id\n$/,
    );
    const second = parseAllDocuments(before)[1]!.toJS().account.id as string;
    const ok = acctmap(
      ['import', 'export.csv', '--into', 'small.acctmap.yaml', '--id', second, '--format', 'json'],
      { cwd: dir },
    );
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout).updated).toEqual([{ id: 'randi-kvamme', fields: ['title'] }]);
    const { removed } = lineDiff(
      before,
      readFileSync(path.join(dir, 'small.acctmap.yaml'), 'utf8'),
    );
    expect(removed.map((i) => linesOf(before)[i])).toEqual([
      '    title: Municipal director of finance\n',
    ]);
  });

  it('asks for the account of a new map when the export names no company', () => {
    const dir = workspace();
    writeFileSync(path.join(dir, 'export.csv'), 'Name,Title\nOla Nordmann,CTO\n');
    const r = acctmap(['import', 'export.csv', '--into', 'new.acctmap.yaml'], { cwd: dir });
    expect(r.stderr).toBe(
      "acctmap: new.acctmap.yaml does not exist yet, and export.csv names no company to call the new map's account; name it with --account NAME\n",
    );
    expect(r.code).toBe(2);
    expect(existsSync(path.join(dir, 'new.acctmap.yaml'))).toBe(false);
    const ok = acctmap(
      ['import', 'export.csv', '--into', 'new.acctmap.yaml', '--account', 'Ærø Kraft'],
      { cwd: dir },
    );
    expect(ok.code).toBe(0);
    expect(readFileSync(path.join(dir, 'new.acctmap.yaml'), 'utf8')).toContain(
      '  id: aero-kraft\n  name: Ærø Kraft\n',
    );
  });

  it('refuses an --id that is not a slug', () => {
    const r = acctmap(
      ['import', 'salesforce-contacts.csv', '--into', 'x.acctmap.yaml', '--id', 'Nordvik Kraft'],
      { cwd: workspace() },
    );
    expect(r.stderr).toContain('--id must be a slug');
    expect(r.code).toBe(2);
  });

  it('prints nothing with --quiet, and writes all the same', () => {
    const dir = workspace();
    const r = acctmap(['import', 'salesforce-contacts.csv', '--into', MAP, '--quiet'], {
      cwd: dir,
    });
    expect(r).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(readFileSync(path.join(dir, MAP), 'utf8')).toContain('title: Konsernsjef\n');
  });
});

describe('acctmap import into an existing commented map', () => {
  it('keeps every comment and untouched line, and never changes a judgment', () => {
    const dir = workspace();
    const file = path.join(dir, MAP);
    const before = readFileSync(file, 'utf8');
    const r = acctmap(['import', 'salesforce-contacts.csv', '--into', MAP], { cwd: dir });
    expect(r.code).toBe(0);
    const after = readFileSync(file, 'utf8');

    // Only Solveig's title line is replaced; her phone, a unit and two people are added.
    const { removed, added } = lineDiff(before, after);
    expect(removed.map((i) => linesOf(before)[i])).toEqual([
      '    title: Administrerende direktør\n',
    ]);
    expect(added.map((i) => linesOf(after)[i]!.trim()).filter(Boolean)).toEqual([
      '- id: ot-sikkerhet',
      'name: OT-sikkerhet',
      'title: Konsernsjef',
      'phone: +47 55 00 10 00',
      '- id: ase-odegard',
      'name: Åse Ødegård',
      'title: Leder for OT-sikkerhet; drift',
      'unit: ot-sikkerhet',
      'reports_to: bjorn-aeroe',
      'stance: unknown',
      'status: new',
      'email: ase.odegard@nordvik.example',
      '- id: jean-luc-muller',
      'name: Jean-Luc Müller',
      'title: Innkjøpsrådgiver, energi',
      'stance: unknown',
      'status: new',
    ]);
    for (const line of linesOf(before).filter((l) => l.trimStart().startsWith('#')))
      expect(after).toContain(line);

    const old = people(path.join(IMPORT, MAP));
    for (const [id, p] of people(file)) {
      const was = old.get(id);
      if (was) for (const key of JUDGMENTS) expect(p[key], `${id}.${key}`).toEqual(was[key]);
    }
    expect(r.stdout).toContain('  - per-lund: "Per Lund"');
    expect(r.stdout).toMatch(/\n2 added, 1 updated, 1 missing from the export\n$/);

    const v = acctmap(['validate', '--as-of', '2026-12-02', MAP, '--format', 'json'], { cwd: dir });
    const errors = JSON.parse(v.stdout).summary.errors;
    expect(errors).toBe(0);
  });

  it('changes nothing the second time, and does not even rewrite the file', () => {
    const dir = workspace();
    const file = path.join(dir, MAP);
    const args = ['import', 'hubspot-contacts.csv', '--into', MAP, '--account', 'Nordvik Kraft AS'];
    expect(acctmap(args, { cwd: dir }).code).toBe(0);
    const once = readFileSync(file);
    const stamp = statSync(file).mtimeMs;
    const again = acctmap([...args, '--format', 'json'], { cwd: dir });
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout)).toEqual({
      file: MAP,
      dry_run: false,
      created: false,
      added: [],
      updated: [],
      missing: ['per-lund'],
      skipped: [],
      units_added: [],
    });
    expect(readFileSync(file)).toEqual(once);
    expect(statSync(file).mtimeMs).toBe(stamp);
  });

  it('marks people missing from the export as left when asked', () => {
    const dir = workspace();
    const r = acctmap(
      [
        'import',
        'salesforce-contacts.csv',
        '--into',
        MAP,
        '--mark-missing-left',
        '--format',
        'json',
      ],
      { cwd: dir },
    );
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({
      added: ['ase-odegard', 'jean-luc-muller'],
      updated: [
        { id: 'solveig-aasen', fields: ['title', 'phone'] },
        { id: 'per-lund', fields: ['status'] },
      ],
      missing: ['per-lund'],
      units_added: ['ot-sikkerhet'],
    });
    const text = readFileSync(path.join(dir, MAP), 'utf8');
    expect(text).toContain('    last_contact: 2026-09-30\n    status: left\n');
  });

  it('--dry-run lists the changes person by person and writes nothing', () => {
    const dir = workspace();
    const file = path.join(dir, MAP);
    const before = readFileSync(file);
    const r = acctmap(['import', 'salesforce-contacts.csv', '--into', MAP, '--dry-run'], {
      cwd: dir,
    });
    expect(r.code).toBe(0);
    expect(readFileSync(file)).toEqual(before);
    expect(r.stdout).toContain(
      [
        'Updated people (1):',
        '  ~ solveig-aasen: "Solveig Åsen" (row 2)',
        '      title: "Administrerende direktør" → "Konsernsjef"',
        '      phone: (not set) → "+47 55 00 10 00"',
      ].join('\n'),
    );
    expect(r.stdout).toContain(
      '  + ase-odegard: "Åse Ødegård" (row 4)\n      title: "Leder for OT-sikkerhet; drift"\n',
    );
    const fresh = acctmap(
      ['import', 'salesforce-contacts.csv', '--into', 'new.acctmap.yaml', '--dry-run'],
      {
        cwd: dir,
      },
    );
    expect(fresh.code).toBe(0);
    expect(existsSync(path.join(dir, 'new.acctmap.yaml'))).toBe(false);
  });
});

describe('acctmap import: what it refuses (exit 2, the map untouched)', () => {
  const cases: Array<[string, string | Buffer, string[], RegExp]> = [
    [
      'several companies without --account',
      readFileSync(path.join(IMPORT, 'hubspot-contacts.csv')),
      [],
      /^acctmap: export\.csv: the file names 2 companies: Nordvik Kraft AS \(3 rows\), Bolt Energi AS \(1 row\); choose one with --account NAME\n$/,
    ],
    [
      'an empty file',
      '',
      [],
      /^acctmap: export\.csv: the file is empty: export the contacts again, with a header row\n$/,
    ],
    [
      'a header and no rows',
      '\ufeffFirst Name;Last Name\r\n',
      [],
      /a header row but no people in it/,
    ],
    [
      'a file with no name column',
      'Email,Job Title\nola@nordvik.example,CTO\n',
      [],
      /^acctmap: export\.csv: the file has no name column \(its columns are: `Email`, `Job Title`\); name the column that holds people's names with --column "Header=name"/,
    ],
    ['more rows than --max-rows', 'Name\nA\nB\nC\n', ['--max-rows', '2'], /more than 2 rows/],
    [
      'a quote never closed',
      'Name,Title\n"Ola,CTO\n',
      [],
      /a quoted field is never closed at line \d/,
    ],
    [
      'an Excel workbook',
      Buffer.from('PK\u0003\u0004rest of a zip'),
      [],
      /is an Excel workbook \(\.xlsx\) or another zip file, not CSV/,
    ],
    [
      'a company that is not in the file',
      'Name,Company\nOla,Bolt\n',
      ['--account', 'Nordvik'],
      /no row of the file has the company `Nordvik`; it names: Bolt \(1 row\)/,
    ],
  ];

  it.each(cases)('%s', (_name, content, extra, message) => {
    const dir = workspace();
    writeFileSync(path.join(dir, 'export.csv'), content);
    const before = readFileSync(path.join(dir, MAP));
    const r = acctmap(['import', 'export.csv', '--into', MAP, ...extra], { cwd: dir });
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(readFileSync(path.join(dir, MAP))).toEqual(before);
  });

  it('names a missing export', () => {
    const r = acctmap(['import', 'nowhere.csv', '--into', MAP], { cwd: workspace() });
    expect(r.stderr).toBe('acctmap: cannot read nowhere.csv: no such file or folder\n');
    expect(r.code).toBe(2);
  });
});

describe('acctmap import: a result that would not validate is not written (exit 1)', () => {
  it('shows the problem and leaves the map as it was', () => {
    const dir = workspace();
    // Solveig reports to Bjørn, who reports to Solveig: a cycle the map must not hold.
    writeFileSync(
      path.join(dir, 'export.csv'),
      'Name,Reports To\nSolveig Åsen,Bjørn Ærø\nBjørn Ærø,Solveig Åsen\n',
    );
    const before = readFileSync(path.join(dir, MAP));
    const r = acctmap(['import', 'export.csv', '--into', MAP], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      `acctmap: after the import ${MAP} would not validate, so nothing was written:`,
    );
    expect(r.stderr).toMatch(/reports_to.*(cycle|circle)/i);
    expect(readFileSync(path.join(dir, MAP))).toEqual(before);
  });

  it('does not touch a map that does not validate to begin with', () => {
    const dir = workspace();
    const file = path.join(dir, MAP);
    writeFileSync(file, readFileSync(file, 'utf8').replace('stance: skeptic', 'stance: sceptic'));
    const before = readFileSync(file);
    const r = acctmap(['import', 'salesforce-contacts.csv', '--into', MAP], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`acctmap: ${MAP} does not validate, so the import did not touch it`);
    expect(r.stderr).toMatch(new RegExp(`${MAP}:\\d+:\\d+ .*sceptic`));
    expect(readFileSync(file)).toEqual(before);
  });
});

describe('acctmap import: an Excel sheet saved as CSV in a Nordic locale', () => {
  it('reads Windows-1252 with `;` and Norwegian headers, and says so', () => {
    const dir = workspace();
    const sheet =
      'sep=;\r\nNavn;Stilling;E-post;Avdeling;Nærmeste leder;Firma\r\n' +
      'Solveig Åsen;Konsernsjef – CEO;solveig.aasen@nordvik.example;Konsernledelse;;Nordvik Kraft AS\r\n' +
      'Øystein Bæk;Innkjøper, “strategisk”;oystein@nordvik.example;Innkjøp;Solveig Åsen;Nordvik Kraft AS\r\n';
    writeFileSync(path.join(dir, 'ark.csv'), iconv.encode(sheet, 'win1252'));
    const r = acctmap(['import', 'ark.csv', '--into', MAP, '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('ark.csv is not UTF-8, so it was read as Windows-1252');
    expect(r.stderr).toContain('read ark.csv as a spreadsheet, fields separated by `;`');
    const map = people(path.join(dir, MAP));
    expect(map.get('solveig-aasen')!.title).toBe('Konsernsjef – CEO');
    expect(map.get('oystein-baek')).toMatchObject({
      name: 'Øystein Bæk',
      title: 'Innkjøper, “strategisk”',
      unit: 'innkjop',
      reports_to: 'solveig-aasen',
    });
  });
});

describe('acctmap import --help', () => {
  it('shows the options and examples', () => {
    const r = acctmap(['import', '--help']);
    expect(r.code).toBe(0);
    for (const text of [
      '--into <file>',
      '--source <source>',
      '--column <header=field>',
      '--account <name>',
      '--mark-missing-left',
      '--dry-run',
      '--max-rows <n>',
      'Examples:',
      'docs/import.md',
    ])
      expect(r.stdout).toContain(text);
  });
});
