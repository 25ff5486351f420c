import { describe, expect, it } from 'vitest';
import { detectDelimiter, readCsv } from './csv.js';

const read = (text: string, maxRows = 100) => {
  const result = readCsv(text, { maxRows });
  if (!result.ok) throw new Error(result.problem);
  return result.table;
};

describe('readCsv', () => {
  it('reads a Salesforce-style export: BOM, `;`, CRLF, quoted `;`, line breaks and quotes', () => {
    const text =
      '\ufeffFirst Name;Last Name;Title;Mailing Street\r\n' +
      'Åse;Ødegård;"Head of IT; Digital";"Strandkaien 2\r\n5013 Bergen"\r\n' +
      'Ola;"Nordmann ""Junior""";CTO;\r\n';
    const table = read(text);
    expect(table.delimiter).toBe(';');
    expect(table.header).toEqual(['First Name', 'Last Name', 'Title', 'Mailing Street']);
    expect(table.rows).toEqual([
      { row: 2, cells: ['Åse', 'Ødegård', 'Head of IT; Digital', 'Strandkaien 2\r\n5013 Bergen'] },
      { row: 3, cells: ['Ola', 'Nordmann "Junior"', 'CTO', ''] },
    ]);
  });

  it('reads a HubSpot-style export: `,`, quoted commas, LF', () => {
    const table = read(
      'Record ID,First Name,Last Name,Job Title\n1,Kari,Nygaard,"Director, Sales"\n',
    );
    expect(table.delimiter).toBe(',');
    expect(table.rows[0]!.cells[3]).toBe('Director, Sales');
  });

  it('reads tab-separated text and honours Excel’s `sep=` line', () => {
    expect(read('Name\tTitle\nOla\tCTO\n').rows[0]!.cells).toEqual(['Ola', 'CTO']);
    // Without the `sep=` line this header would split on the comma.
    const table = read('sep=;\nName;Title, role\nOla;CTO, acting\n');
    expect(table.delimiter).toBe(';');
    expect(table.header).toEqual(['Name', 'Title, role']);
    expect(table.rows).toEqual([{ row: 2, cells: ['Ola', 'CTO, acting'] }]);
  });

  it('numbers rows as a spreadsheet does: blank rows skipped but counted, multi-line cells one row', () => {
    const table = read('Name,Title\n"Ola\nNordmann",CTO\n\n,\nKari,CEO\n');
    expect(table.rows.map((r) => r.row)).toEqual([2, 5]);
  });

  it.each([
    ['', 'the file is empty'],
    ['\ufeff \r\n', 'the file is empty'],
    ['Name,Title\r\n', 'a header row but no people'],
    ['Name,Title\n,\n\n', 'a header row but no people'],
    [',,\nOla,CTO,\n', 'no header row'],
  ])('says what is wrong with %j', (text, problem) => {
    const result = readCsv(text, { maxRows: 10 });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem).toContain(problem);
  });

  it('names the line of a quote that is never closed', () => {
    const result = readCsv('Name,Title\nOla,CTO\nKari,"CEO\nPer,CFO\n', { maxRows: 10 });
    expect(result).toEqual({
      ok: false,
      problem: expect.stringMatching(/quoted field is never closed at line \d/),
    });
  });

  it('refuses more rows than maxRows, and takes exactly maxRows', () => {
    const rows = (n: number) =>
      `Name\n${Array.from({ length: n }, (_, i) => `P${i}`).join('\n')}\n`;
    expect(readCsv(rows(3), { maxRows: 3 }).ok).toBe(true);
    const over = readCsv(rows(4), { maxRows: 3 });
    expect(over.ok).toBe(false);
    if (!over.ok) expect(over.problem).toContain('more than 3 rows');
  });
});

describe('detectDelimiter', () => {
  it.each([
    ['a,b,c\n1,2,3', ','],
    ['a;b;c\n1,5;2,5;3', ';'],
    ['"a;x",b\n', ','],
    ['a\tb\n', '\t'],
    ['Name\nOla', ','],
  ])('%j → %j', (text, delimiter) => {
    expect(detectDelimiter(text)).toBe(delimiter);
  });
});
