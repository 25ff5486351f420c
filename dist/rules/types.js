/** Keeps a rule's option type flowing into its checks while the registry sees plain `Rule`s. */
export function defineRule(rule) {
    return rule;
}
