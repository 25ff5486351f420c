/** Scoring: fit and Pareto across a portfolio, its formatters and its Mermaid charts. */
export { matrixChart, paretoChart } from './charts.js';
export {
  CRITERIA,
  type Criterion,
  resolveScoreConfig,
  SCORE_DEFAULTS,
  type ScoreConfig,
  ScoreConfigSchema,
  type ScoreSettings,
} from './config.js';
export type { Criteria, CriterionScore } from './fit.js';
export {
  type FormatOptions,
  PLAIN_STYLES,
  SCORE_FORMATTERS,
  type ScoreStyles,
} from './format.js';
export { MEASURES, type Measure, SCORE_FORMATS, type ScoreFormat } from './names.js';
export type { ParetoClass } from './pareto.js';
export {
  type CurrencyError,
  type PortfolioEntry,
  type PortfolioScore,
  type ScoredAccount,
  type ScoreOptions,
  type ScoreResult,
  scorePortfolio,
} from './portfolio.js';
