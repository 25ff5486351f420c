/**
 * Map quality: a person who weighs heavily in decisions and whom we have not spoken to for a
 * long time. Account mapping is only as good as its data is current.
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
        .default(90)
        .describe('how many days since `last_contact` make a contact stale'),
});
export const staleContact = defineRule({
    id: 'stale-contact',
    defaultSeverity: 'warning',
    category: 'map-quality',
    description: 'an active person with `influence: high` whose `last_contact` is missing or older than 90 days',
    help: 'Get in touch with the person (or ask whoever owns the relationship to), then set `last_contact` to the date of that real contact. If they are away for a known time, suppress the finding with a reason.',
    options,
    advise(map, path, { asOf }) {
        const s = subjectOf(map, path);
        if (!s.person)
            return undefined;
        const call = adviceAbout(map, s, `Call ${personLabel(s.person)}: ${lastContact(s.person, asOf)}`);
        return { ...call, call: true, saysLastContact: true };
    },
    check(map, { asOf, options: o }) {
        const findings = [];
        (map.people ?? []).forEach((person, i) => {
            if (!isPresent(person) || person.influence !== 'high')
                return;
            const owner = person.owner ? ` (owner \`${person.owner}\`)` : '';
            if (person.last_contact === undefined) {
                findings.push({
                    path: ['people', i],
                    message: `${who(person)} has \`influence: high\` but no \`last_contact\`${owner}: the map cannot tell whether we still talk to them; get in touch and record the date as \`last_contact\``,
                });
                return;
            }
            const age = daysBetween(person.last_contact, asOf);
            if (age <= o.days)
                return;
            findings.push({
                path: ['people', i, 'last_contact'],
                message: `${who(person)} has \`influence: high\` and was last contacted ${person.last_contact}, ${plural(age, 'day')} before ${asOf} (more than ${o.days})${owner}: get in touch and update \`last_contact\``,
            });
        });
        return findings;
    },
});
