/**
 * The five selection criteria as 0–100 sub-scores, and fit as their weighted mean over the
 * criteria that have data. Every rule here is written out in docs/scoring.md so that a sales
 * director can redo any number by hand; keep the two in step.
 */
import type { AccountMap } from '../model/account-map.js';
import { percent, wholeMonths } from '../text/index.js';
import { CRITERIA, type Criterion, type ScoreSettings } from './config.js';

export interface CriterionScore {
  /** 0–100, a whole number; `null` when the map has no data for this criterion. */
  score: number | null;
  /** The weight from config. */
  weight: number;
  /** Points of fit this criterion adds: score × weight ÷ the weight that had data. */
  contribution: number | null;
  /** How the score came about, in words, or what data is missing. */
  basis: string;
  /** The unrounded parts a criterion is built from (level and trend, tenure and stage). */
  parts?: Record<string, number | null>;
}

export type Criteria = Record<Criterion, CriterionScore>;

export interface FitResult {
  /** 0–100, a whole number; `null` when no weighted criterion has data. */
  fit: number | null;
  band: 'A' | 'B' | 'C' | null;
  criteria: Criteria;
  /** Share of the total weight that had data, 0–1. */
  data_weight: number;
  low_data: boolean;
}

/** What fit needs to know about one account beyond its map. */
export interface FitInputs {
  map: AccountMap;
  asOf: string;
  /** Latest-12-months revenue in the reporting currency; `null` when none is written. */
  revenue: number | null;
  /** Revenue of every account that has some, in the reporting currency (this one included). */
  portfolioRevenues: readonly number[];
  /** Latest and previous 12 months in the map's own currency, for the trend. */
  trend?: { latest: number; previous: number; previousLabel: string };
  /** Latest-12-months margin (profit ÷ revenue), or the latest margin written. */
  margin: number | undefined;
}

/** Half up, with room for the last bit of floating point (87.4999999 is 87.5 written by hand). */
export function roundHalfUp(x: number): number {
  return Math.floor(x + 0.5 + 1e-9);
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

function clamp(x: number, lo = 0, hi = 100): number {
  return Math.min(hi, Math.max(lo, x));
}

const STAGE_POINTS = {
  exploratory: 0,
  basic: 25,
  cooperative: 50,
  interdependent: 75,
  integrated: 100,
} as const;

const LEVEL_POINTS = { high: 100, medium: 50, low: 0 } as const;

/** Points per item of `common_ground` when `commonality` itself is not stated. */
const COMMON_GROUND_POINTS = 25;

/** Scores in sentences: one decimal is enough to check the sum by hand (`parts` keep two). */
function round1(x: number): number {
  return Math.round(x * 10) / 10;
}

/** A change as a signed percentage (a real minus sign: a hyphen reads as a dash). */
function change(x: number): string {
  return percent(x, { signed: true });
}

export function revenueHistory(input: FitInputs): Omit<CriterionScore, 'weight' | 'contribution'> {
  if (input.revenue === null) {
    return { score: null, basis: 'no revenue written (financials.revenue)' };
  }
  const others = input.portfolioRevenues.length - 1;
  let below = 0;
  let equal = -1; // the account itself is among the revenues
  for (const r of input.portfolioRevenues) {
    if (r < input.revenue) below++;
    else if (r === input.revenue) equal++;
  }
  const level = others > 0 ? (100 * (below + 0.5 * equal)) / others : 100;
  const levelText =
    others > 0
      ? `level ${round1(level)}: ${below} of the ${others} other accounts with revenue have less${equal ? `, ${equal} the same` : ''}`
      : 'level 100: the only account with revenue';
  if (!input.trend) {
    return {
      score: roundHalfUp(level),
      basis: `${levelText}; no trend (no revenue for the 12 months before)`,
      parts: { level: round2(level), trend: null },
    };
  }
  const { latest, previous, previousLabel } = input.trend;
  let trend: number;
  let trendText: string;
  if (previous > 0) {
    const growth = (latest - previous) / previous;
    trend = clamp(50 + 100 * growth);
    trendText = `trend ${round1(trend)}: ${change(growth)} on ${previousLabel}`;
  } else {
    trend = latest > 0 ? 100 : 50;
    trendText = `trend ${trend}: ${latest > 0 ? 'new revenue' : 'no revenue'} after none in ${previousLabel}`;
  }
  return {
    score: roundHalfUp((level + trend) / 2),
    basis: `${levelText}; ${trendText}; mean of the two`,
    parts: { level: round2(level), trend: round2(trend) },
  };
}

export function accountHistory(
  map: AccountMap,
  asOf: string,
  fullTenureYears: number,
): Omit<CriterionScore, 'weight' | 'contribution'> {
  const since = map.relationship?.since;
  const stage = map.relationship?.stage;
  if (since === undefined && stage === undefined) {
    return { score: null, basis: 'no relationship.since or relationship.stage' };
  }
  const texts: string[] = [];
  let tenure: number | null = null;
  if (since !== undefined) {
    const months = Math.max(0, wholeMonths(since, asOf));
    tenure = Math.min(100, (months * 100) / (12 * fullTenureYears));
    texts.push(`tenure ${round1(tenure)}: ${months} whole months since ${since}`);
  }
  const stagePoints = stage !== undefined ? STAGE_POINTS[stage] : null;
  if (stage !== undefined) texts.push(`stage ${stagePoints}: ${stage}`);
  const values = [tenure, stagePoints].filter((v): v is number => v !== null);
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  if (values.length === 2) texts.push('mean of the two');
  return {
    score: roundHalfUp(mean),
    basis: texts.join('; '),
    parts: { tenure: tenure === null ? null : round2(tenure), stage: stagePoints },
  };
}

export function margins(
  margin: number | undefined,
  fullMargin: number,
): Omit<CriterionScore, 'weight' | 'contribution'> {
  if (margin === undefined) return { score: null, basis: 'no margin written (financials.margin)' };
  const score = clamp((100 * margin) / fullMargin);
  return {
    score: roundHalfUp(score),
    basis: `margin ${round2(margin * 100)} % against ${round2(fullMargin * 100)} % for the full score`,
    parts: { margin: Math.round(margin * 10000) / 10000 },
  };
}

function longTermInterest(map: AccountMap): Omit<CriterionScore, 'weight' | 'contribution'> {
  const level = map.relationship?.long_term_interest;
  if (level === undefined || level === 'unknown') {
    return {
      score: null,
      basis: `relationship.long_term_interest is ${level === undefined ? 'not written' : 'unknown'}`,
    };
  }
  return { score: LEVEL_POINTS[level], basis: `long-term interest ${level}` };
}

export function commonality(map: AccountMap): Omit<CriterionScore, 'weight' | 'contribution'> {
  const level = map.relationship?.commonality;
  if (level !== undefined && level !== 'unknown') {
    return { score: LEVEL_POINTS[level], basis: `commonality ${level}` };
  }
  const ground = map.relationship?.common_ground?.length ?? 0;
  if (ground > 0) {
    const score = Math.min(100, ground * COMMON_GROUND_POINTS);
    return {
      score,
      basis: `${ground} item${ground === 1 ? '' : 's'} of common_ground × ${COMMON_GROUND_POINTS} (commonality not stated)`,
    };
  }
  return {
    score: null,
    basis: `relationship.commonality is ${level === undefined ? 'not written' : 'unknown'} and common_ground is empty`,
  };
}

export function scoreFit(input: FitInputs, settings: ScoreSettings): FitResult {
  const raw: Record<Criterion, Omit<CriterionScore, 'weight' | 'contribution'>> = {
    revenue_history: revenueHistory(input),
    account_history: accountHistory(input.map, input.asOf, settings.full_tenure_years),
    margins: margins(input.margin, settings.full_margin),
    long_term_interest: longTermInterest(input.map),
    commonality: commonality(input.map),
  };
  const totalWeight = CRITERIA.reduce((sum, c) => sum + settings.weights[c], 0);
  const withData = CRITERIA.reduce(
    (sum, c) => sum + (raw[c].score !== null ? settings.weights[c] : 0),
    0,
  );
  let points = 0;
  const criteria = {} as Criteria;
  for (const c of CRITERIA) {
    const { score } = raw[c];
    const weight = settings.weights[c];
    const exact = score !== null && withData > 0 ? (score * weight) / withData : null;
    if (exact !== null) points += exact;
    criteria[c] = { ...raw[c], weight, contribution: exact === null ? null : round2(exact) };
  }
  const value = withData > 0 ? roundHalfUp(points) : null;
  const dataWeight = totalWeight > 0 ? withData / totalWeight : 0;
  return {
    fit: value,
    band:
      value === null
        ? null
        : value >= settings.bands.a
          ? 'A'
          : value >= settings.bands.b
            ? 'B'
            : 'C',
    criteria,
    data_weight: Math.round(dataWeight * 10000) / 10000,
    low_data: value === null || dataWeight < settings.low_data_below - 1e-12,
  };
}
