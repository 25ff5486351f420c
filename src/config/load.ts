/**
 * Config text → `Config`, or diagnostics with line and column (a broken config is exit 2). Pure:
 * the CLI finds and reads the file.
 */
import type { Diagnostic } from '../model/diagnostic.js';
import { parseSource } from '../parse/source.js';
import { place } from '../validate/check.js';
import { errorMessage, issuesToFindings } from '../validate/schema-issues.js';
import { type Config, ConfigSchema, defaultConfig } from './schema.js';

export interface ConfigResult {
  config: Config;
  diagnostics: Diagnostic[];
}

export function parseConfig(file: string, text: string): ConfigResult {
  const parsed = parseSource(text);
  const diagnostics: Diagnostic[] = parsed.problems.map((p) => ({
    file,
    line: p.line,
    column: p.column,
    severity: 'error',
    rule: 'yaml',
    message: p.message,
    path: [],
  }));
  if (diagnostics.length) return { config: defaultConfig(), diagnostics };
  const docs = parsed.documents.filter((d) => !d.empty);
  if (docs.length === 0) return { config: defaultConfig(), diagnostics };
  if (docs.length > 1) {
    const at = docs[1]!.locate([]);
    diagnostics.push({
      file,
      line: at.line,
      column: at.column,
      severity: 'error',
      rule: 'schema',
      message: 'a config file holds one YAML document; remove the extra `---` section',
      path: [],
    });
    return { config: defaultConfig(), diagnostics };
  }
  const doc = docs[0]!;
  const result = ConfigSchema.safeParse(doc.data, { error: errorMessage });
  if (result.success) return { config: result.data, diagnostics };
  for (const f of issuesToFindings(result.error.issues, ConfigSchema, doc.data)) {
    diagnostics.push(place(file, doc.locate, f, 'error', undefined));
  }
  return { config: defaultConfig(), diagnostics };
}
