import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../config/load.js';
import { formatPath } from '../model/diagnostic.js';
import { resolveScoreConfig, SCORE_DEFAULTS, ScoreConfigSchema } from './config.js';

describe('score config', () => {
  it('defaults when nothing is written (the parent config hands over {})', () => {
    const { config, diagnostics } = parseConfig('acctmap.config.yaml', '');
    expect(diagnostics).toEqual([]);
    const s = resolveScoreConfig(config.score);
    expect(s.weights).toEqual({
      revenue_history: 25,
      account_history: 15,
      margins: 25,
      long_term_interest: 20,
      commonality: 15,
    });
    expect(s).toMatchObject({
      bands: { a: 76, b: 51 },
      pareto: { a: 0.8, b: 0.95 },
      key_candidate_fit: SCORE_DEFAULTS.key_candidate_fit,
      max_key_accounts: 35,
      rates: {},
    });
    expect(s.currency).toBeUndefined();
  });

  it('a partial section overrides only what it names', () => {
    const text =
      'score:\n  weights:\n    margins: 40\n  bands:\n    a: 80\n  currency: EUR\n  rates:\n    NOK: 0.086\n';
    const { config, diagnostics } = parseConfig('c.yaml', text);
    expect(diagnostics).toEqual([]);
    const s = resolveScoreConfig(config.score);
    expect(s.weights.margins).toBe(40);
    expect(s.weights.revenue_history).toBe(25);
    expect(s.bands).toEqual({ a: 80, b: 51 });
    expect(s.currency).toBe('EUR');
    expect(s.rates).toEqual({ NOK: 0.086 });
  });

  it.each([
    ['score:\n  weights:\n    margin: 30\n', 3, /did you mean `margins`/, 'score.weights.margin'],
    ['score:\n  weights:\n    margins: -1\n', 3, /negative/, 'score.weights.margins'],
    ['score:\n  pareto:\n    a: 80\n', 3, /percentage/, 'score.pareto.a'],
    [
      'score:\n  bands:\n    b: 90\n',
      3,
      /band B starts at 90, above band A at 76/,
      'score.bands.b',
    ],
    [
      'score:\n  pareto:\n    a: 0.9\n    b: 0.85\n',
      4,
      /b \(0.85\) is below a \(0.9\)/,
      'score.pareto.b',
    ],
    ['score:\n  rates:\n    NOK: 0.1\n', 3, /add `currency:`/, 'score.rates'],
    ['score:\n  currency: eur\n', 2, /ISO 4217/, 'score.currency'],
    ['score:\n  currency: EUR\n  rates:\n    EUR: 2\n', 4, /its rate is 1/, 'score.rates.EUR'],
    [
      'score:\n  weights: {revenue_history: 0, account_history: 0, margins: 0, long_term_interest: 0, commonality: 0}\n',
      2,
      /every weight is 0/,
      'score.weights',
    ],
    ['score:\n  full_margin: 40\n', 2, /percentage/, 'score.full_margin'],
  ])('%j is an error at line %i', (text, line, message, path) => {
    const { diagnostics } = parseConfig('c.yaml', text);
    expect(diagnostics).toHaveLength(1);
    expect({ ...diagnostics[0], path: formatPath(diagnostics[0]!.path) }).toMatchObject({
      line,
      path,
    });
    expect(diagnostics[0]!.message).toMatch(message);
  });

  it('the schema accepts every documented key', () => {
    const all = {
      weights: SCORE_DEFAULTS.weights,
      bands: SCORE_DEFAULTS.bands,
      pareto: SCORE_DEFAULTS.pareto,
      key_candidate_fit: 60,
      max_key_accounts: 35,
      low_data_below: 0.6,
      full_margin: 0.4,
      full_tenure_years: 10,
      currency: 'EUR',
      rates: { NOK: 0.086 },
    };
    expect(ScoreConfigSchema.safeParse(all).success).toBe(true);
  });
});

describe('docs/scoring.md', () => {
  it('its configuration block is a valid config whose values are the defaults (currency and rates aside)', () => {
    const doc = readFileSync(join(import.meta.dirname, '../../docs/scoring.md'), 'utf8');
    const block = /## Configuration[\s\S]*?```yaml\n([\s\S]*?)```/.exec(doc)?.[1];
    expect(block).toBeDefined();
    const { config, diagnostics } = parseConfig('docs/scoring.md', block!);
    expect(diagnostics).toEqual([]);
    const { currency, rates, ...documented } = resolveScoreConfig(config.score);
    const { currency: _c, rates: _r, ...defaults } = resolveScoreConfig({});
    expect(documented).toEqual(defaults);
    expect(currency).toBe('EUR');
    expect(rates).toEqual({ NOK: 0.086 });
  });
});
