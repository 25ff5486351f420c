import { RULES } from './registry.js';
/** The ids of the red-flag rules, in registry order. */
export const RED_FLAG_IDS = RULES.filter((r) => r.category === 'red-flag').map((r) => r.id);
const RED_FLAG_RULES = new Set(RED_FLAG_IDS);
/** True when `rule` is a red-flag rule (whatever the severity of its findings). */
function isRedFlagRule(rule) {
    return RED_FLAG_RULES.has(rule);
}
/** True when the finding is a red flag: a red-flag rule's, at `warning` or `error`. */
export function isRedFlag(d) {
    return isRedFlagRule(d.rule) && (d.severity === 'warning' || d.severity === 'error');
}
/** The red flags of each account: rule ids by `account.id`, as often as they were found. */
export function redFlagsByAccount(diagnostics) {
    const out = new Map();
    for (const d of diagnostics) {
        if (d.account === undefined || !isRedFlag(d))
            continue;
        const list = out.get(d.account) ?? [];
        list.push(d.rule);
        out.set(d.account, list);
    }
    return out;
}
