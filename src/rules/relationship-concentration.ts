/**
 * Practice: one of our people owns most of the relationships at the account. If they leave or
 * fall ill, the account loses its memory and its access at once.
 */
import { z } from 'zod';
import { isPresent } from '../model/map-index.js';
import { compareCodeUnits } from '../text/index.js';
import { accountOwner, adviceAbout, subjectOf } from './advice.js';
import { defineRule } from './types.js';
import { ours } from './util.js';

const options = z.strictObject({
  max_share: z
    .number()
    .gt(0)
    .max(1)
    .default(0.6)
    .describe('the largest share of owned relationships one team member may hold, as a fraction'),
  min_relationships: z
    .number()
    .int()
    .min(1)
    .default(4)
    .describe('how many owned relationships the map needs before the rule looks at shares'),
});

export const relationshipConcentration = defineRule({
  id: 'relationship-concentration',
  defaultSeverity: 'warning',
  category: 'map-quality',
  description: 'one of our people owns most of the relationships with active people at the account',
  help: 'Spread the relationships: introduce a colleague to some of the people this team member owns, and move `owner` to them as the relationships take hold.',
  options,
  advise(map, path) {
    return adviceAbout(
      map,
      subjectOf(map, path),
      'Spread the relationships one colleague holds: introduce others on our team to some of their contacts and move the owner as relationships take hold',
      accountOwner(map),
    );
  },
  check(map, { options: o }) {
    const counts = new Map<string, number>();
    let total = 0;
    for (const person of map.people ?? []) {
      if (!isPresent(person) || person.owner === undefined) continue;
      counts.set(person.owner, (counts.get(person.owner) ?? 0) + 1);
      total++;
    }
    if (total < o.min_relationships) return [];
    const [top, count] = [...counts].sort(
      (a, b) => b[1] - a[1] || compareCodeUnits(a[0], b[0]),
    )[0]!;
    const share = count / total;
    if (share <= o.max_share) return [];
    const index = (map.team ?? []).findIndex((m) => m.id === top);
    const path =
      index >= 0
        ? ['team', index]
        : ['people', (map.people ?? []).findIndex((p) => isPresent(p) && p.owner === top), 'owner'];
    return [
      {
        path,
        message: `${ours(map, top)} owns ${count} of the ${total} relationships with active people (${Math.round(share * 100)} %, more than ${Math.round(o.max_share * 100)} %): if they leave, the account loses its access at once; introduce colleagues to some of these people and move \`owner\` as the relationships take hold`,
      },
    ];
  },
});
