/**
 * Practice: someone who weighs heavily in decisions and whose attitude to us nobody knows. The
 * map cannot tell a supporter from an opponent there.
 */
import { z } from 'zod';
import { isPresent } from '../model/map-index.js';
import { adviceAbout, personLabel, subjectOf } from './advice.js';
import { defineRule } from './types.js';
import { who } from './util.js';
export const unknownStanceHighInfluence = defineRule({
    id: 'unknown-stance-high-influence',
    defaultSeverity: 'warning',
    category: 'map-quality',
    description: 'an active person with `influence: high` whose `stance` is unknown',
    help: 'Find out where the person stands (ask your champion or coach, or meet them), then set `stance` to `advocate`, `supporter`, `neutral`, `skeptic` or `opponent`.',
    options: z.strictObject({}),
    advise(map, path) {
        const s = subjectOf(map, path);
        if (!s.person)
            return undefined;
        return adviceAbout(map, s, `Find out where ${personLabel(s.person)} stands: high influence, stance unknown (ask a coach or champion, or meet them)`);
    },
    check(map) {
        const findings = [];
        (map.people ?? []).forEach((person, i) => {
            if (!isPresent(person) || person.influence !== 'high' || person.stance !== 'unknown')
                return;
            findings.push({
                path: ['people', i, 'stance'],
                message: `${who(person)} has \`influence: high\` but an unknown \`stance\`: the map cannot tell whether they are for or against us; find out (ask your champion or coach, or meet them) and set \`stance\``,
            });
        });
        return findings;
    },
});
