/**
 * The names `acctmap score` takes: output formats and what the Pareto ranking is on. A module
 * of its own, with no imports, so that registering the command does not load the scoring code.
 */
export const SCORE_FORMATS = ['table', 'json', 'csv', 'markdown'] as const;
export type ScoreFormat = (typeof SCORE_FORMATS)[number];

/** What Pareto ranks on: revenue, or profit (revenue × margin). */
export const MEASURES = ['revenue', 'profit'] as const;
export type Measure = (typeof MEASURES)[number];

/** The Mermaid charts `--chart` prints. */
export const SCORE_CHARTS = ['pareto', 'matrix'] as const;
