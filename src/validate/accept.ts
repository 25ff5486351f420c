/**
 * A quick yes for data a zod schema accepts, with the data zod would give back: zod's own
 * answer at a fraction of its cost for the common case (a valid map), and no answer at all
 * otherwise, so the caller asks zod, which then gives its issues and messages. zod stays the
 * one definition of the format; this only reads that definition (each schema's `_zod.def`).
 *
 * Why: zod runs every value of a map through a general machinery (a result object and an issue
 * list per value, checks looked up per call, one generated function per object shape that V8
 * must warm up on its own). On the 1,000 maps of `npm run bench` that was about a fifth of a
 * run's time, most of it before V8 had optimised anything. The closures below are a few small
 * functions shared by every node of a kind, so they are hot after the first map.
 *
 * Where zod's behaviour is not plain (unions, records, transforms, lazy schemas, anything
 * unknown here), the node is handed to zod's own `_zod.run`, so nothing is guessed. Checks
 * (`.regex()`, `.min()`, `.superRefine()`, ...) are zod's own check functions, run as zod runs
 * them. It reads zod 4's internals (`_zod.def`, `optin`/`optout`, `values`), so the tests are
 * what keeps it honest across zod upgrades: accept.test.ts holds it to zod's answer and data,
 * key order included, construct by construct, and document.test.ts on every example, fixture
 * and 2,000 broken copies of them.
 */
import type { z } from 'zod';

/** What the fast path cannot vouch for: the caller must ask zod. */
const NO: unique symbol = Symbol('not accepted');
type Accept = (value: unknown) => unknown;

/** The parts of zod's internals read here (zod 4's `$ZodType['_zod']`, loosely typed). */
interface Internals {
  def: {
    type: string;
    checks?: readonly Check[];
    shape?: Record<string, z.ZodType>;
    catchall?: z.ZodType;
    innerType?: z.ZodType;
    element?: z.ZodType;
    defaultValue?: unknown;
  };
  values?: ReadonlySet<unknown>;
  optin?: 'optional' | 'defaulted';
  optout?: 'optional';
  run(payload: Payload, ctx: object): Payload;
}
interface Check {
  _zod: { def: { when?: (payload: Payload) => boolean }; check(payload: Payload): unknown };
}
interface Payload {
  value: unknown;
  issues: unknown[];
}

const internals = (schema: z.ZodType): Internals => (schema as unknown as { _zod: Internals })._zod;

/** The context zod's `safeParse` runs with (messages do not matter: a `NO` goes back to zod). */
const SYNC = { async: false };

/**
 * `schema` as a function that gives `{ data }` (what `schema.safeParse(value).data` would be)
 * when it can tell the value is valid, and `undefined` when zod must decide.
 */
export function compileAcceptor(
  schema: z.ZodType,
): (value: unknown) => { data: unknown } | undefined {
  const built = new Map<z.ZodType, Accept>();

  const build = (s: z.ZodType): Accept => {
    const known = built.get(s);
    if (known) return known;
    // Registered before the inner nodes are built, so that a schema that refers to itself
    // (zod 4's recursive objects) finds itself here; it is only called once built.
    built.set(s, (v) => own(v));
    const typed = typeAcceptor(s);
    const own = typed ? withChecks(s, typed) : delegate(s);
    built.set(s, own);
    return own;
  };

  /** The node's own type, before its checks; undefined for a node left to zod. */
  const typeAcceptor = (s: z.ZodType): Accept | undefined => {
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
        if (!values) return undefined;
        return (v) => (values.has(v) ? v : NO);
      }
      case 'optional': {
        const inner = build(def.innerType!);
        // Only a defaulted inner schema gives something for absence; else it stays absent.
        if (internals(def.innerType!).optin === 'defaulted') return inner;
        return (v) => (v === undefined ? v : inner(v));
      }
      case 'default': {
        const inner = build(def.innerType!);
        // zod's default hands out a fresh copy each time (the getter on its def).
        return (v) => {
          if (v === undefined) return def.defaultValue;
          const x = inner(v);
          return x === undefined ? def.defaultValue : x;
        };
      }
      case 'array': {
        const element = build(def.element!);
        return (v) => {
          if (!Array.isArray(v)) return NO;
          const out = new Array(v.length);
          for (let i = 0; i < v.length; i++) {
            const x = element(v[i]);
            if (x === NO) return NO;
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
  const strictObject = (s: z.ZodType): Accept | undefined => {
    const def = internals(s).def;
    if (!def.catchall || internals(def.catchall).def.type !== 'never') return undefined;
    const shape = def.shape!;
    const keys = Object.keys(shape);
    if (keys.includes('__proto__')) return undefined;
    const known = new Set(keys);
    const accepts = keys.map((k) => build(shape[k]!));
    const keeps = keys.map((k) => keepOf(internals(shape[k]!)));
    return (v) => {
      if (typeof v !== 'object' || v === null || Array.isArray(v)) return NO;
      const input = v as Record<string, unknown>;
      // As zod's strict check: every enumerable key, own or inherited.
      for (const k in input) if (!known.has(k)) return NO;
      const out: Record<string, unknown> = {};
      for (let i = 0; i < keys.length; i++) {
        const k = keys[i]!;
        const keep = keeps[i];
        if (!(k in input)) {
          // An absent key: required fails, optional stays absent, a default is filled in.
          if (keep === REQUIRED) return NO;
          if (keep === PRESENT) continue;
          const x = accepts[i]!(undefined);
          if (x === NO) return NO;
          if (keep === ALWAYS || x !== undefined) out[k] = x;
          continue;
        }
        const x = accepts[i]!(input[k]);
        if (x === NO) return NO;
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
type Keep = typeof REQUIRED | typeof PRESENT | typeof PRESENT_OR_SET | typeof ALWAYS;

/** As zod 4's generated object parser (`generateFastpass`) decides from `optin`/`optout`. */
function keepOf({ optin, optout }: Internals): Keep {
  if (optin === undefined) return REQUIRED;
  if (optout === 'optional') return optin === 'optional' ? PRESENT : PRESENT_OR_SET;
  return optin === 'defaulted' ? ALWAYS : PRESENT_OR_SET;
}

/**
 * zod's own parser (with its checks) for a node this module does not read: its answer, or
 * `NO` on any issue.
 */
function delegate(s: z.ZodType): Accept {
  const zod = internals(s);
  return (v) => {
    const result = zod.run({ value: v, issues: [] }, SYNC);
    return result.issues.length === 0 ? result.value : NO;
  };
}

/** A node's checks run after its type, as zod runs them (`when` first, any issue: `NO`). */
function withChecks(s: z.ZodType, accept: Accept): Accept {
  const zod = internals(s);
  const checks = zod.def.checks ?? [];
  if (checks.length === 0) return accept;
  return (v) => {
    const x = accept(v);
    if (x === NO) return NO;
    const payload: Payload = { value: x, issues: [] };
    for (const check of checks) {
      const when = check._zod.def.when;
      if (when && !when(payload)) continue;
      if (check._zod.check(payload) instanceof Promise) return NO;
      if (payload.issues.length > 0) return NO;
    }
    return payload.value;
  };
}
