import { accountsOnly, checkFile, } from '../validate/check.js';
import { contentHash, statFingerprint } from './fingerprint.js';
import { decode, readFileBytes, readTextFile } from './io.js';
export function unreadableOutcome(read) {
    return {
        kind: 'unreadable',
        problem: read.problem,
        fatal: read.fatal,
        rule: read.reason === undefined ? 'io' : 'yaml',
    };
}
/**
 * Reads a file as `checkFile` wants it, and when asked (for the cache) the hash of its bytes
 * and its stat fingerprint (`statFingerprint`).
 */
export function readForCheck(path, maxBytes, hash) {
    if (!hash)
        return readTextFile(path, maxBytes);
    const read = readFileBytes(path, maxBytes);
    if (!('bytes' in read))
        return read;
    const text = decode(read.bytes);
    if (!('text' in text))
        return text;
    const stat = statFingerprint(read.stat);
    return {
        text: text.text,
        hash: contentHash(read.bytes),
        ...(stat === undefined ? {} : { stat }),
    };
}
/** Reads and checks one file, and gives it in the form that is sent between threads. */
export function checkForTransfer(path, file, maxBytes, rules, { accounts, hash }) {
    const read = readForCheck(path, maxBytes, hash);
    if (!('text' in read))
        return unreadableOutcome(read);
    const check = checkFile({ file, text: read.text }, { maxBytes, ...(rules ? { rules } : {}) });
    const sum = {
        ...(read.hash === undefined ? {} : { hash: read.hash }),
        ...(read.stat === undefined ? {} : { stat: read.stat }),
    };
    if (accounts)
        return { kind: 'checked', ...sum, ...accountsOnly(check) };
    return {
        kind: 'checked',
        ...sum,
        summary: check.summary,
        diagnostics: check.diagnostics,
        maps: check.maps.map(({ map, ...rest }) => 
        // JSON keeps the main thread's copy small (flat strings, none of them a slice that keeps
        // the whole text alive); the rare map with values JSON cannot carry (NaN, -0, ...) is
        // cloned as it is.
        isJsonFaithful(map) ? { ...rest, json: JSON.stringify(map) } : { ...rest, map }),
    };
}
/**
 * A sent file as the main thread keeps it: the `CheckedFile` again, with whole maps or with
 * each map's `account` (`M`), as it was sent.
 */
export function received(outcome) {
    return {
        summary: outcome.summary,
        diagnostics: outcome.diagnostics,
        maps: outcome.maps.map(({ json, map, ...rest }) => ({
            ...rest,
            map: (json !== undefined ? JSON.parse(json) : map),
        })),
    };
}
/** True when `JSON.parse(JSON.stringify(value))` gives back an equal value. */
function isJsonFaithful(value) {
    switch (typeof value) {
        case 'string':
        case 'boolean':
            return true;
        case 'number':
            return Number.isFinite(value) && !Object.is(value, -0);
        case 'object': {
            if (value === null)
                return true;
            if (Array.isArray(value)) {
                for (const item of value)
                    if (!isJsonFaithful(item))
                        return false;
                return true;
            }
            if (Object.getPrototypeOf(value) !== Object.prototype)
                return false;
            for (const key of Object.keys(value)) {
                if (key === '__proto__')
                    return false;
                if (!isJsonFaithful(value[key]))
                    return false;
            }
            return true;
        }
        default:
            return false;
    }
}
