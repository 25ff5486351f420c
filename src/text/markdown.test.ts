/**
 * The escaping is checked against the real thing: a GFM parser (what GitHub renders) must read
 * back exactly the text that went in, with no HTML, emphasis, links to anywhere else or extra
 * table cells, and markdownlint must accept the anchors we compute.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hostileString, NASTY } from '../../test/fixtures/hostile-inputs/arbitraries.js';
import { lintMarkdown, parseMarkdown } from '../../test/helpers/markdown.js';
import {
  codeSpan,
  escapeMarkdownCell,
  escapeMarkdownText,
  HeadingSlugger,
  messageMarkdown,
  table,
} from './markdown.js';
import { oneLine } from './words.js';

const runs = { seed: 20261123, numRuns: 400 };

/** Node types text from a map may turn into: only plain text (and GFM's autolinks of addresses). */
const ALLOWED = new Set(['root', 'paragraph', 'text', 'link']);

function inlineProblems(markdown: string, expected: string, wrap = (m: string) => m): string[] {
  const doc = parseMarkdown(wrap(markdown));
  const problems: string[] = [];
  const paragraphs = doc.nodes.filter((n) => n.type === 'paragraph');
  for (const n of doc.nodes) {
    if (
      !ALLOWED.has(n.type) &&
      !['list', 'listItem', 'heading', 'table', 'tableRow', 'tableCell'].includes(n.type)
    )
      problems.push(`unexpected ${n.type} node`);
    // An autolink is fine only when it shows its own address (GFM links e-mail addresses).
    if (n.type === 'link' && !/^(mailto:|https?:\/\/)/.test(n.url))
      problems.push(`link to ${n.url}`);
  }
  if (expected !== '' && paragraphs.length > 1) problems.push('split into several paragraphs');
  return problems;
}

describe('escapeMarkdownText', () => {
  it('reads back as written in a paragraph, for every nasty string', () => {
    for (const s of NASTY) {
      const md = escapeMarkdownText(s);
      expect(parseMarkdown(md).text.replace(/\n/g, ''), JSON.stringify(s)).toBe(oneLine(s));
      expect(inlineProblems(md, oneLine(s)), JSON.stringify(s)).toEqual([]);
    }
  });

  it('reads back as written in a paragraph, a list item and a heading (property)', () => {
    fc.assert(
      fc.property(hostileString, (s) => {
        const expected = oneLine(s);
        const md = escapeMarkdownText(s);
        for (const wrap of [(m: string) => m, (m: string) => `- ${m}`, (m: string) => `# ${m}`]) {
          const doc = parseMarkdown(wrap(md));
          expect(doc.text.replace(/\n/g, '')).toBe(expected);
          expect(inlineProblems(md, expected, wrap)).toEqual([]);
          expect(doc.nodes.some((n) => n.type === 'html')).toBe(false);
        }
        // A list item stays one list item; a heading stays one heading.
        if (expected !== '') {
          expect(parseMarkdown(`- ${md}`).nodes.filter((n) => n.type === 'listItem')).toHaveLength(
            1,
          );
          expect(parseMarkdown(`# ${md}`).headings).toHaveLength(1);
        }
      }),
      runs,
    );
  });

  it('keeps what it does not need to escape readable', () => {
    expect(escapeMarkdownText('Havbris Energi ASA')).toBe('Havbris Energi ASA');
    expect(escapeMarkdownText('26.7 % of 3.400')).toBe('26.7 % of 3.400');
    expect(escapeMarkdownText('+47 55 00 10 01')).toBe('+47 55 00 10 01');
    expect(escapeMarkdownText('1. first')).toBe('1\\. first');
    expect(escapeMarkdownText('<script>')).toBe('\\<script\\>');
  });

  it('leaves no bare address for markdownlint to flag', () => {
    const md = `# T\n\n${escapeMarkdownText('mail a.b@example.com or see https://x.example and www.y.example')}\n`;
    expect(lintMarkdown(md)).toEqual([]);
  });
});

describe('escapeMarkdownCell and table', () => {
  it('keeps every row at the header cell count and reads back each cell (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(hostileString, hostileString), { minLength: 1, maxLength: 4 }),
        (rows) => {
          const md = table(
            ['Name', 'Title'],
            rows.map(([a, b]) => [escapeMarkdownCell(a), escapeMarkdownCell(b)]),
          );
          const doc = parseMarkdown(md);
          expect(doc.tables).toHaveLength(1);
          const t = doc.tables[0]!;
          expect(t.sourceCellCounts.every((n) => n === 2)).toBe(true);
          expect(t.rows).toEqual(rows.map(([a, b]) => [oneLine(a), oneLine(b)]));
          expect(doc.nodes.some((n) => n.type === 'html')).toBe(false);
        },
      ),
      runs,
    );
  });
});

describe('codeSpan', () => {
  it('shows any text exactly, in a paragraph and in a table cell (property)', () => {
    fc.assert(
      fc.property(hostileString, (s) => {
        const expected = oneLine(s);
        if (expected === '') return;
        const doc = parseMarkdown(`x ${codeSpan(s)} y`);
        const code = doc.nodes.filter((n) => n.type === 'inlineCode');
        expect(code).toHaveLength(1);
        expect((code[0] as { value: string }).value).toBe(expected);
        const inTable = parseMarkdown(table(['A', 'B'], [[codeSpan(s, true), 'b']]));
        expect(inTable.tables[0]!.sourceCellCounts).toEqual([2, 2, 2]);
        expect(inTable.tables[0]!.rows[0]![0]).toBe(expected);
      }),
      runs,
    );
  });
});

describe('messageMarkdown', () => {
  it('turns backticked parts into code and escapes the rest', () => {
    const doc = parseMarkdown(
      messageMarkdown('<b>Kari</b> (`kari`) has `influence: high` and *no* contact'),
    );
    expect(
      doc.nodes.filter((n) => n.type === 'inlineCode').map((n) => (n as { value: string }).value),
    ).toEqual(['kari', 'influence: high']);
    expect(doc.text.replace(/\n/g, '')).toBe(
      '<b>Kari</b> (kari) has influence: high and *no* contact',
    );
    expect(doc.nodes.some((n) => n.type === 'html' || n.type === 'emphasis')).toBe(false);
  });

  it('is safe whatever the message holds (property)', () => {
    fc.assert(
      fc.property(hostileString, hostileString, (a, b) => {
        const md = messageMarkdown(`${a} (\`id\`) says ${b}`);
        const doc = parseMarkdown(md);
        expect(doc.nodes.some((n) => n.type === 'html')).toBe(false);
        expect(doc.nodes.filter((n) => n.type === 'paragraph').length).toBeLessThanOrEqual(1);
      }),
      runs,
    );
  });
});

describe('HeadingSlugger', () => {
  it('gives the anchors markdownlint (and GitHub) give, repeats numbered (property)', () => {
    fc.assert(
      fc.property(fc.array(hostileString, { minLength: 1, maxLength: 4 }), (titles) => {
        const slugger = new HeadingSlugger();
        const shown = titles.map((s) => `Review ${s}`);
        const all = [...shown, shown[0]!];
        const lines = all.map((s) => `## ${escapeMarkdownText(s)} end`);
        const links = all.map((s) => `[x](#${slugger.slug(`${oneLine(s)} end`)})`);
        const md = `# Title\n\n${lines.map((l, i) => `${l}\n\n${links[i]}`).join('\n\n')}\n`;
        const problems = lintMarkdown(md).filter((p) => p.rule.startsWith('MD051'));
        expect(problems).toEqual([]);
      }),
      { ...runs, numRuns: 150 },
    );
  });
});
