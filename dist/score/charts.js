/**
 * Mermaid charts of a scored portfolio: the Pareto chart (`xychart-beta`: a bar per account and
 * the cumulative line) and the portfolio matrix (`quadrantChart`: fit against Pareto position).
 *
 * Account names are user text, so they only ever appear inside double quotes with every
 * character that means something to Mermaid written as an entity code, and never empty (the
 * parsers reject `""`). Nothing from a map can start a line of its own.
 */
import { oneLine, percentNumber } from '../text/index.js';
/** Longest account label on a chart axis or point, in characters. */
const LABEL_MAX = 28;
/**
 * Text for a double-quoted Mermaid string: entity codes for the characters that end the
 * string, start a comment or directive, or would be read as markup; control characters and
 * line breaks become spaces. `#` goes first because every entity code starts with it.
 */
export function mermaidString(text) {
    return oneLine(text)
        .replace(/#/g, '#35;')
        .replace(/"/g, '#quot;')
        .replace(/%/g, '#37;')
        .replace(/`/g, '#96;')
        .replace(/&/g, '#amp;')
        .replace(/</g, '#lt;')
        .replace(/>/g, '#gt;')
        .replace(/\|/g, '#124;')
        .replace(/\\/g, '#92;')
        .replace(/[{}]/g, (c) => (c === '{' ? '#123;' : '#125;'));
}
/** A short, non-empty, one-line label: the account's name, or its id when the name is blank. */
function label(account) {
    const clean = oneLine(account.name);
    const base = clean === '' ? account.id : clean;
    const chars = [...base];
    return chars.length > LABEL_MAX ? `${chars.slice(0, LABEL_MAX - 1).join('')}…` : base;
}
/** Labels that are unique across a chart (a chart merges equal categories and points). */
function uniqueLabels(accounts) {
    const counts = new Map();
    for (const a of accounts)
        counts.set(label(a), (counts.get(label(a)) ?? 0) + 1);
    const out = new Map();
    for (const a of accounts) {
        const l = label(a);
        out.set(a.id, counts.get(l) > 1 ? `${l} (${a.id})` : l);
    }
    return out;
}
/** A coordinate as quadrantChart's lexer accepts it: `0`, `1` or `0.` followed by digits. */
function coordinate(x) {
    const v = Math.min(1, Math.max(0, x));
    if (v >= 1)
        return '1';
    const fixed = v.toFixed(3).replace(/0+$/, '').replace(/\.$/, '');
    return fixed === '' ? '0' : fixed;
}
/**
 * Bars are each account's share of the total of the chosen measure, the line the cumulative
 * share, both in percent on one axis (xychart has one y axis). Accounts whose measure is
 * unknown are left out; accounts beyond `limit` are summed into one bar.
 */
export function paretoChart(portfolio, options = {}) {
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
    const what = portfolio.by === 'revenue' ? 'revenue' : 'profit';
    const money = portfolio.currency ? ` (${portfolio.currency})` : '';
    const lines = ['xychart-beta'];
    lines.push(`  title "Pareto by ${what}${money}, as of ${portfolio.as_of}"`);
    if (categories.length === 0) {
        // A chart needs at least one category; say plainly that there is nothing to rank.
        categories.push(`No account has ${what}`);
        bars.push(0);
        line.push(0);
    }
    lines.push(`  x-axis [${categories.map((c) => `"${mermaidString(c)}"`).join(', ')}]`);
    lines.push(`  y-axis "Share of total ${what} (#37;)" 0 --> 100`);
    lines.push(`  bar [${bars.map(percentNumber).join(', ')}]`);
    lines.push(`  line [${line.map(percentNumber).join(', ')}]`);
    return `${lines.join('\n')}\n`;
}
/**
 * Where an account sits on the matrix, in [0, 1]. Both axes bend at the threshold that matters,
 * so that the centre lines Mermaid draws at 0.5 are exactly the key-candidate fit (x) and the
 * edge of Pareto class A (y): the top-right quadrant holds the candidates.
 */
export function matrixPosition(account, by, settings) {
    if (account.fit === null)
        return undefined;
    const t = settings.key_candidate_fit;
    const f = account.fit;
    let x;
    if (f < t)
        x = (0.5 * f) / t;
    else if (t >= 100)
        x = 1;
    else
        x = 0.5 + (0.5 * (f - t)) / (100 - t);
    const p = account.pareto[by];
    const a = settings.pareto.a;
    let y = 0;
    if (p.value !== null && p.value > 0 && p.above_share !== null) {
        const s = p.above_share;
        if (p.class === 'A')
            y = 1 - (0.5 * s) / a;
        else if (a < 1)
            y = Math.min(0.5, (0.5 * (1 - s)) / (1 - a));
    }
    return { x: Math.min(1, Math.max(0, x)), y: Math.min(1, Math.max(0, y)) };
}
/** Fit against Pareto position; accounts without a fit are left out. Red-flagged points are red. */
export function matrixChart(portfolio) {
    const plotted = portfolio.accounts.filter((a) => a.fit !== null);
    const labels = uniqueLabels(plotted);
    const what = portfolio.by === 'revenue' ? 'revenue' : 'profit';
    const lines = [
        'quadrantChart',
        `  title "Portfolio: fit against Pareto class on ${what}, as of ${portfolio.as_of}"`,
        `  x-axis "Fit below ${portfolio.settings.key_candidate_fit}" --> "Fit ${portfolio.settings.key_candidate_fit} or more"`,
        '  y-axis "Class B or C" --> "Class A"',
        '  quadrant-1 "Key-account candidates"',
        '  quadrant-2 "Large, weaker fit"',
        '  quadrant-3 "Smaller, weaker fit"',
        '  quadrant-4 "Smaller, strong fit"',
    ];
    for (const a of plotted) {
        const at = matrixPosition(a, portfolio.by, portfolio.settings);
        const style = a.red_flags.length ? ' color: #d62728' : '';
        lines.push(`  "${mermaidString(labels.get(a.id))}": [${coordinate(at.x)}, ${coordinate(at.y)}]${style}`);
    }
    return `${lines.join('\n')}\n`;
}
