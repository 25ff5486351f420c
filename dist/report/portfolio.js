import { mapIndex } from '../model/map-index.js';
import { isRedFlag } from '../rules/index.js';
import { matrixChart, paretoChart } from '../score/charts.js';
import { escapeMarkdownCell as cell, codeSpan, link, messageMarkdown, money, oneLine, percent, plural, escapeMarkdownText as t, } from '../text/index.js';
import { closingLine, redactionNotice } from './account.js';
import { writePortfolioChanges } from './changes.js';
import { anchorRef } from './doc.js';
export const PORTFOLIO_TITLE = 'Portfolio review';
function accountName(a) {
    return oneLine(a.name) || a.id;
}
function accountLink(input, a) {
    const where = input.target(a.id);
    const text = cell(accountName(a));
    return 'anchor' in where ? `[${text}](${anchorRef(where.anchor)})` : link(text, where.file);
}
function pct(x) {
    return x === null ? '–' : percent(x);
}
export function writePortfolioReport(doc, input) {
    const { portfolio: p, asOf } = input;
    const currency = p.currency;
    doc.heading(1, PORTFOLIO_TITLE, 'portfolio');
    const measure = p.by === 'revenue' ? 'revenue' : 'profit (revenue × margin)';
    const totals = [
        `total revenue ${t(money(p.totals.revenue, currency))}`,
        `total profit ${t(money(p.totals.profit, currency))}`,
    ];
    doc.paragraph(`As of ${asOf}: ${plural(p.accounts.length, 'account')} ranked by ${measure} in each account's latest 12 months${currency ? `, amounts in ${currency}` : ''}; ${totals.join(', ')}. ${plural(p.key_accounts.declared, 'account')} declared key, ${plural(p.key_accounts.candidates, 'key-account candidate')}.`);
    if (input.redaction)
        doc.quote(redactionNotice(input.redaction));
    if (input.skipped?.length) {
        doc.quote([
            `**Not in this report:** ${input.skipped.map(t).join('; ')}. Fix them (\`acctmap validate\` says how) and run the report again.`,
        ]);
    }
    if (input.changes)
        writePortfolioChanges(doc, input.changes, 2, { shownAt: input.changesAt });
    doc.heading(2, 'Ranking');
    doc.paragraph(`Class A: the accounts ranked above hold less than ${percent(p.settings.pareto.a)} of the total; class B: less than ${percent(p.settings.pareto.b)}; else C. A key-account candidate is class A with fit ${p.settings.key_candidate_fit} or more.`);
    doc.table([
        { header: 'Rank', align: 'right' },
        'Account',
        { header: currency ? `Revenue (${currency})` : 'Revenue', align: 'right' },
        { header: 'Share', align: 'right' },
        { header: 'Cumulative', align: 'right' },
        'Class',
        { header: 'Fit', align: 'right' },
        'Band',
        'Key candidate',
        'Declared tier',
        'Red flags',
    ], p.accounts.map((a) => [
        String(a.rank),
        accountLink(input, a),
        a.revenue === null ? '–' : t(money(a.revenue, null)),
        pct(a.share),
        pct(a.cumulative_share),
        a.class_reason ? `${a.class} (${cell(a.class_reason)})` : a.class,
        a.fit === null ? '–' : `${a.fit}${a.low_data ? ' (little data)' : ''}`,
        a.band ?? '–',
        a.key_candidate ? '**yes**' : 'no',
        `${a.declared_tier ? cell(a.declared_tier) : '–'}${a.tier_disagreement ? ' (disagrees)' : ''}`,
        a.red_flags.map((f) => codeSpan(f, true)).join(', ') || 'none',
    ]));
    doc.heading(2, 'Pareto chart');
    doc.paragraph(`Bars: each account's share of the total ${p.by}; line: the cumulative share.`);
    chart(doc, input, 'pareto', 'Pareto chart', paretoChart(p));
    doc.heading(2, 'Portfolio matrix');
    const unplotted = p.accounts.filter((a) => a.fit === null);
    doc.paragraph(`Fit across, Pareto position up; the centre lines are fit ${p.settings.key_candidate_fit} and the edge of class A, so the top right holds the key-account candidates. Accounts with red flags are red.${unplotted.length ? ` Not plotted (no fit): ${unplotted.map((a) => t(accountName(a))).join(', ')}.` : ''}`);
    chart(doc, input, 'matrix', 'Portfolio matrix', matrixChart(p));
    doc.heading(2, 'Key-account candidates');
    const candidates = p.accounts.filter((a) => a.key_candidate);
    if (candidates.length) {
        doc.list(candidates.map((a) => `${accountLink(input, a)}: class ${a.class}, fit ${a.fit}${a.band ? ` (band ${a.band})` : ''}, declared ${a.declared_tier ? codeSpan(a.declared_tier) : 'no tier'}`));
    }
    else {
        doc.paragraph(`No account is class A with fit ${p.settings.key_candidate_fit} or more.`);
    }
    doc.heading(3, 'Where the declared tier disagrees');
    const clashes = p.accounts.filter((a) => a.tier_disagreement);
    if (clashes.length) {
        doc.list(clashes.map((a) => a.tier_disagreement === 'declared-key-not-candidate'
            ? `${accountLink(input, a)} is declared key but is not a candidate: ${t(a.candidate_reason ?? '')}`
            : `${accountLink(input, a)} is a candidate but declared ${a.declared_tier ? codeSpan(a.declared_tier) : 'no tier'}: consider making it key`));
    }
    else {
        doc.paragraph('The declared tiers agree with the score.');
    }
    if (p.warnings.length)
        doc.list(p.warnings.map((w) => messageMarkdown(w)));
    if (input.moved?.length)
        writeMoved(doc, input, input.moved);
    doc.heading(2, 'Flags per account');
    doc.table([
        'Account',
        'Red flags',
        'Map quality and practice',
        { header: 'Errors', align: 'right' },
        { header: 'Warnings', align: 'right' },
        { header: 'Info', align: 'right' },
    ], p.accounts.map((a) => {
        const found = input.findings.get(a.id) ?? [];
        const ids = (red) => {
            const counts = new Map();
            for (const d of found) {
                if (isRedFlag(d) !== red)
                    continue;
                counts.set(d.rule, (counts.get(d.rule) ?? 0) + 1);
            }
            return ([...counts]
                .map(([id, n]) => `${codeSpan(id, true)}${n > 1 ? ` ×${n}` : ''}`)
                .join(', ') || 'none');
        };
        const n = (s) => String(found.filter((d) => d.severity === s).length);
        return [accountLink(input, a), ids(true), ids(false), n('error'), n('warning'), n('info')];
    }));
    const notes = p.accounts.flatMap((a) => a.notes.map((n) => `${t(accountName(a))}: ${messageMarkdown(n)}`));
    if (notes.length) {
        doc.heading(2, 'Notes on the numbers');
        doc.list(notes);
    }
    if (input.closing) {
        doc.paragraph(closingLine(input.closing.toolVersion, `from ${plural(p.accounts.length, 'account map')}; each account's findings come from the rules in force for its map (\`acctmap rules\` lists them).`, input.closing.replaced));
    }
}
function chart(doc, input, key, title, mermaid) {
    const image = input.images?.get(key);
    if (image)
        doc.paragraph(`![${t(title)}](${encodeURI(image)})`);
    else
        doc.code('mermaid', mermaid);
}
/**
 * People who moved: the trust we had with them goes where they went, into an account of this
 * portfolio (a warm path there, see `acctmap paths --in`) or to a company not mapped yet.
 */
function writeMoved(doc, input, moved) {
    doc.heading(2, 'People who moved');
    doc.paragraph(`${plural(moved.length, 'person', 'people')} left an account and now ${moved.length === 1 ? 'works' : 'work'} elsewhere (\`now_at\`), best contacts first: the relationship goes with them, as an introduction into an account of this portfolio or a door to a company not mapped yet.`);
    const scored = (id) => input.portfolio.accounts.find((a) => a.id === id);
    doc.table(['Person', 'Left', 'Now at', 'Our strength', 'Stance', 'Our owner'], moved.map((m) => {
        const from = scored(m.from.account.id);
        const to = m.to ? scored(m.to.account.id) : undefined;
        const owner = m.person.owner
            ? (mapIndex(m.from).teamMember(m.person.owner)?.name ?? m.person.owner)
            : '';
        return [
            cell(m.person.title ? `${m.person.name} (${m.person.title})` : m.person.name),
            from ? accountLink(input, from) : cell(m.from.account.name),
            to ? `${accountLink(input, to)} (in this portfolio)` : `${cell(m.nowAt)} (not mapped yet)`,
            cell(m.person.strength),
            cell(m.person.stance),
            cell(owner),
        ];
    }));
}
