/**
 * The account-map format, version 1. This zod schema is the single source of truth: the
 * TypeScript types are inferred from it, `schemas/account-map.schema.json` is generated from it,
 * and every validation message starts from one of its issues.
 *
 * Objects are strict because a typo in a key must never silently drop data; only `profile` is
 * free-form (it holds whatever the context needs: a VC firm's investment preferences, a brand's
 * audience, ...).
 */
import { z } from 'zod';
import { CALENDAR_DATE_PATTERN, isCalendarDate } from '../text/index.js';
import { SLUG_PATTERN, slugify } from './ids.js';
import { isQuarter, isYear } from './periods.js';
export { CALENDAR_DATE_PATTERN, isCalendarDate, SLUG_PATTERN };
/** The format versions this release reads. */
export const FORMAT_VERSIONS = [1];
const PERIOD_PATTERN = /^\d{4}(-Q[1-4])?$/;
const slug = z.string().regex(SLUG_PATTERN, {
    error: (iss) => `\`${String(iss.input)}\` is not a valid id: use lowercase letters, digits and dashes, starting with a letter or digit (for example \`${slugify(String(iss.input)) || 'my-id'}\`)`,
});
/** A date written YYYY-MM-DD. YAML 1.2 (the core schema we parse with) reads it as a string. */
const dateSchema = z
    .string({ error: dateError })
    .regex(CALENDAR_DATE_PATTERN, { error: dateError });
function dateError(iss) {
    const input = iss.input;
    const shown = input instanceof Date ? input.toISOString().slice(0, 10) : input;
    // A mapping or list has no text of its own (and one with a `toString` key cannot be printed).
    if (typeof shown !== 'string' && typeof shown !== 'number')
        return `expected a date written YYYY-MM-DD (for example 2026-03-01), got ${describe(shown)}`;
    return `\`${String(shown)}\` is not a date: write dates as YYYY-MM-DD, for example 2026-03-01`;
}
const amount = z.number({ error: (iss) => numberError(iss.input, 'an amount') }).min(0, {
    error: 'must be an amount of 0 or more',
});
function numberError(input, what, example = '1250000') {
    if (input === undefined)
        return `missing ${what}`;
    if (typeof input === 'string' && /^[\d\s.,]+$/.test(input.trim())) {
        return `\`${input}\` is text, not a number: write ${what} without quotes, spaces or thousands separators (for example ${example})`;
    }
    return `expected ${what} (a number), got ${describe(input)}`;
}
export function describe(value) {
    if (value === null)
        return 'nothing (null)';
    if (Array.isArray(value))
        return 'a list';
    if (value instanceof Date)
        return 'a date';
    switch (typeof value) {
        case 'string':
            return `text \`${value.length > 40 ? `${value.slice(0, 40)}…` : value}\``;
        case 'number':
            return `the number ${value}`;
        case 'boolean':
            return `\`${value}\``;
        case 'object':
            return 'a mapping';
        default:
            return typeof value;
    }
}
/** A margin is a fraction; people often write percentages, so say which fraction they meant. */
function fractionError(input) {
    if (typeof input === 'string') {
        const m = /^\s*(-?\d+(?:\.\d+)?)\s*%\s*$/.exec(input);
        if (m) {
            const fraction = Number(m[1]) / 100;
            return `margin \`${input}\` is a percentage: write it as a fraction, \`${round(fraction)}\``;
        }
    }
    return `expected a margin as a fraction between -1 and 1 (for example 0.32), got ${describe(input)}`;
}
function round(n) {
    return Math.round(n * 10000) / 10000;
}
const fraction = z
    .number({ error: (iss) => fractionError(iss.input) })
    .min(-1, {
    error: (iss) => `margin ${String(iss.input)} is below -1: write margins as fractions (for example -0.05 for -5 %)`,
})
    .max(1, {
    error: (iss) => `margin ${String(iss.input)} looks like a percentage: write it as a fraction, \`${round(Number(iss.input) / 100)}\``,
});
const period = z.string().regex(PERIOD_PATTERN, {
    error: (iss) => `\`${String(iss.input)}\` is not a period: write a year (2025) or a quarter (2025-Q3)`,
});
/** Revenue or margin per period; one map uses years or quarters, not both. */
function periodRecord(value) {
    return z.record(period, value).superRefine((record, ctx) => {
        const keys = Object.keys(record);
        const years = keys.filter(isYear);
        const quarters = keys.filter(isQuarter);
        if (years.length > 0 && quarters.length > 0) {
            const odd = years.length <= quarters.length ? years[0] : quarters[0];
            ctx.addIssue({
                code: 'custom',
                path: [odd],
                params: { target: 'key' },
                message: 'this map mixes years and quarters; use one kind of period throughout (for example all years: 2024, 2025)',
            });
        }
    });
}
const text = z.string();
const strings = z.array(z.string());
export const TIERS = ['key', 'growth', 'maintain', 'prospect'];
/**
 * How many key accounts one team can serve well: the key-account management literature puts it
 * at 15–35 and calls more than 50 too many. The default of both `too-many-key-accounts` (`max`)
 * and `score.max_key_accounts`.
 */
export const MAX_KEY_ACCOUNTS = 35;
export const RELATIONSHIP_STATUSES = ['prospect', 'customer', 'partner', 'former'];
export const STAGES = [
    'exploratory',
    'basic',
    'cooperative',
    'interdependent',
    'integrated',
];
export const LEVELS = ['high', 'medium', 'low', 'unknown'];
export const ROI_VALUES = ['positive', 'neutral', 'negative', 'unknown'];
export const BUYING_ROLES = [
    'economic-buyer',
    'decision-maker',
    'technical-buyer',
    'user-buyer',
    'champion',
    'coach',
    'sponsor',
    'influencer',
    'gatekeeper',
    'procurement',
];
/** The buying roles that say yes to the money: without one of them, nobody on the map can sign. */
export const SIGNING_ROLES = ['economic-buyer', 'decision-maker'];
/** The buying roles whose holder leaving changes how the account buys (a reorganisation). */
export const KEY_BUYING_ROLES = [
    'economic-buyer',
    'decision-maker',
    'champion',
    'sponsor',
];
export const STANCES = [
    'advocate',
    'supporter',
    'neutral',
    'skeptic',
    'opponent',
    'unknown',
];
export const STRENGTHS = ['strong', 'medium', 'weak', 'none'];
/** Where a value stands in its list, for sorting: `high` and `strong` (the first) are 0. */
function rankOf(values) {
    return Object.fromEntries(values.map((v, i) => [v, i]));
}
/** Influence from the highest (`high`: 0) to `unknown`. */
export const LEVEL_ORDER = rankOf(LEVELS);
/** Our relationship from the strongest (`strong`: 0) to `none`. */
export const STRENGTH_ORDER = rankOf(STRENGTHS);
export const PERSON_STATUSES = ['active', 'new', 'left'];
export const CONNECTION_TYPES = [
    'knows',
    'influences',
    'conflicts',
    'introduced',
    'former-colleague',
];
export const CONNECTION_STRENGTHS = ['strong', 'medium', 'weak'];
export const GOAL_STATUSES = [
    'planned',
    'on-track',
    'at-risk',
    'met',
    'missed',
    'dropped',
];
export const OPPORTUNITY_STAGES = ['identified', 'qualified', 'proposed', 'won', 'lost'];
export const EVENT_TYPES = [
    'reorganization',
    'leadership-change',
    'merger',
    'budget-cut',
    'lost-deal',
    'competitor-win',
    'expansion',
    'escalation',
    'renewal',
    'other',
];
export const AccountSchema = z.strictObject({
    id: slug.meta({ description: "the account's id, unique across every map of a run" }),
    name: text.meta({ description: 'display name' }),
    industry: text.optional().meta({ description: "the account's industry" }),
    country: text.optional().meta({ description: 'where it is based' }),
    segment: text
        .optional()
        .meta({ description: 'your segment for it (enterprise, mid-market, public, …)' }),
    website: text.optional().meta({ description: 'its website' }),
    employees: z
        .number({ error: (iss) => numberError(iss.input, 'a head count', '1200') })
        .int({ error: 'must be a whole number of people' })
        .min(0)
        .optional()
        .meta({ description: 'number of employees' }),
    owner: slug.optional().meta({ description: 'our account owner' }),
    tier: z.enum(TIERS).optional().meta({ description: 'what we declare the account to be' }),
    reviewed: dateSchema
        .optional()
        .meta({ description: 'when the map as a whole was last reviewed' }),
    tags: strings.optional().meta({ description: 'labels of your choice' }),
});
export const RoiSchema = z.strictObject({
    ours: z
        .enum(ROI_VALUES)
        .default('unknown')
        .meta({ description: 'whether we see a return from the relationship' }),
    theirs: z
        .enum(ROI_VALUES)
        .default('unknown')
        .meta({ description: 'whether the account sees a return from the relationship' }),
});
export const RelationshipSchema = z.strictObject({
    status: z
        .enum(RELATIONSHIP_STATUSES)
        .optional()
        .meta({ description: 'what the account is to us' }),
    since: dateSchema
        .optional()
        .meta({ description: 'when the relationship began (the account history)' }),
    stage: z.enum(STAGES).optional().meta({ description: 'how deep the relationship is' }),
    long_term_interest: z
        .enum(LEVELS)
        .optional()
        .meta({ description: "the customer's interest in a long-term relationship" }),
    commonality: z
        .enum(LEVELS)
        .optional()
        .meta({ description: 'how much the two companies have in common' }),
    common_ground: strings
        .optional()
        .meta({ description: 'what we share: markets, values, partners, systems' }),
    roi: RoiSchema.optional().meta({
        description: 'whether each side sees a return: `ours` and `theirs`',
    }),
    competitors: strings.optional().meta({ description: 'competitors present at the account' }),
    renewal: dateSchema
        .optional()
        .meta({ description: 'when the current agreement is up for renewal' }),
});
export const FinancialsSchema = z.strictObject({
    currency: z
        .string()
        .regex(/^[A-Z]{3}$/, {
        error: (iss) => `\`${String(iss.input)}\` is not an ISO 4217 currency code: write three capital letters, for example NOK or EUR`,
    })
        .optional()
        .meta({ description: 'the currency of every amount in the map (also opportunity values)' }),
    revenue: periodRecord(amount)
        .optional()
        .meta({ description: 'our revenue from the account, per period' }),
    margin: z
        .union([fraction, periodRecord(fraction)])
        .optional()
        .meta({ description: 'our gross margin on that revenue' }),
    wallet: amount.optional().meta({
        description: "the customer's estimated yearly spend in our category (for share of wallet)",
    }),
    potential: amount
        .optional()
        .meta({ description: 'the yearly revenue we estimate we could reach with this account' }),
});
export const TeamMemberSchema = z.strictObject({
    id: slug.meta({ description: 'an id, unique among team members and people' }),
    name: text.meta({ description: 'their name' }),
    role: text.optional().meta({ description: 'their role on the account (text)' }),
    email: text.optional().meta({ description: 'their e-mail address (text)' }),
});
export const UnitSchema = z.strictObject({
    id: slug.meta({ description: 'an id, unique among units' }),
    name: text.meta({ description: "the unit's name" }),
    parent: slug.optional().meta({ description: 'the id of the unit it belongs to (the org chart)' }),
    depends_on: z
        .array(slug)
        .optional()
        .meta({ description: 'a list of ids of units whose work this unit needs' }),
    notes: text.optional().meta({ description: 'free text' }),
});
export const PersonSchema = z.strictObject({
    id: slug.meta({ description: "the person's id, unique among team members and people" }),
    name: text.meta({ description: 'their name' }),
    title: text.optional().meta({ description: 'job title' }),
    unit: slug.optional().meta({ description: 'the unit they work in' }),
    reports_to: slug.optional().meta({ description: 'their manager (solid line)' }),
    dotted_to: z.array(slug).optional().meta({ description: 'dotted-line or matrix managers' }),
    roles: z
        .array(z.enum(BUYING_ROLES))
        .optional()
        .meta({ description: 'their roles in buying decisions' }),
    stance: z.enum(STANCES).default('unknown').meta({ description: 'their attitude toward us' }),
    influence: z.enum(LEVELS).default('unknown').meta({ description: 'their weight in decisions' }),
    strength: z
        .enum(STRENGTHS)
        .default('none')
        .meta({ description: 'how strong our relationship with them is' }),
    owner: slug.optional().meta({ description: 'the team member who owns the relationship' }),
    last_contact: dateSchema.optional().meta({ description: 'the date of our last real contact' }),
    status: z
        .enum(PERSON_STATUSES)
        .default('active')
        .meta({ description: 'whether they are still at the account' }),
    now_at: text.optional().meta({
        description: 'where someone who `left` works now: the `account.id` of another map, or a company name',
    }),
    responsibilities: strings.optional().meta({ description: 'what they are responsible for' }),
    challenges: strings.optional().meta({ description: 'their challenges and problems' }),
    goals: strings.optional().meta({ description: 'their own goals' }),
    notes: text.optional().meta({ description: 'anything else' }),
    email: text.optional().meta({ description: 'e-mail address (personal data)' }),
    phone: z
        .union([text, z.number()])
        .optional()
        .meta({ description: 'phone number (personal data)' }),
    linkedin: text.optional().meta({ description: 'LinkedIn profile (personal data)' }),
});
export const ConnectionSchema = z.strictObject({
    from: slug.meta({ description: 'one end' }),
    to: slug.meta({ description: 'the other end' }),
    type: z.enum(CONNECTION_TYPES).meta({ description: 'what the relationship is' }),
    strength: z.enum(CONNECTION_STRENGTHS).optional().meta({ description: 'how strong it is' }),
    notes: text.optional().meta({ description: 'free text' }),
});
export const GoalSchema = z.strictObject({
    id: slug.optional().meta({ description: 'an id, unique among goals' }),
    title: text.meta({ description: 'the goal' }),
    owner: slug.optional().meta({ description: 'who owns it at the account' }),
    our_owner: slug.optional().meta({ description: 'who owns it on our side' }),
    due: dateSchema.optional().meta({ description: 'when it should be met' }),
    status: z.enum(GOAL_STATUSES).meta({ description: 'where it stands' }),
    measure: text.optional().meta({ description: 'how we will know it is met' }),
});
export const OpportunitySchema = z.strictObject({
    id: slug.optional().meta({ description: 'an id, unique among opportunities' }),
    title: text.meta({ description: 'what it is' }),
    unit: slug.optional().meta({ description: 'the unit it is for' }),
    value: amount.optional().meta({ description: "what it is worth, in the map's currency" }),
    stage: z.enum(OPPORTUNITY_STAGES).meta({ description: 'how far it has come' }),
    closed: dateSchema.optional().meta({ description: 'when it was won or lost' }),
    lost_to: text.optional().meta({ description: 'who won instead' }),
    recurring: z
        .boolean()
        .optional()
        .meta({ description: 'business that would normally come back to us every cycle' }),
});
export const EventSchema = z.strictObject({
    date: dateSchema.meta({ description: 'when it happened' }),
    type: z.enum(EVENT_TYPES).meta({ description: 'what kind of event' }),
    summary: text.meta({ description: 'what happened, in a sentence' }),
    people: z.array(slug).optional().meta({ description: 'who was involved' }),
});
export const AccountMapSchema = z.strictObject({
    $schema: z.string().optional().meta({
        description: 'a schema path or URL for editors (see Editor support); acctmap ignores it',
    }),
    acctmap: z.literal(1).meta({ description: 'the format version: `1`' }),
    account: AccountSchema.meta({ description: 'who the account is' }),
    relationship: RelationshipSchema.optional().meta({
        description: 'the state of our relationship with the account',
    }),
    financials: FinancialsSchema.optional().meta({ description: 'revenue history, margin, wallet' }),
    team: z
        .array(TeamMemberSchema)
        .optional()
        .meta({ description: 'our own people who work the account' }),
    units: z.array(UnitSchema).optional().meta({
        description: "the account's departments or divisions and how they depend on each other",
    }),
    people: z.array(PersonSchema).optional().meta({ description: "the account's stakeholders" }),
    connections: z.array(ConnectionSchema).optional().meta({
        description: 'relationships that are not reporting lines: who knows, influences or opposes whom',
    }),
    goals: z.array(GoalSchema).optional().meta({ description: 'goals we share with the account' }),
    opportunities: z
        .array(OpportunitySchema)
        .optional()
        .meta({ description: 'open and closed opportunities: cross-sell, upsell, renewals' }),
    events: z
        .array(EventSchema)
        .optional()
        .meta({ description: 'dated things that happened at or with the account' }),
    profile: z
        .record(z.string(), z.unknown())
        .optional()
        .meta({ description: 'free-form facts for your context (any keys)' }),
    notes: text.optional().meta({ description: 'free text' }),
});
