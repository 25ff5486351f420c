/**
 * Scoring a whole portfolio: currencies, each account's latest 12 months, Pareto on revenue and
 * on profit, fit, key-account candidates and where the declared tier disagrees. Values in,
 * values out; the result is the JSON the CLI contract describes, plus what makes every number
 * traceable.
 */
import type { AccountMap } from '../model/account-map.js';
import { periodLastDay } from '../model/periods.js';
import { amount, wholeMonths } from '../text/index.js';
import { resolveScoreConfig, type ScoreConfig, type ScoreSettings } from './config.js';
import { type Criteria, scoreFit } from './fit.js';
import { MEASURES, type Measure } from './names.js';
import {
  type ParetoClass,
  type ParetoInput,
  type ParetoPosition,
  paretoClasses,
} from './pareto.js';
import { latestMargin, marginFor, revenueWindows } from './periods.js';

export type { Measure };

type TierDisagreement = 'declared-key-not-candidate' | 'candidate-not-declared-key';

export interface ScoredAccount {
  id: string;
  name: string;
  file: string;
  /** Position in the ranking by the chosen measure; 1 = largest. */
  rank: number;
  /** Latest-12-months revenue in the reporting currency; null when none is written. */
  revenue: number | null;
  /** Revenue × margin, period by period, in the reporting currency; null when unknown. */
  profit: number | null;
  /** Share of the portfolio total of the chosen measure. */
  share: number | null;
  cumulative_share: number | null;
  /** Pareto class on the chosen measure. */
  class: ParetoClass;
  fit: number | null;
  criteria: Criteria;
  /** Ids of the rules that fired on this account (warning or error). */
  red_flags: string[];
  key_candidate: boolean;
  declared_tier: string | null;

  /** Fit band from config. */
  band: 'A' | 'B' | 'C' | null;
  /** Share of the total weight that had data, 0–1. */
  data_weight: number;
  /** Fit rests on less of the weight than `score.low_data_below`. */
  low_data: boolean;
  /** Why the account is class C without a positive measure, when it is. */
  class_reason: string | null;
  /** Why the account is not a key-account candidate, when it is not. */
  candidate_reason: string | null;
  tier_disagreement: TierDisagreement | null;
  /** Class A on revenue but not on profit: big, but not where the money is made. */
  revenue_a_not_profit_a: boolean;
  /** Both rankings, whatever `by` is. */
  pareto: Record<Measure, ParetoPosition>;
  /** The periods that make up the latest 12 months (`2025`, `2025-Q3–2026-Q2`). */
  period: string | null;
  /** The map's own currency. */
  map_currency: string | null;
  /** Latest-12-months margin: profit ÷ revenue, or the latest margin written. */
  margin: number | null;
  /** `financials.wallet` in the reporting currency. */
  wallet: number | null;
  /** Latest-12-months revenue ÷ wallet. */
  share_of_wallet: number | null;
  /** Things a reader should know about this account's numbers. */
  notes: string[];
}

export interface PortfolioScore {
  as_of: string;
  by: Measure;
  /** The reporting currency; null when no map names one. */
  currency: string | null;
  accounts: ScoredAccount[];
  totals: { revenue: number; profit: number; accounts: number };
  key_accounts: { declared: number; candidates: number };
  /** The settings in force, defaults filled in, so every number can be redone by hand. */
  settings: ScoreSettings;
  /** Portfolio-level warnings (too many key accounts, ...). */
  warnings: string[];
}

/** The maps use several currencies and config does not say how to convert them. */
interface CurrencyError {
  kind: 'currencies';
  /** Every currency the maps use, sorted. */
  currencies: string[];
  /** The currencies that have no rate into the reporting currency. */
  missing: string[];
  /** Which accounts use each currency. */
  uses: Record<string, string[]>;
  message: string;
}

export type ScoreResult =
  | { ok: true; portfolio: PortfolioScore }
  | { ok: false; error: CurrencyError };

export interface ScoreOptions {
  /** The `score:` section of the config (as written; defaults are filled in here). */
  config?: ScoreConfig;
  by: Measure;
  /** YYYY-MM-DD: "today" for tenure and for the age of the figures. */
  asOf: string;
  /** Rule ids that fired per account id. */
  redFlags?: ReadonlyMap<string, readonly string[]>;
}

export interface PortfolioEntry {
  file: string;
  map: AccountMap;
}

/** Figures older than this many months before `asOf` get a note. */
const STALE_MONTHS = 18;

/** Revenue ÷ wallet; null without a wallet, or when the wallet is too small to divide by. */
function shareOfWallet(revenue: number, wallet: number | undefined): number | null {
  if (wallet === undefined || !(wallet > 0)) return null;
  const share = revenue / wallet;
  return Number.isFinite(share) ? round4(share) : null;
}

// Rounding scales up first; a number so large that scaling overflows has nothing to round.
function cents(x: number): number {
  const y = Math.round(x * 100) / 100;
  return Number.isFinite(y) ? y : x;
}

function round4(x: number | null): number | null {
  if (x === null) return null;
  const y = Math.round(x * 10000) / 10000;
  return Number.isFinite(y) ? y : x;
}

function hasAmounts(map: AccountMap): boolean {
  const f = map.financials;
  return (
    !!f &&
    ((f.revenue !== undefined && Object.keys(f.revenue).length > 0) || f.wallet !== undefined)
  );
}

/** The reporting currency and the rate of each map, or the error that names what is missing. */
function currencies(
  entries: readonly PortfolioEntry[],
  settings: ScoreSettings,
): { currency: string | null; rate: (code: string | undefined) => number } | CurrencyError {
  const uses: Record<string, string[]> = {};
  for (const { map } of entries) {
    const code = map.financials?.currency;
    if (code === undefined || !hasAmounts(map)) continue;
    if (!uses[code]) uses[code] = [];
    uses[code].push(map.account.id);
  }
  const used = Object.keys(uses).sort();
  const list = (codes: string[]) =>
    codes
      .map((c) => `${c} (${uses[c]!.slice(0, 3).join(', ')}${uses[c]!.length > 3 ? ', …' : ''})`)
      .join(', ');
  if (settings.currency === undefined) {
    if (used.length > 1) {
      const [first, ...rest] = used as [string, ...string[]];
      const example = rest.map((c) => `${c}: <value of 1 ${c} in ${first}>`).join(', ');
      return {
        kind: 'currencies',
        currencies: used,
        missing: rest,
        uses,
        message: `the maps use several currencies: ${list(used)}. Amounts in different currencies cannot be ranked together: set the reporting currency and exchange rates in the config's score section, for example \`score: {currency: ${first}, rates: {${example}}}\` (a rate is what 1 unit is worth in the reporting currency)`,
      };
    }
    const only = used[0] ?? null;
    return { currency: only, rate: () => 1 };
  }
  const target = settings.currency;
  const missing = used.filter((c) => c !== target && settings.rates[c] === undefined);
  if (missing.length) {
    return {
      kind: 'currencies',
      currencies: used,
      missing,
      uses,
      message: `no exchange rate into ${target} for ${list(missing)}: add ${missing.length === 1 ? 'it' : 'them'} under score.rates in the config, for example \`${missing[0]}: <value of 1 ${missing[0]} in ${target}>\``,
    };
  }
  return {
    currency: target,
    rate: (code) => (code === undefined || code === target ? 1 : settings.rates[code]!),
  };
}

interface Figures {
  revenue: number | null;
  profit: number | null;
  revenueReason?: string;
  profitReason?: string;
  margin: number | undefined;
  period: string | null;
  trend?: { latest: number; previous: number; previousLabel: string };
  wallet: number | null;
  shareOfWallet: number | null;
  notes: string[];
}

function figures(map: AccountMap, rate: number, currency: string | null, asOf: string): Figures {
  const f = map.financials;
  const notes: string[] = [];
  const wallet = f?.wallet !== undefined ? cents(f.wallet * rate) : null;
  if (f?.currency === undefined && hasAmounts(map) && currency !== null) {
    notes.push(`financials.currency is not written; the amounts are read as ${currency}`);
  }
  const windows = f?.revenue ? revenueWindows(f.revenue) : undefined;
  if (!windows) {
    const margin = latestMargin(f?.margin);
    return {
      revenue: null,
      profit: null,
      revenueReason: 'no revenue written',
      profitReason: 'no revenue written, so no profit',
      margin,
      period: null,
      wallet,
      shareOfWallet: null,
      notes,
    };
  }
  const { latest, previous } = windows;
  if (latest.missing.length) {
    notes.push(
      `${latest.missing.join(', ')} ${latest.missing.length === 1 ? 'has' : 'have'} no revenue written; the latest 12 months (${latest.label}) count ${latest.missing.length === 1 ? 'it' : 'them'} as 0`,
    );
  }
  const lastDay = periodLastDay(latest.periods[latest.periods.length - 1]!);
  if (wholeMonths(lastDay, asOf) > STALE_MONTHS) {
    notes.push(`the latest revenue written is for ${latest.label}; update financials.revenue`);
  }
  const revenue = cents(latest.revenue * rate);
  let nativeProfit: number | null = 0;
  for (const p of latest.periods) {
    const amount = f!.revenue![p];
    if (amount === undefined) continue;
    const m = marginFor(f!.margin, p);
    if (m === undefined) {
      nativeProfit = null;
      break;
    }
    nativeProfit += amount * m;
  }
  const margin =
    nativeProfit !== null && latest.revenue > 0
      ? nativeProfit / latest.revenue
      : latestMargin(f!.margin);
  const profit = nativeProfit === null ? null : cents(nativeProfit * rate);
  const out: Figures = {
    revenue,
    profit,
    margin,
    period: latest.label,
    wallet,
    shareOfWallet: shareOfWallet(latest.revenue, f!.wallet),
    notes,
  };
  if (revenue <= 0) out.revenueReason = `no revenue in the latest 12 months, ${latest.label}`;
  if (profit === null)
    out.profitReason = 'no margin written (financials.margin), so profit is unknown';
  else if (profit < 0)
    out.profitReason = `loses money: profit ${amount(profit)} in the latest 12 months, ${latest.label}`;
  else if (profit === 0) out.profitReason = `no profit in the latest 12 months, ${latest.label}`;
  if (
    (out.shareOfWallet !== null && out.shareOfWallet > 1) ||
    (out.shareOfWallet === null && f!.wallet !== undefined && latest.revenue > f!.wallet)
  ) {
    notes.push('revenue is above the wallet estimate (financials.wallet); check the wallet');
  }
  if (previous && previous.missing.length === 0) {
    out.trend = {
      latest: latest.revenue,
      previous: previous.revenue,
      previousLabel: previous.label,
    };
  } else if (previous) {
    notes.push(
      `no trend: ${previous.missing.join(', ')} of the 12 months before have no revenue written`,
    );
  }
  return out;
}

export function scorePortfolio(
  entries: readonly PortfolioEntry[],
  options: ScoreOptions,
): ScoreResult {
  const settings = resolveScoreConfig(options.config);
  const money = currencies(entries, settings);
  if ('kind' in money) return { ok: false, error: money };

  const figs = entries.map((e) =>
    figures(e.map, money.rate(e.map.financials?.currency), money.currency, options.asOf),
  );
  const portfolioRevenues = figs.map((f) => f.revenue).filter((r): r is number => r !== null);

  const pareto = {} as Record<Measure, ReturnType<typeof paretoClasses>>;
  for (const measure of MEASURES) {
    const inputs: ParetoInput[] = entries.map((e, i) => {
      const f = figs[i]!;
      const input: ParetoInput = { id: e.map.account.id, value: f[measure] };
      const reason = measure === 'revenue' ? f.revenueReason : f.profitReason;
      if (reason !== undefined) input.reason = reason;
      return input;
    });
    pareto[measure] = paretoClasses(inputs, settings.pareto);
  }

  const accounts: ScoredAccount[] = entries.map((e, i) => {
    const f = figs[i]!;
    const { id, name, tier } = e.map.account;
    const scored = scoreFit(
      {
        map: e.map,
        asOf: options.asOf,
        revenue: f.revenue,
        portfolioRevenues,
        ...(f.trend ? { trend: f.trend } : {}),
        margin: f.margin,
      },
      settings,
    );
    const onRevenue = pareto.revenue.positions.get(id)!;
    const onProfit = pareto.profit.positions.get(id)!;
    const chosen = options.by === 'revenue' ? onRevenue : onProfit;
    const candidate =
      chosen.class === 'A' && scored.fit !== null && scored.fit >= settings.key_candidate_fit;
    let candidateReason: string | null = null;
    if (!candidate) {
      const reasons: string[] = [];
      if (chosen.class !== 'A') reasons.push(`class ${chosen.class} on ${options.by}`);
      if (scored.fit === null) reasons.push('no fit: none of the criteria has data');
      else if (scored.fit < settings.key_candidate_fit)
        reasons.push(`fit ${scored.fit} is below ${settings.key_candidate_fit}`);
      candidateReason = reasons.join('; ');
    }
    const declared = tier ?? null;
    const disagreement: TierDisagreement | null =
      declared === 'key' && !candidate
        ? 'declared-key-not-candidate'
        : candidate && declared !== 'key'
          ? 'candidate-not-declared-key'
          : null;
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
      revenue_a_not_profit_a: onRevenue.class === 'A' && onProfit.class !== 'A',
      pareto: { revenue: roundPosition(onRevenue), profit: roundPosition(onProfit) },
      period: f.period,
      map_currency: e.map.financials?.currency ?? null,
      margin: f.margin === undefined ? null : round4(f.margin),
      wallet: f.wallet,
      share_of_wallet: f.shareOfWallet,
      notes: f.notes,
    };
  });
  accounts.sort((x, y) => x.rank - y.rank);

  const declaredKey = accounts.filter((a) => a.declared_tier === 'key').length;
  const candidates = accounts.filter((a) => a.key_candidate).length;
  const warnings: string[] = [];
  const limit = settings.max_key_accounts;
  const beyond = (count: number, what: string) =>
    `${count} accounts ${what}, more than score.max_key_accounts (${limit}): the KAM literature puts what one team can serve at 15–35 key accounts and calls more than 50 too many; narrow the list or raise the limit in the config`;
  if (declaredKey > limit)
    warnings.push(beyond(declaredKey, 'are declared key (account.tier: key)'));
  if (candidates > limit) warnings.push(beyond(candidates, 'are key-account candidates'));

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
        accounts: accounts.length,
      },
      key_accounts: { declared: declaredKey, candidates },
      settings,
      warnings,
    },
  };
}

function roundPosition(p: ParetoPosition): ParetoPosition {
  return {
    ...p,
    share: round4(p.share),
    cumulative_share: round4(p.cumulative_share),
    above_share: round4(p.above_share),
  };
}
