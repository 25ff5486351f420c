/**
 * "The latest 12 months" of an account, from revenue written per year or per quarter, and the
 * margin that applies to each period. Pure arithmetic on period keys; docs/scoring.md states
 * the same rules in words.
 */
import { isQuarter, isYear, periodEnd, periodStart, quarterIndex, quarterName, quarterOf, } from '../model/periods.js';
/**
 * The latest 12 months and the 12 before them. Years: the latest year written, and the year
 * before it. Quarters: the four calendar quarters ending with the latest quarter written, and
 * the four before those. A map that mixes years and quarters is a schema error; should one get
 * here anyway, the kind of its latest period wins.
 */
export function revenueWindows(revenue) {
    const years = Object.keys(revenue).filter((k) => isYear(k));
    const quarters = Object.keys(revenue).filter((k) => isQuarter(k));
    if (years.length === 0 && quarters.length === 0)
        return undefined;
    const latestYear = years.length ? Math.max(...years.map(Number)) : Number.NEGATIVE_INFINITY;
    const latestQuarter = quarters.length
        ? Math.max(...quarters.map((q) => quarterIndex(q)))
        : Number.NEGATIVE_INFINITY;
    const useQuarters = quarters.length > 0 && Math.floor(latestQuarter / 4) >= latestYear;
    const window = (kind, periods) => {
        const missing = periods.filter((p) => revenue[p] === undefined);
        const sum = periods.reduce((acc, p) => acc + (revenue[p] ?? 0), 0);
        const label = periods.length === 1 ? periods[0] : `${periods[0]}–${periods[periods.length - 1]}`;
        return { kind, periods, missing, revenue: sum, label };
    };
    if (!useQuarters) {
        const latest = window('year', [String(latestYear)]);
        const before = String(latestYear - 1);
        return revenue[before] === undefined
            ? { latest }
            : { latest, previous: window('year', [before]) };
    }
    const span = (end) => [end - 3, end - 2, end - 1, end].map(quarterName);
    const latest = window('quarter', span(latestQuarter));
    const previous = window('quarter', span(latestQuarter - 4));
    return previous.missing.length === 4 ? { latest } : { latest, previous };
}
/**
 * The margin that applies to one revenue period:
 * 1. a single margin applies to every period;
 * 2. a margin written for the same period applies;
 * 3. a quarter takes its year's margin, a year the mean of its quarters' margins;
 * 4. otherwise the margin of the latest period written before it;
 * 5. otherwise (every margin written is later) the earliest margin written.
 */
export function marginFor(margin, period) {
    if (margin === undefined)
        return undefined;
    if (typeof margin === 'number')
        return margin;
    const own = margin[period];
    if (own !== undefined)
        return own;
    const q = quarterOf(period);
    if (q) {
        const yearly = margin[q.year];
        if (yearly !== undefined)
            return yearly;
    }
    else if (isYear(period)) {
        const inYear = [1, 2, 3, 4]
            .map((n) => margin[`${period}-Q${n}`])
            .filter((m) => m !== undefined);
        if (inYear.length)
            return inYear.reduce((a, b) => a + b, 0) / inYear.length;
    }
    const start = periodStart(period);
    const keyed = Object.keys(margin)
        .filter((k) => isYear(k) || isQuarter(k))
        .sort((a, b) => periodStart(a) - periodStart(b) || periodEnd(a) - periodEnd(b));
    if (keyed.length === 0)
        return undefined;
    const before = keyed.filter((k) => periodEnd(k) <= start);
    const chosen = before.length ? before[before.length - 1] : keyed[0];
    return margin[chosen];
}
/** The latest margin written: the single margin, or the one for the latest period. */
export function latestMargin(margin) {
    if (margin === undefined)
        return undefined;
    if (typeof margin === 'number')
        return margin;
    const keyed = Object.keys(margin)
        .filter((k) => isYear(k) || isQuarter(k))
        .sort((a, b) => periodEnd(a) - periodEnd(b) || periodStart(a) - periodStart(b));
    return keyed.length ? margin[keyed[keyed.length - 1]] : undefined;
}
