/**
 * Practice, across the portfolio: more accounts declared `key` than a team can serve. The source
 * text on key accounts says to choose them carefully (the Pareto principle): when everything is
 * key, nothing is.
 */
import { z } from 'zod';
import { MAX_KEY_ACCOUNTS } from '../model/account-map.js';
import { joinAnd } from '../text/index.js';
import { defineRule } from './types.js';
const options = z.strictObject({
    max: z
        .number()
        .int()
        .min(1)
        .default(MAX_KEY_ACCOUNTS)
        .describe('the most accounts the run may declare `tier: key`'),
    max_per_owner: z
        .number()
        .int()
        .min(1)
        .default(4)
        .describe('the most `tier: key` accounts one account owner (`account.owner`) may hold'),
});
export const tooManyKeyAccounts = defineRule({
    id: 'too-many-key-accounts',
    defaultSeverity: 'warning',
    category: 'map-quality',
    description: 'more accounts declared `tier: key` than a team can serve, across all maps of the run or for one account owner',
    help: 'Keep `tier: key` for the accounts that the Pareto class and fit of `acctmap score` support, and set the others to `growth` or `maintain`; or share the key accounts among more owners.',
    options,
    checkPortfolio(maps, { options: o }) {
        const findings = [];
        const key = maps
            .map((map, index) => ({ map, index }))
            .filter(({ map }) => map.account.tier === 'key');
        const names = (list) => listIds(list.map(({ map }) => map.account.id));
        if (key.length > o.max) {
            for (const { index } of key) {
                findings.push({
                    map: index,
                    path: ['account', 'tier'],
                    message: `${key.length} accounts are declared \`tier: key\` (${names(key)}), more than the ${o.max} a team can serve: when everything is key, nothing is; keep \`key\` for the accounts \`acctmap score\` ranks highest and set the others to \`growth\` or \`maintain\``,
                });
            }
        }
        const byOwner = new Map();
        for (const entry of key) {
            const owner = entry.map.account.owner;
            if (owner === undefined)
                continue;
            byOwner.set(owner, [...(byOwner.get(owner) ?? []), entry]);
        }
        for (const [owner, list] of byOwner) {
            if (list.length <= o.max_per_owner)
                continue;
            for (const { index } of list) {
                findings.push({
                    map: index,
                    path: ['account', 'owner'],
                    message: `\`${owner}\` owns ${list.length} key accounts (${names(list)}), more than the ${o.max_per_owner} one account owner can serve: share them with colleagues (\`account.owner\`) or move some to \`tier: growth\` or \`maintain\``,
                });
            }
        }
        return findings;
    },
});
/** Ids named in a message: the first dozen, then how many more. */
function listIds(ids) {
    return joinAnd(ids.map((id) => `\`${id}\``), 12);
}
