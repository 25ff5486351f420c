/**
 * Red flag 4 of the source text on key accounts: mutual goals are not met. Evidence: a goal
 * marked `missed`, or one past its `due` date that is neither `met` nor `dropped`.
 */
import { z } from 'zod';
import { addDays, daysBetween, plural, quote, escapeMarkdownText as t, words, } from '../text/index.js';
import { adviceAbout, goalOwners, subjectOf } from './advice.js';
import { defineRule } from './types.js';
const options = z.strictObject({
    grace_days: z
        .number()
        .int()
        .min(0)
        .default(0)
        .describe('days after `due` before an open goal counts as not met'),
    within_days: z
        .number()
        .int()
        .positive()
        .default(365)
        .describe('a `missed` goal whose `due` date is older than this many days is history and no longer flagged (one without `due` always is)'),
});
export const goalsNotMet = defineRule({
    id: 'goals-not-met',
    defaultSeverity: 'warning',
    category: 'red-flag',
    description: 'mutual goals `missed`, or past `due` and not `met` or `dropped`',
    help: 'Talk the goal through with its owner at the customer: if it was met, mark it `met`; if it still matters, agree a new `due` date and status; if it no longer does, mark it `dropped`. A goal missed is a red flag: find out why before setting the next one.',
    options,
    advise(map, path) {
        const s = subjectOf(map, path);
        const goal = s.goal;
        if (!goal)
            return undefined;
        const o = goalOwners(map, goal);
        const state = goal.status === 'missed' ? 'missed' : `due ${goal.due}, still ${words(goal.status)}`;
        return adviceAbout(map, s, `Rescue the goal “${t(goal.title)}” (${t(state)})${o.theirs ? ` with ${o.theirs}` : ''}: agree why, and a new goal or date`, o.ours);
    },
    check(map, { asOf, options: o }) {
        const findings = [];
        (map.goals ?? []).forEach((goal, i) => {
            const owners = ownersOf(goal);
            if (goal.status === 'missed') {
                if (goal.due !== undefined &&
                    (goal.due > asOf || daysBetween(goal.due, asOf) > o.within_days))
                    return;
                const due = goal.due ? `(due ${goal.due})` : '(no `due` date)';
                findings.push({
                    path: ['goals', i, 'status'],
                    message: `mutual goal ${quote(goal.title)} ${due}${owners} was missed: mutual goals not being met is a red flag that the relationship is changing; find out why with the customer, then agree a new goal or mark this one \`dropped\``,
                });
                return;
            }
            if (goal.status === 'met' || goal.status === 'dropped' || goal.due === undefined)
                return;
            if (addDays(goal.due, o.grace_days) >= asOf)
                return;
            findings.push({
                path: ['goals', i, 'due'],
                message: `mutual goal ${quote(goal.title)}${owners} was due ${goal.due}, ${plural(daysBetween(goal.due, asOf), 'day')} before ${asOf}, and is still \`${goal.status}\`: mutual goals not being met is a red flag; if it was met, mark it \`met\`; if not, agree a new \`due\` date with the customer or mark it \`missed\` or \`dropped\``,
            });
        });
        return findings;
    },
});
function ownersOf(goal) {
    const parts = [
        goal.owner ? `owner \`${goal.owner}\`` : undefined,
        goal.our_owner ? `our owner \`${goal.our_owner}\`` : undefined,
    ].filter((p) => p !== undefined);
    return parts.length ? ` [${parts.join(', ')}]` : '';
}
