import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { paretoClasses } from './pareto.js';

const T = { a: 0.8, b: 0.95 };

describe('paretoClasses', () => {
  it('an account is A while the accounts above hold less than 80 %, B less than 95 %', () => {
    // 60 + 20 + 15 + 4 + 1 = 100. Above: 0, 60, 80, 95, 99.
    const r = paretoClasses(
      [
        { id: 'e', value: 1 },
        { id: 'a', value: 60 },
        { id: 'c', value: 15 },
        { id: 'b', value: 20 },
        { id: 'd', value: 4 },
      ],
      T,
    );
    expect(r.order).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(r.order.map((id) => r.positions.get(id)!.class).join('')).toBe('AABCC');
    expect(r.positions.get('c')).toMatchObject({ rank: 3, share: 0.15, above_share: 0.8 });
  });

  it('one account alone is class A with all of it', () => {
    const r = paretoClasses([{ id: 'x', value: 5 }], T);
    expect(r.positions.get('x')).toMatchObject({ class: 'A', share: 1, cumulative_share: 1 });
  });

  it('ties break by id, and zero, negative and unknown values go last, class C with a reason', () => {
    const r = paretoClasses(
      [
        { id: 'unknown-b', value: null, reason: 'no revenue written' },
        { id: 'zero', value: 0 },
        { id: 'tie-b', value: 10 },
        { id: 'unknown-a', value: null },
        { id: 'loss', value: -5, reason: 'loses money' },
        { id: 'tie-a', value: 10 },
      ],
      T,
    );
    expect(r.order).toEqual(['tie-a', 'tie-b', 'zero', 'loss', 'unknown-a', 'unknown-b']);
    expect(r.total).toBe(20);
    expect(r.positions.get('loss')).toMatchObject({
      class: 'C',
      share: 0,
      cumulative_share: 1,
      reason: 'loses money',
    });
    expect(r.positions.get('unknown-b')).toMatchObject({
      class: 'C',
      share: null,
      reason: 'no revenue written',
    });
    expect(r.positions.get('zero')?.reason).toMatch(/nothing/);
  });

  it('a portfolio with nothing positive is all class C', () => {
    const r = paretoClasses(
      [
        { id: 'a', value: 0 },
        { id: 'b', value: null },
      ],
      T,
    );
    expect([...r.positions.values()].map((p) => p.class)).toEqual(['C', 'C']);
  });

  it('property: ranks are 1..n, cumulative shares climb to 1, classes never improve down the list', () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.integer({ min: -1000, max: 1_000_000 }), { nil: null }), {
          maxLength: 40,
        }),
        (values) => {
          const inputs = values.map((value, i) => ({
            id: `a${String(i).padStart(3, '0')}`,
            value,
          }));
          const r = paretoClasses(inputs, T);
          const ps = r.order.map((id) => r.positions.get(id)!);
          expect(ps.map((p) => p.rank)).toEqual(ps.map((_p, i) => i + 1));
          const rankOf = { A: 0, B: 1, C: 2 };
          for (let i = 1; i < ps.length; i++) {
            expect(rankOf[ps[i]!.class]).toBeGreaterThanOrEqual(rankOf[ps[i - 1]!.class]);
          }
          const known = ps.filter((p) => p.cumulative_share !== null);
          if (r.total > 0 && known.length) {
            expect(known[known.length - 1]!.cumulative_share).toBeCloseTo(1, 9);
            // The first account with a positive value is always class A.
            expect(ps[0]!.class).toBe('A');
          }
        },
      ),
    );
  });
});
