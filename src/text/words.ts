/**
 * Words in sentences: how acctmap turns values into text a sales person reads. Plain text in,
 * plain text out; markdown escaping is ./markdown.ts, and terminal widths are ./terminal.ts.
 */
import { count } from './numbers.js';

/** Control characters, line and paragraph separators: none of them belongs in one line of text. */
const CONTROL = /[\p{Cc}\u2028\u2029]/gu;

/**
 * Text on one line, for showing: line breaks, tabs and other control characters (ESC too, so no
 * terminal escape gets through) become spaces, runs of spaces become one, and the ends are
 * trimmed. For text that must show what was there instead, see `escapeControls`.
 */
export function oneLine(text: string): string {
  return collapseSpaces(text).trim();
}

/** `oneLine` without the trimming: for a piece of text that sits between others. */
export function collapseSpaces(text: string): string {
  return text.replace(CONTROL, ' ').replace(/\s+/g, ' ');
}

/**
 * Text on one line that still shows what was there: line breaks are written `\n`, `\r\n`, `\r`
 * and other control characters `\u001b` (so a message keeps one finding per line, and a stray
 * character is visible rather than acted on by the terminal).
 */
export function escapeControls(text: string): string {
  return text
    .replace(/\r\n/g, '\\r\\n')
    .replace(/\n/g, '\\n')
    .replace(/\r/g, '\\r')
    .replace(CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** `economic-buyer` → `economic buyer`: a value of the format, as words. */
export function words(value: string): string {
  return value.replace(/-/g, ' ');
}

/** `champion` → `Champion`. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
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
export function keyLabel(key: string): string {
  const spaced = key.replace(/[_-]+/g, ' ').trim();
  if (spaced === '') return key;
  const worded = spaced
    .split(' ')
    .map((w) => (ABBREVIATIONS.has(w.toLowerCase()) ? w.toUpperCase() : w))
    .join(' ');
  return capitalise(worded);
}

/**
 * `a`, `a and b`, `a, b and c`. With `max`, a longer list names the first `max` and counts the
 * rest: `a, b, c and 4 more`.
 */
export function joinAnd(items: readonly string[], max = Number.POSITIVE_INFINITY): string {
  if (items.length > max) return `${items.slice(0, max).join(', ')} and ${items.length - max} more`;
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** `1 day`, `12 days`, `1,500 people`: a count with the word it counts. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${count(n)} ${n === 1 ? one : many}`;
}

/** User text quoted in a message, on one line and cut at 80 characters, so its ends are plain. */
export function quote(text: string): string {
  const line = oneLine(text);
  return `"${line.length > 80 ? `${line.slice(0, 79)}…` : line}"`;
}

/**
 * Code-unit order: the same on every machine and in every locale, and with no collator to load
 * (the first `localeCompare` of a process costs about 7 ms). For ids, rule ids and other
 * ASCII keys it is also the order `localeCompare` gives.
 */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
