/**
 * The marks that tell `acctmap report` its own files from anyone else's, on real bytes: a PNG made
 * here with a correct header and CRCs, and an SVG as the renderer writes it.
 */
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  checkTargets,
  MERMAID_MARK,
  markPdf,
  markPng,
  markSvg,
  staleReports,
  writeFiles,
  writtenByUs,
} from './report-files.js';

function chunk(type: string, data: Buffer): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  data.copy(out, 8);
  out.writeUInt32BE(
    crc32(Buffer.concat([Buffer.from(type, 'latin1'), data])) >>> 0,
    8 + data.length,
  );
  return out;
}

/** A valid 1×1 white PNG. */
function tinyPng(): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(1, 0);
  header.writeUInt32BE(1, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // truecolour
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.from([0, 255, 255, 255]))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Every chunk of a PNG, with whether its CRC is right. */
function chunks(png: Uint8Array): { type: string; ok: boolean; text: string }[] {
  const b = Buffer.from(png);
  const out: { type: string; ok: boolean; text: string }[] = [];
  let at = 8;
  while (at < b.length) {
    const length = b.readUInt32BE(at);
    const type = b.toString('latin1', at + 4, at + 8);
    const crc = b.readUInt32BE(at + 8 + length);
    out.push({
      type,
      ok: crc32(b.subarray(at + 4, at + 8 + length)) >>> 0 === crc,
      text: type === 'tEXt' ? b.toString('latin1', at + 8, at + 8 + length) : '',
    });
    at += 12 + length;
  }
  return out;
}

function temp(): string {
  return fs.mkdtempSync(path.join(tmpdir(), 'acctmap-files-'));
}

describe('image marks', () => {
  it('a marked PNG is still a valid PNG: a text chunk after the header, every CRC right', () => {
    const marked = markPng(tinyPng());
    expect(chunks(marked)).toEqual([
      { type: 'IHDR', ok: true, text: '' },
      { type: 'tEXt', ok: true, text: 'Software\0acctmap' },
      { type: 'IDAT', ok: true, text: '' },
      { type: 'IEND', ok: true, text: '' },
    ]);
    expect(markPng(marked)).toEqual(marked); // once is enough
  });

  it('a marked SVG starts with the comment, after an XML declaration when there is one', () => {
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"></svg>');
    expect(Buffer.from(markSvg(svg)).toString()).toMatch(/^<!-- Written by acctmap;.*-->\n<svg /);
    const declared = Buffer.from('<?xml version="1.0"?>\n<svg></svg>');
    expect(Buffer.from(markSvg(declared)).toString()).toMatch(/^<\?xml version="1\.0"\?>\n<!--/);
  });

  it('knows its own files from anyone else’s', () => {
    const dir = temp();
    const write = (name: string, data: string | Uint8Array) => {
      fs.writeFileSync(path.join(dir, name), data);
      return path.join(dir, name);
    };
    expect(writtenByUs(write('ours.png', markPng(tinyPng())))).toBe(true);
    expect(writtenByUs(write('theirs.png', tinyPng()))).toBe(false);
    expect(writtenByUs(write('ours.svg', markSvg(Buffer.from('<svg></svg>'))))).toBe(true);
    expect(writtenByUs(write('theirs.svg', '<svg></svg>'))).toBe(false);
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n', 'latin1');
    const markedPdf = markPdf(pdf);
    // Nothing before the end moves, so the PDF's byte offsets stay right.
    expect(Buffer.from(markedPdf).subarray(0, pdf.length).equals(pdf)).toBe(true);
    expect(writtenByUs(write('ours.pdf', markedPdf))).toBe(true);
    expect(writtenByUs(write('theirs.pdf', pdf))).toBe(false);
    expect(writtenByUs(write('ours.mmd', `${MERMAID_MARK}\nflowchart TB\n`))).toBe(true);
    expect(writtenByUs(write('theirs.mmd', 'flowchart TB\n'))).toBe(false);
    expect(
      writtenByUs(write('ours.md', '# A: account review\n\nMade by acctmap 1.0 from the map.\n')),
    ).toBe(true);
    expect(writtenByUs(write('theirs.md', '# Notes\n\nWe made this by hand with acctmap.\n'))).toBe(
      false,
    );
    expect(writtenByUs(path.join(dir, 'missing.md'))).toBe(false);
  });
});

describe('writing a folder', () => {
  it('refuses a foreign file at one of its names and writes nothing', () => {
    const dir = temp();
    fs.writeFileSync(path.join(dir, 'index.md'), '# Our own index\n');
    const files = [
      { target: path.join(dir, 'acme.md'), data: 'Made by acctmap\n' },
      { target: path.join(dir, 'index.md'), data: 'Made by acctmap\n' },
    ];
    expect(() => checkTargets(files, dir)).toThrow(
      /will not overwrite a file that acctmap report did not write: index\.md; .*-o DIR\/.*nothing was written/,
    );
    expect(fs.readdirSync(dir)).toEqual(['index.md']);
  });

  it('replaces its own files, leaves other files alone, and names its stale reports', () => {
    const dir = temp();
    fs.writeFileSync(path.join(dir, 'README.md'), '# Reviews\n');
    fs.writeFileSync(path.join(dir, 'gone.md'), '# Gone\n\nMade by acctmap 0.1.0 from the map.\n');
    const first = [{ target: path.join(dir, 'acme.md'), data: 'old\n\nMade by acctmap\n' }];
    checkTargets(first, dir);
    writeFiles(first, dir);
    const second = [{ target: path.join(dir, 'acme.md'), data: 'new\n\nMade by acctmap\n' }];
    checkTargets(second, dir);
    writeFiles(second, dir);
    expect(fs.readFileSync(path.join(dir, 'acme.md'), 'utf8')).toBe('new\n\nMade by acctmap\n');
    expect(fs.readdirSync(dir).sort()).toEqual(['README.md', 'acme.md', 'gone.md']);
    expect(staleReports(dir, new Set(second.map((f) => f.target)))).toEqual(['gone.md']);
  });

  it('leaves no folder it made behind when a later file cannot be written', () => {
    const dir = temp();
    fs.writeFileSync(path.join(dir, 'notes'), 'a file, not a folder\n');
    const files = [
      { target: path.join(dir, 'reviews', '2026-q4', 'acme.md'), data: 'Made by acctmap\n' },
      { target: path.join(dir, 'notes', 'index.md'), data: 'Made by acctmap\n' },
    ];
    expect(() => writeFiles(files, dir)).toThrow(/cannot write into notes: it is a file/);
    expect(fs.readdirSync(dir)).toEqual(['notes']);
  });

  it('refuses a folder where a file should go', () => {
    const dir = temp();
    fs.mkdirSync(path.join(dir, 'acme.md'));
    expect(() => checkTargets([{ target: path.join(dir, 'acme.md'), data: '' }], dir)).toThrow(
      /cannot write acme\.md: it is a folder/,
    );
  });
});
