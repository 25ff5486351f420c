/**
 * The quick yes (./accept.ts) against zod itself, one zod construct at a time: for each schema
 * and input, it must say yes exactly when zod does, with zod's data, key order included. The
 * account-map schema as a whole is held to zod in document.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { compileAcceptor } from './accept.js';

interface Case {
  name: string;
  schema: z.ZodType;
  inputs: unknown[];
}

const person = z.strictObject({
  id: z.string().regex(/^[a-z]+$/),
  stance: z.enum(['champion', 'neutral', 'unknown']).default('unknown'),
  roles: z.array(z.enum(['user', 'buyer'])).optional(),
  tags: z.array(z.string()).default(() => ['new']),
  owner: z.string().default('nobody').optional(),
  note: z.string().optional().default('none'),
});

const CASES: Case[] = [
  {
    name: 'numbers: no NaN, no ±Infinity, checks as zod runs them',
    schema: z.strictObject({ a: z.number().min(0), b: z.number().int().positive().optional() }),
    inputs: [
      { a: 0 },
      { a: -1 },
      { a: Number.POSITIVE_INFINITY },
      { a: Number.NaN },
      { a: 1, b: 2 },
      { a: 1, b: 2.5 },
      { a: 1, b: 0 },
      { a: '1' },
    ],
  },
  {
    name: 'strings with a pattern, enums, literals, booleans',
    schema: z.strictObject({
      id: z.string().regex(/^[a-z]+$/),
      v: z.literal(1),
      e: z.enum(['x', 'y']),
      ok: z.boolean().optional(),
    }),
    inputs: [
      { id: 'abc', v: 1, e: 'x' },
      { id: 'ABC', v: 1, e: 'x' },
      { id: 'abc', v: 2, e: 'x' },
      { id: 'abc', v: 1, e: 'z' },
      { id: 'abc', v: 1, e: 'y', ok: true },
      { id: 'abc', v: 1, e: 'y', ok: 'yes' },
      { id: 1, v: 1, e: 'x' },
    ],
  },
  {
    name: 'strict objects: unknown keys, missing keys, key order of the result',
    schema: person,
    inputs: [
      { id: 'kari' },
      { note: 'x', owner: 'ola', roles: ['user'], stance: 'champion', id: 'kari' },
      { id: 'kari', extra: 1 },
      { stance: 'champion' },
      { id: 'kari', owner: undefined },
      { id: 'kari', note: undefined, tags: undefined },
      { id: 'kari', roles: ['boss'] },
      { id: 'kari', roles: 'user' },
      null,
      [],
      'kari',
    ],
  },
  {
    name: 'lists of objects and nested failures',
    schema: z.strictObject({ people: z.array(person).optional(), units: z.array(z.string()) }),
    inputs: [
      { units: [] },
      { units: ['a'], people: [{ id: 'kari' }, { id: 'ola', stance: 'neutral' }] },
      { units: ['a'], people: [{ id: 'kari' }, { id: 'Ola' }] },
      { units: [1] },
      { people: [] },
    ],
  },
  {
    name: 'records, odd keys included (a symbol, __proto__, one not enumerable): left to zod',
    schema: z.strictObject({
      r: z.record(
        z.string().regex(/^\d{4}$|^[a-z]+$/),
        z.union([z.number(), z.strictObject({ n: z.number().default(0) })]),
      ),
    }),
    inputs: [
      { r: {} },
      { r: { '2025': 1, '2024': 2, b: 3, a: 4 } },
      { r: { x: {} } },
      { r: { x: { n: 1 }, y: 2 } },
      { r: { 'Not a key': 1 } },
      { r: { a: '1' } },
      { r: { a: { n: 1, m: 2 } } },
      { r: Object.assign(Object.create(null), { a: 1 }) },
      { r: Object.defineProperty({ a: 1 }, 'hidden', { value: 5, enumerable: false }) },
      { r: { a: 1, [Symbol('s')]: 2 } },
      { r: JSON.parse('{"__proto__": 1, "a": 2}') },
      { r: JSON.parse('{"__proto__": {"n": 1}, "a": 2}') },
      { r: [1, 2] },
      { r: new Date(0) },
      { r: null },
    ],
  },
  {
    name: 'unions, inclusive and exclusive: left to zod, which takes the first option that fits',
    schema: z.strictObject({
      u: z.union([
        z.number().min(0),
        z.string().regex(/^\d+$/),
        z.record(z.string(), z.number()),
        z.array(z.string()),
      ]),
      x: z.xor([z.string(), z.string().min(2)]).optional(),
    }),
    inputs: [
      { u: 1 },
      { u: -1 },
      { u: '12' },
      { u: 'x' },
      { u: { a: 1 } },
      { u: { a: 'b' } },
      { u: ['a'] },
      { u: [1] },
      { u: 1, x: 'a' },
      { u: 1, x: 'ab' },
    ],
  },
  {
    name: 'unions, records with a refinement, unknown values: left to zod',
    schema: z.strictObject({
      size: z.union([z.string(), z.number()]).optional(),
      revenue: z
        .record(z.string().regex(/^\d{4}$/), z.number())
        .superRefine((r, ctx) => {
          if (Object.keys(r).length > 2) ctx.addIssue({ code: 'custom', message: 'too many' });
        })
        .optional(),
      profile: z.record(z.string(), z.unknown()).optional(),
    }),
    inputs: [
      {},
      { size: 'big' },
      { size: 12 },
      { size: true },
      { revenue: { '2024': 1, '2025': 2 } },
      { revenue: { '2024': 1, '2025': 2, '2026': 3 } },
      { revenue: { last: 1 } },
      { profile: { anything: [1, { deep: true }] } },
    ],
  },
  {
    name: 'a refinement on an object runs on the result',
    schema: z
      .strictObject({ from: z.number(), to: z.number().default(10) })
      .refine((r) => r.from <= r.to, 'from after to'),
    inputs: [{ from: 1 }, { from: 11 }, { from: 1, to: 0 }, { from: 1, to: 2 }],
  },
  {
    name: 'loose objects and transforms: left to zod',
    schema: z.strictObject({
      loose: z.object({ a: z.string() }).optional(),
      upper: z
        .string()
        .transform((s) => s.toUpperCase())
        .optional(),
    }),
    inputs: [{ loose: { a: 'x', b: 1 } }, { upper: 'abc' }, { loose: { a: 1 } }],
  },
];

describe('the quick yes gives zod’s answer', () => {
  for (const c of CASES) {
    it(c.name, () => {
      const accept = compileAcceptor(c.schema);
      let yes = 0;
      for (const input of c.inputs) {
        const zod = c.schema.safeParse(input);
        const quick = accept(input);
        if (zod.success) {
          yes++;
          expect(quick, JSON.stringify(input)).toBeDefined();
          expect(quick?.data).toStrictEqual(zod.data);
          expect(Object.keys(quick?.data ?? {})).toEqual(Object.keys(zod.data ?? {}));
          expect(JSON.stringify(quick?.data)).toBe(JSON.stringify(zod.data));
        } else {
          expect(quick, JSON.stringify(input)).toBeUndefined();
        }
      }
      // Every case has inputs on both sides.
      expect(yes).toBeGreaterThan(0);
      expect(yes).toBeLessThan(c.inputs.length);
    });
  }

  it('gives a fresh default each time, as zod does', () => {
    const accept = compileAcceptor(person);
    const a = accept({ id: 'kari' })?.data as { tags: string[] };
    const b = accept({ id: 'ola' })?.data as { tags: string[] };
    a.tags.push('changed');
    expect(b.tags).toEqual(['new']);
  });

  it('follows a schema that refers to itself', () => {
    const unit = z.strictObject({
      id: z.string(),
      get units() {
        return z.array(unit).optional();
      },
    });
    const accept = compileAcceptor(unit);
    const tree = { id: 'a', units: [{ id: 'b', units: [{ id: 'c' }] }] };
    expect(accept(tree)?.data).toStrictEqual(unit.parse(tree));
    expect(accept({ id: 'a', units: [{ id: 'b', units: [{ id: 3 }] }] })).toBeUndefined();
  });
});
