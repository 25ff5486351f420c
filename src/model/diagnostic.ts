/**
 * Diagnostics are data: what is wrong, where, and which rule says so. Rules and validators
 * produce `Finding`s that know only a path into the map; the engine turns a path into a line and
 * column, so no check ever deals with source positions.
 */
import type { Position } from '../text/index.js';

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

/** One line of `acctmap validate` output; the JSON shape is part of the CLI contract. */
export interface Diagnostic {
  file: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  severity: Severity;
  rule: string;
  message: string;
  /** `people[2].stance`; empty for the whole document. */
  path: string;
  /** The map's `account.id`, absent where the document has none that can be read. */
  account?: string;
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

export const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return a.file === b.file
    ? a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule)
    : a.file < b.file
      ? -1
      : 1;
}
