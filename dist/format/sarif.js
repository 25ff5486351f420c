/**
 * SARIF 2.1.0 with every field GitHub code scanning requires: tool.driver with rules (id, short
 * and full description, help), results with ruleId, message and a physical location with a
 * relative artifact URI and a region.
 */
import { BUILT_IN_CHECKS, formatPath, } from '../model/diagnostic.js';
import { isRedFlag } from '../rules/red-flags.js';
const LEVEL = {
    error: 'error',
    warning: 'warning',
    info: 'note',
};
/** Findings that come from the format itself rather than from a rule. */
const BUILT_IN = {
    yaml: {
        description: 'The file is not valid YAML.',
        help: 'Fix the YAML syntax at the position shown: indentation with spaces, unique keys, closed brackets and quotes.',
    },
    schema: {
        description: 'The map does not follow the account-map format.',
        help: 'Use the keys and values the format allows; see docs/format.md. Unknown keys are errors so that typos never drop data.',
    },
    reference: {
        description: 'An id is unknown or used twice, or reporting lines or unit parents form a cycle.',
        help: 'Every id a map names must exist in the same map, and ids must be unique; see docs/format.md#cross-references.',
    },
};
export const sarif = (report, { rules, toolVersion }) => {
    const descriptors = [
        ...BUILT_IN_CHECKS.map((id) => ({
            id,
            name: id,
            shortDescription: { text: BUILT_IN[id].description },
            fullDescription: { text: BUILT_IN[id].description },
            help: { text: BUILT_IN[id].help },
            defaultConfiguration: { level: 'error' },
        })),
        ...rules.map((r) => ({
            id: r.id,
            name: r.id,
            shortDescription: { text: r.description },
            fullDescription: { text: r.description },
            help: { text: `${r.help} See ${r.docs} for why it matters and an example.` },
            defaultConfiguration: { level: LEVEL[r.defaultSeverity] },
            properties: { tags: [r.category] },
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
                    ...resultProperties(d),
                })),
                columnKind: 'unicodeCodePoints',
            },
        ],
    };
    return `${JSON.stringify(log, null, 2)}\n`;
};
/**
 * A result's own properties: where in the map (`path`, and the `account`), and the tag
 * `red-flag` when the finding is a red flag (a red-flag rule's, at warning or error).
 */
function resultProperties(d) {
    const properties = {};
    if (d.path.length) {
        properties.path = formatPath(d.path);
        if (d.account)
            properties.account = d.account;
    }
    if (isRedFlag(d))
        properties.tags = ['red-flag'];
    return Object.keys(properties).length ? { properties } : {};
}
