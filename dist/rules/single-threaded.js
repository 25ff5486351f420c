/**
 * Map quality: the relationship hangs on too few people. When the one contact leaves or turns,
 * the account goes with them.
 */
import { z } from 'zod';
import { isPresent } from '../model/map-index.js';
import { joinAnd } from '../text/index.js';
import { accountOwner, adviceAbout, personLabel, subjectOf, threadsToBuild } from './advice.js';
import { defineRule } from './types.js';
import { peopleAnchor, who } from './util.js';
const options = z.strictObject({
    min_threads: z
        .number()
        .int()
        .min(1)
        .default(3)
        .describe('how many active people we need a `medium` or `strong` relationship with'),
});
export const singleThreaded = defineRule({
    id: 'single-threaded',
    defaultSeverity: 'warning',
    category: 'map-quality',
    description: 'fewer than 3 active people with `strength` `medium` or `strong`',
    help: 'Build relationships beyond your one or two contacts: ask them for introductions (the `connections` of the map show warm paths), meet people in other units and at other levels, and record `strength` as the relationships grow.',
    options,
    advise(map, path) {
        const threads = threadsToBuild(map);
        const list = threads.length ? `: ${joinAnd(threads.map(personLabel))}` : '';
        return adviceAbout(map, subjectOf(map, path), `Build more relationships; ask for introductions to people with influence we hardly know${list}`, accountOwner(map));
    },
    check(map, { options: o }) {
        const threads = (map.people ?? []).filter((p) => isPresent(p) && (p.strength === 'medium' || p.strength === 'strong'));
        if (threads.length >= o.min_threads)
            return [];
        const have = threads.length === 0
            ? 'no active person'
            : `only ${threads.length} (${joinAnd(threads.map(who))})`;
        return [
            {
                ...peopleAnchor(map),
                message: `we have a \`medium\` or \`strong\` relationship with ${have}, fewer than ${o.min_threads}: the account hangs on too few people; ask for introductions to others (other units, other levels) and record their \`strength\` as it grows`,
            },
        ];
    },
});
