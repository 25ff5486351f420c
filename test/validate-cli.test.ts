/**
 * `acctmap validate` as CI uses it: exit codes, discovery, config, and every output format
 * checked against the contract (and, for SARIF and JUnit, against what their consumers need).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { acctmap, tempDir } from './helpers/cli.js';

const GOOD = `acctmap: 1
account:
  id: good
  name: Good Ltd
people:
  - id: anna
    name: Anna
`;
const BROKEN = `acctmap: 1
account:
  id: broken
  name: Broken AS
people:
  - id: ola
    name: Ola
    stance: suporter
`;

function portfolio(): string {
  const dir = tempDir();
  mkdirSync(path.join(dir, 'accounts', 'nested'), { recursive: true });
  writeFileSync(path.join(dir, 'accounts', 'good.acctmap.yaml'), GOOD);
  writeFileSync(path.join(dir, 'accounts', 'nested', 'broken.acctmap.yml'), BROKEN);
  writeFileSync(path.join(dir, 'accounts', 'syntax.acctmap.yaml'), 'acctmap: 1\naccount: [\n');
  writeFileSync(path.join(dir, 'accounts', 'other.yaml'), 'not: a map file by name\n');
  mkdirSync(path.join(dir, 'node_modules', 'x'), { recursive: true });
  writeFileSync(path.join(dir, 'node_modules', 'x', 'skip.acctmap.yaml'), 'garbage: [');
  return dir;
}

describe('exit codes', () => {
  it('exits 0 on a folder of valid maps', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'a.acctmap.yaml'), GOOD);
    writeFileSync(path.join(dir, 'b.acctmap.yaml'), GOOD.replace('id: good', 'id: good-two'));
    const r = acctmap(['validate', '--no-rules'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('2 maps in 2 files checked, no problems');
  });

  it('reports a broken file among good ones and still checks the rest', () => {
    const dir = portfolio();
    const r = acctmap(['validate', '--no-rules', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out.files.map((f: { file: string }) => f.file)).toEqual([
      'accounts/good.acctmap.yaml',
      'accounts/nested/broken.acctmap.yml',
      'accounts/syntax.acctmap.yaml',
    ]);
    expect(out.files[0].maps).toEqual(['good']);
    expect(out.diagnostics.map((d: { file: string; rule: string }) => [d.file, d.rule])).toEqual([
      ['accounts/nested/broken.acctmap.yml', 'schema'],
      ['accounts/syntax.acctmap.yaml', 'yaml'],
    ]);
    expect(out.diagnostics[0]).toMatchObject({
      line: 8,
      column: 13,
      path: 'people[0].stance',
      account: 'broken',
      severity: 'error',
    });
    expect(out.diagnostics[1].account).toBeUndefined();
    expect(out.summary).toEqual({ files: 3, maps: 2, errors: 2, warnings: 0, infos: 0 });
  });

  it('exits 2 when nothing is found, a path is missing, or a flag is unknown', () => {
    const empty = tempDir();
    const none = acctmap(['validate'], { cwd: empty });
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('no account maps found under .');
    expect(none.stdout).toBe('');

    const missing = acctmap(['validate', 'nowhere'], { cwd: empty });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('cannot read nowhere: no such file or folder');

    const flag = acctmap(['validate', '--fromat', 'json'], { cwd: empty });
    expect(flag.code).toBe(2);
    expect(flag.stderr).toContain("unknown option '--fromat'");
    expect(flag.stderr).toContain('--format');

    const date = acctmap(['validate', '--as-of', '2026-02-30'], { cwd: empty });
    expect(date.code).toBe(2);
    expect(date.stderr).toContain('--as-of takes a date');
  });

  it('names every missing path on its own line, each with the acctmap: prefix', () => {
    const dir = tempDir();
    const r = acctmap(['validate', 'nope1.acctmap.yaml', 'nope2.acctmap.yaml'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr.trimEnd().split('\n')).toEqual([
      'acctmap: cannot read nope1.acctmap.yaml: no such file or folder',
      'acctmap: cannot read nope2.acctmap.yaml: no such file or folder',
    ]);
  });

  it('exits 2 with the rest still checked when one named path is missing', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'a.acctmap.yaml'), BROKEN);
    const r = acctmap(['validate', '--no-rules', 'a.acctmap.yaml', 'gone.acctmap.yaml'], {
      cwd: dir,
    });
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('did you mean `supporter`?');
    expect(r.stderr).toContain('cannot read gone.acctmap.yaml');
  });

  it('exits 2 when a file named by hand is not YAML at all', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'README.md'), '# Accounts\n\n- [x]: {broken\n: : :\n');
    const r = acctmap(['validate', 'README.md'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('README.md is not a YAML account map');
  });

  it('--fail-on and --max-warnings decide what fails', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'a.acctmap.yaml'), BROKEN);
    expect(acctmap(['validate', '--no-rules', '--fail-on', 'never'], { cwd: dir }).code).toBe(0);
    expect(acctmap(['validate', '--no-rules', '--fail-on', 'error'], { cwd: dir }).code).toBe(1);
    expect(acctmap(['validate', '--no-rules', '--max-warnings', 'x'], { cwd: dir }).code).toBe(2);
  });
});

describe('config', () => {
  it('finds acctmap.config.yaml in a parent folder and applies ignore', () => {
    const dir = portfolio();
    writeFileSync(
      path.join(dir, 'acctmap.config.yaml'),
      'ignore:\n  - "accounts/nested/**"\n  - "**/syntax.*"\n',
    );
    const r = acctmap(['validate', '--no-rules', '--format', 'json'], {
      cwd: path.join(dir, 'accounts'),
    });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).files.map((f: { file: string }) => f.file)).toEqual([
      'good.acctmap.yaml',
    ]);
  });

  it('a broken config exits 2 with its line, column and a suggestion', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'a.acctmap.yaml'), GOOD);
    writeFileSync(path.join(dir, 'acctmap.config.yaml'), 'ignore: []\nignroe: []\n');
    const r = acctmap(['validate'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('acctmap.config.yaml:2:1');
    expect(r.stderr).toContain('did you mean `ignore`?');
    expect(r.stdout).toBe('');
  });

  it('--config names a config; a missing one exits 2', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'a.acctmap.yaml'), GOOD);
    const r = acctmap(['validate', '--config', 'nope.yaml'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('cannot read config nope.yaml');
  });
});

describe('output formats', () => {
  it('github: annotation lines with escaped data and properties, and the step summary', () => {
    const dir = tempDir();
    writeFileSync(
      path.join(dir, 'a,b.acctmap.yaml'),
      BROKEN.replace('stance: suporter', 'stance: "50%"'),
    );
    const summary = path.join(dir, 'summary.md');
    writeFileSync(summary, '');
    const r = acctmap(['validate', '--no-rules'], {
      cwd: dir,
      env: { GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: summary },
    });
    expect(r.code).toBe(1);
    const line = r.stdout.split('\n')[0]!;
    expect(line).toMatch(
      /^::error file=a%2Cb\.acctmap\.yaml,line=8,col=13,endLine=8,title=acctmap schema::/,
    );
    expect(line).toContain('`50%25`');
    // Counts in words, singular for one (src/text plural).
    expect(r.stdout).toContain('acctmap: 1 error, 0 warnings, 0 infos in 1 map (1 file)');
    const table = readFileSync(summary, 'utf8');
    expect(table).toContain('1 error, 0 warnings, 0 infos in 1 map (1 file).');
    expect(table).toContain('| a,b.acctmap.yaml | 8:13 | error | schema |');
  });

  it('sarif: every field GitHub code scanning requires', () => {
    const dir = tempDir();
    // In a git repository, URIs are relative to its root (see test/sarif.test.ts for the rest).
    execFileSync('git', ['init', '-q', dir]);
    mkdirSync(path.join(dir, 'accounts'));
    writeFileSync(path.join(dir, 'accounts', 'a.acctmap.yaml'), BROKEN);
    const r = acctmap(['validate', '--no-rules', '--format', 'sarif'], { cwd: dir });
    expect(r.code).toBe(1);
    const log = JSON.parse(r.stdout);
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toMatch(/sarif-2\.1\.0/);
    const run = log.runs[0];
    expect(run.tool.driver.name).toBe('acctmap');
    for (const rule of run.tool.driver.rules) {
      expect(rule.id).toMatch(/^[a-z-]+$/);
      expect(rule.shortDescription.text.length).toBeGreaterThan(0);
      expect(rule.fullDescription.text.length).toBeGreaterThan(0);
      expect(rule.help.text.length).toBeGreaterThan(0);
    }
    expect(run.results).toHaveLength(1);
    const result = run.results[0];
    expect(result.ruleId).toBe('schema');
    expect(run.tool.driver.rules[result.ruleIndex].id).toBe('schema');
    expect(result.message.text).toContain('suporter');
    const loc = result.locations[0].physicalLocation;
    expect(loc.artifactLocation.uri).toBe('accounts/a.acctmap.yaml');
    expect(loc.region).toMatchObject({ startLine: 8, startColumn: 13 });
  });

  it('junit: well-formed XML with a failure per finding and a pass per clean file', () => {
    const dir = tempDir();
    writeFileSync(
      path.join(dir, 'a.acctmap.yaml'),
      BROKEN.replace('name: Ola', 'name: "Ola <&> \\"Q\\""'),
    );
    writeFileSync(path.join(dir, 'b.acctmap.yaml'), GOOD);
    const r = acctmap(['validate', '--no-rules', '--format', 'junit'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(
      /^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites name="acctmap" tests="2" failures="1" errors="0">/,
    );
    expect(r.stdout).toContain('<testsuite name="a.acctmap.yaml" tests="1" failures="1"');
    expect(r.stdout).toContain('<testcase classname="b.acctmap.yaml" name="b.acctmap.yaml"/>');
    // The real XML parser in jsdom must accept it.
    return import('jsdom').then(({ JSDOM }) => {
      const doc = new JSDOM('').window;
      const parsed = new doc.DOMParser().parseFromString(r.stdout, 'application/xml');
      expect(parsed.getElementsByTagName('parsererror')).toHaveLength(0);
      expect(parsed.getElementsByTagName('failure')).toHaveLength(1);
    });
  });

  it('junit: test case names unique in their suite, and an unreadable file is a failure', async () => {
    const dir = tempDir();
    // Two suppression findings at one position (one per unknown rule named).
    writeFileSync(
      path.join(dir, 'a.acctmap.yaml'),
      'acctmap: 1\naccount:\n  id: a\n  name: A\n  # acctmap-disable-next-line nosuch1 nosuch2 -- why\n  reviewed: 2026-01-01\n',
    );
    const r = acctmap(
      [
        'validate',
        '--as-of',
        '2026-12-02',
        '--format',
        'junit',
        'a.acctmap.yaml',
        'gone.acctmap.yaml',
      ],
      { cwd: dir },
    );
    expect(r.code).toBe(2);
    const { JSDOM } = await import('jsdom');
    const doc = new new JSDOM('').window.DOMParser().parseFromString(r.stdout, 'application/xml');
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    for (const suite of Array.from(doc.getElementsByTagName('testsuite'))) {
      const names = Array.from(suite.getElementsByTagName('testcase')).map(
        (c) => `${c.getAttribute('classname')}\u0000${c.getAttribute('name')}`,
      );
      expect(new Set(names).size).toBe(names.length);
    }
    const suppression = Array.from(doc.getElementsByTagName('testcase'))
      .map((c) => c.getAttribute('name'))
      .filter((n) => n?.startsWith('suppression'));
    expect(suppression).toHaveLength(2);
    expect(new Set(suppression).size).toBe(2);
    const gone = Array.from(doc.getElementsByTagName('testsuite')).find(
      (x) => x.getAttribute('name') === 'gone.acctmap.yaml',
    );
    expect(gone?.getAttribute('failures')).toBe('1');
    expect(gone?.getElementsByTagName('failure')[0]?.getAttribute('message')).toBe(
      'cannot read gone.acctmap.yaml: no such file or folder',
    );
  });

  it('an unreadable file in every format: an io error finding, never "no problems"', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'good.acctmap.yaml'), GOOD);
    const args = ['validate', '--no-rules', 'good.acctmap.yaml', 'missing.acctmap.yaml'];
    const stylish = acctmap(args, { cwd: dir });
    expect(stylish.code).toBe(2);
    expect(stylish.stdout).not.toContain('no problems');
    expect(stylish.stdout).toContain(
      'missing.acctmap.yaml\n  1:1  error  cannot read missing.acctmap.yaml: no such file or folder  io',
    );
    const json = JSON.parse(acctmap([...args, '--format', 'json'], { cwd: dir }).stdout);
    expect(json.files.map((f: { file: string }) => f.file)).toEqual([
      'good.acctmap.yaml',
      'missing.acctmap.yaml',
    ]);
    expect(json.diagnostics).toMatchObject([
      { file: 'missing.acctmap.yaml', line: 1, column: 1, severity: 'error', rule: 'io' },
    ]);
    expect(json.summary.errors).toBe(1);
    const github = acctmap([...args, '--format', 'github'], { cwd: dir });
    expect(github.code).toBe(2);
    expect(github.stdout).toContain(
      '::error file=missing.acctmap.yaml,line=1,col=1,title=acctmap io::cannot read missing.acctmap.yaml',
    );
    // Only unreadable paths: still an output that names them, and exit 2.
    const only = acctmap(['validate', '--format', 'json', 'nope.acctmap.yaml'], { cwd: dir });
    expect(only.code).toBe(2);
    expect(JSON.parse(only.stdout).diagnostics[0]).toMatchObject({ rule: 'io' });
  });

  it('-o writes the whole output to a file and prints nothing', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'a.acctmap.yaml'), BROKEN);
    const r = acctmap(['validate', '--no-rules', '--format', 'json', '-o', 'out/findings.json'], {
      cwd: dir,
    });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(
      JSON.parse(readFileSync(path.join(dir, 'out', 'findings.json'), 'utf8')).summary.errors,
    ).toBe(1);
    expect(readdirSync(path.join(dir, 'out'))).toEqual(['findings.json']);
  });

  it('-o onto a folder exits 2 and leaves it alone', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'a.acctmap.yaml'), GOOD);
    mkdirSync(path.join(dir, 'out'));
    const r = acctmap(['validate', '--no-rules', '-o', 'out'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('-o out is a folder, but acctmap validate writes a single file');
  });

  it('colour follows NO_COLOR, FORCE_COLOR and --no-color, never in machine formats', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'a.acctmap.yaml'), BROKEN);
    const esc = '\u001b[';
    expect(
      acctmap(['validate', '--no-rules'], {
        cwd: dir,
        env: { NO_COLOR: undefined, FORCE_COLOR: '1' },
      }).stdout,
    ).toContain(esc);
    expect(
      acctmap(['validate', '--no-rules'], {
        cwd: dir,
        env: { NO_COLOR: '1', FORCE_COLOR: undefined },
      }).stdout,
    ).not.toContain(esc);
    expect(
      acctmap(['validate', '--no-rules'], {
        cwd: dir,
        env: { NO_COLOR: undefined, NODE_DISABLE_COLORS: '1', FORCE_COLOR: '1' },
      }).stdout,
    ).not.toContain(esc);
    expect(
      acctmap(['validate', '--no-rules'], {
        cwd: dir,
        env: { NO_COLOR: undefined, NODE_DISABLE_COLORS: '', FORCE_COLOR: '1' },
      }).stdout,
    ).toContain(esc);
    expect(
      acctmap(['validate', '--no-rules', '--no-color'], {
        cwd: dir,
        env: { NO_COLOR: undefined, FORCE_COLOR: '1' },
      }).stdout,
    ).not.toContain(esc);
    expect(
      acctmap(['validate', '--no-rules', '--format', 'json'], {
        cwd: dir,
        env: { NO_COLOR: undefined, FORCE_COLOR: '1' },
      }).stdout,
    ).not.toContain(esc);
  });

  it('--quiet prints only errors', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'a.acctmap.yaml'), GOOD);
    const r = acctmap(['validate', '--no-rules', '--quiet', '--format', 'json'], { cwd: dir });
    expect(JSON.parse(r.stdout).diagnostics).toEqual([]);
    expect(r.stderr).toBe('');
  });
});
