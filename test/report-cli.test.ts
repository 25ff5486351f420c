/**
 * `acctmap report` end to end: the built CLI on the examples, the portfolio fixture and the
 * hostile-names map. Every report is read back with a real GFM parser (tables well formed, no
 * HTML), every Mermaid block goes through the real Mermaid parser, and markdownlint's defaults
 * (line length aside) must pass.
 */
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { JSDOM } from 'jsdom';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { generateMap } from '../scripts/generate-maps.mjs';
import { findChromium } from '../src/cli/render/chromium.js';
import { acctmap, EXAMPLES, FIXTURES, tempDir } from './helpers/cli.js';
import { lintMarkdown, type ParsedMarkdown, parseMarkdown } from './helpers/markdown.js';
import { parseMermaid } from './helpers/mermaid.js';

const AS_OF = '2026-11-23';
const CONFIG = path.join(EXAMPLES, 'acctmap.config.yaml');

const EXAMPLE_FILES = [
  ...readdirSync(EXAMPLES)
    .filter((f) => f.endsWith('.acctmap.yaml'))
    .map((f) => path.join(EXAMPLES, f)),
  ...readdirSync(path.join(EXAMPLES, 'portfolio'))
    .filter((f) => f.endsWith('.acctmap.yaml'))
    .map((f) => path.join(EXAMPLES, 'portfolio', f)),
];

/** Every way a report can be broken as markdown; empty when it is sound. */
async function markdownProblems(text: string): Promise<string[]> {
  const doc = parseMarkdown(text);
  const problems: string[] = [];
  for (const t of doc.tables) {
    const n = t.header.length;
    if (t.sourceCellCounts.some((c) => c !== n))
      problems.push(
        `table "${t.header.join(' | ')}" has rows of ${t.sourceCellCounts.join(', ')} cells, header ${n}`,
      );
  }
  for (const n of doc.nodes) if (n.type === 'html') problems.push(`raw HTML: ${n.value}`);
  for (const [i, block] of doc.mermaid.entries()) {
    try {
      await parseMermaid(block);
    } catch (error) {
      problems.push(`mermaid block ${i + 1}: ${(error as Error).message.split('\n')[0]}`);
    }
  }
  for (const p of lintMarkdown(text))
    problems.push(`markdownlint line ${p.line}: ${p.rule} ${p.detail}`);
  return problems;
}

function mapsIn(file: string): Record<string, unknown>[] {
  const text = readFileSync(file, 'utf8');
  return text
    .split(/^---$/m)
    .map((doc) => parseYaml(doc) as Record<string, unknown> | null)
    .filter((d): d is Record<string, unknown> => d !== null && typeof d === 'object');
}

// Every map read here has passed validation, so `account` is there.
type Any = { [k: string]: Any & Any[] } & { account: Any };

/** Contact details and notes written in the examples: what `--redact` must remove. */
function privateTexts(): { contacts: string[]; notes: string[]; names: string[] } {
  const contacts: string[] = [];
  const notes: string[] = [];
  const names: string[] = [];
  const one = (s: unknown) => String(s).replace(/\s+/g, ' ').trim();
  for (const file of EXAMPLE_FILES) {
    for (const m of mapsIn(file) as Any[]) {
      if (m.notes) notes.push(one(m.notes));
      for (const p of (m.people ?? []) as Any[]) {
        for (const k of ['email', 'phone', 'linkedin'])
          if (p[k] !== undefined) contacts.push(one(p[k]));
        if (p.notes) notes.push(one(p.notes));
        names.push(one(p.name));
      }
      for (const u of (m.units ?? []) as Any[]) if (u.notes) notes.push(one(u.notes));
      for (const c of (m.connections ?? []) as Any[]) if (c.notes) notes.push(one(c.notes));
      for (const t of (m.team ?? []) as Any[]) if (t.email) contacts.push(one(t.email));
      // The profile is free-form: contact keys and notes at any depth.
      const walk = (v: unknown): void => {
        if (Array.isArray(v)) v.forEach(walk);
        else if (v && typeof v === 'object')
          for (const [k, x] of Object.entries(v)) {
            if (['email', 'phone', 'linkedin'].includes(k.toLowerCase())) contacts.push(one(x));
            else if (k.toLowerCase() === 'notes') notes.push(one(x));
            else walk(x);
          }
      };
      walk(m.profile);
    }
  }
  return { contacts, notes, names };
}

describe('acctmap report: one account', () => {
  it.each(EXAMPLE_FILES.map((f) => [path.relative(EXAMPLES, f), f]))(
    '%s: sound markdown, valid Mermaid, the sections a review needs',
    async (_name, file) => {
      const r = acctmap([
        'report',
        file,
        '--as-of',
        AS_OF,
        '--config',
        CONFIG,
        '--fail-on',
        'never',
      ]);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(await markdownProblems(r.stdout)).toEqual([]);
      const doc = parseMarkdown(r.stdout);
      const maps = mapsIn(file) as Any[];
      // A multi-map file is a (small) portfolio: one review per map after the ranking.
      const titles = doc.headings
        .filter((h) => h.text.endsWith(': account review'))
        .map((h) => h.text);
      expect(titles).toEqual(maps.map((m) => `${String(m.account.name)}: account review`));
      for (const section of [
        'Summary',
        'Fit and Pareto class',
        'Red flags and findings',
        'Next actions',
        'Stakeholders',
        'Mutual goals',
        'Opportunities',
        'Recent events',
      ]) {
        expect(doc.headings.filter((h) => h.text.startsWith(section))).toHaveLength(maps.length);
      }
      // The org chart and the influence map of each account, as Mermaid.
      expect(doc.mermaid.filter((m) => m.startsWith('flowchart')).length).toBeGreaterThanOrEqual(
        2 * maps.length,
      );
    },
  );

  it('shows the evidence of the intended red flag and turns it into next actions', () => {
    const r = acctmap([
      'report',
      path.join(EXAMPLES, 'havbris-energi.acctmap.yaml'),
      '--as-of',
      AS_OF,
    ]);
    const doc = parseMarkdown(r.stdout);
    expect(doc.text).toContain(
      'recurring business "Service desk re-tender" was lost to Bluefjord Services on 2026-04-30',
    );
    // The loss and the competitor's win are one action, naming whom to ask.
    expect(doc.text).toContain(
      'Win back “Service desk re-tender”, EUR 1,200,000, lost to Bluefjord Services on 2026-04-30: ask Ole Kristian Vik (Service desk manager) and Linnea Berg (Category manager, IT) why we lost it',
    );
    expect(doc.text).not.toContain('Find out what the competitor offered');
    // Buyers we hardly know and the influential skeptic, though no rule flags them.
    expect(doc.text).toMatch(/Strengthen our relationship with Henrik Aas \(EVP Energy trading\)/);
    expect(doc.text).toMatch(/Win over Jukka Mäkinen \(Head of operational technology\)/);
    // The goal at risk is something to rescue even though no rule flags it.
    expect(doc.text).toContain(
      'Rescue the goal “Move 60 % of on-premises workloads to the cloud landing zone”',
    );
    const people = doc.tables.find(
      (t) => t.header[0] === 'Name' && t.header.includes('Our strength'),
    )!;
    expect(people.rows).toHaveLength(14);
    const left = people.rows.find((row) => row[0] === 'Bjørn Tangen')!;
    expect(left[9]).toBe('left');
    const space = doc.tables.find((t) => t.header.includes('Where we stand'))!;
    const stand = (unit: string) => space.rows.find((row) => row[0] === unit)![6];
    expect(stand('Group finance')).toBe('white space');
    expect(stand('Energy trading')).toBe('we sell here');
    // Nothing sold to production itself, but its OT unit is in play: not white space.
    expect(stand('Hydro & wind production')).toBe('business in units below');
  });
});

/** The report of every example, run once and shared by the tests that only read it. */
let examplesRun: ReturnType<typeof acctmap> | undefined;
function examplesReport(): ReturnType<typeof acctmap> {
  examplesRun ??= acctmap([
    'report',
    EXAMPLES,
    '--as-of',
    AS_OF,
    '--config',
    CONFIG,
    '--fail-on',
    'never',
  ]);
  return examplesRun;
}

describe('acctmap report: portfolio', () => {
  let examples: ReturnType<typeof acctmap>;
  beforeAll(() => {
    examples = examplesReport();
  });

  it('ranks every account of the examples, then reviews each', async () => {
    expect(examples.stderr).toBe('');
    expect(examples.code).toBe(0);
    expect(await markdownProblems(examples.stdout)).toEqual([]);
    const doc = parseMarkdown(examples.stdout);
    const names = EXAMPLE_FILES.flatMap((f) =>
      (mapsIn(f) as Any[]).map((m) => String(m.account.name)),
    );
    const ranking = doc.tables[0]!;
    expect(ranking.header.slice(0, 2)).toEqual(['Rank', 'Account']);
    expect(ranking.rows.map((r) => r[1]).sort()).toEqual([...names].sort());
    expect(ranking.rows.map((r) => Number(r[0]))).toEqual(names.map((_, i) => i + 1));
    expect(doc.headings[0]).toEqual({ depth: 1, text: 'Portfolio review' });
    expect(doc.headings.filter((h) => h.depth === 1)).toHaveLength(1);
    expect(
      doc.headings.filter((h) => h.depth === 2 && h.text.endsWith(': account review')),
    ).toHaveLength(names.length);
    expect(doc.mermaid.some((m) => m.startsWith('xychart-beta'))).toBe(true);
    expect(doc.mermaid.some((m) => m.startsWith('quadrantChart'))).toBe(true);
    // Links from the ranking land on each account's review (markdownlint checked the anchors).
    expect(doc.links.filter((l) => l.startsWith('#')).length).toBeGreaterThanOrEqual(names.length);
  });

  it('ranks the twelve-map portfolio fixture and flags the tier disagreements', async () => {
    const dir = path.join(FIXTURES, 'portfolio');
    const r = acctmap(['report', dir, '--as-of', AS_OF, '--fail-on', 'never'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(await markdownProblems(r.stdout)).toEqual([]);
    const doc = parseMarkdown(r.stdout);
    const files = readdirSync(dir).filter((f) => f.endsWith('.acctmap.yaml'));
    const count = files.reduce((n, f) => n + mapsIn(path.join(dir, f)).length, 0);
    expect(doc.tables[0]!.rows).toHaveLength(count);
    const json = JSON.parse(
      acctmap(['score', dir, '--as-of', AS_OF, '--format', 'json'], { cwd: dir }).stdout,
    ) as {
      accounts: { name: string; rank: number; class: string }[];
    };
    // The same ranking as `acctmap score`.
    // The class column adds why an account without a measure is C: `C (no revenue written)`.
    expect(
      doc.tables[0]!.rows.map((row) => [Number(row[0]), row[1], row[5]!.split(' ')[0]]),
    ).toEqual(json.accounts.map((a) => [a.rank, a.name.replace(/\s+/g, ' ').trim(), a.class]));
  });

  it('-o DIR/ writes index.md and one linked review per account, and nothing else', async () => {
    const out = tempDir();
    const r = acctmap([
      'report',
      EXAMPLES,
      '--as-of',
      AS_OF,
      '--config',
      CONFIG,
      '-o',
      `${out}/reviews/`,
      '--fail-on',
      'never',
    ]);
    expect(r.code).toBe(0);
    const dir = path.join(out, 'reviews');
    const written = readdirSync(dir).sort();
    const ids = EXAMPLE_FILES.flatMap((f) => (mapsIn(f) as Any[]).map((m) => String(m.account.id)));
    expect(written).toEqual(['index.md', ...ids.map((id) => `${id}.md`)].sort());
    const index = parseMarkdown(readFileSync(path.join(dir, 'index.md'), 'utf8'));
    expect(await markdownProblems(readFileSync(path.join(dir, 'index.md'), 'utf8'))).toEqual([]);
    const targets = new Set(index.links.filter((l) => !l.startsWith('#') && !l.startsWith('http')));
    expect([...targets].sort()).toEqual(ids.map((id) => `${id}.md`).sort());
    for (const id of ids) {
      const text = readFileSync(path.join(dir, `${id}.md`), 'utf8');
      expect(await markdownProblems(text)).toEqual([]);
      expect(parseMarkdown(text).links).toContain('index.md');
    }
  });

  it('-o DIR/ writes nothing when the folder cannot be written', () => {
    const out = tempDir();
    const blocker = path.join(out, 'reviews');
    // A file where the folder should be.
    acctmap([
      'report',
      path.join(EXAMPLES, 'lumi-skin.acctmap.yaml'),
      '-o',
      blocker,
      '--as-of',
      AS_OF,
    ]);
    const r = acctmap(['report', EXAMPLES, '--as-of', AS_OF, '-o', `${blocker}/`]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/cannot write into .*reviews: it is a file, not a folder/);
    expect(readdirSync(out)).toEqual(['reviews']);
  });
});

describe('acctmap report: a large account', () => {
  it('splits diagrams that would pass Mermaid’s limits, says so, and each part parses', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'big.acctmap.yaml'), generateMap({ people: 300, seed: 5 }));
    const r = acctmap(['report', dir, '--as-of', AS_OF, '--fail-on', 'never']);
    expect(r.code).toBe(0);
    // The tables of a 300-person review are as sound as a small one's (the property tests and
    // the examples check those); what size changes is the diagrams. The real parser checks the
    // 50,000-character and 500-edge limits that GitHub applies.
    const blocks = [...r.stdout.matchAll(/^(`{3,})mermaid\n([\s\S]*?)\n\1$/gm)].map((m) => m[2]!);
    expect(blocks.length).toBeGreaterThan(2);
    for (const block of blocks) await parseMermaid(block);
    expect(r.stdout).toMatch(/^> org view of .* is too big for one Mermaid diagram/m);
  });
});

describe('acctmap report -o DIR/: only its own files', () => {
  const PORTFOLIO = path.join(EXAMPLES, 'portfolio');
  const run = (dir: string, ...paths: string[]) =>
    acctmap(['report', ...paths, '--as-of', AS_OF, '--fail-on', 'never', '-o', `${dir}/`]);
  const snapshot = (dir: string) =>
    Object.fromEntries(
      readdirSync(dir)
        .sort()
        .map((f) => [f, readFileSync(path.join(dir, f), 'utf8')]),
    );

  it('replaces its own reports, leaves other files alone, and refuses to overwrite a file it did not write', () => {
    const dir = path.join(tempDir(), 'reviews');
    expect(run(dir, PORTFOLIO).code).toBe(0);
    // Every file it writes says what made it, which is how the next run knows it.
    for (const f of readdirSync(dir))
      expect(readFileSync(path.join(dir, f), 'utf8')).toMatch(
        /^Made by acctmap .*Running `acctmap report` again replaces this file/m,
      );
    writeFileSync(path.join(dir, 'README.md'), '# Reviews\n\nWritten by hand.\n');
    const again = run(dir, PORTFOLIO);
    expect(again.code).toBe(0);
    expect(readFileSync(path.join(dir, 'README.md'), 'utf8')).toBe(
      '# Reviews\n\nWritten by hand.\n',
    );

    // A hand-written index.md where the report's index would go: exit 2, nothing written.
    writeFileSync(path.join(dir, 'index.md'), '# Our index\n');
    rmSync(path.join(dir, 'vestkyst-sparebank.md'));
    const before = snapshot(dir);
    const refused = run(dir, PORTFOLIO);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(
      /will not overwrite a file that acctmap report did not write: .*index\.md; move it away, or write the reports to another folder \(-o DIR\/\); nothing was written/,
    );
    expect(snapshot(dir)).toEqual(before);
  });

  it('names the reports of an earlier run that this run did not write, and keeps them', () => {
    const dir = path.join(tempDir(), 'reviews');
    expect(run(dir, PORTFOLIO).code).toBe(0);
    const r = run(dir, path.join(PORTFOLIO, 'vestkyst-sparebank.acctmap.yaml'));
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(
      /left alone in .*reviews\/: fjellby-kommune\.md, pirkanmaa-medtech\.md, solvik-retail\.md, written by an earlier run/,
    );
    expect(readdirSync(dir).sort()).toEqual([
      'fjellby-kommune.md',
      'index.md',
      'pirkanmaa-medtech.md',
      'solvik-retail.md',
      'vestkyst-sparebank.md',
    ]);
  });
});

function chromiumPresent(): boolean {
  try {
    findChromium();
    return true;
  } catch {
    return false;
  }
}
// As in render.test.ts: without a Chromium the render is skipped, except in CI, where it must run.
const withBrowser = chromiumPresent() || process.env.CI === 'true' ? describe : describe.skip;

withBrowser('acctmap report --images', () => {
  it('renders each diagram to an SVG file and links it instead of a Mermaid block', async () => {
    const out = tempDir();
    const file = path.join(EXAMPLES, 'portfolio', 'vestkyst-sparebank.acctmap.yaml');
    const args = ['report', file, '--as-of', AS_OF, '-o', path.join(out, 'review.md')];
    const r = acctmap([...args, '--images', path.join(out, 'img')]);
    expect(r.stderr).toMatch(/rendered 2 images into .*img/);
    expect(r.code).toBe(0);
    const text = readFileSync(path.join(out, 'review.md'), 'utf8');
    expect(await markdownProblems(text)).toEqual([]);
    const doc = parseMarkdown(text);
    expect(doc.mermaid).toEqual([]);
    expect(doc.images.map((i) => i.url)).toEqual([
      'img/vestkyst-sparebank-org.svg',
      'img/vestkyst-sparebank-influence.svg',
    ]);
    expect(doc.images.map((i) => i.alt)).toEqual(['Org chart', 'Influence map']);
    for (const image of doc.images) {
      const svg = readFileSync(path.join(out, image.url), 'utf8');
      // A real SVG: well-formed XML with an <svg> root that mermaid drew, names as text.
      const xml = new new JSDOM('').window.DOMParser().parseFromString(svg, 'image/svg+xml');
      expect(xml.getElementsByTagName('parsererror')).toHaveLength(0);
      expect(xml.documentElement.tagName).toBe('svg');
      expect(xml.documentElement.getAttribute('aria-roledescription')).toBe('flowchart-v2');
      expect(xml.documentElement.textContent).toContain('Erlend Fosse');
    }

    // A file of someone else's at one of the image names stops the next run before rendering.
    const foreign = path.join(out, 'img', 'vestkyst-sparebank-org.svg');
    writeFileSync(foreign, '<svg xmlns="http://www.w3.org/2000/svg"/>');
    const reviewed = statSync(path.join(out, 'review.md')).mtimeMs;
    const refused = acctmap([...args, '--images', path.join(out, 'img')]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(
      /will not overwrite a file that acctmap report did not write: .*vestkyst-sparebank-org\.svg.*--images DIR/,
    );
    expect(readFileSync(foreign, 'utf8')).toBe('<svg xmlns="http://www.w3.org/2000/svg"/>');
    expect(statSync(path.join(out, 'review.md')).mtimeMs).toBe(reviewed);
  });

  it('-o DIR/ for one account: the index links its charts as images too', async () => {
    const out = tempDir();
    const file = path.join(EXAMPLES, 'portfolio', 'vestkyst-sparebank.acctmap.yaml');
    const r = acctmap([
      'report',
      file,
      '--as-of',
      AS_OF,
      '-o',
      `${path.join(out, 'reviews')}/`,
      '--images',
      path.join(out, 'reviews', 'img'),
    ]);
    expect(r.stderr).toMatch(/rendered 4 images into .*img/);
    expect(r.code).toBe(0);
    const index = parseMarkdown(readFileSync(path.join(out, 'reviews', 'index.md'), 'utf8'));
    expect(index.mermaid).toEqual([]);
    expect(index.images.map((i) => i.url)).toEqual(['img/pareto.svg', 'img/matrix.svg']);
    for (const image of index.images) {
      const svg = readFileSync(path.join(out, 'reviews', image.url), 'utf8');
      expect(svg).toContain('<svg');
    }
  });
});

describe('acctmap report --redact', () => {
  const secret = privateTexts();

  it('the examples hold contact details and notes to redact (so the checks below can fail)', () => {
    expect(secret.contacts.length).toBeGreaterThan(5);
    expect(secret.notes.length).toBeGreaterThan(10);
  });

  it('without --redact the report shows the contact details and notes of the people', () => {
    const text = parseMarkdown(examplesReport().stdout).text.replace(/\s+/g, ' ');
    const people = EXAMPLE_FILES.flatMap((f) =>
      (mapsIn(f) as Any[]).flatMap((m) => (m.people ?? []) as Any[]),
    );
    for (const p of people) {
      for (const k of ['email', 'phone', 'linkedin'])
        if (p[k] !== undefined) expect(text).toContain(String(p[k]));
      if (p.notes) expect(text).toContain(String(p.notes).replace(/\s+/g, ' ').trim());
    }
    for (const n of secret.notes) expect(text).toContain(n);
  });

  it('--redact removes every email, phone, LinkedIn address and note, and says so', async () => {
    const r = acctmap([
      'report',
      EXAMPLES,
      '--as-of',
      AS_OF,
      '--config',
      CONFIG,
      '--redact',
      '--fail-on',
      'never',
    ]);
    expect(r.code).toBe(0);
    expect(await markdownProblems(r.stdout)).toEqual([]);
    for (const s of [...secret.contacts, ...secret.notes]) expect(r.stdout).not.toContain(s);
    expect(r.stdout).not.toMatch(/[\w.+-]+\\?@[\w-]+\.[\w.]+/);
    const doc = parseMarkdown(r.stdout);
    expect(doc.text).toContain('Redacted copy.');
    // Names stay unless asked.
    expect(doc.text).toContain('Ingrid Sæther');
  });

  it('--redact names also replaces people by their titles, ids included, and keeps the report whole', async () => {
    const r = acctmap([
      'report',
      EXAMPLES,
      '--as-of',
      AS_OF,
      '--config',
      CONFIG,
      '--redact',
      'names',
      '--fail-on',
      'never',
    ]);
    expect(r.code).toBe(0);
    expect(await markdownProblems(r.stdout)).toEqual([]);
    for (const s of [...secret.contacts, ...secret.notes, ...secret.names])
      expect(r.stdout).not.toContain(s);
    for (const file of EXAMPLE_FILES)
      for (const m of mapsIn(file) as Any[])
        for (const p of (m.people ?? []) as Any[])
          expect(r.stdout).not.toMatch(new RegExp(`\\b${p.id}\\b`));
    const doc = parseMarkdown(r.stdout);
    expect(doc.text).toContain('named by their title');
    expect(doc.text).toContain('Chief information officer');
    // Every account is still there.
    expect(doc.tables[0]!.rows).toHaveLength(
      EXAMPLE_FILES.reduce((n, f) => n + mapsIn(f).length, 0),
    );
  });

  it('--redact before a path takes the path as a path', () => {
    const r = acctmap([
      'report',
      '--as-of',
      AS_OF,
      '--redact',
      path.join(EXAMPLES, 'havbris-energi.acctmap.yaml'),
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Redacted copy.');
    expect(r.stdout).not.toContain('ingrid.saether@');
  });
});

describe('acctmap report: hostile names', () => {
  let r: ReturnType<typeof acctmap>;
  let doc: ParsedMarkdown;
  beforeAll(() => {
    // Outside the repository: its root config ignores test/fixtures/** when a folder is searched.
    r = acctmap(
      ['report', path.join(FIXTURES, 'hostile'), '--as-of', AS_OF, '--fail-on', 'never'],
      {
        cwd: tempDir(),
      },
    );
    doc = parseMarkdown(r.stdout);
  });

  it('breaks nothing: sound markdown, valid Mermaid, lint clean', async () => {
    expect(r.code).toBe(0);
    expect(await markdownProblems(r.stdout)).toEqual([]);
  });

  it('injects no HTML: no html nodes, and no raw tag outside code', () => {
    expect(doc.nodes.filter((n) => n.type === 'html')).toEqual([]);
    const outsideCode = r.stdout.replace(/^(`{3,})mermaid\n[\s\S]*?\n\1$/gm, '');
    // Outside Mermaid blocks, every `<` from the map is escaped as `\<`.
    expect(outsideCode).not.toMatch(/(^|[^\\])<(script|img|b>)/im);
    expect(outsideCode).toMatch(/\\<script/);
    // The names show as written.
    expect(doc.text).toContain("<script>alert('x')</script>");
    expect(doc.text).toContain('<img src=x onerror=alert(1)>');
  });

  it('the hostile map in a portfolio, to a folder, still links and lints', async () => {
    const out = tempDir();
    const run = acctmap(
      [
        'report',
        path.join(FIXTURES, 'hostile'),
        path.join(EXAMPLES, 'lumi-skin.acctmap.yaml'),
        '--as-of',
        AS_OF,
        '-o',
        `${out}/`,
        '--fail-on',
        'never',
      ],
      { cwd: out },
    );
    expect(run.code).toBe(0);
    for (const f of readdirSync(out))
      expect(await markdownProblems(readFileSync(path.join(out, f), 'utf8'))).toEqual([]);
    expect(existsSync(path.join(out, 'hostile.md'))).toBe(true);
  });
});

describe('acctmap report: options and exit codes', () => {
  it('exits 1 on findings at or above --fail-on, 0 with never, 2 with nothing to report', () => {
    const file = path.join(EXAMPLES, 'havbris-energi.acctmap.yaml');
    expect(acctmap(['report', file, '--as-of', AS_OF, '--fail-on', 'warning']).code).toBe(1);
    expect(acctmap(['report', file, '--as-of', AS_OF]).code).toBe(0);
    const empty = tempDir();
    const r = acctmap(['report', empty]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no account maps found/);
  });

  it('rejects an unknown --redact level written with =', () => {
    const r = acctmap(['report', EXAMPLES, '--redact=everything']);
    expect(r.code).toBe(2);
  });

  it('-o FILE writes the report whole and prints nothing', () => {
    const out = tempDir();
    const target = path.join(out, 'nested', 'review.md');
    const r = acctmap([
      'report',
      path.join(EXAMPLES, 'kystlaks.acctmap.yaml'),
      '--as-of',
      AS_OF,
      '-o',
      target,
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(readFileSync(target, 'utf8')).toMatch(/^# Kystlaks AS: account review\n/);
    expect(readdirSync(path.dirname(target))).toEqual(['review.md']);
  });
});

describe('docs/report.md and --help', () => {
  const DOC = readFileSync(path.join(EXAMPLES, '..', 'docs', 'report.md'), 'utf8');

  it('the page lints clean and its links to headings resolve', () => {
    expect(lintMarkdown(DOC)).toEqual([]);
  });

  it('every section the page describes is a section of the reports, and the other way round', () => {
    const doc = parseMarkdown(DOC);
    const under = (title: string) => {
      const start = doc.headings.findIndex((h) => h.depth === 2 && h.text === title);
      const end = doc.headings.findIndex((h, i) => i > start && h.depth === 2);
      return doc.headings
        .slice(start + 1, end)
        .filter((h) => h.depth === 3)
        .map((h) => h.text);
    };
    const documented = [...under('The account review'), ...under('The portfolio review')];
    const report = parseMarkdown(examplesReport().stdout);
    // The portfolio's sections are its level-2 headings; in a combined document an account's
    // sections are level 3 and carry its name: `Summary (Kystlaks AS)`.
    const portfolioSections = report.headings
      .filter((h) => h.depth === 2 && !h.text.endsWith(': account review'))
      .map((h) => h.text);
    const accountSections = report.headings
      .filter((h) => h.depth === 3 && / \(.*\)$/.test(h.text))
      .map((h) => h.text.replace(/ \([^()]*\)$/, ''));
    const shown = new Set([...portfolioSections, ...accountSections]);
    // Notes on the numbers appear only when there is something to say (not in the examples).
    for (const section of documented.filter((s) => s !== 'Notes on the numbers'))
      expect([...shown], section).toContain(section);
    for (const section of shown) expect(documented, section).toContain(section);
  });

  it('--help shows examples and points to the page', () => {
    const r = acctmap(['report', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('docs/report.md');
    const examples = r.stdout
      .split('Examples:')[1]!
      .split('\n')
      .filter((l) => l.trim().startsWith('$ acctmap report'));
    expect(examples.length).toBeGreaterThanOrEqual(5);
    for (const flag of ['--redact', '--images', '-o reviews/', '--as-of'])
      expect(examples.join('\n')).toContain(flag);
  });
});
