import { createRequire as __acctmapRequire } from 'node:module'; const require = __acctmapRequire(import.meta.url);

// dist/score/names.js
var SCORE_FORMATS = ["table", "json", "csv", "markdown"];
var MEASURES = ["revenue", "profit"];
var SCORE_CHARTS = ["pareto", "matrix"];

export {
  SCORE_FORMATS,
  MEASURES,
  SCORE_CHARTS
};
