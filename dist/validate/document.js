/**
 * One document's data → a valid `AccountMap`, or the findings that say why it is not one.
 */
import { AccountMapSchema, describe, FORMAT_VERSIONS, } from '../model/account-map.js';
import { formatPath } from '../model/diagnostic.js';
import { escapeControls } from '../text/index.js';
import { compileAcceptor } from './accept.js';
import { checkReferences } from './references.js';
import { errorMessage, issuesToFindings } from './schema-issues.js';
/**
 * The schema's quick yes for a valid map (./accept.ts), made on first use; a map it does not
 * accept goes to zod itself, which says what is wrong. document.test.ts holds the two to the
 * same answers.
 */
let accepts;
export function acceptMap(data) {
    accepts ??= compileAcceptor(AccountMapSchema);
    return accepts(data)?.data;
}
export function validateDocument(data) {
    const result = check(data);
    for (const f of result.findings)
        f.message = escapeControls(f.message);
    return result;
}
function check(data) {
    const accountId = readAccountId(data);
    const base = accountId === undefined ? {} : { accountId };
    if (data === null || typeof data !== 'object' || Array.isArray(data)) {
        return {
            ...base,
            findings: [
                {
                    rule: 'schema',
                    path: [],
                    message: `this document is ${describe(data)}, not an account map: a map is a mapping that starts with \`acctmap: 1\` and an \`account\``,
                },
            ],
        };
    }
    const record = data;
    if (!('acctmap' in record)) {
        return {
            ...base,
            findings: [
                {
                    rule: 'schema',
                    path: [],
                    message: 'missing `acctmap: 1` at the top: every account map starts with the format version (add the line `acctmap: 1`)',
                },
            ],
        };
    }
    if (!FORMAT_VERSIONS.includes(record.acctmap)) {
        return {
            ...base,
            findings: [
                {
                    rule: 'schema',
                    path: ['acctmap'],
                    message: `format version ${JSON.stringify(record.acctmap)} is not one this release of acctmap reads; it reads version ${FORMAT_VERSIONS.join(', ')} (write \`acctmap: 1\`)`,
                },
            ],
        };
    }
    const accepted = acceptMap(data);
    const parsed = accepted === undefined
        ? AccountMapSchema.safeParse(data, { error: errorMessage })
        : { success: true, data: accepted };
    if (!parsed.success) {
        const shape = issuesToFindings(parsed.error.issues, AccountMapSchema, data);
        // Broken ids are reported in the same run, except where the shape error already speaks.
        const spoken = new Set(shape.map((f) => formatPath(f.path)));
        const references = checkReferences(data).filter((f) => !spoken.has(formatPath(f.path)));
        return { ...base, findings: [...shape, ...references] };
    }
    const references = checkReferences(parsed.data, true);
    return references.length
        ? { ...base, shaped: parsed.data, findings: references }
        : { ...base, map: parsed.data, shaped: parsed.data, findings: [] };
}
function readAccountId(data) {
    if (data === null || typeof data !== 'object')
        return undefined;
    const account = data.account;
    if (account === null || typeof account !== 'object')
        return undefined;
    const id = account.id;
    return typeof id === 'string' && id.length > 0 ? id : undefined;
}
