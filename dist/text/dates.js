/**
 * Calendar arithmetic on dates written YYYY-MM-DD, in UTC so that no time zone or daylight
 * saving shifts a day. Nothing here reads the clock: "today" is always passed in (`--as-of`).
 */
import { plural } from './words.js';
const DAY_MS = 86_400_000;
function utc(date) {
    // Rules call this for every date of every map: slices, not a split into a new array.
    if (date.length === 10) {
        return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8)));
    }
    const [y, m, d] = date.split('-').map(Number);
    return Date.UTC(y, m - 1, d);
}
/**
 * A real calendar date written YYYY-MM-DD: months of 31, 30 and 28 days, and 29 February in leap
 * years (divisible by 4, and centuries only when divisible by 400). A pattern rather than a date
 * computation so that the JSON Schema carries the very same check to editors and other
 * validators (2026-02-30 is an error there too).
 */
export const CALENDAR_DATE_PATTERN = /^(?:\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|02-(?:0[1-9]|1\d|2[0-8]))|(?:\d{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)$/;
/** True when `text` is a real calendar date written YYYY-MM-DD (so 2026-13-45 is not). */
export function isCalendarDate(text) {
    return CALENDAR_DATE_PATTERN.test(text);
}
/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from, to) {
    return Math.round((utc(to) - utc(from)) / DAY_MS);
}
/** `date` moved by `days` (may be negative), as YYYY-MM-DD. */
export function addDays(date, days) {
    return new Date(utc(date) + days * DAY_MS).toISOString().slice(0, 10);
}
/** The same day `years` years away; 29 February becomes 28 February in a common year. */
export function addYears(date, years) {
    const y = String(Number(date.slice(0, 4)) + years).padStart(4, '0');
    const candidate = `${y}-${date.slice(5)}`;
    return isCalendarDate(candidate) ? candidate : `${y}-02-28`;
}
/** The number of days in a month (`month` 1–12). */
function daysInMonth(year, month) {
    return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
/**
 * Whole months from `since` to `asOf`: a month counts once its day of the month is reached, or
 * once the month ends when it has no such day. So 31 January to 28 February is one month, and 29
 * February 2024 to 28 February 2025 is twelve: the anniversary `addYears` gives. Negative when
 * `asOf` is earlier (whole months back).
 */
export function wholeMonths(since, asOf) {
    if (asOf < since)
        return -wholeMonths(asOf, since);
    const [y1, m1, d1] = since.split('-').map(Number);
    const [y2, m2, d2] = asOf.split('-').map(Number);
    const reached = d2 >= d1 || d2 === daysInMonth(y2, m2);
    return (y2 - y1) * 12 + (m2 - m1) - (reached ? 0 : 1);
}
/**
 * How long from `since` to `asOf`, in the largest whole unit: `2 years`, `12 months` is `1 year`,
 * `11 months`, `20 days`. Years and months are whole months (`wholeMonths`), so the anniversary
 * of `since` is a year on the day.
 */
export function durationSince(since, asOf) {
    const months = wholeMonths(since, asOf);
    if (months >= 12)
        return plural(Math.floor(months / 12), 'year');
    if (months >= 1)
        return plural(months, 'month');
    return plural(daysBetween(since, asOf), 'day');
}
/** How long before `asOf` a date was, in words: `today`, `12 days ago`, `in 30 days`. */
export function ago(date, asOf) {
    const days = daysBetween(date, asOf);
    if (days === 0)
        return 'today';
    if (days > 0)
        return `${plural(days, 'day')} ago`;
    return `in ${plural(-days, 'day')}`;
}
