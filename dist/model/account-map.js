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
/** The format versions this release reads. */
export const FORMAT_VERSIONS = [1];
export const SLUG_PATTERN = /^[a-z0-9][a-z0-9-]*$/;
export const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
export const PERIOD_PATTERN = /^\d{4}(-Q[1-4])?$/;
/** True when `text` is a real calendar date written YYYY-MM-DD (so 2026-13-45 is not). */
export function isCalendarDate(text) {
    if (!DATE_PATTERN.test(text))
        return false;
    const [y, m, d] = text.split('-').map(Number);
    const date = new Date(Date.UTC(y, m - 1, d));
    return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}
const slug = z.string().regex(SLUG_PATTERN, {
    error: (iss) => `\`${String(iss.input)}\` is not a valid id: use lowercase letters, digits and dashes, starting with a letter or digit (for example \`${suggestSlug(String(iss.input))}\`)`,
});
function suggestSlug(text) {
    const s = text
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '');
    return s || 'my-id';
}
/** A date written YYYY-MM-DD. YAML 1.2 (the core schema we parse with) reads it as a string. */
export const dateSchema = z
    .string({ error: dateError })
    .regex(DATE_PATTERN, { error: dateError, abort: true })
    .refine(isCalendarDate, { error: dateError });
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
        const years = keys.filter((k) => /^\d{4}$/.test(k));
        const quarters = keys.filter((k) => /-Q[1-4]$/.test(k));
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
export const STANCES = [
    'advocate',
    'supporter',
    'neutral',
    'skeptic',
    'opponent',
    'unknown',
];
export const STRENGTHS = ['strong', 'medium', 'weak', 'none'];
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
    id: slug,
    name: text,
    industry: text.optional(),
    country: text.optional(),
    segment: text.optional(),
    website: text.optional(),
    employees: z
        .number({ error: (iss) => numberError(iss.input, 'a head count', '1200') })
        .int({ error: 'must be a whole number of people' })
        .min(0)
        .optional(),
    owner: slug.optional(),
    tier: z.enum(TIERS).optional(),
    reviewed: dateSchema.optional(),
    tags: strings.optional(),
});
export const RoiSchema = z.strictObject({
    ours: z.enum(ROI_VALUES).default('unknown'),
    theirs: z.enum(ROI_VALUES).default('unknown'),
});
export const RelationshipSchema = z.strictObject({
    status: z.enum(RELATIONSHIP_STATUSES).optional(),
    since: dateSchema.optional(),
    stage: z.enum(STAGES).optional(),
    long_term_interest: z.enum(LEVELS).optional(),
    commonality: z.enum(LEVELS).optional(),
    common_ground: strings.optional(),
    roi: RoiSchema.optional(),
    competitors: strings.optional(),
    renewal: dateSchema.optional(),
});
export const FinancialsSchema = z.strictObject({
    currency: z
        .string()
        .regex(/^[A-Z]{3}$/, {
        error: (iss) => `\`${String(iss.input)}\` is not an ISO 4217 currency code: write three capital letters, for example NOK or EUR`,
    })
        .optional(),
    revenue: periodRecord(amount).optional(),
    margin: z.union([fraction, periodRecord(fraction)]).optional(),
    wallet: amount.optional(),
    potential: amount.optional(),
});
export const TeamMemberSchema = z.strictObject({
    id: slug,
    name: text,
    role: text.optional(),
    email: text.optional(),
});
export const UnitSchema = z.strictObject({
    id: slug,
    name: text,
    parent: slug.optional(),
    depends_on: z.array(slug).optional(),
    notes: text.optional(),
});
export const PersonSchema = z.strictObject({
    id: slug,
    name: text,
    title: text.optional(),
    unit: slug.optional(),
    reports_to: slug.optional(),
    dotted_to: z.array(slug).optional(),
    roles: z.array(z.enum(BUYING_ROLES)).optional(),
    stance: z.enum(STANCES).default('unknown'),
    influence: z.enum(LEVELS).default('unknown'),
    strength: z.enum(STRENGTHS).default('none'),
    owner: slug.optional(),
    last_contact: dateSchema.optional(),
    status: z.enum(PERSON_STATUSES).default('active'),
    responsibilities: strings.optional(),
    challenges: strings.optional(),
    goals: strings.optional(),
    notes: text.optional(),
    email: text.optional(),
    phone: z.union([text, z.number()]).optional(),
    linkedin: text.optional(),
});
export const ConnectionSchema = z.strictObject({
    from: slug,
    to: slug,
    type: z.enum(CONNECTION_TYPES),
    strength: z.enum(CONNECTION_STRENGTHS).optional(),
    notes: text.optional(),
});
export const GoalSchema = z.strictObject({
    id: slug.optional(),
    title: text,
    owner: slug.optional(),
    our_owner: slug.optional(),
    due: dateSchema.optional(),
    status: z.enum(GOAL_STATUSES),
    measure: text.optional(),
});
export const OpportunitySchema = z.strictObject({
    id: slug.optional(),
    title: text,
    unit: slug.optional(),
    value: amount.optional(),
    stage: z.enum(OPPORTUNITY_STAGES),
    closed: dateSchema.optional(),
    lost_to: text.optional(),
    recurring: z.boolean().optional(),
});
export const EventSchema = z.strictObject({
    date: dateSchema,
    type: z.enum(EVENT_TYPES),
    summary: text,
    people: z.array(slug).optional(),
});
export const AccountMapSchema = z.strictObject({
    $schema: z.string().optional(),
    acctmap: z.literal(1),
    account: AccountSchema,
    relationship: RelationshipSchema.optional(),
    financials: FinancialsSchema.optional(),
    team: z.array(TeamMemberSchema).optional(),
    units: z.array(UnitSchema).optional(),
    people: z.array(PersonSchema).optional(),
    connections: z.array(ConnectionSchema).optional(),
    goals: z.array(GoalSchema).optional(),
    opportunities: z.array(OpportunitySchema).optional(),
    events: z.array(EventSchema).optional(),
    profile: z.record(z.string(), z.unknown()).optional(),
    notes: text.optional(),
});
