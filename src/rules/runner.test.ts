/**
 * The runner through the real pipeline (checkSources with real YAML): findings land on the right
 * line, severities come from defaults, config, overrides and `--rule` in that order, `--as-of`
 * moves the date rules, and suppression comments behave as docs/rules/README.md says.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AS_OF } from '../../test/fixtures/rules/maps.js';
import { type Config, ConfigSchema } from '../config/schema.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { checkSources } from '../validate/check.js';
import type { RuleSeverity } from './config.js';
import { checkRulesConfig, createRuleRunner } from './index.js';
import { RULE_IDS } from './registry.js';
import { parseRuleFlag } from './settings.js';

const fixture = (name: string) =>
  readFileSync(new URL(`../../test/fixtures/rules/${name}`, import.meta.url), 'utf8');
const HEALTHY = fixture('healthy.acctmap.yaml');
const RED = fixture('red-flags.acctmap.yaml');

interface RunOptions {
  config?: unknown;
  cli?: Array<[string, RuleSeverity]>;
  asOf?: string;
  configDir?: string;
  cwd?: string;
}

function validate(
  sources: Array<{ file: string; text: string }>,
  o: RunOptions = {},
): Diagnostic[] {
  const config: Config = ConfigSchema.parse(o.config ?? {});
  const rules = createRuleRunner({
    config,
    configDir: o.configDir ?? '.',
    cli: o.cli ?? [],
    asOf: o.asOf ?? AS_OF,
    ...(o.cwd ? { cwd: o.cwd } : {}),
  });
  return checkSources(sources, { rules }).diagnostics;
}

const one = (text: string, o?: RunOptions) => validate([{ file: 'a.acctmap.yaml', text }], o);
const pairs = (ds: Diagnostic[]) => ds.map((d) => `${d.rule}@${d.line}`).sort();

describe('the pipeline', () => {
  it('finds nothing on the healthy map', () => {
    expect(one(HEALTHY)).toEqual([]);
  });

  it('puts every finding on the line its comment in the fixture names', () => {
    // The fixture says, in a comment on each line, which rules must fire there.
    const expected: string[] = [];
    RED.split('\n').forEach((line, i) => {
      const at = line.indexOf(' #');
      if (line.startsWith('#') || at < 0) return;
      const said = line.slice(at + 2).replace(/\(.*\)/, '');
      for (const id of said.split(',').map((s) => s.trim())) {
        if (RULE_IDS.includes(id)) expected.push(`${id}@${i + 1}`);
      }
    });
    expect(expected.length).toBeGreaterThanOrEqual(12);
    expect(pairs(one(RED))).toEqual(expected.sort());
  });

  it('labels findings with the account, the path and the configured severity', () => {
    const ds = one(RED);
    const roi = ds.find((d) => d.rule === 'no-roi')!;
    expect(roi).toMatchObject({
      severity: 'error',
      account: 'fjord',
      path: ['relationship', 'roi'],
      line: 11,
      column: 3,
    });
    const stale = ds.find((d) => d.rule === 'stale-contact')!;
    expect(stale).toMatchObject({
      severity: 'warning',
      path: ['people', 0, 'last_contact'],
      line: 28,
      column: 19,
    });
    expect(stale.message).toContain(
      'Anne Berg (`anne`, COO) has `influence: high` and was last contacted 2026-05-02, 204 days before 2026-11-22',
    );
  });

  it('runs on maps with broken references and tolerates the dangling ids', () => {
    const text = HEALTHY.replace('owner: eva', 'owner: nobody').replace(
      'reports_to: jon',
      'reports_to: ghost',
    );
    const ds = one(text);
    expect(ds.filter((d) => d.rule === 'reference')).toHaveLength(2);
    expect(ds.filter((d) => d.rule !== 'reference')).toEqual([]);
  });

  it('runs portfolio rules over every map of the run', () => {
    const sources = Array.from({ length: 5 }, (_, i) => ({
      file: `k${i}.acctmap.yaml`,
      text: HEALTHY.replace('id: nordlys', `id: k${i}`),
    }));
    const ds = validate(sources);
    // All five belong to `ola`: one more than the 4 an owner can serve.
    expect(pairs(ds)).toEqual(sources.map(() => 'too-many-key-accounts@6'));
    expect(new Set(ds.map((d) => d.file)).size).toBe(5);
  });

  it('checks every document of a multi-map file', () => {
    const second = HEALTHY.replace('id: nordlys', 'id: second').replace(
      'reviewed: 2026-10-01',
      'reviewed: 2025-10-01',
    );
    const ds = one(`${HEALTHY}---\n${second}`);
    const lines = HEALTHY.split('\n').length;
    expect(ds.map((d) => [d.rule, d.account, d.line])).toEqual([
      ['stale-map', 'second', lines + 8],
    ]);
  });
});

describe('--as-of', () => {
  it('moves the date rules', () => {
    expect(one(HEALTHY, { asOf: '2026-12-14' }).map((d) => d.rule)).toEqual([]);
    expect(pairs(one(HEALTHY, { asOf: '2026-12-31' }))).toEqual(['champion-gone-quiet@45']);
    expect(pairs(one(HEALTHY, { asOf: '2027-04-10' })).map((p) => p.split('@')[0])).toEqual([
      'champion-gone-quiet',
      'stale-contact',
      'stale-contact',
      'stale-map',
    ]);
  });

  it('is required to be a real date', () => {
    expect(() =>
      createRuleRunner({
        config: ConfigSchema.parse({}),
        configDir: '.',
        cli: [],
        asOf: '2026-02-30',
      }),
    ).toThrow(/YYYY-MM-DD/);
  });
});

describe('severity', () => {
  const severityOf = (ds: Diagnostic[], rule: string) =>
    ds.filter((d) => d.rule === rule).map((d) => d.severity);

  it('comes from config, as a string or an object with options', () => {
    const ds = one(RED, {
      config: {
        rules: {
          'stale-map': 'error',
          'no-roi': 'off',
          'stale-contact': { severity: 'info', days: 300 },
        },
      },
    });
    expect(severityOf(ds, 'stale-map')).toEqual(['error']);
    expect(severityOf(ds, 'no-roi')).toEqual([]);
    // 204 days is within 300: the option took effect, and the severity did not matter.
    expect(severityOf(ds, 'stale-contact')).toEqual([]);
    const ds2 = one(RED, { config: { rules: { 'stale-contact': { severity: 'info' } } } });
    expect(severityOf(ds2, 'stale-contact')).toEqual(['info']);
  });

  it('options alone keep the default severity', () => {
    const ds = one(RED, { config: { rules: { 'stale-map': { days: 400 } } } });
    expect(severityOf(ds, 'stale-map')).toEqual([]);
    const ds2 = one(RED, { config: { rules: { 'stale-map': { days: 10 } } } });
    expect(severityOf(ds2, 'stale-map')).toEqual(['warning']);
  });

  it('--rule wins over config, and the last --rule wins', () => {
    const config = { rules: { 'stale-map': 'off' } };
    expect(severityOf(one(RED, { config, cli: [['stale-map', 'error']] }), 'stale-map')).toEqual([
      'error',
    ]);
    expect(
      severityOf(
        one(RED, {
          config,
          cli: [
            ['stale-map', 'error'],
            ['stale-map', 'info'],
          ],
        }),
        'stale-map',
      ),
    ).toEqual(['info']);
  });

  it('--rule changes the severity and keeps the options from config', () => {
    const ds = one(RED, {
      config: { rules: { 'stale-contact': { days: 300 } } },
      cli: [['stale-contact', 'error']],
    });
    expect(severityOf(ds, 'stale-contact')).toEqual([]);
  });

  it('no-roi: one side negative stays below the rule severity', () => {
    const oneSide = RED.replace('theirs: negative', 'theirs: neutral');
    expect(severityOf(one(oneSide), 'no-roi')).toEqual(['warning']);
    expect(severityOf(one(oneSide, { cli: [['no-roi', 'info']] }), 'no-roi')).toEqual(['info']);
    expect(
      severityOf(
        one(oneSide, { config: { rules: { 'no-roi': { one_side: 'error' } } } }),
        'no-roi',
      ),
    ).toEqual(['error']);
    expect(
      severityOf(one(oneSide, { config: { rules: { 'no-roi': { one_side: 'off' } } } }), 'no-roi'),
    ).toEqual([]);
    expect(severityOf(one(RED, { cli: [['no-roi', 'warning']] }), 'no-roi')).toEqual(['warning']);
  });

  describe('overrides', () => {
    const sources = [
      { file: 'accounts/live/a.acctmap.yaml', text: RED },
      { file: 'accounts/archive/b.acctmap.yaml', text: RED.replace('id: fjord', 'id: fjord-old') },
    ];
    const config = {
      rules: { 'stale-map': 'error' },
      overrides: [
        { files: ['accounts/archive/**'], rules: { 'stale-map': 'off', 'stale-contact': 'info' } },
        { files: ['**/b.acctmap.yaml'], rules: { 'stale-contact': { severity: 'error' } } },
      ],
    };
    const byFile = (ds: Diagnostic[], rule: string) =>
      Object.fromEntries(ds.filter((d) => d.rule === rule).map((d) => [d.file, d.severity]));

    it('apply to the files their globs match, later entries winning', () => {
      const ds = validate(sources, { config });
      expect(byFile(ds, 'stale-map')).toEqual({ 'accounts/live/a.acctmap.yaml': 'error' });
      expect(byFile(ds, 'stale-contact')).toEqual({
        'accounts/live/a.acctmap.yaml': 'warning',
        'accounts/archive/b.acctmap.yaml': 'error',
      });
    });

    it('lose to --rule', () => {
      const ds = validate(sources, { config, cli: [['stale-map', 'info']] });
      expect(byFile(ds, 'stale-map')).toEqual({
        'accounts/live/a.acctmap.yaml': 'info',
        'accounts/archive/b.acctmap.yaml': 'info',
      });
    });

    it('globs are relative to the config folder, wherever the run started', () => {
      // The config sits in /repo; the run starts in /repo/accounts, so files are named from there.
      const fromSub = [
        { file: 'live/a.acctmap.yaml', text: RED },
        { file: 'archive/b.acctmap.yaml', text: RED.replace('id: fjord', 'id: fjord-old') },
      ];
      const ds = validate(fromSub, { config, configDir: '/repo', cwd: '/repo/accounts' });
      expect(byFile(ds, 'stale-map')).toEqual({ 'live/a.acctmap.yaml': 'error' });
      const relative = validate(fromSub, { config, configDir: '..', cwd: '/repo/accounts' });
      expect(byFile(relative, 'stale-map')).toEqual({ 'live/a.acctmap.yaml': 'error' });
    });

    it('without cwd, relative names are relative to an absolute config folder', () => {
      const ds = validate(sources, { config, configDir: '/repo' });
      expect(byFile(ds, 'stale-map')).toEqual({ 'accounts/live/a.acctmap.yaml': 'error' });
    });

    it('never match files outside the config folder', () => {
      const outside = [{ file: '../elsewhere/accounts/archive/b.acctmap.yaml', text: RED }];
      const ds = validate(outside, { config, configDir: '/repo', cwd: '/repo' });
      expect(byFile(ds, 'stale-map')).toEqual({
        '../elsewhere/accounts/archive/b.acctmap.yaml': 'error',
      });
    });
  });
});

describe('checkRulesConfig', () => {
  const check = (config: unknown) => checkRulesConfig(ConfigSchema.parse(config));

  it('accepts every rule with its defaults', () => {
    const rules = Object.fromEntries(RULE_IDS.map((id) => [id, { severity: 'info' }]));
    expect(check({ rules, overrides: [{ files: ['x/**'], rules }] })).toEqual([]);
  });

  it('names unknown rules with did-you-mean and the path into the config', () => {
    const found = check({
      rules: { 'stale-contatc': 'off', 'no-roi': 'error' },
      overrides: [{ files: ['a/**'], rules: { nonsense: 'off' } }],
    });
    expect(found.map((f) => [f.path.join('.'), f.target, f.severity])).toEqual([
      ['rules.stale-contatc', 'key', 'error'],
      ['overrides.0.rules.nonsense', 'key', 'error'],
    ]);
    expect(found[0]!.message).toBe('unknown rule `stale-contatc`; did you mean `stale-contact`?');
    expect(found[1]!.message).toContain('acctmap rules');
  });

  it('says that schema findings cannot be configured', () => {
    expect(check({ rules: { schema: 'off' } })[0]!.message).toContain('always errors');
  });

  it('checks options against the rule', () => {
    const found = check({
      rules: {
        'stale-contact': { severity: 'info', dayz: 30 },
        'stale-map': { days: -1 },
        'no-roi': { one_side: 'warn' },
      },
    });
    expect(found.map((f) => f.path.join('.'))).toEqual([
      'rules.stale-contact.dayz',
      'rules.stale-map.days',
      'rules.no-roi.one_side',
    ]);
    expect(found[0]!.message).toContain(
      'rule `stale-contact` has no option `dayz`; did you mean `days`?',
    );
    expect(found[1]!.message).toContain('option `days` of rule `stale-map`');
    expect(found[2]!.message).toContain('did you mean `warning`?');
  });

  it('says which options a rule takes when the guess is far off', () => {
    const found = check({ rules: { 'unmanaged-opponent': { threshold: 3 } } });
    expect(found[0]!.message).toContain('it takes no options, only `severity`');
  });
});

describe('parseRuleFlag', () => {
  it.each([
    ['stale-contact=off', { ok: true, value: ['stale-contact', 'off'] }],
    ['no-roi = warning', { ok: true, value: ['no-roi', 'warning'] }],
  ])('%s', (text, expected) => {
    expect(parseRuleFlag(text)).toEqual(expected);
  });

  it.each([
    ['stale-contact', 'needs a severity'],
    ['stale-contatc=off', 'did you mean `stale-contact`?'],
    ['stale-contact=warn', 'did you mean `warning`?'],
    ['schema=off', 'always errors'],
  ])('%s is refused', (text, says) => {
    const r = parseRuleFlag(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain(says);
  });
});
