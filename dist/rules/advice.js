import { LEVEL_ORDER, STRENGTH_ORDER } from '../model/account-map.js';
import { isPresent, mapIndex } from '../model/map-index.js';
import { ago, escapeMarkdownText as t } from '../text/index.js';
/** At most this many people are named in one action (candidates, people to ask). */
export const NAMED_AT_MOST = 3;
/** The roles that decide on the budget, for the actions that ask who decides. */
export const BUDGET_ROLES = new Set([
    'economic-buyer',
    'decision-maker',
    'sponsor',
]);
/** `['people', 3, 'last_contact']` → person 3 of the map (and so on for the other lists). */
export function subjectOf(map, path) {
    const [list, index] = path;
    if (typeof index !== 'number')
        return {};
    switch (list) {
        case 'people': {
            const person = map.people?.[index];
            return person ? { person, personIndex: index } : {};
        }
        case 'goals': {
            const goal = map.goals?.[index];
            return goal ? { goal, goalIndex: index } : {};
        }
        case 'opportunities': {
            const opportunity = map.opportunities?.[index];
            return opportunity ? { opportunity, opportunityIndex: index } : {};
        }
        case 'events': {
            const event = map.events?.[index];
            return event ? { event, eventIndex: index } : {};
        }
        default:
            return {};
    }
}
/** `Name (Title)`, escaped; the name alone when the title only repeats it (names redacted). */
export function personLabel(p) {
    const title = p.title?.replace(/\s+/g, ' ').trim();
    return title && title !== p.name.replace(/\s+/g, ' ').trim()
        ? `${t(p.name)} (${t(title)})`
        : t(p.name);
}
function teamName(map, id) {
    return mapIndex(map).teamMember(id)?.name;
}
/** Who on our side owns the relationship with `p`, else the account owner (escaped). */
export function ownerOf(map, p) {
    const name = teamName(map, p?.owner) ?? teamName(map, map.account.owner);
    return name === undefined ? undefined : t(name);
}
/** The account owner's name (escaped), when the map names one on our team. */
export function accountOwner(map) {
    const name = teamName(map, map.account.owner);
    return name === undefined ? undefined : t(name);
}
/** A goal's owners: theirs (a person, labelled) and ours (or the account owner), escaped. */
export function goalOwners(map, goal) {
    const theirs = mapIndex(map).person(goal.owner);
    const ours = teamName(map, goal.our_owner) ?? teamName(map, map.account.owner);
    return {
        ...(theirs ? { theirs: personLabel(theirs) } : {}),
        ...(ours ? { ours: t(ours) } : {}),
    };
}
/** `last contact 2026-01-05, 322 days ago`, or `no contact recorded`. */
export function lastContact(p, asOf) {
    return p.last_contact
        ? `last contact ${p.last_contact}, ${ago(p.last_contact, asOf)}`
        : 'no contact recorded';
}
/** People worth building a relationship with: present, influential, and not yet close to us. */
export function threadsToBuild(map) {
    return mapIndex(map)
        .present.filter((p) => (p.influence === 'high' || p.influence === 'medium') &&
        (p.strength === 'weak' || p.strength === 'none'))
        .sort((a, b) => LEVEL_ORDER[a.influence] - LEVEL_ORDER[b.influence])
        .slice(0, NAMED_AT_MOST);
}
/** Possible champions: present supporters or advocates with influence, closest to us first. */
export function championCandidates(map) {
    return mapIndex(map)
        .present.filter((p) => (p.stance === 'advocate' || p.stance === 'supporter') && p.influence !== 'low')
        .sort((a, b) => LEVEL_ORDER[a.influence] - LEVEL_ORDER[b.influence] ||
        STRENGTH_ORDER[a.strength] - STRENGTH_ORDER[b.strength])
        .slice(0, NAMED_AT_MOST);
}
/**
 * Advice about the finding's subject: `text` for `who` (by default whoever owns the relationship
 * with the person the finding is about, else the account owner), about that person if any.
 */
export function adviceAbout(map, subject, text, who = ownerOf(map, subject.person)) {
    return {
        text,
        ...(who === undefined ? {} : { who }),
        ...(subject.personIndex === undefined ? {} : { about: { person: subject.personIndex } }),
    };
}
/** The people a decision went through: those named on the event, else the buyers in the unit. */
export function deciders(map, event, unit) {
    const index = mapIndex(map);
    if (event?.people?.length) {
        return event.people
            .map((id) => index.person(id))
            .filter((p) => p !== undefined && isPresent(p));
    }
    if (unit === undefined)
        return [];
    return index.present.filter((p) => p.unit === unit &&
        (p.roles ?? []).some((r) => BUDGET_ROLES.has(r) || r === 'procurement' || r === 'user-buyer'));
}
/** The competitor-win or lost-deal event that records the loss of `opp`, when there is one. */
export function eventOfLoss(map, opp) {
    const events = map.events ?? [];
    const i = events.findIndex((e) => (e.type === 'competitor-win' || e.type === 'lost-deal') &&
        ((opp.closed !== undefined && e.date === opp.closed) ||
            (opp.lost_to !== undefined &&
                opp.lost_to.trim() !== '' &&
                e.summary.toLowerCase().includes(opp.lost_to.trim().toLowerCase()))));
    return i < 0 ? undefined : i;
}
