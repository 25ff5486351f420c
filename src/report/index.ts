/**
 * Markdown reports: an account review per map and, for several maps, a portfolio review.
 *
 * Two steps, so that the CLI can render diagrams to images in between:
 *
 * ```ts
 * const prepared = prepareReports({ maps, findings, asOf, score, redact });
 * // optional: render prepared.diagrams to files, keep key → relative path
 * const out = composeReports(prepared, { layout: 'document' });   // → { files: [{ path: '', content }] }
 * ```
 *
 * `layout: 'document'` gives one text: the account review alone for one map, else the portfolio
 * review followed by every account's review. `layout: 'directory'` gives `index.md` (the
 * portfolio review, linking to each account) and one `<account id>.md` per account.
 */

import type { DiffResult } from '../diff/index.js';
import type { AccountMap } from '../model/account-map.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { movedPeople } from '../paths/movers.js';
import { matrixChart, paretoChart } from '../score/charts.js';
import type { PortfolioScore } from '../score/portfolio.js';
import { link, oneLine } from '../text/index.js';
import { type AccountReportInput, accountName, titleFor, writeAccountReport } from './account.js';
import { accountChanges, redactChanges } from './changes.js';
import { reportDiagrams } from './diagrams.js';
import { anchorRef, MarkdownDoc } from './doc.js';
import { PORTFOLIO_TITLE, writePortfolioReport } from './portfolio.js';
import { type RedactLevel, redactMap } from './redact.js';

export { isGeneratedHtml, isGeneratedReport } from './account.js';

export { REDACT_LEVELS, type RedactLevel } from './redact.js';

export interface ReportInput {
  /** The maps to report on, as read (unredacted). */
  maps: readonly { file: string; map: AccountMap }[];
  /** Every diagnostic of the run; each account's are picked by file and account id. */
  findings: readonly Diagnostic[];
  asOf: string;
  /** The portfolio scored over exactly these maps. */
  score?: PortfolioScore;
  redact?: RedactLevel;
  /** Files left out because their maps have errors (plain text, one per file). */
  skipped?: readonly string[];
  toolVersion?: string;
  /** `--since`: what changed in the maps since then (src/diff), for the "Changes since …" sections. */
  changes?: DiffResult;
}

/** Something to draw: an account's diagram or a portfolio chart. */
export interface PreparedDiagram {
  key: string;
  mermaid: string;
  /** Plain-text title, for alt text and file names. */
  title: string;
}

export interface PreparedReports {
  input: ReportInput;
  accounts: AccountReportInput[];
  /**
   * Every diagram the reports may show, by key (unique in the run); `shownDiagrams` says which
   * a layout shows.
   */
  diagrams: PreparedDiagram[];
  /** The portfolio with the names as shown (redacted when redacting). */
  portfolio?: PortfolioScore;
}

export function prepareReports(input: ReportInput): PreparedReports {
  const accounts: AccountReportInput[] = [];
  const names = new Map<string, string>();
  const findingsOf = new Map<string, Diagnostic[]>();
  for (const { file, map } of input.maps) {
    const id = map.account.id;
    let shown = map;
    let scrub = (text: string) => text;
    if (input.redact) {
      const r = redactMap(map, input.redact);
      shown = r.map;
      scrub = r.scrub;
    }
    names.set(id, shown.account.name);
    const findings = input.findings
      .filter((d) => d.file === file && d.account === id)
      .map((d) => ({ ...d, message: scrub(d.message) }));
    findingsOf.set(id, findings);
    const score = input.score?.accounts.find((a) => a.id === id);
    const report: AccountReportInput = {
      map: shown,
      file,
      asOf: input.asOf,
      findings,
      diagrams: reportDiagrams(shown),
    };
    if (score) report.score = { ...score, name: shown.account.name };
    if (input.redact) report.redaction = input.redact;
    if (input.changes)
      report.changes = accountChanges(input.changes, id, input.redact ? scrub : undefined);
    accounts.push(report);
  }
  let portfolio: PortfolioScore | undefined;
  if (input.score) {
    portfolio = {
      ...input.score,
      accounts: input.score.accounts.map((a) => ({ ...a, name: names.get(a.id) ?? a.name })),
    };
    for (const a of accounts) a.portfolio = portfolio;
  }
  const diagrams: PreparedDiagram[] = [];
  for (const a of accounts) {
    for (const view of a.diagrams) {
      for (const d of view.diagrams) {
        diagrams.push({
          key: d.key,
          mermaid: d.mermaid,
          title: `${oneLine(a.map.account.name)}: ${d.title}`,
        });
      }
    }
  }
  if (portfolio) {
    diagrams.push({ key: 'pareto', mermaid: paretoChart(portfolio), title: 'Pareto chart' });
    diagrams.push({ key: 'matrix', mermaid: matrixChart(portfolio), title: 'Portfolio matrix' });
  }
  return { input, accounts, diagrams, ...(portfolio ? { portfolio } : {}) };
}

export type ReportLayout = 'document' | 'directory';

/** The keys of the portfolio's own charts, which only the portfolio report shows. */
const PORTFOLIO_CHARTS = new Set(['pareto', 'matrix']);

/**
 * The diagrams that the files of `layout` show, to render as images: the portfolio's charts
 * only where a portfolio report is written (a folder's index, or one document for several
 * accounts; not the one document of a single account).
 */
export function shownDiagrams(prepared: PreparedReports, layout: ReportLayout): PreparedDiagram[] {
  const portfolioReport =
    prepared.portfolio !== undefined && (layout === 'directory' || prepared.accounts.length > 1);
  return portfolioReport
    ? prepared.diagrams
    : prepared.diagrams.filter((d) => !PORTFOLIO_CHARTS.has(d.key));
}

export interface ComposeOptions {
  layout: ReportLayout;
  /**
   * Images to link instead of Mermaid blocks, by diagram key; paths relative to the folder the
   * reports are written to (or the working folder for stdout).
   */
  images?: ReadonlyMap<string, string>;
  /**
   * The extension of the files of `layout: 'directory'` and of the links between them (default
   * `md`): `html` or `pdf` when the CLI turns each file into that format.
   */
  extension?: 'md' | 'html' | 'pdf';
}

export interface ReportFile {
  /** Relative to the output folder; `''` for the single document of `layout: 'document'`. */
  path: string;
  content: string;
}

/** The index file of `layout: 'directory'`. */
function indexFile(extension: string): string {
  return `index.${extension}`;
}

/** The file of an account's review in `layout: 'directory'` (ids are slugs, so always safe). */
function accountFile(id: string, extension: string): string {
  // `index` would clash with the index; a dot cannot appear in an id, so this cannot clash.
  return id === 'index' ? `index.account.${extension}` : `${id}.${extension}`;
}

export function composeReports(prepared: PreparedReports, options: ComposeOptions): ReportFile[] {
  const { input, accounts, portfolio } = prepared;
  const images = options.images;
  const ext = options.extension ?? 'md';
  const version = input.toolVersion ? { toolVersion: input.toolVersion } : {};
  const withImages = (a: AccountReportInput): AccountReportInput => (images ? { ...a, images } : a);
  const names = uniqueNames(accounts);
  const titles = names.map(titleFor);

  if (options.layout === 'document') {
    const doc = new MarkdownDoc();
    if (accounts.length === 1 || !portfolio) {
      accounts.forEach((a, i) =>
        writeAccountReport(doc, withImages(a), {
          ...version,
          level: accounts.length === 1 ? 1 : 2,
          combined: accounts.length > 1,
          title: titles[i]!,
          name: names[i]!,
        }),
      );
      return [{ path: '', content: doc.toString() }];
    }
    // Each account's changes are shown once, in its review; the portfolio's section links there.
    const reviewed = new Set(accounts.map((a) => a.map.account.id));
    writePortfolioReport(doc, {
      ...portfolioInput(prepared, images),
      target: (id) => ({ anchor: `account:${id}` }),
      changesAt: (id) => (reviewed.has(id) ? `changes:${id}` : undefined),
    });
    // The reviews follow in the order of the ranking above them.
    const rank = (a: AccountReportInput) => a.score?.rank ?? Number.MAX_SAFE_INTEGER;
    const ranked = [...accounts.entries()].sort(([, a], [, b]) => rank(a) - rank(b));
    for (const [i, a] of ranked) {
      writeAccountReport(doc, withImages(a), {
        ...version,
        level: 2,
        combined: true,
        titleKey: `account:${a.map.account.id}`,
        changesKey: `changes:${a.map.account.id}`,
        title: titles[i]!,
        name: names[i]!,
        backLink: `[${PORTFOLIO_TITLE.toLowerCase()}](${anchorRef('portfolio')})`,
      });
    }
    return [{ path: '', content: doc.toString() }];
  }

  const files: ReportFile[] = [];
  if (portfolio) {
    const doc = new MarkdownDoc();
    writePortfolioReport(doc, {
      ...portfolioInput(prepared, images),
      target: (id) => ({ file: accountFile(id, ext) }),
      closing: { ...version, replaced: true },
    });
    files.push({ path: indexFile(ext), content: doc.toString() });
  }
  for (const [i, a] of accounts.entries()) {
    const doc = new MarkdownDoc();
    writeAccountReport(doc, withImages(a), {
      ...version,
      level: 1,
      title: titles[i]!,
      replaced: true,
      ...(portfolio ? { backLink: link(PORTFOLIO_TITLE.toLowerCase(), indexFile(ext)) } : {}),
    });
    files.push({ path: accountFile(a.map.account.id, ext), content: doc.toString() });
  }
  return files;
}

function portfolioInput(
  prepared: PreparedReports,
  images: ReadonlyMap<string, string> | undefined,
) {
  const { input, accounts } = prepared;
  return {
    asOf: input.asOf,
    portfolio: prepared.portfolio!,
    findings: new Map(accounts.map((a) => [a.map.account.id, a.findings])),
    ...(images ? { images } : {}),
    ...(input.redact ? { redaction: input.redact } : {}),
    ...(input.skipped?.length ? { skipped: input.skipped } : {}),
    ...(input.changes ? { changes: redactedChanges(input.changes, prepared) } : {}),
    // From the maps as the report shows them: a redacted copy has no `now_at` to show.
    moved: movedPeople(accounts.map((a) => a.map)),
  };
}

/** The diff as a shared report may show it: each account's changes redacted like its map. */
function redactedChanges(diff: DiffResult, prepared: PreparedReports): DiffResult {
  if (!prepared.input.redact) return diff;
  const accounts = diff.accounts.map((a) => {
    const shown = prepared.accounts.find((r) => r.map.account.id === a.id)?.changes?.account;
    return shown ?? redactChanges(a, (text) => text);
  });
  return { ...diff, accounts };
}

/**
 * Each account's name as its headings show it: the name, or `name (id)` when two accounts in the
 * run share a name, so that a combined document never repeats a heading.
 */
function uniqueNames(accounts: readonly AccountReportInput[]): string[] {
  const base = accounts.map((a) => accountName(a.map));
  const counts = new Map<string, number>();
  for (const b of base) counts.set(b.toLowerCase(), (counts.get(b.toLowerCase()) ?? 0) + 1);
  return base.map((b, i) =>
    counts.get(b.toLowerCase())! > 1 ? `${b} (${accounts[i]!.map.account.id})` : b,
  );
}
