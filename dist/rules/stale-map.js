/**
 * Map quality: a map nobody has reviewed for half a year. The source text on account mapping
 * warns that a map is only as good as accurate, up-to-date data.
 */
import { z } from 'zod';
import { daysBetween, plural } from '../text/index.js';
import { accountOwner, adviceAbout, subjectOf } from './advice.js';
import { defineRule } from './types.js';
const options = z.strictObject({
    days: z
        .number()
        .int()
        .positive()
        .default(180)
        .describe('how many days since `account.reviewed` make the map stale'),
});
export const staleMap = defineRule({
    id: 'stale-map',
    defaultSeverity: 'warning',
    category: 'map-quality',
    description: '`account.reviewed` missing or older than 180 days',
    help: 'Review the whole map with the account team (people, roles, stances, goals, opportunities, events), correct what has changed, and set `account.reviewed` to the date of the review.',
    options,
    advise(map, path) {
        return adviceAbout(map, subjectOf(map, path), 'Review the map with the account team and set the review date', accountOwner(map));
    },
    check(map, { asOf, options: o }) {
        const reviewed = map.account.reviewed;
        if (reviewed === undefined) {
            return [
                {
                    path: ['account'],
                    target: 'key',
                    message: 'the map has no `account.reviewed` date, so nobody can tell whether it is current: review it with the account team and add `reviewed: YYYY-MM-DD` under `account`',
                },
            ];
        }
        const age = daysBetween(reviewed, asOf);
        if (age <= o.days)
            return [];
        return [
            {
                path: ['account', 'reviewed'],
                message: `the map was last reviewed ${reviewed}, ${plural(age, 'day')} before ${asOf} (more than ${o.days}): decisions made from stale data go wrong; review it with the account team and update \`account.reviewed\``,
            },
        ];
    },
});
