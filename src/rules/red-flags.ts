/**
 * What a red flag is, once for every command: a finding of a rule whose category is `red-flag`
 * (the four red flags of the source text on key accounts, and any rule that signals the same:
 * the relationship itself is changing), at `warning` or `error`. A rule set to `info` or `off`
 * never raises one. `score`'s `red_flags`, the reports, SARIF and `acctmap diff` all ask here.
 */
import type { Diagnostic } from '../model/diagnostic.js';
import { RULES } from './registry.js';

/** The ids of the red-flag rules, in registry order. */
export const RED_FLAG_IDS: readonly string[] = RULES.filter((r) => r.category === 'red-flag').map(
  (r) => r.id,
);

const RED_FLAG_RULES = new Set(RED_FLAG_IDS);

/** True when `rule` is a red-flag rule (whatever the severity of its findings). */
function isRedFlagRule(rule: string): boolean {
  return RED_FLAG_RULES.has(rule);
}

/** True when the finding is a red flag: a red-flag rule's, at `warning` or `error`. */
export function isRedFlag(d: Pick<Diagnostic, 'rule' | 'severity'>): boolean {
  return isRedFlagRule(d.rule) && (d.severity === 'warning' || d.severity === 'error');
}

/** The red flags of each account: rule ids by `account.id`, as often as they were found. */
export function redFlagsByAccount(
  diagnostics: readonly Pick<Diagnostic, 'rule' | 'severity' | 'account'>[],
): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const d of diagnostics) {
    if (d.account === undefined || !isRedFlag(d)) continue;
    const list = out.get(d.account) ?? [];
    list.push(d.rule);
    out.set(d.account, list);
  }
  return out;
}
