/**
 * Runs the registry over the maps of a run, in the two steps of the pipeline
 * (src/validate/check.ts): where each file is checked, the map's own rules, with the severity
 * and options configured for that file, and its suppression comments applied to their findings;
 * then, once every file is checked, the portfolio rules over all maps, their findings matched
 * against the same comments, and the comments that suppressed nothing. Rules themselves only
 * know paths; this is the one place that matches a finding's lines to a suppression comment.
 */
import { isCalendarDate, type PortfolioMap } from '../model/account-map.js';
import { type Finding, isBuiltInCheck, type Position, type Severity } from '../model/diagnostic.js';
import { closest } from '../text/index.js';
import {
  anchorAt,
  type DocumentComments,
  type LoadedMap,
  type PlacedFinding,
  type RuleRunner,
} from '../validate/check.js';
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

function toFinding(rule: string, f: RuleFinding): Finding {
  const finding: Finding = { rule, message: f.message, path: f.path };
  if (f.target) finding.target = f.target;
  return finding;
}

export function createRunner(options: RunnerOptions): RuleRunner {
  if (!isCalendarDate(options.asOf)) {
    throw new Error(`asOf must be a date written YYYY-MM-DD, got ${JSON.stringify(options.asOf)}`);
  }
  const settingsFor = createSettingsResolver(options);
  const asOf = options.asOf;
  const keys = new WeakMap<RuleSettings, string>();

  return {
    checkMap(map, file, comments, place) {
      const settings = settingsFor(file);
      const found: PlacedFinding[] = [];
      for (const rule of RULES) {
        if (!rule.check) continue;
        const resolved = settings.get(rule.id)!;
        if (resolved.severity === 'off') continue;
        for (const f of rule.check(map, { asOf, options: resolved.options })) {
          const severity = effective(resolved.severity, f.severity);
          if (severity !== undefined)
            found.push(place({ finding: toFinding(rule.id, f), severity }));
        }
      }
      const report = commentProblems(comments, settings);
      const used = new Set<string>();
      for (const placed of found) {
        if (!suppressed(comments.suppressions, placed, used)) report.push(placed);
      }
      return { report, used: [...used] };
    },

    settingsKey(file) {
      const settings = settingsFor(file);
      let key = keys.get(settings);
      if (key === undefined) {
        key = JSON.stringify([...settings].map(([id, r]) => [id, r.severity, r.options]));
        keys.set(settings, key);
      }
      return key;
    },

    commentsIn(text) {
      const scan = findSuppressions(text);
      const byDocument = new Map<number, DocumentComments>();
      const of = (document: number) => {
        let comments = byDocument.get(document);
        if (!comments) {
          comments = { suppressions: [], misspelled: [] };
          byDocument.set(document, comments);
        }
        return comments;
      };
      for (const s of scan.suppressions) of(s.document).suppressions.push(s);
      for (const m of scan.misspelled) of(m.document).misspelled.push(m);
      return byDocument;
    },

    finish(maps) {
      const settings = maps.map((m) => settingsFor(m.file));
      const portfolio: PlacedFinding[][] = maps.map(() => []);
      for (const rule of RULES) {
        if (!rule.checkPortfolio || settings.every((s) => s.get(rule.id)!.severity === 'off'))
          continue;
        const base = settingsFor().get(rule.id)!;
        const found = rule.checkPortfolio(
          maps.map((m) => m.map),
          { asOf, options: base.options },
        );
        for (const { map: index, ...f } of found) {
          const severity = effective(settings[index]!.get(rule.id)!.severity, f.severity);
          if (severity === undefined) continue;
          // A portfolio finding points into `account`, whose positions the check kept.
          const at = anchorAt(maps[index]!.anchors, f.path, f.target);
          portfolio[index]!.push({
            finding: toFinding(rule.id, f),
            severity,
            at,
            lines: [at.line],
          });
        }
      }
      return applySuppressions(maps, settings, portfolio);
    },
  };
}

/** True when a suppression covers `placed`; each one that does is added to `used` (`line:rule`). */
function suppressed(
  suppressions: readonly Suppression[],
  placed: PlacedFinding,
  used: Set<string>,
): boolean {
  let hit = false;
  for (const s of suppressions) {
    if (
      s.rules.includes(placed.finding.rule) &&
      (s.directive === 'acctmap-disable' || placed.lines.includes(s.targetLine))
    ) {
      used.add(`${s.line}:${placed.finding.rule}`);
      hit = true;
    }
  }
  return hit;
}

/** A finding of the `suppression` rule about a comment, at the comment. */
function commentFinding(at: Position, message: string, severity: Severity): PlacedFinding {
  // A comment is not a path into the data, so the finding brings its own position.
  const position = { line: at.line, column: at.column };
  return {
    finding: { rule: 'suppression', path: [], message },
    severity,
    at: position,
    lines: [position.line],
  };
}

/**
 * What is wrong with a map's suppression comments themselves (misspelled, naming no rule or an
 * unknown one, giving no reason), whatever the findings.
 */
function commentProblems(comments: DocumentComments, settings: RuleSettings): PlacedFinding[] {
  const out: PlacedFinding[] = [];
  const severity = settings.get('suppression')!.severity;
  if (severity === 'off') return out;
  const report = (at: Position, message: string) => out.push(commentFinding(at, message, severity));
  for (const misspelled of comments.misspelled) {
    const hint = misspelled.suggestion
      ? `did you mean \`${misspelled.suggestion}\`?`
      : 'suppression comments start with `acctmap-disable-next-line`, `acctmap-disable-line` or `acctmap-disable`';
    report(
      misspelled,
      `\`${misspelled.written}\` is not a suppression comment, so it suppresses nothing; ${hint}`,
    );
  }
  for (const s of comments.suppressions) {
    const written = `# ${s.directive}${s.rules.length ? ` ${s.rules.join(', ')}` : ''}`;
    if (s.rules.length === 0) {
      report(
        s,
        `\`${written}\` names no rule, so it suppresses nothing: name the rules it is for, for example \`# ${s.directive} stale-contact -- on parental leave until March\``,
      );
    }
    for (const id of s.rules) {
      if (getRule(id)) continue;
      const why = isBuiltInCheck(id)
        ? `\`${id}\` findings cannot be suppressed: fix the map instead`
        : `unknown rule \`${id}\`; ${closestRule(id)}`;
      report(s, `\`${written}\`: ${why}`);
    }
    if (s.rules.length > 0 && s.reason === '') {
      report(
        s,
        `\`${written}\` gives no reason: add one after \` -- \` (for example \`-- on parental leave until March\`) so the next reader knows why the finding does not apply`,
      );
    }
  }
  return out;
}

/**
 * The portfolio rules' findings that no suppression covers, then the suppressions that covered
 * nothing (neither a finding of the map's own rules, as `checkMap` recorded, nor one of the
 * portfolio rules').
 */
function applySuppressions<M extends PortfolioMap>(
  maps: readonly LoadedMap<M>[],
  settings: readonly RuleSettings[],
  portfolio: readonly PlacedFinding[][],
): Array<{ map: LoadedMap<M>; placed: PlacedFinding }> {
  const out: Array<{ map: LoadedMap<M>; placed: PlacedFinding }> = [];
  const used = maps.map((m) => new Set(m.used));
  maps.forEach((m, index) => {
    for (const placed of portfolio[index]!) {
      if (!suppressed(m.suppressions, placed, used[index]!)) out.push({ map: m, placed });
    }
  });

  maps.forEach((m, index) => {
    const severity = settings[index]!.get('suppression')!.severity;
    if (severity === 'off') return;
    for (const s of m.suppressions) {
      for (const id of s.rules) {
        if (!getRule(id) || id === 'suppression' || used[index]!.has(`${s.line}:${id}`)) continue;
        // A rule switched off for this file could not have fired: that is not a stale comment.
        if (settings[index]!.get(id)!.severity === 'off') continue;
        const where =
          s.directive === 'acctmap-disable'
            ? 'in this map'
            : `on line ${s.targetLine} (or in the list item that starts there)`;
        out.push({
          map: m,
          placed: commentFinding(
            s,
            `\`# ${s.directive} ${id}\` suppresses nothing: there is no \`${id}\` finding ${where}; delete the comment, or move it to the line before the finding`,
            severity,
          ),
        });
      }
    }
  });
  return out;
}

function closestRule(id: string): string {
  const guess = closest(id, RULE_IDS);
  return guess ? `did you mean \`${guess}\`?` : 'run `acctmap rules` to list the rules';
}
