import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic } from './io.js';

describe('writeFileAtomic', () => {
  it('makes the folders a file goes into', () => {
    const dir = fs.mkdtempSync(path.join(tmpdir(), 'acctmap-io-'));
    writeFileAtomic(path.join(dir, 'reviews', 'q4', 'acme.json'), '{}\n');
    expect(fs.readFileSync(path.join(dir, 'reviews', 'q4', 'acme.json'), 'utf8')).toBe('{}\n');
  });

  it('leaves no folder it made behind when the file cannot be written', () => {
    const dir = fs.mkdtempSync(path.join(tmpdir(), 'acctmap-io-'));
    // A name the file system takes but its temporary sibling (the name and a suffix) it does
    // not: the folders are made, then the write fails.
    const name = `${'a'.repeat(240)}.json`;
    expect(() => writeFileAtomic(path.join(dir, 'reviews', 'q4', name), '{}\n')).toThrow(
      /cannot write .*name too long/i,
    );
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});
