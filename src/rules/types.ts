/**
 * What a rule is: metadata plus pure checks. A rule sees one map (or, for portfolio rules, every
 * map of the run) and the date that "today" means; it answers with messages and paths into the
 * map. The runner adds the rule id and the configured severity, and the pipeline turns the path
 * into a line and column, so no rule ever reads a file or knows a line number.
 */
import type { z } from 'zod';
import type { AccountMap, PortfolioMap } from '../model/account-map.js';
import type { Path, RuleCategory, Severity } from '../model/diagnostic.js';
import type { Advice, AdviceContext } from './advice.js';
import type { RuleSeverity } from './config.js';

export type { RuleCategory };

interface RuleContext<O> {
  /** `--as-of`, YYYY-MM-DD: the only clock a rule sees. */
  asOf: string;
  /** The rule's options after config, overrides and defaults. */
  options: O;
}

/** What a rule reports: what is wrong with its evidence and the fix, and where in the map. */
export interface RuleFinding {
  message: string;
  path: Path;
  /** Point at the key itself (for a missing list: the `people:` key) rather than its value. */
  target?: 'key' | 'value';
  /**
   * The loudest this finding may be. The configured severity applies, but never above this
   * (`off` drops the finding). `no-roi` uses it to report one negative side below two.
   */
  severity?: RuleSeverity;
}

/** A portfolio rule's finding names the map (an index into the maps it was given). */
export interface PortfolioFinding extends RuleFinding {
  map: number;
}

// Options are always a zod object whose every key has a default, so `options.parse({})` is the
// set of defaults that docs and `acctmap rules --format json` show.
export type OptionsSchema = z.ZodObject;

export interface RuleDefinition<O extends OptionsSchema = OptionsSchema> {
  /** Stable kebab-case id: config, `--rule`, suppressions and SARIF all use it. */
  id: string;
  defaultSeverity: Severity;
  /** `red-flag` when its findings say the relationship is changing; else `map-quality`. */
  category: RuleCategory;
  /** One line: what the rule catches. */
  description: string;
  /** A sentence or two on how to fix the map (SARIF `help.text`, `acctmap rules`). */
  help: string;
  options: O;
  /** Checks one map. Method syntax on purpose: the registry holds rules of every option type. */
  check?(map: AccountMap, ctx: RuleContext<z.output<O>>): RuleFinding[];
  /** Checks every map of the run at once (rules about the whole portfolio). */
  checkPortfolio?(maps: readonly PortfolioMap[], ctx: RuleContext<z.output<O>>): PortfolioFinding[];
  /**
   * The next action for one of this rule's findings (`path` as the finding gave it), in words a
   * review can assign (./advice.ts). Undefined, or no `advise` at all: the rule's `help` is the
   * action.
   */
  advise?(map: AccountMap, path: Path, ctx: AdviceContext): Advice | undefined;
}

export type Rule = RuleDefinition;

/** Keeps a rule's option type flowing into its checks while the registry sees plain `Rule`s. */
export function defineRule<O extends OptionsSchema>(rule: RuleDefinition<O>): Rule {
  return rule as unknown as Rule;
}
