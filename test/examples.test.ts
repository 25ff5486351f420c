/**
 * The examples are what a new user tries first (the README's quick start validates them), so
 * they must stay valid as the format and the rules grow: every map reads with zero errors, only
 * the red flags each was written to show are raised, and each map still holds the people it was
 * written with (a map that silently lost half its people would still "validate"). ajv over the
 * examples is in schema.test.ts.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../src/config/load.js';
import { defaultConfig } from '../src/config/schema.js';
import { formatPath } from '../src/model/diagnostic.js';
import { checkRulesConfig, createRuleRunner } from '../src/rules/index.js';
import { checkSources, type SourceText } from '../src/validate/check.js';
import { acctmap, EXAMPLES, ROOT } from './helpers/cli.js';

const AS_OF = '2026-11-23';

/**
 * The findings each example is written to raise (see the comment at the top of each file); all
 * other rules must stay quiet, or the examples would teach people to ignore warnings.
 */
const INTENDED = [
  // The service desk, recurring business since 2019, went to a competitor in April 2026.
  'examples/havbris-energi.acctmap.yaml warning business-elsewhere events[5]',
  'examples/havbris-energi.acctmap.yaml warning business-elsewhere opportunities[1]',
  // Solvik is run at a 5 % margin: we see no return, they do.
  'examples/portfolio/solvik-retail.acctmap.yaml warning no-roi relationship.roi.ours',
].sort();

function findings(result: ReturnType<typeof checkSources>): string[] {
  return result.diagnostics
    .map((d) => `${d.file} ${d.severity} ${d.rule} ${formatPath(d.path)}`)
    .sort();
}

/** Every example map file, with the accounts it holds and how many people each lists. */
const EXPECTED: Record<string, Array<{ id: string; people: number }>> = {
  'examples/havbris-energi.acctmap.yaml': [{ id: 'havbris-energi', people: 14 }],
  'examples/kystlaks.acctmap.yaml': [{ id: 'kystlaks', people: 10 }],
  'examples/lumi-skin.acctmap.yaml': [{ id: 'lumi-skin', people: 6 }],
  'examples/northwind-ventures.acctmap.yaml': [{ id: 'northwind-ventures', people: 7 }],
  'examples/portfolio/small-accounts.acctmap.yaml': [
    { id: 'pirkanmaa-medtech', people: 3 },
    { id: 'fjellby-kommune', people: 3 },
  ],
  'examples/portfolio/solvik-retail.acctmap.yaml': [{ id: 'solvik-retail', people: 4 }],
  'examples/portfolio/vestkyst-sparebank.acctmap.yaml': [{ id: 'vestkyst-sparebank', people: 4 }],
};

function exampleFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...exampleFiles(full));
    else if (/\.acctmap\.ya?ml$/.test(entry.name)) out.push(full);
  }
  return out.sort();
}

function loadExamples(): SourceText[] {
  return exampleFiles(EXAMPLES).map((full) => ({
    file: path.relative(ROOT, full).split(path.sep).join('/'),
    text: readFileSync(full, 'utf8'),
  }));
}

describe('the examples', () => {
  const sources = loadExamples();
  const result = checkSources(sources);

  it('are exactly the files this test knows about', () => {
    expect(sources.map((s) => s.file)).toEqual(Object.keys(EXPECTED).sort());
  });

  it('read with no errors', () => {
    const errors = result.diagnostics.filter((d) => d.severity === 'error');
    expect(errors.map((d) => `${d.file}:${d.line}:${d.column} ${d.message}`)).toEqual([]);
  });

  it('hold the expected accounts and people', () => {
    const read: Record<string, Array<{ id: string; people: number }>> = {};
    for (const m of result.maps) {
      const list = read[m.file] ?? [];
      list.push({ id: m.map.account.id, people: m.map.people?.length ?? 0 });
      read[m.file] = list;
    }
    expect(read).toEqual(EXPECTED);
    expect(result.maps.every((m) => m.valid)).toBe(true);
  });

  it('start with the editor schema line, pointing at the schema from where the file sits', () => {
    for (const { file, text } of sources) {
      const first = text.split('\n', 1)[0];
      const schema = path.posix.relative(
        path.posix.dirname(file),
        'schemas/account-map.schema.json',
      );
      expect(first, file).toBe(`# yaml-language-server: $schema=${schema}`);
    }
  });

  it('use EUR wherever they have financials, so the portfolio scores without exchange rates', () => {
    for (const { map, file } of result.maps) {
      if (map.financials) expect(map.financials.currency, file).toBe('EUR');
    }
  });

  it('raise only the red flags they were written to show (as of 2026-11-23)', () => {
    const rules = createRuleRunner({
      config: defaultConfig(),
      configDir: ROOT,
      cli: [],
      asOf: AS_OF,
    });
    expect(findings(checkSources(sources, { rules }))).toEqual(INTENDED);
  });

  it('with the example config: its thresholds and overrides change the findings as its comments say', () => {
    const file = path.join(EXAMPLES, 'acctmap.config.yaml');
    const { config, diagnostics } = parseConfig(
      'examples/acctmap.config.yaml',
      readFileSync(file, 'utf8'),
    );
    expect(diagnostics).toEqual([]);
    expect(checkRulesConfig(config)).toEqual([]);
    const rules = createRuleRunner({
      config,
      configDir: EXAMPLES,
      cli: [],
      asOf: AS_OF,
      cwd: ROOT,
    });
    expect(findings(checkSources(sources, { rules }))).toEqual(
      [
        ...INTENDED,
        // stale-contact at 60 days instead of 90: two executives last met in September.
        'examples/havbris-energi.acctmap.yaml warning stale-contact people[0].last_contact',
        'examples/havbris-energi.acctmap.yaml warning stale-contact people[3].last_contact',
        'examples/portfolio/small-accounts.acctmap.yaml warning stale-contact people[0].last_contact',
      ].sort(),
    );
    // Four months without a review is an error under this config, except in portfolio/.
    const later = createRuleRunner({
      config,
      configDir: EXAMPLES,
      cli: [],
      asOf: '2027-04-01',
      cwd: ROOT,
    });
    const staleMaps = checkSources(sources, { rules: later }).diagnostics.filter(
      (d) => d.rule === 'stale-map',
    );
    expect(staleMaps.map((d) => `${d.file} ${d.severity}`).sort()).toEqual([
      'examples/havbris-energi.acctmap.yaml error',
      'examples/kystlaks.acctmap.yaml error',
      'examples/lumi-skin.acctmap.yaml error',
      'examples/northwind-ventures.acctmap.yaml error',
    ]);
  });

  it('validate with the built CLI: exit 0, no errors, every map counted', () => {
    const run = acctmap(['validate', 'examples', '--format', 'json', '--as-of', '2026-11-23']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout) as {
      summary: { files: number; maps: number; errors: number };
    };
    expect(out.summary).toMatchObject({ files: 7, maps: 8, errors: 0 });
  });
});

describe('in a clone, the README flow: `npx acctmap validate` at the repository root', () => {
  // The root acctmap.config.yaml keeps the deliberately broken test fixtures (and generated
  // benchmark maps) out, so what is left is the examples, and they have no errors on any date.
  it('exits 0 and checks exactly the example maps', () => {
    const npx = spawnSync('npx', ['--no-install', 'acctmap', 'validate'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', GITHUB_ACTIONS: '' },
      timeout: 60_000,
    });
    expect(npx.stderr).toBe('');
    expect(npx.status).toBe(0);
    expect(npx.stdout).toMatch(/\b8 maps in 7 files checked\b/);
    const run = acctmap(['validate', '--format', 'json']);
    const out = JSON.parse(run.stdout) as { diagnostics: Array<{ file: string }> };
    expect(out.diagnostics.filter((d) => !d.file.startsWith('examples/'))).toEqual([]);
  });
});
