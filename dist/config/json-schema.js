/**
 * The JSON Schema of acctmap.config.yaml for editors (schemas/config.schema.json), generated from
 * the zod schema like the map's. The zod schema leaves `rules:` open (any id, any options: the
 * rules module checks them), so the schema spells out every rule of the registry, with its
 * description, severities and options: an editor then completes rule ids and flags a typo in one.
 */
import { jsonText, toEditorJsonSchema, withTitle } from '../model/json-schema.js';
import { RULE_SEVERITIES } from '../rules/config.js';
import { RULES } from '../rules/registry.js';
import { ConfigSchema } from './schema.js';
export function configJsonSchema() {
    const schema = withTitle(toEditorJsonSchema(ConfigSchema), 'acctmap configuration (acctmap.config.yaml)', 'Which files acctmap skips, the severity and options of each rule, per-folder overrides and the scoring settings. See examples/acctmap.config.yaml.');
    const properties = schema.properties;
    properties.rules = { ...properties.rules, ...rulesSchema() };
    const override = properties.overrides.items.properties;
    override.rules = { ...override.rules, ...rulesSchema() };
    return schema;
}
export function configJsonSchemaText() {
    return jsonText(configJsonSchema());
}
function rulesSchema() {
    return {
        type: 'object',
        properties: Object.fromEntries(RULES.map((rule) => [rule.id, ruleSetting(rule)])),
        additionalProperties: false,
    };
}
const severities = { type: 'string', enum: [...RULE_SEVERITIES] };
/** A rule's setting: a severity, or a mapping with `severity` and the rule's options. */
function ruleSetting(rule) {
    const options = toEditorJsonSchema(rule.options);
    return {
        description: `${rule.description} (default: ${rule.defaultSeverity}; docs/rules/${rule.id}.md)`,
        // The plain severity has no description of its own: editors would show it on hover
        // instead of the rule's.
        anyOf: [
            severities,
            {
                type: 'object',
                properties: {
                    severity: {
                        ...severities,
                        description: '`error`, `warning` or `info` for findings of that severity; `off` turns the rule off',
                    },
                    ...options.properties,
                },
                additionalProperties: false,
            },
        ],
    };
}
