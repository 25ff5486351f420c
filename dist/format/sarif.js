const LEVEL = {
    error: 'error',
    warning: 'warning',
    info: 'note',
};
/** Findings that come from the format itself rather than from a rule. */
const BUILT_IN = [
    {
        id: 'yaml',
        description: 'The file is not valid YAML.',
        help: 'Fix the YAML syntax at the position shown: indentation with spaces, unique keys, closed brackets and quotes.',
    },
    {
        id: 'schema',
        description: 'The map does not follow the account-map format.',
        help: 'Use the keys and values the format allows; see docs/format.md. Unknown keys are errors so that typos never drop data.',
    },
    {
        id: 'reference',
        description: 'An id is unknown or used twice, or reporting lines or unit parents form a cycle.',
        help: 'Every id a map names must exist in the same map, and ids must be unique; see docs/format.md#cross-references.',
    },
];
export const sarif = (report, { rules, toolVersion }) => {
    const descriptors = [
        ...BUILT_IN.map((r) => ({
            id: r.id,
            name: r.id,
            shortDescription: { text: r.description },
            fullDescription: { text: r.description },
            help: { text: r.help },
            defaultConfiguration: { level: 'error' },
        })),
        ...rules.map((r) => ({
            id: r.id,
            name: r.id,
            shortDescription: { text: r.description },
            fullDescription: { text: r.description },
            help: { text: `${r.help} See ${r.docs} for why it matters and an example.` },
            defaultConfiguration: { level: LEVEL[r.defaultSeverity] },
        })),
    ];
    const index = new Map(descriptors.map((d, i) => [d.id, i]));
    // A rule id we have no metadata for (should not happen) still gets a descriptor.
    for (const d of report.diagnostics) {
        if (!index.has(d.rule)) {
            index.set(d.rule, descriptors.length);
            descriptors.push({
                id: d.rule,
                name: d.rule,
                shortDescription: { text: d.rule },
                fullDescription: { text: d.rule },
                help: { text: d.rule },
                defaultConfiguration: { level: LEVEL[d.severity] },
            });
        }
    }
    const log = {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: 'acctmap',
                        version: toolVersion,
                        semanticVersion: toolVersion,
                        rules: descriptors,
                    },
                },
                results: report.diagnostics.map((d) => ({
                    ruleId: d.rule,
                    ruleIndex: index.get(d.rule),
                    level: LEVEL[d.severity],
                    message: { text: d.message },
                    locations: [
                        {
                            physicalLocation: {
                                artifactLocation: {
                                    uri: encodeURI(d.file.replace(/\\/g, '/')),
                                    uriBaseId: '%SRCROOT%',
                                },
                                region: {
                                    startLine: d.line,
                                    startColumn: d.column,
                                    ...(d.endLine !== undefined
                                        ? { endLine: d.endLine, endColumn: d.endColumn }
                                        : {}),
                                },
                            },
                        },
                    ],
                    ...(d.path
                        ? { properties: { path: d.path, ...(d.account ? { account: d.account } : {}) } }
                        : {}),
                })),
                columnKind: 'unicodeCodePoints',
            },
        ],
    };
    return `${JSON.stringify(log, null, 2)}\n`;
};
