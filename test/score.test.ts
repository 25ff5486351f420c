/**
 * `acctmap score` as a new user runs it on the twelve-map portfolio in test/fixtures/portfolio
 * (its config reports in EUR with NOK at 0.1). The expected numbers are worked out by hand in
 * src/score/portfolio.test.ts; here they come back through the built CLI.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { HOSTILE_NAMES } from './fixtures/portfolio/hostile.js';
import { acctmap, FIXTURES, tempDir } from './helpers/cli.js';
import { lintMarkdown, parseMarkdown } from './helpers/markdown.js';
import { parseMermaid } from './helpers/mermaid.js';

const PORTFOLIO = path.join(FIXTURES, 'portfolio');
const AS_OF = ['--as-of', '2026-11-22'];

interface JsonAccount {
  id: string;
  rank: number;
  revenue: number | null;
  profit: number | null;
  share: number | null;
  cumulative_share: number | null;
  class: string;
  fit: number | null;
  criteria: Record<string, { score: number | null; weight: number }>;
  red_flags: string[];
  key_candidate: boolean;
  declared_tier: string | null;
  revenue_a_not_profit_a: boolean;
}

function json(args: string[], cwd = PORTFOLIO) {
  const r = acctmap(['score', ...AS_OF, '--format', 'json', '--fail-on', 'never', ...args], {
    cwd,
  });
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as {
    as_of: string;
    by: string;
    currency: string;
    accounts: JsonAccount[];
  };
}

/** A copy of the fixture with its config replaced. */
function withConfig(config: string): string {
  const dir = tempDir(PORTFOLIO);
  writeFileSync(path.join(dir, 'acctmap.config.yaml'), config);
  return dir;
}

describe('acctmap score on the fixture portfolio', () => {
  it('ranks on revenue exactly as worked out by hand', () => {
    const out = json([]);
    expect(out).toMatchObject({ as_of: '2026-11-22', by: 'revenue', currency: 'EUR' });
    expect(out.accounts.map((a) => [a.rank, a.id, a.share, a.cumulative_share, a.class])).toEqual([
      [1, 'nordlys', 0.3, 0.3, 'A'],
      [2, 'acme', 0.2, 0.5, 'A'],
      [3, 'borealis', 0.15, 0.65, 'A'],
      [4, 'cobalt', 0.1, 0.75, 'A'],
      [5, 'delta', 0.05, 0.8, 'A'],
      [6, 'ember', 0.05, 0.85, 'B'],
      [7, 'fjord', 0.05, 0.9, 'B'],
      [8, 'granite', 0.05, 0.95, 'B'],
      [9, 'harbor', 0.03, 0.98, 'C'],
      [10, 'iris', 0.02, 1, 'C'],
      [11, 'kestrel', 0, 1, 'C'],
      [12, 'juniper', null, null, 'C'],
    ]);
    expect(out.accounts.map((a) => a.fit)).toEqual([50, 89, 81, 60, 20, 84, 69, 35, 62, 5, 20, 70]);
    expect(out.accounts.filter((a) => a.key_candidate).map((a) => a.id)).toEqual([
      'acme',
      'borealis',
      'cobalt',
    ]);
    const acme = out.accounts[1]!;
    expect(acme).toMatchObject({ revenue: 2_000_000, profit: 700_000, declared_tier: 'key' });
    expect(acme.criteria.revenue_history).toMatchObject({ score: 83, weight: 25 });
    expect(acme.criteria.margins).toMatchObject({ score: 88, weight: 25 });
  });

  it('ranks on profit exactly as worked out by hand', () => {
    const out = json(['--by', 'profit']);
    expect(out.by).toBe('profit');
    expect(
      out.accounts.map((a) => [a.rank, a.id, a.profit, a.share, a.cumulative_share, a.class]),
    ).toEqual([
      [1, 'acme', 700_000, 0.28, 0.28, 'A'],
      [2, 'borealis', 600_000, 0.24, 0.52, 'A'],
      [3, 'cobalt', 300_000, 0.12, 0.64, 'A'],
      [4, 'nordlys', 300_000, 0.12, 0.76, 'A'],
      [5, 'ember', 250_000, 0.1, 0.86, 'A'],
      [6, 'fjord', 210_000, 0.084, 0.944, 'B'],
      [7, 'harbor', 90_000, 0.036, 0.98, 'B'],
      [8, 'granite', 50_000, 0.02, 1, 'C'],
      [9, 'kestrel', 0, 0, 1, 'C'],
      [10, 'delta', -40_000, 0, 1, 'C'],
      [11, 'iris', null, null, null, 'C'],
      [12, 'juniper', null, null, null, 'C'],
    ]);
    expect(out.accounts.filter((a) => a.revenue_a_not_profit_a).map((a) => a.id)).toEqual([
      'delta',
    ]);
    expect(out.accounts.filter((a) => a.key_candidate).map((a) => a.id)).toEqual([
      'acme',
      'borealis',
      'cobalt',
      'ember',
    ]);
  });

  it('puts the red flags from the rules beside each account, without touching fit', () => {
    const out = json([]);
    const delta = out.accounts.find((a) => a.id === 'delta')!;
    // Both sides see no return (no-roi) and revenue halved (business-elsewhere).
    expect(delta.red_flags).toEqual(expect.arrayContaining(['no-roi', 'business-elsewhere']));
    expect(delta.fit).toBe(20);
    const acme = out.accounts.find((a) => a.id === 'acme')!;
    expect(acme.red_flags).not.toContain('no-roi');
    // --no-rules: no red flags at all.
    expect(json(['--no-rules']).accounts.every((a) => a.red_flags.length === 0)).toBe(true);
    // --rule turns one off.
    const off = json(['--rule', 'no-roi=off']);
    expect(off.accounts.find((a) => a.id === 'delta')!.red_flags).not.toContain('no-roi');
  });

  it('exits 1 when a finding is at or above --fail-on (no-roi is an error), 0 with never', () => {
    const r = acctmap(['score', ...AS_OF], { cwd: PORTFOLIO });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('Nordlys Energi ASA');
    expect(acctmap(['score', ...AS_OF, '--fail-on', 'never'], { cwd: PORTFOLIO }).code).toBe(0);
  });

  it('the table is aligned, readable and explains itself', () => {
    const r = acctmap(['score', ...AS_OF, '--fail-on', 'never'], { cwd: PORTFOLIO });
    const lines = r.stdout.split('\n');
    const head = lines.find((l) => l.startsWith(' #'))!;
    expect(head).toMatch(/Account\s+Class\s+Revenue\s+Profit\s+Share\s+Cum\.\s+Fit/);
    const rows = lines.filter((l) => /^\s*\d+ {2}/.test(l));
    expect(rows).toHaveLength(12);
    const classAt = head.indexOf('Class');
    expect(rows.map((l) => l[classAt]).join('')).toBe('AAAAABBBCCCC');
    expect(r.stdout).toContain('Key-account candidates (3)');
    expect(r.stdout).toContain('Declared key but not a candidate');
    expect(r.stdout).toContain('Delta Retail: class C on profit (loses money');
    expect(r.stdout).toContain('Juniper Labs: no revenue written');
    expect(r.stdout).not.toContain('\u001b[');
  });

  it('colours classes and flags only when colour is on, and never in json', () => {
    const coloured = acctmap(['score', ...AS_OF, '--fail-on', 'never'], {
      cwd: PORTFOLIO,
      env: { NO_COLOR: undefined, FORCE_COLOR: '1' },
    });
    expect(coloured.stdout).toContain('\u001b[');
    const machine = acctmap(['score', ...AS_OF, '--format', 'json', '--fail-on', 'never'], {
      cwd: PORTFOLIO,
      env: { NO_COLOR: undefined, FORCE_COLOR: '1' },
    });
    expect(machine.stdout).not.toContain('\u001b[');
  });

  it('markdown parses as one table with a row per account and lints clean', () => {
    const r = acctmap(['score', ...AS_OF, '--format', 'markdown', '--fail-on', 'never'], {
      cwd: PORTFOLIO,
    });
    const doc = parseMarkdown(r.stdout);
    expect(doc.tables).toHaveLength(1);
    expect(doc.tables[0]!.rows).toHaveLength(12);
    expect(lintMarkdown(r.stdout)).toEqual([]);
  });

  it('-o writes the output to a file', () => {
    const dir = tempDir(PORTFOLIO);
    const r = acctmap(
      ['score', ...AS_OF, '--format', 'csv', '--fail-on', 'never', '-o', 'out.csv'],
      {
        cwd: dir,
      },
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    const csv = readFileSync(path.join(dir, 'out.csv'), 'utf8');
    expect(csv.split('\r\n')[1]).toMatch(/^1,nordlys,Nordlys Energi ASA,/);
  });
});

describe('config changes the result', () => {
  it('weights, candidate threshold and Pareto thresholds from the config apply', () => {
    const dir = withConfig(
      [
        'score:',
        '  currency: EUR',
        '  rates: {NOK: 0.1}',
        '  weights: {long_term_interest: 40}',
        '  key_candidate_fit: 80',
        '  pareto: {a: 0.5, b: 0.7}',
        '',
      ].join('\n'),
    );
    const out = json([], dir);
    // cobalt with long-term interest weighing 40: 7000 / 120 = 58.33 → 58 (was 60).
    expect(out.accounts.find((a) => a.id === 'cobalt')!.fit).toBe(58);
    expect(out.accounts.find((a) => a.id === 'cobalt')!.criteria.long_term_interest!.weight).toBe(
      40,
    );
    expect(out.accounts.map((a) => a.class).join('')).toBe('AABBCCCCCCCC');
    // Class A is nordlys (fit 50) and acme: acme's fit is (2075 + 1170 + 2200 + 4000 + 1500) / 120
    // = 10945 / 120 = 91.2 → 91, at or above 80.
    expect(out.accounts.filter((a) => a.key_candidate).map((a) => [a.id, a.fit])).toEqual([
      ['acme', 91],
    ]);
  });

  it('a broken score section is exit 2 with its line', () => {
    const dir = withConfig(
      'score:\n  currency: EUR\n  rates: {NOK: 0.1}\n  bands: {a: 50, b: 70}\n',
    );
    const r = acctmap(['score', ...AS_OF], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/acctmap\.config\.yaml:4/);
    expect(r.stderr).toContain('band B starts at 70, above band A at 50');
  });
});

describe('currencies', () => {
  it('mixed currencies without rates exit 2 and name them', () => {
    const dir = withConfig('# no score section\n');
    const r = acctmap(['score', ...AS_OF], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(
      /^acctmap: cannot score: the maps use several currencies: EUR \(.*\), NOK \(nordlys\)/,
    );
    expect(r.stderr).toContain('rates');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('a missing rate for a reporting currency exits 2 and names it', () => {
    const dir = withConfig('score:\n  currency: EUR\n  rates: {SEK: 0.09}\n');
    const r = acctmap(['score', ...AS_OF], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no exchange rate into EUR for NOK (nordlys)');
  });
});

describe('charts', () => {
  it('--chart pareto and --chart matrix print Mermaid that parses, on revenue and on profit', async () => {
    for (const chart of ['pareto', 'matrix']) {
      for (const by of ['revenue', 'profit']) {
        const r = acctmap(['score', ...AS_OF, '--fail-on', 'never', '--chart', chart, '--by', by], {
          cwd: PORTFOLIO,
        });
        expect(r.code).toBe(0);
        expect(r.stdout.split('\n')[0]).toBe(chart === 'pareto' ? 'xychart-beta' : 'quadrantChart');
        await parseMermaid(r.stdout);
      }
    }
  });

  it('the Pareto chart has the hand-computed bars and cumulative line', () => {
    const r = acctmap(['score', ...AS_OF, '--fail-on', 'never', '--chart', 'pareto'], {
      cwd: PORTFOLIO,
    });
    expect(r.stdout).toContain('  bar [30, 20, 15, 10, 5, 5, 5, 5, 3, 2, 0]');
    expect(r.stdout).toContain('  line [30, 50, 65, 75, 80, 85, 90, 95, 98, 100, 100]');
  });

  it('with --format markdown the chart is a fenced mermaid block; with json it is a usage error', async () => {
    const r = acctmap(
      ['score', ...AS_OF, '--fail-on', 'never', '--chart', 'matrix', '--format', 'markdown'],
      { cwd: PORTFOLIO },
    );
    const doc = parseMarkdown(r.stdout);
    expect(doc.mermaid).toHaveLength(1);
    await parseMermaid(doc.mermaid[0]!);
    const bad = acctmap(['score', ...AS_OF, '--chart', 'pareto', '--format', 'json'], {
      cwd: PORTFOLIO,
    });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--chart prints Mermaid');
  });
});

describe('hostile account names', () => {
  /** One map per hostile name (names written as JSON strings, which YAML reads as written). */
  function hostileDir(): string {
    const dir = tempDir();
    HOSTILE_NAMES.forEach((name, i) => {
      writeFileSync(
        path.join(dir, `a${i}.acctmap.yaml`),
        [
          'acctmap: 1',
          'account:',
          `  id: acct-${i}`,
          `  name: ${JSON.stringify(name)}`,
          'relationship: {long_term_interest: high}',
          `financials: {currency: EUR, revenue: {2025: ${(i + 1) * 1000}}, margin: ${i % 4 === 0 ? -0.1 : 0.3}}`,
          '',
        ].join('\n'),
      );
    });
    return dir;
  }

  it('charts parse with mermaid, and CSV cells cannot run as formulas', async () => {
    const dir = hostileDir();
    for (const chart of ['pareto', 'matrix']) {
      const r = acctmap(['score', ...AS_OF, '--no-rules', '--chart', chart], { cwd: dir });
      expect(r.code).toBe(0);
      await parseMermaid(r.stdout);
    }
    const csv = acctmap(['score', ...AS_OF, '--no-rules', '--format', 'csv'], { cwd: dir }).stdout;
    // The name column of a formula-like name starts with an apostrophe (inside quotes when the
    // name needs quoting).
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
    expect(csv).toContain(",'+1+2,");
    expect(csv).toContain(",'-2+3,");
    expect(csv).toContain(",'@SUM(A1:A9),");
    for (const line of csv.split('\r\n')) {
      for (const cell of line.split(',')) {
        if (Number.isNaN(Number(cell))) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
      }
    }
  });
});
