const HEADINGS = {
    'red-flag': 'Red flags: the relationship with a key account is changing',
    'map-quality': 'Map quality: the map is too thin or too old to trust',
};
export function formatCatalogText(rules, style) {
    const idWidth = Math.max(...rules.map((r) => r.id.length));
    const sevWidth = Math.max(...rules.map((r) => r.defaultSeverity.length));
    const out = [];
    for (const category of Object.keys(HEADINGS)) {
        const list = rules.filter((r) => r.category === category);
        if (list.length === 0)
            continue;
        out.push(style.bold(HEADINGS[category]));
        for (const r of list) {
            const colour = r.defaultSeverity === 'error'
                ? style.red
                : r.defaultSeverity === 'warning'
                    ? style.yellow
                    : style.blue;
            out.push(`  ${r.id.padEnd(idWidth)}  ${colour(r.defaultSeverity.padEnd(sevWidth))}  ${r.description}`);
        }
        out.push('');
    }
    out.push(style.dim(`${rules.length} rules. Change a severity or an option in acctmap.config.yaml (\`rules: {stale-contact: {severity: error, days: 60}}\`) or with \`--rule ID=SEVERITY\`; each rule has a page in docs/rules/<id>.md.`));
    return `${out.join('\n')}\n`;
}
/** `{"rules": [...]}`: keys in snake_case like the other JSON outputs. */
export function formatCatalogJson(rules) {
    const data = {
        rules: rules.map((r) => ({
            id: r.id,
            default_severity: r.defaultSeverity,
            category: r.category,
            description: r.description,
            help: r.help,
            docs: r.docs,
            portfolio: r.portfolio,
            options: Object.fromEntries(r.options.map((o) => [o.name, { default: o.default, description: o.description }])),
        })),
    };
    return `${JSON.stringify(data, null, 2)}\n`;
}
