/**
 * How reports write numbers, dates and the format's enumeration values in sentences. Plain text
 * in, plain text out: the caller escapes for markdown.
 */
import { daysBetween } from '../rules/util.js';
export { daysBetween };
/** 1,250,000 (whole amounts) or 1,250.50; a real minus sign for losses. */
export function amount(x) {
    const rounded = Math.round(x * 100) / 100;
    const fixed = Number.isInteger(rounded)
        ? String(Math.abs(rounded))
        : Math.abs(rounded).toFixed(2);
    const [whole, frac] = fixed.split('.');
    const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
    return `${rounded < 0 ? '−' : ''}${grouped}${frac ? `.${frac}` : ''}`;
}
/** `EUR 2,400,000`, or the bare amount when the currency is not known. */
export function money(x, currency) {
    return currency ? `${currency} ${amount(x)}` : amount(x);
}
/** A fraction as a percentage with at most one decimal: 0.4123 → `41.2 %`. */
export function percent(fraction) {
    const p = Math.round(fraction * 1000) / 10;
    return `${p} %`;
}
/** `economic-buyer` → `economic buyer`. */
export function words(value) {
    return value.replace(/-/g, ' ');
}
/** Words that read as abbreviations in a key: `ticket_size_eur` → `Ticket size EUR`. */
const ABBREVIATIONS = new Set([
    'api',
    'b2b',
    'b2c',
    'cac',
    'ceo',
    'cfo',
    'chf',
    'cio',
    'crm',
    'cto',
    'd2c',
    'dkk',
    'esg',
    'eur',
    'gbp',
    'hq',
    'kpi',
    'ltv',
    'nok',
    'roi',
    'sek',
    'seo',
    'sla',
    'url',
    'usd',
]);
/** `investment_preferences` → `Investment preferences`; `size_eur` → `Size EUR`. */
export function keyLabel(key) {
    const spaced = key.replace(/[_-]+/g, ' ').trim();
    if (spaced === '')
        return key;
    const worded = spaced
        .split(' ')
        .map((w) => (ABBREVIATIONS.has(w.toLowerCase()) ? w.toUpperCase() : w))
        .join(' ');
    return worded.charAt(0).toUpperCase() + worded.slice(1);
}
/** `a`, `a and b`, `a, b and c`. */
export function joinAnd(items) {
    if (items.length <= 1)
        return items.join('');
    return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
/** `1 day`, `12 days`. */
export function plural(n, one, many = `${one}s`) {
    return `${n} ${n === 1 ? one : many}`;
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
/** Sort key for levels and strengths: the strongest first. */
export const LEVEL_ORDER = {
    high: 0,
    medium: 1,
    low: 2,
    unknown: 3,
};
export const STRENGTH_ORDER = {
    strong: 0,
    medium: 1,
    weak: 2,
    none: 3,
};
