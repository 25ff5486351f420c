/**
 * Rendering with our renderer (puppeteer-core, mermaid's browser build) and a real Chromium:
 * SVG, PNG and PDF of an example, many SVGs and an HTML document to PDF, the hostile fixture
 * rendered as literal text, no request leaving the page, and the browser gone after `close`.
 * Also what installing promises: no browser download, the renderer optional (and a clear exit 2
 * without it), and mermaid on the security floor. Without a Chromium the browser tests are
 * skipped, saying why, except in CI (`CI=true`), where they must run.
 */
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { JSDOM } from 'jsdom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UsageError } from '../src/cli/errors.js';
import { chromiumArgs, findChromium } from '../src/cli/render/chromium.js';
import {
  checkMermaidVersion,
  MERMAID_FLOOR,
  openRenderer,
  type PrintPdfOptions,
  type Renderer,
} from '../src/cli/render/renderer.js';
import { buildDiagram } from '../src/diagram/index.js';
import { ROOT } from './helpers/cli.js';
import { mapFiles, mapsFromFile } from './helpers/diagram-maps.js';

const PACKAGE = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

function chromiumPresent(): string | undefined {
  try {
    return findChromium().path;
  } catch {
    return undefined;
  }
}

const chromium = chromiumPresent();
const inCi = process.env.CI === 'true';
if (!chromium && !inCi) {
  console.warn(
    'render tests skipped: no Chromium found (install Debian `chromium`, or set PUPPETEER_EXECUTABLE_PATH); in CI they run',
  );
}
const withBrowser = chromium || inCi ? describe : describe.skip;

describe('finding Chromium', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'acctmap-chromium-'));
  const fake = path.join(dir, 'chromium');
  writeFileSync(fake, '#!/bin/sh\n');
  chmodSync(fake, 0o755);

  it('takes --chromium first, then PUPPETEER_EXECUTABLE_PATH, then PATH', () => {
    const env = { PATH: dir, PUPPETEER_EXECUTABLE_PATH: fake };
    expect(findChromium({ explicit: fake, env }).source).toBe('--chromium');
    expect(findChromium({ env }).source).toBe('PUPPETEER_EXECUTABLE_PATH');
    expect(findChromium({ env: { PATH: dir } })).toEqual({
      path: fake,
      source: 'chromium on PATH',
    });
  });

  it('says which path is wrong, and how to give another', () => {
    expect(() => findChromium({ explicit: path.join(dir, 'nope') })).toThrow(
      /--chromium .*nope: no executable browser there; give the path of a Chromium or Chrome binary/,
    );
    expect(() =>
      findChromium({ env: { PUPPETEER_EXECUTABLE_PATH: path.join(dir, 'nope') } }),
    ).toThrow(/PUPPETEER_EXECUTABLE_PATH is .*nope, but there is no executable browser there/);
  });

  it('names every option when no browser is found', () => {
    let error: unknown;
    try {
      findChromium({
        env: { PATH: path.join(dir, 'empty') },
        locations: [],
        puppeteerDefault: () => undefined,
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UsageError);
    const message = (error as Error).message;
    for (const option of [
      '--chromium',
      'PUPPETEER_EXECUTABLE_PATH',
      'chromium-browser',
      'google-chrome',
      'apt-get install chromium',
      '--format mmd',
    ]) {
      expect(message).toContain(option);
    }
  });

  it('turns the sandbox off only as root, and keeps Chromium off the network', () => {
    expect(chromiumArgs(true)).toContain('--no-sandbox');
    expect(chromiumArgs(false)).not.toContain('--no-sandbox');
    for (const flag of [
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ]) {
      expect(chromiumArgs(false)).toContain(flag);
    }
  });
});

describe('without the renderer packages', () => {
  /**
   * acctmap as `npm install acctmap` leaves it: its own files and its dependencies, and no
   * puppeteer-core or mermaid (npm does not install an optional peer dependency).
   */
  function installWithoutRenderer(): string {
    const dir = mkdtempSync(path.join(tmpdir(), 'acctmap-install-'));
    const pkg = path.join(dir, 'node_modules', 'acctmap');
    mkdirSync(pkg, { recursive: true });
    for (const part of ['bin', 'dist', 'package.json'])
      cpSync(path.join(ROOT, part), path.join(pkg, part), { recursive: true });
    for (const dep of Object.keys(PACKAGE.dependencies))
      symlinkSync(path.join(ROOT, 'node_modules', dep), path.join(dir, 'node_modules', dep));
    return dir;
  }

  it('draws Mermaid text, and exits 2 naming the install command for images', () => {
    const dir = installWithoutRenderer();
    const bin = path.join(dir, 'node_modules', 'acctmap', 'bin', 'acctmap.js');
    const map = path.join(ROOT, 'examples', 'havbris-energi.acctmap.yaml');
    const run = (...args: string[]) =>
      spawnSync(process.execPath, [bin, 'diagram', map, ...args], {
        cwd: dir,
        env: { ...process.env, NO_COLOR: '1' },
        encoding: 'utf8',
      });
    const text = run('-o', 'org.md');
    expect(text.stderr).toBe('');
    expect(text.status).toBe(0);
    expect(readFileSync(path.join(dir, 'org.md'), 'utf8')).toContain('```mermaid\nflowchart TB');
    const image = run('-o', 'org.png');
    expect(image.status).toBe(2);
    expect(image.stderr).toMatch(
      /^acctmap: rendering svg, png or pdf needs puppeteer-core and mermaid, which are not installed\. Install them next to acctmap with `npm install puppeteer-core@24 mermaid@11` \(no browser is downloaded.*or write Mermaid text with --format mmd or --format md\n$/,
    );
    expect(existsSync(path.join(dir, 'org.png'))).toBe(false);
  });

  it('exits 2 naming what is missing and the install command', async () => {
    const empty = mkdtempSync(path.join(tmpdir(), 'acctmap-empty-'));
    const error = await openRenderer({ resolveFrom: empty }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toMatch(
      /needs puppeteer-core and mermaid, which are not installed\. Install them next to acctmap with `npm install puppeteer-core@24 mermaid@11`/,
    );
    // Only mermaid missing: only mermaid named.
    const half = mkdtempSync(path.join(tmpdir(), 'acctmap-half-'));
    mkdirSync(path.join(half, 'node_modules'));
    symlinkSync(
      path.join(ROOT, 'node_modules', 'puppeteer-core'),
      path.join(half, 'node_modules', 'puppeteer-core'),
    );
    const onlyMermaid = await openRenderer({ resolveFrom: half }).catch((e: unknown) => e);
    expect((onlyMermaid as Error).message).toMatch(
      /needs mermaid, which is not installed\. Install it next to acctmap with `npm install mermaid@11`/,
    );
  });

  it('finds both through @mermaid-js/mermaid-cli, which brings them', async () => {
    // A project set up as acctmap's README once said: only mermaid-cli installed, its own
    // puppeteer and mermaid nested inside it.
    const dir = mkdtempSync(path.join(tmpdir(), 'acctmap-cli-'));
    const cli = path.join(dir, 'node_modules', '@mermaid-js', 'mermaid-cli');
    mkdirSync(path.join(cli, 'node_modules'), { recursive: true });
    writeFileSync(
      path.join(cli, 'package.json'),
      JSON.stringify({ name: '@mermaid-js/mermaid-cli', version: '11.16.0', main: 'index.js' }),
    );
    writeFileSync(path.join(cli, 'index.js'), '');
    for (const dep of ['puppeteer', 'mermaid'])
      symlinkSync(path.join(ROOT, 'node_modules', dep), path.join(cli, 'node_modules', dep));
    const error = await openRenderer({ resolveFrom: dir, chromium: '/nonexistent/chrome' }).catch(
      (e: unknown) => e,
    );
    // It got as far as looking for the browser: both packages were found.
    expect((error as Error).message).toMatch(/^--chromium \/nonexistent\/chrome: no executable/);
  });
});

describe('installing', () => {
  it('never downloads a browser, and keeps the renderer optional', () => {
    // npm does not install an optional peer dependency, so `npm install acctmap` stays small.
    for (const heavy of ['@mermaid-js/mermaid-cli', 'puppeteer', 'puppeteer-core', 'mermaid'])
      expect(PACKAGE.dependencies).not.toHaveProperty(heavy);
    expect(PACKAGE.peerDependenciesMeta['puppeteer-core']).toEqual({ optional: true });
    expect(PACKAGE.peerDependenciesMeta.mermaid).toEqual({ optional: true });
    // In a clone, puppeteer's install script (puppeteer comes with mermaid-cli, which the bench
    // compares with) finds this file and skips its browser download.
    const require = createRequire(import.meta.url);
    expect(require(path.join(ROOT, '.puppeteerrc.cjs'))).toEqual({ skipDownload: true });
    expect(PACKAGE.files).toContain('.puppeteerrc.cjs');
  });

  it('renders with a mermaid at or above the security floor (11.12.1), and refuses an older one', () => {
    expect(MERMAID_FLOOR).toBe('11.12.1');
    // The mermaid the renderer loads into the browser, and the range acctmap accepts.
    const require = createRequire(path.join(ROOT, 'package.json'));
    const mermaid = JSON.parse(readFileSync(require.resolve('mermaid/package.json'), 'utf8'));
    expect(atLeast(mermaid.version, '11.12.1'), mermaid.version).toBe(true);
    const peer = /^\^(\d+\.\d+\.\d+)$/.exec(PACKAGE.peerDependencies.mermaid);
    expect(peer && atLeast(peer[1]!, '11.12.1')).toBe(true);
    expect(atLeast(PACKAGE.devDependencies.mermaid.replace(/^\^/, ''), '11.12.1')).toBe(true);
    expect(() => checkMermaidVersion(mermaid.version)).not.toThrow();
    expect(() => checkMermaidVersion('11.12.1')).not.toThrow();
    for (const old of ['11.12.0', '11.9.9', '10.9.3', 'garbage']) {
      expect(() => checkMermaidVersion(old), old).toThrow(UsageError);
    }
    expect(() => checkMermaidVersion('11.10.0')).toThrow(
      'mermaid 11.10.0 is installed, but acctmap renders only with mermaid 11.12.1 or later (older versions have known cross-site scripting flaws); update it with `npm install mermaid@11`',
    );
  });
});

function atLeast(version: string, floor: string): boolean {
  const a = version.split('.').map(Number);
  const b = floor.split('.').map(Number);
  for (let i = 0; i < 3; i++) if (a[i] !== b[i]) return (a[i] ?? 0) > (b[i] ?? 0);
  return true;
}

withBrowser('rendering with a real Chromium', () => {
  let renderer: Renderer;
  const havbris = mapsFromFile('examples/havbris-energi.acctmap.yaml')[0]!.map;
  const org = buildDiagram(havbris, { view: 'org' }).diagrams[0]!.mermaid;

  beforeAll(async () => {
    renderer = await openRenderer();
  }, 60_000);
  afterAll(async () => {
    await renderer?.close();
  });

  it('renders an example org chart to SVG with every name as text', async () => {
    const svg = Buffer.from(await renderer.render(org, 'svg')).toString('utf8');
    expect(svg.startsWith('<svg')).toBe(true);
    const doc = new JSDOM(svg, { contentType: 'image/svg+xml' }).window.document;
    const text = doc.documentElement.textContent ?? '';
    for (const p of havbris.people ?? []) expect(text).toContain(p.name);
    expect(text).toContain('Legend');
  });

  it('renders PNG and PDF', async () => {
    const png = await renderer.render(org, 'png');
    expect(Buffer.from(png.subarray(0, 8)).toString('hex')).toBe('89504e470d0a1a0a');
    const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
    // A real chart at twice the pixel density, not an error box.
    expect(view.getUint32(16)).toBeGreaterThan(1500);
    expect(view.getUint32(20)).toBeGreaterThan(800);
    const pdf = await renderer.render(org, 'pdf');
    expect(Buffer.from(pdf.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
  });

  it('renders the hostile fixture as literal text, with nothing that could run', async () => {
    const hostile = mapsFromFile('test/fixtures/hostile/hostile.acctmap.yaml')[0]!.map;
    for (const view of ['org', 'influence'] as const) {
      const mermaid = buildDiagram(hostile, { view }).diagrams[0]!.mermaid;
      const svg = Buffer.from(await renderer.render(mermaid, 'svg')).toString('utf8');
      const doc = new JSDOM(svg, { contentType: 'image/svg+xml' }).window.document;
      expect(doc.querySelectorAll('script, img, iframe, a, foreignObject script').length).toBe(0);
      for (const el of doc.querySelectorAll('*')) {
        for (const attr of el.getAttributeNames())
          expect(attr.startsWith('on'), `${el.tagName} ${attr}`).toBe(false);
      }
      // Label text, with our own line breaks taken out, holds each name as written.
      const labels = [...doc.querySelectorAll('.nodeLabel, .cluster-label')]
        .map((e) => e.textContent ?? '')
        .join('\n');
      const squash = (s: string) => s.replace(/[\s\u2060]+/g, '');
      for (const p of hostile.people ?? []) {
        if (view === 'influence' && !labels.includes(p.name.slice(0, 3))) continue;
        expect(squash(labels)).toContain(squash(p.name));
      }
      if (view === 'org') {
        expect(labels).toContain("<script>alert('x')</scr");
        expect(labels).toContain('#quot; #35; #lt;b#gt;');
        expect(labels).toContain('&amp; &lt;b&gt;');
        expect(labels).toContain('ﬂ\u2060°°35¶\u2060ß');
        expect(labels).toContain('%% not a comment %%');
        // Text mermaid would otherwise turn into a line break, math or an icon stays text.
        const plain = labels.replace(/\u2060/g, '');
        expect(plain).toContain('\\ backslash \\n not a');
        expect(plain).toContain('$$x^2$$');
        expect(plain).toContain('fa:fa-bomb');
        expect(doc.querySelectorAll('.katex, math, .label-icon').length).toBe(0);
      }
    }
  }, 60_000);

  // Last in this block: it closes the browser the tests above shared.
  it('closes the browser process', async () => {
    const pid = renderer.pid!;
    expect(() => process.kill(pid, 0)).not.toThrow();
    await renderer.close();
    await renderer.close(); // twice is fine
    await new Promise((r) => setTimeout(r, 200));
    expect(() => process.kill(pid, 0)).toThrow();
    await expect(renderer.render(org, 'svg')).rejects.toThrow(/the renderer is closed/);
  }, 60_000);
});

/** How many pages a PDF has: its page objects (Chromium writes them uncompressed). */
function pdfPages(pdf: Uint8Array): number {
  return (
    Buffer.from(pdf)
      .toString('latin1')
      .match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0
  );
}

/** The width and height a PNG declares in its header. */
function pngSize(png: Uint8Array): { width: number; height: number } {
  expect(Buffer.from(png.subarray(0, 8)).toString('hex')).toBe('89504e470d0a1a0a');
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** A web server on this machine that counts every request made to it. */
async function countingServer(): Promise<{ origin: string; hits: string[]; close(): void }> {
  const hits: string[] = [];
  const server = createServer((req, res) => {
    hits.push(req.url ?? '');
    res.writeHead(200, { 'content-type': 'image/png', 'access-control-allow-origin': '*' });
    res.end(Buffer.from(TINY_PNG, 'base64'));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, hits, close: () => server.close() };
}
const TINY_PNG =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==';

/** A plain browser (no acctmap page, no interception), for looking at what acctmap wrote. */
async function plainBrowser() {
  const puppeteer = (await import('puppeteer-core')).default;
  return puppeteer.launch({
    executablePath: chromium ?? '/usr/bin/chromium',
    headless: true,
    pipe: true,
    args: chromiumArgs(process.getuid?.() === 0),
  });
}

withBrowser('the renderer pool', () => {
  const examples = mapFiles('examples').flatMap((file) => mapsFromFile(file));
  const orgs = examples.map(({ map }) => buildDiagram(map, { view: 'org' }).diagrams[0]!.mermaid);
  let renderer: Renderer;
  beforeAll(async () => {
    renderer = await openRenderer({ concurrency: 2 });
  }, 60_000);
  afterAll(async () => {
    await renderer?.close();
  });

  it('starts no toolbar pages (the address bar drop-down costs ~2 s of CPU a browser start)', async () => {
    const browser = await plainBrowser();
    try {
      const page = await browser.newPage({ type: 'window' });
      await page.goto('about:blank');
      const session = await browser.target().createCDPSession();
      const { targetInfos } = await session.send('Target.getTargets');
      const ui = targetInfos.filter(
        (t) => t.url.startsWith('chrome://') || t.type === 'browser_ui',
      );
      expect(ui.map((t) => t.url)).toEqual([]);
    } finally {
      await browser.close();
    }
  }, 60_000);

  it('renders many diagrams to well-formed SVG on two pages, each with its own id, in order', async () => {
    const svgs = await renderer.renderSvgs(orgs);
    expect(svgs).toHaveLength(orgs.length);
    expect(renderer.pages).toBe(2);
    const looked = await plainBrowser();
    try {
      for (const [i, svg] of svgs.entries()) {
        // Well-formed XML (the parser throws otherwise), one <svg> with the id asked for.
        const doc = new JSDOM(svg, { contentType: 'image/svg+xml' }).window.document;
        expect(doc.documentElement.tagName).toBe('svg');
        expect(doc.documentElement.id).toBe(`acctmap-svg-${i + 1}`);
        // In order: diagram i shows the people of map i.
        const text = doc.documentElement.textContent ?? '';
        const people = (examples[i]!.map.people ?? []).filter((p) => text.includes(p.name));
        expect(people.length, examples[i]!.file).toBe(examples[i]!.map.people?.length);
        // Opened on its own, as a viewer would, it looks like an org chart: every person's box
        // has a size, lies inside the picture, and no two boxes overlap.
        const dir = mkdtempSync(path.join(tmpdir(), 'acctmap-svg-'));
        const file = path.join(dir, 'org.svg');
        writeFileSync(file, svg);
        const page = await looked.newPage();
        await page.goto(`file://${file}`);
        const layout = await page.evaluate(`(() => {
          const svg = document.documentElement;
          const frame = svg.getBoundingClientRect();
          const boxes = [...document.querySelectorAll('g.node')].map((n) => {
            const r = n.getBoundingClientRect();
            return { left: r.left, top: r.top, right: r.right, bottom: r.bottom,
              text: n.textContent.trim(),
              label: [...n.querySelectorAll('.nodeLabel')].map((l) => l.getBoundingClientRect().width) };
          });
          return { frame: { width: frame.width, height: frame.height }, boxes };
        })()`);
        await page.close();
        const { frame, boxes } = layout as {
          frame: { width: number; height: number };
          boxes: {
            left: number;
            top: number;
            right: number;
            bottom: number;
            text: string;
            label: number[];
          }[];
        };
        expect(frame.width).toBeGreaterThan(300);
        expect(frame.height).toBeGreaterThan(150);
        expect(boxes.length).toBeGreaterThanOrEqual(examples[i]!.map.people!.length);
        for (const b of boxes) {
          expect(b.right - b.left, b.text).toBeGreaterThan(20);
          expect(b.bottom - b.top, b.text).toBeGreaterThan(15);
          expect(b.left, b.text).toBeGreaterThanOrEqual(-1);
          expect(b.top, b.text).toBeGreaterThanOrEqual(-1);
          expect(b.right, b.text).toBeLessThanOrEqual(frame.width + 1);
          expect(b.bottom, b.text).toBeLessThanOrEqual(frame.height + 1);
          for (const w of b.label) expect(w, b.text).toBeGreaterThan(0);
        }
        for (const [j, a] of boxes.entries()) {
          for (const b of boxes.slice(j + 1)) {
            const overlap =
              Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 &&
              Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1;
            expect(overlap, `${a.text} / ${b.text}`).toBe(false);
          }
        }
      }
    } finally {
      await looked.close();
    }
    // A prefix of one's own, for SVGs that go into one document from separate calls.
    const [again] = await renderer.renderSvgs(orgs.slice(0, 1), { idPrefix: 'acme-' });
    expect(again).toMatch(/^<svg id="acme-1"/);
  }, 120_000);

  it('renders PNGs at the pixel density asked for, many at once without a stall', async () => {
    const atTwo = await Promise.all(orgs.map((m) => renderer.render(m, 'png')));
    const one = await openRenderer({ scale: 1, concurrency: 1 });
    const three = await openRenderer({ scale: 3, concurrency: 1 });
    try {
      const atOne = await one.render(orgs[0]!, 'png');
      const atThree = await three.render(orgs[0]!, 'png');
      const [s1, s2, s3] = [pngSize(atOne), pngSize(atTwo[0]!), pngSize(atThree)];
      expect(s1.width).toBeGreaterThan(400);
      expect(Math.abs(s2.width - 2 * s1.width)).toBeLessThanOrEqual(2);
      expect(Math.abs(s2.height - 2 * s1.height)).toBeLessThanOrEqual(2);
      expect(Math.abs(s3.width - 3 * s1.width)).toBeLessThanOrEqual(3);
      expect(Math.abs(s3.height - 3 * s1.height)).toBeLessThanOrEqual(3);
      for (const png of atTwo) expect(pngSize(png).width).toBeGreaterThan(800);
    } finally {
      await Promise.all([one.close(), three.close()]);
    }
  }, 120_000);

  it('renders a diagram to a one-page PDF, and prints HTML to A4 or Letter with page numbers', async () => {
    const pdf = await renderer.render(orgs[0]!, 'pdf');
    expect(Buffer.from(pdf.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    expect(pdfPages(pdf)).toBe(1);
    const [svg] = await renderer.renderSvgs(orgs.slice(0, 1));
    const html = `<!doctype html><html><head><meta charset="utf-8"><title>Review</title></head><body>
      <h1>Havbris Energi</h1>${svg}
      <h2 style="break-before: page">Stakeholders</h2><p>Second page.</p>
      <h2 style="break-before: page">Goals</h2><p>Third page.</p></body></html>`;
    const printOptions: PrintPdfOptions = { pageSize: 'A4', footerPageNumbers: true };
    const a4 = await renderer.printPdf(html, printOptions);
    expect(Buffer.from(a4.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    expect(pdfPages(a4)).toBe(3);
    const letter = await renderer.printPdf(html, { pageSize: 'Letter' });
    expect(pdfPages(letter)).toBe(3);
    const boxes = (pdf: Uint8Array) =>
      new Set(
        [
          ...Buffer.from(pdf)
            .toString('latin1')
            .matchAll(/\/MediaBox\s*\[([^\]]*)\]/g),
        ].map((m) => m[1]!.trim().split(/\s+/).map(Number).map(Math.round).join(' ')),
      );
    expect([...boxes(a4)]).toEqual(['0 0 596 842']);
    expect([...boxes(letter)]).toEqual(['0 0 612 792']);
  }, 120_000);

  it('lets no request leave the page: not for a remote image in a diagram, nor in printed HTML', async () => {
    const server = await countingServer();
    try {
      // An image in a label: mermaid keeps it (its sanitizer allows <img>), the page may not load it.
      const inLabel = `flowchart TB\n  a["<img src='${server.origin}/label.png'> label image"] --> b["x"]`;
      const [svg] = await renderer.renderSvgs([inLabel]);
      await renderer.render(inLabel, 'png');
      await renderer.render(inLabel, 'pdf');
      expect(svg).toContain(`${server.origin}/label.png`); // the diagram does ask for it …
      expect(server.hits).toEqual([]); // … and nothing reached the server.
      // An image shape: mermaid waits for the picture to measure it, which never comes.
      const shape = `flowchart TB\n  b@{ img: "${server.origin}/shape.png", label: "shape", pos: "t", w: 60, h: 60 }`;
      await expect(renderer.render(shape, 'svg')).rejects.toThrow(/cannot be decoded/);
      expect(server.hits).toEqual([]);

      const blocked: string[] = [];
      const html = `<!doctype html><html><body><p>Report</p><img src="${server.origin}/report.png">
        <link rel="stylesheet" href="${server.origin}/style.css">
        <script>document.body.append('SCRIPT RAN')</script></body></html>`;
      const pdf = await renderer.printPdf(html, { onBlockedRequest: (url) => blocked.push(url) });
      expect(pdfPages(pdf)).toBe(1);
      expect(blocked).toContain(`${server.origin}/report.png`);
      expect(blocked).toContain(`${server.origin}/style.css`);
      expect(server.hits).toEqual([]);
      expect(Buffer.from(pdf).toString('latin1')).not.toContain('SCRIPT RAN');

      // The check can fail: the same SVG in a plain browser does reach the server.
      const looked = await plainBrowser();
      try {
        const page = await looked.newPage();
        await page.setContent(`<!doctype html><body>${svg}</body>`, { waitUntil: 'load' });
        await page.close();
      } finally {
        await looked.close();
      }
      expect(server.hits).toContain('/label.png');
    } finally {
      server.close();
    }
  }, 120_000);

  it('gives a diagram mistake back as it is, and keeps rendering', async () => {
    await expect(renderer.render('flowchart TB\n  a --> ', 'svg')).rejects.toThrow(/Parse error/);
    expect(renderer.pages).toBe(2);
    const svg = Buffer.from(await renderer.render(orgs[0]!, 'svg')).toString('utf8');
    expect(svg.startsWith('<svg')).toBe(true);
  }, 60_000);
});

withBrowser('a browser in trouble', () => {
  const havbris = mapsFromFile('examples/havbris-energi.acctmap.yaml')[0]!.map;
  const org = buildDiagram(havbris, { view: 'org' }).diagrams[0]!.mermaid;

  it('a browser that was killed fails the render at once with exit 2 naming it', async () => {
    const renderer = await openRenderer({ concurrency: 2 });
    try {
      await renderer.render(org, 'svg');
      // One diagram at a time needs one page: mermaid is loaded once.
      await renderer.render(org, 'svg');
      expect(renderer.pages).toBe(1);
      process.kill(renderer.pid!, 'SIGKILL');
      const started = Date.now();
      const error = await renderer.render(org, 'png').catch((e: unknown) => e);
      expect(error).toBeInstanceOf(UsageError);
      expect((error as Error).message).toMatch(
        new RegExp(
          `^the browser at ${renderer.chromium.path} stopped answering while rendering a png \\(.*\\); run again, pass another browser with --chromium PATH`,
        ),
      );
      expect(Date.now() - started).toBeLessThan(10_000);
      await expect(renderer.printPdf('<p>x</p>')).rejects.toBeInstanceOf(UsageError);
    } finally {
      await renderer.close();
    }
  }, 60_000);

  it('a browser that stops answering fails the render after the time limit, and is killed', async () => {
    // Long enough for mermaid to load on a busy machine; short enough for a test.
    const renderer = await openRenderer({ concurrency: 1, timeout: 20_000 });
    const pid = renderer.pid!;
    try {
      await renderer.render(org, 'svg');
      process.kill(pid, 'SIGSTOP');
      const started = Date.now();
      const error = await renderer.render(org, 'svg').catch((e: unknown) => e);
      expect(error).toBeInstanceOf(UsageError);
      expect((error as Error).message).toMatch(
        /stopped answering while rendering a svg \(rendering a svg timed out after 20 s\)/,
      );
      expect(Date.now() - started).toBeLessThan(40_000);
    } finally {
      await renderer.close();
    }
    expect(() => process.kill(pid, 0)).toThrow();
  }, 120_000);
});
