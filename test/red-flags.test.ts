/**
 * One definition of a red flag: `score`, `report` and `rules` agree on every account about
 * which findings are red flags, on the examples and on a portfolio built here with a red-flag
 * rule turned down to `info` (which must raise none). The truth is `validate --format json`
 * read with `rules --format json`: a red-flag rule's finding at warning or error.
 */
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { acctmap, EXAMPLES, FIXTURES, tempDir } from './helpers/cli.js';
import { parseMarkdown } from './helpers/markdown.js';

const AS_OF = '2026-11-23';

interface Json {
  rules: { id: string; category: string }[];
  diagnostics: { rule: string; severity: string; account?: string }[];
  accounts: { id: string; red_flags: string[] }[];
}

function json<T>(args: string[], cwd: string): T {
  const r = acctmap(args, { cwd });
  expect(r.stderr).toBe('');
  return JSON.parse(r.stdout) as T;
}

/** The examples with their config, plus the rules fixture's red flags, `goals-not-met` at info. */
function portfolio(): string {
  const dir = tempDir(EXAMPLES);
  copyFileSync(
    path.join(FIXTURES, 'rules', 'red-flags.acctmap.yaml'),
    path.join(dir, 'fjord.acctmap.yaml'),
  );
  const config = path.join(dir, 'acctmap.config.yaml');
  const text = readFileSync(config, 'utf8');
  if (!/^rules:$/m.test(text)) throw new Error('the example config has no rules: section');
  writeFileSync(config, text.replace(/^rules:$/m, 'rules:\n  goals-not-met: info'));
  return dir;
}

/** The rule ids of a "Flags per account" cell as shown: `goals-not-met ×2, no-roi`. */
function cellIds(cell: string): string[] {
  return cell === 'none' ? [] : cell.split(', ').map((s) => s.replace(/ ×\d+$/, ''));
}

function sorted(list: Iterable<string>): string[] {
  return [...new Set(list)].sort();
}

describe.each([
  ['the examples', () => tempDir(EXAMPLES)],
  ['a portfolio with a red-flag rule at info', portfolio],
])('red flags agree on %s', (_name, make) => {
  const cwd = make();
  const asOf = ['--as-of', AS_OF];
  const categories = new Map(
    json<Json>(['rules', '--format', 'json'], cwd).rules.map((r) => [r.id, r.category]),
  );
  const diagnostics = json<Json>(['validate', ...asOf, '--format', 'json'], cwd).diagnostics;
  const truth = (account: string) =>
    sorted(
      diagnostics
        .filter(
          (d) =>
            d.account === account &&
            categories.get(d.rule) === 'red-flag' &&
            (d.severity === 'warning' || d.severity === 'error'),
        )
        .map((d) => d.rule),
    );
  const score = json<Json>(['score', ...asOf, '--format', 'json', '--fail-on', 'never'], cwd);
  const accounts = score.accounts.map((a) => a.id);
  const out = path.join(cwd, 'reviews');
  const report = acctmap(['report', ...asOf, '--fail-on', 'never', '-o', 'reviews/'], { cwd });
  expect(report.code).toBe(0);

  it('has accounts with red flags and accounts without', () => {
    const flagged = accounts.filter((a) => truth(a).length > 0);
    expect(flagged.length).toBeGreaterThan(0);
    expect(flagged.length).toBeLessThan(accounts.length);
  });

  it('score lists exactly the red flags of each account', () => {
    for (const a of score.accounts) expect(sorted(a.red_flags), a.id).toEqual(truth(a.id));
  });

  it("the portfolio report's flags per account are the same", () => {
    const index = parseMarkdown(readFileSync(path.join(out, 'index.md'), 'utf8'));
    const table = index.tables.find((t) => t.header[1] === 'Red flags')!;
    expect(table.rows).toHaveLength(accounts.length);
    for (const [i, row] of table.rows.entries()) {
      const id = score.accounts[i]!.id;
      expect(sorted(cellIds(row[1]!)), id).toEqual(truth(id));
    }
  });

  it("each account review's red-flag section lists the same", () => {
    for (const id of accounts) {
      const text = readFileSync(path.join(out, `${id}.md`), 'utf8');
      // No section at all when the account has no findings.
      const section = text.split(/^### Red flags$/m)[1]?.split(/^#/m)[0] ?? '';
      // Each red flag is an item that starts with its rule as code: "- `no-roi` (error, …".
      const listed = section
        .split('\n')
        .filter((l) => l.startsWith('- '))
        .map((l) => /^- `([a-z-]+)`/.exec(l)?.[1] ?? l);
      expect(sorted(listed), id).toEqual(truth(id));
    }
  });

  it('validate and rules say which rules are red flags: the four seed rules', () => {
    expect(sorted([...categories].filter(([, c]) => c === 'red-flag').map(([id]) => id))).toEqual([
      'business-elsewhere',
      'goals-not-met',
      'no-roi',
      'reorganization',
    ]);
    expect(readdirSync(out)).toContain('index.md');
  });
});

describe('a red-flag rule at info raises no red flag', () => {
  it('shows up as a finding but in none of the red-flag lists', () => {
    const cwd = portfolio();
    const asOf = ['--as-of', AS_OF];
    const diagnostics = json<Json>(['validate', ...asOf, '--format', 'json'], cwd).diagnostics;
    expect(
      diagnostics.some(
        (d) => d.account === 'fjord' && d.rule === 'goals-not-met' && d.severity === 'info',
      ),
    ).toBe(true);
    const score = json<Json>(['score', ...asOf, '--format', 'json', '--fail-on', 'never'], cwd);
    const fjord = score.accounts.find((a) => a.id === 'fjord')!;
    expect(fjord.red_flags).not.toContain('goals-not-met');
    expect(fjord.red_flags).toEqual(['business-elsewhere', 'no-roi', 'reorganization']);
    const report = acctmap(['report', ...asOf, '--fail-on', 'never', 'fjord.acctmap.yaml'], {
      cwd,
    });
    const redFlags = report.stdout.split(/^### Red flags$/m)[1]!.split(/^### /m)[0]!;
    expect(redFlags).not.toContain('goals-not-met');
    const others = report.stdout.split(/^### Map quality and practice$/m)[1]!.split(/^## /m)[0]!;
    expect(others).toContain('`goals-not-met` (info');
  });
});
