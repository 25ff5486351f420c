import { describe, expect, it } from 'vitest';
import { HOSTILE_NAMES, hostilePortfolio } from '../../test/fixtures/portfolio/hostile.js';
import { lintMarkdown, parseMarkdown } from '../../test/helpers/markdown.js';
import { displayWidth } from '../text/index.js';
import {
  csvCell,
  formatCsv,
  formatJson,
  formatMarkdown,
  formatTable,
  PLAIN_STYLES,
} from './format.js';
import type { PortfolioEntry, PortfolioScore } from './portfolio.js';
import { scorePortfolio } from './portfolio.js';

function scored(entries: PortfolioEntry[]): PortfolioScore {
  const result = scorePortfolio(entries, {
    by: 'revenue',
    asOf: '2026-11-22',
    redFlags: new Map([['acct-1', ['no-roi', 'goals-not-met']]]),
  });
  if (!result.ok) throw new Error(result.error.message);
  return result.portfolio;
}

/** RFC 4180 parser, written out here so the test does not trust the code under test. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell === '') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else if (ch === '\n' || ch === '\r') throw new Error(`bare line break at ${i}`);
    else cell += ch;
  }
  if (cell !== '' || row.length) throw new Error('last record has no CRLF');
  return rows;
}

describe('csv', () => {
  it('neutralises cells that a spreadsheet would run as formulas, and quotes per RFC 4180', () => {
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-1')).toBe("'-1");
    expect(csvCell('@x')).toBe("'@x");
    expect(csvCell('\tx')).toBe("'\tx");
    expect(csvCell('\rx')).toBe(`"'\rx"`);
    expect(csvCell('a "b", c')).toBe('"a ""b"", c"');
    expect(csvCell(-40000)).toBe('-40000');
    expect(csvCell(null)).toBe('');
  });

  it('every hostile name comes back as written (after the apostrophe), one record per account', () => {
    const p = scored(hostilePortfolio());
    const rows = parseCsv(formatCsv(p));
    const [head, ...body] = rows;
    expect(body).toHaveLength(HOSTILE_NAMES.length);
    for (const r of rows) expect(r).toHaveLength(head!.length);
    const nameAt = head!.indexOf('name');
    const idAt = head!.indexOf('id');
    for (const r of body) {
      const original = p.accounts.find((a) => a.id === r[idAt])!.name;
      const cell = r[nameAt]!;
      if (/^[=+\-@\t\r]/.test(original)) expect(cell).toBe(`'${original}`);
      else expect(cell).toBe(original);
      // No text cell may start like a formula.
      for (const c of r) {
        if (Number.isNaN(Number(c))) expect(c).not.toMatch(/^[=+\-@\t\r]/);
      }
    }
    // Negative profits stay numbers.
    expect(body.some((r) => r[head!.indexOf('profit')]!.startsWith('-'))).toBe(true);
  });
});

describe('markdown', () => {
  it('shows every hostile name in its cell exactly as written, one cell each, and lints clean', () => {
    const p = scored(hostilePortfolio());
    const md = formatMarkdown(p);
    const doc = parseMarkdown(md);
    expect(doc.tables).toHaveLength(1);
    const [table] = doc.tables;
    expect(table!.sourceCellCounts.every((n) => n === table!.header.length)).toBe(true);
    for (const row of table!.rows) {
      const id = /\(([a-z0-9-]+)\)$/.exec(row[1]!)?.[1];
      const account = p.accounts.find((a) => a.id === id)!;
      const shown = account.name.replace(/[\p{Cc}\u2028\u2029]+/gu, ' ').trim() || account.id;
      expect(row[1]).toBe(`${shown} (${id})`);
    }
    // No HTML got through as HTML.
    expect(doc.nodes.some((n) => n.type === 'html')).toBe(false);
    // GFM turns a bare `http://…` in text into a link whatever the escaping (it links text
    // nodes after parsing); what must never happen is a link whose target differs from the text
    // a reader sees, or an image.
    for (const node of doc.nodes) {
      if (node.type !== 'link') continue;
      const text = node.children.map((c) => ('value' in c ? c.value : '')).join('');
      expect(node.url.endsWith(text.replace(/^mailto:/, ''))).toBe(true);
    }
    expect(doc.images).toEqual([]);
    expect(lintMarkdown(md)).toEqual([]);
  });
});

describe('table', () => {
  it('aligns every column by display width, even with wide letters, and lets no control character through', () => {
    const p = scored(hostilePortfolio());
    const text = formatTable(p);
    expect(text).not.toContain(String.fromCharCode(27));
    const lines = text.split('\n');
    const headAt = lines.findIndex((l) => l.startsWith(' #'));
    const rows = lines.slice(headAt, headAt + 1 + p.accounts.length);
    const classColumn = displayWidth(rows[0]!.slice(0, rows[0]!.indexOf('Class')));
    for (const row of rows.slice(1)) {
      // Find the column where the class letter sits by walking the display width.
      let width = 0;
      let at = 0;
      for (const ch of row) {
        if (width >= classColumn) break;
        width += displayWidth(ch);
        at += ch.length;
      }
      expect(row.slice(at, at + 1)).toMatch(/[ABC]/);
    }
  });

  it('paints classes, flags and candidates through the style functions it is given', () => {
    const p = scored(hostilePortfolio());
    const tag = (name: string) => (s: string) => `<${name}>${s}</${name}>`;
    const text = formatTable(p, {
      styles: { ...PLAIN_STYLES, classA: tag('A'), classC: tag('C'), flag: tag('flag') },
    });
    expect(text).toContain('<A>A</A>');
    expect(text).toContain('<C>C</C>');
    expect(text).toContain('<flag>goals-not-met, no-roi</flag>');
    expect(formatTable(p)).not.toContain('<A>');
  });
});

describe('json', () => {
  it('is the portfolio, whole', () => {
    const p = scored(hostilePortfolio());
    expect(JSON.parse(formatJson(p))).toEqual(JSON.parse(JSON.stringify(p)));
  });
});
