import { RULES } from './registry.js';
import { createRunner } from './runner.js';
import { checkRulesConfig as checkSettings } from './settings.js';
export { isRedFlag, RED_FLAG_IDS, redFlagsByAccount } from './red-flags.js';
export { getRule, RULE_IDS, RULES } from './registry.js';
export { explainSettings, parseRuleFlag } from './settings.js';
/** Every rule, in registry order. */
export function ruleCatalog() {
    return RULES.map((rule) => {
        const defaults = rule.options.parse({});
        const shape = rule.options.shape;
        return {
            id: rule.id,
            defaultSeverity: rule.defaultSeverity,
            description: rule.description,
            docs: `docs/rules/${rule.id}.md`,
            category: rule.category,
            help: rule.help,
            options: Object.keys(shape).map((name) => ({
                name,
                default: defaults[name],
                description: shape[name].description ?? '',
            })),
            portfolio: rule.checkPortfolio !== undefined,
        };
    });
}
/**
 * Problems with `rules:`/`overrides[].rules` in the config (unknown ids with "did you mean", bad
 * options), as error findings whose paths point into the config document.
 */
export function checkRulesConfig(config) {
    return checkSettings(config);
}
export function createRuleRunner(options) {
    return createRunner(options);
}
