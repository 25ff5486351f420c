/**
 * Red flag 2 of the source text on key accounts: a reorganisation at the customer forces a change
 * in the relationship. Evidence: a reorganisation, merger or leadership change the map has not
 * been reviewed since, or someone in a buying role who has left.
 */
import { z } from 'zod';
import { BUYING_ROLES, KEY_BUYING_ROLES } from '../model/account-map.js';
import { mapIndex } from '../model/map-index.js';
import { daysBetween, joinAnd, plural, quote, escapeMarkdownText as t, words, } from '../text/index.js';
import { accountOwner, adviceAbout, personLabel, subjectOf } from './advice.js';
import { defineRule } from './types.js';
import { who } from './util.js';
const CHANGE_EVENTS = ['reorganization', 'merger', 'leadership-change'];
const options = z.strictObject({
    within_days: z
        .number()
        .int()
        .positive()
        .default(180)
        .describe('for a map without `account.reviewed`: how far back a reorganisation, merger or leadership change still counts, in days'),
    roles: z
        .array(z.enum(BUYING_ROLES))
        .default([...KEY_BUYING_ROLES])
        .describe('the buying roles whose holder leaving counts as a reorganisation'),
});
export const reorganization = defineRule({
    id: 'reorganization',
    defaultSeverity: 'warning',
    category: 'red-flag',
    description: 'a reorganisation, merger or leadership change since the map was last reviewed, or someone in a buying role who has left',
    help: 'Review the map with the new organisation in mind: who holds each buying role now, who reports to whom, which relationships you must build again; then set `account.reviewed`. Move a buying role from a person who left to whoever holds it now.',
    options,
    advise(map, path) {
        const s = subjectOf(map, path);
        if (s.person) {
            const roles = joinAnd((s.person.roles ?? []).map(words));
            return adviceAbout(map, s, `Find who holds ${t(roles || 'the buying roles')} now that ${personLabel(s.person)} has left, and add them to the map`, accountOwner(map));
        }
        if (s.event) {
            return adviceAbout(map, s, `Re-map the account after the ${t(words(s.event.type))} of ${s.event.date}: who holds which buying role now, new reporting lines, relationships to rebuild`, accountOwner(map));
        }
        return undefined;
    },
    check(map, { asOf, options: o }) {
        const findings = [];
        const reviewed = map.account.reviewed;
        const people = map.people ?? [];
        const index = mapIndex(map);
        const name = (id) => index.person(id)?.name ?? `\`${id}\``;
        (map.events ?? []).forEach((event, i) => {
            if (!CHANGE_EVENTS.includes(event.type) || event.date > asOf)
                return;
            if (reviewed !== undefined
                ? event.date <= reviewed
                : daysBetween(event.date, asOf) > o.within_days)
                return;
            const since = reviewed
                ? `after the map was last reviewed (${reviewed})`
                : `${plural(daysBetween(event.date, asOf), 'day')} before ${asOf}, and the map has no \`account.reviewed\` date`;
            const involved = event.people?.length ? ` involving ${joinAnd(event.people.map(name))}` : '';
            findings.push({
                path: ['events', i],
                message: `\`${event.type}\` on ${event.date}${involved} (${quote(event.summary)}) happened ${since}: a reorganisation at the customer can force a change in the relationship; review the map (who holds which role now, new reporting lines, relationships to rebuild) and set \`account.reviewed\``,
            });
        });
        people.forEach((person, i) => {
            if (person.status !== 'left')
                return;
            const roles = (person.roles ?? []).filter((r) => o.roles.includes(r));
            if (roles.length === 0)
                return;
            const list = joinAnd(roles.map((r) => `\`${r}\``));
            findings.push({
                path: ['people', i, 'status'],
                message: `${who(person)} has left the account but still holds ${list}: the buying roles have changed hands; find out who holds ${roles.length === 1 ? 'it' : 'them'} now, add that person with the role, and remove ${list} from ${person.name} (keep ${person.name} on the map as history)`,
            });
        });
        return findings;
    },
});
