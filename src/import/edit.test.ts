import { describe, expect, it } from 'vitest';
import { renderScalar, writePlan } from './edit.js';
import type { ImportPlan, NewPerson } from './plan.js';

function plan(parts: Partial<ImportPlan>): ImportPlan {
  return {
    added: [],
    updated: [],
    missing: [],
    markMissingLeft: false,
    units: [],
    skipped: [],
    notes: [],
    ...parts,
  };
}

const ola: NewPerson = {
  row: 2,
  person: {
    id: 'ola',
    name: 'Ola Nordmann',
    title: 'CTO, Nordics',
    stance: 'unknown',
    status: 'new',
  },
};

const HEAD = 'acctmap: 1\naccount: { id: acme, name: Acme }\n';

describe('writePlan', () => {
  it('replaces a value in its old quoting, and keeps the comment beside it', () => {
    const text = `${HEAD}people:\n  - id: kari\n    name: 'Kari'  # the boss\n    title: "CEO"   # since 2020\n`;
    const out = writePlan(
      text,
      0,
      plan({
        updated: [
          {
            id: 'kari',
            name: 'Kari',
            changes: [
              { field: 'title', before: 'CEO', after: 'CEO: Nordics' },
              { field: 'name', before: 'Kari', after: "Kari O'Hara" },
            ],
          },
        ],
      }),
    );
    expect(out).toBe(
      `${HEAD}people:\n  - id: kari\n    name: 'Kari O''Hara'  # the boss\n    title: "CEO: Nordics"   # since 2020\n`,
    );
  });

  it('adds a missing key where the format lists it, indented like its neighbours', () => {
    const text = `${HEAD}people:\n    -   id: kari\n        name: Kari\n        # what we know\n        stance: supporter\n        notes: |\n          Likes\n          data.\n`;
    const out = writePlan(
      text,
      0,
      plan({
        updated: [
          {
            id: 'kari',
            name: 'Kari',
            changes: [
              { field: 'title', after: 'CEO' },
              { field: 'email', after: 'kari@acme.example' },
            ],
          },
        ],
      }),
    );
    expect(out).toBe(
      `${HEAD}people:\n    -   id: kari\n        name: Kari\n        title: CEO\n        # what we know\n        stance: supporter\n        notes: |\n          Likes\n          data.\n        email: kari@acme.example\n`,
    );
  });

  it('writes into flow entries in flow style, and new entries like the old ones', () => {
    const text = `${HEAD}people:\n  - { id: kari, name: Kari }\n  - {id: per, name: Per, title: CFO}\n`;
    const out = writePlan(
      text,
      0,
      plan({
        added: [ola],
        updated: [
          {
            id: 'per',
            name: 'Per',
            changes: [{ field: 'title', before: 'CFO', after: 'CFO, acting' }],
          },
          { id: 'kari', name: 'Kari', changes: [{ field: 'title', after: '[Interim] CEO' }] },
        ],
      }),
    );
    expect(out).toBe(
      `${HEAD}people:\n  - { id: kari, name: Kari, title: "[Interim] CEO" }\n  - {id: per, name: Per, title: "CFO, acting"}\n  - { id: ola, name: Ola Nordmann, title: "CTO, Nordics", stance: unknown, status: new }\n`,
    );
  });

  it('keeps blank lines between entries, CRLF line endings and a missing final newline', () => {
    const text =
      `${HEAD}people:\r\n  - id: kari\r\n    name: Kari\r\n\r\n  - id: per\r\n    name: Per`.replace(
        /(?<!\r)\n/g,
        '\r\n',
      );
    const out = writePlan(text, 0, plan({ added: [ola] }));
    expect(out).toBe(
      `${text}\r\n\r\n  - id: ola\r\n    name: Ola Nordmann\r\n    title: CTO, Nordics\r\n    stance: unknown\r\n    status: new\r\n`,
    );
    expect(out.replace(/\r\n/g, '')).not.toContain('\n');
  });

  it('creates `units` and `people` where the format puts them, like the other lists', () => {
    const text = `${HEAD}\nteam:\n- id: kari\n  name: Kari\n\n# what we sell\nopportunities:\n- title: Cloud\n  stage: won\n`;
    const out = writePlan(text, 0, plan({ added: [ola], units: [{ id: 'it', name: 'IT' }] }));
    expect(out).toBe(
      `${HEAD}\nteam:\n- id: kari\n  name: Kari\n\nunits:\n- id: it\n  name: IT\n\npeople:\n- id: ola\n  name: Ola Nordmann\n  title: CTO, Nordics\n  stance: unknown\n  status: new\n\n# what we sell\nopportunities:\n- title: Cloud\n  stage: won\n`,
    );
  });

  it('writes a new list in block style even when the other lists are one-liners', () => {
    const text = `${HEAD}team:\n    - { id: kari, name: Kari }\nunits:\n    - id: it\n      name: IT\n`;
    const out = writePlan(text, 0, plan({ added: [ola] }));
    expect(out).toBe(
      `${text}people:\n    - id: ola\n      name: Ola Nordmann\n      title: CTO, Nordics\n      stance: unknown\n      status: new\n`,
    );
  });

  it.each([
    ['people:\n', 'people:\n  - id: ola\n'],
    ['people: ~\nnotes: x\n', 'people:\n  - id: ola\nnotes: x\n'],
    ['people: []\n', 'people: [{ id: ola }]\n'],
    ['people: [ ]  # none yet\n', 'people: [ { id: ola } ]  # none yet\n'],
    ['people: [{id: kari}]\n', 'people: [{id: kari}, {id: ola}]\n'],
  ])('fills an empty list: %j', (section, expected) => {
    const out = writePlan(
      HEAD + section,
      0,
      plan({ added: [{ row: 2, person: { id: 'ola' } as NewPerson['person'] }] }),
    );
    expect(out).toBe(HEAD + expected);
  });

  it('edits only the document it is given, and keeps a byte-order mark', () => {
    const text = `\ufeff${HEAD}people:\n  - id: kari\n    name: Kari\n---\n${HEAD}people:\n  - id: kari\n    name: Kari\n`;
    const out = writePlan(
      text,
      1,
      plan({
        updated: [{ id: 'kari', name: 'Kari', changes: [{ field: 'title', after: 'CEO' }] }],
      }),
    );
    expect(out).toBe(`${text}    title: CEO\n`);
  });

  it('refuses an edit that would change data it did not plan (an anchor used elsewhere)', () => {
    const text = `${HEAD}people:\n  - id: kari\n    name: Kari\n    title: &t CEO\n  - id: per\n    name: Per\n    title: *t\n`;
    expect(() =>
      writePlan(
        text,
        0,
        plan({
          updated: [{ id: 'kari', name: 'Kari', changes: [{ field: 'title', after: 'CFO' }] }],
        }),
      ),
    ).toThrow(/data other than planned/);
  });
});

describe('renderScalar', () => {
  it.each([
    ['Chief executive officer', false, undefined, 'Chief executive officer'],
    ['Head of IT: Ops', false, undefined, '"Head of IT: Ops"'],
    ['+4755001001', false, undefined, '"+4755001001"'],
    ['#1 fan', false, undefined, '"#1 fan"'],
    ['Ærlig Åsen', false, 'QUOTE_SINGLE', "'Ærlig Åsen'"],
    ['a, b', true, undefined, '"a, b"'],
    ['a, b', false, undefined, 'a, b'],
    ['x'.repeat(120), false, undefined, 'x'.repeat(120)],
  ] as const)('%j (flow: %s, %s) → %s', (value, flow, style, yaml) => {
    expect(renderScalar(value, { flow, style })).toBe(yaml);
  });
});
