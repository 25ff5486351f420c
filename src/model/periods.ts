/**
 * Financial periods as the format writes them: a year (`2025`) or a quarter (`2025-Q3`). Pure
 * arithmetic on those keys, for the schema, the scoring and the rules that compare periods.
 */

const YEAR = /^(\d{4})$/;
const QUARTER = /^(\d{4})-Q([1-4])$/;

export function isYear(period: string): boolean {
  return YEAR.test(period);
}

export function isQuarter(period: string): boolean {
  return QUARTER.test(period);
}

/** `2025-Q3` → its year and quarter; undefined for anything else. */
export function quarterOf(period: string): { year: string; quarter: number } | undefined {
  const m = QUARTER.exec(period);
  return m ? { year: m[1]!, quarter: Number(m[2]) } : undefined;
}

/** Quarters counted from year 0: `2025-Q3` → 8102; undefined for a year. */
export function quarterIndex(period: string): number | undefined {
  const q = quarterOf(period);
  return q ? Number(q.year) * 4 + q.quarter - 1 : undefined;
}

/** The quarter with that index: 8102 → `2025-Q3`. */
export function quarterName(index: number): string {
  return `${Math.floor(index / 4)}-Q${(index % 4) + 1}`;
}

/** Start of a period in quarter units (a year starts at its Q1). */
export function periodStart(period: string): number {
  const q = quarterIndex(period);
  return q !== undefined ? q : Number(period) * 4;
}

/** End of a period in quarter units, exclusive. */
export function periodEnd(period: string): number {
  const q = quarterIndex(period);
  return q !== undefined ? q + 1 : Number(period) * 4 + 4;
}

/** The last day of a period, YYYY-MM-DD: when its figures are complete. */
export function periodLastDay(period: string): string {
  const q = quarterOf(period);
  if (!q) return `${period}-12-31`;
  const ends = ['03-31', '06-30', '09-30', '12-31'];
  return `${q.year}-${ends[q.quarter - 1]}`;
}
