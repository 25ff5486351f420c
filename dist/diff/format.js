import { amount, joinAnd, oneLine, plural, quote, words } from '../text/index.js';
function value(v) {
    if (v === null || v === undefined)
        return '(none)';
    if (Array.isArray(v))
        return v.length ? v.map(value).join(', ') : '(none)';
    if (typeof v === 'object')
        return oneLine(JSON.stringify(v));
    if (typeof v === 'string')
        return /\s/.test(v) || v.length > 40 ? quote(v) : v;
    return typeof v === 'number' ? amount(v) : String(v);
}
const ENTITY_WORDS = {
    account: 'account',
    relationship: 'relationship',
    financials: 'financials',
    team: 'team member',
    unit: 'unit',
    person: 'person',
    connection: 'connection',
    goal: 'goal',
    opportunity: 'opportunity',
    event: 'event',
    profile: 'profile',
};
/** One change as a line: `person \`ingrid\` stance: supporter → skeptic (worse)`. */
function describeChange(c) {
    const what = c.id !== undefined ? `${ENTITY_WORDS[c.entity]} \`${c.id}\`` : ENTITY_WORDS[c.entity];
    if (c.change !== 'changed')
        return `${what} ${c.change}`;
    const direction = c.direction ? ` (${c.direction})` : '';
    return `${what} ${words(c.field ?? '')}: ${value(c.before)} → ${value(c.after)}${direction}`;
}
/** The account's lines, most important first. */
export function briefing(account) {
    const lines = [];
    for (const flag of account.red_flags.appeared)
        lines.push({
            weight: 0,
            text: `red flag appeared: \`${flag}\` (run \`acctmap validate ${account.file}\` for the finding)`,
        });
    for (const s of account.signals)
        lines.push({ weight: s.signal === 'people-left' ? 1 : 2, text: `${s.signal}: ${s.message}` });
    for (const c of account.changes) {
        const weight = c.direction === 'worse'
            ? c.field === 'stance'
                ? 2
                : 3
            : c.entity === 'person' && c.change !== 'changed'
                ? 4
                : 5;
        lines.push({ weight, text: describeChange(c) });
    }
    for (const flag of account.red_flags.resolved)
        lines.push({ weight: 4, text: `red flag resolved: \`${flag}\`` });
    // A stable sort: within a weight, the map's own order.
    return lines
        .map((l, i) => ({ l, i }))
        .sort((a, b) => a.l.weight - b.l.weight || a.i - b.i)
        .map((x) => x.l);
}
/** Accounts most important first: red flags that appeared, then signals, then what got worse. */
export function byImportance(accounts) {
    const rank = (a) => [
        -a.red_flags.appeared.length,
        -a.signals.length,
        -a.changes.filter((c) => c.direction === 'worse').length,
    ];
    return [...accounts].sort((a, b) => {
        const x = rank(a);
        const y = rank(b);
        for (let i = 0; i < x.length; i++)
            if (x[i] !== y[i])
                return x[i] - y[i];
        return a.name.localeCompare(b.name, 'en') || (a.id < b.id ? -1 : 1);
    });
}
function side(label) {
    return `${label.rev} (${label.date})`;
}
/** `2 accounts changed, 1 added; 3 people added, 1 left; 1 stance worse`. */
export function summaryLine(result) {
    const s = result.summary;
    const parts = [
        plural(s.accounts_changed, 'account changed', 'accounts changed'),
        ...(s.accounts_added ? [`${s.accounts_added} added`] : []),
        ...(s.accounts_removed ? [`${s.accounts_removed} removed`] : []),
    ];
    const people = [
        ...(s.people_added ? [`${plural(s.people_added, 'person', 'people')} added`] : []),
        ...(s.people_left ? [`${plural(s.people_left, 'person', 'people')} left`] : []),
    ];
    const stances = [
        ...(s.stance_worse ? [`${plural(s.stance_worse, 'stance')} worse`] : []),
        ...(s.stance_better ? [`${plural(s.stance_better, 'stance')} better`] : []),
    ];
    return [parts.join(', '), people.join(', '), stances.join(', ')]
        .filter((p) => p !== '')
        .join('; ');
}
export function statusWords(a) {
    if (a.status === 'added')
        return 'new on the map';
    if (a.status === 'removed')
        return 'taken off the maps';
    return a.renamed_from ? `changed (moved from ${a.renamed_from})` : 'changed';
}
export function accountCounts(a) {
    if (a.status !== 'changed')
        return statusWords(a);
    const parts = [
        ...(a.red_flags.appeared.length
            ? [`${plural(a.red_flags.appeared.length, 'red flag')} appeared`]
            : []),
        ...(a.signals.length ? [joinAnd(a.signals.map((s) => s.signal))] : []),
        ...(a.changes.length || !a.renamed_from ? [plural(a.changes.length, 'change')] : []),
        ...(a.renamed_from ? [`moved from ${a.renamed_from}`] : []),
    ];
    return parts.join(', ');
}
export function formatStylish(result, style) {
    const out = [];
    out.push(style.bold(`Changes from ${side(result.from)} to ${side(result.to)}`));
    out.push(summaryLine(result));
    for (const p of result.problems)
        out.push(style.yellow(`could not read ${p.file}:${p.line}:${p.column} at ${p.side === 'from' ? result.from.rev : result.to.rev}: ${p.message}`));
    for (const a of byImportance(result.accounts)) {
        out.push('');
        out.push(`${style.bold(a.name)} ${style.dim(`(${a.id}, ${a.file})`)}: ${statusWords(a)}`);
        for (const line of briefing(a)) {
            const text = line.text.replace(/`([^`]+)`/g, '$1');
            const mark = line.weight === 0 ? style.red('!') : line.weight <= 2 ? style.yellow('!') : ' ';
            out.push(`  ${mark} ${line.weight <= 1 ? style.bold(text) : text}`);
        }
    }
    if (result.accounts.length === 0)
        out.push('', 'No account changed.');
    return `${out.join('\n')}\n`;
}
export function formatJson(result) {
    return `${JSON.stringify(result, null, 2)}\n`;
}
