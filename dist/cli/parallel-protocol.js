import { checkFile } from '../validate/check.js';
import { readTextFile } from './io.js';
/**
 * Reads and checks one file, and gives what the main thread keeps of it: the diagnostics, placed
 * already, and the maps, without the file's text (it is read again if a rule finding needs a
 * position in it).
 */
export function checkForTransfer(path, file, maxBytes) {
    const read = readTextFile(path, maxBytes);
    if (!('text' in read))
        return { kind: 'unreadable', problem: read.problem, fatal: read.fatal };
    const text = read.text;
    const check = checkFile({ file, text }, { maxBytes });
    // Suppression comments are the only reason the main thread reads a file's text; without
    // `acctmap-` in it there is none, and the text is not kept.
    const source = text.includes('acctmap-') ? text : '';
    return {
        kind: 'checked',
        summary: check.summary,
        diagnostics: check.diagnostics,
        digest: digestOf(text),
        maps: check.maps.map((m) => {
            const base = { document: m.document, valid: m.valid, source };
            // JSON keeps the main thread's copy small (flat strings, none of them a slice that keeps
            // the whole text alive); the rare map with values JSON cannot carry (NaN, -0, ...) is
            // cloned as it is.
            return isJsonFaithful(m.map)
                ? { ...base, json: JSON.stringify(m.map) }
                : { ...base, map: m.map };
        }),
    };
}
/** Length and FNV-1a hash of a text: enough to notice that a file changed during the run. */
export function digestOf(text) {
    let h = 0x811c9dc5;
    for (let i = 0; i < text.length; i++) {
        h ^= text.charCodeAt(i);
        h = Math.imul(h, 0x01000193);
    }
    return `${text.length}:${(h >>> 0).toString(16)}`;
}
/** True when `JSON.parse(JSON.stringify(value))` gives back an equal value. */
export function isJsonFaithful(value) {
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
