/**
 * acctmap.config.yaml. Like the map format, the zod schema is the source of truth and unknown
 * keys are errors with "did you mean".
 */
import { z } from 'zod';
import { RulesConfigSchema } from '../rules/config.js';
import { ScoreConfigSchema } from '../score/config.js';
const OverrideSchema = z.strictObject({
    files: z.array(z.string()).min(1).meta({
        description: "globs of the map files this entry applies to, relative to the config file's folder (for example `prospects/**`)",
    }),
    rules: RulesConfigSchema.meta({
        description: 'severity and options per rule id for those files; they win over `rules:`',
    }),
});
export const ConfigSchema = z.strictObject({
    $schema: z
        .string()
        .optional()
        .meta({ description: 'a schema path or URL for editors; acctmap ignores it' }),
    ignore: z.array(z.string()).default([]).meta({
        description: "globs, relative to the config file's folder, of folders and files that `acctmap validate` skips when it searches a folder (`node_modules/` and `.git/` always are)",
    }),
    max_file_mb: z.number().positive().max(1024).default(10).meta({
        description: 'the largest map file acctmap reads, in MB; a larger file is an error instead of a slow run',
    }),
    rules: RulesConfigSchema.default({}).meta({
        description: 'severity (`error`, `warning`, `info`, `off`) or `{severity, ...options}` per rule id (`acctmap rules` lists them)',
    }),
    overrides: z
        .array(OverrideSchema)
        .default([])
        .meta({ description: 'rule settings for some files only; later entries win' }),
    score: ScoreConfigSchema.default({}).meta({
        description: 'scoring for `acctmap score` and `acctmap report`: weights, bands, Pareto thresholds, currency (docs/scoring.md)',
    }),
});
/** The configuration in force when there is no config file. */
export function defaultConfig() {
    return ConfigSchema.parse({});
}
