/**
 * Rendering with mermaid-cli and a real Chromium: SVG, PNG and PDF of an example, the hostile
 * fixture rendered as literal text, and the browser gone after `close`. Without a Chromium the
 * browser tests are skipped, saying why, except in CI (`CI=true`), where they must run.
 */
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { JSDOM } from 'jsdom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDiagram } from '../src/diagram/index.js';
import { UsageError } from '../src/cli/errors.js';
import { chromiumArgs, findChromium } from '../src/cli/render/chromium.js';
import { openRenderer, type Renderer } from '../src/cli/render/renderer.js';
import { mapsFromFile } from './helpers/diagram-maps.js';

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

describe('without mermaid-cli', () => {
  it('exits 2 naming the install command', async () => {
    const error = await openRenderer({ module: '@acctmap-test/not-installed-renderer' }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toMatch(
      /needs @mermaid-js\/mermaid-cli, which is not installed\. Install it next to acctmap with `npm install @mermaid-js\/mermaid-cli`/,
    );
  });
});

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

  it('closes the browser process', async () => {
    const own = await openRenderer();
    const pid = own.pid!;
    expect(() => process.kill(pid, 0)).not.toThrow();
    await own.close();
    await own.close(); // twice is fine
    await new Promise((r) => setTimeout(r, 200));
    expect(() => process.kill(pid, 0)).toThrow();
  }, 60_000);
});
