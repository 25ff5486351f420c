/**
 * Runs the registry over the maps of a run: each rule with the severity and options configured
 * for the map's file, portfolio rules once over all maps, then the suppression comments of each
 * file. This is the one place that asks where a finding sits in the file (to match it to a
 * suppression comment); rules themselves only know paths.
 */
import { isCalendarDate } from '../model/account-map.js';
import {
  type Finding,
  isBuiltInCheck,
  type Path,
  type Position,
  type Severity,
} from '../model/diagnostic.js';
import { closest } from '../text/index.js';
import type { LoadedMap, PlacedFinding, RuleRunner } from '../validate/check.js';
import type { RuleSeverity } from './config.js';
import { getRule, RULE_IDS, RULES } from './registry.js';
import { createSettingsResolver, type RuleSettings, type SettingsSource } from './settings.js';
import { findSuppressions, type Suppression } from './suppressions.js';
import type { RuleFinding } from './types.js';

export interface RunnerOptions extends SettingsSource {
  /** `--as-of`, YYYY-MM-DD: the only clock any rule sees. */
  asOf: string;
}

const RANK: Record<RuleSeverity, number> = { off: 0, info: 1, warning: 2, error: 3 };

/** The configured severity, but never louder than the finding allows. */
function effective(configured: RuleSeverity, cap: RuleSeverity | undefined): Severity | undefined {
  const s = cap !== undefined && RANK[cap] < RANK[configured] ? cap : configured;
  return s === 'off' ? undefined : s;
}

interface Raw {
  /** Index of the map in the run. */
  index: number;
  map: LoadedMap;
  finding: Finding;
  severity: Severity;
}

export function createRunner(options: RunnerOptions): RuleRunner {
  if (!isCalendarDate(options.asOf)) {
    throw new Error(`asOf must be a date written YYYY-MM-DD, got ${JSON.stringify(options.asOf)}`);
  }
  const settingsFor = createSettingsResolver(options);
  const asOf = options.asOf;

  return (maps) => {
    const settings = maps.map((m) => settingsFor(m.file));
    const raw: Raw[] = [];
    const add = (index: number, id: string, f: RuleFinding) => {
      const resolved = settings[index]!.get(id)!;
      const severity = effective(resolved.severity, f.severity);
      if (severity === undefined) return;
      const finding: Finding = { rule: id, message: f.message, path: f.path };
      if (f.target) finding.target = f.target;
      raw.push({ index, map: maps[index]!, finding, severity });
    };

    for (const rule of RULES) {
      if (rule.check) {
        maps.forEach((m, i) => {
          const resolved = settings[i]!.get(rule.id)!;
          if (resolved.severity === 'off') return;
          for (const f of rule.check!(m.map, { asOf, options: resolved.options }))
            add(i, rule.id, f);
        });
      }
      if (rule.checkPortfolio && settings.some((s) => s.get(rule.id)!.severity !== 'off')) {
        const base = settingsFor().get(rule.id)!;
        const found = rule.checkPortfolio(
          maps.map((m) => m.map),
          { asOf, options: base.options },
        );
        for (const { map, ...f } of found) add(map, rule.id, f);
      }
    }

    return applySuppressions(maps, settings, raw);
  };
}

/** Drops suppressed findings and reports suppressions that are malformed or suppress nothing. */
function applySuppressions(
  maps: readonly LoadedMap[],
  settings: readonly RuleSettings[],
  raw: readonly Raw[],
): PlacedFinding[] {
  const out: PlacedFinding[] = [];
  const byFile = new Map<string, { source: string; maps: Map<number, number> }>();
  maps.forEach((m, i) => {
    const entry = byFile.get(m.file) ?? { source: m.source, maps: new Map<number, number>() };
    entry.maps.set(m.document, i);
    byFile.set(m.file, entry);
  });

  // Suppressions per map index; a comment belongs to the map of its YAML document.
  const suppressionsOf = new Map<number, Suppression[]>();
  const report = (index: number, at: Position, message: string) => {
    const severity = settings[index]!.get('suppression')!.severity;
    if (severity === 'off') return;
    const map = maps[index]!;
    // A comment is not a path into the data, so the finding brings its own position.
    const placed: LoadedMap = { ...map, locate: () => ({ line: at.line, column: at.column }) };
    out.push({ map: placed, finding: { rule: 'suppression', path: [], message }, severity });
  };

  for (const { source, maps: docs } of byFile.values()) {
    const scan = findSuppressions(source);
    for (const m of scan.misspelled) {
      const index = docs.get(m.document);
      if (index === undefined) continue;
      const hint = m.suggestion
        ? `did you mean \`${m.suggestion}\`?`
        : 'suppression comments start with `acctmap-disable-next-line`, `acctmap-disable-line` or `acctmap-disable`';
      report(
        index,
        m,
        `\`${m.written}\` is not a suppression comment, so it suppresses nothing; ${hint}`,
      );
    }
    for (const s of scan.suppressions) {
      const index = docs.get(s.document);
      if (index === undefined) continue; // that document did not load; its own errors come first
      const list = suppressionsOf.get(index) ?? [];
      list.push(s);
      suppressionsOf.set(index, list);
      const written = `# ${s.directive}${s.rules.length ? ` ${s.rules.join(', ')}` : ''}`;
      if (s.rules.length === 0) {
        report(
          index,
          s,
          `\`${written}\` names no rule, so it suppresses nothing: name the rules it is for, for example \`# ${s.directive} stale-contact -- on parental leave until March\``,
        );
      }
      for (const id of s.rules) {
        if (getRule(id)) continue;
        const why = isBuiltInCheck(id)
          ? `\`${id}\` findings cannot be suppressed: fix the map instead`
          : `unknown rule \`${id}\`; ${closestRule(id)}`;
        report(index, s, `\`${written}\`: ${why}`);
      }
      if (s.rules.length > 0 && s.reason === '') {
        report(
          index,
          s,
          `\`${written}\` gives no reason: add one after \` -- \` (for example \`-- on parental leave until March\`) so the next reader knows why the finding does not apply`,
        );
      }
    }
  }

  const used = new Set<string>();
  for (const { index, ...r } of raw) {
    const list = suppressionsOf.get(index);
    if (list?.length) {
      const lines = findingLines(r.map, r.finding.path, r.finding.target);
      const hit = list.filter(
        (s) =>
          s.rules.includes(r.finding.rule) &&
          (s.directive === 'acctmap-disable' || lines.has(s.targetLine)),
      );
      if (hit.length) {
        for (const s of hit) used.add(`${index}:${s.line}:${r.finding.rule}`);
        continue;
      }
    }
    out.push(r);
  }

  for (const [index, list] of suppressionsOf) {
    for (const s of list) {
      for (const id of s.rules) {
        if (!getRule(id) || id === 'suppression' || used.has(`${index}:${s.line}:${id}`)) continue;
        // A rule switched off for this file could not have fired: that is not a stale comment.
        if (settings[index]!.get(id)!.severity === 'off') continue;
        const where =
          s.directive === 'acctmap-disable'
            ? 'in this map'
            : `on line ${s.targetLine} (or in the list item that starts there)`;
        report(
          index,
          s,
          `\`# ${s.directive} ${id}\` suppresses nothing: there is no \`${id}\` finding ${where}; delete the comment, or move it to the line before the finding`,
        );
      }
    }
  }
  return out;
}

/**
 * The lines a next-line suppression may sit above: the finding's own line, and the first line of
 * every list item that holds it, so that one comment above `- id: kari` covers kari's findings.
 */
function findingLines(map: LoadedMap, path: Path, target: Finding['target']): Set<number> {
  const lines = new Set<number>([map.locate(path, target).line]);
  for (let i = 1; i < path.length; i++) {
    if (typeof path[i - 1] === 'number') lines.add(map.locate(path.slice(0, i)).line);
  }
  return lines;
}

function closestRule(id: string): string {
  const guess = closest(id, RULE_IDS);
  return guess ? `did you mean \`${guess}\`?` : 'run `acctmap rules` to list the rules';
}
