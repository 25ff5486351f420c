/**
 * The validation pipeline over a run's files, as values in and values out. The CLI reads the
 * files; nothing here touches the outside world.
 *
 * It runs in two steps, and the seam between them is where files are read:
 *
 * 1. `checkFile`: one file's text → a `CheckedFile`. The only step that parses the text: YAML,
 *    schema and references, the map's own rules with its suppression comments applied to them,
 *    their findings placed on a line and column (as diagnostics), and the positions the run-wide
 *    step needs (where `account` and its keys sit, the suppression comments). Its result is
 *    plain data, so it can be made in any thread (the CLI checks many files on every core, see
 *    src/cli/parallel.ts) or kept in a cache, and no file is ever read or parsed twice.
 * 2. `finishCheck`: every file's `CheckedFile` → the run's diagnostics. What needs every map at
 *    once: duplicate account ids, the portfolio rules (matched against the maps' suppression
 *    comments), and the suppression comments that suppressed nothing.
 */
import type { AccountMap, PortfolioMap } from '../model/account-map.js';
import {
  compareDiagnostics,
  type Diagnostic,
  type Finding,
  formatPath,
  type Path,
  type Position,
  type Severity,
} from '../model/diagnostic.js';
import {
  type Locator,
  type ParsedSource,
  type ParseOptions,
  parseSource,
} from '../parse/source.js';
import type { MisspelledDirective, Suppression } from '../rules/suppressions.js';
import { escapeControls } from '../text/index.js';
import { type DocumentResult, validateDocument } from './document.js';
import { changedPhoneNumbers, writtenIn } from './phone-numbers.js';

export interface SourceText {
  /** The path as shown to the user (relative, forward slashes). */
  file: string;
  text: string;
}

/** A finding as a check or rule gave it, with the severity it is reported at. */
interface RuledFinding {
  finding: Finding;
  severity: Severity;
}

/** A finding placed in its file. */
export interface PlacedFinding extends RuledFinding {
  at: Position;
  /**
   * The lines a `# acctmap-disable-next-line` comment may sit above to cover it: the finding's
   * own line, and the first line of every list item that holds it (so one comment above
   * `- id: kari` covers all of kari's findings).
   */
  lines: number[];
}

/**
 * Where `account` and each of its keys sit in the file, as the key and as the value: what
 * run-wide checks (duplicate ids, portfolio rules) point at once the text is gone. By key of
 * `account` ('' for `account` itself): line, column, end line and end column of the key, then
 * of the value (0: no end). Numbers, because every map of a run keeps them, and the cache too.
 */
export type AccountAnchors = Readonly<Record<string, readonly number[]>>;

/** The suppression comments of one YAML document. */
export interface DocumentComments {
  suppressions: Suppression[];
  misspelled: MisspelledDirective[];
}

/**
 * A map that passed the schema, with what the run-wide steps need from its file. Plain data.
 * `M`: the whole map, or (for a run that needs no more, see `accountsOnly`) its `account`.
 */
export interface LoadedMap<M extends PortfolioMap = AccountMap> {
  file: string;
  /** 0-based index of the document within its file. */
  document: number;
  map: M;
  /** False when the map has reference errors: rules still read it, but must expect dangling ids. */
  valid: boolean;
  anchors: AccountAnchors;
  /**
   * The suppression comments of the map's document (none when the rules did not run), which the
   * portfolio rules' findings are matched against at the end.
   */
  suppressions: Suppression[];
  /** The suppressions the map's own findings used: `line:rule` (see `RuleRunner.checkMap`). */
  used: string[];
}

/** What the map's own rules leave to report, after its suppression comments (`RuleRunner.checkMap`). */
interface MapRuling {
  /** The comments' own problems (misspelled, no reason, unknown rule), then the findings left. */
  report: PlacedFinding[];
  /** `line:rule` of each suppression a finding used. */
  used: string[];
}

/**
 * What checking needs from the rules (src/rules implements it: `createRuleRunner`): the map's
 * own rules and its suppression comments, applied where its file is checked, and the run-wide
 * part.
 */
export interface RuleRunner {
  /**
   * The map's own rules, at the severities configured for `file`, each finding placed by
   * `place`, with the document's suppression comments applied to them.
   */
  checkMap(
    map: AccountMap,
    file: string,
    comments: DocumentComments,
    place: (found: RuledFinding) => PlacedFinding,
  ): MapRuling;
  /** The suppression comments of a file's text, by document. */
  commentsIn(text: string): Map<number, DocumentComments>;
  /**
   * What `checkMap`'s answer for a map in `file` depends on besides the map, its comments and
   * the date: the severity and options of every rule there, as text (for a cache's key).
   */
  settingsKey(file: string): string;
  /**
   * Run-wide: the portfolio rules over every map, their findings matched against the maps'
   * suppression comments, and the comments that suppressed nothing; what is left to report,
   * placed.
   */
  finish<M extends PortfolioMap>(
    maps: readonly LoadedMap<M>[],
  ): Array<{ map: LoadedMap<M>; placed: PlacedFinding }>;
}

export interface CheckOptions extends ParseOptions {
  /** Omitted (or `--no-rules`): schema and references only. */
  rules?: RuleRunner;
  /**
   * For a caller that checks the same text more than once with different rules (`diff` checks
   * both sides, and most maps are the same on both): each text is parsed and schema-checked
   * once, and the rules run on every check. See `checkReuse`.
   */
  reuse?: CheckReuse;
  /**
   * False: the map's own rules' findings are not placed on their line (they all say line 1),
   * for a caller that reads only which rules fired for which account (`diff`). Findings in a
   * document with suppression comments are placed all the same: the comments match by line.
   */
  placeRuleFindings?: boolean;
}

/** What `checkFile` keeps between checks of the same text (see `CheckOptions.reuse`). */
export interface CheckReuse {
  parsed: Map<string, ParsedSource>;
  validated: WeakMap<object, DocumentResult>;
}

export function checkReuse(): CheckReuse {
  return { parsed: new Map(), validated: new WeakMap() };
}

/**
 * Of each map, keeps only what run-wide checks read (`PortfolioMap`): for runs that report
 * findings and use no map themselves. Less to hand between threads, cache and keep.
 *
 * A copy through JSON, on purpose: the strings the reader cut out of the file's text (a name, a
 * website, an account id, a message quoting them) are slices that keep the whole text alive
 * (V8 shares the text's memory for any cut of 13 characters or more), so keeping the account
 * as it came would keep every file's text (25–35 kB a 40-person map) until the run ends, and
 * the collector would copy it from space to space meanwhile. The copy owns its strings.
 * Measured: docs/performance.md ("What keeps a file's text alive").
 */
export function accountsOnly(check: CheckedFile): CheckedFile<PortfolioMap> {
  const reduced: CheckedFile<PortfolioMap> = {
    ...check,
    maps: check.maps.map((m) => ({ ...m, map: { account: m.map.account } })),
  };
  return JSON.parse(JSON.stringify(reduced)) as CheckedFile<PortfolioMap>;
}

export interface FileSummary {
  file: string;
  /** Account ids of the maps in the file, in order (`?` where none can be read). */
  maps: string[];
}

export interface CheckResult<M extends PortfolioMap = AccountMap> {
  files: FileSummary[];
  /** Every map that passed the schema, valid or not. */
  maps: LoadedMap<M>[];
  diagnostics: Diagnostic[];
}

/**
 * What one file gives: its summary, its own diagnostics (yaml, schema, references, and the
 * findings of its maps' own rules) and maps.
 */
export interface CheckedFile<M extends PortfolioMap = AccountMap> {
  summary: FileSummary;
  diagnostics: Diagnostic[];
  maps: LoadedMap<M>[];
}

/** Every source checked, then the run-wide step; `eachFile` is called before each file. */
export function checkSources(
  sources: readonly SourceText[],
  options: CheckOptions = {},
  eachFile?: () => void,
): CheckResult {
  return finishCheck(
    sources.map((source) => {
      eachFile?.();
      return checkFile(source, options);
    }),
    options,
  );
}

/** A diagnostic about the file as a whole (YAML syntax, nothing in it), at a given position. */
export function fileDiagnostic(
  file: string,
  rule: 'yaml' | 'schema' | 'io',
  message: string,
  at: Position = { line: 1, column: 1 },
): Diagnostic {
  return { file, line: at.line, column: at.column, severity: 'error', rule, message, path: [] };
}

/**
 * The work on one file that needs no other file: parse, schema, references, the map's own
 * rules, and the positions of everything. Runs anywhere; `finishCheck` does the rest.
 */
export function checkFile({ file, text }: SourceText, options: CheckOptions = {}): CheckedFile {
  const reuse = options.reuse;
  let parsed = reuse?.parsed.get(text);
  if (parsed === undefined) {
    parsed = parseSource(text, options);
    reuse?.parsed.set(text, parsed);
  }
  const summary: FileSummary = { file, maps: [] };
  const diagnostics: Diagnostic[] = [];
  const maps: LoadedMap[] = [];
  for (const p of parsed.problems) diagnostics.push(fileDiagnostic(file, 'yaml', p.message, p));
  const readable = parsed.documents.filter((d) => !d.empty);
  if (parsed.problems.length === 0 && readable.length === 0) {
    diagnostics.push(
      fileDiagnostic(
        file,
        'schema',
        'the file has no account map in it: a map starts with `acctmap: 1` (run `acctmap init` for a starter)',
      ),
    );
  }
  const rules = options.rules;
  let comments: Map<number, DocumentComments> | undefined;
  for (const doc of readable) {
    if (doc.data === undefined) continue; // its syntax errors are already reported
    const data = doc.data;
    let result = typeof data === 'object' && data !== null ? reuse?.validated.get(data) : undefined;
    if (result === undefined) {
      result = validateDocument(data);
      if (result.shaped) {
        const changed = changedPhoneNumbers(result.shaped, writtenIn(text, doc.locate));
        if (changed.length) {
          // What it holds is not what was written: not a valid map.
          const { map: _notValid, ...rest } = result;
          result = { ...rest, findings: [...result.findings, ...changed] };
        }
      }
      if (typeof data === 'object' && data !== null) reuse?.validated.set(data, result);
    }
    summary.maps.push(result.accountId ?? '?');
    for (const f of result.findings) {
      diagnostics.push(place(file, doc.locate, f, f.severity ?? 'error', result.accountId));
    }
    if (!result.shaped) continue;
    const map = result.shaped;
    comments ??= rules?.commentsIn(text);
    const own = comments?.get(doc.index) ?? NO_COMMENTS;
    // The lines a suppression covers a finding from matter only where there are suppressions.
    const withItems = own.suppressions.length > 0;
    // Placing a finding reads the whole file for positions; a caller that reads only which
    // rules fired skips it, unless suppression comments (matched by line) need the lines.
    const unplaced = options.placeRuleFindings === false && own.suppressions.length === 0;
    const ruling = rules?.checkMap(map, file, own, (r) =>
      unplaced ? { ...r, at: UNPLACED, lines: [] } : placeWith(doc.locate, r, withItems),
    );
    for (const placed of ruling?.report ?? []) {
      diagnostics.push(toDiagnostic(file, placed, placed.at, map.account.id));
    }
    maps.push({
      file,
      document: doc.index,
      map,
      valid: result.map !== undefined,
      anchors:
        doc.accountAnchors?.(Object.keys(map.account)) ??
        anchorsOf(doc.locateAccount ?? doc.locate, map),
      suppressions: own.suppressions,
      used: ruling?.used ?? [],
    });
  }
  return { summary, diagnostics, maps };
}

const NO_COMMENTS: DocumentComments = { suppressions: [], misspelled: [] };
/** Where an unplaced rule finding is said to be (`placeRuleFindings: false`): the file's top. */
const UNPLACED: Position = { line: 1, column: 1 };

/**
 * A finding placed by the document's locator, with the lines a suppression may cover it from
 * (`withItems`: also the first line of each list item that holds it).
 */
function placeWith(
  locate: Locator,
  { finding, severity }: RuledFinding,
  withItems: boolean,
): PlacedFinding {
  const at = locate(finding.path, finding.target);
  const lines = new Set<number>([at.line]);
  const { path } = finding;
  for (let i = 1; withItems && i < path.length; i++) {
    if (typeof path[i - 1] === 'number') lines.add(locate(path.slice(0, i)).line);
  }
  return { finding, severity, at, lines: [...lines] };
}

function anchorsOf(locate: Locator, map: AccountMap): AccountAnchors {
  const anchors: Record<string, number[]> = {};
  for (const key of ['', ...Object.keys(map.account)]) {
    const path = key === '' ? ['account'] : ['account', key];
    const numbers: number[] = [];
    for (const target of ['key', 'value'] as const) {
      const at = locate(path, target);
      numbers.push(at.line, at.column, at.endLine ?? 0, at.endColumn ?? 0);
    }
    anchors[key] = numbers;
  }
  return anchors;
}

function anchorPosition(numbers: readonly number[], target: 'key' | 'value'): Position {
  const k = target === 'key' ? 0 : 4;
  const at: Position = { line: numbers[k]!, column: numbers[k + 1]! };
  if (numbers[k + 2]) at.endLine = numbers[k + 2]!;
  if (numbers[k + 3]) at.endColumn = numbers[k + 3]!;
  return at;
}

/**
 * Where a run-wide finding about a map sits: `account` or one of its keys (a key the map does
 * not have: the `account` mapping, as the locator would say).
 */
export function anchorAt(
  anchors: AccountAnchors,
  path: Path,
  target: 'key' | 'value' = 'value',
): Position {
  if (path[0] !== 'account' || path.length > 2) {
    throw new Error(`a run-wide finding must point into \`account\`, not at ${formatPath(path)}`);
  }
  const key = path.length === 2 ? String(path[1]) : '';
  const own = Object.hasOwn(anchors, key) ? anchors[key] : undefined;
  return own ? anchorPosition(own, target) : anchorPosition(anchors['']!, 'value');
}

/**
 * The checks across files, given every file's own check in order: duplicate account ids and
 * the run-wide rules (portfolio rules see every map at once). The result is the same whichever
 * thread checked each file.
 */
export function finishCheck<M extends PortfolioMap = AccountMap>(
  checks: readonly CheckedFile<M>[],
  options: Pick<CheckOptions, 'rules'> = {},
): CheckResult<M> {
  const files: FileSummary[] = [];
  const maps: LoadedMap<M>[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const check of checks) {
    files.push(check.summary);
    for (const d of check.diagnostics) diagnostics.push(d);
    for (const m of check.maps) maps.push(m);
  }
  for (const d of duplicateAccounts(maps)) diagnostics.push(d);
  if (options.rules) {
    for (const { map, placed } of options.rules.finish(maps)) {
      diagnostics.push(toDiagnostic(map.file, placed, placed.at, map.map.account.id));
    }
  }
  diagnostics.sort(compareDiagnostics);
  return { files, maps, diagnostics };
}

/** A finding placed by a locator as a diagnostic (config files, documents being checked). */
export function place(
  file: string,
  locate: Locator,
  finding: Finding,
  severity: Severity,
  account: string | undefined,
): Diagnostic {
  return toDiagnostic(file, { finding, severity }, locate(finding.path, finding.target), account);
}

function toDiagnostic(
  file: string,
  { finding, severity }: RuledFinding,
  at: Position,
  account: string | undefined,
): Diagnostic {
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
function duplicateAccounts(maps: readonly LoadedMap<PortfolioMap>[]): Diagnostic[] {
  const first = new Map<string, LoadedMap<PortfolioMap>>();
  const out: Diagnostic[] = [];
  const path = ['account', 'id'];
  for (const m of maps) {
    const id = m.map.account.id;
    const earlier = first.get(id);
    if (!earlier) {
      first.set(id, m);
      continue;
    }
    const at = anchorAt(earlier.anchors, path);
    const where =
      earlier.file === m.file ? `line ${at.line} of this file` : `${earlier.file}:${at.line}`;
    m.valid = false;
    const finding: Finding = {
      rule: 'reference',
      path,
      message: `account id \`${id}\` is already used by the map at ${where}; every account needs an id of its own`,
    };
    out.push(toDiagnostic(m.file, { finding, severity: 'error' }, anchorAt(m.anchors, path), id));
  }
  return out;
}

/** Maps that are fully valid (schema and references), for score, diagram and report. */
export function validMaps(result: CheckResult): LoadedMap[] {
  return result.maps.filter((m) => m.valid);
}
