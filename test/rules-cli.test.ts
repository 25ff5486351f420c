/**
 * The rules as a user meets them, through the built CLI: `acctmap rules`, and `acctmap validate`
 * with --as-of, --rule, --fail-on, --no-rules, config, overrides and suppression comments.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { acctmap, FIXTURES, tempDir } from './helpers/cli.js';

const RULES = path.join(FIXTURES, 'rules');
const HEALTHY = readFileSync(path.join(RULES, 'healthy.acctmap.yaml'), 'utf8');
const RED = readFileSync(path.join(RULES, 'red-flags.acctmap.yaml'), 'utf8');
const AS_OF = ['--as-of', '2026-11-22'];

interface JsonDiagnostic {
  file: string;
  line: number;
  column: number;
  severity: string;
  rule: string;
  message: string;
  path: string;
  account?: string;
}

function folder(files: Record<string, string>): string {
  const dir = tempDir();
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

function validateJson(dir: string, ...args: string[]) {
  const r = acctmap(['validate', '--format', 'json', ...AS_OF, ...args], { cwd: dir });
  const out = r.stdout ? (JSON.parse(r.stdout) as { diagnostics: JsonDiagnostic[] }) : undefined;
  return { ...r, diagnostics: out?.diagnostics ?? [] };
}

const rulesOf = (ds: JsonDiagnostic[]) => [...new Set(ds.map((d) => d.rule))].sort();

describe('acctmap rules', () => {
  it('lists every rule with its default severity and description', () => {
    const r = acctmap(['rules']);
    expect(r.code).toBe(0);
    const json = acctmap(['rules', '--format', 'json']);
    expect(json.code).toBe(0);
    const { rules } = JSON.parse(json.stdout) as {
      rules: Array<{ id: string; default_severity: string; description: string; options: object }>;
    };
    expect(rules.length).toBeGreaterThanOrEqual(14);
    for (const id of [
      'business-elsewhere',
      'reorganization',
      'no-roi',
      'goals-not-met',
      'no-economic-buyer',
      'no-champion',
      'single-threaded',
      'stale-contact',
      'stale-map',
      'unmanaged-opponent',
    ]) {
      expect(rules.map((x) => x.id)).toContain(id);
    }
    for (const rule of rules) {
      const line = r.stdout.split('\n').find((l) => l.trim().startsWith(`${rule.id} `));
      expect(line, rule.id).toBeDefined();
      expect(line).toMatch(new RegExp(`^\\s+${rule.id}\\s+${rule.default_severity}\\s+\\S`));
      expect(line).toContain(rule.description);
    }
    expect(rules.find((x) => x.id === 'no-roi')!.default_severity).toBe('error');
    expect(rules.find((x) => x.id === 'stale-contact')!.options).toEqual({
      days: { default: 90, description: 'how many days since `last_contact` make a contact stale' },
    });
  });

  it('writes to -o and refuses an unknown format', () => {
    const dir = tempDir();
    const r = acctmap(['rules', '--format', 'json', '-o', 'rules.json'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(
      JSON.parse(readFileSync(path.join(dir, 'rules.json'), 'utf8')).rules.length,
    ).toBeGreaterThan(10);
    expect(acctmap(['rules', '--format', 'xml']).code).toBe(2);
  });
});

describe('acctmap validate with the rules', () => {
  it('is quiet on a healthy map', () => {
    const dir = folder({ 'nordlys.acctmap.yaml': HEALTHY });
    const r = acctmap(['validate', ...AS_OF, '--fail-on', 'warning'], { cwd: dir });
    expect(r.stdout).toContain('1 map in 1 file checked, no problems');
    expect(r.code).toBe(0);
  });

  it('reports the red flags with line, column and evidence, and exits 1 on the no-roi error', () => {
    const dir = folder({ 'fjord.acctmap.yaml': RED });
    const r = validateJson(dir);
    expect(r.code).toBe(1);
    expect(rulesOf(r.diagnostics)).toEqual([
      'business-elsewhere',
      'goals-not-met',
      'no-champion',
      'no-economic-buyer',
      'no-roi',
      'reorganization',
      'single-threaded',
      'stale-contact',
      'stale-map',
      'unknown-stance-high-influence',
      'unmanaged-opponent',
    ]);
    const lost = r.diagnostics.find(
      (d) => d.rule === 'business-elsewhere' && d.path === 'opportunities[0]',
    )!;
    expect(lost).toMatchObject({
      file: 'fjord.acctmap.yaml',
      line: 43,
      column: 5,
      severity: 'warning',
      account: 'fjord',
    });
    expect(lost.message).toContain('"Yearly freight contract" was lost to NorCargo on 2026-08-01');
    const left = r.diagnostics.find(
      (d) => d.rule === 'reorganization' && d.path === 'people[2].status',
    )!;
    expect(left.line).toBe(37);
    expect(left.message).toContain(
      'Cecilie Moe (`cecilie`) has left the account but still holds `economic-buyer`',
    );
  });

  it('stylish shows each finding as line:column severity message rule', () => {
    const dir = folder({ 'fjord.acctmap.yaml': RED });
    const r = acctmap(['validate', ...AS_OF], { cwd: dir });
    const line = r.stdout.split('\n').find((l) => l.includes('stale-map'))!;
    expect(line).toMatch(
      /^\s+8:13\s+warning\s+the map was last reviewed 2026-01-15, 311 days before 2026-11-22 .*\s+stale-map$/,
    );
  });

  it('--rule and --fail-on decide the exit code', () => {
    const dir = folder({ 'fjord.acctmap.yaml': RED });
    expect(acctmap(['validate', ...AS_OF, '--rule', 'no-roi=warning'], { cwd: dir }).code).toBe(0);
    expect(
      acctmap(['validate', ...AS_OF, '--rule', 'no-roi=warning', '--fail-on', 'warning'], {
        cwd: dir,
      }).code,
    ).toBe(1);
    const off = validateJson(
      dir,
      '--rule',
      'no-roi=off',
      '--rule',
      'stale-map=error',
      '--rule',
      'stale-map=info',
    );
    expect(off.diagnostics.filter((d) => d.rule === 'no-roi')).toEqual([]);
    expect(off.diagnostics.find((d) => d.rule === 'stale-map')!.severity).toBe('info');
    expect(off.code).toBe(0);
  });

  it('--no-rules runs the schema and references only', () => {
    const dir = folder({ 'fjord.acctmap.yaml': RED });
    const r = validateJson(dir, '--no-rules');
    expect(r.diagnostics).toEqual([]);
    expect(r.code).toBe(0);
  });

  it('--as-of moves the date rules', () => {
    const dir = folder({ 'nordlys.acctmap.yaml': HEALTHY });
    const later = acctmap(['validate', '--format', 'json', '--as-of', '2027-04-10'], { cwd: dir });
    const ds = (JSON.parse(later.stdout) as { diagnostics: JsonDiagnostic[] }).diagnostics;
    expect(ds.map((d) => d.rule).sort()).toEqual([
      'champion-gone-quiet',
      'stale-contact',
      'stale-contact',
      'stale-map',
    ]);
    expect(ds.find((d) => d.rule === 'stale-map')!.message).toContain('191 days before 2027-04-10');
  });

  it('config sets severities and options, overrides per folder', () => {
    const config = [
      'rules:',
      '  no-roi: warning',
      '  stale-contact: { severity: error, days: 300 }',
      '  unknown-stance-high-influence: off',
      'overrides:',
      '  - files: [archive/**]',
      '    rules:',
      '      stale-map: off',
      '',
    ].join('\n');
    const dir = folder({
      'acctmap.config.yaml': config,
      'live/fjord.acctmap.yaml': RED,
      'archive/old.acctmap.yaml': RED.replace('id: fjord', 'id: fjord-old'),
    });
    const r = validateJson(dir);
    expect(r.code).toBe(0);
    const stale = r.diagnostics.filter((d) => d.rule === 'stale-map').map((d) => d.file);
    expect(stale).toEqual(['live/fjord.acctmap.yaml']);
    expect(r.diagnostics.filter((d) => d.rule === 'stale-contact')).toEqual([]);
    expect(r.diagnostics.filter((d) => d.rule === 'unknown-stance-high-influence')).toEqual([]);
    expect(r.diagnostics.filter((d) => d.rule === 'no-roi').map((d) => d.severity)).toEqual([
      'warning',
      'warning',
    ]);
  });

  it('an unknown rule or option in the config is exit 2 with its line and a did-you-mean', () => {
    const dir = folder({
      'acctmap.config.yaml':
        'rules:\n  no-roi: warning\n  stale-contatc: off\n  stale-map: { dayz: 30 }\n',
      'fjord.acctmap.yaml': RED,
    });
    const r = acctmap(['validate', ...AS_OF], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('acctmap.config.yaml:3:3');
    expect(r.stderr).toContain('unknown rule `stale-contatc`; did you mean `stale-contact`?');
    expect(r.stderr).toContain('acctmap.config.yaml:4:16');
    expect(r.stderr).toContain('rule `stale-map` has no option `dayz`; did you mean `days`?');
  });

  it('a suppression with a reason silences its finding; one without is reported', () => {
    const lines = RED.split('\n');
    // Above Anne's last_contact (line 28) and above the stale review date (line 8).
    lines.splice(
      27,
      0,
      '    # acctmap-disable-next-line stale-contact -- on parental leave until March',
    );
    lines.splice(7, 0, '  # acctmap-disable-next-line stale-map');
    const dir = folder({ 'fjord.acctmap.yaml': lines.join('\n') });
    const r = validateJson(dir);
    expect(r.diagnostics.filter((d) => ['stale-contact', 'stale-map'].includes(d.rule))).toEqual(
      [],
    );
    const s = r.diagnostics.filter((d) => d.rule === 'suppression');
    expect(s).toHaveLength(1);
    expect(s[0]).toMatchObject({ line: 8, column: 3, severity: 'warning' });
    expect(s[0]!.message).toContain('gives no reason');
  });
});
