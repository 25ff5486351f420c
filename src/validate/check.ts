/**
 * The validation pipeline over a run's files, as values in and values out: texts → parsed
 * documents → schema and references → (rules) → diagnostics with line and column. The CLI reads
 * the files; nothing here touches the outside world.
 */
import type { AccountMap } from '../model/account-map.js';
import {
  compareDiagnostics,
  type Diagnostic,
  type Finding,
  type Severity,
} from '../model/diagnostic.js';
import { type Locator, type ParseOptions, parseSource } from '../parse/source.js';
import { escapeControls } from '../text/index.js';
import { validateDocument } from './document.js';

export interface SourceText {
  /** The path as shown to the user (relative, forward slashes). */
  file: string;
  text: string;
}

/** A map that passed the schema, with where it came from. */
export interface LoadedMap {
  file: string;
  /** 0-based index of the document within its file. */
  document: number;
  map: AccountMap;
  /** False when the map has reference errors: rules still read it, but must expect dangling ids. */
  valid: boolean;
  locate: Locator;
  /**
   * The whole file's text (shared by its documents), for suppression comments. May be empty
   * when the text holds no `acctmap-` at all (so no suppression comment): maps checked in a
   * worker thread do not carry their text back.
   */
  source: string;
}

/** A finding of a rule, placed on a map with the severity configuration gave it. */
export interface PlacedFinding {
  map: LoadedMap;
  finding: Finding;
  severity: Severity;
}

/** Runs the rules over every map of the run (portfolio rules see them all at once). */
export type RuleRunner = (maps: readonly LoadedMap[]) => PlacedFinding[];

export interface CheckOptions extends ParseOptions {
  /** Omitted (or `--no-rules`): schema and references only. */
  rules?: RuleRunner;
}

export interface FileSummary {
  file: string;
  /** Account ids of the maps in the file, in order (`?` where none can be read). */
  maps: string[];
}

export interface CheckResult {
  files: FileSummary[];
  /** Every map that passed the schema, valid or not. */
  maps: LoadedMap[];
  diagnostics: Diagnostic[];
}

/** What one file gives: its summary, its own diagnostics (yaml, schema, references) and maps. */
export interface FileCheck {
  summary: FileSummary;
  diagnostics: Diagnostic[];
  maps: LoadedMap[];
}

export function checkSources(
  sources: readonly SourceText[],
  options: CheckOptions = {},
): CheckResult {
  return finishCheck(
    sources.map((source) => checkFile(source, options)),
    options,
  );
}

/**
 * The work on one file that needs no other file: parse, schema, references. Runs anywhere
 * (the CLI runs it in worker threads when there are many files); `finishCheck` does the rest.
 */
export function checkFile({ file, text }: SourceText, options: ParseOptions = {}): FileCheck {
  const parsed = parseSource(text, options);
  const summary: FileSummary = { file, maps: [] };
  const diagnostics: Diagnostic[] = [];
  const maps: LoadedMap[] = [];
  for (const p of parsed.problems) {
    diagnostics.push({
      file,
      line: p.line,
      column: p.column,
      severity: 'error',
      rule: 'yaml',
      message: p.message,
      path: [],
    });
  }
  const readable = parsed.documents.filter((d) => !d.empty);
  if (parsed.problems.length === 0 && readable.length === 0) {
    diagnostics.push({
      file,
      line: 1,
      column: 1,
      severity: 'error',
      rule: 'schema',
      message:
        'the file has no account map in it: a map starts with `acctmap: 1` (run `acctmap init` for a starter)',
      path: [],
    });
  }
  for (const doc of readable) {
    if (doc.data === undefined) continue; // its syntax errors are already reported
    const result = validateDocument(doc.data);
    summary.maps.push(result.accountId ?? '?');
    for (const f of result.findings) {
      diagnostics.push(place(file, doc.locate, f, f.severity ?? 'error', result.accountId));
    }
    if (result.shaped) {
      maps.push({
        file,
        document: doc.index,
        map: result.shaped,
        valid: result.map !== undefined,
        locate: doc.locate,
        source: text,
      });
    }
  }
  return { summary, diagnostics, maps };
}

/**
 * The checks across files, given every file's own check in order: duplicate account ids and
 * the rules (portfolio rules see every map at once). The result is the same whichever thread
 * checked each file.
 */
export function finishCheck(
  checks: readonly FileCheck[],
  options: Pick<CheckOptions, 'rules'> = {},
): CheckResult {
  const files: FileSummary[] = [];
  const maps: LoadedMap[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const check of checks) {
    files.push(check.summary);
    for (const d of check.diagnostics) diagnostics.push(d);
    for (const m of check.maps) maps.push(m);
  }
  for (const d of duplicateAccounts(maps)) diagnostics.push(d);
  if (options.rules) {
    for (const { map, finding, severity } of options.rules(maps)) {
      diagnostics.push(place(map.file, map.locate, finding, severity, map.map.account.id));
    }
  }
  diagnostics.sort(compareDiagnostics);
  return { files, maps, diagnostics };
}

export function place(
  file: string,
  locate: Locator,
  finding: Finding,
  severity: Severity,
  account: string | undefined,
): Diagnostic {
  const at = locate(finding.path, finding.target);
  const d: Diagnostic = {
    file,
    line: at.line,
    column: at.column,
    severity,
    rule: finding.rule,
    // Rules quote names and titles, which may hold line breaks; a finding stays one line.
    message: escapeControls(finding.message),
    path: finding.path,
  };
  if (at.endLine !== undefined) d.endLine = at.endLine;
  if (at.endColumn !== undefined) d.endColumn = at.endColumn;
  if (account !== undefined) d.account = account;
  return d;
}

/** Account ids are unique across the run: scores, reports and diagrams are keyed by them. */
function duplicateAccounts(maps: readonly LoadedMap[]): Diagnostic[] {
  const first = new Map<string, LoadedMap>();
  const out: Diagnostic[] = [];
  for (const m of maps) {
    const id = m.map.account.id;
    const earlier = first.get(id);
    if (!earlier) {
      first.set(id, m);
      continue;
    }
    const at = earlier.locate(['account', 'id']);
    const where =
      earlier.file === m.file ? `line ${at.line} of this file` : `${earlier.file}:${at.line}`;
    m.valid = false;
    out.push(
      place(
        m.file,
        m.locate,
        {
          rule: 'reference',
          path: ['account', 'id'],
          message: `account id \`${id}\` is already used by the map at ${where}; every account needs an id of its own`,
        },
        'error',
        id,
      ),
    );
  }
  return out;
}

/** Maps that are fully valid (schema and references), for score, diagram and report. */
export function validMaps(result: CheckResult): LoadedMap[] {
  return result.maps.filter((m) => m.valid);
}
