import { isPresent } from '../model/map-index.js';
import { INFLUENCE_MARK, levelKey, STANCE_STYLE, stanceKey } from './style.js';
const ROLE_LABEL = {
    'economic-buyer': 'Economic buyer',
    'decision-maker': 'Decision maker',
    'technical-buyer': 'Technical buyer',
    'user-buyer': 'User buyer',
    champion: 'Champion',
    coach: 'Coach',
    sponsor: 'Sponsor',
    influencer: 'Influencer',
    gatekeeper: 'Gatekeeper',
    procurement: 'Procurement',
};
/**
 * Line lengths that fit Mermaid's 200 px label width at its default 16 px font (bold is wider).
 * Folding ourselves keeps breaks between words; Mermaid would break wherever the width ends.
 */
export const NAME_WRAP = 23;
export const TEXT_WRAP = 26;
/**
 * A person of the account: name, title, stance and influence, buying roles. A person who left
 * keeps their name (history matters) but is struck through and says so.
 */
export function personLabel(p) {
    const lines = [];
    const left = !isPresent(p);
    lines.push({ text: p.name, style: left ? 's' : 'b', wrap: NAME_WRAP });
    if (p.title)
        lines.push({ text: p.title, wrap: TEXT_WRAP });
    if (left) {
        lines.push({ text: 'left the account', style: 'i' });
        return lines;
    }
    const meta = [];
    const stance = stanceKey(p.stance);
    if (stance !== 'unknown')
        meta.push(STANCE_STYLE[stance].label);
    const mark = INFLUENCE_MARK[levelKey(p.influence)];
    if (mark)
        meta.push(mark);
    if (p.status === 'new')
        meta.push('new');
    if (meta.length > 0)
        lines.push({ text: meta.join(' · '), style: 'i', wrap: TEXT_WRAP });
    const roles = (p.roles ?? []).map((r) => ROLE_LABEL[r] ?? r);
    if (roles.length > 0)
        lines.push({ text: roles.join(' · '), style: 'b', wrap: NAME_WRAP });
    return lines;
}
/** A member of our team. */
export function teamLabel(t) {
    const lines = [{ text: t.name, style: 'b', wrap: NAME_WRAP }];
    if (t.role)
        lines.push({ text: t.role, wrap: TEXT_WRAP });
    return lines;
}
/** A node that stands for someone drawn elsewhere (another part of a split, or filtered out). */
export function stubLabel(name, note) {
    return [
        { text: name, wrap: NAME_WRAP },
        { text: note, style: 'i', wrap: TEXT_WRAP },
    ];
}
