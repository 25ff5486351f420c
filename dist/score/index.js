/**
 * Scoring as the other modules use it: the portfolio score. The formatters (./format.ts), charts
 * (./charts.ts), config (./config.ts) and option names (./names.ts) are imported directly.
 */
export { scorePortfolio } from './portfolio.js';
