/**
 * acctmap.config.yaml. Like the map format, the zod schema is the source of truth and unknown
 * keys are errors with "did you mean".
 */
import { z } from 'zod';
import { RulesConfigSchema } from '../rules/config.js';
import { ScoreConfigSchema } from '../score/config.js';
export const OverrideSchema = z.strictObject({
    /** Globs relative to the config file's folder, e.g. `accounts/archive/**`. */
    files: z.array(z.string()).min(1),
    rules: RulesConfigSchema,
});
export const ConfigSchema = z.strictObject({
    $schema: z.string().optional(),
    /** Globs (relative to the config file's folder) that discovery skips. */
    ignore: z.array(z.string()).default([]),
    /** Largest map file read, in MB; larger files get a clear error instead of a slow run. */
    max_file_mb: z.number().positive().max(1024).default(10),
    /** Severity and options per rule id. */
    rules: RulesConfigSchema.default({}),
    /** Rule settings for some files only; later entries win. */
    overrides: z.array(OverrideSchema).default([]),
    score: ScoreConfigSchema.default({}),
});
/** The configuration in force when there is no config file. */
export function defaultConfig() {
    return ConfigSchema.parse({});
}
