/**
 * Practice and privacy: phone numbers and e-mail addresses kept for people who left the account
 * long ago. Personal data should not outlive its purpose (and the source text on account
 * mapping warns that customers are wary of how their data is used).
 */
import { z } from 'zod';
import { daysBetween, joinAnd, plural } from '../text/index.js';
import { adviceAbout, personLabel, subjectOf } from './advice.js';
import { defineRule } from './types.js';
import { who } from './util.js';
const DETAILS = ['email', 'phone', 'linkedin'];
const options = z.strictObject({
    days: z
        .number()
        .int()
        .min(0)
        .default(365)
        .describe('how many days after `last_contact` the contact details of someone who left should be gone (a person who left with no `last_contact` counts at once)'),
});
export const leftContactDetails = defineRule({
    id: 'left-contact-details',
    defaultSeverity: 'warning',
    category: 'map-quality',
    description: 'contact details (`email`, `phone`, `linkedin`) kept for a person who left long ago',
    help: 'Delete `email`, `phone` and `linkedin` from people who have left; keep their name, roles and history on the map.',
    options,
    advise(map, path) {
        const s = subjectOf(map, path);
        if (!s.person)
            return undefined;
        return adviceAbout(map, s, `Delete the contact details of ${personLabel(s.person)}, who has left the account`);
    },
    check(map, { asOf, options: o }) {
        const findings = [];
        (map.people ?? []).forEach((person, i) => {
            if (person.status !== 'left')
                return;
            const kept = DETAILS.filter((k) => person[k] !== undefined);
            if (kept.length === 0)
                return;
            let since;
            if (person.last_contact === undefined)
                since = 'has left (no `last_contact` recorded)';
            else {
                const age = daysBetween(person.last_contact, asOf);
                if (age <= o.days)
                    return;
                since = `has left and was last contacted ${person.last_contact}, ${plural(age, 'day')} before ${asOf}`;
            }
            const list = joinAnd(kept.map((k) => `\`${k}\``));
            findings.push({
                path: ['people', i, kept[0]],
                message: `${who(person)} ${since}, but the map still keeps their ${list}: personal data should not outlive its purpose; delete ${list} and keep the person on the map as history`,
            });
        });
        return findings;
    },
});
