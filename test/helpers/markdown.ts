/**
 * Real markdown tools for tests: parse a document the way GitHub does (CommonMark + GFM, with
 * mdast-util-from-markdown) and lint it with markdownlint's defaults.
 *
 * ```ts
 * const doc = parseMarkdown(text);
 * for (const t of doc.tables) expect(t.rows.every((r) => r.length === t.header.length)).toBe(true);
 * for (const block of doc.mermaid) await parseMermaid(block);
 * expect(lintMarkdown(text)).toEqual([]);
 * ```
 */

import { lint } from 'markdownlint/sync';
import type { Nodes, Root, Table } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';

interface ParsedTable {
  /** Header cells as shown (text, escapes undone). */
  header: string[];
  /** Body rows, each a list of cells as shown. */
  rows: string[][];
  /** Cell counts: the header's, then each body row's, as written in the source. */
  sourceCellCounts: number[];
  node: Table;
}

export interface ParsedMarkdown {
  tree: Root;
  tables: ParsedTable[];
  /** The text of every ```mermaid fenced block, in order. */
  mermaid: string[];
  /** Every node of the tree, depth first. */
  nodes: Nodes[];
  /** Headings as shown, with their depth. */
  headings: { depth: number; text: string }[];
  /** Link targets, in order. */
  links: string[];
  /** Image targets, in order. */
  images: { url: string; alt: string }[];
  /** All text a reader sees (text, inline code and code blocks), joined with newlines. */
  text: string;
}

export function parseMarkdown(markdown: string): ParsedMarkdown {
  const tree = fromMarkdown(markdown, {
    extensions: [gfm()],
    mdastExtensions: [gfmFromMarkdown()],
  });
  const nodes: Nodes[] = [];
  const walk = (node: Nodes) => {
    nodes.push(node);
    if ('children' in node) for (const child of node.children) walk(child as Nodes);
  };
  walk(tree);
  const tables: ParsedTable[] = [];
  const mermaid: string[] = [];
  const headings: { depth: number; text: string }[] = [];
  const links: string[] = [];
  const images: { url: string; alt: string }[] = [];
  const texts: string[] = [];
  for (const node of nodes) {
    switch (node.type) {
      case 'table': {
        const [head, ...body] = node.children.map((row) =>
          row.children.map((c) => mdastToString(c)),
        );
        tables.push({
          header: head ?? [],
          rows: body,
          sourceCellCounts: sourceCells(markdown, node),
          node,
        });
        break;
      }
      case 'code':
        if (node.lang === 'mermaid') mermaid.push(node.value);
        texts.push(node.value);
        break;
      case 'heading':
        headings.push({ depth: node.depth, text: mdastToString(node) });
        break;
      case 'link':
        links.push(node.url);
        break;
      case 'image':
        images.push({ url: node.url, alt: node.alt ?? '' });
        break;
      case 'text':
      case 'inlineCode':
        texts.push(node.value);
        break;
      default:
        break;
    }
  }
  return { tree, tables, mermaid, nodes, headings, links, images, text: texts.join('\n') };
}

/**
 * How many cells each line of a table has in the source. The parser pads short rows and drops
 * extra cells silently, so a row with a stray `|` only shows up by counting the source: split on
 * pipes that are not escaped with a backslash.
 */
/** The text a reader sees in a node (what mdast-util-to-string does, without the dependency). */
function mdastToString(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  if ('alt' in node && typeof node.alt === 'string') return node.alt;
  if ('children' in node) return node.children.map((c) => mdastToString(c as Nodes)).join('');
  return '';
}

function sourceCells(markdown: string, table: Table): number[] {
  const lines = markdown.split('\n');
  const start = table.position!.start.line - 1;
  const end = table.position!.end.line;
  return lines.slice(start, end).map((line) => {
    let body = line.trim();
    if (body.startsWith('|')) body = body.slice(1);
    if (body.endsWith('|') && !body.endsWith('\\|')) body = body.slice(0, -1);
    return body.split(/(?<!\\)\|/).length;
  });
}

export interface LintProblem {
  line: number;
  rule: string;
  detail: string;
}

/** markdownlint with its default rules, line length (MD013) aside. Empty when clean. */
export function lintMarkdown(markdown: string): LintProblem[] {
  const result = lint({ strings: { report: markdown }, config: { default: true, MD013: false } });
  return (result.report ?? []).map((e) => ({
    line: e.lineNumber,
    rule: e.ruleNames.join('/'),
    detail: [e.ruleDescription, e.errorDetail, e.errorContext].filter(Boolean).join(' · '),
  }));
}
