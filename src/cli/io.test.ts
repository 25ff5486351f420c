import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { displayPath, writeFileAtomic } from './io.js';

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

describe('displayPath', () => {
  // What it gave before its quick way for files under cwd: path.relative, then forward slashes.
  const byRelative = (file: string, cwd: string) => {
    const rel = path.relative(cwd, file);
    const shown = rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : file;
    return shown.split(path.sep).join('/');
  };
  it('gives what path.relative gives, for files in, above and beside the folder', () => {
    const cwds = ['/work/maps', '/work/maps/', '/', '/work/./maps', '/work/x/../maps'];
    const files = [
      '/work/maps/acme.acctmap.yaml',
      '/work/maps/eu/acme.acctmap.yaml',
      '/work/maps/.hidden/a.acctmap.yaml',
      '/work/maps',
      '/work/maps-old/a.acctmap.yaml',
      '/work/a.acctmap.yaml',
      '/work/maps/./a.acctmap.yaml',
      '/work/maps/eu/../a.acctmap.yaml',
      '/work/maps//a.acctmap.yaml',
      '/elsewhere/a.acctmap.yaml',
    ];
    for (const cwd of cwds) {
      for (const file of files)
        expect(displayPath(file, cwd), `${file} from ${cwd}`).toBe(byRelative(file, cwd));
    }
  });
});
