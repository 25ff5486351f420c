import { describe, expect, it } from 'vitest';
import { type AccountMap, AccountMapSchema } from '../model/account-map.js';
import { resolveScoreConfig } from './config.js';
import {
  accountHistory,
  commonality,
  type FitInputs,
  margins,
  revenueHistory,
  roundHalfUp,
  scoreFit,
} from './fit.js';

function map(relationship: Record<string, unknown> = {}): AccountMap {
  return AccountMapSchema.parse({ acctmap: 1, account: { id: 'x', name: 'X' }, relationship });
}

function inputs(partial: Partial<FitInputs>): FitInputs {
  return {
    map: map(),
    asOf: '2026-11-22',
    revenue: null,
    portfolioRevenues: [],
    margin: undefined,
    ...partial,
  };
}

describe('rounding', () => {
  it('rounds half up even where floating point lands just below the half', () => {
    // 100 × 0.102 ÷ 0.4 is 25.5 by hand; in floating point it is 25.499999999999996.
    expect(margins(0.102, 0.4).score).toBe(26);
    expect(roundHalfUp(82.5)).toBe(83);
    expect(roundHalfUp(82.49)).toBe(82);
  });
});

describe('revenue history', () => {
  it('level counts the accounts below, ties as half; alone it is 100', () => {
    expect(revenueHistory(inputs({ revenue: 5, portfolioRevenues: [5] })).score).toBe(100);
    // Others: 1, 5, 9 → one below, one level: (1 + 0.5) / 3 × 100 = 50.
    expect(revenueHistory(inputs({ revenue: 5, portfolioRevenues: [1, 5, 5, 9] })).score).toBe(50);
  });

  it('trend is 50 + 100 × growth within 0..100; new revenue after none is 100', () => {
    const r = (latest: number, previous: number) =>
      revenueHistory(
        inputs({
          revenue: 1,
          portfolioRevenues: [1],
          trend: { latest, previous, previousLabel: '2024' },
        }),
      ).parts?.trend;
    expect(r(110, 100)).toBe(60);
    expect(r(300, 100)).toBe(100);
    expect(r(10, 100)).toBe(0);
    expect(r(50, 0)).toBe(100);
    expect(r(0, 0)).toBe(50);
  });

  it('says in words how level and trend came about, to one decimal, with a real minus sign', () => {
    const basis = revenueHistory(
      inputs({
        revenue: 5,
        portfolioRevenues: [1, 5, 5, 9],
        trend: { latest: 92.3, previous: 100, previousLabel: '2024' },
      }),
    ).basis;
    expect(basis).toBe(
      'level 50: 1 of the 3 other accounts with revenue have less, 1 the same; trend 42.3: −7.7 % on 2024; mean of the two',
    );
  });

  it('no revenue is missing data, not zero', () => {
    expect(revenueHistory(inputs({})).score).toBeNull();
  });
});

describe('account history, commonality, margins', () => {
  it('tenure alone, stage alone, both averaged', () => {
    expect(accountHistory(map({ since: '2021-11-22' }), '2026-11-22', 10).score).toBe(50);
    expect(accountHistory(map({ stage: 'interdependent' }), '2026-11-22', 10).score).toBe(75);
    expect(
      accountHistory(map({ since: '2021-11-22', stage: 'integrated' }), '2026-11-22', 10).score,
    ).toBe(75);
    expect(accountHistory(map({ since: '2030-01-01' }), '2026-11-22', 10).score).toBe(0);
    expect(accountHistory(map({}), '2026-11-22', 10).score).toBeNull();
  });

  it('commonality: the stated level wins over common_ground; common_ground counts 25 each up to 100', () => {
    expect(commonality(map({ commonality: 'low', common_ground: ['a', 'b'] })).score).toBe(0);
    expect(commonality(map({ commonality: 'unknown', common_ground: ['a'] })).score).toBe(25);
    expect(commonality(map({ common_ground: ['a', 'b', 'c', 'd', 'e'] })).score).toBe(100);
    expect(commonality(map({ commonality: 'unknown' })).score).toBeNull();
  });

  it('margins: 0 or below is 0, full_margin or above is 100', () => {
    expect(margins(-0.2, 0.4).score).toBe(0);
    expect(margins(0.2, 0.4).score).toBe(50);
    expect(margins(0.9, 0.4).score).toBe(100);
    expect(margins(undefined, 0.4).score).toBeNull();
  });
});

describe('scoreFit', () => {
  const settings = resolveScoreConfig({});

  it('renormalises over the criteria with data and says how much weight had data', () => {
    // long-term interest high (100, weight 20) and commonality low (0, weight 15): 2000 / 35 = 57.14 → 57.
    const r = scoreFit(
      inputs({ map: map({ long_term_interest: 'high', commonality: 'low' }) }),
      settings,
    );
    expect(r.fit).toBe(57);
    expect(r.data_weight).toBe(0.35);
    expect(r.low_data).toBe(true);
    expect(r.criteria.margins).toMatchObject({ score: null, contribution: null, weight: 25 });
    expect(r.criteria.long_term_interest.contribution).toBe(57.14);
  });

  it('no data at all: no fit, no band', () => {
    const r = scoreFit(inputs({}), settings);
    expect(r).toMatchObject({ fit: null, band: null, data_weight: 0, low_data: true });
  });

  it('bands: ≥ 76 A, ≥ 51 B, else C', () => {
    const band = (level: 'high' | 'medium' | 'low') =>
      scoreFit(inputs({ map: map({ long_term_interest: level }) }), settings).band;
    expect([band('high'), band('medium'), band('low')]).toEqual(['A', 'C', 'C']);
    const at = (fit: number) =>
      scoreFit(
        inputs({ margin: (fit / 100) * 0.4 }),
        resolveScoreConfig({ bands: { a: 76, b: 51 } }),
      ).band;
    expect([at(76), at(75), at(51), at(50)]).toEqual(['A', 'B', 'B', 'C']);
  });

  it('a criterion with weight 0 is shown but does not count', () => {
    const r = scoreFit(
      inputs({ map: map({ long_term_interest: 'high', commonality: 'low' }) }),
      resolveScoreConfig({ weights: { commonality: 0 } }),
    );
    expect(r.fit).toBe(100);
    expect(r.criteria.commonality).toMatchObject({ score: 0, weight: 0, contribution: 0 });
  });
});
