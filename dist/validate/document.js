/**
 * One document's data → a valid `AccountMap`, or the findings that say why it is not one.
 */
import { z } from 'zod';
import { AccountMapSchema, describe, FORMAT_VERSIONS, } from '../model/account-map.js';
import { formatPath } from '../model/diagnostic.js';
import { escapeControls } from '../text/index.js';
import { checkReferences } from './references.js';
import { errorMessage, issuesToFindings } from './schema-issues.js';
/**
 * The map's schema compiled to one generated function (zod's `z.compile`), made on first use
 * (about 20 ms, once per thread): it checks a valid map in about half the time of the runtime
 * parser. On anything it does not accept it hands the input to the runtime parser, so a broken
 * map gets exactly the runtime's issues (document.test.ts holds the two to that).
 */
let compiled;
export function accountMapSchema() {
    compiled ??= z.compile(AccountMapSchema);
    return compiled;
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
    const parsed = accountMapSchema().safeParse(data, { error: errorMessage });
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
