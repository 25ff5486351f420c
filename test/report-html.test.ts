/**
 * `acctmap report --format html|pdf` end to end: the built CLI writes the reviews, and a real
 * Chromium (puppeteer, scripts ON, so that only the document's own policy stops them) opens them:
 * the hostile fixture runs nothing, requests nothing, logs no error, and shows every name as
 * written; the examples' reviews open clean and their links resolve. The PDFs are real PDFs with
 * several pages and page numbers (read back with poppler's pdftotext). Without a Chromium the
 * browser tests are skipped, saying why, except in CI, where they must run.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { chromiumArgs, findChromium, runningAsRoot } from '../src/cli/render/chromium.js';
import { acctmap, BIN, EXAMPLES, FIXTURES, ROOT, tempDir } from './helpers/cli.js';

const AS_OF = '2026-11-23';
const HOSTILE = path.join(FIXTURES, 'hostile', 'hostile.acctmap.yaml');
const PORTFOLIO = path.join(EXAMPLES, 'portfolio');

function chromiumPresent(): string | undefined {
  try {
    return findChromium().path;
  } catch {
    return undefined;
  }
}
const chromium = chromiumPresent();
const inCi = process.env.CI === 'true';
if (!chromium && !inCi)
  console.warn('HTML/PDF report tests skipped: no Chromium found; in CI they run');
const withBrowser = chromium || inCi ? describe : describe.skip;

const pdftotext = spawnSync('pdftotext', ['-v'], { encoding: 'utf8' }).error === undefined;
if (!pdftotext && !inCi)
  console.warn('PDF text checks skipped: pdftotext (Debian poppler-utils) is not installed');

/** The CLI for runs that draw many diagrams (minutes on a busy 2-core machine). */
function slowAcctmap(args: readonly string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    env: { ...process.env, NO_COLOR: '1' },
    encoding: 'utf8',
    timeout: 540_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The text of a PDF, page by page (pages end with a form feed). */
function pdfPages(file: string): string[] {
  const out = spawnSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  expect(out.status).toBe(0);
  return out.stdout.split('\f').filter((page) => page.trim() !== '');
}

interface Visit {
  requests: string[];
  consoleErrors: string[];
  pageErrors: string[];
  dialogs: string[];
  violations: string[];
  scripts: number;
  h1: string;
  cells: string[];
  figures: number;
  mermaidLeft: number;
  links: string[];
  ids: string[];
}

let browser: Browser;

/** Opens a file as a user would, with JavaScript on, and notes everything that tried to happen. */
async function visit(file: string): Promise<Visit> {
  const page = await browser.newPage();
  const url = pathToFileURL(file).href;
  const seen: Pick<Visit, 'requests' | 'consoleErrors' | 'pageErrors' | 'dialogs'> = {
    requests: [],
    consoleErrors: [],
    pageErrors: [],
    dialogs: [],
  };
  try {
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      if (request.url() === url) return void request.continue();
      seen.requests.push(request.url());
      void request.abort();
    });
    page.on('console', (m) => {
      if (m.type() === 'error') seen.consoleErrors.push(m.text());
    });
    page.on('pageerror', (e) => seen.pageErrors.push(String(e)));
    page.on('dialog', (d) => {
      seen.dialogs.push(d.message());
      void d.dismiss();
    });
    // Runs before the document (DevTools' own injection, which the page's policy does not stop):
    // records every attempt the policy refused.
    await page.evaluateOnNewDocument(() => {
      const w = window as unknown as { __violations: string[] };
      w.__violations = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        w.__violations.push(`${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    await page.goto(url, { waitUntil: 'load' });
    const found = await page.evaluate(() => ({
      violations: (window as unknown as { __violations: string[] }).__violations,
      scripts: document.scripts.length,
      h1: document.querySelector('h1')?.textContent ?? '',
      cells: [...document.querySelectorAll('td')].map((td) => td.textContent ?? ''),
      figures: document.querySelectorAll('figure.diagram > svg').length,
      mermaidLeft: document.querySelectorAll('code.language-mermaid').length,
      links: [...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')!),
      ids: [...document.querySelectorAll('[id]')].map((e) => e.id),
    }));
    return { ...seen, ...found };
  } finally {
    await page.close();
  }
}

function expectClean(v: Visit): void {
  expect(v.requests).toEqual([]);
  expect(v.consoleErrors).toEqual([]);
  expect(v.pageErrors).toEqual([]);
  expect(v.dialogs).toEqual([]);
  expect(v.violations).toEqual([]);
  expect(v.scripts).toBe(0);
  expect(v.mermaidLeft).toBe(0);
}

describe('report --format: choosing and refusing (no browser needed)', () => {
  it('refuses a --format that the name of -o contradicts, and --images with html or pdf', () => {
    const dir = tempDir();
    const a = acctmap(['report', HOSTILE, '--format', 'pdf', '-o', 'x.html'], { cwd: dir });
    expect(a.code).toBe(2);
    expect(a.stderr).toContain('-o x.html ends in .html, which is html, but --format is pdf');
    const b = acctmap(['report', HOSTILE, '-o', 'x.html', '--images', 'img'], { cwd: dir });
    expect(b.code).toBe(2);
    expect(b.stderr).toContain('--images is for markdown reviews');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('never writes over an HTML file that acctmap did not write, before a browser starts', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'index.html'), '<p>mine</p>');
    const r2 = acctmap(['report', EXAMPLES, '-o', './', '--format', 'html', '--as-of', AS_OF], {
      cwd: dir,
    });
    expect(r2.code).toBe(2);
    expect(r2.stderr).toMatch(
      /will not overwrite a file that acctmap report did not write: index\.html/,
    );
    expect(readFileSync(path.join(dir, 'index.html'), 'utf8')).toBe('<p>mine</p>');
    expect(readdirSync(dir)).toEqual(['index.html']);
  });
});

withBrowser('HTML and PDF reviews in a real Chromium', () => {
  const dir = tempDir();

  beforeAll(async () => {
    const puppeteer = (await import('puppeteer')).default;
    browser = await puppeteer.launch({
      executablePath: findChromium().path,
      headless: true,
      args: chromiumArgs(runningAsRoot()),
      pipe: true,
    });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  it('the hostile fixture: runs nothing, loads nothing, and every name shows as written', async () => {
    const out = path.join(dir, 'hostile.html');
    const run = acctmap(['report', HOSTILE, '-o', out, '--as-of', AS_OF]);
    expect(run.stderr).toContain('wrote the HTML review');
    expect(run.code).not.toBe(2);
    const html = readFileSync(out, 'utf8');
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('http-equiv="Content-Security-Policy"');
    const v = await visit(out);
    expectClean(v);
    const map = parse(readFileSync(HOSTILE, 'utf8'));
    expect(v.h1).toBe(`${map.account.name}: account review`);
    const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();
    for (const person of map.people as { name: string }[]) {
      expect(v.cells.map(oneLine)).toContain(oneLine(person.name));
    }
    // Both diagrams (and the parts of a split one) are drawn in, none left as Mermaid text.
    expect(v.figures).toBeGreaterThanOrEqual(2);
    // Every link inside the page leads somewhere in it.
    for (const href of v.links.filter((h) => h.startsWith('#')))
      expect(v.ids).toContain(decodeURIComponent(href.slice(1)));
  }, 180_000);

  it('every example, as a folder of HTML reviews: opens clean, links resolve', async () => {
    const out = path.join(dir, 'examples-html');
    const run = slowAcctmap([
      'report',
      EXAMPLES,
      '-o',
      `${out}/`,
      '--format',
      'html',
      '--as-of',
      AS_OF,
    ]);
    expect(run.code, run.stderr).not.toBe(2);
    expect(run.stderr).toContain('(start with index.html)');
    const files = readdirSync(out).sort();
    expect(files).toContain('index.html');
    expect(files.every((f) => f.endsWith('.html'))).toBe(true);
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) {
      const v = await visit(path.join(out, file));
      expectClean(v);
      expect(v.figures, file).toBeGreaterThanOrEqual(2);
      for (const href of v.links) {
        if (/^(https?|mailto):/.test(href)) continue;
        const [target, anchor] = href.split('#');
        if (target) expect(files, `${file} links to ${href}`).toContain(target);
        if (!target && anchor) expect(v.ids, `${file} links to ${href}`).toContain(anchor);
      }
    }
  }, 600_000);

  it('PDF: a real PDF of several pages, numbered in the footer, names as written', () => {
    const out = path.join(dir, 'hostile.pdf');
    const run = acctmap(['report', HOSTILE, '-o', out, '--as-of', AS_OF, '--page-size', 'Letter']);
    expect(run.code, run.stderr).not.toBe(2);
    const data = readFileSync(out);
    expect(data.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    if (!pdftotext && !inCi) return;
    const pages = pdfPages(out);
    expect(pages.length).toBeGreaterThan(1);
    pages.forEach((page, i) => {
      expect(page).toContain(`Page ${i + 1} of ${pages.length}`);
    });
    const text = pages.join('\n');
    expect(text).toContain("<script>alert('x')</script>");
    expect(text).toContain('O\'Brien "the closer" --> end');
    const info = spawnSync('pdfinfo', [out], { encoding: 'utf8' }).stdout;
    expect(info).toMatch(/Page size:\s+612 x 792 pts \(letter\)/);
  }, 180_000);

  it('PDF: -o DIR/ writes index.pdf and one PDF per account with one run', () => {
    // The portfolio example (three maps), twice: the second run replaces its own files.
    const out = path.join(dir, 'portfolio-pdf');
    const args = ['report', PORTFOLIO, '-o', `${out}/`, '--format', 'pdf', '--as-of', AS_OF];
    const first = slowAcctmap(args);
    expect(first.code, first.stderr).not.toBe(2);
    const run = slowAcctmap(args);
    expect(run.code, run.stderr).not.toBe(2);
    const files = readdirSync(out).sort();
    expect(files).toContain('index.pdf');
    for (const f of files) {
      expect(f).toMatch(/\.pdf$/);
      expect(readFileSync(path.join(out, f)).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    }
    if (!pdftotext && !inCi) return;
    const index = pdfPages(path.join(out, 'index.pdf'));
    expect(index[0]).toContain('Portfolio review');
    expect(index.at(-1)).toContain(`Page ${index.length} of ${index.length}`);
    const info = spawnSync('pdfinfo', [path.join(out, 'index.pdf')], { encoding: 'utf8' }).stdout;
    expect(info).toMatch(/\(A4\)/);
    expect(existsSync(path.join(out, 'index.md'))).toBe(false);
  }, 1_100_000);
});
