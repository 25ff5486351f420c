/**
 * docs/robustness.md promises an exact message for each broken input and output; this makes
 * every one of those inputs, runs the built CLI on them, and checks that every line of every
 * `text` block on the page is a line acctmap printed (findings as `validate` shows them, the
 * rest from stderr). The page also lints clean.
 */
import { execFileSync } from 'node:child_process';
import {
  closeSync,
  existsSync,
  ftruncateSync,
  mkdirSync,
  openSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import * as path from 'node:path';
import type { Code } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { beforeAll, describe, expect, it } from 'vitest';
import { crashLines, parseJson, runCli } from './fixtures/hostile-inputs/run.js';
import { BIN, ROOT, tempDir } from './helpers/cli.js';
import { lintMarkdown } from './helpers/markdown.js';

const PAGE = readFileSync(path.join(ROOT, 'docs', 'robustness.md'), 'utf8');
const GOOD = 'acctmap: 1\naccount:\n  id: good\n  name: Good Ltd\n';

/** Every line of every ```text block of the page, with the heading above it. */
function documentedLines(): Array<{ heading: string; line: string }> {
  const out: Array<{ heading: string; line: string }> = [];
  let heading = '';
  const visit = (node: { type: string; children?: unknown[] }) => {
    if (node.type === 'heading') {
      heading = JSON.stringify(node.children?.map((c) => (c as { value?: string }).value ?? ''));
    }
    if (node.type === 'code' && (node as Code).lang === 'text') {
      for (const line of (node as Code).value.split('\n')) out.push({ heading, line });
    }
    for (const child of node.children ?? []) visit(child as { type: string; children?: [] });
  };
  visit(fromMarkdown(PAGE));
  return out;
}

function aliasBomb(): string {
  let out = 'acctmap: 1\naccount:\n  id: bomb\n  name: Bomb\nprofile:\n';
  out += '  l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n';
  for (let i = 1; i <= 9; i++)
    out += `  l${i}: &l${i} [${Array(9)
      .fill(`*l${i - 1}`)
      .join(', ')}]\n`;
  return out;
}

/** The broken map files of the page, by file name. */
const FILES: Record<string, string | Buffer> = {
  'good.acctmap.yaml': GOOD,
  'empty.acctmap.yaml': '',
  'comments.acctmap.yaml': '# only a comment\n',
  'scalar.acctmap.yaml': 'just a sentence\n',
  'list.acctmap.yaml': '- acctmap: 1\n- account: x\n',
  'latin1.acctmap.yaml': Buffer.concat([
    Buffer.from('acctmap: 1\naccount:\n  id: latin\n  name: Caf'),
    Buffer.from([0xe9, 0x0a]),
  ]),
  'utf16.acctmap.yaml': Buffer.from(GOOD.replace('good', 'utf16'), 'utf16le'),
  'nul.acctmap.yaml': 'acctmap: 1\nnotes: a\u0000b\n',
  'conflict.acctmap.yaml': `${GOOD.replace('good', 'conflict')}<<<<<<< HEAD\nnotes: ours\n=======\nnotes: theirs\n>>>>>>> branch\n`,
  'bomb.acctmap.yaml': aliasBomb(),
  'deep.acctmap.yaml': `acctmap: 1\nprofile: ${'['.repeat(2000)}\n`,
  'loop.acctmap.yaml': 'acctmap: 1\naccount:\n  id: l\n  name: L\nprofile: &p\n  self: *p\n',
  'key.acctmap.yaml': 'acctmap: 1\naccount:\n  id: k\n  name: K\n  ? [a, b]\n  : c\n',
  'twin.acctmap.yaml': 'acctmap: 1\nprofile:\n  1: one\n  "1": also one\n',
  'dupkey.acctmap.yaml': 'acctmap: 1\naccount:\n  id: d\n  name: D\n  name: E\n',
  'tab.acctmap.yaml': 'acctmap: 1\naccount:\n\tid: t\n',
  'cut.acctmap.yaml': 'acctmap: 1\naccount:\n  id: q\n  name: "Quentin Sm',
  'bracket.acctmap.yaml':
    'acctmap: 1\naccount:\n  id: b\n  name: Bergen Bryggeri\n  tags: [brewery, west\n  tier: key\n',
  'version.acctmap.yaml': 'acctmap: 2\naccount: {id: v, name: V}\n',
};

const printed = new Set<string>();
let crashes: string[] = [];

beforeAll(() => {
  const dir = tempDir();
  const maps = path.join(dir, 'maps');
  mkdirSync(maps);
  for (const [name, content] of Object.entries(FILES))
    writeFileSync(path.join(maps, name), content);
  // 12 MB without writing 12 MB: a sparse file, refused from its size.
  const fd = openSync(path.join(maps, 'big.acctmap.yaml'), 'w');
  ftruncateSync(fd, 12 * 1024 * 1024);
  closeSync(fd);
  symlinkSync('gone.yaml', path.join(maps, 'dangling.acctmap.yaml'));
  symlinkSync('loop-b.acctmap.yaml', path.join(maps, 'loop-a.acctmap.yaml'));
  symlinkSync('loop-a.acctmap.yaml', path.join(maps, 'loop-b.acctmap.yaml'));
  execFileSync('mkfifo', [path.join(maps, 'pipe.acctmap.yaml')]);
  if (existsSync('/proc/self/mem'))
    symlinkSync('/proc/self/mem', path.join(maps, 'mem.acctmap.yaml'));

  const runs = [];
  const all = runCli(['validate', '.', '--format', 'json', '--no-rules'], { cwd: maps });
  runs.push(all);
  for (const d of parseJson(all.stdout).diagnostics) {
    printed.add(`${d.line}:${d.column}  ${d.severity}  ${d.message}  ${d.rule}`);
  }

  // Paths and outputs, each in a folder of its own.
  const other = path.join(dir, 'other');
  mkdirSync(other);
  writeFileSync(path.join(other, 'acme.acctmap.yaml'), GOOD);
  mkdirSync(path.join(other, 'conf'));
  mkdirSync(path.join(other, 'empty'));
  writeFileSync(path.join(other, 'notes.txt'), 'hello world, not yaml: : :\n');
  writeFileSync(path.join(other, 'blocker'), 'a file\n');
  execFileSync('mkfifo', [path.join(other, 'out.pipe')]);
  for (const args of [
    ['validate', 'acme.acctmap.yaml', '--config', 'conf'],
    ['validate', 'notes.txt'],
    ['validate', 'empty'],
    ['validate', '-o', 'blocker/out/report.json'],
    ['validate', '-o', 'out.pipe'],
    ['validate', '-o', 'acme.acctmap.yaml'],
  ]) {
    runs.push(runCli(args, { cwd: other, timeoutMs: 15_000 }));
  }
  // A write cut short by a file size limit of 0 KiB.
  const quoted = [process.execPath, BIN, 'schema', '-o', 'out.json'].map((a) => `'${a}'`);
  try {
    execFileSync('sh', ['-c', `ulimit -f 0 && exec ${quoted.join(' ')}`], {
      cwd: other,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch (error) {
    runs.push({ stderr: String((error as { stderr: Buffer }).stderr) });
  }
  for (const r of runs) for (const line of r.stderr.split('\n')) printed.add(line);
  crashes = runs.flatMap((r) => crashLines(r.stderr));
}, 60_000);

describe('docs/robustness.md', () => {
  it('shows exactly what acctmap prints for each input', () => {
    const lines = documentedLines();
    expect(lines.length).toBeGreaterThan(25);
    const missing = lines
      .filter(({ line }) => !printed.has(line))
      .map(({ heading, line }) => `${heading}: ${line}`);
    expect(missing).toEqual([]);
    expect(crashes).toEqual([]);
  });

  it('lints clean', () => {
    expect(lintMarkdown(PAGE)).toEqual([]);
  });
});
