/**
 * Each kind of broken map, run through the real CLI: the finding's rule, line and column (counted
 * by hand from the text below) and the words that tell the user how to fix it.
 */
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { acctmap, tempDir } from './helpers/cli.js';

interface Expected {
  rule: string;
  line: number;
  column: number;
  includes: string[];
}

const HEAD = 'acctmap: 1\naccount:\n  id: acme\n  name: Acme\n';

const cases: Array<{ name: string; text: string; expect: Expected[] }> = [
  {
    name: 'unknown key with a close match',
    text: `${HEAD}people:\n  - id: anna\n    name: Anna\n    stanse: supporter\n`,
    expect: [
      {
        rule: 'schema',
        line: 8,
        column: 5,
        includes: ['unknown key `stanse`', 'people[0]', 'did you mean `stance`?'],
      },
    ],
  },
  {
    name: 'unknown key with nothing close lists what is allowed',
    text: `${HEAD}budget: 12\n`,
    expect: [
      {
        rule: 'schema',
        line: 5,
        column: 1,
        includes: ['unknown key `budget`', 'allowed keys', '`financials`', '`profile`'],
      },
    ],
  },
  {
    name: 'mistyped enum value',
    text: `${HEAD}people:\n  - id: anna\n    name: Anna\n    stance: suporter\n`,
    expect: [
      {
        rule: 'schema',
        line: 8,
        column: 13,
        includes: ['`suporter`', 'did you mean `supporter`?'],
      },
    ],
  },
  {
    name: 'enum value with nothing close lists the values',
    text: `${HEAD}relationship:\n  stage: friends\n`,
    expect: [
      {
        rule: 'schema',
        line: 6,
        column: 10,
        includes: ['`friends`', '`exploratory`', '`integrated`'],
      },
    ],
  },
  {
    name: 'impossible date',
    text: `${HEAD}  reviewed: 2026-13-45\n`,
    expect: [
      {
        rule: 'schema',
        line: 5,
        column: 13,
        includes: ['`2026-13-45` is not a date', 'YYYY-MM-DD'],
      },
    ],
  },
  {
    name: 'margin written as a percentage number',
    text: `${HEAD}financials:\n  margin: 32\n`,
    expect: [{ rule: 'schema', line: 6, column: 11, includes: ['percentage', '`0.32`'] }],
  },
  {
    name: 'margin written as a percentage string, per period',
    text: `${HEAD}financials:\n  margin:\n    2025: "32%"\n`,
    expect: [{ rule: 'schema', line: 7, column: 11, includes: ['`32%`', '`0.32`'] }],
  },
  {
    name: 'missing required key points at the parent',
    text: `${HEAD}people:\n  - id: anna\n    title: CFO\n`,
    expect: [
      {
        rule: 'schema',
        line: 6,
        column: 5,
        includes: ['missing required key `name`', 'people[0]'],
      },
    ],
  },
  {
    name: 'wrong type',
    text: `${HEAD}account_tags: x\n`.replace('account_tags: x', 'people: many'),
    expect: [
      {
        rule: 'schema',
        line: 5,
        column: 9,
        includes: ['people', 'expected a list', 'text `many`'],
      },
    ],
  },
  {
    name: 'duplicate key is a YAML error at the second key',
    text: `${HEAD}  name: Acme again\n`,
    expect: [{ rule: 'yaml', line: 5, column: 3, includes: ['unique', 'keep one'] }],
  },
  {
    name: 'tab indentation',
    text: 'acctmap: 1\naccount:\n\tid: acme\n',
    expect: [{ rule: 'yaml', line: 3, column: 1, includes: ['tab'] }],
  },
  {
    name: 'git conflict markers',
    text: `${HEAD}<<<<<<< HEAD\nnotes: ours\n=======\nnotes: theirs\n>>>>>>> branch\n`,
    expect: [{ rule: 'yaml', line: 5, column: 1, includes: ['merge conflict'] }],
  },
  {
    name: 'unknown reference with a suggestion',
    text: `${HEAD}people:\n  - id: anna-berg\n    name: Anna\n  - id: ola\n    name: Ola\n    reports_to: ana-berg\n`,
    expect: [
      {
        rule: 'reference',
        line: 10,
        column: 17,
        includes: ['unknown person `ana-berg`', 'did you mean `anna-berg`?'],
      },
    ],
  },
  {
    name: 'duplicate id across team and people',
    text: `${HEAD}team:\n  - id: kari\n    name: Kari\npeople:\n  - id: kari\n    name: Kari Customer\n`,
    expect: [
      { rule: 'reference', line: 9, column: 9, includes: ['duplicate id `kari`', 'team[0]'] },
    ],
  },
  {
    name: 'reporting cycle spelled out',
    text: `${HEAD}people:\n  - id: a\n    name: A\n    reports_to: b\n  - id: b\n    name: B\n    reports_to: a\n`,
    expect: [{ rule: 'reference', line: 8, column: 17, includes: ['reporting cycle: a → b → a'] }],
  },
  {
    name: 'unit parent cycle',
    text: `${HEAD}units:\n  - id: x\n    name: X\n    parent: x\n`,
    expect: [{ rule: 'reference', line: 8, column: 13, includes: ['unit parent cycle: x → x'] }],
  },
  {
    name: 'another format version',
    text: 'acctmap: 2\naccount: {id: acme, name: Acme}\n',
    expect: [
      { rule: 'schema', line: 1, column: 10, includes: ['format version 2', 'reads version 1'] },
    ],
  },
  {
    name: 'a YAML list instead of a map',
    text: '- acctmap: 1\n',
    expect: [{ rule: 'schema', line: 1, column: 1, includes: ['a list, not an account map'] }],
  },
  {
    name: 'alias bomb',
    text: `a: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\ng: [*f,*f,*f,*f,*f,*f,*f,*f,*f]\n`,
    expect: [{ rule: 'yaml', line: 1, column: 1, includes: ['alias'] }],
  },
  {
    name: 'mixed years and quarters',
    text: `${HEAD}financials:\n  revenue:\n    2024: 100\n    2025-Q1: 30\n`,
    expect: [{ rule: 'schema', line: 7, column: 5, includes: ['mixes years and quarters'] }],
  },
];

describe('validate reports each kind of broken map at the right place', () => {
  for (const c of cases) {
    it(c.name, () => {
      const dir = tempDir();
      writeFileSync(path.join(dir, 'case.acctmap.yaml'), c.text);
      const r = acctmap(['validate', '--no-rules', '--format', 'json'], { cwd: dir });
      expect(r.stderr).toBe('');
      expect(r.code).toBe(1);
      const out = JSON.parse(r.stdout) as {
        diagnostics: Array<Expected & { message: string; file: string; severity: string }>;
      };
      expect(
        out.diagnostics.map((d) => ({ rule: d.rule, line: d.line, column: d.column })),
      ).toEqual(c.expect.map(({ rule, line, column }) => ({ rule, line, column })));
      c.expect.forEach((e, i) => {
        const d = out.diagnostics[i]!;
        expect(d.file).toBe('case.acctmap.yaml');
        expect(d.severity).toBe('error');
        for (const words of e.includes) expect(d.message).toContain(words);
      });
    });
  }

  it('reads CRLF and BOM files like any other', () => {
    const dir = tempDir();
    const text = `${HEAD}people:\n  - id: anna\n    name: Anna\n    stance: suporter\n`;
    writeFileSync(path.join(dir, 'crlf.acctmap.yaml'), `\uFEFF${text.replace(/\n/g, '\r\n')}`);
    const r = acctmap(['validate', '--no-rules', '--format', 'json'], { cwd: dir });
    const out = JSON.parse(r.stdout);
    expect(out.diagnostics).toHaveLength(1);
    expect(out.diagnostics[0]).toMatchObject({ line: 8, column: 13, rule: 'schema' });
  });
});
