import { createRequire as __acctmapCreateRequire } from 'node:module';
const require = __acctmapCreateRequire(import.meta.url);
import {
  ScoreConfigSchema
} from "./chunk-WJ4UJHTB.js";
import {
  RulesConfigSchema
} from "./chunk-M5GZM46X.js";
import {
  external_exports
} from "./chunk-XJYOIXLA.js";

// dist/config/schema.js
var OverrideSchema = external_exports.strictObject({
  files: external_exports.array(external_exports.string()).min(1).meta({
    description: "globs of the map files this entry applies to, relative to the config file's folder (for example `prospects/**`)"
  }),
  rules: RulesConfigSchema.meta({
    description: "severity and options per rule id for those files; they win over `rules:`"
  })
});
var ConfigSchema = external_exports.strictObject({
  $schema: external_exports.string().optional().meta({ description: "a schema path or URL for editors; acctmap ignores it" }),
  ignore: external_exports.array(external_exports.string()).default([]).meta({
    description: "globs, relative to the config file's folder, of folders and files that `acctmap validate` skips when it searches a folder (`node_modules/` and `.git/` always are)"
  }),
  max_file_mb: external_exports.number().positive().max(1024).default(10).meta({
    description: "the largest map file acctmap reads, in MB; a larger file is an error instead of a slow run"
  }),
  rules: RulesConfigSchema.default({}).meta({
    description: "severity (`error`, `warning`, `info`, `off`) or `{severity, ...options}` per rule id (`acctmap rules` lists them)"
  }),
  overrides: external_exports.array(OverrideSchema).default([]).meta({ description: "rule settings for some files only; later entries win" }),
  score: ScoreConfigSchema.default({}).meta({
    description: "scoring for `acctmap score` and `acctmap report`: weights, bands, Pareto thresholds, currency (docs/scoring.md)"
  })
});
function defaultConfig() {
  return ConfigSchema.parse({});
}

export {
  ConfigSchema,
  defaultConfig
};
