import { createRequire as __acctmapCreateRequire } from 'node:module';
const require = __acctmapCreateRequire(import.meta.url);
import {
  jsonText,
  toEditorJsonSchema,
  withTitle
} from "./chunk-JUQLXTND.js";
import {
  ConfigSchema
} from "./chunk-ZXIJX75S.js";
import "./chunk-WJ4UJHTB.js";
import {
  RULES,
  RULE_SEVERITIES
} from "./chunk-M5GZM46X.js";
import "./chunk-XJYOIXLA.js";
import "./chunk-A4RBNV6B.js";
import "./chunk-ZV4OTCNF.js";

// dist/config/json-schema.js
function configJsonSchema() {
  const schema = withTitle(toEditorJsonSchema(ConfigSchema), "acctmap configuration (acctmap.config.yaml)", "Which files acctmap skips, the severity and options of each rule, per-folder overrides and the scoring settings. See examples/acctmap.config.yaml.");
  const properties = schema.properties;
  properties.rules = { ...properties.rules, ...rulesSchema() };
  const override = properties.overrides.items.properties;
  override.rules = { ...override.rules, ...rulesSchema() };
  return schema;
}
function configJsonSchemaText() {
  return jsonText(configJsonSchema());
}
function rulesSchema() {
  return {
    type: "object",
    properties: Object.fromEntries(RULES.map((rule) => [rule.id, ruleSetting(rule)])),
    additionalProperties: false
  };
}
var severities = { type: "string", enum: [...RULE_SEVERITIES] };
function ruleSetting(rule) {
  const options = toEditorJsonSchema(rule.options);
  return {
    description: `${rule.description} (default: ${rule.defaultSeverity}; docs/rules/${rule.id}.md)`,
    // The plain severity has no description of its own: editors would show it on hover
    // instead of the rule's.
    anyOf: [
      severities,
      {
        type: "object",
        properties: {
          severity: {
            ...severities,
            description: "`error`, `warning` or `info` for findings of that severity; `off` turns the rule off"
          },
          ...options.properties
        },
        additionalProperties: false
      }
    ]
  };
}
export {
  configJsonSchema,
  configJsonSchemaText
};
