/**
 * `acctmap paths` output: `stylish` reads as advice at a terminal, `markdown` goes into reviews,
 * `json` is the contract's shape. Pure: colour comes in as style functions.
 */
import { BUYING_ROLES } from '../model/account-map.js';
import { mapIndex } from '../model/map-index.js';
import { escapeMarkdownText, messageMarkdown, oneLine, plural, words } from '../text/index.js';
import { pathAdvice } from './advice.js';
/** `economic buyer` for a role, `Ingrid Sæther` for a person. */
function targetWords(report) {
    const { map, result } = report;
    if (BUYING_ROLES.includes(result.to))
        return `the ${words(result.to)}`;
    return mapIndex(map).person(result.to)?.name ?? result.to;
}
function personHeading(map, id) {
    const p = mapIndex(map).person(id);
    if (!p)
        return id;
    return p.title ? `${p.name} (${p.title})` : p.name;
}
/** Strength as people read it: 0.54 → `0.54`, at most three decimals. */
function strengthText(path) {
    return String(Math.round(path.strength * 1000) / 1000);
}
function byTarget(result) {
    const out = new Map();
    for (const p of result.paths)
        out.set(p.target, [...(out.get(p.target) ?? []), p]);
    return out;
}
function nobody(report) {
    return `Nobody still at ${report.map.account.name} holds \`${report.result.to}\`.`;
}
export function formatStylish(report, style) {
    const { map, result, maxHops } = report;
    const line = (s) => oneLine(s);
    const out = [
        style.bold(line(`Warm paths to ${targetWords(report)} at ${map.account.name}`)) +
            style.dim(` (${map.account.id}, within ${plural(maxHops, 'step')})`),
        '',
    ];
    if (result.targets.length === 0)
        return `${out.join('\n')}${nobody(report)}\n`;
    const paths = byTarget(result);
    const ctx = { map, moved: result.moved };
    for (const target of result.targets) {
        out.push(style.bold(line(personHeading(map, target))));
        const list = paths.get(target);
        if (list) {
            list.forEach((p, i) => {
                out.push(`  ${i + 1}. ${line(pathAdvice(ctx, p))}  ${style.dim(`${strengthText(p)}, ${plural(p.hops, 'step')}`)}`);
            });
        }
        else {
            const u = result.unreachable.find((x) => x.target === target);
            out.push(`  ${style.yellow(`no warm path within ${plural(maxHops, 'step')}`)}: ${line(u.suggestion)}`);
        }
        out.push('');
    }
    const reached = result.targets.length - result.unreachable.length;
    out.push(style.dim(`${plural(result.paths.length, 'path')} to ${reached} of ${plural(result.targets.length, 'person', 'people')}. Strength: the product of the steps (strong 0.9, medium 0.6, weak 0.3, a reporting line 0.5).`));
    return `${out.join('\n')}\n`;
}
/** The paths as markdown; `level` is the heading level of the title (1 by default). */
export function formatMarkdown(report, level = 1) {
    const { map, result, maxHops } = report;
    const t = (s) => escapeMarkdownText(oneLine(s));
    const h = (n) => '#'.repeat(Math.min(6, level + n));
    const out = [
        `${h(0)} Warm paths to ${t(targetWords(report))} at ${t(map.account.name)}`,
        '',
    ];
    if (result.targets.length === 0)
        return `${out.join('\n')}${t(nobody(report))}\n`;
    const paths = byTarget(result);
    const ctx = { map, moved: result.moved, show: t };
    for (const target of result.targets) {
        out.push(`${h(1)} ${t(personHeading(map, target))}`, '');
        const list = paths.get(target);
        if (list) {
            list.forEach((p, i) => {
                out.push(`${i + 1}. ${pathAdvice(ctx, p)} (strength ${strengthText(p)}, ${plural(p.hops, 'step')})`);
            });
        }
        else {
            const u = result.unreachable.find((x) => x.target === target);
            out.push(`No warm path within ${plural(maxHops, 'step')}: ${messageMarkdown(u.suggestion)}.`);
        }
        out.push('');
    }
    return `${out.join('\n').trimEnd()}\n`;
}
/** The contract's JSON: `{account, to, paths, unreachable}`. */
export function formatJson(report) {
    const { result } = report;
    const data = {
        account: result.account,
        to: result.to,
        paths: result.paths.map((p) => ({
            target: p.target,
            strength: p.strength,
            hops: p.hops,
            steps: p.steps.map((s) => ({ from: s.from, to: s.to, via: s.via, weight: s.weight })),
        })),
        unreachable: result.unreachable.map((u) => ({ target: u.target, suggestion: u.suggestion })),
    };
    return `${JSON.stringify(data, null, 2)}\n`;
}
