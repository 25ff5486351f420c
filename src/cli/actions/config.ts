/** `acctmap config [FILE]` (and `validate --print-config FILE`): the settings for one file. */
import * as path from 'node:path';
import { configJson, configText } from '../../config/explain.js';
import { plainStyle } from '../../format/style.js';
import { checkRulesConfig, explainSettings } from '../../rules/index.js';
import type { ConfigCommandOptions } from '../commands/config.js';
import { makeContext, parseRuleFlags } from '../context.js';
import { gitIgnoreRule, matcherUnder } from '../discover.js';
import { EXIT } from '../errors.js';
import { displayPath, writeOutput } from '../io.js';
import { outputTarget } from '../output.js';

export function config(file: string | undefined, options: ConfigCommandOptions): number {
  const ruleFlags = parseRuleFlags(options.rule ?? []);
  const ctx = makeContext(options, [checkRulesConfig]);
  const format = options.format ?? 'text';
  outputTarget(ctx.output, ctx.cwd, {
    command: 'acctmap config',
    example: format === 'json' ? 'settings.json' : 'settings.txt',
  });
  const { config: loaded, dir } = ctx.config;
  const abs = file === undefined ? undefined : path.resolve(ctx.cwd, file);
  // The name validate would report the file under: overrides match it the same way.
  const shown = abs === undefined ? undefined : displayPath(abs, ctx.cwd);
  const settings = explainSettings(
    { config: loaded, configDir: dir, cwd: ctx.cwd, cli: ruleFlags },
    shown,
  );
  const ignoredBy =
    abs === undefined ? null : (skippedBy(abs, options, loaded.ignore, dir, ctx.cwd) ?? null);
  const explanation = {
    config: ctx.config.file === undefined ? null : displayPath(ctx.config.file, ctx.cwd),
    file: shown ?? null,
    ignoredBy,
    settings,
    maxFileMb: loaded.max_file_mb,
    ignore: loaded.ignore,
  };
  const text =
    format === 'json'
      ? configJson(explanation)
      : configText(explanation, ctx.output === undefined ? ctx.style : plainStyle);
  writeOutput(ctx.output, text);
  return EXIT.ok;
}

/**
 * Why a folder search would skip `abs`, as `discover` decides it: a glob of the config's
 * `ignore` or of `--ignore-pattern` that matches the file or a folder it is in, or (unless
 * `--no-gitignore`) a line of git's ignore files. Undefined: a folder search takes it.
 */
function skippedBy(
  abs: string,
  options: ConfigCommandOptions,
  ignore: readonly string[],
  configDir: string,
  cwd: string,
): string | undefined {
  // The file, then each folder above it: the search skips an ignored folder whole.
  const candidates: string[] = [];
  for (let p = abs; path.dirname(p) !== p; p = path.dirname(p)) candidates.push(p);
  for (const p of candidates) {
    const byConfig = ignore.find((g) => matcherUnder([g], configDir)(p));
    if (byConfig !== undefined) return `the config's ignore: ${byConfig}`;
    const byFlag = (options.ignorePattern ?? []).find((g) => matcherUnder([g], cwd)(p));
    if (byFlag !== undefined) return `--ignore-pattern ${byFlag}`;
  }
  if (options.gitignore === false) return undefined;
  const git = gitIgnoreRule(abs);
  return git && `${displayPath(git.source, cwd)} line ${git.line}: ${git.pattern}`;
}
