/**
 * The calendar-date pattern is what acctmap and the JSON Schema (so every editor) both use to
 * tell real dates from impossible ones; it must agree with the calendar on every day.
 */
import { describe, expect, it } from 'vitest';
import { CALENDAR_DATE_PATTERN, isCalendarDate } from './account-map.js';

/** The proleptic Gregorian calendar, as Date computes it (for years from 100 on). */
function exists(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

describe('CALENDAR_DATE_PATTERN', () => {
  it('agrees with the calendar on every day (and day 0, 30 and 31 of every month) of 1580–2420', () => {
    const wrong: string[] = [];
    for (let y = 1580; y <= 2420; y++) {
      for (let m = 1; m <= 12; m++) {
        for (let d = 0; d <= 32; d++) {
          const text = `${y}-${pad(m, 2)}-${pad(d, 2)}`;
          if (CALENDAR_DATE_PATTERN.test(text) !== exists(y, m, d)) wrong.push(text);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it.each([
    ['2026-02-30', false],
    ['2026-02-29', false],
    ['2028-02-29', true],
    ['1900-02-29', false],
    ['2000-02-29', true],
    ['0400-02-29', true],
    ['0100-02-29', false],
    ['0004-02-29', true],
    ['2026-13-01', false],
    ['2026-00-10', false],
    ['2026-04-31', false],
    ['2026-1-01', false],
    ['2026-01-01T00:00', false],
    [' 2026-01-01', false],
  ])('%s → %s', (text, valid) => {
    expect(isCalendarDate(text)).toBe(valid);
  });
});
