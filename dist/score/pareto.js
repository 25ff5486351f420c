/**
 * Pareto classes across the portfolio, exactly as the CLI contract defines them: rank by the
 * measure (ties by id); an account is class A when the accounts ranked above it hold less than
 * `a` of the total, B when they hold less than `b`, else C. Accounts without a positive measure
 * are class C and say why.
 */
/**
 * Amounts are rounded to cents before they get here, so sums are exact in practice; the slack
 * only absorbs the last bit of `a × total` so that "exactly 80 %" counts as not below 80 %.
 */
const SLACK = 1e-12;
export function paretoClasses(inputs, thresholds) {
    const byId = (x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0);
    const positive = inputs.filter((i) => i.value !== null && i.value > 0);
    const nonPositive = inputs.filter((i) => i.value !== null && i.value <= 0);
    const unknown = inputs.filter((i) => i.value === null);
    positive.sort((x, y) => y.value - x.value || byId(x, y));
    nonPositive.sort((x, y) => y.value - x.value || byId(x, y));
    unknown.sort(byId);
    const ordered = [...positive, ...nonPositive, ...unknown];
    const total = positive.reduce((sum, i) => sum + i.value, 0);
    const positions = new Map();
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
        let klass;
        let reason;
        if (value <= 0) {
            klass = 'C';
            reason = input.reason ?? 'nothing in the latest 12 months';
        }
        else if (above < thresholds.a * total * (1 - SLACK)) {
            klass = 'A';
        }
        else if (above < thresholds.b * total * (1 - SLACK)) {
            klass = 'B';
        }
        else {
            klass = 'C';
        }
        above += part;
        const position = {
            rank,
            value,
            share: total > 0 ? part / total : 0,
            cumulative_share: total > 0 ? above / total : 0,
            above_share: aboveShare,
            class: klass,
        };
        if (reason !== undefined)
            position.reason = reason;
        positions.set(input.id, position);
    });
    return { order: ordered.map((i) => i.id), positions, total };
}
