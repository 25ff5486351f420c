/**
 * Diagnostics are data: what is wrong, where, and which rule says so. Rules and validators
 * produce `Finding`s that know only a path into the map; the engine turns a path into a line and
 * column, so no check ever deals with source positions.
 */
import { compareCodeUnits, type Position } from '../text/index.js';

export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** A path into a map's data, as keys and list indexes: `['people', 2, 'stance']`. */
export type PathSegment = string | number;
export type Path = readonly PathSegment[];

export type { Position };

/** What a check reports before the engine places it in the file. */
export interface Finding {
  rule: string;
  message: string;
  path: Path;
  /** Point at the key itself (unknown or duplicate keys) rather than its value. Default: value. */
  target?: 'key' | 'value';
  /** Only the schema/reference checks set this; rules get theirs from configuration. */
  severity?: Severity;
}

/**
 * One finding placed in its file: one line of `acctmap validate` output. The output formats
 * write the contract's JSON shape from it (`path` as text, `people[2].stance`); inside acctmap
 * the path stays structured, so that a report can tell which person or goal a finding is about.
 */
export interface Diagnostic {
  file: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  severity: Severity;
  rule: string;
  message: string;
  /** Where in the map: `['people', 2, 'stance']`; empty for the whole document or file. */
  path: Path;
  /** The map's `account.id`, absent where the document has none that can be read. */
  account?: string;
}

/**
 * The checks of the format itself, not rules: YAML syntax, the schema, and cross-references; and
 * `io`, a file that could not be read at all (missing, a folder, not permitted, too large).
 * Their findings are always errors and can be neither configured nor suppressed.
 */
export const BUILT_IN_CHECKS = ['yaml', 'schema', 'reference', 'io'] as const;
export type BuiltInCheck = (typeof BUILT_IN_CHECKS)[number];

export function isBuiltInCheck(rule: string): rule is BuiltInCheck {
  return (BUILT_IN_CHECKS as readonly string[]).includes(rule);
}

/**
 * What a rule is about. `red-flag`: the relationship itself is changing (the four red flags of
 * the source text on key accounts, and any rule that signals the same). `map-quality`: the map
 * is too thin or too old to trust. Only findings of red-flag rules at `warning` or `error` are
 * red flags (see `isRedFlag` in src/rules/red-flags.ts).
 */
const RULE_CATEGORIES = ['red-flag', 'map-quality'] as const;
export type RuleCategory = (typeof RULE_CATEGORIES)[number];

/** `--fail-on`: the severity from which a command exits 1, or `never`. */
export const FAIL_ON = ['error', 'warning', 'info', 'never'] as const;
export type FailOn = (typeof FAIL_ON)[number];

/** True when any diagnostic is at or above `failOn` (never for `never`): the exit 1 test. */
export function failsAt(
  diagnostics: readonly Pick<Diagnostic, 'severity'>[],
  failOn: FailOn,
): boolean {
  if (failOn === 'never') return false;
  const threshold = SEVERITY_RANK[failOn];
  return diagnostics.some((d) => SEVERITY_RANK[d.severity] >= threshold);
}

/** `['people', 2, 'stance']` → `people[2].stance`. */
export function formatPath(path: Path): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else if (/^[\w$-]+$/.test(seg)) out += out ? `.${seg}` : seg;
    else out += `[${JSON.stringify(seg)}]`;
  }
  return out;
}

const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return a.file === b.file
    ? a.line - b.line || a.column - b.column || compareCodeUnits(a.rule, b.rule)
    : a.file < b.file
      ? -1
      : 1;
}
