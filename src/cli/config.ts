/** Finding and reading acctmap.config.yaml; a broken config stops the run with exit 2. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { type ConfigCheck, parseConfig } from '../config/load.js';
import { type Config, defaultConfig } from '../config/schema.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { configPath } from './config-file.js';
import { describeSystemError, UsageError } from './errors.js';
import { decode, displayPath } from './io.js';

export interface LoadedConfig {
  config: Config;
  /** Folder that `ignore` and `overrides[].files` globs are relative to. */
  dir: string;
  file?: string;
  /** The config file's bytes, when there is one (`validate --cache` keeps their hash). */
  bytes?: Uint8Array;
}

export function loadConfig(
  flag: string | undefined,
  cwd: string,
  extraChecks: ConfigCheck[] = [],
): LoadedConfig {
  const file = configPath(flag, cwd);
  if (!file) return { config: defaultConfig(), dir: cwd };
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (error) {
    throw new UsageError(
      `cannot read config ${flag ?? displayPath(file, cwd)}: ${describeSystemError(error)}`,
    );
  }
  const decoded = decode(bytes);
  const shown = displayPath(file, cwd);
  if (!('text' in decoded)) throw new UsageError(`cannot read config ${shown}: ${decoded.problem}`);
  const { config, diagnostics } = parseConfig(shown, decoded.text, extraChecks);
  if (diagnostics.length) throw new ConfigError(shown, diagnostics);
  return { config, dir: path.dirname(file), file, bytes };
}

/** A config that does not validate: every problem with its line, then exit 2. */
class ConfigError extends UsageError {
  constructor(
    readonly file: string,
    readonly diagnostics: Diagnostic[],
  ) {
    super(
      `the config ${file} has ${diagnostics.length} ${diagnostics.length === 1 ? 'problem' : 'problems'}:\n${diagnostics
        .map((d) => `  ${d.file}:${d.line}:${d.column}  ${d.message}`)
        .join('\n')}`,
    );
  }
}
