/**
 * `npm run bench` keeps working: a --quick run of scripts/bench.mjs prints every comparison with
 * its ratio and target, and its own checks hold (every finding placed, ajv-cli accepting the
 * maps, the diagrams written). It is a smoke test, not a timed test: the figures themselves are
 * not judged here (see docs/performance.md). The browser part is skipped when no Chromium is
 * found, except in CI (`CI=true`), where it must run.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, tempDir } from './helpers/cli.js';

const inCi = process.env.CI === 'true';
const chromium = [process.env.PUPPETEER_EXECUTABLE_PATH, '/usr/bin/chromium']
  .filter((p): p is string => Boolean(p))
  .find((p) => existsSync(p));

describe('npm run bench --quick', () => {
  it('prints every comparison with its ratio and target', () => {
    const args = [path.join(ROOT, 'scripts', 'bench.mjs'), '--quick', '--json', '--dir', tempDir()];
    if (chromium) args.push('--chromium', chromium);
    else if (!inCi) args.push('--no-diagrams');
    const r = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', timeout: 240_000 });
    expect(r.stderr).not.toMatch(/FAILED|Error:/);
    expect(r.status).toBe(0);
    const out = r.stdout;

    expect(out).toMatch(/^validate 60 maps/m);
    expect(out).toMatch(/^ {2}acctmap validate +\d/m);
    expect(out).toMatch(/^ {2}ajv-cli validate +\d/m);
    expect(out).toMatch(/findings with line and column: (\d+) of \1 /);
    expect(out).toMatch(/^validate 600 maps/m);
    expect(out).toMatch(/scaling [\d.]+× the 60-map time for 10× the maps/);
    expect(out).toMatch(/peak memory \d+ MB {3}target < 500 MB/);
    expect(out).toMatch(
      /^validate --cache 60 maps\n {2}first run \(empty cache\) +[\d.]+ m?s\n {2}second run/m,
    );
    expect(out).toMatch(/^ {2}git diff --stat HEAD~1 HEAD +\d/m);
    expect(out).toMatch(/^start-up\n {2}acctmap --version +\d+ ms\n {2}node -e 0 +\d+ ms/m);
    for (const line of [
      /validate 60: acctmap \/ ajv-cli +\d+\.\d\d {3}≤ 1\.00/,
      /validate 600: acctmap \/ ajv-cli +\d+\.\d\d {3}≤ 1\.00/,
      /scale 600 \/ 60: acctmap +\d+\.\d\d {3}≤ 11\.0/,
      /cache 60: 2nd run \/ 1st run +\d+\.\d\d {3}≤ 0\.20/,
      /start-up: --version \/ node -e 0 +\d+\.\d\d {3}≤ 2\.00/,
      /history 20: diff \/ validate +\d+\.\d\d {3}≤ 1\.50/,
    ]) {
      expect(out).toMatch(line);
    }
    if (chromium || inCi) {
      expect(out).toMatch(/^2 diagrams to SVG\n {2}acctmap diagram \(one call\) +[\d.]+ s/m);
      expect(out).toMatch(/2 SVGs: acctmap \/ 2 × mmdc +\d+\.\d\d {3}≤ 0\.15/);
    } else {
      expect(out).toMatch(/2 diagrams to SVG: skipped/);
    }

    const json = JSON.parse(out.trim().split('\n').at(-1)!) as {
      results: {
        validate: { findings: number; placed: number };
        scale: { peakMB: number };
        cache: { first: number; second: number };
      };
      failures: string[];
    };
    expect(json.failures).toEqual([]);
    expect(json.results.validate.findings).toBeGreaterThan(0);
    expect(json.results.validate.placed).toBe(json.results.validate.findings);
    expect(json.results.scale.peakMB).toBeGreaterThan(0);
    expect(json.results.cache.second).toBeGreaterThan(0);
  }, 280_000);
});
