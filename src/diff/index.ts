/**
 * `acctmap diff` as values in and values out: the map files of two points in history (read by
 * src/cli/history.ts) → what changed per account, the red flags that appeared or were resolved,
 * and the signals only time shows. Each side is checked as `validate` would check it, with the
 * rules evaluated as of that side's own date, so a red flag that is only "old" today does not
 * show up as having appeared.
 */
import type { AccountMap } from '../model/account-map.js';
import { createRuleRunner, type RuleRunnerOptions, redFlagsByAccount } from '../rules/index.js';
import { type CheckReuse, checkReuse, checkSources, type SourceText } from '../validate/check.js';
import { compareMaps } from './compare.js';
import { findSignals } from './signals.js';
import type { AccountDiff, DiffResult, DiffSummary, SideLabel, SideProblem } from './types.js';

export { compareMaps } from './compare.js';
export { findSignals } from './signals.js';
export * from './types.js';

/** One side of the comparison: its label (commit and date) and the text of its map files. */
export interface SideInput {
  label: SideLabel;
  sources: readonly SourceText[];
}

/** The rule settings both sides are checked with (the config of the working tree). */
export type DiffRuleSettings = Omit<RuleRunnerOptions, 'asOf'>;

export interface DiffHooks {
  /**
   * Called before each map file of either side is checked (the CLI keeps its young generation
   * small from there: src/cli/young-generation.ts).
   */
  eachFile?: () => void;
}

interface SideMaps {
  maps: Map<string, { file: string; map: AccountMap }>;
  redFlags: Map<string, string[]>;
  problems: Array<Omit<SideProblem, 'side'>>;
  /** Files with a map that could not be read. */
  broken: Set<string>;
}

function readSide(
  side: SideInput,
  settings: DiffRuleSettings,
  reuse: CheckReuse,
  hooks: DiffHooks,
): SideMaps {
  const rules = createRuleRunner({ ...settings, asOf: side.label.date });
  // Only which red flags each account has is compared, not where they sit.
  const options = { rules, reuse, placeRuleFindings: false };
  const result = checkSources(side.sources, options, hooks.eachFile);
  const maps = new Map<string, { file: string; map: AccountMap }>();
  for (const m of result.maps) {
    if (!maps.has(m.map.account.id)) maps.set(m.map.account.id, { file: m.file, map: m.map });
  }
  const problems: SideMaps['problems'] = [];
  const broken = new Set<string>();
  for (const d of result.diagnostics) {
    if (d.severity !== 'error' || (d.rule !== 'yaml' && d.rule !== 'schema')) continue;
    broken.add(d.file);
    // One line per file is enough to say it could not be compared; `validate` has the rest.
    if (problems.some((p) => p.file === d.file)) continue;
    problems.push({ file: d.file, line: d.line, column: d.column, message: d.message });
  }
  return { maps, redFlags: redFlagsByAccount(result.diagnostics), problems, broken };
}

const unique = (list: readonly string[] = []) => [...new Set(list)];

export function diffSides(
  from: SideInput,
  to: SideInput,
  settings: DiffRuleSettings,
  hooks: DiffHooks = {},
): DiffResult {
  // A map unchanged between the sides is parsed and schema-checked once; its rules run on
  // each side, as of that side's date.
  const reuse = checkReuse();
  const a = readSide(from, settings, reuse, hooks);
  const b = readSide(to, settings, reuse, hooks);
  const accounts: AccountDiff[] = [];
  for (const [id, before] of a.maps) {
    const after = b.maps.get(id);
    const flagsBefore = unique(a.redFlags.get(id));
    if (!after) {
      // A map that does not parse on the other side is a problem there, not a removed account.
      if (b.broken.has(before.file)) continue;
      accounts.push({
        id,
        name: before.map.account.name,
        file: before.file,
        status: 'removed',
        changes: [],
        red_flags: { appeared: [], resolved: flagsBefore },
        signals: [],
      });
      continue;
    }
    const flagsAfter = unique(b.redFlags.get(id));
    const changes = compareMaps(before.map, after.map);
    const appeared = flagsAfter.filter((f) => !flagsBefore.includes(f));
    const resolved = flagsBefore.filter((f) => !flagsAfter.includes(f));
    const signals = findSignals(before.map, after.map);
    if (
      !changes.length &&
      !appeared.length &&
      !resolved.length &&
      !signals.length &&
      before.file === after.file
    )
      continue;
    accounts.push({
      id,
      name: after.map.account.name,
      file: after.file,
      ...(before.file !== after.file ? { renamed_from: before.file } : {}),
      status: 'changed',
      changes,
      red_flags: { appeared, resolved },
      signals,
    });
  }
  for (const [id, after] of b.maps) {
    if (a.maps.has(id) || a.broken.has(after.file)) continue;
    accounts.push({
      id,
      name: after.map.account.name,
      file: after.file,
      status: 'added',
      changes: [],
      red_flags: { appeared: unique(b.redFlags.get(id)), resolved: [] },
      signals: [],
    });
  }
  accounts.sort((x, y) => (x.file < y.file ? -1 : x.file > y.file ? 1 : x.id < y.id ? -1 : 1));
  const problems: SideProblem[] = [
    ...a.problems.map((p) => ({ side: 'from' as const, ...p })),
    ...b.problems.map((p) => ({ side: 'to' as const, ...p })),
  ];
  return { from: from.label, to: to.label, accounts, problems, summary: summarize(accounts, a, b) };
}

function summarize(accounts: readonly AccountDiff[], a: SideMaps, b: SideMaps): DiffSummary {
  const summary: DiffSummary = {
    accounts_changed: 0,
    accounts_added: 0,
    accounts_removed: 0,
    people_added: 0,
    people_left: 0,
    stance_worse: 0,
    stance_better: 0,
  };
  for (const account of accounts) {
    if (account.status === 'added') summary.accounts_added++;
    else if (account.status === 'removed') summary.accounts_removed++;
    else summary.accounts_changed++;
    for (const c of account.changes) {
      if (c.entity !== 'person') continue;
      if (c.change === 'added') summary.people_added++;
      if (c.field === 'stance' && c.direction === 'worse') summary.stance_worse++;
      if (c.field === 'stance' && c.direction === 'better') summary.stance_better++;
    }
    if (account.status !== 'changed') continue;
    // Left: became `left`, or was taken off the map while still at the account.
    const was = a.maps.get(account.id)!.map.people ?? [];
    const now = new Map((b.maps.get(account.id)!.map.people ?? []).map((p) => [p.id, p]));
    for (const p of was) {
      if (p.status === 'left') continue;
      const q = now.get(p.id);
      if (!q || q.status === 'left') summary.people_left++;
    }
  }
  return summary;
}
