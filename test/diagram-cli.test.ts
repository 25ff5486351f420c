/**
 * `acctmap diagram` end to end through the built CLI: output kinds, folders, split diagrams,
 * the messages and exit codes of user mistakes, and (with a Chromium) rendering, one browser
 * per run, and no browser left behind after Ctrl-C.
 */
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateMap } from '../scripts/generate-maps.mjs';
import { findChromium } from '../src/cli/render/chromium.js';
import { VIEWS } from '../src/diagram/index.js';
import { acctmap, BIN, ROOT, tempDir } from './helpers/cli.js';
import { lintMarkdown, parseMarkdown } from './helpers/markdown.js';
import { parseMermaid } from './helpers/mermaid.js';

const HAVBRIS = 'examples/havbris-energi.acctmap.yaml';
const KYSTLAKS = 'examples/kystlaks.acctmap.yaml';

function chromiumPath(): string | undefined {
  try {
    return findChromium().path;
  } catch {
    return undefined;
  }
}
const chromium = chromiumPath();
const withBrowser = chromium || process.env.CI === 'true' ? describe : describe.skip;

/** Split `%% acctmap: diagram N of M` output back into its diagrams. */
function diagramsOf(stdout: string): string[] {
  return stdout.split(/^%% acctmap: diagram \d+ of \d+\n/m).filter((d) => d.trim() !== '');
}

describe('acctmap diagram, as text', () => {
  it('offers exactly the diagram module views on the command line', () => {
    const r = acctmap(['diagram', HAVBRIS, '--view', 'orgchart']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`Allowed choices are ${VIEWS.join(', ')}.`);
  });

  it('prints valid Mermaid for each view', async () => {
    for (const view of VIEWS) {
      const r = acctmap(['diagram', HAVBRIS, '--view', view]);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/^flowchart (TB|LR)\n/);
      await parseMermaid(r.stdout);
    }
  });

  it('writes markdown with a heading and a mermaid block that GitHub would render', async () => {
    const dir = tempDir();
    const out = path.join(dir, 'havbris.md');
    const r = acctmap(['diagram', HAVBRIS, '--view', 'influence', '-o', out]);
    expect(r.code).toBe(0);
    const text = readFileSync(out, 'utf8');
    const doc = parseMarkdown(text);
    expect(doc.headings[0]).toEqual({ depth: 1, text: 'Havbris Energi ASA: influence map' });
    expect(doc.mermaid).toHaveLength(1);
    await parseMermaid(doc.mermaid[0]!);
    expect(lintMarkdown(text)).toEqual([]);
  });

  it('writes one file per account into a folder, named after the account (and the view)', () => {
    const dir = tempDir();
    const r = acctmap(['diagram', HAVBRIS, KYSTLAKS, '-o', `${dir}/org/`]);
    expect(r.code).toBe(0);
    expect(readdirSync(path.join(dir, 'org')).sort()).toEqual([
      'havbris-energi.mmd',
      'kystlaks.mmd',
    ]);
    const u = acctmap([
      'diagram',
      HAVBRIS,
      KYSTLAKS,
      '-o',
      `${dir}/units/`,
      '--view',
      'units',
      '--format',
      'md',
    ]);
    expect(u.code).toBe(0);
    expect(readdirSync(path.join(dir, 'units')).sort()).toEqual([
      'havbris-energi.units.md',
      'kystlaks.units.md',
    ]);
  });

  it('applies --focus, --depth and --unit', () => {
    const focus = acctmap(['diagram', HAVBRIS, '--focus', 'ingrid-saether', '--depth', '0']);
    expect(focus.code).toBe(0);
    // Ingrid, and the CEO above her; nobody below.
    expect(focus.stdout.match(/^\s*p\d+\(/gm)).toHaveLength(2);
    expect(focus.stdout).toContain('Ingrid Sæther');
    expect(focus.stdout).toContain('Tor Arne Solberg');
    expect(focus.stderr).toMatch(
      /people more than 0 reporting levels below Ingrid Sæther not shown; raise --depth/,
    );
  });

  it('splits a 1,500-person org, says so on stderr, and prints each part as valid Mermaid', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'big.acctmap.yaml');
    writeFileSync(file, generateMap({ people: 1500, seed: 5 }));
    const r = acctmap(['diagram', file]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(
      /^acctmap: gen-5-1500: org view of .* is too big for one Mermaid diagram .* split into (\d+) diagrams by unit and reporting depth\. To draw one part, use --unit/m,
    );
    const parts = diagramsOf(r.stdout);
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) await parseMermaid(part);

    const out = path.join(dir, 'org.mmd');
    const w = acctmap(['diagram', file, '-o', out]);
    expect(w.code).toBe(0);
    // Each file holds one part as printed (stdout separates parts with a blank line).
    expect(readFileSync(out, 'utf8').trimEnd()).toBe(parts[0]!.trimEnd());
    // Files whose names acctmap chose carry a first line that lets a later run replace them.
    const last = readFileSync(path.join(dir, `org-${parts.length}.mmd`), 'utf8');
    expect(last.trimEnd()).toBe(
      `%% Written by acctmap; running it again replaces this file.\n${parts[parts.length - 1]!.trimEnd()}`,
    );
    await parseMermaid(last);
    expect(w.stderr).toContain(`wrote ${parts.length} files`);
    // Right under the note, each part: its file, what it shows, and how to draw it alone.
    const lines = w.stderr.split('\n');
    const note = lines.findIndex((l) => l.includes('too big for one Mermaid diagram'));
    expect(lines[note + 1]).toMatch(/^acctmap: {3}1\. .*org\.mmd: /);
    expect(lines[note + 2]).toMatch(/^acctmap: {3}2\. .*org-2\.mmd: .+ \(alone: --unit [a-z0-9-]+/);
    expect(lines.filter((l) => /^acctmap: {3}\d+\. /.test(l))).toHaveLength(parts.length);
  }, 120_000);

  it('never lets a name from the map send control codes to the terminal', () => {
    const dir = tempDir();
    const file = path.join(dir, 'evil.acctmap.yaml');
    writeFileSync(
      file,
      'acctmap: 1\naccount: {id: evil, name: "Evil\\e[2J Corp"}\npeople:\n' +
        '  - {id: kari, name: "Kari\\e]0;pwned\\a Nordmann\\u009b31m"}\n' +
        '  - {id: ola, name: Ola, reports_to: kari}\n',
    );
    const r = acctmap(['diagram', file, '--focus', 'kari', '--depth', '0']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/below Kari ]0;pwned Nordmann 31m not shown/);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: looking for control characters
    expect(r.stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
  });

  it('says what is wrong, and exits 2, for mistakes in the command', () => {
    const cases: [string[], RegExp][] = [
      [
        ['--focus', 'ingrid'],
        /--focus: account `havbris-energi` has no person `ingrid`; did you mean `ingrid-saether`\?/,
      ],
      [
        ['--focus', 'kari-nygaard'],
        /--focus: `kari-nygaard` is a member of our team; the org view starts from a person of the account/,
      ],
      [
        ['--unit', 'group-itt'],
        /--unit: account `havbris-energi` has no unit `group-itt`; did you mean `group-it`\?/,
      ],
      [['--depth', 'two'], /--depth takes a whole number of 0 or more/],
      [
        ['-o', 'out.txt'],
        /cannot tell what to write from -o out.txt: end it in \.mmd, \.md, \.svg, \.png or \.pdf/,
      ],
      [['-o', 'out.svg', '--format', 'png'], /-o out.svg ends in \.svg, but --format is png/],
      [['--format', 'png'], /png is binary: give -o FILE\.png/],
      [['--account', 'havbris'], /--account: no account `havbris`/],
      [['-o', 'x.png', '--scale', '9'], /--scale takes a number from 1 to 4/],
      [['-o', 'x.svg', '--scale', '1'], /--scale sets the pixel density of png images/],
      [
        ['--view', 'orgchart'],
        /argument 'orgchart' is invalid\. Allowed choices are org, influence, units/,
      ],
    ];
    for (const [args, message] of cases) {
      const r = acctmap(['diagram', HAVBRIS, ...args]);
      expect(r.stderr, args.join(' ')).toMatch(message);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
    }
    const several = acctmap(['diagram', HAVBRIS, KYSTLAKS, '-o', 'x.svg']);
    expect(several.code).toBe(2);
    expect(several.stderr).toMatch(
      /2 accounts to draw, and svg holds one diagram per file: end -o with \//,
    );
  });

  it('skips a map with errors (exit 1), and has nothing to draw when every map has errors (exit 2)', () => {
    const dir = tempDir();
    const broken = path.join(dir, 'broken.acctmap.yaml');
    writeFileSync(
      broken,
      'acctmap: 1\naccount: {id: broken, name: Broken}\npeople:\n  - {id: a, name: A, reports_to: nobody}\n',
    );
    const some = acctmap(['diagram', HAVBRIS, broken, '-o', `${dir}/out/`]);
    expect(some.code).toBe(1);
    expect(some.stderr).toMatch(/skipping maps in .*broken\.acctmap\.yaml with errors/);
    expect(readdirSync(path.join(dir, 'out'))).toEqual(['havbris-energi.mmd']);
    const none = acctmap(['diagram', broken]);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/nothing to draw: no map without errors/);
  });
});

withBrowser('acctmap diagram, rendered', () => {
  it('renders with one browser per run, found through PUPPETEER_EXECUTABLE_PATH or --chromium, with progress only on a terminal', {
    timeout: 250_000,
    retry: 1,
  }, () => {
    const dir = tempDir();
    const launches = path.join(dir, 'launches.txt');
    const wrapper = browserWrapper(dir, launches);
    // Two accounts to SVG, the browser from the environment, stderr not a terminal.
    const svg = acctmap(['diagram', HAVBRIS, KYSTLAKS, '-o', `${dir}/svg/`, '--format', 'svg'], {
      env: { PUPPETEER_EXECUTABLE_PATH: wrapper },
    });
    expect(svg.code).toBe(0);
    expect(svg.stderr).toBe(
      `acctmap: wrote 2 files: ${dir}/svg/havbris-energi.svg, ${dir}/svg/kystlaks.svg\n`,
    );
    expect(readFileSync(path.join(dir, 'svg', 'havbris-energi.svg'), 'utf8')).toMatch(
      /^<!-- Written by acctmap; running it again replaces this file\. -->\n<svg[^>]*>.*Tor Arne Solberg/s,
    );

    // Every example to PNG with --chromium, on a terminal (`script` gives the run a tty).
    const args = ['diagram', 'examples', '-o', `${dir}/png/`, '--format', 'png', '--scale', '1'];
    const png = onTerminal([...args, '--chromium', wrapper]);
    expect(png.code).toBe(0);
    const files = readdirSync(path.join(dir, 'png'));
    expect(files.length).toBeGreaterThanOrEqual(4);
    for (const f of files)
      expect(
        readFileSync(path.join(dir, 'png', f))
          .subarray(1, 4)
          .toString(),
      ).toBe('PNG');
    expect(png.output).toContain(`\racctmap: rendered ${files.length}/${files.length}`);
    // --scale 1: one pixel per point (the default 2 would make this chart over 4,000 wide).
    const width = readFileSync(path.join(dir, 'png', 'havbris-energi.png')).readUInt32BE(16);
    expect(width).toBeGreaterThan(1500);
    expect(width).toBeLessThan(3000);

    // One browser start per run, not per diagram; no sandbox only as root (where it cannot start).
    const runs = readFileSync(launches, 'utf8').trim().split('\n');
    expect(runs).toHaveLength(2);
    const root = process.getuid?.() === 0;
    for (const run of runs) expect(run.includes('--no-sandbox')).toBe(root);
    // One retry: once in three fresh-clone CI runs, a child here stalled for its whole timeout
    // (not reproduced in dozens of runs by hand, alone or under load; see the closing note).
    // A retry starts from a new temporary folder, so the assertions are the same.
  });

  it('exits 2 naming the options when the browser is not there', () => {
    const r = acctmap([
      'diagram',
      HAVBRIS,
      '-o',
      path.join(tempDir(), 'x.svg'),
      '--chromium',
      '/nonexistent/chrome',
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--chromium \/nonexistent\/chrome: no executable browser there/);
    const env = acctmap(['diagram', HAVBRIS, '-o', path.join(tempDir(), 'x.png')], {
      env: { PUPPETEER_EXECUTABLE_PATH: '/nonexistent/chrome' },
    });
    expect(env.code).toBe(2);
    expect(env.stderr).toMatch(
      /PUPPETEER_EXECUTABLE_PATH is \/nonexistent\/chrome, but there is no executable browser there; fix or unset it, or pass --chromium PATH/,
    );
  });

  it('closes the browser and leaves no half-written file on Ctrl-C', async () => {
    await interruptRendering({ browserStartsIn: 0, interruptAfterMs: 1500 });
  }, 120_000);

  it('kills and waits for a browser that is still starting on Ctrl-C', async () => {
    // The browser takes a second to start, and Ctrl-C comes while it does (as on a loaded CI
    // machine): it must still be gone when acctmap ends, not left for someone else to reap.
    await interruptRendering({ browserStartsIn: 1, interruptAfterMs: 200 });
  }, 120_000);
});

/**
 * Renders a 1,500-person map to PNG through a browser that starts `browserStartsIn` seconds
 * late, sends SIGINT `interruptAfterMs` after the browser was asked to start, and checks that
 * acctmap ended with 130, with no browser process and no temporary file left.
 */
async function interruptRendering(how: {
  browserStartsIn: number;
  interruptAfterMs: number;
}): Promise<void> {
  const dir = tempDir();
  const launches = path.join(dir, 'launches.txt');
  const wrapper = browserWrapper(dir, launches, how.browserStartsIn);
  const file = path.join(dir, 'big.acctmap.yaml');
  writeFileSync(file, generateMap({ people: 1500, seed: 9 }));
  const child = spawn(
    process.execPath,
    [BIN, 'diagram', file, '-o', `${dir}/out/`, '--format', 'png', '--chromium', wrapper],
    {
      cwd: ROOT,
      env: { ...process.env, NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => {
    stderr += d.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  // Wait for the browser to be asked to start, then the moment the case asks for.
  for (let i = 0; i < 200 && !existsSync(launches); i++)
    await new Promise((r) => setTimeout(r, 100));
  expect(existsSync(launches)).toBe(true);
  await new Promise((r) => setTimeout(r, how.interruptAfterMs));
  child.kill('SIGINT');
  expect(await exited).toBe(130);
  expect(stderr).toContain('interrupted (SIGINT)');
  // No grace period: acctmap waits for the browser it killed, so it is gone (not a zombie)
  // by the time acctmap has ended.
  const [pid, profile] = readFileSync(launches, 'utf8').trim().split(' ');
  expect(alive(Number(pid)), 'the browser process is gone').toBe(false);
  expect(processesWith(profile!), 'no browser helper process is left').toEqual([]);
  const left = existsSync(path.join(dir, 'out')) ? readdirSync(path.join(dir, 'out')) : [];
  expect(left.filter((f) => f.endsWith('.tmp'))).toEqual([]);
}

/**
 * A --chromium that records its pid, profile folder and arguments, then (after `startsIn`
 * seconds) becomes the real browser.
 */
function browserWrapper(dir: string, launches: string, startsIn = 0): string {
  const wrapper = path.join(dir, 'chromium-wrapper');
  writeFileSync(
    wrapper,
    `#!/bin/sh
profile=$(printf '%s\\n' "$@" | sed -n 's/^--user-data-dir=//p')
echo "$$ $profile $*" >> '${launches}'
${startsIn > 0 ? `sleep ${startsIn}` : ''}
exec '${chromium ?? '/usr/bin/chromium'}' "$@"
`,
  );
  chmodSync(wrapper, 0o755);
  return wrapper;
}

/**
 * The CLI with stdout and stderr on a terminal, through util-linux `script` (as in CI's Debian);
 * `output` is everything the terminal showed.
 */
function onTerminal(args: readonly string[]): { code: number | null; output: string } {
  const command = [process.execPath, BIN, ...args].map((a) => `'${a.replace(/'/g, "'\\''")}'`);
  const r = spawnSync('script', ['-qec', command.join(' '), '/dev/null'], {
    cwd: ROOT,
    env: { ...process.env, NO_COLOR: '1' },
    input: '',
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { code: r.status, output: r.stdout };
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Pids of processes whose command line holds `text` (Linux /proc). */
function processesWith(text: string): number[] {
  if (!text || !existsSync('/proc')) return [];
  const out: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes(text)) out.push(Number(entry));
    } catch {
      // the process ended while we looked
    }
  }
  return out;
}
