/** `acctmap init` as a new user runs it: a starter map that validates and that editors can check. */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { acctmap, ROOT, tempDir } from './helpers/cli.js';

describe('acctmap init', () => {
  it('points the new map at the repository schema, relative to the map, and it validates', () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, '.git'));
    mkdirSync(path.join(dir, 'schemas'));
    mkdirSync(path.join(dir, 'accounts', 'nordics'), { recursive: true });
    writeFileSync(
      path.join(dir, 'schemas', 'account-map.schema.json'),
      readFileSync(path.join(ROOT, 'schemas', 'account-map.schema.json')),
    );
    const file = 'accounts/nordics/acme.acctmap.yaml';
    const r = acctmap(['init', file, '--id', 'acme', '--name', 'Acme AS'], { cwd: dir });
    expect(r.code).toBe(0);
    const text = readFileSync(path.join(dir, file), 'utf8');
    expect(text.split('\n')[0]).toBe(
      '# yaml-language-server: $schema=../../schemas/account-map.schema.json',
    );
    const v = acctmap(['validate', '--as-of', '2026-11-23', file], { cwd: dir });
    expect(v.stderr).toBe('');
    expect(v.code).toBe(0);
  });

  it('writes no schema line when no schema is found inside the repository', () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, '.git'));
    const r = acctmap(['init', 'acme.acctmap.yaml'], { cwd: dir });
    expect(r.code).toBe(0);
    const text = readFileSync(path.join(dir, 'acme.acctmap.yaml'), 'utf8');
    expect(text.split('\n')[0]).toMatch(/^# Account map for /);
    expect(text).toContain('acctmap schema > account-map.schema.json');
  });
});
