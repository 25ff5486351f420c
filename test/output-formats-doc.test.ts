/**
 * docs/output-formats.md: lints clean, its CI snippets are the YAML they claim to be, and its
 * example and summaries are what acctmap prints.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Code } from 'mdast';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { acctmap, ROOT, tempDir } from './helpers/cli.js';
import { lintMarkdown, parseMarkdown } from './helpers/markdown.js';

const PAGE = readFileSync(path.join(ROOT, 'docs', 'output-formats.md'), 'utf8');
const blocks = (lang: string) =>
  parseMarkdown(PAGE)
    .nodes.filter((n): n is Code => n.type === 'code' && (n as Code).lang === lang)
    .map((n) => n.value);

describe('docs/output-formats.md', () => {
  it('lints clean', () => {
    expect(lintMarkdown(PAGE)).toEqual([]);
  });

  it('its GitHub and GitLab snippets are YAML of the right shape', () => {
    const [github, gitlab] = blocks('yaml').map((b) => parse(b));
    expect(github[1].uses).toBe('github/codeql-action/upload-sarif@v3');
    expect(github[0].with.output).toBe(github[1].with.sarif_file);
    expect(gitlab.acctmap.artifacts.reports.junit).toBe('acctmap-junit.xml');
    expect(gitlab.acctmap.script[0]).toContain('--format junit -o acctmap-junit.xml');
  });

  it('the stylish example is what acctmap prints for that map', () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'accounts'));
    writeFileSync(
      path.join(dir, 'accounts', 'acme.acctmap.yaml'),
      'acctmap: 1\naccount:\n  id: acme\n  name: Acme\n  reviewed: 2026-10-01\npeople:\n  - id: ola\n    name: Ola\n    stance: suporter\n',
    );
    const r = acctmap(['validate', '--as-of', '2026-12-02', 'accounts'], { cwd: dir });
    expect(`${blocks('text')[0]}\n`).toBe(r.stdout);
  });
});
