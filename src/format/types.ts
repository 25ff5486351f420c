import type { Diagnostic } from '../model/diagnostic.js';
import type { RuleMeta } from '../rules/index.js';
import { joinAnd, plural } from '../text/index.js';
import type { FileSummary } from '../validate/check.js';
import type { Style } from './style.js';

export const VALIDATE_FORMATS = ['stylish', 'json', 'github', 'sarif', 'junit'] as const;
export type ValidateFormat = (typeof VALIDATE_FORMATS)[number];

/**
 * The formats of the commands that brief a person (`diff`, `paths`): text for the terminal,
 * markdown for a review document, JSON for programs. Here, in a module that loads nothing heavy,
 * because the commands' option lists are built at start-up.
 */
export const BRIEFING_FORMATS = ['stylish', 'markdown', 'json'] as const;
export type BriefingFormat = (typeof BRIEFING_FORMATS)[number];

export interface Summary {
  files: number;
  maps: number;
  errors: number;
  warnings: number;
  infos: number;
}

/** What `acctmap validate` found, ready to be written in any format. */
export interface ValidationReport {
  files: FileSummary[];
  diagnostics: Diagnostic[];
  summary: Summary;
  /** Findings left out by `--quiet` (which shows errors only), for the summaries to say so. */
  hidden?: { warnings: number; infos: number };
}

/** `3 warnings and 1 info hidden by --quiet`, or undefined when --quiet hid nothing. */
export function hiddenText(report: ValidationReport): string | undefined {
  const { warnings = 0, infos = 0 } = report.hidden ?? {};
  const parts = [
    ...(warnings ? [plural(warnings, 'warning')] : []),
    ...(infos ? [plural(infos, 'info')] : []),
  ];
  return parts.length ? `${joinAnd(parts)} hidden by --quiet` : undefined;
}

/** Where SARIF says a file is: a URI, relative to `%SRCROOT%` when `uriBaseId` is given. */
export interface ArtifactPlace {
  uri: string;
  uriBaseId?: '%SRCROOT%';
}

/** How the CLI places files for SARIF (it knows the folders; the formatters stay pure). */
export interface ArtifactLocator {
  /** `file:` URI of the repository root (ending in `/`), when any file is placed relative to it. */
  srcRoot?: string;
  locate(file: string): ArtifactPlace;
}

interface FormatContext {
  style: Style;
  /** Every rule, for SARIF's rule metadata and help links. */
  rules: readonly RuleMeta[];
  toolVersion: string;
  /** SARIF: where each file is (default: the name as given, as a URI). */
  artifacts?: ArtifactLocator;
  /** SARIF: an absolute URI for a documentation page given relative to the package root. */
  docsUri?: (page: string) => string;
}

export type Formatter = (report: ValidationReport, context: FormatContext) => string;

export function summarize(files: FileSummary[], diagnostics: readonly Diagnostic[]): Summary {
  const count = (s: Diagnostic['severity']) => diagnostics.filter((d) => d.severity === s).length;
  return {
    files: files.length,
    maps: files.reduce((n, f) => n + f.maps.length, 0),
    errors: count('error'),
    warnings: count('warning'),
    infos: count('info'),
  };
}
