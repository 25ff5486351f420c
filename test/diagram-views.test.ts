/**
 * Every view of every example, the hostile-names fixture and a generated 1,500-person org,
 * through the real Mermaid parser. Besides "mermaid accepts it", each diagram must hold to the
 * shape that makes it safe: every line is one of the statement forms the builders write, all
 * text from the map sits inside double quotes, and nothing from the map can become a directive,
 * front matter, a comment or a click line.
 */
import { describe, expect, it } from 'vitest';
import { generateMap } from '../scripts/generate-maps.mjs';
import {
  buildDiagram,
  DEFAULT_LIMITS,
  type DiagramResult,
  type DiagramView,
  MERMAID_MAX_CHARS,
  MERMAID_MAX_EDGES,
  toMarkdown,
  VIEWS,
} from '../src/diagram/index.js';
import { mapFiles, mapFromText, mapsFromFile } from './helpers/diagram-maps.js';
import { lintMarkdown, parseMarkdown } from './helpers/markdown.js';
import { parseMermaid } from './helpers/mermaid.js';

const ID = '[ptugln]\\d+';
const QUOTED = '"[^"]*"';
/** Every statement the builders write. Anything else in a diagram is a bug. */
const STATEMENT = new RegExp(
  [
    '^flowchart (TB|LR)$',
    `^\\s*subgraph ${ID}\\[${QUOTED}\\];$`,
    '^\\s*direction (TB|LR)$',
    '^\\s*end$',
    `^\\s*${ID}(\\(${QUOTED}\\)|\\[${QUOTED}\\])(:::[a-z0-9_]+)?;$`,
    `^\\s*${ID} (---|-->|-\\.-|-\\.->|==>|x--x|~~~)(\\|${QUOTED}\\|)? ${ID};$`,
    `^\\s*style ${ID} [a-z#0-9:,.\\- ]+;$`,
    '^\\s*classDef [a-z0-9_]+ [a-z#0-9:,.\\- ]+;$',
    '^\\s*linkStyle [0-9,]+ [a-z#0-9:,.\\- ]+;$',
  ].join('|'),
);

/** Check the shape of a diagram and run it through Mermaid. */
async function checkDiagram(mermaid: string, where: string): Promise<void> {
  const lines = mermaid.trimEnd().split('\n');
  for (const [i, line] of lines.entries()) {
    if (!STATEMENT.test(line))
      throw new Error(`${where}: line ${i + 1} is not a statement the builders write: ${line}`);
  }
  // Outside the quoted labels: no comment, directive, front matter or interaction.
  const outside = mermaid.replace(/"[^"]*"/g, '""');
  expect(outside).not.toMatch(/%%|^\s*---|\bclick\b|\bcall\b|\bhref\b|\binit\b/m);
  expect(mermaid.length, where).toBeLessThanOrEqual(MERMAID_MAX_CHARS);
  try {
    await parseMermaid(mermaid);
  } catch (error) {
    throw new Error(`${where}: mermaid rejected the diagram: ${(error as Error).message}`);
  }
}

async function checkResult(result: DiagramResult, where: string): Promise<void> {
  expect(result.diagrams.length, where).toBeGreaterThan(0);
  for (const [i, d] of result.diagrams.entries()) {
    expect(d.edges, where).toBeLessThan(MERMAID_MAX_EDGES);
    expect(d.mermaid.length).toBeLessThanOrEqual(DEFAULT_LIMITS.maxChars);
    await checkDiagram(d.mermaid, `${where} diagram ${i + 1} (${d.title})`);
  }
}

/** People drawn as themselves (not as stubs or legend), per diagram, by the org view. */
function drawnPeople(mermaid: string): number {
  return mermaid.split('\n').filter((l) => /^\s*p\d+\(/.test(l) && !l.endsWith(':::stub;')).length;
}

const examples = mapFiles('examples');

describe('every view of every example', () => {
  it('finds the examples', () => {
    expect(examples.length).toBeGreaterThanOrEqual(4);
  });

  for (const file of examples) {
    it(`${file}: org, influence and units are valid Mermaid`, async () => {
      for (const { map } of mapsFromFile(file)) {
        for (const view of VIEWS) {
          const result = buildDiagram(map, { view });
          await checkResult(result, `${file} ${map.account.id} --view ${view}`);
          // The examples are small enough for one diagram each, with nothing left out of the org.
          expect(result.diagrams, `${file} ${view}`).toHaveLength(1);
          if (view === 'org') {
            expect(drawnPeople(result.diagrams[0]!.mermaid)).toBe(map.people?.length ?? 0);
            expect(result.notes).toEqual([]);
          }
        }
      }
    });
  }
});

describe('every view of every other fixture', () => {
  const fixtures = [...mapFiles('test/fixtures/portfolio'), ...mapFiles('test/fixtures/rules')];

  it('finds the fixtures, and every view of every map in them is valid Mermaid', async () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(10);
    for (const file of fixtures) {
      for (const { map } of mapsFromFile(file)) {
        for (const view of VIEWS) {
          await checkResult(buildDiagram(map, { view }), `${file} ${map.account.id} ${view}`);
        }
      }
    }
  }, 60_000);
});

describe('the hostile-names fixture', () => {
  const { map } = mapsFromFile('test/fixtures/hostile/hostile.acctmap.yaml')[0]!;

  for (const view of VIEWS) {
    it(`--view ${view} is valid Mermaid with every name quoted and escaped`, async () => {
      await checkResult(buildDiagram(map, { view }), `hostile --view ${view}`);
    });
  }

  it('takes ids that are Mermaid keywords in --focus and --unit', async () => {
    const cases: [DiagramView, Record<string, string | number>][] = [
      ['org', { unit: 'end' }],
      ['org', { unit: 'subgraph' }],
      ['org', { focus: 'style', depth: 1 }],
      ['influence', { focus: 'o' }],
      ['influence', { focus: 'x', depth: 2 }],
      ['influence', { unit: 'end' }],
      ['units', { focus: 'class' }],
      ['units', { unit: 'end', depth: 0 }],
    ];
    for (const [view, options] of cases) {
      const where = `hostile --view ${view} ${JSON.stringify(options)}`;
      const result = buildDiagram(map, { view, ...options });
      await checkResult(result, where);
      expect(result.diagrams[0]!.mermaid, where).not.toContain('no people');
    }
  });

  it('shows the names as written (entity codes, not raw characters)', () => {
    const org = buildDiagram(map, { view: 'org' }).diagrams[0]!.mermaid;
    // Checked by hand against the escaping table in facts.md.
    expect(org).toContain(
      '("<b>end</b><br>Chief #quot;Executive#quot; Officer<br>[CEO] (acting) {interim}<br>',
    );
    expect(org).toContain("<b>#lt;script#gt;alert('x')#lt;/scr</b><br><b>ipt#gt;</b>");
    expect(org).toContain('<b>#37;#37; not a comment #37;#37;</b>');
    expect(org).toContain('<b>Line one</b><br><b>Line two</b><br><b>Line three</b>');
    expect(org).toContain('<b>محمد العلي</b>');
    expect(org).toContain('<b>王小明</b>');
    expect(org).toContain('<s>Zoë 👩🏽‍💻 Ñúñez 🇳🇴</s><br>Head of 🚀 Growth #124; Ops');
    expect(org).toContain('#35;quot; #35;35;');
    expect(org).toContain('ﬂ\u2060°°35¶\u2060ß');
    // Unit names become box titles: escaped, folded onto two lines at most.
    expect(org).toContain('["<b>graph TD; A--#gt;B; style</b><br><b>A fill:#35;f00;</b>"];');
    expect(org).toContain('["<b>subgraph A [Finance]</b><br><b>end</b>"];');
    // Every person is drawn once, whatever their id (end, style, click, default, …).
    expect(drawnPeople(org)).toBe(map.people!.length);
  });

  it('keeps every character of a 300-character name', () => {
    const long = map.people!.find((p) => p.id === 'default')!.name;
    expect(long).toHaveLength(300);
    const org = buildDiagram(map, { view: 'org' }).diagrams[0]!.mermaid;
    const line = org.split('\n').find((l) => l.includes('Maximilian'))!;
    const shown = line.replace(/<\/?b>/g, '').replace(/<br>/g, ' ');
    expect(shown.replace(/\s/g, '')).toContain(long.replace(/\s/g, ''));
  });

  it('writes a markdown heading that cannot become HTML or markup', () => {
    const md = toMarkdown(buildDiagram(map, { view: 'org' }));
    // A real markdown parser reads the heading back as the name was written, with no HTML,
    // code or other markup made from it.
    const parsed = parseMarkdown(md);
    expect(parsed.headings[0]).toEqual({
      depth: 1,
      text: `${map.account.name}: org chart`,
    });
    const heading = parsed.nodes.find((n) => n.type === 'heading')!;
    expect('children' in heading && heading.children.every((c) => c.type === 'text')).toBe(true);
    expect(parsed.nodes.some((n) => n.type === 'html')).toBe(false);
    expect(md).toContain('\n```mermaid\nflowchart TB\n');
  });
});

describe('a generated 1,500-person org', () => {
  const map = mapFromText(generateMap({ people: 1500, seed: 11 }));

  it('has 1,500 people and a deep unit tree (the generator works)', () => {
    expect(map.people).toHaveLength(1500);
    expect(map.units!.length).toBeGreaterThan(20);
  });

  it('splits the org view into valid diagrams that draw everyone exactly once, and says so', async () => {
    const result = buildDiagram(map, { view: 'org' });
    await checkResult(result, 'generated org');
    expect(result.diagrams.length).toBeGreaterThan(1);
    const total = result.diagrams.reduce((n, d) => n + drawnPeople(d.mermaid), 0);
    expect(total).toBe(1500);
    expect(result.notes[0]).toMatch(
      /too big for one Mermaid diagram .* split into \d+ diagrams by unit and reporting depth\. To draw one part, use --unit/,
    );
  }, 120_000);

  it('names for each part the options that draw it on its own, and they do', () => {
    const result = buildDiagram(map, { view: 'org' });
    const idsOf = (mermaid: string) =>
      new Set(
        mermaid
          .split('\n')
          .filter((l) => /^\s*p\d+\(/.test(l) && !l.endsWith(':::stub;'))
          .map((l) => l.slice(l.indexOf('<b>') + 3, l.indexOf('</b>'))),
      );
    let withOptions = 0;
    for (const d of result.diagrams) {
      for (const option of d.only) {
        expect(option).toMatch(/^(--(unit|focus) [a-z0-9-]+)( --depth \d+)?$|^--depth \d+$/);
        const [, unit] = /--unit ([a-z0-9-]+)/.exec(option) ?? [];
        const [, focus] = /--focus ([a-z0-9-]+)/.exec(option) ?? [];
        const [, depth] = /--depth (\d+)/.exec(option) ?? [];
        const alone = buildDiagram(map, {
          view: 'org',
          ...(unit ? { unit } : {}),
          ...(focus ? { focus } : {}),
          ...(depth ? { depth: Number(depth) } : {}),
        });
        // The option draws (at least) the people of this part's units, in one diagram.
        expect(alone.diagrams, option).toHaveLength(1);
        const drawn = idsOf(alone.diagrams[0]!.mermaid);
        const unitPeople = map.people!.filter((p) => p.unit === unit).map((p) => p.name);
        for (const name of unitPeople) expect(drawn.has(name), `${option}: ${name}`).toBe(true);
        withOptions++;
      }
    }
    expect(withOptions).toBeGreaterThanOrEqual(result.diagrams.length);
    // The markdown says it under each part's heading.
    const md = toMarkdown(result);
    const [first] = result.diagrams[1]!.only;
    expect(md).toContain(`Drawn alone with \`${first}\``);
    expect(lintMarkdown(md)).toEqual([]);
  }, 120_000);

  it('gives valid influence and units views', async () => {
    for (const view of ['influence', 'units'] as const) {
      const result = buildDiagram(map, { view });
      await checkResult(result, `generated ${view}`);
    }
    const influence = buildDiagram(map, { view: 'influence' });
    expect(influence.notes.join('\n')).toMatch(/leaves out [\d,]+ people with no connection/);
  }, 120_000);

  it('draws one unit with --unit, and one person with their chain and reports with --focus', async () => {
    const division = map.units!.find(
      (u) => u.parent && !map.units!.some((c) => c.parent === u.id),
    )!;
    const byUnit = buildDiagram(map, { view: 'org', unit: division.id });
    await checkResult(byUnit, `--unit ${division.id}`);
    const inUnit = map.people!.filter((p) => p.unit === division.id).length;
    expect(byUnit.diagrams.reduce((n, d) => n + drawnPeople(d.mermaid), 0)).toBe(inUnit);

    const lead = map.people!.find((p) => p.title?.startsWith('Team lead'))!;
    const focus = buildDiagram(map, { view: 'org', focus: lead.id, depth: 1 });
    await checkResult(focus, `--focus ${lead.id}`);
    const reports = map.people!.filter((p) => p.reports_to === lead.id).length;
    let chain = 0;
    for (
      let m = map.people!.find((p) => p.id === lead.reports_to);
      m;
      m = map.people!.find((p) => p.id === m!.reports_to)
    )
      chain++;
    expect(drawnPeople(focus.diagrams[0]!.mermaid)).toBe(1 + reports + chain);
  }, 120_000);
});

describe('splitting when the limits are small', () => {
  const { map } = mapsFromFile('examples/havbris-energi.acctmap.yaml')[0]!;

  it('splits the org across diagrams that each fit, drawing each person once', async () => {
    const result = buildDiagram(map, { view: 'org', limits: { maxChars: 4000 } });
    expect(result.diagrams.length).toBeGreaterThan(1);
    for (const d of result.diagrams) expect(d.mermaid.length).toBeLessThanOrEqual(4000);
    await checkResult(result, 'small limits');
    expect(result.diagrams.reduce((n, d) => n + drawnPeople(d.mermaid), 0)).toBe(
      map.people!.length,
    );
    // Managers drawn elsewhere appear as stubs so each part shows where it hangs.
    expect(result.diagrams.slice(1).some((d) => d.mermaid.includes(':::stub;'))).toBe(true);
  });

  it('cuts the number of diagrams and says how to see the rest', () => {
    const result = buildDiagram(map, { view: 'org', limits: { maxChars: 2500, maxDiagrams: 2 } });
    expect(result.diagrams).toHaveLength(2);
    expect(result.notes.join('\n')).toMatch(
      /only the first 2 of \d+ diagrams were made; use --unit, --focus or --depth/,
    );
  });
});
