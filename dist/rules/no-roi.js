/**
 * Red flag 3 of the source text on key accounts: neither company sees a return from the
 * relationship. Both sides negative is the flag itself (an error by default); one side negative
 * is the flag on its way (a warning by default).
 */
import { z } from 'zod';
import { accountOwner, adviceAbout, subjectOf } from './advice.js';
import { RULE_SEVERITIES } from './config.js';
import { defineRule } from './types.js';
const options = z.strictObject({
    one_side: z
        .enum(RULE_SEVERITIES)
        .default('warning')
        .describe("severity when only one side's return is `negative` (never louder than the rule's own severity; `off` reports only both sides)"),
});
export const noRoi = defineRule({
    id: 'no-roi',
    defaultSeverity: 'error',
    category: 'red-flag',
    description: '`relationship.roi.ours` and `.theirs` both `negative` (error); one of them `negative` (warning)',
    help: 'Sit down with the customer and agree what return each side expects and how it is measured; record it as a mutual goal with a `measure`, and update `relationship.roi` once a return shows.',
    options,
    advise(map, path) {
        return adviceAbout(map, subjectOf(map, path), 'Agree with the customer what return each side needs and how to measure it (a mutual goal with a measure)', accountOwner(map));
    },
    check(map, { options: o }) {
        const roi = map.relationship?.roi;
        if (!roi)
            return [];
        const path = ['relationship', 'roi'];
        if (roi.ours === 'negative' && roi.theirs === 'negative') {
            return [
                {
                    path,
                    target: 'key',
                    message: 'neither side sees a return: `roi.ours` and `roi.theirs` are both `negative`, a red flag that the relationship is changing; agree with the customer what return each side needs and how to measure it (a mutual goal with a `measure`), or decide whether this should stay a key account',
                },
            ];
        }
        if (roi.ours === 'negative' || roi.theirs === 'negative') {
            const side = roi.ours === 'negative' ? 'we do not' : 'the customer does not';
            const key = roi.ours === 'negative' ? 'ours' : 'theirs';
            const other = key === 'ours' ? roi.theirs : roi.ours;
            return [
                {
                    path: [...path, key],
                    severity: o.one_side,
                    message: `${side} see a return from the relationship (\`roi.${key}: negative\`; the other side is \`${other}\`): a relationship that pays only one side rarely lasts; find out what would make it pay off and record it as a mutual goal with a \`measure\``,
                },
            ];
        }
        return [];
    },
});
