import { createRequire as __acctmapCreateRequire } from 'node:module';
const require = __acctmapCreateRequire(import.meta.url);
import {
  MEASURES
} from "./chunk-OMUVRZVZ.js";
import {
  CRITERIA,
  resolveScoreConfig
} from "./chunk-WJ4UJHTB.js";
import {
  isQuarter,
  isYear,
  periodEnd,
  periodLastDay,
  periodStart,
  quarterIndex,
  quarterName,
  quarterOf
} from "./chunk-XJYOIXLA.js";
import {
  amount,
  percent,
  wholeMonths
} from "./chunk-A4RBNV6B.js";

// dist/score/fit.js
function roundHalfUp(x) {
  return Math.floor(x + 0.5 + 1e-9);
}
function round2(x) {
  return Math.round(x * 100) / 100;
}
function clamp(x, lo = 0, hi = 100) {
  return Math.min(hi, Math.max(lo, x));
}
var STAGE_POINTS = {
  exploratory: 0,
  basic: 25,
  cooperative: 50,
  interdependent: 75,
  integrated: 100
};
var LEVEL_POINTS = { high: 100, medium: 50, low: 0 };
var COMMON_GROUND_POINTS = 25;
function round1(x) {
  return Math.round(x * 10) / 10;
}
function change(x) {
  return percent(x, { signed: true });
}
function revenueHistory(input) {
  if (input.revenue === null) {
    return { score: null, basis: "no revenue written (financials.revenue)" };
  }
  const others = input.portfolioRevenues.length - 1;
  let below = 0;
  let equal = -1;
  for (const r of input.portfolioRevenues) {
    if (r < input.revenue)
      below++;
    else if (r === input.revenue)
      equal++;
  }
  const level = others > 0 ? 100 * (below + 0.5 * equal) / others : 100;
  const levelText = others > 0 ? `level ${round1(level)}: ${below} of the ${others} other accounts with revenue have less${equal ? `, ${equal} the same` : ""}` : "level 100: the only account with revenue";
  if (!input.trend) {
    return {
      score: roundHalfUp(level),
      basis: `${levelText}; no trend (no revenue for the 12 months before)`,
      parts: { level: round2(level), trend: null }
    };
  }
  const { latest, previous, previousLabel } = input.trend;
  let trend;
  let trendText;
  if (previous > 0) {
    const growth = (latest - previous) / previous;
    trend = clamp(50 + 100 * growth);
    trendText = `trend ${round1(trend)}: ${change(growth)} on ${previousLabel}`;
  } else {
    trend = latest > 0 ? 100 : 50;
    trendText = `trend ${trend}: ${latest > 0 ? "new revenue" : "no revenue"} after none in ${previousLabel}`;
  }
  return {
    score: roundHalfUp((level + trend) / 2),
    basis: `${levelText}; ${trendText}; mean of the two`,
    parts: { level: round2(level), trend: round2(trend) }
  };
}
function accountHistory(map, asOf, fullTenureYears) {
  const since = map.relationship?.since;
  const stage = map.relationship?.stage;
  if (since === void 0 && stage === void 0) {
    return { score: null, basis: "no relationship.since or relationship.stage" };
  }
  const texts = [];
  let tenure = null;
  if (since !== void 0) {
    const months = Math.max(0, wholeMonths(since, asOf));
    tenure = Math.min(100, months * 100 / (12 * fullTenureYears));
    texts.push(`tenure ${round1(tenure)}: ${months} whole months since ${since}`);
  }
  const stagePoints = stage !== void 0 ? STAGE_POINTS[stage] : null;
  if (stage !== void 0)
    texts.push(`stage ${stagePoints}: ${stage}`);
  const values = [tenure, stagePoints].filter((v) => v !== null);
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  if (values.length === 2)
    texts.push("mean of the two");
  return {
    score: roundHalfUp(mean),
    basis: texts.join("; "),
    parts: { tenure: tenure === null ? null : round2(tenure), stage: stagePoints }
  };
}
function margins(margin, fullMargin) {
  if (margin === void 0)
    return { score: null, basis: "no margin written (financials.margin)" };
  const score = clamp(100 * margin / fullMargin);
  return {
    score: roundHalfUp(score),
    basis: `margin ${round2(margin * 100)} % against ${round2(fullMargin * 100)} % for the full score`,
    parts: { margin: Math.round(margin * 1e4) / 1e4 }
  };
}
function longTermInterest(map) {
  const level = map.relationship?.long_term_interest;
  if (level === void 0 || level === "unknown") {
    return {
      score: null,
      basis: `relationship.long_term_interest is ${level === void 0 ? "not written" : "unknown"}`
    };
  }
  return { score: LEVEL_POINTS[level], basis: `long-term interest ${level}` };
}
function commonality(map) {
  const level = map.relationship?.commonality;
  if (level !== void 0 && level !== "unknown") {
    return { score: LEVEL_POINTS[level], basis: `commonality ${level}` };
  }
  const ground = map.relationship?.common_ground?.length ?? 0;
  if (ground > 0) {
    const score = Math.min(100, ground * COMMON_GROUND_POINTS);
    return {
      score,
      basis: `${ground} item${ground === 1 ? "" : "s"} of common_ground \xD7 ${COMMON_GROUND_POINTS} (commonality not stated)`
    };
  }
  return {
    score: null,
    basis: `relationship.commonality is ${level === void 0 ? "not written" : "unknown"} and common_ground is empty`
  };
}
function scoreFit(input, settings) {
  const raw = {
    revenue_history: revenueHistory(input),
    account_history: accountHistory(input.map, input.asOf, settings.full_tenure_years),
    margins: margins(input.margin, settings.full_margin),
    long_term_interest: longTermInterest(input.map),
    commonality: commonality(input.map)
  };
  const totalWeight = CRITERIA.reduce((sum, c) => sum + settings.weights[c], 0);
  const withData = CRITERIA.reduce((sum, c) => sum + (raw[c].score !== null ? settings.weights[c] : 0), 0);
  let points = 0;
  const criteria = {};
  for (const c of CRITERIA) {
    const { score } = raw[c];
    const weight = settings.weights[c];
    const exact = score !== null && withData > 0 ? score * weight / withData : null;
    if (exact !== null)
      points += exact;
    criteria[c] = { ...raw[c], weight, contribution: exact === null ? null : round2(exact) };
  }
  const value = withData > 0 ? roundHalfUp(points) : null;
  const dataWeight = totalWeight > 0 ? withData / totalWeight : 0;
  return {
    fit: value,
    band: value === null ? null : value >= settings.bands.a ? "A" : value >= settings.bands.b ? "B" : "C",
    criteria,
    data_weight: Math.round(dataWeight * 1e4) / 1e4,
    low_data: value === null || dataWeight < settings.low_data_below - 1e-12
  };
}

// dist/score/pareto.js
var SLACK = 1e-12;
function paretoClasses(inputs, thresholds) {
  const byId = (x, y) => x.id < y.id ? -1 : x.id > y.id ? 1 : 0;
  const positive = inputs.filter((i) => i.value !== null && i.value > 0);
  const nonPositive = inputs.filter((i) => i.value !== null && i.value <= 0);
  const unknown = inputs.filter((i) => i.value === null);
  positive.sort((x, y) => y.value - x.value || byId(x, y));
  nonPositive.sort((x, y) => y.value - x.value || byId(x, y));
  unknown.sort(byId);
  const ordered = [...positive, ...nonPositive, ...unknown];
  const total = positive.reduce((sum, i) => sum + i.value, 0);
  const positions = /* @__PURE__ */ new Map();
  let above = 0;
  ordered.forEach((input, index) => {
    const rank = index + 1;
    const { value } = input;
    if (value === null) {
      positions.set(input.id, {
        rank,
        value,
        share: null,
        cumulative_share: null,
        above_share: null,
        class: "C",
        reason: input.reason ?? "no value"
      });
      return;
    }
    const part = Math.max(value, 0);
    const aboveShare = total > 0 ? above / total : 0;
    let klass;
    let reason;
    if (value <= 0) {
      klass = "C";
      reason = input.reason ?? "nothing in the latest 12 months";
    } else if (above < thresholds.a * total * (1 - SLACK)) {
      klass = "A";
    } else if (above < thresholds.b * total * (1 - SLACK)) {
      klass = "B";
    } else {
      klass = "C";
    }
    above += part;
    const position = {
      rank,
      value,
      share: total > 0 ? part / total : 0,
      cumulative_share: total > 0 ? above / total : 0,
      above_share: aboveShare,
      class: klass
    };
    if (reason !== void 0)
      position.reason = reason;
    positions.set(input.id, position);
  });
  return { order: ordered.map((i) => i.id), positions, total };
}

// dist/score/periods.js
function revenueWindows(revenue) {
  const years = Object.keys(revenue).filter((k) => isYear(k));
  const quarters = Object.keys(revenue).filter((k) => isQuarter(k));
  if (years.length === 0 && quarters.length === 0)
    return void 0;
  const latestYear = years.length ? Math.max(...years.map(Number)) : Number.NEGATIVE_INFINITY;
  const latestQuarter = quarters.length ? Math.max(...quarters.map((q) => quarterIndex(q))) : Number.NEGATIVE_INFINITY;
  const useQuarters = quarters.length > 0 && Math.floor(latestQuarter / 4) >= latestYear;
  const window = (kind, periods) => {
    const missing = periods.filter((p) => revenue[p] === void 0);
    const sum = periods.reduce((acc, p) => acc + (revenue[p] ?? 0), 0);
    const label = periods.length === 1 ? periods[0] : `${periods[0]}\u2013${periods[periods.length - 1]}`;
    return { kind, periods, missing, revenue: sum, label };
  };
  if (!useQuarters) {
    const latest2 = window("year", [String(latestYear)]);
    const before = String(latestYear - 1);
    return revenue[before] === void 0 ? { latest: latest2 } : { latest: latest2, previous: window("year", [before]) };
  }
  const span = (end) => [end - 3, end - 2, end - 1, end].map(quarterName);
  const latest = window("quarter", span(latestQuarter));
  const previous = window("quarter", span(latestQuarter - 4));
  return previous.missing.length === 4 ? { latest } : { latest, previous };
}
function marginFor(margin, period) {
  if (margin === void 0)
    return void 0;
  if (typeof margin === "number")
    return margin;
  const own = margin[period];
  if (own !== void 0)
    return own;
  const q = quarterOf(period);
  if (q) {
    const yearly = margin[q.year];
    if (yearly !== void 0)
      return yearly;
  } else if (isYear(period)) {
    const inYear = [1, 2, 3, 4].map((n) => margin[`${period}-Q${n}`]).filter((m) => m !== void 0);
    if (inYear.length)
      return inYear.reduce((a, b) => a + b, 0) / inYear.length;
  }
  const start = periodStart(period);
  const keyed = Object.keys(margin).filter((k) => isYear(k) || isQuarter(k)).sort((a, b) => periodStart(a) - periodStart(b) || periodEnd(a) - periodEnd(b));
  if (keyed.length === 0)
    return void 0;
  const before = keyed.filter((k) => periodEnd(k) <= start);
  const chosen = before.length ? before[before.length - 1] : keyed[0];
  return margin[chosen];
}
function latestMargin(margin) {
  if (margin === void 0)
    return void 0;
  if (typeof margin === "number")
    return margin;
  const keyed = Object.keys(margin).filter((k) => isYear(k) || isQuarter(k)).sort((a, b) => periodEnd(a) - periodEnd(b) || periodStart(a) - periodStart(b));
  return keyed.length ? margin[keyed[keyed.length - 1]] : void 0;
}

// dist/score/portfolio.js
var STALE_MONTHS = 18;
function shareOfWallet(revenue, wallet) {
  if (wallet === void 0 || !(wallet > 0))
    return null;
  const share = revenue / wallet;
  return Number.isFinite(share) ? round4(share) : null;
}
function cents(x) {
  const y = Math.round(x * 100) / 100;
  return Number.isFinite(y) ? y : x;
}
function round4(x) {
  if (x === null)
    return null;
  const y = Math.round(x * 1e4) / 1e4;
  return Number.isFinite(y) ? y : x;
}
function hasAmounts(map) {
  const f = map.financials;
  return !!f && (f.revenue !== void 0 && Object.keys(f.revenue).length > 0 || f.wallet !== void 0);
}
function currencies(entries, settings) {
  const uses = {};
  for (const { map } of entries) {
    const code = map.financials?.currency;
    if (code === void 0 || !hasAmounts(map))
      continue;
    if (!uses[code])
      uses[code] = [];
    uses[code].push(map.account.id);
  }
  const used = Object.keys(uses).sort();
  const list = (codes) => codes.map((c) => `${c} (${uses[c].slice(0, 3).join(", ")}${uses[c].length > 3 ? ", \u2026" : ""})`).join(", ");
  if (settings.currency === void 0) {
    if (used.length > 1) {
      const [first, ...rest] = used;
      const example = rest.map((c) => `${c}: <value of 1 ${c} in ${first}>`).join(", ");
      return {
        kind: "currencies",
        currencies: used,
        missing: rest,
        uses,
        message: `the maps use several currencies: ${list(used)}. Amounts in different currencies cannot be ranked together: set the reporting currency and exchange rates in the config's score section, for example \`score: {currency: ${first}, rates: {${example}}}\` (a rate is what 1 unit is worth in the reporting currency)`
      };
    }
    const only = used[0] ?? null;
    return { currency: only, rate: () => 1 };
  }
  const target = settings.currency;
  const missing = used.filter((c) => c !== target && settings.rates[c] === void 0);
  if (missing.length) {
    return {
      kind: "currencies",
      currencies: used,
      missing,
      uses,
      message: `no exchange rate into ${target} for ${list(missing)}: add ${missing.length === 1 ? "it" : "them"} under score.rates in the config, for example \`${missing[0]}: <value of 1 ${missing[0]} in ${target}>\``
    };
  }
  return {
    currency: target,
    rate: (code) => code === void 0 || code === target ? 1 : settings.rates[code]
  };
}
function figures(map, rate, currency, asOf) {
  const f = map.financials;
  const notes = [];
  const wallet = f?.wallet !== void 0 ? cents(f.wallet * rate) : null;
  if (f?.currency === void 0 && hasAmounts(map) && currency !== null) {
    notes.push(`financials.currency is not written; the amounts are read as ${currency}`);
  }
  const windows = f?.revenue ? revenueWindows(f.revenue) : void 0;
  if (!windows) {
    const margin2 = latestMargin(f?.margin);
    return {
      revenue: null,
      profit: null,
      revenueReason: "no revenue written",
      profitReason: "no revenue written, so no profit",
      margin: margin2,
      period: null,
      wallet,
      shareOfWallet: null,
      notes
    };
  }
  const { latest, previous } = windows;
  if (latest.missing.length) {
    notes.push(`${latest.missing.join(", ")} ${latest.missing.length === 1 ? "has" : "have"} no revenue written; the latest 12 months (${latest.label}) count ${latest.missing.length === 1 ? "it" : "them"} as 0`);
  }
  const lastDay = periodLastDay(latest.periods[latest.periods.length - 1]);
  if (wholeMonths(lastDay, asOf) > STALE_MONTHS) {
    notes.push(`the latest revenue written is for ${latest.label}; update financials.revenue`);
  }
  const revenue = cents(latest.revenue * rate);
  let nativeProfit = 0;
  for (const p of latest.periods) {
    const amount2 = f.revenue[p];
    if (amount2 === void 0)
      continue;
    const m = marginFor(f.margin, p);
    if (m === void 0) {
      nativeProfit = null;
      break;
    }
    nativeProfit += amount2 * m;
  }
  const margin = nativeProfit !== null && latest.revenue > 0 ? nativeProfit / latest.revenue : latestMargin(f.margin);
  const profit = nativeProfit === null ? null : cents(nativeProfit * rate);
  const out = {
    revenue,
    profit,
    margin,
    period: latest.label,
    wallet,
    shareOfWallet: shareOfWallet(latest.revenue, f.wallet),
    notes
  };
  if (revenue <= 0)
    out.revenueReason = `no revenue in the latest 12 months, ${latest.label}`;
  if (profit === null)
    out.profitReason = "no margin written (financials.margin), so profit is unknown";
  else if (profit < 0)
    out.profitReason = `loses money: profit ${amount(profit)} in the latest 12 months, ${latest.label}`;
  else if (profit === 0)
    out.profitReason = `no profit in the latest 12 months, ${latest.label}`;
  if (out.shareOfWallet !== null && out.shareOfWallet > 1 || out.shareOfWallet === null && f.wallet !== void 0 && latest.revenue > f.wallet) {
    notes.push("revenue is above the wallet estimate (financials.wallet); check the wallet");
  }
  if (previous && previous.missing.length === 0) {
    out.trend = {
      latest: latest.revenue,
      previous: previous.revenue,
      previousLabel: previous.label
    };
  } else if (previous) {
    notes.push(`no trend: ${previous.missing.join(", ")} of the 12 months before have no revenue written`);
  }
  return out;
}
function scorePortfolio(entries, options) {
  const settings = resolveScoreConfig(options.config);
  const money = currencies(entries, settings);
  if ("kind" in money)
    return { ok: false, error: money };
  const figs = entries.map((e) => figures(e.map, money.rate(e.map.financials?.currency), money.currency, options.asOf));
  const portfolioRevenues = figs.map((f) => f.revenue).filter((r) => r !== null);
  const pareto = {};
  for (const measure of MEASURES) {
    const inputs = entries.map((e, i) => {
      const f = figs[i];
      const input = { id: e.map.account.id, value: f[measure] };
      const reason = measure === "revenue" ? f.revenueReason : f.profitReason;
      if (reason !== void 0)
        input.reason = reason;
      return input;
    });
    pareto[measure] = paretoClasses(inputs, settings.pareto);
  }
  const accounts = entries.map((e, i) => {
    const f = figs[i];
    const { id, name, tier } = e.map.account;
    const scored = scoreFit({
      map: e.map,
      asOf: options.asOf,
      revenue: f.revenue,
      portfolioRevenues,
      ...f.trend ? { trend: f.trend } : {},
      margin: f.margin
    }, settings);
    const onRevenue = pareto.revenue.positions.get(id);
    const onProfit = pareto.profit.positions.get(id);
    const chosen = options.by === "revenue" ? onRevenue : onProfit;
    const candidate = chosen.class === "A" && scored.fit !== null && scored.fit >= settings.key_candidate_fit;
    let candidateReason = null;
    if (!candidate) {
      const reasons = [];
      if (chosen.class !== "A")
        reasons.push(`class ${chosen.class} on ${options.by}`);
      if (scored.fit === null)
        reasons.push("no fit: none of the criteria has data");
      else if (scored.fit < settings.key_candidate_fit)
        reasons.push(`fit ${scored.fit} is below ${settings.key_candidate_fit}`);
      candidateReason = reasons.join("; ");
    }
    const declared = tier ?? null;
    const disagreement = declared === "key" && !candidate ? "declared-key-not-candidate" : candidate && declared !== "key" ? "candidate-not-declared-key" : null;
    const flags = [...new Set(options.redFlags?.get(id) ?? [])].sort();
    return {
      id,
      name,
      file: e.file,
      rank: chosen.rank,
      revenue: f.revenue,
      profit: f.profit,
      share: round4(chosen.share),
      cumulative_share: round4(chosen.cumulative_share),
      class: chosen.class,
      fit: scored.fit,
      criteria: scored.criteria,
      red_flags: flags,
      key_candidate: candidate,
      declared_tier: declared,
      band: scored.band,
      data_weight: scored.data_weight,
      low_data: scored.low_data,
      class_reason: chosen.reason ?? null,
      candidate_reason: candidateReason,
      tier_disagreement: disagreement,
      revenue_a_not_profit_a: onRevenue.class === "A" && onProfit.class !== "A",
      pareto: { revenue: roundPosition(onRevenue), profit: roundPosition(onProfit) },
      period: f.period,
      map_currency: e.map.financials?.currency ?? null,
      margin: f.margin === void 0 ? null : round4(f.margin),
      wallet: f.wallet,
      share_of_wallet: f.shareOfWallet,
      notes: f.notes
    };
  });
  accounts.sort((x, y) => x.rank - y.rank);
  const declaredKey = accounts.filter((a) => a.declared_tier === "key").length;
  const candidates = accounts.filter((a) => a.key_candidate).length;
  const warnings = [];
  const limit = settings.max_key_accounts;
  const beyond = (count, what) => `${count} accounts ${what}, more than score.max_key_accounts (${limit}): the KAM literature puts what one team can serve at 15\u201335 key accounts and calls more than 50 too many; narrow the list or raise the limit in the config`;
  if (declaredKey > limit)
    warnings.push(beyond(declaredKey, "are declared key (account.tier: key)"));
  if (candidates > limit)
    warnings.push(beyond(candidates, "are key-account candidates"));
  return {
    ok: true,
    portfolio: {
      as_of: options.asOf,
      by: options.by,
      currency: money.currency,
      accounts,
      totals: {
        revenue: cents(pareto.revenue.total),
        profit: cents(pareto.profit.total),
        accounts: accounts.length
      },
      key_accounts: { declared: declaredKey, candidates },
      settings,
      warnings
    }
  };
}
function roundPosition(p) {
  return {
    ...p,
    share: round4(p.share),
    cumulative_share: round4(p.cumulative_share),
    above_share: round4(p.above_share)
  };
}

export {
  scorePortfolio
};
