/**
 * Suppression comments inside a map file:
 *
 *     # acctmap-disable-next-line RULE[, RULE2] -- reason
 *     something: here   # acctmap-disable-line RULE -- reason
 *     # acctmap-disable RULE[, RULE2] -- reason      (the whole map: the YAML document it sits in)
 *
 * Comments are read from the YAML syntax tree, so a `#` line inside a block of text (`notes: |`)
 * is never taken for one.
 */

import { yamlLib } from '../parse/yaml-lib.js';
import { closest, positionsIn } from '../text/index.js';

const DIRECTIVES = [
  'acctmap-disable-next-line',
  'acctmap-disable-line',
  'acctmap-disable',
] as const;
type Directive = (typeof DIRECTIVES)[number];

export interface Suppression {
  directive: Directive;
  /** Rule ids as written (checked against the registry by the runner). */
  rules: string[];
  /** Text after ` -- `; empty when there is none. */
  reason: string;
  /** 1-based position of the `#`. */
  line: number;
  column: number;
  /** 0-based YAML document the comment belongs to. */
  document: number;
  /** The line whose findings it covers (`disable-next-line`: the next line with content). */
  targetLine: number;
}

/** A comment that looks meant as a suppression but names no directive we know. */
export interface MisspelledDirective {
  written: string;
  suggestion?: Directive;
  line: number;
  column: number;
  document: number;
}

export interface SuppressionScan {
  suppressions: Suppression[];
  misspelled: MisspelledDirective[];
}

const COMMENT = /^#\s*(acctmap-[A-Za-z-]*)(.*)$/;

/**
 * False when no line has `acctmap-` after a `#`: then there is no directive (a directive is a
 * comment). Looks at the text after each `#` only; a search of the whole text for `acctmap-`
 * stops at every `a`, and this runs on every file.
 */
function mayHaveDirective(body: string): boolean {
  for (let at = body.indexOf('#'); at !== -1; at = body.indexOf('#', at + 1)) {
    const end = body.indexOf('\n', at);
    const line = body.slice(at, end === -1 ? body.length : end);
    if (line.includes('acctmap-')) return true;
    if (end === -1) return false;
    at = end;
  }
  return false;
}

export function findSuppressions(source: string): SuppressionScan {
  const body = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  if (!mayHaveDirective(body)) return { suppressions: [], misspelled: [] };
  const lines = body.split('\n');
  const position = positionsIn(body);

  const scan: SuppressionScan = { suppressions: [], misspelled: [] };
  for (const { offset, text, document } of comments(body)) {
    const m = COMMENT.exec(text);
    if (!m) continue;
    const written = m[1]!;
    const { line, column } = position(offset);
    if (!(DIRECTIVES as readonly string[]).includes(written)) {
      const suggestion = closest(written, DIRECTIVES) as Directive | undefined;
      scan.misspelled.push({
        written,
        line,
        column,
        document,
        ...(suggestion ? { suggestion } : {}),
      });
      continue;
    }
    const directive = written as Directive;
    const rest = m[2]!;
    const sep = /(^|\s)--(\s|$)/.exec(rest);
    const names = sep ? rest.slice(0, sep.index) : rest;
    const reason = sep ? rest.slice(sep.index + sep[0].length).trim() : '';
    const rules = names.split(/[\s,]+/).filter((s) => s.length > 0);
    const targetLine =
      directive === 'acctmap-disable-next-line' ? nextContentLine(lines, line) : line;
    scan.suppressions.push({ directive, rules, reason, line, column, document, targetLine });
  }
  return scan;
}

/** The next line after `line` (1-based) that is neither blank nor only a comment. */
function nextContentLine(lines: readonly string[], line: number): number {
  for (let i = line; i < lines.length; i++) {
    const t = lines[i]!.trim();
    if (t !== '' && !t.startsWith('#')) return i + 1;
  }
  return line + 1;
}

interface Comment {
  offset: number;
  text: string;
  document: number;
}

/** Every comment token in the text, with the document it belongs to (those before the first: 0). */
function comments(body: string): Comment[] {
  const out: Comment[] = [];
  let document = -1;
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const item of node) walk(item);
      return;
    }
    if (node === null || typeof node !== 'object') return;
    const token = node as { type?: unknown; offset?: unknown; source?: unknown };
    if (
      token.type === 'comment' &&
      typeof token.offset === 'number' &&
      typeof token.source === 'string'
    ) {
      out.push({ offset: token.offset, text: token.source, document: Math.max(document, 0) });
      return;
    }
    for (const value of Object.values(node)) if (typeof value === 'object') walk(value);
  };
  for (const token of new (yamlLib().Parser)().parse(body)) {
    if (token.type === 'document') document++;
    walk(token);
  }
  return out;
}
