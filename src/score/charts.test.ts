import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HOSTILE_NAMES, hostilePortfolio } from '../../test/fixtures/portfolio/hostile.js';
import { parseMermaid } from '../../test/helpers/mermaid.js';
import { AccountMapSchema } from '../model/account-map.js';
import { matrixChart, matrixPosition, mermaidString, paretoChart } from './charts.js';
import { type PortfolioEntry, type PortfolioScore, scorePortfolio } from './portfolio.js';

function scored(entries: PortfolioEntry[], by: 'revenue' | 'profit' = 'revenue'): PortfolioScore {
  const result = scorePortfolio(entries, {
    by,
    asOf: '2026-11-22',
    redFlags: new Map([['acct-2', ['no-roi']]]),
  });
  if (!result.ok) throw new Error(result.error.message);
  return result.portfolio;
}

/**
 * Three accounts: 85 %, 10 % and 5 % of revenue, so classes A, B (85 % above) and C (95 % above).
 * Fit (revenue history level and long-term interest, weights 25 and 20): big 100 and 100 → 100;
 * mid 50 and 50 → 50; small 0 and 0 → 0.
 */
function three(): PortfolioScore {
  const entry = (id: string, revenue: number, level: 'high' | 'medium' | 'low') => ({
    file: `${id}.acctmap.yaml`,
    map: AccountMapSchema.parse({
      acctmap: 1,
      account: { id, name: id.toUpperCase() },
      relationship: { long_term_interest: level },
      financials: { revenue: { 2025: revenue } },
    }),
  });
  return scored([
    entry('big', 850, 'high'),
    entry('mid', 100, 'medium'),
    entry('small', 50, 'low'),
  ]);
}

describe('Pareto chart', () => {
  it('has a bar per account with its share and the cumulative line, in percent', () => {
    const text = paretoChart(three());
    expect(text).toBe(
      [
        'xychart-beta',
        '  title "Pareto by revenue, as of 2026-11-22"',
        '  x-axis ["BIG", "MID", "SMALL"]',
        '  y-axis "Share of total revenue (#37;)" 0 --> 100',
        '  bar [85, 10, 5]',
        '  line [85, 95, 100]',
        '',
      ].join('\n'),
    );
  });

  it('sums the accounts beyond the limit into one bar', () => {
    const p = scored(hostilePortfolio());
    const text = paretoChart(p, { limit: 5 });
    const bars = /bar \[(.*)\]/.exec(text)![1]!.split(', ').map(Number);
    expect(bars).toHaveLength(5);
    expect(text).toContain(`"Other (${p.accounts.length - 4} accounts)"`);
    expect(bars.reduce((a, b) => a + b, 0)).toBeCloseTo(100, 0);
    expect(/line \[(.*)\]/.exec(text)![1]!.split(', ').at(-1)).toBe('100');
  });

  it('parses with mermaid whatever the names', async () => {
    await parseMermaid(paretoChart(scored(hostilePortfolio())));
    await parseMermaid(paretoChart(scored(hostilePortfolio(), 'profit')));
    await parseMermaid(paretoChart(scored([])));
  });

  it('lets no name out of its quotes', () => {
    const text = paretoChart(scored(hostilePortfolio()));
    const lines = text.trimEnd().split('\n');
    expect(lines).toHaveLength(6);
    expect(lines.map((l) => l.trim().split(' ')[0])).toEqual([
      'xychart-beta',
      'title',
      'x-axis',
      'y-axis',
      'bar',
      'line',
    ]);
    expect(text).not.toContain('%%');
    expect(text).not.toContain('<script');
  });
});

describe('portfolio matrix', () => {
  it('puts the candidate threshold and the class-A edge on the centre lines', () => {
    const p = three();
    // big: fit 100 → x 1; class A with nothing above → y = 1 − 0.5 × 0 / 0.8 = 1.
    // mid: fit 50 < 60 → x = 0.5 × 50 / 60 = 0.41667; class B, 85 % above →
    //   y = 0.5 × (1 − 0.85) / (1 − 0.8) = 0.375.
    // small: fit 0 → x 0; class C, 95 % above → y = 0.5 × 0.05 / 0.2 = 0.125.
    const at = p.accounts.map((a) => matrixPosition(a, 'revenue', p.settings)!);
    expect(at[0]).toEqual({ x: 1, y: 1 });
    expect(at[1]!.x).toBeCloseTo(0.41667, 5);
    expect(at[1]!.y).toBeCloseTo(0.375, 10);
    expect(at[2]!.x).toBe(0);
    expect(at[2]!.y).toBeCloseTo(0.125, 10);
    // Fit exactly at the threshold sits on the line: 0.5.
    const atThreshold = { ...p.accounts[0]!, fit: p.settings.key_candidate_fit };
    expect(matrixPosition(atThreshold, 'revenue', p.settings)!.x).toBe(0.5);
    const text = matrixChart(p);
    expect(text).toContain('  "BIG": [1, 1]');
    expect(text).toContain('  "MID": [0.417, 0.375]');
    expect(text).toContain('  "SMALL": [0, 0.125]');
    expect(text).toContain('quadrant-1 "Key-account candidates"');
  });

  it('parses with mermaid whatever the names, and leaves out accounts without fit', async () => {
    const p = scored(hostilePortfolio());
    const text = matrixChart(p);
    await parseMermaid(text);
    expect(text.trimEnd().split('\n')).toHaveLength(8 + HOSTILE_NAMES.length);
    expect(text).toContain('color: #d62728');
    await parseMermaid(matrixChart(scored([])));
  });

  it('coordinates are always written the way the quadrant lexer reads them', () => {
    const p = scored(hostilePortfolio());
    const points = matrixChart(p)
      .split('\n')
      .filter((l) => l.startsWith('  "'));
    expect(points).toHaveLength(HOSTILE_NAMES.length);
    for (const line of points) {
      const m = /": \[(\S+), (\S+)\](?: color: #[0-9a-f]{6})?$/.exec(line);
      expect(m, line).not.toBeNull();
      for (const c of [m![1]!, m![2]!]) expect(c).toMatch(/^(1|0(\.\d+)?)$/);
    }
  });
});

describe('mermaidString', () => {
  it('writes the characters that mean something to Mermaid as entity codes', () => {
    expect(mermaidString('a"b#c%d`e<f>g&h|i')).toBe(
      'a#quot;b#35;c#37;d#96;e#lt;f#gt;g#amp;h#124;i',
    );
    expect(mermaidString('x\ny\u001bz')).toBe('x y z');
  });

  it('property: any name, alone or many, gives charts that mermaid parses', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.string({ unit: 'binary', maxLength: 30 }), { minLength: 1, maxLength: 6 }),
        async (names) => {
          const p = scored(hostilePortfolio(names));
          await parseMermaid(paretoChart(p));
          await parseMermaid(matrixChart(p));
        },
      ),
      { numRuns: 60 },
    );
  });
});
