/**
 * Properties of the scorer over portfolios of valid maps whose strings and numbers are hostile
 * (zero, tiny, huge and fractional amounts, margins from -1 to 1, any dates): it never throws;
 * mixed currencies without rates are an error that names them; otherwise every account is
 * ranked once, classes are A, B or C, fit is 0–100, every number is finite, and the shares of
 * the chosen measure add up to 1 whenever the portfolio total is positive.
 * Seed: ACCTMAP_FUZZ_SEED (fixed by default); ACCTMAP_FUZZ_RUNS scales the number of runs.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AccountMap } from '../src/model/account-map.js';
import { type Measure, scorePortfolio } from '../src/score/portfolio.js';
import { fuzzOptions } from './fixtures/hostile-inputs/arbitraries.js';
import { validAccountMap } from './helpers/valid-maps.js';

const portfolio = fc.uniqueArray(validAccountMap({ maxPeople: 4 }), {
  minLength: 1,
  maxLength: 8,
  selector: (m) => m.account.id,
});

const asOf = fc
  .date({ min: new Date('2015-01-01'), max: new Date('2035-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

/** Rates for every currency the generator writes, or none (then mixed currencies are an error). */
const config = fc.constantFrom(undefined, {
  currency: 'EUR',
  rates: { NOK: 0.085, USD: 0.92, SEK: 0.087 },
});

function finiteOrNull(x: unknown): boolean {
  return x === null || (typeof x === 'number' && Number.isFinite(x));
}

/** Every revenue amount of a map, summed as written (no currency conversion). */
function revenueOf(map: AccountMap): number {
  return Object.values(map.financials?.revenue ?? {}).reduce((s, x) => s + x, 0);
}

/** Paths of every NaN or infinite number in `value`. */
function nonFinite(value: unknown, at = '$'): string[] {
  if (typeof value === 'number') return Number.isFinite(value) ? [] : [`${at} = ${value}`];
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([k, v]) => nonFinite(v, `${at}.${k}`));
}

describe('scorePortfolio, on portfolios of valid maps', () => {
  it('never throws; ranks, classes, fit, shares and every number keep their promises', () => {
    let withShares = 0;
    fc.assert(
      fc.property(
        portfolio,
        fc.constantFrom<Measure>('revenue', 'profit'),
        asOf,
        config,
        (maps, by, today, cfg) => {
          // Known limit: amounts whose sum passes the largest double (1.8e308) overflow the
          // portfolio total; the format has no upper bound on amounts yet. Out of scope here.
          fc.pre(Number.isFinite(maps.reduce((s, m) => s + revenueOf(m), 0)));
          const entries = maps.map((map, i) => ({ file: `m${i}.acctmap.yaml`, map }));
          const result = scorePortfolio(entries, {
            by,
            asOf: today,
            ...(cfg ? { config: cfg } : {}),
          });
          if (!result.ok) {
            expect(cfg).toBeUndefined();
            expect(result.error.kind).toBe('currencies');
            expect(result.error.currencies.length).toBeGreaterThan(1);
            for (const c of result.error.currencies) expect(result.error.message).toContain(c);
            return;
          }
          const { accounts, totals } = result.portfolio;
          expect(accounts.map((a) => a.id).sort()).toEqual(maps.map((m) => m.account.id).sort());
          expect(accounts.map((a) => a.rank)).toEqual(accounts.map((_, i) => i + 1));
          for (const a of accounts) {
            expect(['A', 'B', 'C']).toContain(a.class);
            if (a.fit !== null) {
              expect(Number.isInteger(a.fit)).toBe(true);
              expect(a.fit).toBeGreaterThanOrEqual(0);
              expect(a.fit).toBeLessThanOrEqual(100);
            }
            for (const [key, value] of Object.entries({
              revenue: a.revenue,
              profit: a.profit,
              share: a.share,
              cumulative_share: a.cumulative_share,
              margin: a.margin,
              wallet: a.wallet,
              share_of_wallet: a.share_of_wallet,
            })) {
              expect(finiteOrNull(value), `${a.id}.${key} = ${value}`).toBe(true);
            }
            if (a.share !== null) expect(a.share).toBeGreaterThanOrEqual(0);
          }
          expect(Number.isFinite(totals.revenue) && Number.isFinite(totals.profit)).toBe(true);
          const total = by === 'revenue' ? totals.revenue : totals.profit;
          if (total > 0) {
            withShares++;
            const sum = accounts.reduce((s, a) => s + (a.share ?? 0), 0);
            // Shares are rounded to 4 decimals each.
            expect(Math.abs(sum - 1)).toBeLessThanOrEqual(accounts.length * 5e-5 + 1e-9);
            expect(accounts.some((a) => a.class === 'A')).toBe(true);
          }
          // The JSON the CLI prints holds no NaN or Infinity (JSON would turn them into null).
          expect(nonFinite(result.portfolio)).toEqual([]);
        },
      ),
      fuzzOptions(300),
    );
    // Not vacuous: most portfolios have revenue to share.
    expect(withShares).toBeGreaterThan(30);
  });
});
