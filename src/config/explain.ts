/**
 * `acctmap config [FILE]`: the settings in force for one map file, as text or JSON. Pure: the CLI
 * finds the config and resolves the settings (src/rules/settings.ts `explainSettings`).
 */
import type { Style } from '../format/style.js';
import type { ExplainedSettings } from '../rules/index.js';
import { displayWidth, escapeControls, plural } from '../text/index.js';

export interface ConfigExplanation {
  /** The config file as shown to the user, or null when none was found. */
  config: string | null;
  /** The map file the settings are for, or null for the settings without any override. */
  file: string | null;
  /** The file is left out when a folder is searched: by the config's `ignore`, by `--ignore-pattern`. */
  ignoredBy: string | null;
  settings: ExplainedSettings;
  /** The config's other settings: max_file_mb and the ignore list. */
  maxFileMb: number;
  ignore: readonly string[];
}

/** The JSON that `acctmap config --format json` prints. */
export function configJson(e: ConfigExplanation): string {
  return `${JSON.stringify(
    {
      config: e.config,
      file: e.file,
      ignored_by: e.ignoredBy,
      ignore: e.ignore,
      max_file_mb: e.maxFileMb,
      overrides: e.settings.overrides.map((o) => ({ index: o.index, files: o.files })),
      rules: Object.fromEntries(
        e.settings.rules.map((r) => [
          r.id,
          {
            severity: r.severity,
            default_severity: r.defaultSeverity,
            set_by: setBy(r.source),
            options: r.options,
          },
        ]),
      ),
    },
    null,
    2,
  )}\n`;
}

/** The text that `acctmap config` prints: where each setting comes from, then every rule. */
export function configText(e: ConfigExplanation, style: Style): string {
  const lines: string[] = [];
  const show = (s: string) => escapeControls(s);
  lines.push(
    `${style.bold('config:')}    ${e.config === null ? 'none found (the defaults; acctmap init or acctmap.config.yaml makes one)' : show(e.config)}`,
  );
  lines.push(
    `${style.bold('file:')}      ${e.file === null ? 'none given (the settings before any override)' : show(e.file)}`,
  );
  if (e.ignoredBy !== null)
    lines.push(
      `${style.bold('ignored:')}   yes, by ${show(e.ignoredBy)} (skipped when a folder is searched; checked when named)`,
    );
  if (e.file !== null) {
    const o = e.settings.overrides;
    lines.push(
      `${style.bold('overrides:')} ${
        o.length === 0
          ? 'none apply'
          : o
              .map((x) => `overrides[${x.index}] (files: ${x.files.map(show).join(', ')})`)
              .join('; ')
      }`,
    );
  }
  lines.push('', style.bold(`${plural(e.settings.rules.length, 'rule')}:`));
  const idWidth = Math.max(...e.settings.rules.map((r) => displayWidth(r.id)));
  for (const r of e.settings.rules) {
    const severity = r.severity.padEnd(7);
    const coloured =
      r.severity === 'error'
        ? style.red(severity)
        : r.severity === 'warning'
          ? style.yellow(severity)
          : r.severity === 'off'
            ? style.gray(severity)
            : severity;
    const options = Object.entries(r.options)
      .map(([k, v]) => `${k}: ${show(JSON.stringify(v))}`)
      .join(', ');
    const from = setBy(r.source);
    lines.push(
      `  ${r.id.padEnd(idWidth)}  ${coloured}  ${style.dim(from === 'default' ? 'default' : `set by ${from}`)}${options ? `  ${options}` : ''}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

function setBy(source: ExplainedSettings['rules'][number]['source']): string {
  if (source.from === 'override') return `overrides[${source.index}]`;
  return source.from;
}
