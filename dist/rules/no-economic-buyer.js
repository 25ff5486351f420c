/**
 * Map quality: nobody on the map can say yes to the money. Without an economic buyer or decision
 * maker, every plan on the map rests on people who cannot sign.
 */
import { z } from 'zod';
import { SIGNING_ROLES } from '../model/account-map.js';
import { isPresent } from '../model/map-index.js';
import { joinAnd } from '../text/index.js';
import { accountOwner, adviceAbout, subjectOf } from './advice.js';
import { defineRule } from './types.js';
import { peopleAnchor, who } from './util.js';
export const noEconomicBuyer = defineRule({
    id: 'no-economic-buyer',
    defaultSeverity: 'warning',
    category: 'map-quality',
    description: 'no active person holds `economic-buyer` or `decision-maker`',
    help: 'Find out who signs off the budget for what you sell (ask your champion or coach), add them to `people` with `roles: [economic-buyer]` (or `decision-maker`), and plan how to reach them.',
    options: z.strictObject({}),
    advise(map, path) {
        return adviceAbout(map, subjectOf(map, path), 'Find who signs off the budget (an economic buyer or decision maker) and add them to the map', accountOwner(map));
    },
    check(map) {
        const people = map.people ?? [];
        const holds = (p) => (p.roles ?? []).some((r) => SIGNING_ROLES.includes(r));
        if (people.some((p) => isPresent(p) && holds(p)))
            return [];
        const gone = people.filter((p) => !isPresent(p) && holds(p));
        const history = gone.length ? ` (${joinAnd(gone.map(who))} held it but left)` : '';
        return [
            {
                ...peopleAnchor(map),
                message: `no active person on the map holds \`economic-buyer\` or \`decision-maker\`${history}: nobody here can say yes to the money; find out who signs off the budget and add them with \`roles: [economic-buyer]\``,
            },
        ];
    },
});
