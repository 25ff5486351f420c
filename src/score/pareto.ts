/**
 * Pareto classes across the portfolio, exactly as the CLI contract defines them: rank by the
 * measure (ties by id); an account is class A when the accounts ranked above it hold less than
 * `a` of the total, B when they hold less than `b`, else C. Accounts without a positive measure
 * are class C and say why.
 */

export type ParetoClass = 'A' | 'B' | 'C';

export interface ParetoInput {
  id: string;
  /** The measure in the reporting currency; `null` when it cannot be known. */
  value: number | null;
  /** Why the value is `null` or not positive, in words ("no revenue written"). */
  reason?: string;
}

export interface ParetoPosition {
  /** 1 = largest. */
  rank: number;
  value: number | null;
  /** Of the total of all positive values; 0 for zero or negative values, null when unknown. */
  share: number | null;
  /** Share of the accounts ranked above plus this one; null when unknown. */
  cumulative_share: number | null;
  /** What the accounts ranked above hold: the number the class is decided on. */
  above_share: number | null;
  class: ParetoClass;
  /** Set when the account is class C because it has no positive value. */
  reason?: string;
}

export interface ParetoResult {
  /** Ids in rank order. */
  order: string[];
  positions: Map<string, ParetoPosition>;
  /** Sum of the positive values. */
  total: number;
}

/**
 * Amounts are rounded to cents before they get here, so sums are exact in practice; the slack
 * only absorbs the last bit of `a × total` so that "exactly 80 %" counts as not below 80 %.
 */
const SLACK = 1e-12;

export function paretoClasses(
  inputs: readonly ParetoInput[],
  thresholds: { a: number; b: number },
): ParetoResult {
  const byId = (x: ParetoInput, y: ParetoInput) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0);
  const positive = inputs.filter((i) => i.value !== null && i.value > 0);
  const nonPositive = inputs.filter((i) => i.value !== null && i.value <= 0);
  const unknown = inputs.filter((i) => i.value === null);
  positive.sort((x, y) => y.value! - x.value! || byId(x, y));
  nonPositive.sort((x, y) => y.value! - x.value! || byId(x, y));
  unknown.sort(byId);
  const ordered = [...positive, ...nonPositive, ...unknown];

  const total = positive.reduce((sum, i) => sum + i.value!, 0);
  const positions = new Map<string, ParetoPosition>();
  let above = 0;
  ordered.forEach((input, index) => {
    const rank = index + 1;
    const { value } = input;
    if (value === null) {
      positions.set(input.id, {
        rank,
        value,
        share: null,
        cumulative_share: null,
        above_share: null,
        class: 'C',
        reason: input.reason ?? 'no value',
      });
      return;
    }
    const part = Math.max(value, 0);
    const aboveShare = total > 0 ? above / total : 0;
    let klass: ParetoClass;
    let reason: string | undefined;
    if (value <= 0) {
      klass = 'C';
      reason = input.reason ?? 'nothing in the latest 12 months';
    } else if (above < thresholds.a * total * (1 - SLACK)) {
      klass = 'A';
    } else if (above < thresholds.b * total * (1 - SLACK)) {
      klass = 'B';
    } else {
      klass = 'C';
    }
    above += part;
    const position: ParetoPosition = {
      rank,
      value,
      share: total > 0 ? part / total : 0,
      cumulative_share: total > 0 ? above / total : 0,
      above_share: aboveShare,
      class: klass,
    };
    if (reason !== undefined) position.reason = reason;
    positions.set(input.id, position);
  });
  return { order: ordered.map((i) => i.id), positions, total };
}
