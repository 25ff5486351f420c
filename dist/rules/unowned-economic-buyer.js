/**
 * Practice: the person who signs off the money has no owner on our side. Everybody assumes
 * someone else keeps that relationship warm.
 */
import { z } from 'zod';
import { BUYING_ROLES, SIGNING_ROLES } from '../model/account-map.js';
import { isPresent } from '../model/map-index.js';
import { joinAnd, escapeMarkdownText as t, words } from '../text/index.js';
import { accountOwner, adviceAbout, personLabel, subjectOf } from './advice.js';
import { defineRule } from './types.js';
import { who } from './util.js';
const options = z.strictObject({
    roles: z
        .array(z.enum(BUYING_ROLES))
        .default([...SIGNING_ROLES])
        .describe('the buying roles whose holders need an `owner` on our side'),
});
export const unownedEconomicBuyer = defineRule({
    id: 'unowned-economic-buyer',
    defaultSeverity: 'warning',
    category: 'map-quality',
    description: 'an active `economic-buyer` or `decision-maker` with no `owner` on our side',
    help: 'Give the person an `owner` from `team`: usually the account owner or an executive sponsor at our end who meets them at their level.',
    options,
    advise(map, path) {
        const s = subjectOf(map, path);
        if (!s.person)
            return undefined;
        const roles = joinAnd((s.person.roles ?? []).map(words));
        return adviceAbout(map, s, `Give ${personLabel(s.person)} (${t(roles)}) an owner who meets them at their level`, accountOwner(map));
    },
    check(map, { options: o }) {
        const findings = [];
        (map.people ?? []).forEach((person, i) => {
            if (!isPresent(person) || person.owner !== undefined)
                return;
            const roles = (person.roles ?? []).filter((r) => o.roles.includes(r));
            if (roles.length === 0)
                return;
            const suggestion = map.account.owner
                ? ` (for example the account owner \`${map.account.owner}\`)`
                : '';
            findings.push({
                path: ['people', i],
                message: `${who(person)} holds ${joinAnd(roles.map((r) => `\`${r}\``))} and nobody on our side owns the relationship: give them an \`owner\` from \`team\`${suggestion} who meets them at their level`,
            });
        });
        return findings;
    },
});
