/**
 * Calendar arithmetic on dates written YYYY-MM-DD, in UTC so that no time zone or daylight
 * saving shifts a day. Nothing here reads the clock: "today" is always passed in (`--as-of`).
 */
import { plural } from './words.js';
const DAY_MS = 86_400_000;
const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
function utc(date) {
    const [y, m, d] = date.split('-').map(Number);
    return Date.UTC(y, m - 1, d);
}
/** True when `text` is a real calendar date written YYYY-MM-DD (so 2026-13-45 is not). */
export function isCalendarDate(text) {
    if (!DATE_PATTERN.test(text))
        return false;
    const [y, m, d] = text.split('-').map(Number);
    const date = new Date(Date.UTC(y, m - 1, d));
    return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
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
/** How long before `asOf` a date was, in words: `today`, `12 days ago`, `in 30 days`. */
export function ago(date, asOf) {
    const days = daysBetween(date, asOf);
    if (days === 0)
        return 'today';
    if (days > 0)
        return `${plural(days, 'day')} ago`;
    return `in ${plural(-days, 'day')}`;
}
