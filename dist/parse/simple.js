import { positionsIn } from '../text/index.js';
const MAP = 0;
const SEQ = 1;
const LEAF = 2;
/**
 * Characters this reader never takes on (tabs, control characters, BOMs inside, line and
 * paragraph separators), plus CR and surrogates, which are fine in pairs; one quick class
 * scan, and the precise test only for the texts that hold one of them.
 */
const SUSPECT_CHARS = 
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are exactly what we look for
/[\t\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ufeff\ufffe\uffff]/;
const UNSUPPORTED_CHARS = 
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are exactly what we refuse
/[\t\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]|\r(?!\n)|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
function unsupportedChars(text) {
    return SUSPECT_CHARS.test(text) && UNSUPPORTED_CHARS.test(text);
}
const SPACE = 32;
const HASH = 35;
const DASH = 45;
const COLON = 58;
const DQUOTE = 34;
const SQUOTE = 39;
const LBRACKET = 91;
const RBRACKET = 93;
const COMMA = 44;
const LBRACE = 123;
const RBRACE = 125;
/** Per ASCII code: 1 may start a plain key, 2 may continue one (1 | 2 both). */
const KEY_CHAR = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
    const ch = String.fromCharCode(c);
    if (/[A-Za-z0-9_$]/.test(ch))
        KEY_CHAR[c] = 3;
    else if (/[-./]/.test(ch))
        KEY_CHAR[c] = 2;
}
/** Characters a plain scalar may not start with (YAML indicators), besides `-` handled apart. */
const BAD_PLAIN_START = new Uint8Array(128);
for (const ch of ',[]{}#&*!|>\'"%@`?:')
    BAD_PLAIN_START[ch.charCodeAt(0)] = 1;
/** Characters a plain item inside `[...]`/`{...}` may not hold at all (strict on purpose). */
const BAD_FLOW_PLAIN = new Uint8Array(128);
for (const ch of ',[]{}#:')
    BAD_FLOW_PLAIN[ch.charCodeAt(0)] = 1;
/** The flow indicators `,[]{}`: no plain scalar inside a flow collection starts `-` + one. */
const FLOW_INDICATOR = new Uint8Array(128);
for (const ch of ',[]{}')
    FLOW_INDICATOR[ch.charCodeAt(0)] = 1;
class Unsupported extends Error {
}
const UNSUPPORTED = new Unsupported();
/**
 * The data and a locator for `text` (without a byte-order mark), or `undefined` when the text
 * uses any YAML this reader does not take on; the caller then parses it with `yaml`.
 *
 * The first read builds the data only; the nodes with their ranges are built by a second read
 * of the same text the first time the locator is asked, so a file without findings never pays
 * for (or keeps) them.
 */
export function parseSimple(text, maxIndent = Number.POSITIVE_INFINITY) {
    if (unsupportedChars(text))
        return undefined;
    try {
        const data = read(text, DATA, undefined, undefined, maxIndent).data;
        let tree;
        let accountTree;
        let locator;
        let accountLocator;
        const locate = (path, target) => {
            tree ??= read(text, NODES).tree;
            locator ??= makeLocate(text, tree);
            return locator(path, target);
        };
        const locateAccount = (path, target) => {
            if (locator || path[0] !== 'account')
                return locate(path, target);
            accountTree ??= read(text, NODES, undefined, 'account').tree;
            accountLocator ??= makeLocate(text, accountTree);
            return accountLocator(path, target);
        };
        const accountAnchors = (keys) => {
            // The whole tree when it is already read; else the read that stops after `account`.
            accountTree ??= tree ?? read(text, NODES, undefined, 'account').tree;
            return anchorsIn(text, accountTree, keys);
        };
        return { data, locate, locateAccount, accountAnchors };
    }
    catch (error) {
        if (error === UNSUPPORTED)
            return undefined;
        throw error;
    }
}
/**
 * Why `parseSimple` leaves a text to `yaml`: the 1-based line it stopped at (0 for a character
 * it never reads), or `undefined` when it reads the text. For tests and for tuning the reader.
 */
export function simpleStopsAt(text) {
    if (unsupportedChars(text))
        return 0;
    const at = { line: 0 };
    try {
        read(text, BOTH, at);
        return undefined;
    }
    catch (error) {
        if (error === UNSUPPORTED)
            return at.line;
        throw error;
    }
}
/** What a read builds: the data, the nodes with their ranges, or both. */
const DATA = 1;
const NODES = 2;
const BOTH = 3;
/** The data of every frame of a read for nodes only: never written to. */
const NO_DATA = Object.freeze({});
/**
 * Reads `text`, building the data, the nodes, or both (the nodes are the same either way). A
 * read for `NODES` only is for a text a `DATA` read has already taken: it neither resolves
 * values nor keeps them, nor checks again what that read checked (duplicate keys, keys that do
 * not read back), which is a third of its cost. With `stopAfter`, the read stops at the first
 * top-level key after that one: the nodes of that key are complete (its block is closed exactly
 * as a whole read closes it), the rest is left out.
 */
function read(text, mode, at, stopAfter, maxIndent = Number.POSITIVE_INFINITY) {
    const positions = (mode & NODES) !== 0;
    const data = (mode & DATA) !== 0;
    const n = text.length;
    const stack = [];
    let root;
    /** A key whose value starts on a later line (a nested block). */
    let pendingFrame;
    let pendingKey = '';
    /** The last one-line value and the frame it belongs to, while only comments/blanks follow. */
    let leaf;
    let leafIndent = 0;
    /** Comments right after a value, indented deeper than its block, still join the value. */
    let absorbing = false;
    /** Deepest indentation of a comment after the value that did not join it (-1: none). */
    let trailingComment = -1;
    let pos = 0;
    let lineEnd = 0;
    let next = 0;
    /** Set by `value` and the readers it calls: where the value just read ends, and its node. */
    let valueEnd = 0;
    let valueNode;
    const leafNode = (start, end, nodeEnd) => positions ? { kind: LEAF, start, end, nodeEnd } : undefined;
    const closeFrame = (frame, contentAt) => {
        const node = frame.node;
        if (!node)
            return;
        const children = node.children;
        node.end = children[children.length - 1].nodeEnd;
        // Comment lines after a block's last value stay with that block when one of them is
        // indented at least as deep as the block; otherwise they move up to the parent (yaml's
        // Parser#pop). When they stay, the block's node end is where the next content starts.
        if (trailingComment >= 0 && frame.indent > 0 && trailingComment >= frame.indent) {
            node.nodeEnd = contentAt;
            trailingComment = -1;
        }
        else {
            node.nodeEnd = node.end;
        }
    };
    const afterValue = (frame) => {
        if (!positions)
            return;
        leaf = valueNode;
        leafIndent = frame.indent;
        absorbing = true;
        trailingComment = -1;
    };
    /** A one-line value at `j`: plain, quoted or a flow collection; sets valueEnd/valueNode. */
    const value = (j) => {
        const c = text.charCodeAt(j);
        let result;
        if (c === DQUOTE || c === SQUOTE) {
            result = quoted(j);
            valueNode = leafNode(j, valueEnd, next);
        }
        else if (c === LBRACKET || c === LBRACE) {
            result = flowCollection(j);
        }
        else {
            if (c < 128 && BAD_PLAIN_START[c] === 1)
                throw UNSUPPORTED;
            if (c === DASH && (j + 1 === lineEnd || text.charCodeAt(j + 1) === SPACE)) {
                throw UNSUPPORTED;
            }
            let stop = lineEnd;
            for (let k = j; k < lineEnd; k++) {
                const ch = text.charCodeAt(k);
                if (ch === COLON) {
                    if (k + 1 === lineEnd || text.charCodeAt(k + 1) === SPACE)
                        throw UNSUPPORTED;
                }
                else if (ch === HASH && text.charCodeAt(k - 1) === SPACE) {
                    stop = k;
                    break;
                }
            }
            let end = stop;
            while (text.charCodeAt(end - 1) === SPACE)
                end--;
            valueEnd = end;
            valueNode = leafNode(j, end, next);
            return data ? resolvePlain(text.slice(j, end)) : null;
        }
        // After a quoted value or a flow collection: only spaces, then the line's end or a comment.
        let k = valueEnd;
        while (k < lineEnd && text.charCodeAt(k) === SPACE)
            k++;
        if (k < lineEnd && !(text.charCodeAt(k) === HASH && k > valueEnd))
            throw UNSUPPORTED;
        return result;
    };
    /** A quoted scalar on one line, without escapes; sets valueEnd. */
    const quoted = (j) => {
        if (text.charCodeAt(j) === DQUOTE) {
            const close = text.indexOf('"', j + 1);
            if (close === -1 || close >= lineEnd)
                throw UNSUPPORTED;
            const body = text.slice(j + 1, close);
            if (body.includes('\\'))
                throw UNSUPPORTED;
            valueEnd = close + 1;
            return body;
        }
        let k = j + 1;
        for (;;) {
            const close = text.indexOf("'", k);
            if (close === -1 || close >= lineEnd)
                throw UNSUPPORTED;
            if (close + 1 < lineEnd && text.charCodeAt(close + 1) === SQUOTE) {
                k = close + 2;
                continue;
            }
            const body = text.slice(j + 1, close);
            valueEnd = close + 1;
            return body.includes("''") ? body.replaceAll("''", "'") : body;
        }
    };
    /** One item of a flow collection at `k`: a quoted or plain scalar, no nesting. */
    const flowScalar = (k) => {
        const c = text.charCodeAt(k);
        if (c === DQUOTE || c === SQUOTE) {
            const v = quoted(k);
            valueNode = leafNode(k, valueEnd, valueEnd);
            return v;
        }
        if (c < 128 && (BAD_PLAIN_START[c] === 1 || BAD_FLOW_PLAIN[c] === 1))
            throw UNSUPPORTED;
        if (c === RBRACE)
            throw UNSUPPORTED;
        // Inside brackets a `-` is plain text only when text follows it (`-x`, `-1`): before a
        // space, the line's end or a flow indicator (`[ops, -]`, `{a: -}`) it is a block-list
        // dash, which YAML forbids there (yaml-test-suite YJV2); `yaml` reports it.
        if (c === DASH) {
            const after = k + 1 === lineEnd ? SPACE : text.charCodeAt(k + 1);
            if (after === SPACE || (after < 128 && FLOW_INDICATOR[after] === 1))
                throw UNSUPPORTED;
        }
        const s = k;
        while (k < lineEnd) {
            const ch = text.charCodeAt(k);
            if (ch === COMMA || ch === RBRACKET || ch === RBRACE)
                break;
            if (ch < 128 && BAD_FLOW_PLAIN[ch] === 1)
                throw UNSUPPORTED;
            k++;
        }
        let e = k;
        while (text.charCodeAt(e - 1) === SPACE)
            e--;
        valueEnd = e;
        valueNode = leafNode(s, e, e);
        return data ? resolvePlain(text.slice(s, e)) : null;
    };
    /**
     * `[a, "b", 3]` or `{ours: positive, theirs: "x"}` on one line: plain or quoted scalars, no
     * nesting, no empty items, no trailing comma. Sets valueEnd/valueNode.
     */
    const flowCollection = (j) => {
        const isMap = text.charCodeAt(j) === LBRACE;
        const close = isMap ? RBRACE : RBRACKET;
        const node = !positions
            ? undefined
            : isMap
                ? {
                    kind: MAP,
                    start: j,
                    end: j,
                    nodeEnd: next,
                    keys: [],
                    keyStarts: [],
                    keyEnds: [],
                    children: [],
                }
                : { kind: SEQ, start: j, end: j, nodeEnd: next, children: [] };
        const map = {};
        const list = [];
        const done = (k) => {
            valueEnd = k + 1;
            if (node)
                node.end = k + 1;
            valueNode = node;
            return isMap ? map : list;
        };
        let k = j + 1;
        while (k < lineEnd && text.charCodeAt(k) === SPACE)
            k++;
        if (k < lineEnd && text.charCodeAt(k) === close)
            return done(k);
        for (;;) {
            while (k < lineEnd && text.charCodeAt(k) === SPACE)
                k++;
            if (k >= lineEnd)
                throw UNSUPPORTED;
            if (isMap) {
                const colon = keyAt(k);
                if (colon < 0 || colon + 1 >= lineEnd)
                    throw UNSUPPORTED;
                const key = keyText(k, colon);
                if (data && Object.hasOwn(map, key))
                    throw UNSUPPORTED;
                if (node) {
                    node.keys.push(key);
                    node.keyStarts.push(k);
                    node.keyEnds.push(colon);
                }
                k = colon + 1;
                while (k < lineEnd && text.charCodeAt(k) === SPACE)
                    k++;
                if (k >= lineEnd)
                    throw UNSUPPORTED;
                const v = flowScalar(k);
                if (data)
                    setKey(map, key, v);
            }
            else {
                const v = flowScalar(k);
                if (data)
                    list.push(v);
            }
            if (node)
                node.children.push(valueNode);
            k = valueEnd;
            while (k < lineEnd && text.charCodeAt(k) === SPACE)
                k++;
            if (k >= lineEnd)
                throw UNSUPPORTED;
            const sep = text.charCodeAt(k);
            if (sep === close)
                return done(k);
            if (sep !== COMMA)
                throw UNSUPPORTED;
            k++;
            while (k < lineEnd && text.charCodeAt(k) === SPACE)
                k++;
            // A trailing comma (`[a, ]`) is valid YAML, but rare enough to leave to `yaml`.
            if (k < lineEnd && text.charCodeAt(k) === close)
                throw UNSUPPORTED;
        }
    };
    /** The key from `j` to its colon: a quoted key's text, or a plain key that reads back. */
    const keyText = (j, colon) => {
        if (text.charCodeAt(j) === DQUOTE)
            return text.slice(j + 1, colon - 1);
        const h = hashedAt === j ? hashed : keyHash(text, j, colon);
        const known = keptKeys.get(h);
        if (known !== undefined && known.length === colon - j && text.startsWith(known, j)) {
            return known;
        }
        const key = text.slice(j, colon);
        if (data)
            checkKey(key);
        rememberKey(key, h);
        return key;
    };
    /**
     * `key:` at `j` followed by a space or the end of the line: the colon's offset, else -1. A
     * key may be double-quoted without escapes (`"2024": 10`, as YAML writers quote year keys).
     */
    const keyAt = (j) => {
        const first = text.charCodeAt(j);
        if (first === DQUOTE) {
            const close = text.indexOf('"', j + 1);
            const colon = close + 1;
            if (close === -1 || colon >= lineEnd || text.charCodeAt(colon) !== COLON)
                return -1;
            if (colon + 1 < lineEnd && text.charCodeAt(colon + 1) !== SPACE)
                return -1;
            // Escapes, and lines the quote does not close on, are left to `yaml`.
            if (text.slice(j + 1, close).includes('\\') || close - j > 1000)
                return -1;
            return colon;
        }
        if (first >= 128 || (KEY_CHAR[first] & 1) === 0)
            return -1;
        // The key's hash on the way (`keyHash`), for `keyText` to look it up.
        let h = first;
        for (let k = j + 1; k < lineEnd; k++) {
            const ch = text.charCodeAt(k);
            if (ch < 128 && KEY_CHAR[ch] !== 0) {
                h = (Math.imul(h, 31) + ch) | 0;
                continue;
            }
            if (ch === SPACE) {
                // One space between words of a key; a space before the colon is left to `yaml`.
                const after = k + 1 < lineEnd ? text.charCodeAt(k + 1) : 0;
                if (after < 128 && KEY_CHAR[after] !== 0) {
                    h = (Math.imul(h, 31) + ch) | 0;
                    continue;
                }
                return -1;
            }
            if (ch === COLON && (k + 1 === lineEnd || text.charCodeAt(k + 1) === SPACE)) {
                if (k - j > 1000)
                    return -1;
                hashedAt = j;
                hashed = h;
                return k;
            }
            return -1;
        }
        return -1;
    };
    /** Where the last plain key `keyAt` found starts, and its hash. */
    let hashedAt = -1;
    let hashed = 0;
    /** One `key: …` entry of a block mapping, the key at `j` and its colon at `colon`. */
    const pair = (frame, j, colon) => {
        const key = keyText(j, colon);
        const map = frame.data;
        if (data && Object.hasOwn(map, key))
            throw UNSUPPORTED; // a duplicate: `yaml` says so
        const node = frame.node;
        if (node) {
            node.keys.push(key);
            node.keyStarts.push(j);
            node.keyEnds.push(colon);
        }
        let k = colon + 1;
        while (k < lineEnd && text.charCodeAt(k) === SPACE)
            k++;
        if (k === lineEnd || text.charCodeAt(k) === HASH) {
            pendingFrame = frame;
            pendingKey = key;
            leaf = undefined;
            return;
        }
        const v = value(k);
        if (data)
            setKey(map, key, v);
        if (node)
            node.children.push(valueNode);
        afterValue(frame);
    };
    const openMap = (j, indent) => ({
        kind: MAP,
        indent,
        node: positions
            ? {
                kind: MAP,
                start: j,
                end: j,
                nodeEnd: j,
                keys: [],
                keyStarts: [],
                keyEnds: [],
                children: [],
            }
            : undefined,
        data: data ? {} : NO_DATA,
    });
    const openSeq = (j, indent) => ({
        kind: SEQ,
        indent,
        node: positions ? { kind: SEQ, start: j, end: j, nodeEnd: j, children: [] } : undefined,
        data: data ? [] : NO_DATA,
    });
    /** A `- …` item of `frame` (a list) whose dash is at `i`. */
    const item = (frame, i, lineStart) => {
        let j = i + 1;
        while (j < lineEnd && text.charCodeAt(j) === SPACE)
            j++;
        if (j === lineEnd)
            throw UNSUPPORTED; // an empty item
        if (text.charCodeAt(j) === HASH)
            throw UNSUPPORTED;
        const list = frame.data;
        const colon = keyAt(j);
        if (colon >= 0) {
            const map = openMap(j, j - lineStart);
            if (data)
                list.push(map.data);
            if (frame.node)
                frame.node.children.push(map.node);
            stack.push(map);
            pair(map, j, colon);
            return;
        }
        const v = value(j);
        if (data)
            list.push(v);
        if (frame.node)
            frame.node.children.push(valueNode);
        afterValue(frame);
    };
    while (pos < n) {
        const lineStart = pos;
        if (at)
            at.line++;
        const nl = text.indexOf('\n', pos);
        next = nl === -1 ? n : nl + 1;
        lineEnd = nl === -1 ? n : nl > pos && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
        pos = next;
        let i = lineStart;
        while (i < lineEnd && text.charCodeAt(i) === SPACE)
            i++;
        if (i - lineStart >= maxIndent)
            throw UNSUPPORTED; // any line, blank or comment too
        if (i === lineEnd)
            continue; // blank line
        const indent = i - lineStart;
        const c = text.charCodeAt(i);
        if (c === HASH) {
            if (leaf) {
                if (absorbing && indent > leafIndent)
                    leaf.nodeEnd = next;
                else {
                    absorbing = false;
                    if (indent > trailingComment)
                        trailingComment = indent;
                }
            }
            continue;
        }
        const isDash = c === DASH && (i + 1 === lineEnd || text.charCodeAt(i + 1) === SPACE);
        const colon = isDash ? -1 : keyAt(i);
        if (!isDash && colon < 0)
            throw UNSUPPORTED; // a bare scalar, a continuation line, ...
        if (!root) {
            if (isDash || indent !== 0)
                throw UNSUPPORTED;
            root = openMap(i, 0);
            stack.push(root);
            pair(root, i, colon);
            continue;
        }
        if (pendingFrame) {
            const owner = pendingFrame;
            if (isDash ? indent < owner.indent : indent <= owner.indent)
                throw UNSUPPORTED; // empty value
            const nested = isDash ? openSeq(i, indent) : openMap(i, indent);
            if (data)
                setKey(owner.data, pendingKey, nested.data);
            if (owner.node)
                owner.node.children.push(nested.node);
            pendingFrame = undefined;
            stack.push(nested);
            if (isDash)
                item(nested, i, lineStart);
            else
                pair(nested, i, colon);
            continue;
        }
        // Close the blocks this line is outside of, as yaml's parser does.
        for (;;) {
            const top = stack[stack.length - 1];
            if (!top)
                throw UNSUPPORTED;
            const close = top.kind === MAP
                ? indent < top.indent
                : indent < top.indent || (!isDash && indent === top.indent);
            if (!close)
                break;
            closeFrame(top, i);
            stack.pop();
        }
        trailingComment = -1; // the comments start the next entry
        const top = stack[stack.length - 1];
        if (top.indent !== indent || (isDash ? top.kind !== SEQ : top.kind !== MAP)) {
            throw UNSUPPORTED;
        }
        leaf = undefined;
        if (stopAfter !== undefined &&
            top === root &&
            (data ? Object.hasOwn(root.data, stopAfter) : root.node.keys.includes(stopAfter))) {
            break;
        }
        if (isDash)
            item(top, i, lineStart);
        else
            pair(top, i, colon);
    }
    if (at)
        at.line++;
    if (!root || pendingFrame)
        throw UNSUPPORTED; // no mapping, or an empty value at the end
    while (stack.length)
        closeFrame(stack.pop(), n);
    return { data: root.data, tree: root.node };
}
/**
 * Plain keys met before, by a hash of their text: a key is looked up in the text where it
 * stands and, when known, the string kept is used instead of a new slice. Why: maps share one
 * vocabulary of keys (`id`, `name`, `stance`, ...), and a property name that is a new
 * string must be looked up in V8's table of names at each use (the duplicate check, then the
 * store): the reader's costliest line on the bench maps. A kept key has been through that once.
 * Only keys that passed `checkKey` are kept, and at most KEPT_KEYS of them (a text of random
 * keys must not grow the table without end).
 */
const keptKeys = new Map();
const KEPT_KEYS = 4096;
/** A plain key's hash, as `keyAt` computes it on the way. */
function keyHash(text, start, end) {
    let h = text.charCodeAt(start);
    for (let k = start + 1; k < end; k++)
        h = (Math.imul(h, 31) + text.charCodeAt(k)) | 0;
    return h;
}
function rememberKey(slice, h) {
    // The first key of a hash keeps its place; another with the same hash is not kept.
    if (keptKeys.size >= KEPT_KEYS || keptKeys.has(h))
        return;
    // A copy that owns its text: a slice of 13 characters or more keeps its file's whole text.
    keptKeys.set(h, JSON.parse(JSON.stringify(slice)));
}
/**
 * Keys must read back as the same text (`2025`, `stance`), so that `yaml`'s key lookup, its JS
 * object key and ours agree; `~`, `0x10`, `1.0`, `True` and the like are left to `yaml`.
 */
function checkKey(key) {
    const first = key.charCodeAt(0);
    // Keys that start with a letter other than n/t/f are text: no need to resolve them.
    if (first >= 65 && first !== 78 && first !== 84 && first !== 70) {
        if (first !== 110 && first !== 116 && first !== 102)
            return;
    }
    const resolved = resolvePlain(key);
    if (typeof resolved !== 'string' && (resolved === null || String(resolved) !== key)) {
        throw UNSUPPORTED;
    }
}
/** Like yaml's toJS: `__proto__` becomes an own key, not the object's prototype. */
function setKey(map, key, value) {
    if (key === '__proto__') {
        Object.defineProperty(map, key, {
            value,
            writable: true,
            enumerable: true,
            configurable: true,
        });
    }
    else {
        map[key] = value;
    }
}
/** Every text that one of the core schema's number tests accepts, and nothing else. */
const ANY_NUMBER = /^(?:[-+]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][-+]?[0-9]+)?|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;
/**
 * A plain scalar as the YAML 1.2 core schema reads it, test by test in the order `yaml` tries
 * them (null, bool, octal, int, hex, nan/inf, exponent, float); anything else is a string.
 */
export function resolvePlain(s) {
    switch (s) {
        case '':
        case '~':
        case 'null':
        case 'Null':
        case 'NULL':
            return null;
        case 'true':
        case 'True':
        case 'TRUE':
            return true;
        case 'false':
        case 'False':
        case 'FALSE':
            return false;
    }
    const c = s.charCodeAt(0);
    // Numbers start with a digit, a sign or a dot; and most texts that do are not numbers.
    if (!((c >= 48 && c <= 57) || c === 45 || c === 43 || c === 46) || !ANY_NUMBER.test(s)) {
        return s;
    }
    if (/^0o[0-7]+$/.test(s))
        return Number.parseInt(s.substring(2), 8);
    if (/^[-+]?[0-9]+$/.test(s))
        return Number.parseInt(s, 10);
    if (/^0x[0-9a-fA-F]+$/.test(s))
        return Number.parseInt(s.substring(2), 16);
    if (/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/.test(s)) {
        return s.slice(-3).toLowerCase() === 'nan'
            ? Number.NaN
            : s[0] === '-'
                ? Number.NEGATIVE_INFINITY
                : Number.POSITIVE_INFINITY;
    }
    if (/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/.test(s))
        return Number.parseFloat(s);
    if (/^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/.test(s))
        return Number.parseFloat(s);
    return s;
}
/**
 * `makeLocate(text, root)` asked for `['account']` and for `['account', key]` of each key, the
 * key then the value, as numbers (line, column, end line, end column of each): the same
 * answers in one walk, without a path or a position object per question. Every map of a run
 * needs them (the anchors of src/validate/check.ts); simple.test.ts holds them to the locator's.
 */
function anchorsIn(text, root, keys) {
    const position = positionsIn(text);
    const out = {};
    const push = (numbers, start, end) => {
        const a = position(start);
        const b = position(end);
        numbers.push(a.line, a.column, b.line, b.column);
    };
    const at = root.keys.indexOf('account');
    const account = at < 0 ? undefined : root.children[at];
    // Where the walk stops when `account` or a key is not there: the last node it reached.
    const fallback = account ?? root;
    const top = [];
    if (at < 0)
        push(top, root.start, root.end);
    else
        push(top, root.keyStarts[at], root.keyEnds[at]);
    push(top, fallback.start, fallback.end);
    out[''] = top;
    for (const key of keys) {
        const numbers = [];
        const index = account?.kind === MAP ? account.keys.indexOf(key) : -1;
        if (index < 0) {
            push(numbers, fallback.start, fallback.end);
            push(numbers, fallback.start, fallback.end);
        }
        else {
            const child = account.children[index];
            push(numbers, account.keyStarts[index], account.keyEnds[index]);
            push(numbers, child.start, child.end);
        }
        setKey(out, key, numbers);
    }
    return out;
}
/** The same walk as the `yaml` locator in source.ts, over this reader's nodes. */
function makeLocate(text, root) {
    const position = positionsIn(text);
    return (path, target = 'value') => {
        let node = root;
        let start = root.start;
        let end = root.end;
        for (let i = 0; i < path.length && node; i++) {
            const seg = path[i];
            if (node.kind === MAP) {
                const index = node.keys.indexOf(String(seg));
                if (index < 0)
                    break;
                if (i === path.length - 1 && target === 'key') {
                    start = node.keyStarts[index];
                    end = node.keyEnds[index];
                    node = undefined;
                    break;
                }
                node = node.children[index];
            }
            else if (node.kind === SEQ && typeof seg === 'number') {
                node = node.children[seg];
            }
            else {
                break;
            }
            if (node) {
                start = node.start;
                end = node.end;
            }
        }
        const a = position(start);
        const b = position(end);
        return { ...a, endLine: b.line, endColumn: b.column };
    };
}
