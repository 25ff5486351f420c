/**
 * The rule pages are part of the product: every rule has one, it agrees with the registry
 * (severity, options and their defaults), its config snippets are valid config, its "Fires"
 * example fires the rule and its "Fixed" example does not, and markdownlint is happy.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Code, Heading, Nodes } from 'mdast';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { ConfigSchema } from '../src/config/schema.js';
import { checkRulesConfig, createRuleRunner, ruleCatalog } from '../src/rules/index.js';
import { checkSources } from '../src/validate/check.js';
import { ROOT } from './helpers/cli.js';
import { lintMarkdown, parseMarkdown } from './helpers/markdown.js';

const DOCS = path.join(ROOT, 'docs', 'rules');
const AS_OF = '2026-11-22';
const catalog = ruleCatalog();

/** Code blocks grouped by the nearest heading above them. */
function blocksByHeading(markdown: string): Map<string, Code[]> {
  const { tree } = parseMarkdown(markdown);
  const out = new Map<string, Code[]>();
  let heading = '';
  for (const node of tree.children as Nodes[]) {
    if (node.type === 'heading') heading = text(node);
    if (node.type === 'code') out.set(heading, [...(out.get(heading) ?? []), node]);
  }
  return out;
}

function text(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  if ('children' in node) return (node.children as Nodes[]).map(text).join('');
  return '';
}

function runRules(yaml: string) {
  const rules = createRuleRunner({
    config: ConfigSchema.parse({}),
    configDir: '.',
    cli: [],
    asOf: AS_OF,
  });
  return checkSources([{ file: 'example.acctmap.yaml', text: yaml }], { rules }).diagnostics;
}

describe('docs/rules', () => {
  it('has a page for every rule and no page without one', () => {
    const pages = readdirSync(DOCS).filter((f) => f.endsWith('.md') && f !== 'README.md');
    expect(pages.sort()).toEqual(catalog.map((r) => `${r.id}.md`).sort());
    for (const r of catalog) expect(existsSync(path.join(ROOT, r.docs)), r.docs).toBe(true);
  });

  it('lists every rule in the index, with its default severity and description', () => {
    const index = parseMarkdown(readFileSync(path.join(DOCS, 'README.md'), 'utf8'));
    const rows = index.tables.flatMap((t) => t.rows);
    for (const r of catalog) {
      const row = rows.find((cells) => cells[0] === r.id);
      expect(row, r.id).toBeDefined();
      expect(row![1]).toBe(r.defaultSeverity);
      expect(row![2]).toBe(r.description.replace(/`/g, ''));
    }
    expect(index.links).toEqual(expect.arrayContaining(catalog.map((r) => `${r.id}.md`)));
  });

  it('passes markdownlint', () => {
    for (const file of readdirSync(DOCS)) {
      expect(lintMarkdown(readFileSync(path.join(DOCS, file), 'utf8')), file).toEqual([]);
    }
  });

  describe.each(catalog.map((r) => [r.id, r] as const))('%s', (id, rule) => {
    const markdown = readFileSync(path.join(DOCS, `${id}.md`), 'utf8');
    const doc = parseMarkdown(markdown);
    const blocks = blocksByHeading(markdown);

    it('names the rule, its severity and its description', () => {
      expect(doc.headings[0]).toEqual({ depth: 1, text: id });
      expect(markdown).toContain(`Default severity: **${rule.defaultSeverity}**`);
      expect(markdown).toContain(
        `Category: ${rule.category === 'red-flag' ? 'red flag' : 'map quality'}`,
      );
      const intro = doc.tree.children[1]!;
      const said = text(intro as Nodes).replace(/\s+/g, ' ');
      const description = rule.description.replace(/`/g, '');
      // The page starts the sentence with a capital letter (unless it starts with code).
      const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
      expect(lower(said)).toBe(`${lower(description)}.`);
      for (const section of [
        'What it catches',
        'Why it matters',
        'Options',
        'How to fix the map',
        'Example',
      ]) {
        expect(doc.headings.map((h) => h.text)).toContain(section);
      }
    });

    it('documents every option with its default', () => {
      const table = doc.tables.find((t) => t.header[0] === 'option');
      if (rule.options.length === 0) {
        expect(table).toBeUndefined();
        expect(markdown).toContain('This rule has no options besides `severity`.');
        return;
      }
      expect(table!.rows.map((r) => r[0])).toEqual(rule.options.map((o) => o.name));
      for (const o of rule.options) {
        const row = table!.rows.find((r) => r[0] === o.name)!;
        expect(row[1], o.name).toBe(JSON.stringify(o.default));
        expect(row[2], o.name).toBe(o.description.replace(/`/g, ''));
      }
    });

    it('shows config that acctmap accepts', () => {
      const snippets = (blocks.get('Options') ?? []).filter((b) => b.lang === 'yaml');
      expect(snippets.length).toBeGreaterThan(0);
      for (const s of snippets) {
        const config = ConfigSchema.safeParse(parseYaml(s.value, { version: '1.2' }));
        expect(config.success, s.value).toBe(true);
        expect(checkRulesConfig(config.data!), s.value).toEqual([]);
        expect(s.value).toContain(id);
      }
    });

    it('has an example that fires, and a fixed version that does not', () => {
      const [fires] = (blocks.get('Fires') ?? []).filter((b) => b.lang === 'yaml');
      const [fixed] = (blocks.get('Fixed') ?? []).filter((b) => b.lang === 'yaml');
      expect(fires && fixed).toBeTruthy();
      const before = runRules(fires!.value);
      const after = runRules(fixed!.value);
      const broken = (ds: typeof before) =>
        ds.filter((d) => ['yaml', 'schema', 'reference'].includes(d.rule));
      expect(broken(before)).toEqual([]);
      expect(broken(after)).toEqual([]);
      expect(before.filter((d) => d.rule === id).length).toBeGreaterThan(0);
      expect(after.filter((d) => d.rule === id)).toEqual([]);
    });
  });

  it('headings are plain: the checks above find sections by their text', () => {
    const { tree } = parseMarkdown(readFileSync(path.join(DOCS, 'stale-map.md'), 'utf8'));
    const h = tree.children.filter((n): n is Heading => n.type === 'heading');
    expect(h.map((n) => n.depth)).toEqual([1, 2, 2, 2, 2, 2, 3, 3]);
  });
});
