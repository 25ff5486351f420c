import { createRequire as __acctmapCreateRequire } from 'node:module';
const require = __acctmapCreateRequire(import.meta.url);
import {
  onInterrupt
} from "./chunk-H3FH3255.js";
import {
  freeCores
} from "./chunk-WCWGSMVT.js";
import {
  UsageError
} from "./chunk-AR6G5YW2.js";
import "./chunk-ZV4OTCNF.js";

// dist/cli/render/renderer.js
import { existsSync, readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import * as path2 from "node:path";

// dist/cli/render/chromium.js
import * as fs from "node:fs";
import * as path from "node:path";
var CHROMIUM_NAMES = [
  "chromium",
  "chromium-browser",
  "google-chrome",
  "google-chrome-stable"
];
var KNOWN_LOCATIONS = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
  "/usr/bin/google-chrome-stable",
  "/snap/bin/chromium",
  "/Applications/Chromium.app/Contents/MacOS/Chromium",
  "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
  "C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe",
  "C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe"
];
function isExecutableFile(file) {
  try {
    const stat = fs.statSync(file);
    if (!stat.isFile())
      return false;
    if (process.platform !== "win32")
      fs.accessSync(file, fs.constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
function onPath(name, env) {
  const dirs = (env.PATH ?? env.Path ?? "").split(path.delimiter).filter(Boolean);
  const exts = process.platform === "win32" ? [".exe", ".cmd", ""] : [""];
  for (const dir of dirs) {
    for (const ext of exts) {
      const candidate = path.join(dir, name + ext);
      if (isExecutableFile(candidate))
        return candidate;
    }
  }
  return void 0;
}
function findChromium(search = {}) {
  const env = search.env ?? process.env;
  if (search.explicit !== void 0) {
    if (isExecutableFile(search.explicit))
      return { path: search.explicit, source: "--chromium" };
    throw new UsageError(`--chromium ${search.explicit}: no executable browser there; give the path of a Chromium or Chrome binary (for example /usr/bin/chromium)`);
  }
  const fromEnv = env.PUPPETEER_EXECUTABLE_PATH;
  if (fromEnv) {
    if (isExecutableFile(fromEnv))
      return { path: fromEnv, source: "PUPPETEER_EXECUTABLE_PATH" };
    throw new UsageError(`PUPPETEER_EXECUTABLE_PATH is ${fromEnv}, but there is no executable browser there; fix or unset it, or pass --chromium PATH`);
  }
  for (const name of CHROMIUM_NAMES) {
    const found = onPath(name, env);
    if (found)
      return { path: found, source: `${name} on PATH` };
  }
  for (const location of search.locations ?? KNOWN_LOCATIONS) {
    if (isExecutableFile(location))
      return { path: location, source: location };
  }
  const downloaded = safely(search.puppeteerDefault);
  if (downloaded && isExecutableFile(downloaded))
    return { path: downloaded, source: "puppeteer" };
  throw new UsageError(noBrowserMessage());
}
function noBrowserMessage() {
  return [
    "rendering svg, png or pdf needs Chromium or Chrome, and none was found.",
    `  acctmap looked for --chromium PATH, then PUPPETEER_EXECUTABLE_PATH, then ${CHROMIUM_NAMES.join(", ")} on PATH and in the usual install folders.`,
    "  Install one (Debian/Ubuntu: `apt-get install chromium`; macOS: `brew install --cask chromium`),",
    "  or pass --chromium /path/to/chrome, or set PUPPETEER_EXECUTABLE_PATH;",
    "  or write Mermaid text instead with --format mmd or --format md."
  ].join("\n");
}
function safely(fn) {
  try {
    return fn?.();
  } catch {
    return void 0;
  }
}
function chromiumArgs(isRoot) {
  const args = [
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--no-default-browser-check",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-extensions",
    "--disable-dev-shm-usage",
    "--font-render-hinting=none",
    "--disable-features=WebUIOmniboxPopup,WebUIOmniboxFullPopup,WebUIOmniboxAimPopup"
  ];
  if (isRoot)
    args.push("--no-sandbox", "--disable-setuid-sandbox");
  return args;
}
function runningAsRoot() {
  return process.getuid?.() === 0;
}

// dist/cli/render/renderer.js
var MERMAID_FLOOR = "11.12.1";
var INSTALL = {
  "puppeteer-core": "puppeteer-core@24",
  mermaid: "mermaid@11"
};
var MERMAID_CONFIG = {
  startOnLoad: false,
  theme: "default",
  securityLevel: "strict",
  maxTextSize: 5e4,
  maxEdges: 500,
  themeVariables: { fontFamily: 'Helvetica, Arial, "Liberation Sans", "DejaVu Sans", sans-serif' },
  flowchart: {
    htmlLabels: true,
    padding: 14,
    nodeSpacing: 36,
    rankSpacing: 56,
    curve: "basis",
    subGraphTitleMargin: { top: 4, bottom: 22 }
  }
};
var ORIGIN = "https://acctmap.invalid";
var VIEWPORT = { width: 4e3, height: 1200, deviceScaleFactor: 1 };
var DEFAULT_TIMEOUT_MS = 6e4;
var LAUNCH_WAIT_ON_CLOSE_MS = 6e3;
async function startedWithin(launching, ms) {
  if (!launching)
    return void 0;
  const late = new Promise((resolve) => setTimeout(() => resolve(void 0), ms).unref());
  return Promise.race([launching.catch(() => void 0), late]);
}
var PAGE_HTML = `<!doctype html>
<html><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src ${ORIGIN}; style-src 'unsafe-inline'; img-src data:; font-src data:">
<style>body { margin: 8px; background: white; }</style>
</head><body><div id="container"></div><script type="module" src="/start.mjs"></script></body></html>
`;
var START_MJS = `import mermaid from '/mermaid.esm.min.mjs';
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
var BUNDLE_FILE = /^\/(?:mermaid\.esm\.min\.mjs|chunks\/mermaid\.esm\.min\/[A-Za-z0-9_.-]+\.mjs)$/;
function importRenderer(from) {
  const ours = createRequire(from !== void 0 ? path2.join(from, "acctmap.js") : import.meta.url);
  const viaCli = (() => {
    try {
      return createRequire(ours.resolve("@mermaid-js/mermaid-cli"));
    } catch {
      return void 0;
    }
  })();
  const places = viaCli ? [ours, viaCli] : [ours];
  const find = (names) => {
    for (const name of names) {
      for (const place of places) {
        try {
          return place.resolve(name);
        } catch {
        }
      }
    }
    return void 0;
  };
  const puppeteerMain = find(["puppeteer-core", "puppeteer"]);
  const mermaidPackage = find(["mermaid/package.json"]);
  const missing = [
    ...puppeteerMain ? [] : ["puppeteer-core"],
    ...mermaidPackage ? [] : ["mermaid"]
  ];
  if (missing.length > 0) {
    const two = missing.length > 1;
    throw new UsageError(`rendering svg, png or pdf needs ${missing.join(" and ")}, which ${two ? "are" : "is"} not installed. Install ${two ? "them" : "it"} next to acctmap with \`npm install ${missing.map((m) => INSTALL[m]).join(" ")}\` (no browser is downloaded: acctmap uses the Chromium you have), or write Mermaid text with --format mmd or --format md`);
  }
  const required = ours(puppeteerMain);
  const puppeteer = required.default ?? required;
  const version = String(JSON.parse(readFileSync(mermaidPackage, "utf8")).version);
  checkMermaidVersion(version);
  const mermaidDist = path2.join(path2.dirname(mermaidPackage), "dist");
  if (!existsSync(path2.join(mermaidDist, "mermaid.esm.min.mjs"))) {
    throw new UsageError(`the mermaid package at ${path2.dirname(mermaidPackage)} has no browser build (dist/mermaid.esm.min.mjs); reinstall it with \`npm install mermaid@11\``);
  }
  return { puppeteer, mermaidDist };
}
function checkMermaidVersion(version) {
  if (!atLeast(version, MERMAID_FLOOR)) {
    throw new UsageError(`mermaid ${version} is installed, but acctmap renders only with mermaid ${MERMAID_FLOOR} or later (older versions have known cross-site scripting flaws); update it with \`npm install mermaid@11\``);
  }
}
function atLeast(version, floor) {
  const a = version.split(/[.+-]/).map(Number);
  const b = floor.split(".").map(Number);
  for (let i = 0; i < 3; i++) {
    if (!Number.isFinite(a[i]))
      return false;
    if (a[i] !== b[i])
      return (a[i] ?? 0) > (b[i] ?? 0);
  }
  return true;
}
function bundleReader(mermaidDist) {
  const cache = /* @__PURE__ */ new Map();
  return (file) => {
    if (!BUNDLE_FILE.test(file))
      return Promise.resolve(void 0);
    let data = cache.get(file);
    if (!data) {
      data = readFile(path2.join(mermaidDist, ...file.slice(1).split("/"))).catch(() => void 0);
      cache.set(file, data);
    }
    return data;
  };
}
async function openRenderer(options = {}) {
  const { puppeteer, mermaidDist } = importRenderer(options.resolveFrom);
  const chromium = findChromium({
    ...options.chromium !== void 0 ? { explicit: options.chromium } : {},
    env: options.env ?? process.env,
    puppeteerDefault: () => puppeteer.executablePath()
  });
  const timeout = options.timeout ?? DEFAULT_TIMEOUT_MS;
  const size = Math.max(1, Math.floor(options.concurrency ?? defaultPages()));
  const scale = options.scale ?? 2;
  const bundle = bundleReader(mermaidDist);
  let browser;
  let closed = false;
  let failure;
  let failGone = () => void 0;
  const gone = new Promise((_, reject) => {
    failGone = reject;
  });
  gone.catch(() => void 0);
  const idle = [];
  const waiting = [];
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
    fail(new Error("the renderer is closed"));
    const b = browser ?? await startedWithin(launching, LAUNCH_WAIT_ON_CLOSE_MS);
    browser = void 0;
    if (!b) {
      stopLaunch.abort();
      await launching?.catch(() => void 0);
      return;
    }
    const child = b.process();
    const running = () => child && child.exitCode === null && child.signalCode === null;
    const gone2 = (ms) => Promise.race([
      new Promise((resolve) => child.once("exit", resolve)),
      new Promise((resolve) => setTimeout(resolve, ms).unref())
    ]);
    if (running() && process.platform !== "win32") {
      const exited = gone2(5e3);
      try {
        process.kill(-child.pid, "SIGKILL");
      } catch {
        child.kill("SIGKILL");
      }
      await exited;
    }
    try {
      await Promise.race([b.close(), new Promise((resolve) => setTimeout(resolve, 5e3).unref())]);
    } catch {
    } finally {
      if (running()) {
        const exited = gone2(5e3);
        child.kill("SIGKILL");
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
      protocolTimeout: timeout + 1e4,
      // Our own handlers close the browser; puppeteer's would race them on Ctrl-C.
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
      env: { ...options.env ?? process.env },
      signal: stopLaunch.signal
    });
    launching.catch(() => void 0);
    const started = await launching;
    if (closed)
      throw new Error("the renderer is closed");
    browser = started;
  } catch (error) {
    if (closed)
      throw error;
    await close();
    const first = (error instanceof Error ? error.message : String(error)).split("\n")[0];
    throw new UsageError(`could not start the browser at ${chromium.path} (found through ${chromium.source}): ${first}. Pass another with --chromium PATH or PUPPETEER_EXECUTABLE_PATH, or write Mermaid text with --format mmd`);
  }
  browser.on("disconnected", () => {
    if (!closed)
      fail(new Error("the browser quit (it crashed or was killed)"));
  });
  const guard = (step, what, extra) => {
    let timer;
    const late = new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what} timed out after ${Math.round(timeout / 100) / 10} s`)), timeout);
      timer.unref();
    });
    step.catch(() => void 0);
    return Promise.race([step, late, gone, ...extra ? [extra] : []]).finally(() => clearTimeout(timer));
  };
  const newSlot = async () => {
    const page = await browser.newPage({ type: "window" });
    const crashed = new Promise((_, reject) => page.once("error", reject));
    crashed.catch(() => void 0);
    const errors = [];
    page.on("pageerror", (e) => errors.push(e instanceof Error ? e.message : String(e)));
    await page.setRequestInterception(true);
    page.on("request", (request) => {
      void serve(request, async (url) => {
        if (url.origin !== ORIGIN)
          return void 0;
        if (url.pathname === "/" && request.isNavigationRequest())
          return { type: "text/html; charset=utf-8", body: PAGE_HTML };
        if (url.pathname === "/start.mjs")
          return { type: "text/javascript", body: START_MJS };
        const body = await bundle(url.pathname);
        return body && { type: "text/javascript", body };
      });
    });
    await guard(page.goto(`${ORIGIN}/`, { waitUntil: "load", timeout: 0 }), "loading mermaid", crashed);
    const ready = await page.evaluate(() => typeof globalThis.acctmapDraw);
    if (ready !== "function") {
      throw new Error(`mermaid did not load in the browser${errors.length > 0 ? `: ${errors[0]}` : ""}`);
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
    guard(newSlot(), "loading mermaid").then((slot) => {
      loading--;
      if (closed)
        return;
      idle.push(slot);
      dispatch();
    }, (error) => {
      open--;
      loading--;
      const message = error instanceof Error ? error.message : String(error);
      fail(message.startsWith("mermaid did not load") ? new UsageError(`${message} (from ${mermaidDist}, with the browser at ${chromium.path}); reinstall it with \`npm install mermaid@11\`, or write Mermaid text with --format mmd`) : error instanceof Error ? error : new Error(message));
    });
  };
  const acquire = () => {
    if (failure)
      return Promise.reject(failure);
    return new Promise((resolve, reject) => {
      waiting.push({ resolve, reject });
      dispatch();
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
    void slot.page.close().catch(() => void 0);
    if (waiting.length > loading && !failure)
      grow();
  };
  const onPage = async (what, task) => {
    if (closed)
      throw new Error("the renderer is closed");
    let slot;
    try {
      slot = await acquire();
    } catch (error) {
      throw closed ? error : browserFailure(error, chromium, what);
    }
    let broken = false;
    try {
      return await guard(task(slot.page), what, slot.crashed);
    } catch (error) {
      const failure2 = browserFailure(error, chromium, what);
      broken = failure2 !== error;
      throw failure2;
    } finally {
      release(slot, broken);
    }
  };
  grow();
  const render = (mermaid, format) => onPage(`rendering a ${format}`, async (page) => {
    const svg = await drawSvg(page, "my-svg", mermaid);
    if (format === "svg")
      return new TextEncoder().encode(svg);
    if (format === "png")
      return await screenshot(page, scale);
    return await diagramPdf(page);
  });
  const renderSvgs = (diagrams, opts = {}) => {
    const prefix = opts.idPrefix ?? "acctmap-svg-";
    return Promise.all(diagrams.map((d, i) => onPage("rendering a svg", (page) => drawSvg(page, `${prefix}${i + 1}`, d))));
  };
  const printPdf = async (html, opts = {}) => {
    if (closed)
      throw new Error("the renderer is closed");
    if (failure)
      throw browserFailure(failure, chromium, "printing a pdf");
    let page;
    try {
      page = await guard(browser.newPage({ type: "window" }), "printing a pdf");
      return await guard(printOn(page, html, opts), "printing a pdf");
    } catch (error) {
      throw browserFailure(error, chromium, "printing a pdf");
    } finally {
      void page?.close().catch(() => void 0);
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
    close
  };
}
async function serve(request, lookup, onBlocked) {
  try {
    const raw = request.url();
    if (raw.startsWith("data:"))
      return await request.continue();
    const found = await lookup(new URL(raw)).catch(() => void 0);
    if (!found) {
      onBlocked?.(raw);
      return await request.abort("blockedbyclient");
    }
    await request.respond({
      status: 200,
      contentType: found.type,
      headers: { "Cache-Control": "no-store" },
      body: found.body
    });
  } catch {
  }
}
async function drawSvg(page, id, definition) {
  return await page.evaluate((id2, definition2) => globalThis.acctmapDraw(id2, definition2), id, definition);
}
async function svgBox(page) {
  return await page.evaluate(() => globalThis.acctmapBox());
}
async function screenshot(page, scale) {
  const box = await svgBox(page);
  const clip = {
    x: Math.floor(box.x),
    y: Math.floor(box.y),
    width: Math.ceil(box.width),
    height: Math.ceil(box.height)
  };
  await page.setViewport({
    width: Math.max(VIEWPORT.width, clip.x + clip.width),
    height: Math.max(VIEWPORT.height, clip.y + clip.height),
    deviceScaleFactor: scale
  });
  try {
    return await page.screenshot({ type: "png", clip, captureBeyondViewport: false });
  } finally {
    await page.setViewport(VIEWPORT);
  }
}
async function diagramPdf(page) {
  const box = await svgBox(page);
  return await page.pdf({
    width: `${Math.ceil(box.width) + Math.ceil(box.x) * 2}px`,
    height: `${Math.ceil(box.height) + Math.ceil(box.y) * 2}px`,
    pageRanges: "1-1",
    printBackground: true
  });
}
async function printOn(page, html, opts) {
  await page.setJavaScriptEnabled(false);
  await page.setRequestInterception(true);
  let served = false;
  page.on("request", (request) => {
    void serve(request, async (url) => {
      if (served || !request.isNavigationRequest() || url.href !== `${ORIGIN}/print.html`)
        return void 0;
      served = true;
      return { type: "text/html; charset=utf-8", body: html };
    }, opts.onBlockedRequest);
  });
  await page.goto(`${ORIGIN}/print.html`, { waitUntil: "load", timeout: 0 });
  const footer = opts.footerPageNumbers === true;
  const margin = {
    top: opts.margin?.top ?? "16mm",
    right: opts.margin?.right ?? "16mm",
    bottom: opts.margin?.bottom ?? (footer ? "20mm" : "16mm"),
    left: opts.margin?.left ?? "16mm"
  };
  return await page.pdf({
    format: opts.pageSize ?? "A4",
    printBackground: true,
    margin,
    displayHeaderFooter: footer,
    headerTemplate: "<span></span>",
    footerTemplate: footer ? footerTemplate(opts.footerText, margin) : "<span></span>"
  });
}
function footerTemplate(text, margin) {
  const escaped = (text ?? "").replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);
  return `<div style="width: 100%; box-sizing: border-box; padding: 0 ${margin.right} 0 ${margin.left}; font: 8pt Helvetica, Arial, 'Liberation Sans', 'DejaVu Sans', sans-serif; color: #555; display: flex; justify-content: space-between;"><span>${escaped}</span><span>Page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>`;
}
function browserFailure(error, chromium, what) {
  if (error instanceof UsageError)
    return error;
  const message = error instanceof Error ? error.message : String(error);
  if (!/timed out|target closed|session closed|connection closed|protocol error|disconnected|crashed|browser quit|detached|context was destroyed/i.test(message))
    return error;
  const doing = /^(rendering|printing|loading) /.test(what) ? what : `rendering a ${what}`;
  return new UsageError(`the browser at ${chromium.path} stopped answering while ${doing} (${message.split("\n")[0]}); run again, pass another browser with --chromium PATH, or write Mermaid text with --format mmd`);
}
function defaultPages() {
  const { cores, free } = freeCores();
  return Math.max(1, Math.min(4, cores, Math.round(free) + 1));
}
export {
  MERMAID_FLOOR,
  browserFailure,
  checkMermaidVersion,
  openRenderer
};
