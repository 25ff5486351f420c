/**
 * What `acctmap import` prints: the changes person by person and field by field, the one-line
 * summary, and the JSON summary of the contract.
 */
import { plainStyle } from '../format/style.js';
import { escapeControls } from '../text/index.js';
/** `3 added, 5 updated, 1 missing from the export`. */
function summaryLine(plan) {
    const missing = plan.missing.length;
    return `${plan.added.length} added, ${plan.updated.length} updated, ${missing} missing from the export${missing && plan.markMissingLeft ? ' (marked left)' : ''}`;
}
/** The changes as a readable list: each person, then each field that changes. */
export function changeList(plan, options) {
    const would = options.dryRun;
    const { green, yellow, red, bold } = options.style ?? plainStyle;
    const out = [];
    const head = options.dryRun
        ? `Dry run: nothing written. ${options.created ? `The new map ${options.file} would get` : `${options.file} would get`}:`
        : `${options.created ? 'Wrote the new map' : 'Updated'} ${options.file}:`;
    out.push(head);
    const show = (text) => JSON.stringify(escapeControls(text));
    if (plan.units.length) {
        out.push('', `New units (${plan.units.length}):`);
        for (const u of plan.units)
            out.push(`  ${green('+')} ${u.id}: ${show(u.name)}`);
    }
    if (plan.added.length) {
        out.push('', `New people (${plan.added.length}):`);
        for (const { row, person } of plan.added) {
            out.push(`  ${green('+')} ${bold(person.id)}: ${show(person.name)} (row ${row})`);
            for (const [key, value] of Object.entries(person))
                if (key !== 'id' && key !== 'name' && value !== undefined)
                    out.push(`      ${key}: ${show(value)}`);
        }
    }
    if (plan.updated.length) {
        out.push('', `Updated people (${plan.updated.length}):`);
        for (const u of plan.updated) {
            out.push(`  ${yellow('~')} ${bold(u.id)}: ${show(u.name)}${u.row === undefined ? '' : ` (row ${u.row})`}`);
            for (const c of u.changes)
                out.push(`      ${c.field}: ${c.before === undefined ? '(not set)' : show(c.before)} → ${show(c.after)}`);
        }
    }
    if (plan.missing.length) {
        out.push('', `Missing from the export (${plan.missing.length}):`);
        for (const m of plan.missing)
            out.push(`  ${red('-')} ${bold(m.id)}: ${show(m.name)}`);
        out.push(plan.markMissingLeft
            ? `    ${would ? 'would be' : 'were'} marked \`status: left\` (--mark-missing-left)`
            : '    still in the map as they were; if they have left, run again with --mark-missing-left');
    }
    if (plan.skipped.length) {
        out.push('', `Rows not imported (${plan.skipped.length}):`);
        for (const s of plan.skipped)
            out.push(`  row ${s.row}: ${escapeControls(s.reason)}`);
    }
    if (plan.added.length + plan.updated.length + plan.units.length === 0)
        out.push('', `  nothing to change: the map already says what the export says`);
    out.push('', summaryLine(plan));
    return `${out.join('\n')}\n`;
}
/** The JSON summary: `{file, added, updated, missing, skipped}` plus `units_added`, `dry_run`. */
export function jsonReport(plan, options) {
    return `${JSON.stringify({
        file: options.file,
        dry_run: options.dryRun,
        created: options.created,
        added: plan.added.map((a) => a.person.id),
        updated: plan.updated.map((u) => ({ id: u.id, fields: u.changes.map((c) => c.field) })),
        missing: plan.missing.map((m) => m.id),
        skipped: plan.skipped.map((s) => ({ row: s.row, reason: s.reason })),
        units_added: plan.units.map((u) => u.id),
    }, null, 2)}\n`;
}
