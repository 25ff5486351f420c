/**
 * Numbers in sentences and tables, the same on every machine (no locale from the environment):
 * counts and amounts grouped by thousands, a real minus sign for losses, shares as percentages.
 */

/** `1500` → `1,500`. */
export function count(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** `1,250,000` (whole amounts) or `1,250.50`, rounded to cents; a real minus sign for losses. */
export function amount(x: number): string {
  const rounded = Math.round(x * 100) / 100;
  const fixed = Number.isInteger(rounded)
    ? String(Math.abs(rounded))
    : Math.abs(rounded).toFixed(2);
  const [whole, frac] = fixed.split('.') as [string, string | undefined];
  return `${rounded < 0 ? '−' : ''}${count(Number(whole))}${frac ? `.${frac}` : ''}`;
}

/** `EUR 2,400,000`, or the bare amount when the currency is not known. */
export function money(x: number, currency: string | null | undefined): string {
  return currency ? `${currency} ${amount(x)}` : amount(x);
}

/** A fraction in percent, to one decimal, as a number: 0.4123 → 41.2. */
export function percentNumber(fraction: number): number {
  return Math.round(fraction * 1000) / 10;
}

export interface PercentOptions {
  /** Always one decimal (`50.0 %`), so that a column of percentages lines up. */
  fixed?: boolean;
  /** A sign on changes: `+4.1 %`, `−2 %` (a real minus sign). */
  signed?: boolean;
}

/** A fraction as a percentage with at most one decimal: 0.4123 → `41.2 %`. */
export function percent(fraction: number, options: PercentOptions = {}): string {
  const p = percentNumber(fraction);
  const digits = options.fixed ? Math.abs(p).toFixed(1) : String(Math.abs(p));
  const sign = p < 0 ? (options.signed ? '−' : '-') : p > 0 && options.signed ? '+' : '';
  return `${sign}${digits} %`;
}

/** A measured size: `512 bytes`, `3.4 kB`, `12.0 MB`. */
export function bytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} kB`;
  return `${n} bytes`;
}
