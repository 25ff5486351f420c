/**
 * How configuration speaks about rules: `rules: {ID: SEVERITY}` or `{ID: {severity, ...options}}`.
 * The rules module checks ids and options against its registry; this is only the shape.
 */
import { z } from 'zod';
export const RULE_SEVERITIES = ['error', 'warning', 'info', 'off'];
const RuleSettingSchema = z.union([
    z.enum(RULE_SEVERITIES),
    z.looseObject({ severity: z.enum(RULE_SEVERITIES).optional() }),
]);
export const RulesConfigSchema = z.record(z.string(), RuleSettingSchema);
