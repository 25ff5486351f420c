/** Scoring: fit and Pareto across a portfolio, its formatters and its Mermaid charts. */
export { matrixChart, paretoChart } from './charts.js';
export { CRITERIA, resolveScoreConfig, SCORE_DEFAULTS, ScoreConfigSchema, } from './config.js';
export { PLAIN_STYLES, SCORE_FORMATS, SCORE_FORMATTERS, } from './format.js';
export { MEASURES, scorePortfolio, } from './portfolio.js';
