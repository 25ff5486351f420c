/**
 * The "Changes since …" section that `acctmap report --since` adds: in an account review, that
 * account's briefing from `acctmap diff`; in the portfolio review, one line per changed account,
 * then each one's details. Built from the same data as `acctmap diff` (src/diff), so the two
 * always agree. Kept apart from the other sections: account.ts and portfolio.ts only call here.
 */
import { accountCounts, briefing, byImportance, statusWords, summaryLine } from '../diff/format.js';
import { codeSpan, messageMarkdown, escapeMarkdownText as t } from '../text/index.js';
import { anchorRef } from './doc.js';
import { CONTACT_KEYS } from './redact.js';
/** The heading's text: `Changes since 3f2a91c (2026-09-01)`. */
function changesTitle(diff) {
    return `Changes since ${diff.from.rev} (${diff.from.date})`;
}
/**
 * An account's changes as a shared review may show them: no change of a contact field (e-mail,
 * phone, LinkedIn, notes) when redacting, and every text through the map's `scrub`.
 */
export function redactChanges(account, scrub) {
    const value = (v) => typeof v === 'string' ? scrub(v) : Array.isArray(v) ? v.map(value) : (v ?? null);
    const changes = account.changes
        .filter((c) => !CONTACT_KEYS.has(c.field?.split('.').pop() ?? ''))
        .map((c) => ({
        ...c,
        ...(c.id !== undefined ? { id: scrub(c.id) } : {}),
        ...(c.change === 'changed' ? { before: value(c.before), after: value(c.after) } : {}),
    }));
    return {
        ...account,
        name: scrub(account.name),
        changes,
        signals: account.signals.map((s) => ({
            ...s,
            message: scrub(s.message),
            ...(s.people ? { people: s.people.map(scrub) } : {}),
        })),
    };
}
/** The account's part of `diff`; with `scrub` (redacting), redacted as its map is. */
export function accountChanges(diff, id, scrub) {
    const account = diff.accounts.find((a) => a.id === id);
    if (!account)
        return { diff };
    return { diff, account: scrub ? redactChanges(account, scrub) : account };
}
function writeBriefing(doc, account) {
    const lines = briefing(account);
    if (lines.length === 0) {
        doc.paragraph('Nothing in the map changed.');
        return;
    }
    doc.list(lines.map((line) => {
        const text = messageMarkdown(line.text);
        return line.weight <= 1 ? `**${text}**` : text;
    }));
}
/** An account review's section; `heading` writes the section heading at the review's level. */
export function writeAccountChanges(doc, { diff, account }, heading) {
    heading(changesTitle(diff));
    const span = `From ${t(`${diff.from.rev} (${diff.from.date})`)} to ${t(`${diff.to.rev} (${diff.to.date})`)}`;
    if (!account) {
        doc.paragraph(`${span}: nothing in this map changed, and no red flag appeared or was resolved.`);
        return;
    }
    doc.paragraph(`${span}: ${t(statusWords(account))}.`);
    if (account.status === 'changed')
        writeBriefing(doc, account);
}
/**
 * The portfolio review's section (and `acctmap diff --format markdown`): one line per changed
 * account, then each one's details under a heading `detailTitle` names, except for the accounts
 * whose details the same document shows in their own review (`shownAt` gives the anchor key
 * there): their line links to it.
 */
export function writePortfolioChanges(doc, diff, level, { detailTitle = (a) => `What changed at ${a.name}`, shownAt = () => undefined, } = {}) {
    doc.heading(level, changesTitle(diff));
    doc.paragraph(`From ${t(`${diff.from.rev} (${diff.from.date})`)} to ${t(`${diff.to.rev} (${diff.to.date})`)}: ${t(summaryLine(diff))}.`);
    if (diff.problems.length)
        doc.list(diff.problems.map((p) => `Could not read ${codeSpan(p.file)} at ${t(p.side === 'from' ? diff.from.rev : diff.to.rev)} (line ${p.line}): ${messageMarkdown(p.message)}`));
    const accounts = byImportance(diff.accounts);
    if (accounts.length === 0) {
        doc.paragraph('No account changed.');
        return;
    }
    const elsewhere = (a) => (a.status === 'changed' ? shownAt(a.id) : undefined);
    doc.list(accounts.map((a) => {
        const line = `**${t(a.name)}** (${codeSpan(a.id)}): ${t(accountCounts(a))}`;
        const key = elsewhere(a);
        return key === undefined ? line : `${line} ([what changed](${anchorRef(key)}))`;
    }));
    for (const a of accounts) {
        if (a.status !== 'changed' || elsewhere(a) !== undefined)
            continue;
        doc.heading(level + 1, detailTitle(a));
        doc.paragraph(`${codeSpan(a.file)}: ${t(statusWords(a))}.`);
        writeBriefing(doc, a);
    }
}
