/**
 * Practice: a champion we have not heard from for a month. Champions go quiet before they turn
 * or leave, and a champion is only useful while we talk.
 */
import { z } from 'zod';
import { isPresent } from '../model/map-index.js';
import { daysBetween, plural } from '../text/index.js';
import { adviceAbout, lastContact, personLabel, subjectOf } from './advice.js';
import { defineRule } from './types.js';
import { who } from './util.js';
const options = z.strictObject({
    days: z
        .number()
        .int()
        .positive()
        .default(30)
        .describe('how many days without contact make a champion quiet'),
});
export const championGoneQuiet = defineRule({
    id: 'champion-gone-quiet',
    defaultSeverity: 'warning',
    category: 'map-quality',
    description: 'an active `champion` whose `last_contact` is missing or older than 30 days',
    help: 'Call your champion: ask what has changed and what they need from you. Record the date as `last_contact`.',
    options,
    advise(map, path, { asOf }) {
        const s = subjectOf(map, path);
        if (!s.person)
            return undefined;
        return {
            ...adviceAbout(map, s, `Call champion ${personLabel(s.person)} and ask what has changed: ${lastContact(s.person, asOf)}`),
            saysLastContact: true,
        };
    },
    check(map, { asOf, options: o }) {
        const findings = [];
        (map.people ?? []).forEach((person, i) => {
            if (!isPresent(person) || !(person.roles ?? []).includes('champion'))
                return;
            if (person.last_contact === undefined) {
                findings.push({
                    path: ['people', i],
                    message: `champion ${who(person)} has no \`last_contact\`: a champion is only useful while we talk; get in touch and record the date as \`last_contact\``,
                });
                return;
            }
            const age = daysBetween(person.last_contact, asOf);
            if (age <= o.days)
                return;
            findings.push({
                path: ['people', i, 'last_contact'],
                message: `champion ${who(person)} was last contacted ${person.last_contact}, ${plural(age, 'day')} before ${asOf} (more than ${o.days}): champions go quiet before they turn or leave; call them, ask what has changed, and update \`last_contact\``,
            });
        });
        return findings;
    },
});
