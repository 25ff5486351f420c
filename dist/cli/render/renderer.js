/**
 * Mermaid → SVG, PNG or PDF, and HTML → PDF, with one Chromium for the whole run.
 *
 * ```ts
 * const renderer = await openRenderer({ chromium: opts.chromium });
 * try {
 *   const svg = await renderer.render(mermaidText, 'svg');
 *   const svgs = await renderer.renderSvgs([first, second]); // XML strings, distinct ids
 *   const pdf = await renderer.printPdf(html, { pageSize: 'A4', footerPageNumbers: true });
 * } finally {
 *   await renderer.close();
 * }
 * ```
 *
 * The browser is driven with puppeteer-core, and the diagrams are drawn by the mermaid package's
 * own browser build; both are optional peer dependencies (~220 MB together), imported only
 * here and only when something is rendered. Without them the user gets the install command
 * (exit 2). A project that installed @mermaid-js/mermaid-cli, as acctmap once asked, already has
 * both through it, and they are found there.
 *
 * One browser is started per run, and a small pool of pages (one per free core) renders the
 * diagrams: each page loads mermaid once and then draws one diagram after another. A page may
 * load nothing but mermaid's own files: every other request (a remote image in a label, a font,
 * a link) is refused by request interception, and the page's Content-Security-Policy forbids
 * them too. Mermaid runs with `securityLevel: 'strict'` and must be at least MERMAID_FLOOR.
 *
 * Never a hang: every step has a time limit, a crashed page or browser fails what it was doing
 * at once, and both become exit 2 naming the browser (see `browserFailure`). The browser is
 * closed on errors and on Ctrl-C/SIGTERM, so no Chromium is left running.
 */
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { freeCores } from '../cpu.js';
import { UsageError } from '../errors.js';
import { onInterrupt } from '../interrupt.js';
import { chromiumArgs, findChromium, runningAsRoot } from './chromium.js';
const RENDER_FORMATS = ['svg', 'png', 'pdf'];
/** The oldest mermaid acctmap renders with: 11.10.0 fixed two XSS flaws, 11.12.1 a dagre one. */
export const MERMAID_FLOOR = '11.12.1';
/**
 * What to install: majors that run on Node 20 (puppeteer 25 and mermaid 12 need Node 22, and
 * npm would otherwise pick them).
 */
const INSTALL = {
    'puppeteer-core': 'puppeteer-core@24',
    mermaid: 'mermaid@11',
};
/**
 * The mermaid config for our renders. `securityLevel: strict` keeps labels as text (mermaid's
 * sanitizer runs; no click handlers); limits stay at mermaid's defaults so a render behaves as
 * GitHub would.
 */
const MERMAID_CONFIG = {
    startOnLoad: false,
    theme: 'default',
    securityLevel: 'strict',
    maxTextSize: 50_000,
    maxEdges: 500,
    themeVariables: { fontFamily: 'Helvetica, Arial, "Liberation Sans", "DejaVu Sans", sans-serif' },
    flowchart: {
        htmlLabels: true,
        padding: 14,
        nodeSpacing: 36,
        rankSpacing: 56,
        curve: 'basis',
        subGraphTitleMargin: { top: 4, bottom: 22 },
    },
};
/** The made-up origin the pages are served from (`.invalid` never resolves, RFC 6761). */
const ORIGIN = 'https://acctmap.invalid';
/** Wide enough that a big chart is not shrunk to the page; PNG and PDF are cut to the chart. */
const VIEWPORT = { width: 4000, height: 1200, deviceScaleFactor: 1 };
const DEFAULT_TIMEOUT_MS = 60_000;
/**
 * How long `close` waits for a browser that is still starting, to kill it and wait for its end.
 * Generous, because a browser stopped through the launch's abort signal instead is killed but
 * not waited for (puppeteer gives no handle on it), and on a loaded machine a start takes
 * seconds (2 s was too short on a CI machine running other tests). Within the time an
 * interrupt gives its cleanups (see interrupt.ts), with time left to kill it.
 */
const LAUNCH_WAIT_ON_CLOSE_MS = 6000;
/** The browser once `launching` has started it, or undefined if it failed or took longer than `ms`. */
async function startedWithin(launching, ms) {
    if (!launching)
        return undefined;
    const late = new Promise((resolve) => setTimeout(() => resolve(undefined), ms).unref());
    return Promise.race([launching.catch(() => undefined), late]);
}
/** The page every diagram is drawn in; it loads ./start.mjs, which loads mermaid. */
const PAGE_HTML = `<!doctype html>
<html><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src ${ORIGIN}; style-src 'unsafe-inline'; img-src data:; font-src data:">
<style>body { margin: 8px; background: white; }</style>
</head><body><div id="container"></div><script type="module" src="/start.mjs"></script></body></html>
`;
/**
 * The page's own script: loads mermaid, then offers the two steps acctmap calls on it (the page
 * code lives here, in browser JavaScript, rather than in functions sent from Node).
 */
const START_MJS = `import mermaid from '/mermaid.esm.min.mjs';
mermaid.initialize(${JSON.stringify(MERMAID_CONFIG)});
const container = document.getElementById('container');
/** Draws one diagram and gives its SVG as XML (HTML labels made well-formed). */
globalThis.acctmapDraw = async (id, definition) => {
  container.replaceChildren();
  // What an earlier failed render may have left behind.
  for (const el of [...document.body.children]) {
    if (el !== container && el.tagName !== 'SCRIPT') el.remove();
  }
  const { svg } = await mermaid.render(id, definition, container);
  container.innerHTML = svg;
  const element = container.querySelector('svg');
  if (!element) throw new Error('mermaid drew no svg');
  element.style.backgroundColor = 'white';
  return new XMLSerializer().serializeToString(element);
};
/** Where the drawn SVG sits in the page. */
globalThis.acctmapBox = () => {
  const r = container.querySelector('svg').getBoundingClientRect();
  return { x: r.left, y: r.top, width: r.width, height: r.height };
};
`;
/** Mermaid's browser build: its entry and the chunks it imports, nothing else. */
const BUNDLE_FILE = /^\/(?:mermaid\.esm\.min\.mjs|chunks\/mermaid\.esm\.min\/[A-Za-z0-9_.-]+\.mjs)$/;
/**
 * puppeteer-core (or puppeteer, the same API) and mermaid, found next to acctmap (or next to
 * `from`), or through @mermaid-js/mermaid-cli, which brings both; else a UsageError saying what
 * to install.
 */
function importRenderer(from) {
    const ours = createRequire(from !== undefined ? path.join(from, 'acctmap.js') : import.meta.url);
    const viaCli = (() => {
        try {
            return createRequire(ours.resolve('@mermaid-js/mermaid-cli'));
        }
        catch {
            return undefined;
        }
    })();
    const places = viaCli ? [ours, viaCli] : [ours];
    const find = (names) => {
        for (const name of names) {
            for (const place of places) {
                try {
                    return place.resolve(name);
                }
                catch {
                    // not installed there
                }
            }
        }
        return undefined;
    };
    const puppeteerMain = find(['puppeteer-core', 'puppeteer']);
    const mermaidPackage = find(['mermaid/package.json']);
    const missing = [
        ...(puppeteerMain ? [] : ['puppeteer-core']),
        ...(mermaidPackage ? [] : ['mermaid']),
    ];
    if (missing.length > 0) {
        const two = missing.length > 1;
        throw new UsageError(`rendering svg, png or pdf needs ${missing.join(' and ')}, which ${two ? 'are' : 'is'} not installed. Install ${two ? 'them' : 'it'} next to acctmap with \`npm install ${missing.map((m) => INSTALL[m]).join(' ')}\` (no browser is downloaded: acctmap uses the Chromium you have), or write Mermaid text with --format mmd or --format md`);
    }
    const required = ours(puppeteerMain);
    const puppeteer = required.default ?? required;
    const version = String(JSON.parse(readFileSync(mermaidPackage, 'utf8')).version);
    checkMermaidVersion(version);
    const mermaidDist = path.join(path.dirname(mermaidPackage), 'dist');
    if (!existsSync(path.join(mermaidDist, 'mermaid.esm.min.mjs'))) {
        throw new UsageError(`the mermaid package at ${path.dirname(mermaidPackage)} has no browser build (dist/mermaid.esm.min.mjs); reinstall it with \`npm install mermaid@11\``);
    }
    return { puppeteer: puppeteer, mermaidDist };
}
/** Refuses a mermaid older than the security floor (exit 2, with the command that updates it). */
export function checkMermaidVersion(version) {
    if (!atLeast(version, MERMAID_FLOOR)) {
        throw new UsageError(`mermaid ${version} is installed, but acctmap renders only with mermaid ${MERMAID_FLOOR} or later (older versions have known cross-site scripting flaws); update it with \`npm install mermaid@11\``);
    }
}
function atLeast(version, floor) {
    const a = version.split(/[.+-]/).map(Number);
    const b = floor.split('.').map(Number);
    for (let i = 0; i < 3; i++) {
        if (!Number.isFinite(a[i]))
            return false;
        if (a[i] !== b[i])
            return (a[i] ?? 0) > (b[i] ?? 0);
    }
    return true;
}
/** Mermaid's files, read once per run and handed to every page that asks. */
function bundleReader(mermaidDist) {
    const cache = new Map();
    return (file) => {
        if (!BUNDLE_FILE.test(file))
            return Promise.resolve(undefined);
        let data = cache.get(file);
        if (!data) {
            data = readFile(path.join(mermaidDist, ...file.slice(1).split('/'))).catch(() => undefined);
            cache.set(file, data);
        }
        return data;
    };
}
export async function openRenderer(options = {}) {
    const { puppeteer, mermaidDist } = importRenderer(options.resolveFrom);
    const chromium = findChromium({
        ...(options.chromium !== undefined ? { explicit: options.chromium } : {}),
        env: options.env ?? process.env,
        puppeteerDefault: () => puppeteer.executablePath(),
    });
    const timeout = options.timeout ?? DEFAULT_TIMEOUT_MS;
    const size = Math.max(1, Math.floor(options.concurrency ?? defaultPages()));
    const scale = options.scale ?? 2;
    const bundle = bundleReader(mermaidDist);
    let browser;
    let closed = false;
    /** Set once the browser is gone or a page could not be set up: everything fails with it. */
    let failure;
    let failGone = () => undefined;
    /** Rejects when the browser quits unexpectedly; every step races it. */
    const gone = new Promise((_, reject) => {
        failGone = reject;
    });
    gone.catch(() => undefined);
    const idle = [];
    const waiting = [];
    /** Pages in the pool or on their way; of those, the ones still loading mermaid. */
    let open = 0;
    let loading = 0;
    let opened = 0;
    const fail = (error) => {
        failure ??= error;
        failGone(failure);
        for (const w of waiting.splice(0))
            w.reject(failure);
    };
    const close = async () => {
        if (closed)
            return;
        closed = true;
        unregister();
        fail(new Error('the renderer is closed'));
        // Ctrl-C while the browser is still starting: wait for it to be up, so that it is killed
        // and waited for like any other (a browser killed without its exit being waited for stays
        // a zombie after acctmap ends, for whoever adopts it to reap). One that takes too long to
        // start is killed through the launch's abort signal instead.
        const b = browser ?? (await startedWithin(launching, LAUNCH_WAIT_ON_CLOSE_MS));
        browser = undefined;
        if (!b) {
            stopLaunch.abort();
            await launching?.catch(() => undefined);
            return;
        }
        const child = b.process();
        const running = () => child && child.exitCode === null && child.signalCode === null;
        const gone = (ms) => Promise.race([
            new Promise((resolve) => child.once('exit', resolve)),
            new Promise((resolve) => setTimeout(resolve, ms).unref()),
        ]);
        // Nothing in the browser needs saving (its profile is a temporary folder that puppeteer
        // deletes once the process has exited), so outside Windows it is killed, with its renderer
        // processes (its process group), rather than asked to shut down: 0.2-0.5 s sooner at the end
        // of every run. On Windows it closes the usual way.
        if (running() && process.platform !== 'win32') {
            const exited = gone(5000);
            try {
                process.kill(-child.pid, 'SIGKILL');
            }
            catch {
                child.kill('SIGKILL');
            }
            await exited;
        }
        try {
            // Lets puppeteer finish (delete the profile); at once for a browser that is gone.
            await Promise.race([b.close(), new Promise((resolve) => setTimeout(resolve, 5000).unref())]);
        }
        catch {
            // a browser that is already gone
        }
        finally {
            // A browser that did not close in time (or crashed half-way) is killed, never left behind,
            // and close() returns once it is gone.
            if (running()) {
                const exited = gone(5000);
                child.kill('SIGKILL');
                await exited;
            }
        }
    };
    const stopLaunch = new AbortController();
    let launching;
    const unregister = onInterrupt(close);
    try {
        launching = puppeteer.launch({
            executablePath: chromium.path,
            headless: true,
            args: chromiumArgs(runningAsRoot()),
            pipe: true,
            defaultViewport: VIEWPORT,
            // Our own time limit (`guard`) ends a step that hangs; this one, a little later, only
            // keeps puppeteer from waiting its default of three minutes for anything else.
            protocolTimeout: timeout + 10_000,
            // Our own handlers close the browser; puppeteer's would race them on Ctrl-C.
            handleSIGINT: false,
            handleSIGTERM: false,
            handleSIGHUP: false,
            env: { ...(options.env ?? process.env) },
            signal: stopLaunch.signal,
        });
        launching.catch(() => undefined);
        const started = await launching;
        if (closed)
            throw new Error('the renderer is closed');
        browser = started;
    }
    catch (error) {
        if (closed)
            throw error;
        await close();
        const first = (error instanceof Error ? error.message : String(error)).split('\n')[0];
        throw new UsageError(`could not start the browser at ${chromium.path} (found through ${chromium.source}): ${first}. Pass another with --chromium PATH or PUPPETEER_EXECUTABLE_PATH, or write Mermaid text with --format mmd`);
    }
    browser.on('disconnected', () => {
        if (!closed)
            fail(new Error('the browser quit (it crashed or was killed)'));
    });
    /** Races a step against the time limit and the browser quitting. */
    const guard = (step, what, extra) => {
        let timer;
        const late = new Promise((_, reject) => {
            timer = setTimeout(() => reject(new Error(`${what} timed out after ${Math.round(timeout / 100) / 10} s`)), timeout);
            timer.unref();
        });
        step.catch(() => undefined);
        return Promise.race([step, late, gone, ...(extra ? [extra] : [])]).finally(() => clearTimeout(timer));
    };
    /** A new page of the pool, with mermaid loaded and initialised. */
    const newSlot = async () => {
        const page = await browser.newPage({ type: 'window' });
        const crashed = new Promise((_, reject) => page.once('error', reject));
        crashed.catch(() => undefined);
        const errors = [];
        page.on('pageerror', (e) => errors.push(e instanceof Error ? e.message : String(e)));
        await page.setRequestInterception(true);
        page.on('request', (request) => {
            void serve(request, async (url) => {
                if (url.origin !== ORIGIN)
                    return undefined;
                if (url.pathname === '/' && request.isNavigationRequest())
                    return { type: 'text/html; charset=utf-8', body: PAGE_HTML };
                if (url.pathname === '/start.mjs')
                    return { type: 'text/javascript', body: START_MJS };
                const body = await bundle(url.pathname);
                return body && { type: 'text/javascript', body };
            });
        });
        await guard(page.goto(`${ORIGIN}/`, { waitUntil: 'load', timeout: 0 }), 'loading mermaid', crashed);
        const ready = await page.evaluate(() => typeof globalThis.acctmapDraw);
        if (ready !== 'function') {
            throw new Error(`mermaid did not load in the browser${errors.length > 0 ? `: ${errors[0]}` : ''}`);
        }
        return { page, crashed };
    };
    const dispatch = () => {
        while (idle.length > 0 && waiting.length > 0)
            waiting.shift().resolve(idle.pop());
    };
    const grow = () => {
        open++;
        loading++;
        opened++;
        guard(newSlot(), 'loading mermaid').then((slot) => {
            loading--;
            if (closed)
                return;
            idle.push(slot);
            dispatch();
        }, (error) => {
            open--;
            loading--;
            const message = error instanceof Error ? error.message : String(error);
            fail(message.startsWith('mermaid did not load')
                ? new UsageError(`${message} (from ${mermaidDist}, with the browser at ${chromium.path}); reinstall it with \`npm install mermaid@11\`, or write Mermaid text with --format mmd`)
                : error instanceof Error
                    ? error
                    : new Error(message));
        });
    };
    const acquire = () => {
        if (failure)
            return Promise.reject(failure);
        return new Promise((resolve, reject) => {
            waiting.push({ resolve, reject });
            dispatch();
            // A new page only for diagrams that the pages on their way will not take.
            if (waiting.length > loading && open < size)
                grow();
        });
    };
    const release = (slot, broken) => {
        if (!broken) {
            idle.push(slot);
            dispatch();
            return;
        }
        open--;
        void slot.page.close().catch(() => undefined);
        if (waiting.length > loading && !failure)
            grow();
    };
    /** Runs `task` on a page of the pool; browser trouble becomes exit 2 naming the browser. */
    const onPage = async (what, task) => {
        if (closed)
            throw new Error('the renderer is closed');
        let slot;
        try {
            slot = await acquire();
        }
        catch (error) {
            throw closed ? error : browserFailure(error, chromium, what);
        }
        let broken = false;
        try {
            return await guard(task(slot.page), what, slot.crashed);
        }
        catch (error) {
            const failure = browserFailure(error, chromium, what);
            broken = failure !== error;
            throw failure;
        }
        finally {
            release(slot, broken);
        }
    };
    // The first page starts loading mermaid now, while the caller prepares its diagrams.
    grow();
    const render = (mermaid, format) => onPage(`rendering a ${format}`, async (page) => {
        const svg = await drawSvg(page, 'my-svg', mermaid);
        if (format === 'svg')
            return new TextEncoder().encode(svg);
        if (format === 'png')
            return await screenshot(page, scale);
        return await diagramPdf(page);
    });
    const renderSvgs = (diagrams, opts = {}) => {
        const prefix = opts.idPrefix ?? 'acctmap-svg-';
        return Promise.all(diagrams.map((d, i) => onPage('rendering a svg', (page) => drawSvg(page, `${prefix}${i + 1}`, d))));
    };
    const printPdf = async (html, opts = {}) => {
        if (closed)
            throw new Error('the renderer is closed');
        if (failure)
            throw browserFailure(failure, chromium, 'printing a pdf');
        let page;
        try {
            page = await guard(browser.newPage({ type: 'window' }), 'printing a pdf');
            return await guard(printOn(page, html, opts), 'printing a pdf');
        }
        catch (error) {
            throw browserFailure(error, chromium, 'printing a pdf');
        }
        finally {
            void page?.close().catch(() => undefined);
        }
    };
    const pid = browser.process()?.pid;
    return {
        chromium,
        pid,
        get pages() {
            return opened;
        },
        render,
        renderSvgs,
        printPdf,
        close,
    };
}
/** Answers a request with `lookup`'s file, or refuses it (anything `lookup` does not give). */
async function serve(request, lookup, onBlocked) {
    try {
        const raw = request.url();
        // data: addresses never leave the page (puppeteer continues them itself).
        if (raw.startsWith('data:'))
            return await request.continue();
        const found = await lookup(new URL(raw)).catch(() => undefined);
        if (!found) {
            onBlocked?.(raw);
            return await request.abort('blockedbyclient');
        }
        await request.respond({
            status: 200,
            contentType: found.type,
            headers: { 'Cache-Control': 'no-store' },
            body: found.body,
        });
    }
    catch {
        // The page closed meanwhile.
    }
}
/** Draws one diagram in the page and gives its SVG as XML. */
async function drawSvg(page, id, definition) {
    return await page.evaluate((id, definition) => globalThis.acctmapDraw(id, definition), id, definition);
}
/** The drawn SVG's box in the page. */
async function svgBox(page) {
    return await page.evaluate(() => globalThis.acctmapBox());
}
/** A PNG of the drawn diagram at `scale` device pixels per CSS pixel. */
async function screenshot(page, scale) {
    const box = await svgBox(page);
    const clip = {
        x: Math.floor(box.x),
        y: Math.floor(box.y),
        width: Math.ceil(box.width),
        height: Math.ceil(box.height),
    };
    await page.setViewport({
        width: Math.max(VIEWPORT.width, clip.x + clip.width),
        height: Math.max(VIEWPORT.height, clip.y + clip.height),
        deviceScaleFactor: scale,
    });
    try {
        return await page.screenshot({ type: 'png', clip, captureBeyondViewport: false });
    }
    finally {
        await page.setViewport(VIEWPORT);
    }
}
/** A one-page PDF the size of the drawn diagram (with the page's margin around it). */
async function diagramPdf(page) {
    const box = await svgBox(page);
    return await page.pdf({
        width: `${Math.ceil(box.width) + Math.ceil(box.x) * 2}px`,
        height: `${Math.ceil(box.height) + Math.ceil(box.y) * 2}px`,
        pageRanges: '1-1',
        printBackground: true,
    });
}
/** Prints `html` on a fresh page that runs no script and loads nothing. */
async function printOn(page, html, opts) {
    await page.setJavaScriptEnabled(false);
    await page.setRequestInterception(true);
    let served = false;
    page.on('request', (request) => {
        void serve(request, async (url) => {
            if (served || !request.isNavigationRequest() || url.href !== `${ORIGIN}/print.html`)
                return undefined;
            served = true;
            return { type: 'text/html; charset=utf-8', body: html };
        }, opts.onBlockedRequest);
    });
    await page.goto(`${ORIGIN}/print.html`, { waitUntil: 'load', timeout: 0 });
    const footer = opts.footerPageNumbers === true;
    const margin = {
        top: opts.margin?.top ?? '16mm',
        right: opts.margin?.right ?? '16mm',
        bottom: opts.margin?.bottom ?? (footer ? '20mm' : '16mm'),
        left: opts.margin?.left ?? '16mm',
    };
    return await page.pdf({
        format: opts.pageSize ?? 'A4',
        printBackground: true,
        margin,
        displayHeaderFooter: footer,
        headerTemplate: '<span></span>',
        footerTemplate: footer ? footerTemplate(opts.footerText, margin) : '<span></span>',
    });
}
/** Chromium's footer: its own little page, styled inline (the document's styles do not reach it). */
function footerTemplate(text, margin) {
    const escaped = (text ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
    return `<div style="width: 100%; box-sizing: border-box; padding: 0 ${margin.right} 0 ${margin.left}; font: 8pt Helvetica, Arial, 'Liberation Sans', 'DejaVu Sans', sans-serif; color: #555; display: flex; justify-content: space-between;"><span>${escaped}</span><span>Page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>`;
}
/**
 * A browser that crashed or stopped answering is the machine's trouble, not a bug in acctmap:
 * exit 2 naming the browser and what to do, not an internal error. Anything else is passed on.
 */
export function browserFailure(error, chromium, what) {
    if (error instanceof UsageError)
        return error;
    const message = error instanceof Error ? error.message : String(error);
    if (!/timed out|target closed|session closed|connection closed|protocol error|disconnected|crashed|browser quit|detached|context was destroyed/i.test(message))
        return error;
    const doing = /^(rendering|printing|loading) /.test(what) ? what : `rendering a ${what}`;
    return new UsageError(`the browser at ${chromium.path} stopped answering while ${doing} (${message.split('\n')[0]}); run again, pass another browser with --chromium PATH, or write Mermaid text with --format mmd`);
}
/** One page for each core that is free (the caller's own core idles while pages draw), 1–4. */
function defaultPages() {
    const { cores, free } = freeCores();
    return Math.max(1, Math.min(4, cores, Math.round(free) + 1));
}
