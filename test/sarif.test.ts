/**
 * SARIF as the real clients read it: Microsoft's own validator (`sarif-multitool validate`, the
 * one GitHub points to) finds nothing wrong, file names with any character stay one name in the
 * URI, paths are relative to the git repository root whatever the current folder, and columns
 * are what `columnKind` says.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { acctmap, tempDir } from './helpers/cli.js';

const MULTITOOL: string = createRequire(import.meta.url)('@microsoft/sarif-multitool');

/** A map with one schema error (`stance: suporter`) in a flow mapping after two emoji. */
const EMOJI_LINE = '  - {id: ola, name: "😀😀 Ola", stance: suporter}';
const MAP = (id: string) =>
  `acctmap: 1\naccount:\n  id: ${id}\n  name: ${id}\npeople:\n${EMOJI_LINE}\n`;

const NAMES = [
  'a b.acctmap.yaml',
  'h#1.acctmap.yaml',
  'why?.acctmap.yaml',
  '50%.acctmap.yaml',
  'Ærøskøbing-日本.acctmap.yaml',
  '😀 smile.acctmap.yaml',
];

interface Validation {
  level: string;
  ruleId: string;
  text: string;
}

/** Runs `sarif-multitool validate` on a log; every result it reports, at every level. */
function multitool(log: string): Validation[] {
  const dir = tempDir();
  const input = path.join(dir, 'in put #1.sarif');
  const output = path.join(dir, 'validation.sarif');
  writeFileSync(input, log);
  const r = spawnSync(
    MULTITOOL,
    ['validate', input, '-o', output, '--log', 'ForceOverwrite', '--level', 'Error;Warning;Note'],
    {
      encoding: 'utf8',
      timeout: 120_000,
      env: { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: '1' },
    },
  );
  expect(r.error).toBeUndefined();
  expect(r.status, r.stdout + r.stderr).toBe(0);
  const validation = JSON.parse(readFileSync(output, 'utf8').replace(/^\uFEFF/, ''));
  return validation.runs[0].results.map(
    (x: { level?: string; ruleId: string; message: { text?: string; id?: string } }) => ({
      level: x.level ?? 'warning',
      ruleId: x.ruleId,
      text: x.message.text ?? x.message.id ?? '',
    }),
  );
}

/** Findings the validator holds against the log: errors and warnings (notes are advice). */
function problemsIn(log: string): Validation[] {
  return multitool(log).filter((v) => v.level === 'error' || v.level === 'warning');
}

function gitRepo(): string {
  const dir = tempDir();
  execFileSync('git', ['init', '-q', dir]);
  return dir;
}

describe('SARIF and Microsoft’s SARIF validator', () => {
  it('the validator is real: it reports a log with a broken URI and a bad base', () => {
    const broken = {
      version: '2.1.0',
      runs: [
        {
          tool: { driver: { name: 'x', rules: [{ id: 'r', name: 'r' }] } },
          results: [
            {
              ruleId: 'r',
              message: { text: 'm.' },
              locations: [
                {
                  physicalLocation: {
                    artifactLocation: { uri: '/tmp/a b.yaml', uriBaseId: '%SRCROOT%' },
                  },
                },
              ],
            },
          ],
        },
      ],
    };
    const found = multitool(JSON.stringify(broken));
    expect(found.filter((v) => v.level === 'error').length).toBeGreaterThan(0);
  });

  it('file names with spaces, #, ?, %, other scripts and emoji: no errors, no warnings', () => {
    const repo = gitRepo();
    const folder = path.join(repo, 'key accounts');
    mkdirSync(folder);
    NAMES.forEach((name, i) => writeFileSync(path.join(folder, name), MAP(`acct-${i}`)));
    // Run from a folder below the repository root: URIs are still relative to the root.
    const r = acctmap(
      ['validate', '--no-rules', '--format', 'sarif', '.', 'gone.acctmap.yaml', 'missing dir'],
      { cwd: folder },
    );
    expect(r.code).toBe(2);
    const log = JSON.parse(r.stdout);
    const run = log.runs[0];
    expect(run.columnKind).toBe('utf16CodeUnits');
    expect(run.originalUriBaseIds['%SRCROOT%'].uri).toBe(
      `${pathToFileURL(repo).href.replace(/\/?$/, '/')}`,
    );

    const schema = run.results.filter((x: { ruleId: string }) => x.ruleId === 'schema');
    expect(schema).toHaveLength(NAMES.length);
    const uris = schema.map(
      (x: { locations: [{ physicalLocation: { artifactLocation: { uri: string } } }] }) =>
        x.locations[0].physicalLocation.artifactLocation,
    );
    for (const loc of uris) {
      expect(loc.uriBaseId).toBe('%SRCROOT%');
      // One name per file: nothing is read as a query or a fragment.
      expect(loc.uri).not.toMatch(/[#? ]/);
      expect(new URL(loc.uri, 'file:///root/').pathname.startsWith('/root/key%20accounts/')).toBe(
        true,
      );
    }
    expect(uris.map((l: { uri: string }) => decodeURIComponent(l.uri)).sort()).toEqual(
      NAMES.map((n) => `key accounts/${n}`).sort(),
    );
    // The column of `suporter` in UTF-16 code units: each emoji counts two.
    const utf16Column = EMOJI_LINE.indexOf('suporter') + 1;
    expect([...EMOJI_LINE.slice(0, utf16Column - 1)].length + 1).toBe(utf16Column - 2);
    for (const x of schema) {
      expect(x.locations[0].physicalLocation.region).toMatchObject({
        startLine: 6,
        startColumn: utf16Column,
      });
    }

    // The files that could not be read: findings, notifications, and an unsuccessful run.
    const io = run.results.filter((x: { ruleId: string }) => x.ruleId === 'io');
    expect(
      io.map(
        (x: { locations: [{ physicalLocation: { artifactLocation: { uri: string } } }] }) =>
          x.locations[0].physicalLocation.artifactLocation.uri,
      ),
    ).toEqual(['key%20accounts/gone.acctmap.yaml', 'key%20accounts/missing%20dir']);
    expect(run.invocations[0].executionSuccessful).toBe(false);
    expect(run.invocations[0].toolExecutionNotifications).toHaveLength(2);
    expect(run.invocations[0].toolExecutionNotifications[0].message.text).toContain(
      'cannot read gone.acctmap.yaml',
    );

    for (const rule of run.tool.driver.rules) {
      expect(rule.name.toLowerCase()).not.toBe(rule.id.toLowerCase());
      expect(rule.name).toMatch(/^[A-Z][A-Za-z0-9]+$/);
      expect(() => new URL(rule.helpUri)).not.toThrow();
      expect(rule.shortDescription.text.length).toBeGreaterThan(0);
      expect(rule.fullDescription.text.length).toBeGreaterThan(0);
    }
    expect(problemsIn(r.stdout)).toEqual([]);
  });

  it('a map outside any repository: an absolute file: URI and no base', () => {
    const dir = tempDir();
    const inside = path.join(dir, 'a #1?');
    mkdirSync(inside);
    writeFileSync(path.join(inside, 'ø 😀.acctmap.yaml'), MAP('outside'));
    // Run from another folder, so the map is outside the current folder too.
    const r = acctmap(['validate', '--no-rules', '--format', 'sarif', inside], { cwd: gitRepo() });
    expect(r.code).toBe(1);
    const run = JSON.parse(r.stdout).runs[0];
    expect(run.originalUriBaseIds).toBeUndefined();
    const loc = run.results[0].locations[0].physicalLocation.artifactLocation;
    expect(loc.uriBaseId).toBeUndefined();
    expect(loc.uri).toBe(pathToFileURL(path.join(inside, 'ø 😀.acctmap.yaml')).href);
    expect(problemsIn(r.stdout)).toEqual([]);
  });

  it('a clean run: executionSuccessful, no results, still valid', () => {
    const repo = gitRepo();
    writeFileSync(
      path.join(repo, 'ok.acctmap.yaml'),
      'acctmap: 1\naccount:\n  id: ok\n  name: Ok\n',
    );
    const r = acctmap(['validate', '--no-rules', '--format', 'sarif'], { cwd: repo });
    expect(r.code).toBe(0);
    const run = JSON.parse(r.stdout).runs[0];
    expect(run.results).toEqual([]);
    expect(run.invocations).toEqual([{ executionSuccessful: true }]);
    expect(problemsIn(r.stdout)).toEqual([]);
  });
});
