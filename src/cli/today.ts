/**
 * The date a run takes as today when `--as-of` gives none: the local calendar date. Apart from
 * ./context.ts so that `validate --cache` can key a kept answer on it before the rest loads.
 */
export function today(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
