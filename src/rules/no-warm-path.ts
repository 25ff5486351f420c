/**
 * Practice: the person who signs off the money is out of reach: no warm path from our team
 * within the default hops of `acctmap paths` (src/paths). A map-quality rule, not a red flag:
 * it says our relationship map has a gap to close, not that the relationship is changing.
 */
import { z } from 'zod';
import { BUYING_ROLES, SIGNING_ROLES } from '../model/account-map.js';
import { isPresent } from '../model/map-index.js';
import { DEFAULT_MAX_HOPS, MAX_HOPS_LIMIT, outOfReach } from '../paths/index.js';
import { joinAnd, escapeMarkdownText as t, words } from '../text/index.js';
import { accountOwner, adviceAbout, personLabel, subjectOf } from './advice.js';
import { defineRule, type RuleFinding } from './types.js';
import { who } from './util.js';

const options = z.strictObject({
  roles: z
    .array(z.enum(BUYING_ROLES))
    .default([...SIGNING_ROLES])
    .describe('the buying roles whose holders need a warm path from our team'),
  max_hops: z
    .number()
    .int()
    .min(1)
    .max(MAX_HOPS_LIMIT)
    .default(DEFAULT_MAX_HOPS)
    .describe('the most steps a warm path may take (as `acctmap paths --max-hops`)'),
});

export const noWarmPath = defineRule({
  id: 'no-warm-path',
  defaultSeverity: 'warning',
  category: 'map-quality',
  description:
    'an active `economic-buyer` or `decision-maker` with no warm path from our team within 4 steps',
  help: 'Find who at the account knows them and build a relationship with that person, or meet them yourself and give them an `owner` and a `strength`; `acctmap paths --to ID` says what would open a path.',
  options,
  advise(map, path) {
    const s = subjectOf(map, path);
    if (!s.person) return undefined;
    const roles = joinAnd((s.person.roles ?? []).map(words));
    return adviceAbout(
      map,
      s,
      `Open a way to ${personLabel(s.person)} (${t(roles)}): find who knows them and get introduced`,
      accountOwner(map),
    );
  },
  check(map, { options: o }) {
    const findings: RuleFinding[] = [];
    const unreachable = outOfReach(map, o.max_hops);
    (map.people ?? []).forEach((person, i) => {
      if (!isPresent(person)) return;
      const roles = (person.roles ?? []).filter((r) => o.roles.includes(r));
      if (roles.length === 0) return;
      const why = unreachable(person.id);
      if (why === undefined) return;
      findings.push({
        path: ['people', i],
        message: `${who(person)} holds ${joinAnd(roles.map((x) => `\`${x}\``))} and nobody on our team reaches them within ${o.max_hops} steps: ${why}`,
      });
    });
    return findings;
  },
});
