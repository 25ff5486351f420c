/**
 * The rules: registry, catalogue, config checks and the runner the validate pipeline calls.
 * One file per rule (`./<id>.ts`); `./registry.ts` holds their order.
 */
import type { z } from 'zod';
import type { Config } from '../config/schema.js';
import type { Finding, Severity } from '../model/diagnostic.js';
import type { RuleRunner } from '../validate/check.js';
import type { RuleSeverity } from './config.js';
import { RULES } from './registry.js';
import { createRunner } from './runner.js';
import { checkRulesConfig as checkSettings } from './settings.js';
import type { RuleCategory } from './types.js';

export type { RuleSeverity } from './config.js';
export { isRedFlag, RED_FLAG_IDS, redFlagsByAccount } from './red-flags.js';
export { getRule, RULE_IDS, RULES } from './registry.js';
export { type ExplainedSettings, explainSettings, parseRuleFlag } from './settings.js';

/** One option of a rule, for `acctmap rules --format json` and the docs. */
interface RuleOptionMeta {
  name: string;
  default: unknown;
  description: string;
}

/** What `acctmap rules`, SARIF and the docs say about a rule. */
export interface RuleMeta {
  id: string;
  defaultSeverity: Severity;
  description: string;
  /** Path of the rule's page, relative to the package root: `docs/rules/<id>.md`. */
  docs: string;
  category: RuleCategory;
  /** How to fix the map (SARIF `help.text`). */
  help: string;
  options: RuleOptionMeta[];
  /** True for rules that look at every map of the run at once. */
  portfolio: boolean;
}

export interface RuleRunnerOptions {
  config: Config;
  /** Folder of the config file; `overrides[].files` globs are relative to it. Absolute, or relative to `cwd`. */
  configDir: string;
  /** `--rule ID=SEVERITY`, in order; later wins (see `parseRuleFlag`). */
  cli: ReadonlyArray<readonly [string, RuleSeverity]>;
  /** `--as-of`, YYYY-MM-DD: the only clock any rule sees. */
  asOf: string;
  /**
   * Absolute folder that `LoadedMap.file` names are relative to (the CLI's working folder), so
   * that override globs match when the config sits in a parent folder. Without it, relative file
   * names are taken to be relative to `configDir` when that is absolute.
   */
  cwd?: string;
}

/** Every rule, in registry order. */
export function ruleCatalog(): RuleMeta[] {
  return RULES.map((rule) => {
    const defaults = rule.options.parse({}) as Record<string, unknown>;
    const shape = rule.options.shape as Record<string, z.ZodType>;
    return {
      id: rule.id,
      defaultSeverity: rule.defaultSeverity,
      description: rule.description,
      docs: `docs/rules/${rule.id}.md`,
      category: rule.category,
      help: rule.help,
      options: Object.keys(shape).map((name) => ({
        name,
        default: defaults[name],
        description: shape[name]!.description ?? '',
      })),
      portfolio: rule.checkPortfolio !== undefined,
    };
  });
}

/**
 * Problems with `rules:`/`overrides[].rules` in the config (unknown ids with "did you mean", bad
 * options), as error findings whose paths point into the config document.
 */
export function checkRulesConfig(config: Config): Finding[] {
  return checkSettings(config);
}

export function createRuleRunner(options: RuleRunnerOptions): RuleRunner {
  return createRunner(options);
}
