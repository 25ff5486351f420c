/**
 * Map quality: nobody on the map can say yes to the money. Without an economic buyer or decision
 * maker, every plan on the map rests on people who cannot sign.
 */
import { z } from 'zod';
import { joinAnd } from '../text/index.js';
import { defineRule } from './types.js';
import { isPresent, peopleAnchor, who } from './util.js';

const BUYER_ROLES = ['economic-buyer', 'decision-maker'] as const;

export const noEconomicBuyer = defineRule({
  id: 'no-economic-buyer',
  defaultSeverity: 'warning',
  category: 'map-quality',
  description: 'no active person holds `economic-buyer` or `decision-maker`',
  help: 'Find out who signs off the budget for what you sell (ask your champion or coach), add them to `people` with `roles: [economic-buyer]` (or `decision-maker`), and plan how to reach them.',
  options: z.strictObject({}),
  check(map) {
    const people = map.people ?? [];
    const holds = (p: (typeof people)[number]) =>
      (p.roles ?? []).some((r) => (BUYER_ROLES as readonly string[]).includes(r));
    if (people.some((p) => isPresent(p) && holds(p))) return [];
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
