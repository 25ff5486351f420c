/**
 * Red flag 1 of the source text on key accounts: business that would regularly have come to us
 * goes elsewhere. Three kinds of evidence: a recurring opportunity lost, a competitor-win event,
 * and revenue falling sharply from one completed period to the next.
 */
import { z } from 'zod';
import { periodLastDay } from '../model/periods.js';
import { amount, daysBetween, joinAnd, money, percent, plural, quote, escapeMarkdownText as t, } from '../text/index.js';
import { accountOwner, adviceAbout, deciders, eventOfLoss, NAMED_AT_MOST, personLabel, subjectOf, } from './advice.js';
import { defineRule } from './types.js';
const options = z.strictObject({
    within_days: z
        .number()
        .int()
        .positive()
        .default(365)
        .describe('how far back a lost recurring opportunity (by `closed`) or a `competitor-win` event still counts, in days'),
    sharp_drop: z
        .number()
        .gt(0)
        .max(1)
        .default(0.25)
        .describe('the fall in revenue from one completed period to the next that counts as sharp, as a fraction (0.25 = 25 %)'),
});
export const businessElsewhere = defineRule({
    id: 'business-elsewhere',
    defaultSeverity: 'warning',
    category: 'red-flag',
    description: 'business that would regularly have come to us goes elsewhere: a recurring opportunity lost, a competitor win, or revenue falling sharply',
    help: 'Find out why the business went elsewhere (ask the people who decided), record what you learn in the map, and agree a goal with the customer to win it back. Lost business and competitor wins stop counting once they are older than `within_days`.',
    options,
    advise(map, path) {
        const s = subjectOf(map, path);
        const owner = accountOwner(map);
        const opp = s.opportunity;
        if (opp) {
            const eventIndex = eventOfLoss(map, opp);
            const event = eventIndex === undefined ? undefined : map.events?.[eventIndex];
            const value = opp.value === undefined ? '' : `, ${t(money(opp.value, map.financials?.currency))}`;
            const when = opp.closed ? ` on ${opp.closed}` : '';
            const ask = deciders(map, event, opp.unit);
            const from = ask.length
                ? `ask ${joinAnd(ask.slice(0, NAMED_AT_MOST).map(personLabel))} why we lost it`
                : 'find out why from the people who decided';
            const advice = adviceAbout(map, s, `Win back “${t(opp.title)}”${value}${opp.lost_to ? `, lost to ${t(opp.lost_to)}` : ''}${when}: ${from}, and set a goal to win it back`, owner);
            return {
                ...advice,
                about: {
                    ...advice.about,
                    opportunity: s.opportunityIndex,
                    ...(eventIndex === undefined ? {} : { event: eventIndex }),
                },
            };
        }
        if (s.event) {
            const ask = deciders(map, s.event, undefined);
            const who = ask.length
                ? `: ask ${joinAnd(ask.slice(0, NAMED_AT_MOST).map(personLabel))}`
                : '';
            const advice = adviceAbout(map, s, `Find out what the competitor offered and who chose it (${t(s.event.date)}: ${t(s.event.summary)})${who}, and plan the response`, owner);
            return { ...advice, about: { ...advice.about, event: s.eventIndex } };
        }
        return adviceAbout(map, s, 'Find out where the spend went now that revenue has fallen sharply, and record it (a lost opportunity or a competitor-win event)', owner);
    },
    check(map, { asOf, options: o }) {
        const findings = [];
        const recent = (date) => date <= asOf && daysBetween(date, asOf) <= o.within_days;
        (map.opportunities ?? []).forEach((opp, i) => {
            if (!opp.recurring || (opp.stage !== 'lost' && opp.lost_to === undefined))
                return;
            if (opp.closed !== undefined && !recent(opp.closed))
                return;
            const to = opp.lost_to
                ? `to ${opp.lost_to}`
                : '(who won instead is not recorded: add `lost_to`)';
            const when = opp.closed ? `on ${opp.closed}` : '(no `closed` date: add one so this ages out)';
            findings.push({
                path: ['opportunities', i],
                message: `recurring business ${quote(opp.title)} was lost ${to} ${when}: business that would regularly come to us went elsewhere; find out why from the people who decided and plan how to win it back (a goal), or set \`recurring: false\` if it will not come back`,
            });
        });
        (map.events ?? []).forEach((event, i) => {
            if (event.type !== 'competitor-win' || !recent(event.date))
                return;
            findings.push({
                path: ['events', i],
                message: `a competitor won business here on ${event.date} (${quote(event.summary)}), ${plural(daysBetween(event.date, asOf), 'day')} before ${asOf}: business that would regularly come to us went elsewhere; find out what the competitor offered and who chose it, and plan the response`,
            });
        });
        const drop = revenueDrop(map, asOf);
        if (drop && drop.fall >= o.sharp_drop) {
            const currency = map.financials?.currency ? ` ${map.financials.currency}` : '';
            findings.push({
                path: ['financials', 'revenue', drop.latest],
                message: `revenue fell ${percent(drop.fall)} from ${drop.previous} (${amount(drop.before)}${currency}) to ${drop.latest} (${amount(drop.after)}${currency}), more than the ${percent(o.sharp_drop)} that counts as sharp: business that used to come to us may be going elsewhere; find out where the spend went and record it (a \`lost-deal\` or \`competitor-win\` event, a lost opportunity)`,
            });
        }
        return findings;
    },
});
/**
 * The fall between the two latest periods that are over by `asOf`. A period still running is
 * left out: half a year's revenue against a whole year's would look like a collapse.
 */
function revenueDrop(map, asOf) {
    const revenue = map.financials?.revenue ?? {};
    const done = Object.keys(revenue)
        .filter((period) => periodLastDay(period) < asOf)
        .sort();
    if (done.length < 2)
        return undefined;
    const previous = done[done.length - 2];
    const latest = done[done.length - 1];
    const before = revenue[previous];
    const after = revenue[latest];
    if (before <= 0)
        return undefined;
    return { previous, latest, before, after, fall: (before - after) / before };
}
