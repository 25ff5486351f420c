/**
 * Mermaid → SVG, PNG or PDF with @mermaid-js/mermaid-cli and one Chromium for the whole run.
 *
 * ```ts
 * const renderer = await openRenderer({ chromium: opts.chromium });
 * try {
 *   const svg = await renderer.render(mermaidText, 'svg');
 * } finally {
 *   await renderer.close();
 * }
 * ```
 *
 * mermaid-cli is an optional peer dependency (it brings ~500 MB), imported only here and only
 * when something is rendered; without it the user gets the install command (exit 2). One browser
 * is started per run, and diagrams are rendered a few at a time on their own pages
 * (`renderMermaid` opens a page per diagram). The browser is closed on errors and on
 * Ctrl-C/SIGTERM, so no Chromium is left running.
 */
import { createRequire } from 'node:module';
import * as os from 'node:os';
import { UsageError } from '../errors.js';
import { onInterrupt } from '../interrupt.js';
import { chromiumArgs, findChromium, runningAsRoot } from './chromium.js';
const RENDER_FORMATS = ['svg', 'png', 'pdf'];
const INSTALL_RENDERER = 'npm install @mermaid-js/mermaid-cli';
/**
 * The mermaid config for our renders. `securityLevel: strict` keeps labels as text (mermaid's
 * sanitizer runs; no click handlers); limits stay at mermaid's defaults so a render behaves as
 * GitHub would.
 */
const MERMAID_CONFIG = {
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
async function importRenderer(module) {
    let cli;
    try {
        cli = (await import(module));
    }
    catch (error) {
        if (isMissingModule(error, module)) {
            throw new UsageError(`rendering svg, png or pdf needs @mermaid-js/mermaid-cli, which is not installed. Install it next to acctmap with \`${INSTALL_RENDERER}\` (add PUPPETEER_SKIP_DOWNLOAD=1 in front to use a system Chromium rather than download one), or write Mermaid text with --format mmd or --format md`);
        }
        throw error;
    }
    // puppeteer comes with mermaid-cli; resolve it from there in case it is not hoisted beside us.
    let puppeteer;
    try {
        puppeteer = (await import('puppeteer')).default;
    }
    catch {
        const require = createRequire(import.meta.resolve('@mermaid-js/mermaid-cli'));
        puppeteer =
            require('puppeteer').default ??
                require('puppeteer');
    }
    return { cli, puppeteer };
}
/** True when `module` itself (or puppeteer, which it needs) is not installed. */
function isMissingModule(error, module) {
    const e = error;
    if (e?.code !== 'ERR_MODULE_NOT_FOUND' && e?.code !== 'MODULE_NOT_FOUND')
        return false;
    return [module, "'puppeteer'"].some((name) => e.message.includes(name));
}
export async function openRenderer(options = {}) {
    const { cli, puppeteer } = await importRenderer(options.module ?? '@mermaid-js/mermaid-cli');
    const chromium = findChromium({
        ...(options.chromium !== undefined ? { explicit: options.chromium } : {}),
        env: options.env ?? process.env,
        puppeteerDefault: () => puppeteer.executablePath(),
    });
    let browser;
    let closed = false;
    const close = async () => {
        if (closed)
            return;
        closed = true;
        unregister();
        const b = browser;
        browser = undefined;
        if (!b)
            return;
        const child = b.process();
        try {
            await Promise.race([b.close(), new Promise((resolve) => setTimeout(resolve, 5000).unref())]);
        }
        finally {
            // A browser that did not close in time (or crashed half-way) is killed, never left behind.
            if (child && child.exitCode === null && child.signalCode === null)
                child.kill('SIGKILL');
        }
    };
    const unregister = onInterrupt(close);
    try {
        browser = await puppeteer.launch({
            executablePath: chromium.path,
            headless: true,
            args: chromiumArgs(runningAsRoot()),
            pipe: true,
            // A page that stops answering (a crashed renderer) fails the run within a minute instead
            // of leaving it waiting for puppeteer's default of three minutes.
            protocolTimeout: 60_000,
            // Our own handlers close the browser; puppeteer's would race them on Ctrl-C.
            handleSIGINT: false,
            handleSIGTERM: false,
            handleSIGHUP: false,
            env: { ...(options.env ?? process.env) },
        });
    }
    catch (error) {
        await close();
        const first = (error instanceof Error ? error.message : String(error)).split('\n')[0];
        throw new UsageError(`could not start the browser at ${chromium.path} (found through ${chromium.source}): ${first}. Pass another with --chromium PATH or PUPPETEER_EXECUTABLE_PATH, or write Mermaid text with --format mmd`);
    }
    const limit = queue(Math.max(1, options.concurrency ?? defaultConcurrency()));
    // PNG and PDF are taken one page at a time: Chromium's screenshot of one page now and then
    // never answers while other pages of the same browser are drawing (seen here, about one run
    // in five of eight PNGs on two pages). SVG is read from the page and stays parallel.
    const oneAtATime = queue(1);
    const scale = options.scale ?? 2;
    const render = (mermaid, format) => (format === 'svg' ? limit : oneAtATime)(async () => {
        if (!browser)
            throw new Error('the renderer is closed');
        try {
            const { data } = await cli.renderMermaid(browser, mermaid, format, {
                // Wide enough that mermaid-cli does not shrink a big chart to the page; PNG and PDF are
                // then cut to the diagram itself.
                viewport: { width: 4000, height: 1200, deviceScaleFactor: format === 'png' ? scale : 1 },
                backgroundColor: 'white',
                mermaidConfig: MERMAID_CONFIG,
                pdfFit: true,
            });
            return data;
        }
        catch (error) {
            throw browserFailure(error, chromium, format);
        }
    });
    const pid = browser.process()?.pid;
    const newPage = async () => {
        if (!browser)
            throw new Error('the renderer is closed');
        return browser.newPage();
    };
    return { chromium, pid, render, newPage, close };
}
/**
 * A browser that crashed or stopped answering is the machine's trouble, not a bug in acctmap:
 * exit 2 naming the browser and what to do, not an internal error. Anything else is passed on.
 */
export function browserFailure(error, chromium, format) {
    const message = error instanceof Error ? error.message : String(error);
    if (!/timed out|target closed|session closed|protocol error|disconnected|crashed/i.test(message))
        return error;
    return new UsageError(`the browser at ${chromium.path} stopped answering while rendering a ${format} (${message.split('\n')[0]}); run again, pass another browser with --chromium PATH, or write Mermaid text with --format mmd`);
}
function defaultConcurrency() {
    return Math.min(4, Math.max(2, os.availableParallelism?.() ?? 2));
}
/** At most `n` tasks at a time, in order. */
function queue(n) {
    let active = 0;
    const waiting = [];
    return async (task) => {
        if (active >= n)
            await new Promise((resolve) => waiting.push(resolve));
        active++;
        try {
            return await task();
        }
        finally {
            active--;
            waiting.shift()?.();
        }
    };
}
