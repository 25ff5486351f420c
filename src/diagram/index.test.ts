/**
 * The diagram builders on small maps written for each behaviour: what a view draws, how
 * --focus, --depth and --unit cut it, and what a mistake in them says.
 */
import { describe, expect, it } from 'vitest';
import { mapFromText } from '../../test/helpers/diagram-maps.js';
import { parseMermaid } from '../../test/helpers/mermaid.js';
import { buildDiagram, DiagramOptionError, toMarkdown } from './index.js';

/** A small org: CEO, two heads, a team lead with nine reports, one who left, a dotted line. */
const MAP = mapFromText(`
acctmap: 1
account: {id: acme, name: Acme}
team:
  - {id: kari, name: Kari Nygaard, role: Key account director}
units:
  - {id: top, name: Management}
  - {id: it, name: IT, parent: top, depends_on: [fin]}
  - {id: fin, name: Finance, parent: top}
people:
  - {id: ceo, name: Cecilie Eng, title: CEO, unit: top, stance: advocate, influence: high, strength: strong, owner: kari, roles: [economic-buyer]}
  - {id: cio, name: Ivar Olsen, title: CIO, unit: it, reports_to: ceo, stance: opponent, influence: high}
  - {id: cfo, name: Frida Berg, title: CFO, unit: fin, reports_to: ceo, stance: neutral, dotted_to: [cio]}
  - {id: old, name: Old Timer, unit: it, reports_to: cio, status: left, roles: [champion]}
  - {id: lead, name: Lena Dahl, unit: it, reports_to: cio, stance: supporter}
${Array.from({ length: 9 }, (_, i) => `  - {id: dev-${i}, name: Dev ${i}, unit: it, reports_to: lead}`).join('\n')}
connections:
  - {from: kari, to: cio, type: former-colleague, strength: weak}
  - {from: cio, to: cfo, type: conflicts}
  - {from: ceo, to: cfo, type: influences, strength: strong}
`);

/** The node line of the person whose name is `name`. */
function nodeOf(mermaid: string, name: string): string {
  const line = mermaid.split('\n').find((l) => l.includes(`>${name}<`));
  if (!line) throw new Error(`no node for ${name}`);
  return line.trim();
}

function idOf(mermaid: string, name: string): string {
  return /^([a-z]\d+)\(/.exec(nodeOf(mermaid, name))![1]!;
}

describe('org view', () => {
  const org = buildDiagram(MAP, { view: 'org' }).diagrams[0]!.mermaid;

  it('is valid Mermaid', async () => {
    await parseMermaid(org);
  });

  it('colours by stance and borders by our relationship, and marks influence and roles', () => {
    expect(nodeOf(org, 'Cecilie Eng')).toBe(
      `${idOf(org, 'Cecilie Eng')}("<b>Cecilie Eng</b><br>CEO<br><i>Advocate · ●●●</i><br><b>Economic buyer</b>"):::adv_s3;`,
    );
    expect(nodeOf(org, 'Ivar Olsen')).toMatch(/:::opp_s0;$/);
    expect(org).toMatch(
      /classDef adv_s3 fill:#2e7d32,color:#ffffff,stroke:#1565c0,stroke-width:5px;/,
    );
    expect(org).toMatch(
      /classDef opp_s0 fill:#c62828,color:#ffffff,stroke:#9e9e9e,stroke-width:1.5px,stroke-dasharray:5 4;/,
    );
  });

  it('draws people who left as gone, without stance or roles', () => {
    expect(nodeOf(org, 'Old Timer')).toBe(
      `${idOf(org, 'Old Timer')}("<s>Old Timer</s><br><i>left the account</i>"):::gone;`,
    );
  });

  it('draws reporting lines solid and dotted-line managers dotted', () => {
    const [ceo, cio, cfo] = ['Cecilie Eng', 'Ivar Olsen', 'Frida Berg'].map((n) => idOf(org, n));
    expect(org).toContain(`  ${ceo} --- ${cio};`);
    expect(org).toContain(`  ${cio} -.- ${cfo};`);
  });

  it('stacks nine reports who manage nobody in columns of three', () => {
    const devs = Array.from({ length: 9 }, (_, i) => idOf(org, `Dev ${i}`));
    const stacked = org
      .split('\n')
      .filter((l) => l.includes('~~~') && devs.some((d) => l.includes(d)));
    expect(stacked.map((l) => l.trim())).toEqual([
      `${devs[0]} ~~~ ${devs[3]};`,
      `${devs[1]} ~~~ ${devs[4]};`,
      `${devs[2]} ~~~ ${devs[5]};`,
      `${devs[3]} ~~~ ${devs[6]};`,
      `${devs[4]} ~~~ ${devs[7]};`,
      `${devs[5]} ~~~ ${devs[8]};`,
    ]);
  });

  it('nests unit boxes and explains only what it used in the legend', () => {
    expect(org).toMatch(
      /subgraph u\d+\["<b>Management<\/b>"\];\n\s+direction TB\n(.|\n)*subgraph u\d+\["<b>IT<\/b>"\];/,
    );
    const legend = org.split('\n').find((l) => l.includes('>Legend</span>'))!;
    expect(legend).toContain('>Advocate<');
    expect(legend).toContain('>Opponent<');
    expect(legend).not.toContain('>Skeptic<');
    expect(legend).toContain('Left the account');
    expect(legend).toContain('dotted-line manager');
    expect(legend).toContain('<b>Stance toward us</b>');
    expect(legend).toContain('<b>Champion</b> (bold): buying role');
    // Line samples in the lines' own colours (which need !important to show in Mermaid).
    expect(legend).toContain(
      "<span style='color:rgb(126,87,194) !important;font-weight:bold'>┄┄</span> dotted-line manager",
    );
    expect(buildDiagram(MAP, { view: 'org', legend: false }).diagrams[0]!.mermaid).not.toContain(
      'Legend',
    );
  });
});

describe('--focus, --depth and --unit', () => {
  const names = (mermaid: string) =>
    mermaid
      .split('\n')
      .filter((l) => /^\s*p\d+\(/.test(l) && !l.endsWith(':::stub;'))
      .map((l) => /<[bs]>([^<]*)<\/[bs]>/.exec(l)![1]!)
      .sort();

  it('--focus draws the managers above and everyone below', () => {
    const r = buildDiagram(MAP, { view: 'org', focus: 'lead' });
    expect(names(r.diagrams[0]!.mermaid)).toEqual([
      'Cecilie Eng',
      ...Array.from({ length: 9 }, (_, i) => `Dev ${i}`),
      'Ivar Olsen',
      'Lena Dahl',
    ]);
    expect(r.diagrams[0]!.title).toBe('Org chart around Lena Dahl');
    expect(r.notes).toEqual([]);
  });

  it('--depth 0 keeps only the start, and the note counts who was left out', () => {
    const r = buildDiagram(MAP, { view: 'org', focus: 'cio', depth: 0 });
    expect(names(r.diagrams[0]!.mermaid)).toEqual(['Cecilie Eng', 'Ivar Olsen']);
    // The CFO draws a dotted line to the CIO but is not below him: only the stub would show her.
    expect(r.notes).toEqual([
      '11 people more than 0 reporting levels below Ivar Olsen not shown; raise --depth to see them',
    ]);
    const top = buildDiagram(MAP, { view: 'org', depth: 1 });
    expect(names(top.diagrams[0]!.mermaid)).toEqual(['Cecilie Eng', 'Frida Berg', 'Ivar Olsen']);
  });

  it('--unit keeps one unit and its sub-units, with the manager above as a stub', () => {
    const r = buildDiagram(MAP, { view: 'org', unit: 'fin' });
    const m = r.diagrams[0]!.mermaid;
    expect(names(m)).toEqual(['Frida Berg']);
    expect(m).toMatch(/\("Cecilie Eng<br><i>outside this view<\/i>"\):::stub;/);
    expect(m).toMatch(/\("Ivar Olsen<br><i>outside this view<\/i>"\):::stub;/);
  });

  it('influence view: --focus takes a team member, and --depth counts lines from our team', () => {
    const r = buildDiagram(MAP, { view: 'influence', focus: 'kari' });
    const m = r.diagrams[0]!.mermaid;
    expect(names(m)).toEqual(['Cecilie Eng', 'Ivar Olsen']);
    expect(m).toContain('|"former colleague"|');
    const d = buildDiagram(MAP, { view: 'influence', depth: 1 });
    expect(names(d.diagrams[0]!.mermaid)).toEqual(['Cecilie Eng', 'Ivar Olsen']);
    expect(d.notes[0]).toMatch(/^12 people more than 1 line away from our team not shown/);
  });

  it('units view: --focus on a person starts from their unit and keeps its parents', () => {
    const r = buildDiagram(MAP, { view: 'units', focus: 'cfo' });
    const m = r.diagrams[0]!.mermaid;
    expect(m).toContain('<b>Finance</b>');
    expect(m).toContain('<b>Management</b>');
    expect(m).not.toContain('<b>IT</b><br>');
  });

  it('says what is wrong with an id, and what was probably meant', () => {
    const cases: [Parameters<typeof buildDiagram>[1], string][] = [
      [{ focus: 'ceoo' }, '--focus: account `acme` has no person `ceoo`; did you mean `ceo`?'],
      [{ focus: 'frida' }, '--focus: account `acme` has no person `frida`; did you mean `cfo`?'],
      [
        { focus: 'kari' },
        '--focus: `kari` is a member of our team; the org view starts from a person of the account (the influence view takes team members too)',
      ],
      [{ focus: 'it' }, '--focus: `it` is a unit; use --unit it to draw one unit'],
      [{ unit: 'finance' }, '--unit: account `acme` has no unit `finance`; did you mean `fin`?'],
      [{ depth: -1 }, '--depth must be a whole number of 0 or more, got -1'],
      [{ view: 'people' as never }, 'unknown view `people`: use one of org, influence, units'],
    ];
    for (const [options, message] of cases) {
      expect(() => buildDiagram(MAP, options)).toThrow(new DiagramOptionError(message));
    }
  });
});

describe('influence view', () => {
  const m = buildDiagram(MAP, { view: 'influence' }).diagrams[0]!.mermaid;

  it('puts our team in its own box and draws warm paths, conflicts and influence', async () => {
    await parseMermaid(m);
    expect(m).toMatch(
      /subgraph g\d+\["<b>Our team<\/b>"\];\n\s+t1\("<b>Kari Nygaard<\/b><br>Key account director"\):::team;/,
    );
    const [ceo, cio, cfo] = ['Cecilie Eng', 'Ivar Olsen', 'Frida Berg'].map((n) => idOf(m, n));
    // Kari owns the CEO relationship (strong) and knows the CIO from before (weak).
    expect(m).toContain(`  t1 ==> ${ceo};`);
    expect(m).toContain(`  t1 -.->|"former colleague"| ${cio};`);
    expect(m).toContain(`  ${cio} x--x ${cfo};`);
    expect(m).toContain(`  ${ceo} ==> ${cfo};`);
  });

  it('leaves out people with no line, role, owner or influence, and says so', () => {
    const r = buildDiagram(MAP, { view: 'influence' });
    expect(r.notes).toEqual([
      'influence view leaves out 10 people with no connection, buying role, owner or high influence; the org view (--view org) shows everyone',
    ]);
  });
});

describe('units view', () => {
  const units = buildDiagram(MAP, { view: 'units' }).diagrams[0]!.mermaid;

  it('counts people here and in all, and draws parents and dependencies', async () => {
    await parseMermaid(units);
    expect(units).toContain('<b>Management</b><br><i>1 person here, 13 in all</i>');
    const [top, it, fin] = ['Management', 'IT', 'Finance'].map(
      (n) => new RegExp(`^\\s*(u\\d+)\\["<b>${n}</b>`, 'm').exec(units)![1],
    );
    expect(units).toContain(`  ${top} --- ${it};`);
    expect(units).toContain(`  ${it} -.-> ${fin};`);
    // A tally folds between counts, never between a count and its word.
    expect(units).toContain('1\u00a0for · 1\u00a0against ·<br>9\u00a0unknown');
  });

  it('puts the legend under the lowest unit, away from the lines from the top', () => {
    // Finance sits lowest: under Management, and under IT, which depends on it.
    const fin = /^\s*(u\d+)\["<b>Finance<\/b>/m.exec(units)![1];
    expect(units).toContain(`  ${fin} ~~~ l1;`);
    expect(buildDiagram(MAP, { view: 'units', legend: false }).diagrams[0]!.mermaid).not.toContain(
      '~~~',
    );
  });
});

describe('empty maps and markdown', () => {
  const empty = mapFromText('acctmap: 1\naccount: {id: empty, name: Empty Co}\n');

  it('draws a note rather than nothing', async () => {
    for (const view of ['org', 'influence', 'units'] as const) {
      const r = buildDiagram(empty, { view });
      expect(r.diagrams).toHaveLength(1);
      await parseMermaid(r.diagrams[0]!.mermaid);
      expect(r.diagrams[0]!.mermaid).toMatch(
        /n1\["<i>no (people|units|people or team members) .*yet<\/i>"\]:::note;/,
      );
    }
  });

  it('wraps each diagram in a fenced block under a heading', () => {
    const md = toMarkdown(buildDiagram(MAP, { view: 'units' }), { level: 2 });
    expect(md.startsWith('## Acme: units\n\n```mermaid\nflowchart TB\n')).toBe(true);
    expect(md.trimEnd().endsWith('```')).toBe(true);
  });
});
