/** What the fast path cannot vouch for: the caller must ask zod. */
const NO = Symbol('not accepted');
const internals = (schema) => schema._zod;
/** The context zod's `safeParse` runs with (messages do not matter: a `NO` goes back to zod). */
const SYNC = { async: false };
/**
 * `schema` as a function that gives `{ data }` (what `schema.safeParse(value).data` would be)
 * when it can tell the value is valid, and `undefined` when zod must decide.
 */
export function compileAcceptor(schema) {
    const built = new Map();
    const build = (s) => {
        const known = built.get(s);
        if (known)
            return known;
        // Registered before the inner nodes are built, so that a schema that refers to itself
        // (zod 4's recursive objects) finds itself here; it is only called once built.
        built.set(s, (v) => own(v));
        const typed = typeAcceptor(s);
        const own = typed ? withChecks(s, typed) : delegate(s);
        built.set(s, own);
        return own;
    };
    /** The node's own type, before its checks; undefined for a node left to zod. */
    const typeAcceptor = (s) => {
        const zod = internals(s);
        const def = zod.def;
        switch (def.type) {
            case 'string':
                return (v) => (typeof v === 'string' ? v : NO);
            case 'number':
                // zod's number takes no NaN and no ±Infinity.
                return (v) => (typeof v === 'number' && Number.isFinite(v) ? v : NO);
            case 'boolean':
                return (v) => (typeof v === 'boolean' ? v : NO);
            case 'unknown':
            case 'any':
                return (v) => v;
            case 'enum':
            case 'literal': {
                const values = zod.values;
                if (!values)
                    return undefined;
                return (v) => (values.has(v) ? v : NO);
            }
            case 'optional': {
                const inner = build(def.innerType);
                // Only a defaulted inner schema gives something for absence; else it stays absent.
                if (internals(def.innerType).optin === 'defaulted')
                    return inner;
                return (v) => (v === undefined ? v : inner(v));
            }
            case 'default': {
                const inner = build(def.innerType);
                // zod's default hands out a fresh copy each time (the getter on its def).
                return (v) => {
                    if (v === undefined)
                        return def.defaultValue;
                    const x = inner(v);
                    return x === undefined ? def.defaultValue : x;
                };
            }
            case 'array': {
                const element = build(def.element);
                return (v) => {
                    if (!Array.isArray(v))
                        return NO;
                    const out = new Array(v.length);
                    for (let i = 0; i < v.length; i++) {
                        const x = element(v[i]);
                        if (x === NO)
                            return NO;
                        out[i] = x;
                    }
                    return out;
                };
            }
            case 'object':
                return strictObject(s);
            default:
                return undefined;
        }
    };
    /**
     * A strict object (`z.strictObject`): no key outside its shape; the result has the shape's
     * keys in the shape's order, as zod builds it, each present as zod decides it.
     */
    const strictObject = (s) => {
        const def = internals(s).def;
        if (!def.catchall || internals(def.catchall).def.type !== 'never')
            return undefined;
        const shape = def.shape;
        const keys = Object.keys(shape);
        if (keys.includes('__proto__'))
            return undefined;
        const known = new Set(keys);
        const accepts = keys.map((k) => build(shape[k]));
        const keeps = keys.map((k) => keepOf(internals(shape[k])));
        return (v) => {
            if (typeof v !== 'object' || v === null || Array.isArray(v))
                return NO;
            const input = v;
            // As zod's strict check: every enumerable key, own or inherited.
            for (const k in input)
                if (!known.has(k))
                    return NO;
            const out = {};
            for (let i = 0; i < keys.length; i++) {
                const k = keys[i];
                const keep = keeps[i];
                if (!(k in input)) {
                    // An absent key: required fails, optional stays absent, a default is filled in.
                    if (keep === REQUIRED)
                        return NO;
                    if (keep === PRESENT)
                        continue;
                    const x = accepts[i](undefined);
                    if (x === NO)
                        return NO;
                    if (keep === ALWAYS || x !== undefined)
                        out[k] = x;
                    continue;
                }
                const x = accepts[i](input[k]);
                if (x === NO)
                    return NO;
                out[k] = x;
            }
            return out;
        };
    };
    return (value) => {
        const data = build(schema)(value);
        return data === NO ? undefined : { data };
    };
}
/** When zod's object parser keeps a key's value in its result. */
const REQUIRED = 0;
const PRESENT = 1;
const PRESENT_OR_SET = 2;
const ALWAYS = 3;
/** As zod 4's generated object parser (`generateFastpass`) decides from `optin`/`optout`. */
function keepOf({ optin, optout }) {
    if (optin === undefined)
        return REQUIRED;
    if (optout === 'optional')
        return optin === 'optional' ? PRESENT : PRESENT_OR_SET;
    return optin === 'defaulted' ? ALWAYS : PRESENT_OR_SET;
}
/**
 * zod's own parser (with its checks) for a node this module does not read: its answer, or
 * `NO` on any issue.
 */
function delegate(s) {
    const zod = internals(s);
    return (v) => {
        const result = zod.run({ value: v, issues: [] }, SYNC);
        return result.issues.length === 0 ? result.value : NO;
    };
}
/** A node's checks run after its type, as zod runs them (`when` first, any issue: `NO`). */
function withChecks(s, accept) {
    const zod = internals(s);
    const checks = zod.def.checks ?? [];
    if (checks.length === 0)
        return accept;
    return (v) => {
        const x = accept(v);
        if (x === NO)
            return NO;
        const payload = { value: x, issues: [] };
        for (const check of checks) {
            const when = check._zod.def.when;
            if (when && !when(payload))
                continue;
            if (check._zod.check(payload) instanceof Promise)
                return NO;
            if (payload.issues.length > 0)
                return NO;
        }
        return payload.value;
    };
}
