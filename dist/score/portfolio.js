import { periodLastDay } from '../model/periods.js';
import { amount, wholeMonths } from '../text/index.js';
import { resolveScoreConfig } from './config.js';
import { scoreFit } from './fit.js';
import { MEASURES } from './names.js';
import { paretoClasses, } from './pareto.js';
import { latestMargin, marginFor, revenueWindows } from './periods.js';
/** Figures older than this many months before `asOf` get a note. */
const STALE_MONTHS = 18;
/** Revenue ÷ wallet; null without a wallet, or when the wallet is too small to divide by. */
function shareOfWallet(revenue, wallet) {
    if (wallet === undefined || !(wallet > 0))
        return null;
    const share = revenue / wallet;
    return Number.isFinite(share) ? round4(share) : null;
}
// Rounding scales up first; a number so large that scaling overflows has nothing to round.
function cents(x) {
    const y = Math.round(x * 100) / 100;
    return Number.isFinite(y) ? y : x;
}
function round4(x) {
    if (x === null)
        return null;
    const y = Math.round(x * 10000) / 10000;
    return Number.isFinite(y) ? y : x;
}
function hasAmounts(map) {
    const f = map.financials;
    return (!!f &&
        ((f.revenue !== undefined && Object.keys(f.revenue).length > 0) || f.wallet !== undefined));
}
/** The reporting currency and the rate of each map, or the error that names what is missing. */
function currencies(entries, settings) {
    const uses = {};
    for (const { map } of entries) {
        const code = map.financials?.currency;
        if (code === undefined || !hasAmounts(map))
            continue;
        if (!uses[code])
            uses[code] = [];
        uses[code].push(map.account.id);
    }
    const used = Object.keys(uses).sort();
    const list = (codes) => codes
        .map((c) => `${c} (${uses[c].slice(0, 3).join(', ')}${uses[c].length > 3 ? ', …' : ''})`)
        .join(', ');
    if (settings.currency === undefined) {
        if (used.length > 1) {
            const [first, ...rest] = used;
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
        rate: (code) => (code === undefined || code === target ? 1 : settings.rates[code]),
    };
}
function figures(map, rate, currency, asOf) {
    const f = map.financials;
    const notes = [];
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
        notes.push(`${latest.missing.join(', ')} ${latest.missing.length === 1 ? 'has' : 'have'} no revenue written; the latest 12 months (${latest.label}) count ${latest.missing.length === 1 ? 'it' : 'them'} as 0`);
    }
    const lastDay = periodLastDay(latest.periods[latest.periods.length - 1]);
    if (wholeMonths(lastDay, asOf) > STALE_MONTHS) {
        notes.push(`the latest revenue written is for ${latest.label}; update financials.revenue`);
    }
    const revenue = cents(latest.revenue * rate);
    let nativeProfit = 0;
    for (const p of latest.periods) {
        const amount = f.revenue[p];
        if (amount === undefined)
            continue;
        const m = marginFor(f.margin, p);
        if (m === undefined) {
            nativeProfit = null;
            break;
        }
        nativeProfit += amount * m;
    }
    const margin = nativeProfit !== null && latest.revenue > 0
        ? nativeProfit / latest.revenue
        : latestMargin(f.margin);
    const profit = nativeProfit === null ? null : cents(nativeProfit * rate);
    const out = {
        revenue,
        profit,
        margin,
        period: latest.label,
        wallet,
        shareOfWallet: shareOfWallet(latest.revenue, f.wallet),
        notes,
    };
    if (revenue <= 0)
        out.revenueReason = `no revenue in the latest 12 months, ${latest.label}`;
    if (profit === null)
        out.profitReason = 'no margin written (financials.margin), so profit is unknown';
    else if (profit < 0)
        out.profitReason = `loses money: profit ${amount(profit)} in the latest 12 months, ${latest.label}`;
    else if (profit === 0)
        out.profitReason = `no profit in the latest 12 months, ${latest.label}`;
    if ((out.shareOfWallet !== null && out.shareOfWallet > 1) ||
        (out.shareOfWallet === null && f.wallet !== undefined && latest.revenue > f.wallet)) {
        notes.push('revenue is above the wallet estimate (financials.wallet); check the wallet');
    }
    if (previous && previous.missing.length === 0) {
        out.trend = {
            latest: latest.revenue,
            previous: previous.revenue,
            previousLabel: previous.label,
        };
    }
    else if (previous) {
        notes.push(`no trend: ${previous.missing.join(', ')} of the 12 months before have no revenue written`);
    }
    return out;
}
export function scorePortfolio(entries, options) {
    const settings = resolveScoreConfig(options.config);
    const money = currencies(entries, settings);
    if ('kind' in money)
        return { ok: false, error: money };
    const figs = entries.map((e) => figures(e.map, money.rate(e.map.financials?.currency), money.currency, options.asOf));
    const portfolioRevenues = figs.map((f) => f.revenue).filter((r) => r !== null);
    const pareto = {};
    for (const measure of MEASURES) {
        const inputs = entries.map((e, i) => {
            const f = figs[i];
            const input = { id: e.map.account.id, value: f[measure] };
            const reason = measure === 'revenue' ? f.revenueReason : f.profitReason;
            if (reason !== undefined)
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
            ...(f.trend ? { trend: f.trend } : {}),
            margin: f.margin,
        }, settings);
        const onRevenue = pareto.revenue.positions.get(id);
        const onProfit = pareto.profit.positions.get(id);
        const chosen = options.by === 'revenue' ? onRevenue : onProfit;
        const candidate = chosen.class === 'A' && scored.fit !== null && scored.fit >= settings.key_candidate_fit;
        let candidateReason = null;
        if (!candidate) {
            const reasons = [];
            if (chosen.class !== 'A')
                reasons.push(`class ${chosen.class} on ${options.by}`);
            if (scored.fit === null)
                reasons.push('no fit: none of the criteria has data');
            else if (scored.fit < settings.key_candidate_fit)
                reasons.push(`fit ${scored.fit} is below ${settings.key_candidate_fit}`);
            candidateReason = reasons.join('; ');
        }
        const declared = tier ?? null;
        const disagreement = declared === 'key' && !candidate
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
    const warnings = [];
    const limit = settings.max_key_accounts;
    const beyond = (count, what) => `${count} accounts ${what}, more than score.max_key_accounts (${limit}): the KAM literature puts what one team can serve at 15–35 key accounts and calls more than 50 too many; narrow the list or raise the limit in the config`;
    if (declaredKey > limit)
        warnings.push(beyond(declaredKey, 'are declared key (account.tier: key)'));
    if (candidates > limit)
        warnings.push(beyond(candidates, 'are key-account candidates'));
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
function roundPosition(p) {
    return {
        ...p,
        share: round4(p.share),
        cumulative_share: round4(p.cumulative_share),
        above_share: round4(p.above_share),
    };
}
