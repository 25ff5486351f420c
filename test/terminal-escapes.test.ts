/**
 * No control character from a map, a file name or an argument reaches the terminal: ESC (colour,
 * window title, clearing the screen), BEL, C1 controls (U+009B is a one-byte CSI), DEL and the
 * bidirectional overrides are shown escaped (`\x1b`, `\u202e`) wherever acctmap prints to a
 * terminal: stylish, github annotations, the score table, stderr notes and error messages.
 */
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { acctmap, tempDir } from './helpers/cli.js';

/** What a terminal acts on; none of it may appear in what acctmap prints. */
const UNSAFE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
  /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u2028\u2029\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;

const EVIL_FILE = 'ev\u001b[31mil\u0007.acctmap.yaml';

/** A map whose every text field tries something: a title change, colours, blink, a bell, CSI. */
const EVIL_MAP = `acctmap: 1
account:
  id: evil
  name: "Evil \\e]0;pwned\\a \\e[41mRED\\e[0m \\u202Eabc \\x9b31m \\x7f"
  owner: o
  reviewed: 2026-01-01
team:
  - id: o
    name: "O \\e[5mblink"
people:
  - id: p
    name: "P \\x07bell"
    title: "T \\e[2J"
    stance: "sup\\e[2Jporter"
    roles: [champion]
`;

/** The same map without the schema error, so score and diagram use it. */
const USABLE = EVIL_MAP.replace('id: evil', 'id: evil-ok').replace(
  'stance: "sup\\e[2Jporter"',
  'stance: supporter',
);

function folder(): string {
  const dir = tempDir();
  writeFileSync(path.join(dir, EVIL_FILE), EVIL_MAP);
  writeFileSync(path.join(dir, 'usable.acctmap.yaml'), USABLE);
  return dir;
}

function expectSafe(text: string): void {
  const found = text.match(UNSAFE);
  expect(
    found ? JSON.stringify(text.slice(Math.max(0, found.index! - 30), found.index! + 10)) : null,
  ).toBeNull();
}

describe('terminal escape injection', () => {
  const dir = folder();
  const run = (args: string[], env: Record<string, string | undefined> = {}) =>
    acctmap([...args, '--as-of', '2026-12-02'], { cwd: dir, env });

  it('validate, stylish: the file name and the messages show escapes', () => {
    const r = run(['validate']);
    expect(r.code).toBe(1);
    expectSafe(r.stdout);
    expectSafe(r.stderr);
    expect(r.stdout).toContain('ev\\x1b[31mil\\x07.acctmap.yaml');
    expect(r.stdout).toMatch(/sup\\(?:x1b|u001b)\[2Jporter/);
  });

  it('validate, stylish in colour: only acctmap’s own colour codes are there', () => {
    const r = run(['validate'], { NO_COLOR: undefined, FORCE_COLOR: '1' });
    // acctmap's own SGR sequences are ESC [ digits m; anything else would be the map's.
    // biome-ignore lint/suspicious/noControlCharactersInRegex: acctmap's own colour codes
    const withoutOwn = r.stdout.replace(/\u001b\[\d+(?:;\d+)*m/g, '');
    expectSafe(withoutOwn);
    expect(withoutOwn).toContain('ev\\x1b[31mil\\x07.acctmap.yaml');
  });

  it('validate, github annotations', () => {
    const r = run(['validate', '--format', 'github']);
    expectSafe(r.stdout);
    expect(r.stdout).toContain('file=ev\\x1b[31mil\\x07.acctmap.yaml');
  });

  it('score table and its stderr notes', () => {
    const r = run(['score']);
    expect([0, 1]).toContain(r.code);
    expectSafe(r.stdout);
    expectSafe(r.stderr);
    expect(r.stdout).toContain('Evil \\x1b]0;pwned\\x07');
    expect(r.stderr).toContain('skipping maps in ev\\x1b[31mil\\x07.acctmap.yaml');
  });

  it('report and diagram: the notes on stderr', () => {
    const report = run(['report', '-o', path.join(dir, 'out.md')]);
    expectSafe(report.stderr);
    expect(report.stderr).toContain('ev\\x1b[31mil\\x07.acctmap.yaml');
    const diagram = run(['diagram', '.', '--format', 'mermaid', '-o', path.join(dir, 'out/')]);
    expectSafe(diagram.stderr);
  });

  it('error messages that quote what the user typed', () => {
    for (const args of [
      ['validate', '--rule', 'x\u001b[31m=off'],
      ['validate', `nope\u0007\u001b]0;t\u0007.acctmap.yaml`],
      ['validate', '--fromat\u001b[2J'],
      ['validate', '--max-warnings', '\u009b31m'],
      ['score', '--by', '\u202eeunever'],
    ]) {
      const r = run(args);
      expect(r.code).toBe(2);
      expectSafe(r.stdout);
      expectSafe(r.stderr);
      expect(r.stderr).toMatch(/\\x1b|\\x07|\\x9b|\\u202e/);
    }
  });
});
