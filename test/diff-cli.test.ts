/**
 * `acctmap diff` tried as a new user would: a real git repository with a few commits of the
 * example maps, the built CLI, real `git`. Every commit and the working tree sit within a few
 * days of each other (and of the examples' own date), so that no red flag appears only because
 * time passed: what the diff reports is exactly what each commit changed.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { CHANGE_ENTITIES, SIGNALS } from '../src/diff/index.js';
import { acctmap, EXAMPLES, ROOT, tempDir } from './helpers/cli.js';
import { lintMarkdown, parseMarkdown } from './helpers/markdown.js';

let repo: string;
const dates = ['2026-11-10', '2026-11-15', '2026-11-20'];

function git(cwd: string, args: string[], date = '2026-11-23') {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_DATE: `${date}T12:00:00Z`,
      GIT_COMMITTER_DATE: `${date}T12:00:00Z`,
      GIT_AUTHOR_NAME: 'Test',
      GIT_AUTHOR_EMAIL: 'test@example.com',
      GIT_COMMITTER_NAME: 'Test',
      GIT_COMMITTER_EMAIL: 'test@example.com',
    },
  });
}

/** Edits a map through the yaml document API, so that only the edited values change. */
function edit(
  file: string,
  change: (doc: ReturnType<typeof parseDocument>, person: (id: string) => string[]) => void,
) {
  const doc = parseDocument(readFileSync(file, 'utf8'));
  const people = (doc.toJS() as { people: Array<{ id: string }> }).people;
  const person = (id: string) => ['people', String(people.findIndex((p) => p.id === id))];
  change(doc, (id) => person(id));
  writeFileSync(file, doc.toString());
}

const at = (...p: string[]) => path.join(repo, ...p);
const diff = (args: string[], cwd = repo) =>
  acctmap(['diff', '--as-of', '2026-11-23', ...args], { cwd });
const json = (args: string[]) => {
  const r = diff(['--format', 'json', ...args]);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout);
};

beforeAll(() => {
  repo = tempDir();
  git(repo, ['init', '-q', '-b', 'main']);
  mkdirSync(at('accounts'));
  for (const f of ['havbris-energi', 'kystlaks', 'lumi-skin', 'northwind-ventures'])
    cpSync(path.join(EXAMPLES, `${f}.acctmap.yaml`), at('accounts', `${f}.acctmap.yaml`));
  cpSync(path.join(EXAMPLES, 'acctmap.config.yaml'), at('acctmap.config.yaml'));
  git(repo, ['add', '-A']);
  git(repo, ['commit', '-qm', 'The maps as of the Q3 review'], dates[0]);

  // Commit 2: a stance worsened, a person joined, and a map moved to a folder under a new name.
  edit(at('accounts', 'havbris-energi.acctmap.yaml'), (doc, person) => {
    doc.setIn([...person('ingrid-saether'), 'stance'], 'skeptic');
    doc.addIn(
      ['people'],
      doc.createNode({
        id: 'ole-brekke',
        name: 'Ole Brekke',
        title: 'Head of OT security',
        unit: 'ot',
      }),
    );
  });
  mkdirSync(at('accounts', 'clients'));
  renameSync(
    at('accounts', 'kystlaks.acctmap.yaml'),
    at('accounts', 'clients', 'kystlaks-as.acctmap.yaml'),
  );
  git(repo, ['add', '-A']);
  git(repo, ['commit', '-qm', 'Havbris after the steering group'], dates[1]);

  // Commit 3: a buying role left, three people moved to new managers, revenue fell.
  edit(at('accounts', 'havbris-energi.acctmap.yaml'), (doc, person) => {
    doc.setIn([...person('henrik-aas'), 'status'], 'left');
    doc.setIn([...person('hakon-bjornstad'), 'reports_to'], 'ingrid-saether');
    doc.setIn([...person('eirik-haugland'), 'reports_to'], 'ingrid-saether');
    doc.setIn([...person('sofia-lindqvist'), 'reports_to'], 'hakon-bjornstad');
    doc.setIn(['financials', 'revenue', 2026], 1900000);
  });
  git(repo, ['add', '-A']);
  git(repo, ['commit', '-qm', 'Havbris reorganised'], dates[2]);

  // The working tree: one more change, not committed.
  edit(at('accounts', 'lumi-skin.acctmap.yaml'), (doc, person) => {
    doc.setIn([...person('sanna-lehtonen'), 'stance'], 'advocate');
  });
}, 60_000);

describe('acctmap diff in a repository with a few commits of the examples', () => {
  it('no revision: the last commit against the working tree, exactly the uncommitted change', () => {
    const result = json([]);
    expect(result.from).toEqual({
      rev: git(repo, ['rev-parse', '--short', 'HEAD']).trim(),
      date: dates[2],
    });
    expect(result.to).toEqual({ rev: 'working tree', date: '2026-11-23' });
    expect(result.accounts).toEqual([
      {
        id: 'lumi-skin',
        name: 'Lumi Skin Oy',
        file: 'accounts/lumi-skin.acctmap.yaml',
        status: 'changed',
        changes: [
          {
            entity: 'person',
            id: 'sanna-lehtonen',
            change: 'changed',
            field: 'stance',
            before: 'supporter',
            after: 'advocate',
            direction: 'better',
          },
        ],
        red_flags: { appeared: [], resolved: [] },
        signals: [],
      },
    ]);
    expect(result.summary).toEqual({
      accounts_changed: 1,
      accounts_added: 0,
      accounts_removed: 0,
      people_added: 0,
      people_left: 0,
      stance_worse: 0,
      stance_better: 1,
    });
  });

  it('two revisions: exactly what the commit changed, and the renamed map followed by its account id', () => {
    const result = json(['HEAD~2', 'HEAD~1']);
    expect(result.to.date).toBe(dates[1]);
    const kystlaks = result.accounts.find((a: { id: string }) => a.id === 'kystlaks');
    expect(kystlaks).toMatchObject({
      status: 'changed',
      file: 'accounts/clients/kystlaks-as.acctmap.yaml',
      renamed_from: 'accounts/kystlaks.acctmap.yaml',
      changes: [],
    });
    const havbris = result.accounts.find((a: { id: string }) => a.id === 'havbris-energi');
    expect(havbris.changes).toEqual([
      {
        entity: 'person',
        id: 'ingrid-saether',
        change: 'changed',
        field: 'stance',
        before: 'supporter',
        after: 'skeptic',
        direction: 'worse',
      },
      { entity: 'person', id: 'ole-brekke', change: 'added' },
    ]);
    expect(havbris.signals.map((s: { signal: string }) => s.signal)).toEqual(['cooling']);
    expect(havbris.signals[0].people).toEqual(['ingrid-saether']);
    expect(result.accounts).toHaveLength(2);
    expect(result.summary).toMatchObject({
      accounts_added: 0,
      accounts_removed: 0,
      people_added: 1,
      stance_worse: 1,
    });
  });

  it('one revision, --since and paths: the signals of the reorganisation with their evidence, and the red flags that appeared', () => {
    const since = json(['--since', '2026-11-16', '--', 'accounts/havbris-energi.acctmap.yaml']);
    expect(since.from.date).toBe(dates[1]);
    const one = json(['HEAD~1', '--', 'accounts/havbris-energi.acctmap.yaml']);
    expect(one).toEqual(since);
    expect(one.accounts).toHaveLength(1);
    const [havbris] = one.accounts;
    expect(havbris.changes).toEqual([
      {
        entity: 'financials',
        change: 'changed',
        field: 'revenue.2026',
        before: 2400000,
        after: 1900000,
      },
      {
        entity: 'person',
        id: 'hakon-bjornstad',
        change: 'changed',
        field: 'reports_to',
        before: 'tor-arne-solberg',
        after: 'ingrid-saether',
      },
      {
        entity: 'person',
        id: 'eirik-haugland',
        change: 'changed',
        field: 'reports_to',
        before: 'tor-arne-solberg',
        after: 'ingrid-saether',
      },
      {
        entity: 'person',
        id: 'henrik-aas',
        change: 'changed',
        field: 'status',
        before: 'active',
        after: 'left',
      },
      {
        entity: 'person',
        id: 'sofia-lindqvist',
        change: 'changed',
        field: 'reports_to',
        before: 'ingrid-saether',
        after: 'hakon-bjornstad',
      },
    ]);
    expect(havbris.signals).toEqual([
      expect.objectContaining({
        signal: 'reorganization',
        people: ['hakon-bjornstad', 'eirik-haugland', 'sofia-lindqvist'],
      }),
      expect.objectContaining({ signal: 'people-left', people: ['henrik-aas'] }),
      {
        signal: 'revenue-drop',
        message: 'revenue in 2026 is EUR 1,900,000, 26.9 % below EUR 2,600,000 in 2025',
        period: '2026',
        compared_to: '2025',
        revenue: 1900000,
        previous: 2600000,
      },
    ]);
    // `business-elsewhere` waits for a complete year, so 2026's figure is not a red flag yet.
    expect(havbris.red_flags).toEqual({ appeared: ['reorganization'], resolved: [] });
    // Backwards, the same flags are resolved.
    const back = json(['HEAD', 'HEAD~1', '--', 'accounts/havbris-energi.acctmap.yaml']);
    expect(back.accounts[0].red_flags).toEqual({
      appeared: [],
      resolved: havbris.red_flags.appeared,
    });
  });

  it('stylish reads like a briefing: red flags first, then who left, then stances that worsened', () => {
    const r = diff(['HEAD~2', 'HEAD']);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    const index = (text: string) => lines.findIndex((l) => l.includes(text));
    expect(index('red flag appeared: reorganization')).toBeGreaterThan(0);
    expect(index('red flag appeared')).toBeLessThan(
      index('people-left: 1 person with a buying role gone: Henrik'),
    );
    expect(index('people-left')).toBeLessThan(
      index('person ingrid-saether stance: supporter → skeptic (worse)'),
    );
    expect(index('stance: supporter → skeptic')).toBeLessThan(index('person ole-brekke added'));
    expect(r.stdout).toContain(
      'Kystlaks AS (kystlaks, accounts/clients/kystlaks-as.acctmap.yaml): changed (moved from accounts/kystlaks.acctmap.yaml)',
    );
  });

  it('markdown parses with a real markdown parser and passes markdownlint', () => {
    const r = diff(['HEAD~2', '--format', 'markdown']);
    expect(r.code).toBe(0);
    const doc = parseMarkdown(r.stdout);
    expect(doc.headings.map((h) => h.text)).toEqual([
      expect.stringMatching(/^Changes since [0-9a-f]+ \(2026-11-10\)$/),
      'Havbris Energi ASA',
      'Kystlaks AS',
      'Lumi Skin Oy',
    ]);
    expect(lintMarkdown(r.stdout)).toEqual([]);
  });

  it('a map that does not parse on one side is a finding on that side; the rest is still compared', () => {
    const broken = tempDir();
    git(broken, ['init', '-q']);
    cpSync(path.join(EXAMPLES, 'kystlaks.acctmap.yaml'), path.join(broken, 'a.acctmap.yaml'));
    cpSync(path.join(EXAMPLES, 'lumi-skin.acctmap.yaml'), path.join(broken, 'b.acctmap.yaml'));
    git(broken, ['add', '-A']);
    git(broken, ['commit', '-qm', 'maps'], dates[2]);
    writeFileSync(path.join(broken, 'a.acctmap.yaml'), 'acctmap: 1\naccount: [\n');
    writeFileSync(
      path.join(broken, 'b.acctmap.yaml'),
      readFileSync(path.join(broken, 'b.acctmap.yaml'), 'utf8').replace(
        'name: Lumi Skin Oy',
        'name: Lumi Skin',
      ),
    );
    const r = diff(['--format', 'json'], broken);
    expect(r.code).toBe(0);
    const result = JSON.parse(r.stdout);
    expect(result.problems).toEqual([
      expect.objectContaining({ side: 'to', file: 'a.acctmap.yaml', line: expect.any(Number) }),
    ]);
    expect(result.accounts).toEqual([
      expect.objectContaining({
        id: 'lumi-skin',
        changes: [
          {
            entity: 'account',
            change: 'changed',
            field: 'name',
            before: 'Lumi Skin Oy',
            after: 'Lumi Skin',
          },
        ],
      }),
    ]);
    expect(r.stderr).toContain('could not be read on one side');
  });
});

describe('acctmap report --since', () => {
  it('adds "Changes since …" to the portfolio review: one line per changed account, linked to the details in its review', () => {
    const r = acctmap(['report', 'accounts', '--since', 'HEAD~2', '--as-of', '2026-11-23'], {
      cwd: repo,
    });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const doc = parseMarkdown(r.stdout);
    const headings = doc.headings.map((h) => h.text);
    const since = headings.findIndex((h) => /^Changes since [0-9a-f]+ \(2026-11-10\)$/.test(h));
    expect(since).toBe(1); // right after the portfolio review's title
    // The details are each account's own section, shown once: the portfolio's links there.
    expect(headings[since + 1]).toBe('Ranking');
    expect(headings.filter((h) => h.startsWith('What changed at'))).toEqual([]);
    const slug = (heading: string) =>
      `#${heading
        .toLowerCase()
        .replace(/[^\p{L}\p{N}\s-]/gu, '')
        .replace(/\s/g, '-')}`;
    const changesOf = (name: string) => `${headings[since]!} (${name})`;
    for (const name of ['Havbris Energi ASA', 'Kystlaks AS', 'Lumi Skin Oy']) {
      expect(headings).toContain(changesOf(name));
      expect(doc.links).toContain(slug(changesOf(name)));
    }
    expect(r.stdout).toContain(
      `- **Havbris Energi ASA** (\`havbris-energi\`): 1 red flag appeared, reorganization, people-left, cooling and revenue-drop, 7 changes ([what changed](${slug(changesOf('Havbris Energi ASA'))}))`,
    );
    expect(r.stdout).toContain(
      '- **Kystlaks AS** (`kystlaks`): moved from accounts/kystlaks.acctmap.yaml',
    );
    expect(r.stdout).not.toContain('Northwind Ventures** (`northwind-ventures`)');
    // Each account's changes are written once: every line of its section, once in the document.
    const lines = r.stdout.split('\n');
    const start = lines.indexOf(`### ${changesOf('Havbris Energi ASA')}`);
    const end = lines.findIndex((l, i) => i > start && l.startsWith('#'));
    const briefing = lines.slice(start + 1, end).filter((l) => l.startsWith('- '));
    expect(briefing.length).toBeGreaterThan(3);
    for (const line of briefing) expect(lines.filter((l) => l === line)).toHaveLength(1);
    expect(lintMarkdown(r.stdout)).toEqual([]); // MD051: every link's fragment is a heading
  });

  it('-o DIR/ with --since: the index keeps the details (each account has a file of its own)', () => {
    const dir = tempDir();
    const r = acctmap(
      ['report', 'accounts', '--since', 'HEAD~2', '--as-of', '2026-11-23', '-o', `${dir}/`],
      { cwd: repo },
    );
    expect(r.stderr).toContain('wrote 5 reports');
    expect(r.code).toBe(0);
    const index = parseMarkdown(readFileSync(path.join(dir, 'index.md'), 'utf8'));
    expect(index.headings.map((h) => h.text)).toContain('What changed at Havbris Energi ASA');
    const account = readFileSync(path.join(dir, 'havbris-energi.md'), 'utf8');
    expect(parseMarkdown(account).headings.map((h) => h.text)).toContainEqual(
      expect.stringMatching(/^Changes since [0-9a-f]+ \(2026-11-10\)$/),
    );
  });

  it('--since DATE in an account review: the section after the summary, the same as acctmap diff', () => {
    const file = 'accounts/havbris-energi.acctmap.yaml';
    const r = acctmap(['report', file, '--since', '2026-11-16', '--as-of', '2026-11-23'], {
      cwd: repo,
    });
    expect(r.code).toBe(0);
    const doc = parseMarkdown(r.stdout);
    const headings = doc.headings.map((h) => h.text);
    expect(
      headings.indexOf(
        `Changes since ${git(repo, ['rev-parse', '--short', 'HEAD~1']).trim()} (2026-11-15)`,
      ),
    ).toBe(headings.indexOf('Summary') + 1);
    expect(r.stdout).toContain(
      '- **people-left: 1 person with a buying role gone: Henrik Aas (henrik-aas), economic buyer, left**',
    );
    expect(r.stdout).toContain('- person `henrik-aas` status: active → left');
    expect(r.stdout).not.toContain('ole-brekke'); // added before the date
    expect(lintMarkdown(r.stdout)).toEqual([]);
    // The diff's own markdown says the same.
    const d = diff(['--since', '2026-11-16', '--format', 'markdown', '--', file]);
    expect(d.stdout).toContain(
      '- **people-left: 1 person with a buying role gone: Henrik Aas (henrik-aas), economic buyer, left**',
    );
  });

  it('--redact leaves contact fields out of the changes', () => {
    const r = acctmap(
      ['report', 'accounts', '--since', 'HEAD', '--redact', '--as-of', '2026-11-23'],
      { cwd: repo },
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Changes since');
  });
});

describe('acctmap diff when it cannot do the job: exit 2 with a message that names it', () => {
  it('an unknown revision', () => {
    const r = diff(['v9']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown revision `v9`');
  });

  it('a path git does not know', () => {
    const r = diff(['HEAD', '--', 'accounts/nobody.acctmap.yaml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('`accounts/nobody.acctmap.yaml` is not a path git knows');
  });

  it('a folder outside git', () => {
    const outside = tempDir();
    const r = diff([], outside);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/is not in a git repository/);
    expect(r.stdout).toBe('');
  });

  it('a shallow clone: how to fetch more history instead of a wrong answer', () => {
    const shallow = path.join(tempDir(), 'clone');
    git(repo, ['clone', '-q', '--depth', '1', `file://${repo}`, shallow]);
    for (const args of [['HEAD~1'], ['--since', '2026-11-12']]) {
      const r = diff(args, shallow);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('shallow clone');
      expect(r.stderr).toContain('git fetch --unshallow');
      expect(r.stderr).toContain('fetch-depth: 0');
    }
    // What the clone has is enough for the last commit against the working tree.
    expect(diff([], shallow).code).toBe(0);
  });
});

describe('docs/history.md', () => {
  const file = path.join(ROOT, 'docs', 'history.md');
  const text = readFileSync(file, 'utf8');

  it('is clean markdown whose links lead somewhere, and names every signal and entity', () => {
    expect(lintMarkdown(text)).toEqual([]);
    for (const target of parseMarkdown(text).links) {
      expect(existsSync(path.join(ROOT, 'docs', target.split('#')[0]!)), target).toBe(true);
    }
    for (const name of [...SIGNALS, ...CHANGE_ENTITIES]) expect(text).toContain(`\`${name}\``);
  });

  it('its three commands work as written in a repository with history', () => {
    const since = diff(['--since', '2026-11-16']);
    expect(since.code).toBe(0);
    expect(since.stdout).toContain('Havbris Energi ASA');
    const out = tempDir();
    const report = acctmap(
      ['report', 'accounts', '--since', '2026-11-16', '--as-of', '2026-11-23', '-o', `${out}/`],
      { cwd: repo },
    );
    expect(report.code).toBe(0);
    expect(readFileSync(path.join(out, 'index.md'), 'utf8')).toMatch(/^## Changes since /m);
    expect(readFileSync(path.join(out, 'havbris-energi.md'), 'utf8')).toMatch(
      /^## Changes since /m,
    );
  });
});
