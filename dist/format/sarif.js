/**
 * SARIF 2.1.0 with every field GitHub code scanning requires: tool.driver with rules (id, a
 * readable name, short and full description, help and a link to the rule's page), results with
 * ruleId, message and a physical location with an artifact URI and a region. Checked with
 * Microsoft's own validator (`sarif-multitool validate`) in test/sarif.test.ts.
 *
 * Where files are: the CLI says (`FormatContext.artifacts`): paths relative to the git
 * repository root under `uriBaseId: %SRCROOT%` (which `originalUriBaseIds` describes), so that
 * GitHub finds them whatever folder acctmap ran in; a file outside any repository gets an
 * absolute `file:` URI and no base.
 *
 * Columns: `columnKind: utf16CodeUnits`. acctmap counts columns in UTF-16 code units everywhere
 * (src/text/positions.ts, as the `yaml` package, editors' language servers and GitHub's
 * annotations do), so SARIF gives the same column as every other format rather than a second
 * count that only SARIF would use.
 */
import { BUILT_IN_CHECKS, formatPath, } from '../model/diagnostic.js';
import { isRedFlag } from '../rules/red-flags.js';
import { fileUri, relativeUri } from '../text/index.js';
const LEVEL = {
    error: 'error',
    warning: 'warning',
    info: 'note',
};
/** The page that documents the built-in checks (relative to the package root). */
const BUILT_IN_DOCS = 'docs/rules/README.md#built-in-checks';
/** Findings that come from the format itself, or from reading the file, rather than from a rule. */
const BUILT_IN = {
    yaml: {
        name: 'InvalidYaml',
        description: 'The file is not valid YAML.',
        help: 'Fix the YAML syntax at the position shown: indentation with spaces, unique keys, closed brackets and quotes.',
    },
    schema: {
        name: 'NotTheMapFormat',
        description: 'The map does not follow the account-map format.',
        help: 'Use the keys and values the format allows; see docs/format.md. Unknown keys are errors so that typos never drop data.',
    },
    reference: {
        name: 'BrokenReference',
        description: 'An id is unknown or used twice, or reporting lines or unit parents form a cycle.',
        help: 'Every id a map names must exist in the same map, and ids must be unique; see docs/format.md#cross-references.',
    },
    io: {
        name: 'UnreadableFile',
        description: 'The file could not be read: missing, a folder, not permitted, or over the size limit.',
        help: 'Check that the path names a map file that exists and that acctmap may read; a file over max_file_mb (acctmap.config.yaml) is not read.',
    },
};
/** Rules whose id is one word: a name that says more than the id with a capital letter. */
const NAMES = {
    reorganization: 'ReorganizationAtTheAccount',
    suppression: 'SuppressionCommentProblem',
};
/**
 * `no-economic-buyer` → `NoEconomicBuyer`: SARIF's readable rule name. It must differ from the id
 * even ignoring case (the validator compares them so), hence NAMES and the `Rule` suffix.
 */
function ruleName(id) {
    const named = NAMES[id];
    if (named)
        return named;
    const name = id
        .split(/[^A-Za-z0-9]+/)
        .filter(Boolean)
        .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
        .join('');
    return name.toLowerCase() === id.toLowerCase() || name === '' ? `${name}Rule` : name;
}
/** A sentence ends with a full stop (SARIF's validator asks this of every message). */
function sentence(text) {
    return /[.!?…]$/.test(text.trimEnd()) ? text : `${text}.`;
}
/** Without the CLI's help: a relative name as given, an absolute one as a `file:` URI. */
function defaultPlace(file) {
    return /^(?:[\\/]|[A-Za-z]:[\\/])/.test(file)
        ? { uri: fileUri(file) }
        : { uri: relativeUri(file) };
}
export const sarif = (report, { rules, toolVersion, artifacts, docsUri }) => {
    const link = (page) => (docsUri ? { helpUri: docsUri(page) } : {});
    const descriptors = [
        ...BUILT_IN_CHECKS.map((id) => ({
            id,
            name: BUILT_IN[id].name,
            shortDescription: { text: BUILT_IN[id].description },
            fullDescription: { text: `${BUILT_IN[id].description} ${BUILT_IN[id].help}` },
            help: { text: BUILT_IN[id].help },
            ...link(BUILT_IN_DOCS),
            defaultConfiguration: { level: 'error' },
        })),
        ...rules.map((r) => ({
            id: r.id,
            name: ruleName(r.id),
            shortDescription: { text: sentence(r.description) },
            fullDescription: { text: `${sentence(r.description)} ${sentence(r.help)}` },
            help: { text: `${sentence(r.help)} See ${r.docs} for why it matters and an example.` },
            ...link(r.docs),
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
                name: ruleName(d.rule),
                shortDescription: { text: sentence(d.rule) },
                fullDescription: { text: sentence(d.rule) },
                help: { text: sentence(d.rule) },
                defaultConfiguration: { level: LEVEL[d.severity] },
            });
        }
    }
    const place = (file) => artifacts?.locate(file) ?? defaultPlace(file);
    const physicalLocation = (d) => ({
        artifactLocation: place(d.file),
        region: {
            startLine: d.line,
            startColumn: d.column,
            ...(d.endLine !== undefined ? { endLine: d.endLine, endColumn: d.endColumn } : {}),
        },
    });
    // Files that could not be read: findings like any other, and also what the run itself could
    // not do (a tool execution notification, and executionSuccessful false).
    const unread = report.diagnostics.filter((d) => d.rule === 'io');
    const srcRoot = artifacts?.srcRoot;
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
                        ...(docsUri ? { informationUri: docsUri('README.md') } : {}),
                        rules: descriptors,
                    },
                },
                invocations: [
                    {
                        executionSuccessful: unread.length === 0,
                        ...(unread.length
                            ? {
                                toolExecutionNotifications: unread.map((d) => ({
                                    level: 'error',
                                    message: { text: sentence(d.message) },
                                    locations: [{ physicalLocation: physicalLocation(d) }],
                                    descriptor: { id: d.rule, index: index.get(d.rule) },
                                })),
                            }
                            : {}),
                    },
                ],
                ...(srcRoot
                    ? {
                        originalUriBaseIds: {
                            '%SRCROOT%': {
                                uri: srcRoot,
                                description: {
                                    text: 'The root of the git repository that holds the maps; artifact URIs are relative to it.',
                                },
                            },
                        },
                    }
                    : {}),
                results: report.diagnostics.map((d) => ({
                    ruleId: d.rule,
                    ruleIndex: index.get(d.rule),
                    level: LEVEL[d.severity],
                    message: { text: sentence(d.message) },
                    locations: [{ physicalLocation: physicalLocation(d) }],
                    ...resultProperties(d),
                })),
                columnKind: 'utf16CodeUnits',
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
