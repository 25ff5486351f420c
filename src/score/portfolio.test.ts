/**
 * The twelve-map portfolio in test/fixtures/portfolio, scored and checked against numbers
 * worked out by hand from the maps and docs/scoring.md (the working is in the comments). Config:
 * currency EUR, NOK at 0.1; everything else default. As of 2026-11-22.
 *
 * Latest 12 months of revenue, EUR (nordlys: 30,000,000 NOK × 0.1; borealis: the quarters
 * 2025-Q3..2026-Q2, 4 × 375,000):
 *
 *   nordlys 3,000,000  acme 2,000,000  borealis 1,500,000  cobalt 1,000,000
 *   delta 500,000  ember 500,000  fjord 500,000  granite 500,000   (a four-way tie: by id)
 *   harbor 300,000  iris 200,000  kestrel 0  juniper (none written)
 *   total 10,000,000
 *
 * Profit = revenue × margin of each period:
 *   acme 2,000,000 × 0.35 (its 2025 margin; 2024's 0.30 does not apply) = 700,000
 *   borealis 750,000 × 0.36 (2025 quarters) + 750,000 × 0.44 (2026 quarters) = 600,000
 *   cobalt 1,000,000 × 0.30 = 300,000        nordlys 3,000,000 × 0.10 = 300,000 (tie: cobalt first)
 *   ember 500,000 × 0.5 = 250,000            fjord 500,000 × 0.42 = 210,000
 *   harbor 300,000 × 0.3 = 90,000            granite 500,000 × 0.1 = 50,000
 *   kestrel 0 × 0.2 = 0                      delta 500,000 × −0.08 = −40,000
 *   iris: no margin → unknown                juniper: no revenue → unknown
 *   total of positive profits = 2,500,000
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AccountMap } from '../model/account-map.js';
import { checkSources, validMaps } from '../validate/check.js';
import type { ScoreConfig } from './config.js';
import {
  type Measure,
  type PortfolioEntry,
  type PortfolioScore,
  type ScoredAccount,
  scorePortfolio,
} from './portfolio.js';

const FIXTURE = join(import.meta.dirname, '../../test/fixtures/portfolio');
const AS_OF = '2026-11-22';
const EUR_NOK: ScoreConfig = { currency: 'EUR', rates: { NOK: 0.1 } };

function loadPortfolio(dir = FIXTURE): PortfolioEntry[] {
  const sources = readdirSync(dir)
    .filter((f) => f.endsWith('.acctmap.yaml'))
    .sort()
    .map((f) => ({ file: f, text: readFileSync(join(dir, f), 'utf8') }));
  const result = checkSources(sources);
  expect(result.diagnostics).toEqual([]);
  return validMaps(result).map((m) => ({ file: m.file, map: m.map }));
}

function score(
  by: Measure,
  config: ScoreConfig = EUR_NOK,
  entries = loadPortfolio(),
  redFlags?: Map<string, string[]>,
): PortfolioScore {
  const result = scorePortfolio(entries, {
    config,
    by,
    asOf: AS_OF,
    ...(redFlags ? { redFlags } : {}),
  });
  if (!result.ok) throw new Error(result.error.message);
  return result.portfolio;
}

function row(a: ScoredAccount) {
  return [a.rank, a.id, a.revenue, a.profit, a.share, a.cumulative_share, a.class];
}

function get(p: PortfolioScore, id: string): ScoredAccount {
  const a = p.accounts.find((x) => x.id === id);
  if (!a) throw new Error(`no ${id}`);
  return a;
}

describe('Pareto on revenue', () => {
  it('ranks, shares, cumulative shares and classes are the hand-computed ones', () => {
    // share = revenue / 10,000,000; "above" = cumulative share of the accounts ranked higher.
    // A when above < 0.80, B when above < 0.95, else C.
    //  rank id        share  cum.   above  class
    //  1    nordlys   0.30   0.30   0      A
    //  2    acme      0.20   0.50   0.30   A
    //  3    borealis  0.15   0.65   0.50   A
    //  4    cobalt    0.10   0.75   0.65   A
    //  5    delta     0.05   0.80   0.75   A
    //  6    ember     0.05   0.85   0.80   B  (exactly 80 % above is not "less than 80 %")
    //  7    fjord     0.05   0.90   0.85   B
    //  8    granite   0.05   0.95   0.90   B
    //  9    harbor    0.03   0.98   0.95   C  (exactly 95 % above is not "less than 95 %")
    //  10   iris      0.02   1.00   0.98   C
    //  11   kestrel   0      1.00   —      C  (no revenue in the latest 12 months)
    //  12   juniper   —      —      —      C  (no revenue written)
    const p = score('revenue');
    expect(p.accounts.map(row)).toEqual([
      [1, 'nordlys', 3_000_000, 300_000, 0.3, 0.3, 'A'],
      [2, 'acme', 2_000_000, 700_000, 0.2, 0.5, 'A'],
      [3, 'borealis', 1_500_000, 600_000, 0.15, 0.65, 'A'],
      [4, 'cobalt', 1_000_000, 300_000, 0.1, 0.75, 'A'],
      [5, 'delta', 500_000, -40_000, 0.05, 0.8, 'A'],
      [6, 'ember', 500_000, 250_000, 0.05, 0.85, 'B'],
      [7, 'fjord', 500_000, 210_000, 0.05, 0.9, 'B'],
      [8, 'granite', 500_000, 50_000, 0.05, 0.95, 'B'],
      [9, 'harbor', 300_000, 90_000, 0.03, 0.98, 'C'],
      [10, 'iris', 200_000, null, 0.02, 1, 'C'],
      [11, 'kestrel', 0, 0, 0, 1, 'C'],
      [12, 'juniper', null, null, null, null, 'C'],
    ]);
    expect(p.totals.revenue).toBe(10_000_000);
    expect(p.currency).toBe('EUR');
    expect(get(p, 'kestrel').class_reason).toBe('no revenue in the latest 12 months, 2025');
    expect(get(p, 'juniper').class_reason).toBe('no revenue written');
    expect(get(p, 'harbor').class_reason).toBeNull();
  });

  it('states which periods make up the latest 12 months', () => {
    const p = score('revenue');
    expect(get(p, 'borealis').period).toBe('2025-Q3–2026-Q2');
    expect(get(p, 'nordlys').period).toBe('2025');
    expect(get(p, 'juniper').period).toBeNull();
  });
});

describe('Pareto on profit', () => {
  it('ranks, shares, cumulative shares and classes are the hand-computed ones', () => {
    // share = profit / 2,500,000 (positive profits only).
    //  rank id        profit    share  cum.   above  class
    //  1    acme      700,000   0.28   0.28   0      A
    //  2    borealis  600,000   0.24   0.52   0.28   A
    //  3    cobalt    300,000   0.12   0.64   0.52   A   (ties nordlys; id first)
    //  4    nordlys   300,000   0.12   0.76   0.64   A
    //  5    ember     250,000   0.10   0.86   0.76   A
    //  6    fjord     210,000   0.084  0.944  0.86   B
    //  7    harbor     90,000   0.036  0.98   0.944  B
    //  8    granite    50,000   0.02   1.00   0.98   C
    //  9    kestrel         0   0      1.00   —      C  (no profit)
    //  10   delta     −40,000   0      1.00   —      C  (loses money)
    //  11   iris      unknown   —      —      —      C  (no margin)
    //  12   juniper   unknown   —      —      —      C  (no revenue)
    const p = score('profit');
    expect(p.accounts.map(row)).toEqual([
      [1, 'acme', 2_000_000, 700_000, 0.28, 0.28, 'A'],
      [2, 'borealis', 1_500_000, 600_000, 0.24, 0.52, 'A'],
      [3, 'cobalt', 1_000_000, 300_000, 0.12, 0.64, 'A'],
      [4, 'nordlys', 3_000_000, 300_000, 0.12, 0.76, 'A'],
      [5, 'ember', 500_000, 250_000, 0.1, 0.86, 'A'],
      [6, 'fjord', 500_000, 210_000, 0.084, 0.944, 'B'],
      [7, 'harbor', 300_000, 90_000, 0.036, 0.98, 'B'],
      [8, 'granite', 500_000, 50_000, 0.02, 1, 'C'],
      [9, 'kestrel', 0, 0, 0, 1, 'C'],
      [10, 'delta', 500_000, -40_000, 0, 1, 'C'],
      [11, 'iris', 200_000, null, null, null, 'C'],
      [12, 'juniper', null, null, null, null, 'C'],
    ]);
    expect(p.totals.profit).toBe(2_500_000);
    expect(get(p, 'delta').class_reason).toBe(
      'loses money: profit −40,000 in the latest 12 months, 2025',
    );
    expect(get(p, 'iris').class_reason).toBe(
      'no margin written (financials.margin), so profit is unknown',
    );
    expect(get(p, 'kestrel').class_reason).toBe('no profit in the latest 12 months, 2025');
  });

  it('flags class A on revenue but not on profit, and keeps both rankings whatever --by is', () => {
    // delta: A on revenue (rank 5), C on profit (loses money). ember is the reverse (B, then A):
    // not flagged, the flag is one-way.
    for (const by of ['revenue', 'profit'] as const) {
      const p = score(by);
      expect(p.accounts.filter((a) => a.revenue_a_not_profit_a).map((a) => a.id)).toEqual([
        'delta',
      ]);
      expect(get(p, 'ember').pareto).toMatchObject({
        revenue: { rank: 6, class: 'B', share: 0.05 },
        profit: { rank: 5, class: 'A', share: 0.1 },
      });
    }
  });
});

describe('fit', () => {
  // Criteria (0–100) worked by hand; weights revenue history 25, account history 15,
  // margins 25, long-term interest 20, commonality 15.
  //
  // Revenue history = mean of level and trend. Level = 100 × (accounts below + ½ × accounts
  // level with it) ÷ 10 (11 accounts have revenue; 10 others). Trend = 50 + 100 × growth on the
  // year before, kept within 0..100.
  //   nordlys  level 100 (10 below), trend 50 (flat)       → 75
  //   acme     level 90, trend 75 (+25 %)                   → 82.5 → 83
  //   borealis level 80, trend 100 (+50 %, quarters)        → 90
  //   cobalt   level 70, trend 30 (−20 %)                   → 50
  //   delta    level 45 (3 below, 3 level: 3 + 1.5), trend 0 (−50 %) → 22.5 → 23
  //   ember    level 45, no year before                     → 45
  //   fjord    level 45, trend 75                           → 60
  //   granite  level 45, trend 50                           → 47.5 → 48
  //   harbor   level 20, trend 100                          → 60
  //   iris     level 10, trend 0                            → 5
  //   kestrel  level 0, trend 0 (−100 %, floored)           → 0
  // Account history = mean of tenure (100 × whole months ÷ 120, at most 100) and stage
  // (exploratory 0, basic 25, cooperative 50, interdependent 75, integrated 100):
  //   nordlys  >120 months → 100; integrated 100             → 100
  //   acme     96 months → 80; interdependent 75             → 77.5 → 78
  //   borealis 42 months → 35; cooperative 50                → 42.5 → 43
  //   cobalt   >120 → 100; cooperative 50                    → 75
  //   delta    71 months (2020-11-23 → 2026-11-22: one day short of 72) → 59.17; basic 25 → 42.08 → 42
  //   ember    125 → 100; interdependent 75                  → 87.5 → 88
  //   fjord    no since; cooperative 50                      → 50
  //   granite  12 months → 10; no stage                      → 10
  //   harbor   94 months → 78.33; basic 25                   → 51.67 → 52
  //   kestrel  >120 → 100; exploratory 0                     → 50
  //   juniper  no since; exploratory 0                       → 0
  // Margins = 100 × margin ÷ 0.4, within 0..100: nordlys 25, acme 87.5 → 88, borealis 100
  //   (600,000 ÷ 1,500,000 = 0.40), cobalt 75, delta 0, ember 100, fjord 100, granite 25,
  //   harbor 75, kestrel 50 (no revenue: the latest margin written, 0.2).
  // Long-term interest and commonality: high 100, medium 50, low 0; fjord's commonality from
  //   two items of common_ground × 25 = 50.
  //
  // Fit = Σ score × weight ÷ Σ weight of the criteria with data, rounded half up:
  //   nordlys (75×25 + 100×15 + 25×25 + 50×20 + 0×15) / 100 = 5000/100 = 50
  //   acme    (83×25 + 78×15 + 88×25 + 100×20 + 100×15) / 100 = 8945/100 = 89.45 → 89
  //   borealis (90×25 + 43×15 + 100×25 + 100×20 + 50×15) / 100 = 81.45 → 81
  //   cobalt  (50×25 + 75×15 + 75×25 + 50×20 + 50×15) / 100 = 60
  //   delta   (23×25 + 42×15 + 0 + 0 + 50×15) / 100 = 19.55 → 20
  //   ember   (45×25 + 88×15 + 100×25 + 100×20 + 100×15) / 100 = 84.45 → 84
  //   fjord   no long-term interest: (60×25 + 50×15 + 100×25 + 50×15) / 80 = 68.75 → 69; data 0.8
  //   granite no commonality: (48×25 + 10×15 + 25×25 + 50×20) / 85 = 2975/85 = 35; data 0.85
  //   harbor  (60×25 + 52×15 + 75×25 + 100×20 + 0) / 100 = 61.55 → 62
  //   iris    revenue history only: 5×25 / 25 = 5; data 0.25 → low data
  //   kestrel (0 + 50×15 + 50×25 + 0 + 0) / 100 = 20
  //   juniper no revenue, no margin: (0×15 + 100×20 + 100×15) / 50 = 70; data 0.5 → low data
  const expected: Record<string, [number[], number, string, number, boolean]> = {
    // id: [criteria in output order, fit, band, data weight, low data]
    nordlys: [[75, 100, 25, 50, 0], 50, 'C', 1, false],
    acme: [[83, 78, 88, 100, 100], 89, 'A', 1, false],
    borealis: [[90, 43, 100, 100, 50], 81, 'A', 1, false],
    cobalt: [[50, 75, 75, 50, 50], 60, 'B', 1, false],
    delta: [[23, 42, 0, 0, 50], 20, 'C', 1, false],
    ember: [[45, 88, 100, 100, 100], 84, 'A', 1, false],
    fjord: [[60, 50, 100, -1, 50], 69, 'B', 0.8, false],
    granite: [[48, 10, 25, 50, -1], 35, 'C', 0.85, false],
    harbor: [[60, 52, 75, 100, 0], 62, 'B', 1, false],
    iris: [[5, -1, -1, -1, -1], 5, 'C', 0.25, true],
    kestrel: [[0, 50, 50, 0, 0], 20, 'C', 1, false],
    juniper: [[-1, 0, -1, 100, 100], 70, 'B', 0.5, true],
  };

  it('every criterion, fit, band and data weight is the hand-computed one', () => {
    const p = score('revenue');
    for (const a of p.accounts) {
      const [criteria, fit, band, data, low] = expected[a.id]!;
      const got = Object.values(a.criteria).map((c) => c.score ?? -1);
      expect({
        id: a.id,
        criteria: got,
        fit: a.fit,
        band: a.band,
        data: a.data_weight,
        low: a.low_data,
      }).toEqual({ id: a.id, criteria, fit, band, data, low });
    }
  });

  it('orders the accounts the way the criteria say', () => {
    const p = score('revenue');
    const byFit = [...p.accounts].sort(
      (x, y) => (y.fit ?? -1) - (x.fit ?? -1) || (x.id < y.id ? -1 : 1),
    );
    expect(byFit.map((a) => a.id)).toEqual([
      'acme',
      'ember',
      'borealis',
      'juniper',
      'fjord',
      'harbor',
      'cobalt',
      'nordlys',
      'granite',
      'delta',
      'kestrel',
      'iris',
    ]);
  });

  it('shows each criterion with its weight and contribution, and missing data as missing', () => {
    const p = score('revenue');
    const acme = get(p, 'acme');
    expect(acme.criteria.revenue_history).toMatchObject({
      score: 83,
      weight: 25,
      contribution: 20.75,
      parts: { level: 90, trend: 75 },
    });
    expect(acme.criteria.margins).toMatchObject({ score: 88, weight: 25, contribution: 22 });
    const fjord = get(p, 'fjord');
    // 60 × 25 / 80 = 18.75 points; long-term interest missing, not zero.
    expect(fjord.criteria.revenue_history.contribution).toBe(18.75);
    expect(fjord.criteria.long_term_interest).toMatchObject({
      score: null,
      weight: 20,
      contribution: null,
    });
    expect(fjord.criteria.long_term_interest.basis).toMatch(/unknown/);
    expect(fjord.criteria.commonality.basis).toMatch(/2 items of common_ground/);
    // The contributions add up to fit (before rounding): 20.75 + 11.7 + 22 + 20 + 15 = 89.45.
    const sum = Object.values(acme.criteria).reduce((s, c) => s + (c.contribution ?? 0), 0);
    expect(sum).toBeCloseTo(89.45, 10);
  });
});

describe('key-account candidates and declared tiers', () => {
  it('are class A with fit ≥ 60 on the chosen measure', () => {
    // Revenue class A: nordlys 50, acme 89, borealis 81, cobalt 60 (= threshold), delta 20.
    expect(
      score('revenue')
        .accounts.filter((a) => a.key_candidate)
        .map((a) => a.id),
    ).toEqual(['acme', 'borealis', 'cobalt']);
    // Profit class A: acme, borealis, cobalt, nordlys (50), ember (84).
    expect(
      score('profit')
        .accounts.filter((a) => a.key_candidate)
        .map((a) => a.id),
    ).toEqual(['acme', 'borealis', 'cobalt', 'ember']);
  });

  it('shows where the declared tier disagrees, both ways, with the reason', () => {
    const p = score('revenue');
    const disagreements = p.accounts
      .filter((a) => a.tier_disagreement)
      .map((a) => [a.id, a.tier_disagreement, a.candidate_reason]);
    expect(disagreements).toEqual([
      ['nordlys', 'declared-key-not-candidate', 'fit 50 is below 60'],
      ['borealis', 'candidate-not-declared-key', null],
      ['delta', 'declared-key-not-candidate', 'fit 20 is below 60'],
    ]);
    expect(get(p, 'harbor').candidate_reason).toBe('class C on revenue');
    expect(get(p, 'juniper').candidate_reason).toBe('class C on revenue');
    expect(p.key_accounts).toEqual({ declared: 4, candidates: 3 });
    expect(p.warnings).toEqual([]);
  });

  it('warns when more accounts are key than a team can serve', () => {
    const p = score('revenue', { ...EUR_NOK, max_key_accounts: 3 });
    expect(p.warnings).toHaveLength(1);
    expect(p.warnings[0]).toMatch(/^4 accounts are declared key .*max_key_accounts \(3\).*15–35/);
    const q = score('revenue', { ...EUR_NOK, max_key_accounts: 2 });
    expect(q.warnings).toHaveLength(2);
    expect(q.warnings[1]).toMatch(/^3 accounts are key-account candidates/);
  });
});

describe('config changes the result', () => {
  it('a higher candidate threshold drops cobalt (fit 60)', () => {
    const p = score('revenue', { ...EUR_NOK, key_candidate_fit: 61 });
    expect(p.accounts.filter((a) => a.key_candidate).map((a) => a.id)).toEqual([
      'acme',
      'borealis',
    ]);
    expect(get(p, 'cobalt').candidate_reason).toBe('fit 60 is below 61');
  });

  it('Pareto thresholds move the class edges', () => {
    // a = 0.5: A only while above < 50 %: nordlys (0), acme (0.30); borealis has 0.50 above → B.
    // b = 0.7: B while above < 70 %: borealis (0.50), cobalt (0.65); delta (0.75) → C.
    const p = score('revenue', { ...EUR_NOK, pareto: { a: 0.5, b: 0.7 } });
    expect(p.accounts.map((a) => a.class).join('')).toBe('AABBCCCCCCCC');
  });

  it('weights change fit: margins alone', () => {
    // Only margins weigh: fit = the margins score; accounts without a margin have no fit.
    const p = score('revenue', {
      ...EUR_NOK,
      weights: { revenue_history: 0, account_history: 0, long_term_interest: 0, commonality: 0 },
    });
    expect(get(p, 'acme').fit).toBe(88);
    expect(get(p, 'nordlys').fit).toBe(25);
    expect(get(p, 'iris').fit).toBeNull();
    expect(get(p, 'iris').low_data).toBe(true);
    expect(get(p, 'iris').candidate_reason).toBe(
      'class C on revenue; no fit: none of the criteria has data',
    );
    // Candidates are now acme (88), borealis (100), cobalt (75); nordlys 25 and delta 0 are not.
    expect(p.accounts.filter((a) => a.key_candidate).map((a) => a.id)).toEqual([
      'acme',
      'borealis',
      'cobalt',
    ]);
  });

  it('weights change fit: doubling long-term interest', () => {
    // cobalt: (50×25 + 75×15 + 75×25 + 50×40 + 50×15) / 120 = 7000/120 = 58.33 → 58: no longer a
    // candidate. nordlys: (1875 + 1500 + 625 + 50×40 + 0) / 120 = 6000/120 = 50.
    const p = score('revenue', { ...EUR_NOK, weights: { long_term_interest: 40 } });
    expect(get(p, 'cobalt').fit).toBe(58);
    expect(get(p, 'nordlys').fit).toBe(50);
    expect(get(p, 'cobalt').key_candidate).toBe(false);
  });

  it('bands and the low-data line come from config', () => {
    const p = score('revenue', { ...EUR_NOK, bands: { a: 85, b: 60 }, low_data_below: 0.9 });
    // acme 89 → A, borealis 81 → B, cobalt 60 → B, fjord 69 → B, ember 84 → B, harbor 62 → B.
    expect(get(p, 'borealis').band).toBe('B');
    expect(get(p, 'acme').band).toBe('A');
    expect(get(p, 'cobalt').band).toBe('B');
    // 0.85 and 0.8 of the weight are now below 0.9: granite and fjord are low-data.
    expect(p.accounts.filter((a) => a.low_data).map((a) => a.id)).toEqual([
      'fjord',
      'granite',
      'iris',
      'juniper',
    ]);
  });

  it('full_margin and full_tenure_years rescale their criteria', () => {
    // full margin 0.2: acme 0.35 → 100, nordlys 0.10 → 50. Five full years: acme 96 months → 100,
    // so its account history is (100 + 75) / 2 = 87.5 → 88.
    const p = score('revenue', { ...EUR_NOK, full_margin: 0.2, full_tenure_years: 5 });
    expect(get(p, 'acme').criteria.margins.score).toBe(100);
    expect(get(p, 'nordlys').criteria.margins.score).toBe(50);
    expect(get(p, 'acme').criteria.account_history.score).toBe(88);
  });
});

describe('currencies', () => {
  it('mixed currencies without rates are an error that names them', () => {
    const result = scorePortfolio(loadPortfolio(), { by: 'revenue', asOf: AS_OF });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.currencies).toEqual(['EUR', 'NOK']);
    expect(result.error.uses.NOK).toEqual(['nordlys']);
    expect(result.error.message).toMatch(/EUR .*NOK \(nordlys\)/);
    expect(result.error.message).toMatch(/score: \{currency: EUR, rates: \{NOK: /);
  });

  it('a reporting currency without the rate for one of them names the missing one', () => {
    const result = scorePortfolio(loadPortfolio(), {
      by: 'revenue',
      asOf: AS_OF,
      config: { currency: 'EUR', rates: { SEK: 0.09 } },
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.missing).toEqual(['NOK']);
    expect(result.error.message).toMatch(/^no exchange rate into EUR for NOK \(nordlys\)/);
  });

  it('reports in another currency: every amount converts, shares do not change', () => {
    // Report in NOK: 1 EUR = 10 NOK. acme 2,000,000 EUR → 20,000,000 NOK; nordlys stays 30,000,000.
    const p = score('revenue', { currency: 'NOK', rates: { EUR: 10 } });
    expect(p.currency).toBe('NOK');
    expect(get(p, 'acme').revenue).toBe(20_000_000);
    expect(get(p, 'nordlys').revenue).toBe(30_000_000);
    expect(get(p, 'nordlys').wallet).toBe(60_000_000);
    expect(get(p, 'acme').wallet).toBe(40_000_000);
    expect(p.accounts.map((a) => a.share)).toEqual(score('revenue').accounts.map((a) => a.share));
  });

  it('a single currency needs no config; a map without currency is read as the reporting one', () => {
    const entries = loadPortfolio().filter((e) => e.map.account.id !== 'nordlys');
    const acme = entries.find((e) => e.map.account.id === 'acme')!;
    const { currency: _dropped, ...rest } = acme.map.financials!;
    const noCurrency: AccountMap = { ...acme.map, financials: rest };
    const p = score(
      'revenue',
      {},
      entries.map((e) => (e === acme ? { ...e, map: noCurrency } : e)),
    );
    expect(p.currency).toBe('EUR');
    expect(get(p, 'acme').revenue).toBe(2_000_000);
    expect(get(p, 'acme').notes).toContain(
      'financials.currency is not written; the amounts are read as EUR',
    );
  });
});

describe('share of wallet, red flags and the contract shape', () => {
  it('share of wallet is latest revenue ÷ wallet, in the map’s own currency', () => {
    // acme 2,000,000 / 4,000,000 = 0.5; nordlys 30,000,000 NOK / 60,000,000 NOK = 0.5.
    const p = score('revenue');
    expect(get(p, 'acme').share_of_wallet).toBe(0.5);
    expect(get(p, 'nordlys').share_of_wallet).toBe(0.5);
    expect(get(p, 'cobalt').share_of_wallet).toBeNull();
  });

  it('red flags sit beside the account, sorted, and do not change fit', () => {
    const flags = new Map([['delta', ['no-roi', 'business-elsewhere', 'no-roi']]]);
    const p = score('revenue', EUR_NOK, loadPortfolio(), flags);
    expect(get(p, 'delta').red_flags).toEqual(['business-elsewhere', 'no-roi']);
    expect(get(p, 'delta').fit).toBe(20);
    expect(get(p, 'acme').red_flags).toEqual([]);
  });

  it('has every key of the contract, in rank order', () => {
    const p = score('revenue');
    expect(Object.keys(p)).toEqual(expect.arrayContaining(['as_of', 'by', 'currency', 'accounts']));
    expect(p.as_of).toBe(AS_OF);
    expect(p.by).toBe('revenue');
    const acme = JSON.parse(JSON.stringify(get(p, 'acme')));
    for (const key of [
      'id',
      'name',
      'file',
      'rank',
      'revenue',
      'profit',
      'share',
      'cumulative_share',
      'class',
      'fit',
      'criteria',
      'red_flags',
      'key_candidate',
      'declared_tier',
    ]) {
      expect(acme).toHaveProperty(key);
    }
    expect(acme).toMatchObject({
      id: 'acme',
      name: 'Acme Industrial GmbH',
      file: 'acme.acctmap.yaml',
      key_candidate: true,
      declared_tier: 'key',
    });
    expect(acme.criteria.revenue_history).toMatchObject({ score: 83, weight: 25 });
    expect(p.accounts.map((a) => a.rank)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  });

  it('an empty portfolio scores to an empty list', () => {
    const result = scorePortfolio([], { by: 'revenue', asOf: AS_OF });
    expect(result.ok && result.portfolio.accounts).toEqual([]);
  });
});
