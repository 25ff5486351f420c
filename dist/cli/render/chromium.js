/**
 * Finding a Chromium to render with, and how to start it on a locked-down machine.
 *
 * Installing acctmap never downloads a browser; rendering uses one the user already has. Order:
 * `--chromium PATH`, then `PUPPETEER_EXECUTABLE_PATH`, then the usual system names on PATH and
 * install locations, then a browser puppeteer itself downloaded (if the user let it).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { UsageError } from '../errors.js';
/** Names on PATH, in the order the README promises. */
const CHROMIUM_NAMES = [
    'chromium',
    'chromium-browser',
    'google-chrome',
    'google-chrome-stable',
];
/** Install locations that are often not on PATH (macOS apps, Windows, snap). */
const KNOWN_LOCATIONS = [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/snap/bin/chromium',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
    'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
];
function isExecutableFile(file) {
    try {
        const stat = fs.statSync(file);
        if (!stat.isFile())
            return false;
        if (process.platform !== 'win32')
            fs.accessSync(file, fs.constants.X_OK);
        return true;
    }
    catch {
        return false;
    }
}
function onPath(name, env) {
    const dirs = (env.PATH ?? env.Path ?? '').split(path.delimiter).filter(Boolean);
    const exts = process.platform === 'win32' ? ['.exe', '.cmd', ''] : [''];
    for (const dir of dirs) {
        for (const ext of exts) {
            const candidate = path.join(dir, name + ext);
            if (isExecutableFile(candidate))
                return candidate;
        }
    }
    return undefined;
}
/** Where to find Chromium, or throw a UsageError (exit 2) that names every way to give one. */
export function findChromium(search = {}) {
    const env = search.env ?? process.env;
    if (search.explicit !== undefined) {
        if (isExecutableFile(search.explicit))
            return { path: search.explicit, source: '--chromium' };
        throw new UsageError(`--chromium ${search.explicit}: no executable browser there; give the path of a Chromium or Chrome binary (for example /usr/bin/chromium)`);
    }
    const fromEnv = env.PUPPETEER_EXECUTABLE_PATH;
    if (fromEnv) {
        if (isExecutableFile(fromEnv))
            return { path: fromEnv, source: 'PUPPETEER_EXECUTABLE_PATH' };
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
        return { path: downloaded, source: 'puppeteer' };
    throw new UsageError(noBrowserMessage());
}
export function noBrowserMessage() {
    return [
        'rendering svg, png or pdf needs Chromium or Chrome, and none was found.',
        `  acctmap looked for --chromium PATH, then PUPPETEER_EXECUTABLE_PATH, then ${CHROMIUM_NAMES.join(', ')} on PATH and in the usual install folders.`,
        '  Install one (Debian/Ubuntu: `apt-get install chromium`; macOS: `brew install --cask chromium`),',
        '  or pass --chromium /path/to/chrome, or set PUPPETEER_EXECUTABLE_PATH;',
        '  or write Mermaid text instead with --format mmd or --format md.',
    ].join('\n');
}
function safely(fn) {
    try {
        return fn?.();
    }
    catch {
        return undefined;
    }
}
/**
 * Chromium's command line. As root the sandbox cannot start, so it is turned off there (only
 * there). The networking switches stop Chromium's background calls home, which on a closed
 * network are refused many at a time and slow every start.
 *
 * Headless Chromium (the "new" headless mode, the only one the Chromium binary still has) builds
 * each window's toolbar, and with it the address bar's drop-down, a web page of its own
 * (chrome://omnibox-popup.top-chrome) in a renderer process of its own: about 2 s of CPU for
 * every browser start, on the same cores that draw the diagrams, for a drop-down nobody sees.
 * The WebUIOmnibox* features turn it off (puppeteer merges them into its own --disable-features).
 */
export function chromiumArgs(isRoot) {
    const args = [
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--no-default-browser-check',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-extensions',
        '--disable-dev-shm-usage',
        '--font-render-hinting=none',
        '--disable-features=WebUIOmniboxPopup,WebUIOmniboxFullPopup,WebUIOmniboxAimPopup',
    ];
    if (isRoot)
        args.push('--no-sandbox', '--disable-setuid-sandbox');
    return args;
}
export function runningAsRoot() {
    return process.getuid?.() === 0;
}
