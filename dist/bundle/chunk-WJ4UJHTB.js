import { createRequire as __acctmapCreateRequire } from 'node:module';
const require = __acctmapCreateRequire(import.meta.url);
import {
  MAX_KEY_ACCOUNTS,
  external_exports
} from "./chunk-XJYOIXLA.js";

// dist/score/config.js
var CRITERIA = [
  "revenue_history",
  "account_history",
  "margins",
  "long_term_interest",
  "commonality"
];
var SCORE_DEFAULTS = {
  weights: {
    revenue_history: 25,
    account_history: 15,
    margins: 25,
    long_term_interest: 20,
    commonality: 15
  },
  bands: { a: 76, b: 51 },
  pareto: { a: 0.8, b: 0.95 },
  key_candidate_fit: 60,
  max_key_accounts: MAX_KEY_ACCOUNTS,
  low_data_below: 0.6,
  full_margin: 0.4,
  full_tenure_years: 10
};
var weight = external_exports.number({ error: "a weight is a number of 0 or more, for example 25" }).min(0, { error: "a weight cannot be negative; use 0 to leave a criterion out" }).max(1e3, { error: "weights are relative; keep each at 1000 or less (25 is typical)" });
var fitThreshold = external_exports.number({ error: "a fit threshold is a number from 0 to 100, for example 76" }).min(0, { error: "fit runs from 0 to 100; use a threshold from 0 to 100" }).max(100, { error: "fit runs from 0 to 100; use a threshold from 0 to 100" });
var shareThreshold = external_exports.number({ error: "a Pareto threshold is a fraction of the total, for example 0.8 for 80 %" }).gt(0, { error: "a Pareto threshold is a fraction above 0, for example 0.8 for 80 %" }).max(1, {
  error: (iss) => `${String(iss.input)} looks like a percentage: write Pareto thresholds as fractions, for example 0.8 for 80 %`
});
var currencyCode = external_exports.string().regex(/^[A-Z]{3}$/, {
  error: (iss) => `\`${String(iss.input)}\` is not an ISO 4217 currency code: write three capital letters, for example EUR`
});
var ScoreConfigSchema = external_exports.strictObject({
  weights: external_exports.strictObject({
    revenue_history: weight.optional().meta({ description: "weight of revenue history (default 25)" }),
    account_history: weight.optional().meta({
      description: "weight of account history, the length of the relationship (default 15)"
    }),
    margins: weight.optional().meta({ description: "weight of margins and profitability (default 25)" }),
    long_term_interest: weight.optional().meta({
      description: "weight of the customer's interest in a long-term relationship (default 20)"
    }),
    commonality: weight.optional().meta({ description: "weight of what the companies have in common (default 15)" })
  }).optional().meta({
    description: "relative weight of each criterion in fit; only the criteria named change, the others keep their defaults; 0 leaves a criterion out"
  }),
  bands: external_exports.strictObject({
    a: fitThreshold.optional().meta({ description: "fit at or above this is band A (default 76)" }),
    b: fitThreshold.optional().meta({ description: "fit at or above this is band B (default 51)" })
  }).optional().meta({
    description: "fit bands: fit \u2265 `a` is band A, fit \u2265 `b` band B, anything lower band C"
  }),
  pareto: external_exports.strictObject({
    a: shareThreshold.optional().meta({
      description: "class A while the accounts ranked above hold less than this fraction of the total (default 0.8)"
    }),
    b: shareThreshold.optional().meta({
      description: "class B while the accounts ranked above hold less than this fraction of the total (default 0.95)"
    })
  }).optional().meta({ description: "Pareto classes, as fractions of the portfolio total" }),
  key_candidate_fit: fitThreshold.optional().meta({
    description: "a class-A account with fit at or above this is a key-account candidate (default 60)"
  }),
  max_key_accounts: external_exports.number({ error: "max_key_accounts is a whole number, for example 35" }).int({ error: "max_key_accounts is a whole number, for example 35" }).min(1, { error: "max_key_accounts must be at least 1" }).optional().meta({
    description: "warn when more accounts than this are declared key, or are candidates (default 35)"
  }),
  low_data_below: external_exports.number({ error: "low_data_below is a fraction of the total weight, for example 0.6" }).min(0, { error: "low_data_below is a fraction from 0 to 1, for example 0.6" }).max(1, { error: "low_data_below is a fraction from 0 to 1, for example 0.6" }).optional().meta({
    description: "a fit that rests on less than this share of the total weight is marked low-data (default 0.6)"
  }),
  full_margin: external_exports.number({ error: "full_margin is a gross margin as a fraction, for example 0.4" }).gt(0, { error: "full_margin must be above 0, for example 0.4" }).max(1, {
    error: (iss) => `full_margin ${String(iss.input)} looks like a percentage: write it as a fraction, for example 0.4`
  }).optional().meta({
    description: "the gross margin (a fraction) that earns the full 100 on the margins criterion (default 0.4)"
  }),
  full_tenure_years: external_exports.number({ error: "full_tenure_years is a number of years, for example 10" }).gt(0, { error: "full_tenure_years must be above 0, for example 10" }).max(100, { error: "full_tenure_years must be 100 or less" }).optional().meta({
    description: "the relationship length, in years, that earns the full 100 on account history (default 10)"
  }),
  currency: currencyCode.optional().meta({
    description: "the currency every amount is reported in (ISO 4217, for example EUR)"
  }),
  rates: external_exports.record(currencyCode, external_exports.number({ error: "an exchange rate is a number above 0, for example 0.086" }).gt(0, { error: "an exchange rate must be above 0" })).optional().meta({
    description: "exchange rates into `currency`: `NOK: 0.086` means 1 NOK is worth 0.086 of the reporting currency"
  })
}).superRefine((raw, ctx) => {
  const s = resolveScoreConfig(raw);
  if (CRITERIA.every((c) => s.weights[c] <= 0)) {
    ctx.addIssue({
      code: "custom",
      path: ["weights"],
      message: "every weight is 0, so fit would mean nothing: give at least one criterion a weight above 0"
    });
  }
  const fitOk = (x) => x >= 0 && x <= 100;
  const shareOk = (x) => x > 0 && x <= 1;
  if (fitOk(s.bands.a) && fitOk(s.bands.b) && s.bands.b > s.bands.a) {
    ctx.addIssue({
      code: "custom",
      path: raw.bands?.b !== void 0 ? ["bands", "b"] : ["bands", "a"],
      message: `band B starts at ${s.bands.b}, above band A at ${s.bands.a}: band A must start at or above band B`
    });
  }
  if (shareOk(s.pareto.a) && shareOk(s.pareto.b) && s.pareto.b < s.pareto.a) {
    ctx.addIssue({
      code: "custom",
      path: raw.pareto?.b !== void 0 ? ["pareto", "b"] : ["pareto", "a"],
      message: `Pareto threshold b (${s.pareto.b}) is below a (${s.pareto.a}): class B must reach further than class A`
    });
  }
  if (raw.rates && Object.keys(raw.rates).length > 0 && raw.currency === void 0) {
    ctx.addIssue({
      code: "custom",
      path: ["rates"],
      message: "rates convert into the reporting currency: add `currency:` (for example `currency: EUR`) beside `rates:`"
    });
  }
  if (raw.currency !== void 0) {
    const own = raw.rates?.[raw.currency];
    if (own !== void 0 && own !== 1) {
      ctx.addIssue({
        code: "custom",
        path: ["rates", raw.currency],
        message: `${raw.currency} is the reporting currency, so its rate is 1; remove this entry or set it to 1`
      });
    }
  }
});
function resolveScoreConfig(raw) {
  const d = SCORE_DEFAULTS;
  const r = raw ?? {};
  const weights = { ...d.weights };
  for (const c of CRITERIA) {
    const w = r.weights?.[c];
    if (w !== void 0)
      weights[c] = w;
  }
  const settings = {
    weights,
    bands: { a: r.bands?.a ?? d.bands.a, b: r.bands?.b ?? d.bands.b },
    pareto: { a: r.pareto?.a ?? d.pareto.a, b: r.pareto?.b ?? d.pareto.b },
    key_candidate_fit: r.key_candidate_fit ?? d.key_candidate_fit,
    max_key_accounts: r.max_key_accounts ?? d.max_key_accounts,
    low_data_below: r.low_data_below ?? d.low_data_below,
    full_margin: r.full_margin ?? d.full_margin,
    full_tenure_years: r.full_tenure_years ?? d.full_tenure_years,
    rates: { ...r.rates ?? {} }
  };
  if (r.currency !== void 0)
    settings.currency = r.currency;
  return settings;
}

export {
  CRITERIA,
  ScoreConfigSchema,
  resolveScoreConfig
};
