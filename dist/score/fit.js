import { percent, wholeMonths } from '../text/index.js';
import { CRITERIA } from './config.js';
/** Half up, with room for the last bit of floating point (87.4999999 is 87.5 written by hand). */
export function roundHalfUp(x) {
    return Math.floor(x + 0.5 + 1e-9);
}
function round2(x) {
    return Math.round(x * 100) / 100;
}
function clamp(x, lo = 0, hi = 100) {
    return Math.min(hi, Math.max(lo, x));
}
const STAGE_POINTS = {
    exploratory: 0,
    basic: 25,
    cooperative: 50,
    interdependent: 75,
    integrated: 100,
};
const LEVEL_POINTS = { high: 100, medium: 50, low: 0 };
/** Points per item of `common_ground` when `commonality` itself is not stated. */
const COMMON_GROUND_POINTS = 25;
/** Scores in sentences: one decimal is enough to check the sum by hand (`parts` keep two). */
function round1(x) {
    return Math.round(x * 10) / 10;
}
/** A change as a signed percentage (a real minus sign: a hyphen reads as a dash). */
function change(x) {
    return percent(x, { signed: true });
}
export function revenueHistory(input) {
    if (input.revenue === null) {
        return { score: null, basis: 'no revenue written (financials.revenue)' };
    }
    const others = input.portfolioRevenues.length - 1;
    let below = 0;
    let equal = -1; // the account itself is among the revenues
    for (const r of input.portfolioRevenues) {
        if (r < input.revenue)
            below++;
        else if (r === input.revenue)
            equal++;
    }
    const level = others > 0 ? (100 * (below + 0.5 * equal)) / others : 100;
    const levelText = others > 0
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
    let trend;
    let trendText;
    if (previous > 0) {
        const growth = (latest - previous) / previous;
        trend = clamp(50 + 100 * growth);
        trendText = `trend ${round1(trend)}: ${change(growth)} on ${previousLabel}`;
    }
    else {
        trend = latest > 0 ? 100 : 50;
        trendText = `trend ${trend}: ${latest > 0 ? 'new revenue' : 'no revenue'} after none in ${previousLabel}`;
    }
    return {
        score: roundHalfUp((level + trend) / 2),
        basis: `${levelText}; ${trendText}; mean of the two`,
        parts: { level: round2(level), trend: round2(trend) },
    };
}
export function accountHistory(map, asOf, fullTenureYears) {
    const since = map.relationship?.since;
    const stage = map.relationship?.stage;
    if (since === undefined && stage === undefined) {
        return { score: null, basis: 'no relationship.since or relationship.stage' };
    }
    const texts = [];
    let tenure = null;
    if (since !== undefined) {
        const months = Math.max(0, wholeMonths(since, asOf));
        tenure = Math.min(100, (months * 100) / (12 * fullTenureYears));
        texts.push(`tenure ${round1(tenure)}: ${months} whole months since ${since}`);
    }
    const stagePoints = stage !== undefined ? STAGE_POINTS[stage] : null;
    if (stage !== undefined)
        texts.push(`stage ${stagePoints}: ${stage}`);
    const values = [tenure, stagePoints].filter((v) => v !== null);
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    if (values.length === 2)
        texts.push('mean of the two');
    return {
        score: roundHalfUp(mean),
        basis: texts.join('; '),
        parts: { tenure: tenure === null ? null : round2(tenure), stage: stagePoints },
    };
}
export function margins(margin, fullMargin) {
    if (margin === undefined)
        return { score: null, basis: 'no margin written (financials.margin)' };
    const score = clamp((100 * margin) / fullMargin);
    return {
        score: roundHalfUp(score),
        basis: `margin ${round2(margin * 100)} % against ${round2(fullMargin * 100)} % for the full score`,
        parts: { margin: Math.round(margin * 10000) / 10000 },
    };
}
function longTermInterest(map) {
    const level = map.relationship?.long_term_interest;
    if (level === undefined || level === 'unknown') {
        return {
            score: null,
            basis: `relationship.long_term_interest is ${level === undefined ? 'not written' : 'unknown'}`,
        };
    }
    return { score: LEVEL_POINTS[level], basis: `long-term interest ${level}` };
}
export function commonality(map) {
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
export function scoreFit(input, settings) {
    const raw = {
        revenue_history: revenueHistory(input),
        account_history: accountHistory(input.map, input.asOf, settings.full_tenure_years),
        margins: margins(input.margin, settings.full_margin),
        long_term_interest: longTermInterest(input.map),
        commonality: commonality(input.map),
    };
    const totalWeight = CRITERIA.reduce((sum, c) => sum + settings.weights[c], 0);
    const withData = CRITERIA.reduce((sum, c) => sum + (raw[c].score !== null ? settings.weights[c] : 0), 0);
    let points = 0;
    const criteria = {};
    for (const c of CRITERIA) {
        const { score } = raw[c];
        const weight = settings.weights[c];
        const exact = score !== null && withData > 0 ? (score * weight) / withData : null;
        if (exact !== null)
            points += exact;
        criteria[c] = { ...raw[c], weight, contribution: exact === null ? null : round2(exact) };
    }
    const value = withData > 0 ? roundHalfUp(points) : null;
    const dataWeight = totalWeight > 0 ? withData / totalWeight : 0;
    return {
        fit: value,
        band: value === null
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
