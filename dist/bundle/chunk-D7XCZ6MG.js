import { createRequire as __acctmapCreateRequire } from 'node:module';
const require = __acctmapCreateRequire(import.meta.url);
import {
  oneLine,
  percentNumber
} from "./chunk-A4RBNV6B.js";

// dist/score/charts.js
var LABEL_MAX = 28;
function mermaidString(text) {
  return oneLine(text).replace(/#/g, "#35;").replace(/"/g, "#quot;").replace(/%/g, "#37;").replace(/`/g, "#96;").replace(/&/g, "#amp;").replace(/</g, "#lt;").replace(/>/g, "#gt;").replace(/\|/g, "#124;").replace(/\\/g, "#92;").replace(/[{}]/g, (c) => c === "{" ? "#123;" : "#125;");
}
function label(account) {
  const clean = oneLine(account.name);
  const base = clean === "" ? account.id : clean;
  const chars = [...base];
  return chars.length > LABEL_MAX ? `${chars.slice(0, LABEL_MAX - 1).join("")}\u2026` : base;
}
function uniqueLabels(accounts) {
  const counts = /* @__PURE__ */ new Map();
  for (const a of accounts)
    counts.set(label(a), (counts.get(label(a)) ?? 0) + 1);
  const out = /* @__PURE__ */ new Map();
  for (const a of accounts) {
    const l = label(a);
    out.set(a.id, counts.get(l) > 1 ? `${l} (${a.id})` : l);
  }
  return out;
}
function coordinate(x) {
  const v = Math.min(1, Math.max(0, x));
  if (v >= 1)
    return "1";
  const fixed = v.toFixed(3).replace(/0+$/, "").replace(/\.$/, "");
  return fixed === "" ? "0" : fixed;
}
function paretoChart(portfolio, options = {}) {
  const limit = Math.max(1, options.limit ?? 20);
  const shown = portfolio.accounts.filter((a) => a.share !== null);
  const own = shown.length > limit ? shown.slice(0, limit - 1) : shown;
  const rest = shown.slice(own.length);
  const labels = uniqueLabels(own);
  const categories = own.map((a) => labels.get(a.id));
  const bars = own.map((a) => a.share);
  const line = own.map((a) => a.cumulative_share);
  if (rest.length) {
    categories.push(`Other (${rest.length} accounts)`);
    bars.push(rest.reduce((sum, a) => sum + a.share, 0));
    line.push(rest[rest.length - 1].cumulative_share);
  }
  const what = portfolio.by === "revenue" ? "revenue" : "profit";
  const money = portfolio.currency ? ` (${portfolio.currency})` : "";
  const lines = ["xychart-beta"];
  lines.push(`  title "Pareto by ${what}${money}, as of ${portfolio.as_of}"`);
  if (categories.length === 0) {
    categories.push(`No account has ${what}`);
    bars.push(0);
    line.push(0);
  }
  lines.push(`  x-axis [${categories.map((c) => `"${mermaidString(c)}"`).join(", ")}]`);
  lines.push(`  y-axis "Share of total ${what} (#37;)" 0 --> 100`);
  lines.push(`  bar [${bars.map(percentNumber).join(", ")}]`);
  lines.push(`  line [${line.map(percentNumber).join(", ")}]`);
  return `${lines.join("\n")}
`;
}
function matrixPosition(account, by, settings) {
  if (account.fit === null)
    return void 0;
  const t = settings.key_candidate_fit;
  const f = account.fit;
  let x;
  if (f < t)
    x = 0.5 * f / t;
  else if (t >= 100)
    x = 1;
  else
    x = 0.5 + 0.5 * (f - t) / (100 - t);
  const p = account.pareto[by];
  const a = settings.pareto.a;
  let y = 0;
  if (p.value !== null && p.value > 0 && p.above_share !== null) {
    const s = p.above_share;
    if (p.class === "A")
      y = 1 - 0.5 * s / a;
    else if (a < 1)
      y = Math.min(0.5, 0.5 * (1 - s) / (1 - a));
  }
  return { x: Math.min(1, Math.max(0, x)), y: Math.min(1, Math.max(0, y)) };
}
function matrixChart(portfolio) {
  const plotted = portfolio.accounts.filter((a) => a.fit !== null);
  const labels = uniqueLabels(plotted);
  const what = portfolio.by === "revenue" ? "revenue" : "profit";
  const lines = [
    "quadrantChart",
    `  title "Portfolio: fit against Pareto class on ${what}, as of ${portfolio.as_of}"`,
    `  x-axis "Fit below ${portfolio.settings.key_candidate_fit}" --> "Fit ${portfolio.settings.key_candidate_fit} or more"`,
    '  y-axis "Class B or C" --> "Class A"',
    '  quadrant-1 "Key-account candidates"',
    '  quadrant-2 "Large, weaker fit"',
    '  quadrant-3 "Smaller, weaker fit"',
    '  quadrant-4 "Smaller, strong fit"'
  ];
  for (const a of plotted) {
    const at = matrixPosition(a, portfolio.by, portfolio.settings);
    const style = a.red_flags.length ? " color: #d62728" : "";
    lines.push(`  "${mermaidString(labels.get(a.id))}": [${coordinate(at.x)}, ${coordinate(at.y)}]${style}`);
  }
  return `${lines.join("\n")}
`;
}

export {
  paretoChart,
  matrixChart
};
