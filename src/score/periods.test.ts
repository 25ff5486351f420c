import { describe, expect, it } from 'vitest';
import { periodLastDay } from '../model/periods.js';
import { latestMargin, marginFor, revenueWindows } from './periods.js';

describe('revenueWindows: the latest 12 months', () => {
  it('years: the latest year, and the year before for the trend', () => {
    const w = revenueWindows({ 2023: 5, 2025: 30, 2024: 20 });
    expect(w?.latest).toMatchObject({
      kind: 'year',
      periods: ['2025'],
      revenue: 30,
      label: '2025',
      missing: [],
    });
    expect(w?.previous).toMatchObject({ periods: ['2024'], revenue: 20 });
  });

  it('years: no trend when the year before is not written (a gap is not a zero)', () => {
    const w = revenueWindows({ 2022: 10, 2025: 30 });
    expect(w?.latest.revenue).toBe(30);
    expect(w?.previous).toBeUndefined();
  });

  it('quarters: the four quarters ending with the latest, across a year boundary', () => {
    const w = revenueWindows({
      '2025-Q1': 1,
      '2025-Q2': 2,
      '2025-Q3': 3,
      '2025-Q4': 4,
      '2026-Q1': 5,
      '2024-Q4': 100,
    });
    // Latest: 2025-Q2..2026-Q1 = 2 + 3 + 4 + 5 = 14. Before: 2024-Q2..2025-Q1, two written
    // (2024-Q4 = 100, 2025-Q1 = 1), two not.
    expect(w?.latest).toMatchObject({
      kind: 'quarter',
      periods: ['2025-Q2', '2025-Q3', '2025-Q4', '2026-Q1'],
      revenue: 14,
      label: '2025-Q2–2026-Q1',
      missing: [],
    });
    expect(w?.previous).toMatchObject({ revenue: 101, missing: ['2024-Q2', '2024-Q3'] });
  });

  it('quarters: a quarter not written counts as 0 and is named', () => {
    const w = revenueWindows({ '2025-Q4': 10, '2025-Q2': 5 });
    expect(w?.latest.revenue).toBe(15);
    expect(w?.latest.missing).toEqual(['2025-Q1', '2025-Q3']);
    expect(w?.previous).toBeUndefined();
  });

  it('no periods, no window', () => {
    expect(revenueWindows({})).toBeUndefined();
  });
});

describe('marginFor: which margin applies to a revenue period', () => {
  it('one number applies to every period', () => {
    expect(marginFor(0.3, '2025')).toBe(0.3);
    expect(marginFor(0.3, '2019-Q2')).toBe(0.3);
  });

  it('the same period first, then the year of a quarter, then the mean of a year’s quarters', () => {
    expect(marginFor({ 2024: 0.3, 2025: 0.35 }, '2025')).toBe(0.35);
    expect(marginFor({ 2025: 0.36, 2026: 0.44 }, '2026-Q2')).toBe(0.44);
    expect(marginFor({ '2025-Q1': 0.2, '2025-Q3': 0.4 }, '2025')).toBeCloseTo(0.3, 12);
  });

  it('otherwise the latest margin before the period, else the earliest one written', () => {
    expect(marginFor({ 2022: 0.1, 2023: 0.2 }, '2025')).toBe(0.2);
    expect(marginFor({ 2022: 0.1, '2023-Q4': 0.25 }, '2025-Q1')).toBe(0.25);
    expect(marginFor({ 2027: 0.5, 2028: 0.6 }, '2025')).toBe(0.5);
    expect(marginFor(undefined, '2025')).toBeUndefined();
  });

  it('latestMargin is the single margin or the one for the latest period', () => {
    expect(latestMargin(0.2)).toBe(0.2);
    expect(latestMargin({ 2024: 0.1, '2025-Q1': 0.3, 2023: 0.9 })).toBe(0.3);
    expect(latestMargin({})).toBeUndefined();
  });

  it('periodLastDay', () => {
    expect(periodLastDay('2025')).toBe('2025-12-31');
    expect(periodLastDay('2025-Q2')).toBe('2025-06-30');
  });
});
