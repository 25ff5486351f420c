import type { Diagnostic } from '../model/diagnostic.js';
import type { RuleMeta } from '../rules/index.js';
import type { FileSummary } from '../validate/check.js';
import type { Style } from './style.js';

export const VALIDATE_FORMATS = ['stylish', 'json', 'github', 'sarif', 'junit'] as const;
export type ValidateFormat = (typeof VALIDATE_FORMATS)[number];

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
}

interface FormatContext {
  style: Style;
  /** Every rule, for SARIF's rule metadata and help links. */
  rules: readonly RuleMeta[];
  toolVersion: string;
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
