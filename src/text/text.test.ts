/** The text vocabulary: one table of inputs and the text they must give, per helper. */
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addYears,
  ago,
  daysBetween,
  durationSince,
  isCalendarDate,
  wholeMonths,
} from './dates.js';
import { amount, bytes, count, money, percent, percentNumber } from './numbers.js';
import { positionsIn } from './positions.js';
import { escapeTerminal } from './terminal.js';
import {
  capitalise,
  compareCodeUnits,
  escapeControls,
  joinAnd,
  keyLabel,
  oneLine,
  plural,
  quote,
  words,
} from './words.js';

describe('numbers', () => {
  it.each([
    [0, '0'],
    [999, '999'],
    [1500, '1,500'],
    [-1234567, '-1,234,567'],
  ])('count(%s) is %s', (n, text) => expect(count(n)).toBe(text));

  it.each([
    [1250000, '1,250,000'],
    [1250.5, '1,250.50'],
    [0.004, '0'],
    [-2400, '−2,400'],
    [1234.567, '1,234.57'],
  ])('amount(%s) is %s', (n, text) => expect(amount(n)).toBe(text));

  it('money puts the currency first, and leaves it out when unknown', () => {
    expect(money(2400000, 'EUR')).toBe('EUR 2,400,000');
    expect(money(12, null)).toBe('12');
  });

  it.each([
    [0.4123, {}, '41.2 %'],
    [0.5, {}, '50 %'],
    [0.5, { fixed: true }, '50.0 %'],
    [-0.123, {}, '-12.3 %'],
    [-0.123, { fixed: true }, '-12.3 %'],
    [0.041, { signed: true }, '+4.1 %'],
    [-0.02, { signed: true }, '−2 %'],
    [0, { signed: true }, '0 %'],
    [-0.00001, { fixed: true }, '0.0 %'],
  ])('percent(%s, %j) is %s', (x, options, text) => expect(percent(x, options)).toBe(text));

  it('percentNumber rounds to one decimal', () => {
    expect(percentNumber(0.12345)).toBe(12.3);
  });

  it.each([
    [512, '512 bytes'],
    [1536, '1.5 kB'],
    [10 * 1024 * 1024, '10.0 MB'],
    [12.34 * 1024 * 1024, '12.3 MB'],
  ])('bytes(%s) is %s', (n, text) => expect(bytes(n)).toBe(text));
});

describe('words', () => {
  it.each([
    [1, 'day', undefined, '1 day'],
    [12, 'day', undefined, '12 days'],
    [0, 'person', 'people', '0 people'],
    [1500, 'person', 'people', '1,500 people'],
  ])('plural(%s, %s, %s) is %s', (n, one, many, text) => expect(plural(n, one, many)).toBe(text));

  it.each([
    [[], undefined, ''],
    [['a'], undefined, 'a'],
    [['a', 'b'], undefined, 'a and b'],
    [['a', 'b', 'c'], undefined, 'a, b and c'],
    [['a', 'b', 'c'], 3, 'a, b and c'],
    [['a', 'b', 'c', 'd', 'e'], 2, 'a, b and 3 more'],
  ])('joinAnd(%j, %s) is %s', (items, max, text) => expect(joinAnd(items, max)).toBe(text));

  it('oneLine makes any text one trimmed line, with no control character left', () => {
    expect(oneLine('  Two\r\nlines\u001b[31m\tand\u2028more  ')).toBe('Two lines [31m and more');
  });

  it('escapeControls keeps the text on one line but shows what was there', () => {
    expect(escapeControls('a\r\nb\nc\rd\u001be\u2028f\tg')).toBe(
      'a\\r\\nb\\nc\\rd\\u001be\\u2028f\\u0009g',
    );
  });

  it('words, keyLabel and capitalise', () => {
    expect(words('economic-buyer')).toBe('economic buyer');
    expect(keyLabel('ticket_size_eur')).toBe('Ticket size EUR');
    expect(keyLabel('investment-preferences')).toBe('Investment preferences');
    expect(capitalise('champion')).toBe('Champion');
  });

  it('quote puts user text on one line between quotes, cut at 80 characters', () => {
    expect(quote(' Renew\nthe  frame ')).toBe('"Renew the frame"');
    expect(quote('x'.repeat(100))).toBe(`"${'x'.repeat(79)}…"`);
  });
});

describe('compareCodeUnits', () => {
  it('orders ids and rule ids as localeCompare does, without a collator', () => {
    const ids = [
      'stale-map',
      'no-roi',
      'no-champion',
      'schema',
      'io',
      'our-lead',
      'our-lead-2',
      'our-2',
      'a-b',
      'ab',
      'a0',
      'x9',
      'x10',
      'reference',
      'suppression',
      'yaml',
    ];
    expect([...ids].sort(compareCodeUnits)).toEqual([...ids].sort((a, b) => a.localeCompare(b)));
    expect(compareCodeUnits('a', 'a')).toBe(0);
    expect(compareCodeUnits('a', 'b')).toBe(-1);
    expect(compareCodeUnits('b', 'a')).toBe(1);
  });
});

describe('dates', () => {
  it.each([
    ['2026-02-28', true],
    ['2026-02-29', false],
    ['2024-02-29', true],
    ['2026-13-01', false],
    ['2026-1-01', false],
  ])('isCalendarDate(%s) is %s', (text, ok) => expect(isCalendarDate(text)).toBe(ok));

  it('counts whole days across month, year and daylight-saving changes', () => {
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2025-12-31', '2026-01-01')).toBe(1);
    expect(daysBetween('2026-11-23', '2026-05-27')).toBe(-180);
    expect(addDays('2026-11-23', -180)).toBe('2026-05-27');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
  });

  it('counts whole months: a month once its day is reached, or once a shorter month ends', () => {
    expect(wholeMonths('2020-11-23', '2026-11-22')).toBe(71);
    expect(wholeMonths('2020-11-22', '2026-11-22')).toBe(72);
    expect(wholeMonths('2025-12-02', '2026-12-02')).toBe(12);
    expect(wholeMonths('2025-12-02', '2026-12-01')).toBe(11);
    // Month ends: 31 January has no day 31 in February, so its end completes the month.
    expect(wholeMonths('2026-01-31', '2026-02-27')).toBe(0);
    expect(wholeMonths('2026-01-31', '2026-02-28')).toBe(1);
    expect(wholeMonths('2026-01-30', '2026-04-29')).toBe(2);
    expect(wholeMonths('2026-01-30', '2026-04-30')).toBe(3);
    expect(wholeMonths('2026-03-31', '2026-04-30')).toBe(1);
    // Leap days: the anniversary is the one addYears gives.
    expect(wholeMonths('2024-02-29', '2025-02-27')).toBe(11);
    expect(wholeMonths('2024-02-29', '2025-02-28')).toBe(12);
    expect(wholeMonths('2024-02-29', addYears('2024-02-29', 1))).toBe(12);
    expect(wholeMonths('2024-01-29', '2024-02-29')).toBe(1);
    expect(wholeMonths('2023-01-31', '2024-02-29')).toBe(13);
    expect(wholeMonths('2026-05-01', '2026-05-01')).toBe(0);
    expect(wholeMonths('2026-03-15', '2026-01-20')).toBe(-1);
  });

  it('says how long since a date in the largest whole unit, a year on the anniversary', () => {
    expect(durationSince('2025-12-02', '2026-12-02')).toBe('1 year');
    expect(durationSince('2025-12-02', '2026-12-01')).toBe('11 months');
    expect(durationSince('2024-02-29', '2025-02-28')).toBe('1 year');
    expect(durationSince('2023-12-02', '2026-12-01')).toBe('2 years');
    expect(durationSince('2026-11-02', '2026-12-01')).toBe('29 days');
    expect(durationSince('2026-11-02', '2026-12-02')).toBe('1 month');
  });

  it('moves by years, 29 February becoming 28 February in a common year', () => {
    expect(addYears('2026-11-23', -1)).toBe('2025-11-23');
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
  });

  it.each([
    ['2026-11-23', 'today'],
    ['2026-11-22', '1 day ago'],
    ['2026-12-23', 'in 30 days'],
  ])('ago(%s, 2026-11-23) is %s', (date, text) => expect(ago(date, '2026-11-23')).toBe(text));
});

describe('positions', () => {
  it('gives 1-based lines and columns, and clamps offsets outside the text', () => {
    const at = positionsIn('ab\ncd\n\nef');
    expect(at(0)).toEqual({ line: 1, column: 1 });
    expect(at(2)).toEqual({ line: 1, column: 3 });
    expect(at(3)).toEqual({ line: 2, column: 1 });
    expect(at(7)).toEqual({ line: 4, column: 1 });
    expect(at(100)).toEqual({ line: 4, column: 3 });
    expect(at(-5)).toEqual({ line: 1, column: 1 });
  });
});

describe('escapeTerminal', () => {
  it('shows every character a terminal would act on', () => {
    expect(escapeTerminal('a\u001b[31mb\u0007c')).toBe('a\\x1b[31mb\\x07c');
    expect(escapeTerminal('\u009b2J \u007f \u0000')).toBe('\\x9b2J \\x7f \\x00');
    expect(escapeTerminal('gpj.\u202eexe \u2066x\u2069 \u200f \u061c')).toBe(
      'gpj.\\u202eexe \\u2066x\\u2069 \\u200f \\u061c',
    );
    expect(escapeTerminal('a\nb\r\tc\u2028')).toBe('a\\nb\\r\\tc\\u2028');
  });

  it('leaves letters of every script, emoji and joiners alone', () => {
    const text = 'Ærø 日本 😀 👩‍👩‍👧 مرحبا ‌ «x»';
    expect(escapeTerminal(text)).toBe(text);
  });

  it('keeps line breaks, or all whitespace, when asked', () => {
    expect(escapeTerminal('a\nb\u001b', 'line-breaks')).toBe('a\nb\\x1b');
    expect(escapeTerminal('a\r\n\tb\u0007', 'whitespace')).toBe('a\r\n\tb\\x07');
    expect(escapeTerminal('a\r', 'line-breaks')).toBe('a\\r');
  });
});
