/**
 * Map quality: an influential person who is against us and whom nobody on our side is working
 * on. Opponents are managed, not ignored.
 */
import { z } from 'zod';
import { isPresent } from '../model/map-index.js';
import { escapeMarkdownText as t } from '../text/index.js';
import { accountOwner, adviceAbout, personLabel, subjectOf } from './advice.js';
import { defineRule } from './types.js';
import { who } from './util.js';
export const unmanagedOpponent = defineRule({
    id: 'unmanaged-opponent',
    defaultSeverity: 'warning',
    category: 'map-quality',
    description: 'an active `opponent` or `skeptic` with `influence: high` and no `owner`',
    help: 'Give the person an `owner` from the team: someone who will find out what they object to and work on it (or on the people they listen to).',
    options: z.strictObject({}),
    advise(map, path) {
        const s = subjectOf(map, path);
        if (!s.person)
            return undefined;
        return adviceAbout(map, s, `Give ${personLabel(s.person)}, an influential ${t(s.person.stance)}, an owner on our side who finds out what they object to`, accountOwner(map));
    },
    check(map) {
        const findings = [];
        (map.people ?? []).forEach((person, i) => {
            if (!isPresent(person) || person.influence !== 'high' || person.owner !== undefined)
                return;
            if (person.stance !== 'opponent' && person.stance !== 'skeptic')
                return;
            findings.push({
                path: ['people', i],
                message: `${who(person)} is an influential \`${person.stance}\` (\`influence: high\`) and nobody on our side owns the relationship: give them an \`owner\` from \`team\` who will find out what they object to and work on it`,
            });
        });
        return findings;
    },
});
