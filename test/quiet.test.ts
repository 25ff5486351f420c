/**
 * `-q, --quiet` means the same in every command (the contract: "print only errors"): notes on
 * stderr (a map skipped, files written) are left out, the output itself is not, and a problem
 * that stops the job is still said.
 */
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { acctmap, EXAMPLES, tempDir } from './helpers/cli.js';

const GOOD = 'acctmap: 1\naccount:\n  id: good\n  name: Good Ltd\n  reviewed: 2026-10-01\n';
const BROKEN = 'acctmap: 1\naccount:\n  id: broken\n  name: Broken\n  tier: platinum\n';

/** A folder with one good map and one with a schema error: score, diagram and report skip it. */
function folder(): string {
  const dir = tempDir();
  writeFileSync(path.join(dir, 'good.acctmap.yaml'), GOOD);
  writeFileSync(path.join(dir, 'broken.acctmap.yaml'), BROKEN);
  return dir;
}

const AS_OF = ['--as-of', '2026-11-23'];

describe('--quiet', () => {
  it.each([
    ['score', ['score', ...AS_OF, '--fail-on', 'never']],
    ['report', ['report', ...AS_OF, '--fail-on', 'never']],
    ['diagram', ['diagram', '.']],
  ])('%s: leaves out the note about the skipped map, keeps the output', (_name, args) => {
    const cwd = folder();
    const loud = acctmap(args, { cwd });
    expect(loud.stderr).toContain('skipping maps in broken.acctmap.yaml');
    const quiet = acctmap([...args, '--quiet'], { cwd });
    expect(quiet.stderr).toBe('');
    expect(quiet.code).toBe(loud.code);
    expect(quiet.stdout).toBe(loud.stdout);
  });

  it('validate: prints only the errors', () => {
    const cwd = folder();
    const r = acctmap(['validate', ...AS_OF, '--quiet', '--format', 'json'], { cwd });
    const severities = (
      JSON.parse(r.stdout) as { diagnostics: { severity: string }[] }
    ).diagnostics.map((d) => d.severity);
    expect(severities.length).toBeGreaterThan(0);
    expect(new Set(severities)).toEqual(new Set(['error']));
  });

  it('validate: the summary never says "no problems" while warnings are hidden', () => {
    const cwd = tempDir();
    writeFileSync(path.join(cwd, 'good.acctmap.yaml'), GOOD);
    const loud = acctmap(['validate', ...AS_OF], { cwd });
    const warnings = (loud.stdout.match(/ warning /g) ?? []).length;
    expect(warnings).toBeGreaterThan(1);
    const quiet = acctmap(['validate', ...AS_OF, '--quiet'], { cwd });
    expect(quiet.code).toBe(0);
    expect(quiet.stdout).not.toContain('no problems');
    expect(quiet.stdout.trim()).toBe(
      `✔ 1 map in 1 file checked, no errors (${warnings} warnings hidden by --quiet)`,
    );
    // With errors too: the count of errors, and what was hidden.
    writeFileSync(path.join(cwd, 'broken.acctmap.yaml'), BROKEN);
    const both = acctmap(['validate', ...AS_OF, '--quiet'], { cwd });
    expect(both.stdout).toMatch(
      /✖ 1 problem \(1 error\) in 1 of 2 files; 2 maps in 2 files checked; \d+ warnings hidden by --quiet/,
    );
    const github = acctmap(['validate', ...AS_OF, '--quiet', '--format', 'github'], { cwd });
    expect(github.stdout).toMatch(
      /^acctmap: 1 error, 0 warnings, 0 infos in 2 maps \(2 files\) \(\d+ warnings hidden by --quiet\)$/m,
    );
    // Nothing hidden: the plain summary.
    const clean = tempDir();
    writeFileSync(path.join(clean, 'good.acctmap.yaml'), GOOD);
    expect(acctmap(['validate', '--no-rules', '--quiet'], { cwd: clean }).stdout.trim()).toBe(
      '✔ 1 map in 1 file checked, no problems',
    );
  });

  it('init, rules and schema take it: init says nothing, the others print their output', () => {
    const cwd = tempDir();
    const init = acctmap(['init', 'new.acctmap.yaml', '--quiet'], { cwd });
    expect(init.code).toBe(0);
    expect(init.stderr).toBe('');
    expect(acctmap(['init', 'other.acctmap.yaml'], { cwd }).stderr).toContain('wrote');
    for (const command of ['rules', 'schema']) {
      const r = acctmap([command, '--quiet']);
      expect(r.code).toBe(0);
      expect(r.stderr).toBe('');
      expect(r.stdout).toBe(acctmap([command]).stdout);
    }
  });

  it('still says what stops the job', () => {
    const r = acctmap([
      'diagram',
      path.join(EXAMPLES, 'kystlaks.acctmap.yaml'),
      '--quiet',
      '--depth',
      'x',
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--depth takes a whole number');
  });
});
