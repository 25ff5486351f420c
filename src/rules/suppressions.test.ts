/**
 * Suppression comments through the real pipeline: what they silence, and when they are reported
 * themselves (no reason, unknown rule, nothing suppressed, a misspelled directive).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AS_OF } from '../../test/fixtures/rules/maps.js';
import { ConfigSchema } from '../config/schema.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { checkSources } from '../validate/check.js';
import { createRuleRunner } from './index.js';
import { findSuppressions } from './suppressions.js';

const RED = readFileSync(
  new URL('../../test/fixtures/rules/red-flags.acctmap.yaml', import.meta.url),
  'utf8',
);
const HEALTHY = readFileSync(
  new URL('../../test/fixtures/rules/healthy.acctmap.yaml', import.meta.url),
  'utf8',
);

function run(text: string, config: unknown = {}): Diagnostic[] {
  const rules = createRuleRunner({
    config: ConfigSchema.parse(config),
    configDir: '.',
    cli: [],
    asOf: AS_OF,
  });
  return checkSources([{ file: 'm.acctmap.yaml', text }], { rules }).diagnostics;
}

/** `text` with `lines` inserted before 1-based line `before`. */
function insert(text: string, before: number, ...lines: string[]): string {
  const all = text.split('\n');
  all.splice(before - 1, 0, ...lines);
  return all.join('\n');
}

const rulesAt = (ds: Diagnostic[], line: number) =>
  ds.filter((d) => d.line === line).map((d) => d.rule);
const suppressions = (ds: Diagnostic[]) => ds.filter((d) => d.rule === 'suppression');

// In red-flags.acctmap.yaml: `- id: anne` is line 22 (unknown-stance-high-influence) and her
// `last_contact` line 28 (stale-contact).
describe('suppression comments', () => {
  it('the fixture has what these tests assume', () => {
    const ds = run(RED);
    expect(rulesAt(ds, 22)).toEqual(['unknown-stance-high-influence']);
    expect(rulesAt(ds, 28)).toEqual(['stale-contact']);
  });

  it('disable-next-line silences the finding on the next line, and only that rule', () => {
    const text = insert(
      RED,
      28,
      '    # acctmap-disable-next-line stale-contact -- on parental leave until March',
    );
    const ds = run(text);
    expect(ds.filter((d) => d.rule === 'stale-contact')).toEqual([]);
    expect(suppressions(ds)).toEqual([]);
    expect(rulesAt(ds, 22)).toEqual(['unknown-stance-high-influence']);
  });

  it('above a list item it covers every finding inside the item', () => {
    const text = insert(
      RED,
      22,
      '  # acctmap-disable-next-line stale-contact, unknown-stance-high-influence -- new COO, meeting booked',
    );
    const ds = run(text);
    expect(
      ds.filter((d) => ['stale-contact', 'unknown-stance-high-influence'].includes(d.rule)),
    ).toEqual([]);
    expect(suppressions(ds)).toEqual([]);
  });

  it('stacked comments and blank lines between still reach the next line with content', () => {
    const text = insert(
      RED,
      22,
      '  # acctmap-disable-next-line stale-contact -- on leave',
      '',
      '  # acctmap-disable-next-line unknown-stance-high-influence -- meeting booked',
    );
    const ds = run(text);
    expect(
      ds.filter((d) => ['stale-contact', 'unknown-stance-high-influence'].includes(d.rule)),
    ).toEqual([]);
    expect(suppressions(ds)).toEqual([]);
  });

  it('disable-line works as a trailing comment on the finding line', () => {
    const text = RED.replace(
      'last_contact: 2026-05-02      # stale-contact (204 days)',
      'last_contact: 2026-05-02  # acctmap-disable-line stale-contact -- on leave until March',
    );
    const ds = run(text);
    expect(ds.filter((d) => d.rule === 'stale-contact')).toEqual([]);
    expect(suppressions(ds)).toEqual([]);
  });

  it('disable silences a rule for the whole map', () => {
    const text = insert(
      RED,
      3,
      '# acctmap-disable no-champion, single-threaded -- a prospect we are only starting on',
    );
    const ds = run(text);
    expect(ds.filter((d) => ['no-champion', 'single-threaded'].includes(d.rule))).toEqual([]);
    expect(ds.some((d) => d.rule === 'no-economic-buyer')).toBe(true);
    expect(suppressions(ds)).toEqual([]);
  });

  it('a suppression without a reason still works, and is reported', () => {
    const text = insert(RED, 28, '    # acctmap-disable-next-line stale-contact');
    const ds = run(text);
    expect(ds.filter((d) => d.rule === 'stale-contact')).toEqual([]);
    const [s] = suppressions(ds);
    expect(s).toMatchObject({
      line: 28,
      column: 5,
      severity: 'warning',
      path: [],
      account: 'fjord',
    });
    expect(s!.message).toContain('gives no reason');
    expect(suppressions(ds)).toHaveLength(1);
  });

  it('a suppression that suppresses nothing is reported where it is', () => {
    const text = insert(RED, 23, '    # acctmap-disable-next-line stale-contact -- on leave');
    const ds = run(text);
    const [s] = suppressions(ds);
    expect(s).toMatchObject({ line: 23, column: 5, severity: 'warning' });
    expect(s!.message).toBe(
      '`# acctmap-disable-next-line stale-contact` suppresses nothing: there is no `stale-contact` finding on line 24 (or in the list item that starts there); delete the comment, or move it to the line before the finding',
    );
    // The finding it meant stays.
    expect(ds.filter((d) => d.rule === 'stale-contact')).toHaveLength(1);
  });

  it('of two rules named, the one that suppresses nothing is reported', () => {
    const text = insert(
      RED,
      28,
      '    # acctmap-disable-next-line stale-contact, stale-map -- on leave',
    );
    const ds = run(text);
    expect(suppressions(ds).map((d) => d.message)).toEqual([
      expect.stringContaining('`# acctmap-disable-next-line stale-map` suppresses nothing'),
    ]);
  });

  it('an unknown rule gets a did-you-mean', () => {
    const text = insert(RED, 28, '    # acctmap-disable-next-line stale-contcat -- on leave');
    const ds = run(text);
    expect(suppressions(ds).map((d) => d.message)).toEqual([
      expect.stringContaining('unknown rule `stale-contcat`; did you mean `stale-contact`?'),
    ]);
    expect(ds.filter((d) => d.rule === 'stale-contact')).toHaveLength(1);
  });

  it('schema findings cannot be suppressed', () => {
    const text = insert(RED, 28, '    # acctmap-disable-next-line schema -- no');
    expect(suppressions(run(text))[0]!.message).toContain('`schema` findings cannot be suppressed');
  });

  it('a comment with no rule is reported', () => {
    const text = insert(RED, 28, '    # acctmap-disable-next-line -- on leave');
    const ds = run(text);
    expect(suppressions(ds)[0]!.message).toContain('names no rule');
    expect(ds.filter((d) => d.rule === 'stale-contact')).toHaveLength(1);
  });

  it('a misspelled directive is reported with the right spelling', () => {
    const text = insert(RED, 28, '    # acctmap-disable-nextline stale-contact -- on leave');
    const ds = run(text);
    expect(suppressions(ds)[0]!.message).toContain('did you mean `acctmap-disable-next-line`?');
    expect(ds.filter((d) => d.rule === 'stale-contact')).toHaveLength(1);
  });

  it('a suppression for a rule that is off is not stale', () => {
    const text = insert(RED, 28, '    # acctmap-disable-next-line stale-contact -- on leave');
    const ds = run(text, { rules: { 'stale-contact': 'off' } });
    expect(suppressions(ds)).toEqual([]);
  });

  it('the suppression rule has a severity of its own', () => {
    const text = insert(RED, 28, '    # acctmap-disable-next-line stale-contact');
    expect(suppressions(run(text, { rules: { suppression: 'off' } }))).toEqual([]);
    expect(suppressions(run(text, { rules: { suppression: 'error' } }))[0]!.severity).toBe('error');
  });

  it('text in a block scalar that looks like a suppression is not one', () => {
    const text = RED.replace(
      'events:',
      'notes: |\n  # acctmap-disable stale-map -- this is text, not a comment\nevents:',
    );
    const ds = run(text);
    expect(ds.filter((d) => d.rule === 'stale-map')).toHaveLength(1);
    expect(suppressions(ds)).toEqual([]);
  });

  it('a whole-map suppression stays in its own document', () => {
    const stale = HEALTHY.replace('reviewed: 2026-10-01', 'reviewed: 2025-01-01');
    const second = stale.replace('id: nordlys', 'id: second');
    const text = `${stale}---\n# acctmap-disable stale-map -- sold, archive only\n${second}`;
    const ds = run(text);
    expect(ds.map((d) => [d.rule, d.account])).toEqual([['stale-map', 'nordlys']]);
  });
});

describe('findSuppressions', () => {
  it('reads directive, rules, reason, position, document and target line', () => {
    const text = [
      '# acctmap-disable stale-map -- archive', // 1
      'acctmap: 1', // 2
      'people:', // 3
      '  # acctmap-disable-next-line a,b  c -- reason with -- dashes', // 4
      '', // 5
      '  # other comment', // 6
      '  - id: x  # acctmap-disable-line d --', // 7
      '---', // 8
      '# acctmap-disable e', // 9
    ].join('\n');
    const { suppressions: found } = findSuppressions(text);
    expect(found).toEqual([
      {
        directive: 'acctmap-disable',
        rules: ['stale-map'],
        reason: 'archive',
        line: 1,
        column: 1,
        document: 0,
        targetLine: 1,
      },
      {
        directive: 'acctmap-disable-next-line',
        rules: ['a', 'b', 'c'],
        reason: 'reason with -- dashes',
        line: 4,
        column: 3,
        document: 0,
        targetLine: 7,
      },
      {
        directive: 'acctmap-disable-line',
        rules: ['d'],
        reason: '',
        line: 7,
        column: 12,
        document: 0,
        targetLine: 7,
      },
      {
        directive: 'acctmap-disable',
        rules: ['e'],
        reason: '',
        line: 9,
        column: 1,
        document: 1,
        targetLine: 9,
      },
    ]);
  });

  it('counts lines after a byte-order mark as editors do', () => {
    const { suppressions: found } = findSuppressions(
      '\ufeffacctmap: 1\n# acctmap-disable x -- y\n',
    );
    expect(found[0]).toMatchObject({ line: 2, column: 1 });
  });
});
