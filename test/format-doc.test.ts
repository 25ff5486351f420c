/**
 * docs/format.md is what map writers trust, so it is checked against the real thing: every key
 * and every allowed value of the format appears in it, every YAML example is valid, and every
 * error message under "Common mistakes" is exactly what acctmap prints for that YAML.
 */
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Code, Heading } from 'mdast';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  AccountMapSchema,
  AccountSchema,
  BUYING_ROLES,
  CONNECTION_STRENGTHS,
  CONNECTION_TYPES,
  ConnectionSchema,
  EVENT_TYPES,
  EventSchema,
  FinancialsSchema,
  GOAL_STATUSES,
  GoalSchema,
  LEVELS,
  OPPORTUNITY_STAGES,
  OpportunitySchema,
  PERSON_STATUSES,
  PersonSchema,
  RELATIONSHIP_STATUSES,
  RelationshipSchema,
  ROI_VALUES,
  RoiSchema,
  STAGES,
  STANCES,
  STRENGTHS,
  TeamMemberSchema,
  TIERS,
  UnitSchema,
} from '../src/model/account-map.js';
import { checkSources } from '../src/validate/check.js';
import { ROOT } from './helpers/cli.js';
import { lintMarkdown, parseMarkdown } from './helpers/markdown.js';

const FILE = path.join(ROOT, 'docs', 'format.md');
const text = readFileSync(FILE, 'utf8');
const doc = parseMarkdown(text);

/** Every fenced block, with the heading it sits under and whether it is a "Common mistakes" one. */
function blocks(): Array<{ code: Code; heading: string; mistake: boolean }> {
  const out: Array<{ code: Code; heading: string; mistake: boolean }> = [];
  let heading = '';
  let inMistakes = false;
  for (const node of doc.tree.children) {
    if (node.type === 'heading') {
      const h = node as Heading;
      heading = h.children.map((c) => ('value' in c ? c.value : '')).join('');
      if (h.depth === 2) inMistakes = heading.startsWith('Common mistakes');
    }
    if (node.type === 'code') out.push({ code: node as Code, heading, mistake: inMistakes });
    if (node.type === 'list') {
      // Code blocks nested in list items (the multi-document example under "Files").
      for (const n of doc.nodes) {
        if (n.type === 'code' && n.position && node.position) {
          const inside =
            n.position.start.offset! >= node.position.start.offset! &&
            n.position.end.offset! <= node.position.end.offset!;
          if (inside) out.push({ code: n as Code, heading, mistake: inMistakes });
        }
      }
    }
  }
  return out;
}

function stylish(yaml: string): string[] {
  const result = checkSources([{ file: 'doc.acctmap.yaml', text: yaml }]);
  return result.diagnostics.map(
    (d) => `${d.line}:${d.column}  ${d.severity}  ${d.message}  ${d.rule}`,
  );
}

/** The zod object each key table describes, by the table's section. */
const SECTIONS: Record<string, z.ZodObject> = {
  'The top level': AccountMapSchema,
  account: AccountSchema,
  relationship: RelationshipSchema,
  roi: RoiSchema,
  financials: FinancialsSchema,
  team: TeamMemberSchema,
  units: UnitSchema,
  people: PersonSchema,
  connections: ConnectionSchema,
  goals: GoalSchema,
  opportunities: OpportunitySchema,
  events: EventSchema,
};

/**
 * Every table with a "meaning" column whose first column is `key` (the section is the `##`
 * heading above it) or `` `name` key `` (the section is `name`): key → meaning, as markdown with
 * links reduced to their text.
 */
function keyTables(): Map<string, Map<string, string>> {
  const out = new Map<string, Map<string, string>>();
  let heading = '';
  const source = (node: { position?: { start: { offset?: number }; end: { offset?: number } } }) =>
    text
      .slice(node.position!.start.offset, node.position!.end.offset)
      .trim()
      .replace(/^\||\|$/g, '')
      .trim();
  for (const node of doc.tree.children) {
    if (node.type === 'heading' && node.depth === 2) heading = source(node).replace(/^## |`/g, '');
    if (node.type !== 'table') continue;
    const [head, ...rows] = node.children;
    const titles = head!.children.map((cell) => source(cell));
    const meaning = titles.indexOf('meaning');
    const named = /^`(\w+)` key$/.exec(titles[0]!);
    if (meaning < 0 || (titles[0] !== 'key' && !named)) continue;
    const table = new Map<string, string>();
    for (const row of rows) {
      const cells = row.children.map((cell) =>
        source(cell).replace(/\[([^\]]*)\]\([^)]*\)/g, '$1'),
      );
      table.set(cells[0]!.replace(/`/g, ''), cells[meaning]!);
    }
    out.set(named ? named[1]! : heading, table);
  }
  return out;
}

function keysOf(schema: z.ZodObject): string[] {
  return Object.keys(schema.shape).filter((k) => k !== '$schema');
}

describe('docs/format.md', () => {
  it('names every key of every section of the format', () => {
    for (const [section, schema] of Object.entries(SECTIONS)) {
      for (const key of keysOf(schema)) {
        // A row of a key table starts with the key (the top-level table links it).
        const row = new RegExp(`^\\| \\[?\`${key.replace('$', '\\$')}\``, 'm');
        expect(text, `${section}.${key}`).toMatch(row);
      }
    }
    expect(text).toContain('`$schema`');
  });

  it("says of every key what the JSON Schema's description says (one source: the zod schema)", () => {
    // Editors show the schema's descriptions on hover; they come from `.meta()` in the zod
    // schema and must read exactly as the "meaning" column here (links reduced to their text).
    const tables = keyTables();
    for (const [section, schema] of Object.entries(SECTIONS)) {
      const rows = tables.get(section);
      expect(rows, `a key table for ${section}`).toBeDefined();
      for (const key of Object.keys(schema.shape)) {
        const meaning = rows!.get(key);
        expect(meaning, `${section}.${key} has a row`).toBeDefined();
        expect(z.globalRegistry.get(schema.shape[key]!)?.description, `${section}.${key}`).toBe(
          meaning,
        );
      }
      expect([...rows!.keys()].sort(), `${section}: no rows for keys that do not exist`).toEqual(
        Object.keys(schema.shape).sort(),
      );
    }
  });

  it('names every allowed value of every choice', () => {
    const lists = {
      TIERS,
      RELATIONSHIP_STATUSES,
      STAGES,
      LEVELS,
      ROI_VALUES,
      BUYING_ROLES,
      STANCES,
      STRENGTHS,
      PERSON_STATUSES,
      CONNECTION_TYPES,
      CONNECTION_STRENGTHS,
      GOAL_STATUSES,
      OPPORTUNITY_STAGES,
      EVENT_TYPES,
    };
    for (const [name, values] of Object.entries(lists)) {
      for (const value of values) expect(text, `${name}: ${value}`).toContain(`\`${value}\``);
    }
  });

  it('has YAML examples that are valid maps, or valid sections of one', () => {
    const examples = blocks().filter((b) => b.code.lang === 'yaml' && !b.mistake);
    expect(examples.length).toBeGreaterThanOrEqual(20);
    for (const { code, heading } of examples) {
      if (/^acctmap: 1$/m.test(code.value)) {
        // A whole map (or several): nothing at all may be wrong with it.
        expect(stylish(code.value), heading).toEqual([]);
      } else {
        // A section on its own: its ids may point at people the snippet leaves out, but its
        // shape must be right.
        const wrapped = code.value.startsWith('account:')
          ? `acctmap: 1\n${code.value}`
          : `acctmap: 1\naccount:\n  id: example\n  name: Example\n${code.value}`;
        const shape = stylish(wrapped).filter((d) => !d.endsWith('  reference'));
        expect(shape, `${heading}:\n${code.value}`).toEqual([]);
      }
    }
  });

  it('quotes exactly the messages acctmap gives for each common mistake', () => {
    const all = blocks().filter((b) => b.mistake);
    let pairs = 0;
    all.forEach((b, i) => {
      if (b.code.lang !== 'yaml') return;
      const next = all[i + 1];
      expect(next?.code.lang, `${b.heading}: a \`text\` block follows the YAML`).toBe('text');
      expect(stylish(`${b.code.value}\n`), b.heading).toEqual(next!.code.value.split('\n'));
      pairs++;
    });
    expect(pairs).toBeGreaterThanOrEqual(15);
  });

  it('quotes the real message for a tab used as indentation', () => {
    const [message] = stylish('acctmap: 1\naccount:\n\tid: acme\n\tname: Acme\n');
    const shown = blocks().find((b) => b.heading === 'Tabs instead of spaces');
    expect(message).toBe(`3:1  error  ${shown?.code.value}  yaml`);
  });

  it('links only to files that exist', () => {
    for (const link of doc.links) {
      if (/^(https?:|#)/.test(link)) continue;
      const target = path.resolve(path.dirname(FILE), link.split('#')[0]!);
      expect(existsSync(target), link).toBe(true);
    }
  });

  it('has working links to its own headings', () => {
    const anchors = new Set(doc.headings.map((h) => slug(h.text)));
    for (const link of doc.links.filter((l) => l.startsWith('#'))) {
      expect(anchors.has(link.slice(1)), link).toBe(true);
    }
  });

  it('is clean to markdownlint', () => {
    expect(lintMarkdown(text)).toEqual([]);
  });
});

/** GitHub's heading anchors: lowercase, punctuation dropped, spaces to dashes. */
function slug(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}
