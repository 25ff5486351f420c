/**
 * docs/diagrams.md is checked against the real thing: it lints clean, its links and images
 * exist, the commands it shows run, the messages it quotes are what acctmap prints, and its
 * legend explains every colour, mark and line the views draw.
 */
import { existsSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Code } from 'mdast';
import { describe, expect, it } from 'vitest';
import { generateMap } from '../scripts/generate-maps.mjs';
import { noBrowserMessage } from '../src/cli/render/chromium.js';
import { openRenderer } from '../src/cli/render/renderer.js';
import { buildDiagram, VIEWS } from '../src/diagram/index.js';
import { EXTRA, STANCE_STYLE } from '../src/diagram/style.js';
import { acctmap, ROOT, tempDir } from './helpers/cli.js';
import { mapFiles, mapsFromFile } from './helpers/diagram-maps.js';
import { lintMarkdown, parseMarkdown } from './helpers/markdown.js';

const FILE = path.join(ROOT, 'docs', 'diagrams.md');
const text = readFileSync(FILE, 'utf8');
const doc = parseMarkdown(text);
const blocks = doc.nodes.filter((n): n is Code => n.type === 'code');

/** GitHub's heading anchors: lower case, punctuation dropped, spaces as dashes. */
function slug(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s-]/gu, '')
    .replace(/\s/g, '-');
}

/** A command line from the page as arguments: no `# comment`, no redirection, no `acctmap`. */
function argsOf(line: string): string[] {
  const words = line
    .replace(/\s+#.*$/, '')
    .trim()
    .split(/\s+/);
  const redirect = words.findIndex((w) => w === '>' || w === '>>');
  return (redirect < 0 ? words : words.slice(0, redirect)).slice(1);
}

/** A folder where the page's commands run as in a clone: `examples` is there. */
function workspace(): string {
  const dir = tempDir();
  symlinkSync(path.join(ROOT, 'examples'), path.join(dir, 'examples'));
  return dir;
}

describe('docs/diagrams.md', () => {
  it('is clean markdown whose links and images lead somewhere', () => {
    expect(lintMarkdown(text)).toEqual([]);
    const anchors = new Set(doc.headings.map((h) => slug(h.text)));
    const targets = [...doc.links, ...doc.images.map((i) => i.url)];
    for (const target of targets) {
      if (/^https?:/.test(target)) continue;
      const [file, anchor] = target.split('#');
      if (file) {
        const full = path.join(ROOT, 'docs', file);
        expect(existsSync(full), target).toBe(true);
        if (anchor) {
          const other = parseMarkdown(readFileSync(full, 'utf8'));
          expect(
            other.headings.map((h) => slug(h.text)),
            target,
          ).toContain(anchor);
        }
      } else {
        expect(anchors, target).toContain(anchor);
      }
    }
    expect(doc.images.map((i) => i.url)).toEqual([
      'images/org-example.png',
      'images/influence-example.png',
    ]);
  });

  it('shows commands that run as written (those that write Mermaid text)', () => {
    const dir = workspace();
    const lines = blocks
      .filter((b) => b.lang === 'sh')
      .flatMap((b) => b.value.split('\n'))
      .filter((l) => l.startsWith('acctmap diagram'));
    expect(lines.length).toBeGreaterThanOrEqual(10);
    let ran = 0;
    for (const line of lines) {
      const args = argsOf(line);
      // Images are rendered in the render tests, with one browser.
      if (args.some((a) => /\.(svg|png|pdf)$/.test(a) || /^(svg|png|pdf)$/.test(a))) continue;
      const r = acctmap(args, { cwd: dir });
      expect(r.code, `${line}\n${r.stderr}`).toBe(0);
      ran++;
    }
    expect(ran).toBeGreaterThanOrEqual(6);
  });

  it('quotes what acctmap prints, word for word', () => {
    const dir = workspace();
    writeFileSync(path.join(dir, 'big.acctmap.yaml'), generateMap({ people: 1500, seed: 7 }));
    const sessions = blocks.filter((b) => b.lang === 'text' && b.value.startsWith('$ acctmap'));
    expect(sessions).toHaveLength(3);
    for (const session of sessions) {
      const [command, ...printed] = session.value.split('\n');
      const r = acctmap(argsOf(command!.slice(2)), { cwd: dir });
      expect(r.stderr, command).toBe(`${printed.join('\n')}\n`);
    }
  }, 120_000);

  it('quotes the messages for a missing renderer and a missing browser', async () => {
    const quoted = blocks.filter((b) => b.lang === 'text').map((b) => b.value);
    const missing = await openRenderer({ resolveFrom: tempDir() }).catch((e: Error) => e);
    expect(quoted).toContain(`acctmap: ${(missing as Error).message}`);
    expect(quoted).toContain(`acctmap: ${noBrowserMessage()}`);
  });

  it('explains every stance, mark, box and line the views draw', () => {
    for (const s of Object.values(STANCE_STYLE)) expect(text).toContain(s.label);
    for (const e of Object.values(EXTRA))
      expect(text.toLowerCase()).toContain(e.legend.toLowerCase().replace(/^unit:? /, ''));
    // The line labels of every legend of every view of every example.
    const labels = new Set<string>();
    for (const file of mapFiles('examples')) {
      for (const { map } of mapsFromFile(file)) {
        for (const view of VIEWS) {
          for (const d of buildDiagram(map, { view }).diagrams) {
            for (const m of d.mermaid.matchAll(/<\/span> ([^<"]+?)(?=<br>|")/g)) labels.add(m[1]!);
          }
        }
      }
    }
    expect(labels.size).toBeGreaterThan(8);
    const table = doc.tables.find((t) => t.header[0] === 'line')!;
    const explained = table.rows.map((r) => r[2]!).join('\n');
    for (const label of labels) {
      const words = label
        .replace(
          /^our (strong|medium|weak) relationship$/,
          'our strong / medium / weak relationship',
        )
        .replace(/^influences \((strong|medium|weak)\)$/, 'influences (strong / medium / weak)');
      expect(explained, label).toContain(words);
    }
  });
});
