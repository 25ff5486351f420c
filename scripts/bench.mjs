#!/usr/bin/env node
/**
 * `npm run bench`: acctmap side by side with the tools people would otherwise use, whole
 * processes from the command line, wall time, the two commands of each pair alternating run by
 * run so that the noise of a shared machine hits both.
 *
 *   validate   acctmap validate on N maps (default 1,000 × 40 people)  vs  ajv-cli + the schema
 *   scale      the same on 10 × N maps: scaling against 10×, and peak memory
 *   cache      acctmap validate --cache on N maps: a second run over unchanged maps vs the first
 *   start-up   acctmap --version  vs  node -e 0
 *   diagrams   12 maps to SVG in one acctmap diagram call  vs  12 mmdc calls
 *   history    acctmap diff over H maps (default 200) between two commits  vs  git diff --stat
 *              on the same commits, and acctmap validate on the same maps (the target: a diff
 *              in about the time validate takes)
 *   paths      acctmap paths --to economic-buyer on one 1,500-person org (the search in-process,
 *              and the whole command)
 *
 * Options: --quick (small sizes, one run; for a smoke test), --maps N, --scale N, --people N,
 * --runs N, --startup-runs N, --diagrams N, --history N, --no-scale, --no-diagrams,
 * --no-history, --chromium PATH,
 * --dir DIR (default .bench/), --json (also print the results as one JSON line).
 *
 * The maps come from scripts/bench-maps.mjs (written the way people write maps; about a third
 * carry red flags) and are kept in .bench/ between runs. Their dates are quoted: js-yaml, which
 * ajv-cli uses, reads an unquoted 2026-11-23 as a timestamp (YAML 1.1) that the schema rejects
 * as "must be string", and ajv-cli would then stop at the first error of every file instead of
 * doing its whole job. acctmap reads both spellings the same.
 *
 * Exit 0 when every measurement ran (whether or not each target is met), 1 when a check failed
 * (a command failed, ajv-cli rejected the maps, a finding without line and column), 2 for a
 * bad flag or a missing build.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import { availableParallelism, cpus, loadavg } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generateMap } from './bench-maps.mjs';
import { generateMap as generateOrgMap } from './generate-maps.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ACCTMAP = path.join(ROOT, 'bin', 'acctmap.js');
const SCHEMA = path.join(ROOT, 'schemas', 'account-map.schema.json');
const AS_OF = '2026-11-23';

const TARGETS = {
  validate: 1.0,
  scaling: 11.0, // 10× the N-map time, plus 10 %
  memoryMB: 500,
  startup: 2.0,
  diagrams: 0.15,
  cache: 0.2,
  /** `acctmap diff` of two commits / `acctmap validate` of the same maps. */
  history: 1.5,
  /** Seconds for the warm-path search to every economic buyer of a 1,500-person org. */
  pathsSearch: 0.25,
};

/** @param {string} message @returns {never} */
function usage(message) {
  process.stderr.write(
    `bench: ${message}\nusage: node scripts/bench.mjs [--quick] [--maps N] [--scale N] [--people N] [--runs N] [--startup-runs N] [--diagrams N] [--history N] [--no-history] [--no-scale] [--no-diagrams] [--chromium PATH] [--dir DIR] [--json]\n`,
  );
  process.exit(2);
}

const args = (() => {
  try {
    return parseArgs({
      options: {
        quick: { type: 'boolean', default: false },
        maps: { type: 'string' },
        scale: { type: 'string' },
        people: { type: 'string' },
        runs: { type: 'string' },
        'startup-runs': { type: 'string' },
        diagrams: { type: 'string' },
        history: { type: 'string' },
        'no-history': { type: 'boolean', default: false },
        'no-scale': { type: 'boolean', default: false },
        'no-diagrams': { type: 'boolean', default: false },
        chromium: { type: 'string' },
        dir: { type: 'string' },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }).values;
  } catch (error) {
    return usage(error instanceof Error ? error.message : String(error));
  }
})();
if (args.help) {
  process.stdout.write(
    fs
      .readFileSync(fileURLToPath(import.meta.url), 'utf8')
      .split('*/')[0]
      ?.replace(/^#!.*\n\/\*\*\n/, '') ?? '',
  );
  process.exit(0);
}

/**
 * @param {'maps' | 'scale' | 'people' | 'runs' | 'startup-runs' | 'diagrams' | 'history'} name
 * @param {number} fallback
 */
function count(name, fallback, min = 1) {
  const raw = args[name];
  if (raw === undefined) return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < min) usage(`--${name} takes a whole number ≥ ${min}`);
  return Number(raw);
}

const quick = args.quick;
const maps = count('maps', quick ? 60 : 1000);
const runs = count('runs', quick ? 1 : 5);
const opts = {
  maps,
  people: count('people', 40),
  runs,
  startupRuns: count('startup-runs', quick ? 3 : 20),
  diagrams: count('diagrams', quick ? 2 : 12),
  history: count('history', quick ? 20 : 200),
  scale: count('scale', maps * 10),
  scaleRuns: quick ? 1 : Math.max(1, Math.ceil(runs / 2)),
  diagramRuns: quick ? 1 : Math.max(1, Math.ceil(runs / 2)),
};
const benchDir = path.resolve(args.dir ?? path.join(ROOT, '.bench'));
/**
 * The config every acctmap command here runs with: the defaults. (acctmap's own config, found
 * from the repository root, ignores .bench/ so that `acctmap validate` there skips these maps.)
 */
const BENCH_CONFIG = path.join(benchDir, 'acctmap.config.yaml');

if (!fs.existsSync(path.join(ROOT, 'dist', 'cli', 'run.js'))) {
  process.stderr.write('bench: acctmap is not built; run `npm run compile` first\n');
  process.exit(2);
}

/** @type {string[]} */
const failures = [];
/**
 * What `--json` prints under `results`: one entry per comparison (its shape is checked by
 * test/bench.test.ts).
 * @type {Record<string, any>}
 */
const results = {};
const out = (line = '') => process.stdout.write(`${line}\n`);
const note = (/** @type {string} */ line) => process.stderr.write(`${line}\n`);

// ---------------------------------------------------------------------------------------------
// Maps

/** Dates quoted (see the header): `key: 2026-11-23` and `- date: …` lines. @param {string} text */
function quoteDates(text) {
  return text.replace(/^(\s*(?:- )?[a-z_]+): (\d{4}-\d{2}-\d{2})$/gm, '$1: "$2"');
}

const generatorStamp = createHash('sha256')
  .update(fs.readFileSync(path.join(ROOT, 'scripts', 'bench-maps.mjs')))
  .update(quoteDates.toString())
  .digest('hex')
  .slice(0, 16);

/**
 * `n` maps of `people` people in their own folder under .bench/, generated once and kept.
 * @param {number} n @param {number} people
 */
function mapSet(n, people) {
  const dir = path.join(benchDir, `maps-${people}p-${n}`);
  const stamp = path.join(dir, '.complete');
  const expected = `${generatorStamp} ${n} ${people}\n`;
  if (fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === expected) return dir;
  note(`bench: generating ${n.toLocaleString('en')} maps × ${people} people in ${rel(dir)} …`);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  for (let seed = 1; seed <= n; seed++) {
    const name = `account-${String(seed).padStart(5, '0')}.acctmap.yaml`;
    fs.writeFileSync(path.join(dir, name), quoteDates(generateMap({ people, seed })));
  }
  fs.writeFileSync(stamp, expected);
  return dir;
}

/** @param {string} p */
function rel(p) {
  return path.relative(process.cwd(), p) || '.';
}

// ---------------------------------------------------------------------------------------------
// Running and timing

/** Writes the peak resident memory (kB) and CPU time (µs) of a node process, workers included. */
const PEAK_RSS = path.join(benchDir, 'peak-rss.cjs');

/**
 * @typedef {{ name: string; argv: string[]; ok: Array<number | null>; env?: Record<string, string> }} Command
 * @typedef {{ wall: number; cpu: number | undefined; peakMB: number; runs: number[] }} Timing
 */

/**
 * @param {Command} cmd
 * @param {{ stdout?: string; rss?: boolean }} [options]
 */
function runOnce(cmd, { stdout, rss } = {}) {
  /** @type {NodeJS.ProcessEnv} */
  const env = { ...process.env, NO_COLOR: '1', ...cmd.env };
  delete env.FORCE_COLOR;
  delete env.GITHUB_ACTIONS;
  let argv = cmd.argv;
  const rssFile = rss ? path.join(benchDir, `rss-${process.pid}.txt`) : undefined;
  if (rssFile) {
    fs.rmSync(rssFile, { force: true });
    env.BENCH_RSS_FILE = rssFile;
    argv = ['--require', PEAK_RSS, ...argv];
  }
  const fd = fs.openSync(stdout ?? path.join(benchDir, 'stdout.txt'), 'w');
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, argv, {
    cwd: ROOT,
    env,
    stdio: ['ignore', fd, 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
    timeout: 30 * 60_000,
  });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  fs.closeSync(fd);
  const stderr = r.stderr?.toString() ?? '';
  if (r.error || !cmd.ok.includes(r.status)) {
    throw new Error(
      `${cmd.name} failed (exit ${r.status ?? r.signal ?? r.error?.message}):\n${stderr.slice(0, 2000)}`,
    );
  }
  /** @type {number | undefined} */
  let peakKB;
  /** @type {number | undefined} */
  let cpuSeconds;
  if (rssFile && fs.existsSync(rssFile)) {
    const [kb, cpu] = fs.readFileSync(rssFile, 'utf8').split(' ').map(Number);
    peakKB = kb;
    cpuSeconds = cpu === undefined ? undefined : cpu / 1e6;
  }
  return { seconds, peakKB, cpuSeconds, stderr };
}

/** @param {readonly number[]} xs */
function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  const at = (/** @type {number} */ i) => /** @type {number} */ (s[i]);
  return s.length % 2 ? at(m) : (at(m - 1) + at(m)) / 2;
}

/**
 * Runs each command `runs` times, the order rotating run by run (with two commands: alternating
 * which goes first), after one untimed warm-up of each (file cache). Per command: the median
 * wall time, and with `rss` the median CPU time and the highest peak memory.
 * @param {Command[]} cmds @param {number} runs @param {{ rss?: boolean }} [options]
 * @returns {Timing[]}
 */
function compare(cmds, runs, options = {}) {
  /** @type {Array<{ wall: number[]; cpu: number[]; peak: number }>} */
  const runsOf = cmds.map(() => ({ wall: [], cpu: [], peak: 0 }));
  for (const cmd of cmds) runOnce(cmd);
  for (let r = 0; r < runs; r++) {
    for (let k = 0; k < cmds.length; k++) {
      const i = (k + r) % cmds.length;
      const t = runOnce(/** @type {Command} */ (cmds[i]), options.rss ? { rss: true } : {});
      const of = /** @type {{ wall: number[]; cpu: number[]; peak: number }} */ (runsOf[i]);
      of.wall.push(t.seconds);
      if (t.cpuSeconds !== undefined) of.cpu.push(t.cpuSeconds);
      if (t.peakKB) of.peak = Math.max(of.peak, t.peakKB);
    }
    if (runs > 1) note(`bench:   run ${r + 1}/${runs} done`);
  }
  return runsOf.map((x) => ({
    wall: median(x.wall),
    cpu: x.cpu.length ? median(x.cpu) : undefined,
    peakMB: x.peak / 1024,
    runs: x.wall,
  }));
}

const secs = (/** @type {number} */ s) =>
  s < 1 ? `${(s * 1000).toFixed(0)} ms` : `${s.toFixed(2)} s`;
const fmtRatio = (/** @type {number} */ x) => x.toFixed(2);
const verdict = (/** @type {boolean | undefined} */ ok) => (ok ? 'met' : 'NOT met');

/** @param {string[]} dirs @param {string[]} [extra] @returns {Command} */
function acctmapValidate(dirs, extra = []) {
  return {
    name: `acctmap validate${extra.length ? ` ${extra.join(' ')}` : ''}`,
    argv: [
      ACCTMAP,
      'validate',
      ...dirs,
      '--format',
      'json',
      '--as-of',
      AS_OF,
      '--config',
      BENCH_CONFIG,
      ...extra,
    ],
    ok: [0, 1],
  };
}

/** @param {string[]} dirs @returns {Command} */
function ajvValidate(dirs) {
  const schemaText = fs.readFileSync(SCHEMA, 'utf8');
  const declared = JSON.parse(schemaText).$schema ?? '';
  // The spec ajv-cli must compile the schema with, from the schema's own `$schema`.
  const spec = /2020-12/.test(declared)
    ? 'draft2020'
    : /2019-09/.test(declared)
      ? 'draft2019'
      : 'draft7';
  const argv = [
    path.join(ROOT, 'node_modules', 'ajv-cli', 'dist', 'index.js'),
    'validate',
    '-s',
    SCHEMA,
    ...dirs.flatMap((d) => ['-d', `${d}/*.acctmap.yaml`]),
    `--spec=${spec}`,
    // The schema uses union types (a string or null) on purpose; without this, ajv's strict
    // mode prints a warning for each, which is noise, not work.
    '--allow-union-types',
  ];
  // ajv-formats only when the schema has `format` keywords; loading it otherwise is no help.
  if (/"format"\s*:/.test(schemaText)) argv.push('-c', 'ajv-formats');
  return { name: 'ajv-cli validate', argv, ok: [0] };
}

// ---------------------------------------------------------------------------------------------
// The comparisons

const cores = availableParallelism();
out(
  `acctmap bench · node ${process.version} · ${cores} cores (${cpus()[0]?.model?.trim() ?? '?'})${quick ? ' · --quick' : ''}`,
);
out(
  `validate: ${opts.maps.toLocaleString('en')} maps × ${opts.people} people, ${opts.runs} run(s) each, medians of whole-process wall time; commands alternate run by run`,
);
const loadLine = () =>
  `load average ${loadavg()
    .map((x) => x.toFixed(2))
    .join(' ')}`;
out(`machine at start: ${loadLine()} (other processes take cores from both sides alike)`);
out('');
fs.mkdirSync(benchDir, { recursive: true });
fs.writeFileSync(BENCH_CONFIG, '# Written by scripts/bench.mjs: the defaults.\nrules: {}\n');
fs.writeFileSync(
  PEAK_RSS,
  `// Written by scripts/bench.mjs: peak resident memory (kB) and CPU time (µs, user + system) of
// a node process, worker threads included.
const { isMainThread } = require('node:worker_threads');
const file = process.env.BENCH_RSS_FILE;
if (isMainThread && file) {
  process.on('exit', () => {
    const u = process.resourceUsage();
    require('node:fs').writeFileSync(file, \`\${u.maxRSS} \${u.userCPUTime + u.systemCPUTime}\`);
  });
}
`,
);

/** @param {string} name @param {() => void} fn */
function section(name, fn) {
  try {
    fn();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    failures.push(`${name}: ${message}`);
    out(`${name}: FAILED — ${message.split('\n')[0]}`);
  }
}

/** @param {string} name @param {() => Promise<void>} fn */
async function asyncSection(name, fn) {
  try {
    await fn();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    failures.push(`${name}: ${message}`);
    out(`${name}: FAILED — ${message.split('\n')[0]}`);
  }
}

const ms = (/** @type {number | undefined} */ x) => (x === undefined ? '?' : secs(x));

// (a) validate, N maps
section('validate', () => {
  const dir = mapSet(opts.maps, opts.people);
  note(`bench: validate ${opts.maps} maps: acctmap vs ajv-cli (and acctmap --no-rules) …`);
  const [a, b, c] = /** @type {[Timing, Timing, Timing]} */ (
    compare(
      [acctmapValidate([dir]), ajvValidate([dir]), acctmapValidate([dir], ['--no-rules'])],
      opts.runs,
      { rss: true },
    )
  );
  const ratio = a.wall / b.wall;

  // Every finding must still carry a line and a column: that is the point of acctmap.
  const json = path.join(benchDir, 'validate.json');
  runOnce(acctmapValidate([dir]), { stdout: json });
  const report = JSON.parse(fs.readFileSync(json, 'utf8'));
  /** @type {Array<{ line: number; column: number }>} */
  const diagnostics = report.diagnostics;
  const findings = diagnostics.length;
  const placed = diagnostics.filter((d) => d.line > 0 && d.column > 0).length;
  if (report.summary.files !== opts.maps) {
    failures.push(`acctmap checked ${report.summary.files} files, not ${opts.maps}`);
  }
  if (placed !== findings) failures.push(`${findings - placed} findings without line and column`);
  if (report.summary.errors > 0) {
    failures.push(`acctmap found ${report.summary.errors} errors in generated maps (should be 0)`);
  }

  results.validate = {
    maps: opts.maps,
    acctmap: a.wall,
    ajv: b.wall,
    noRules: c.wall,
    ratio,
    noRulesRatio: c.wall / b.wall,
    cpu: { acctmap: a.cpu, ajv: b.cpu, noRules: c.cpu },
    peakMB: { acctmap: a.peakMB, ajv: b.peakMB },
    target: TARGETS.validate,
    findings,
    placed,
    met: ratio <= TARGETS.validate,
  };
  out(`validate ${opts.maps.toLocaleString('en')} maps         wall        cpu   peak`);
  const line = (/** @type {string} */ name, /** @type {Timing} */ t) =>
    out(
      `  ${name.padEnd(27)}${secs(t.wall).padStart(9)}  ${ms(t.cpu).padStart(9)}  ${t.peakMB.toFixed(0).padStart(4)} MB`,
    );
  line('acctmap validate', a);
  line('ajv-cli validate', b);
  line('acctmap validate --no-rules', c);
  out(
    `  ratio ${fmtRatio(ratio)}   target ≤ ${fmtRatio(TARGETS.validate)}   ${verdict(results.validate.met)}   (cpu ${a.cpu && b.cpu ? fmtRatio(a.cpu / b.cpu) : '?'}; --no-rules ${fmtRatio(c.wall / b.wall)})`,
  );
  out(
    `  findings with line and column: ${placed} of ${findings}${placed === findings ? '' : '   FAILED'}  (ajv-cli gives none)`,
  );
  out('');
});

// (b) the same at 10 × N maps: scaling and peak memory
if (args['no-scale']) {
  out('validate at scale: skipped (--no-scale)');
  out('');
} else {
  section('scale', () => {
    const small = mapSet(opts.maps, opts.people);
    const big = mapSet(opts.scale, opts.people);
    note(`bench: validate ${opts.scale} maps: acctmap vs ajv-cli …`);
    const [a, b] = /** @type {[Timing, Timing]} */ (
      compare([acctmapValidate([big]), ajvValidate([big])], opts.scaleRuns, { rss: true })
    );
    /** @type {number} */
    const base =
      results.validate?.acctmap ?? compare([acctmapValidate([small])], opts.runs)[0]?.wall;
    const factor = opts.scale / opts.maps;
    const scaling = a.wall / base;
    const allowed = factor * (TARGETS.scaling / 10);
    results.scale = {
      maps: opts.scale,
      acctmap: a.wall,
      ajv: b.wall,
      ratio: a.wall / b.wall,
      cpu: { acctmap: a.cpu, ajv: b.cpu },
      scaling,
      factor,
      allowed,
      peakMB: a.peakMB,
      ajvPeakMB: b.peakMB,
      met: scaling <= allowed && a.peakMB < TARGETS.memoryMB,
    };
    out(`validate ${opts.scale.toLocaleString('en')} maps        wall        cpu   peak`);
    const line = (/** @type {string} */ name, /** @type {Timing} */ t) =>
      out(
        `  ${name.padEnd(27)}${secs(t.wall).padStart(9)}  ${ms(t.cpu).padStart(9)}  ${t.peakMB.toFixed(0).padStart(4)} MB`,
      );
    line('acctmap validate', a);
    line('ajv-cli validate', b);
    out(
      `  ratio ${fmtRatio(a.wall / b.wall)}   (the same target, ≤ ${fmtRatio(TARGETS.validate)})`,
    );
    out(
      `  scaling ${scaling.toFixed(1)}× the ${opts.maps.toLocaleString('en')}-map time for ${factor}× the maps   target ≤ ${allowed.toFixed(1)}×   ${verdict(scaling <= allowed)}`,
    );
    out(
      `  peak memory ${a.peakMB.toFixed(0)} MB   target < ${TARGETS.memoryMB} MB   ${verdict(a.peakMB < TARGETS.memoryMB)}`,
    );
    out('');
  });
}

// (b2) --cache: a second run over the same, unchanged maps against the first (empty cache)
section('cache', () => {
  const dir = mapSet(opts.maps, opts.people);
  const location = path.join(benchDir, 'cache', 'validate.json');
  const cmd = acctmapValidate([dir], ['--cache', '--cache-location', location]);
  note(`bench: validate --cache ${opts.maps} maps: first run (no cache) vs second run …`);
  runOnce(cmd); // warm-up (file cache)
  /** @type {number[]} */
  const first = [];
  /** @type {number[]} */
  const second = [];
  for (let r = 0; r < opts.runs; r++) {
    fs.rmSync(location, { force: true });
    first.push(runOnce(cmd).seconds);
    second.push(runOnce(cmd).seconds);
  }
  // Informational, no target: one map edited before each run, so that the last run's answer
  // cannot be given again and the files' results answer (the one map checked again, the
  // portfolio rules run over all). The map is put back as it was.
  const firstMap = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()[0];
  if (firstMap === undefined) throw new Error(`no maps in ${dir}`);
  const edited = path.join(dir, firstMap);
  const original = fs.readFileSync(edited);
  /** @type {number[]} */
  const oneChanged = [];
  try {
    for (let r = 0; r < opts.runs; r++) {
      fs.writeFileSync(edited, Buffer.concat([original, Buffer.from(`# bench edit ${r}\n`)]));
      oneChanged.push(runOnce(cmd).seconds);
    }
  } finally {
    fs.writeFileSync(edited, original);
  }
  // The cached answer must be the answer.
  const plain = path.join(benchDir, 'validate-plain.json');
  const cached = path.join(benchDir, 'validate-cached.json');
  runOnce(acctmapValidate([dir]), { stdout: plain });
  runOnce(cmd, { stdout: cached });
  if (!fs.readFileSync(plain).equals(fs.readFileSync(cached))) {
    failures.push('validate --cache gave another output than validate');
  }
  const a = median(first);
  const b = median(second);
  results.cache = {
    maps: opts.maps,
    first: a,
    second: b,
    ratio: b / a,
    target: TARGETS.cache,
    met: b / a <= TARGETS.cache,
    oneChanged: median(oneChanged),
  };
  out(`validate --cache ${opts.maps.toLocaleString('en')} maps`);
  out(`  first run (empty cache)     ${secs(a).padStart(9)}`);
  out(`  second run (no map changed) ${secs(b).padStart(9)}`);
  out(
    `  a run after one map changed ${secs(median(oneChanged)).padStart(9)}   (${fmtRatio(median(oneChanged) / a)} of the first; no target)`,
  );
  out(
    `  ratio ${fmtRatio(b / a)}   target ≤ ${fmtRatio(TARGETS.cache)}   ${verdict(results.cache.met)}`,
  );
  out('');
});

// (c) start-up
section('start-up', () => {
  note('bench: start-up: acctmap --version vs node -e 0 …');
  const [a, b] = /** @type {[Timing, Timing]} */ (
    compare(
      [
        { name: 'acctmap --version', argv: [ACCTMAP, '--version'], ok: [0] },
        { name: 'node -e 0', argv: ['-e', '0'], ok: [0] },
      ],
      opts.startupRuns,
    )
  );
  const ratio = a.wall / b.wall;
  results.startup = { acctmap: a.wall, node: b.wall, ratio, met: ratio <= TARGETS.startup };
  out('start-up');
  out(`  acctmap --version  ${secs(a.wall).padStart(9)}`);
  out(`  node -e 0          ${secs(b.wall).padStart(9)}`);
  out(
    `  ratio ${fmtRatio(ratio)}   target ≤ ${fmtRatio(TARGETS.startup)}   ${verdict(results.startup.met)}`,
  );
  out('');
});

// (c2) paths: the best warm paths on one big org
await asyncSection('paths', async () => {
  const people = quick ? 300 : 1500;
  note(`bench: paths: acctmap paths on a ${people}-person org …`);
  const file = path.join(benchDir, `paths-${people}p.acctmap.yaml`);
  fs.writeFileSync(file, quoteDates(generateMap({ people, seed: 14 })));
  /** @type {typeof import('../src/paths/index.js')} */
  const { findPaths } = await import(new URL('../dist/paths/index.js', import.meta.url).href);
  /** @type {typeof import('../src/validate/check.js')} */
  const { checkSources } = await import(new URL('../dist/validate/check.js', import.meta.url).href);
  const map = checkSources([{ file, text: fs.readFileSync(file, 'utf8') }]).maps[0]?.map;
  if (!map) throw new Error(`no valid map in ${file}`);
  let best = Number.POSITIVE_INFINITY;
  /** @type {ReturnType<typeof findPaths> | undefined} */
  let result;
  for (let i = 0; i < Math.max(3, runs); i++) {
    const start = process.hrtime.bigint();
    result = findPaths(map, { to: 'economic-buyer' });
    best = Math.min(best, Number(process.hrtime.bigint() - start) / 1e9);
  }
  const command = runOnce({
    name: 'acctmap paths',
    argv: [ACCTMAP, 'paths', file, '--to', 'economic-buyer', '--format', 'json'],
    ok: [0],
  });
  results.paths = {
    people,
    targets: result?.targets.length ?? 0,
    paths: result?.paths.length ?? 0,
    search: best,
    command: command.seconds,
    met: best <= TARGETS.pathsSearch,
  };
  out(
    `paths on a ${people.toLocaleString('en')}-person org (${result?.targets.length} economic buyers)`,
  );
  out(
    `  search (best of runs) ${secs(best).padStart(9)}   target ≤ ${secs(TARGETS.pathsSearch)}   ${verdict(results.paths.met)}`,
  );
  out(`  whole command         ${secs(command.seconds).padStart(9)}`);
  out('');
});

// (d) diagrams: one acctmap call against one mmdc call per diagram
function findChromium() {
  const candidates = [
    args.chromium,
    process.env.PUPPETEER_EXECUTABLE_PATH,
    ...['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'].flatMap((name) =>
      (process.env.PATH ?? '').split(path.delimiter).map((d) => d && path.join(d, name)),
    ),
    '/usr/bin/chromium',
  ];
  for (const c of candidates) {
    if (!c) continue;
    try {
      fs.accessSync(c, fs.constants.X_OK);
      if (fs.statSync(c).isFile()) return c;
    } catch {}
  }
  return undefined;
}

const MMDC = path.join(ROOT, 'node_modules', '@mermaid-js', 'mermaid-cli', 'src', 'cli.js');
const chromium = findChromium();
if (args['no-diagrams']) {
  out(`${opts.diagrams} diagrams to SVG: skipped (--no-diagrams)`);
} else if (!chromium) {
  out(
    `${opts.diagrams} diagrams to SVG: skipped (no Chromium found; pass --chromium PATH or set PUPPETEER_EXECUTABLE_PATH)`,
  );
  results.diagrams = { skipped: 'no Chromium' };
} else if (!fs.existsSync(MMDC)) {
  out(`${opts.diagrams} diagrams to SVG: skipped (@mermaid-js/mermaid-cli is not installed)`);
  results.diagrams = { skipped: 'no mermaid-cli' };
} else {
  section('diagrams', () => {
    const dir = path.join(benchDir, `diagrams-${opts.people}p-${opts.diagrams}`);
    fs.rmSync(dir, { recursive: true, force: true });
    const maps = path.join(dir, 'maps');
    fs.mkdirSync(maps, { recursive: true });
    /** @type {string[]} */
    const files = [];
    for (let seed = 1; seed <= opts.diagrams; seed++) {
      const file = path.join(maps, `account-${seed}.acctmap.yaml`);
      fs.writeFileSync(file, quoteDates(generateMap({ people: opts.people, seed })));
      files.push(file);
    }
    // mmdc's input: the very Mermaid text acctmap renders, written by acctmap beforehand.
    const mmd = path.join(dir, 'mmd');
    runOnce({
      name: 'acctmap diagram --format mmd',
      argv: [
        ACCTMAP,
        'diagram',
        ...files,
        '-o',
        `${mmd}/`,
        '--format',
        'mmd',
        '--as-of',
        AS_OF,
        '--config',
        BENCH_CONFIG,
      ],
      ok: [0],
    });
    const inputs = fs
      .readdirSync(mmd)
      .filter((f) => f.endsWith('.mmd'))
      .sort();
    if (inputs.length !== opts.diagrams) {
      throw new Error(`acctmap wrote ${inputs.length} .mmd files, not ${opts.diagrams}`);
    }
    const config = path.join(dir, 'puppeteer.json');
    const sandbox = process.getuid?.() === 0 ? ['--no-sandbox', '--disable-setuid-sandbox'] : [];
    fs.writeFileSync(config, JSON.stringify({ executablePath: chromium, args: sandbox }));
    const svgA = path.join(dir, 'svg-acctmap');
    const svgB = path.join(dir, 'svg-mmdc');
    const acctmapCmd = {
      name: 'acctmap diagram --format svg',
      argv: [
        ACCTMAP,
        'diagram',
        ...files,
        '-o',
        `${svgA}/`,
        '--format',
        'svg',
        '--as-of',
        AS_OF,
        '--config',
        BENCH_CONFIG,
        '--chromium',
        chromium,
      ],
      ok: [0],
    };
    // One mmdc process per diagram, as a script or a Makefile would call it.
    const mmdcCmd = {
      name: `${inputs.length} × mmdc`,
      run: () => {
        fs.mkdirSync(svgB, { recursive: true });
        for (const f of inputs) {
          runOnce({
            name: 'mmdc',
            argv: [
              MMDC,
              '-q',
              '-p',
              config,
              '-i',
              path.join(mmd, f),
              '-o',
              path.join(svgB, f.replace(/\.mmd$/, '.svg')),
            ],
            ok: [0],
          });
        }
      },
    };
    note(`bench: ${opts.diagrams} diagrams: one acctmap call vs ${opts.diagrams} mmdc calls …`);
    /** @type {number[]} */
    const timeA = [];
    /** @type {number[]} */
    const timeB = [];
    // One untimed start of the browser first, so that neither side pays for a cold disk cache
    // (left out in --quick, whose figures are rough anyway).
    if (!quick) runOnce(acctmapCmd);
    for (let r = 0; r < opts.diagramRuns; r++) {
      const order = r % 2 === 0 ? ['a', 'b'] : ['b', 'a'];
      for (const which of order) {
        if (which === 'a') timeA.push(runOnce(acctmapCmd).seconds);
        else {
          const start = process.hrtime.bigint();
          mmdcCmd.run();
          timeB.push(Number(process.hrtime.bigint() - start) / 1e9);
        }
      }
    }
    const svgs = fs.readdirSync(svgA).filter((f) => f.endsWith('.svg'));
    if (svgs.length !== opts.diagrams) {
      throw new Error(`acctmap wrote ${svgs.length} SVG files, not ${opts.diagrams}`);
    }
    for (const f of svgs) {
      if (!/<svg[\s>]/.test(fs.readFileSync(path.join(svgA, f), 'utf8'))) {
        throw new Error(`${f} is not an SVG`);
      }
    }
    const a = median(timeA);
    const b = median(timeB);
    results.diagrams = {
      count: opts.diagrams,
      acctmap: a,
      mmdc: b,
      ratio: a / b,
      met: a / b <= TARGETS.diagrams,
    };
    out(`${opts.diagrams} diagrams to SVG`);
    out(`  acctmap diagram (one call)   ${secs(a).padStart(9)}`);
    out(
      `  mmdc (${opts.diagrams} calls)${' '.repeat(Math.max(0, 15 - String(opts.diagrams).length))}${secs(b).padStart(9)}`,
    );
    out(
      `  ratio ${fmtRatio(a / b)}   target ≤ ${fmtRatio(TARGETS.diagrams)}   ${verdict(results.diagrams.met)}`,
    );
  });
}
out('');

// (e) history: acctmap diff between two commits of H maps, beside git diff --stat
/**
 * A git repository of `n` generated maps with two commits: the maps, then a quarter's worth of
 * edits (a stance and a title changed in every tenth map, a person left in every twentieth,
 * every fiftieth file renamed). Kept in .bench/ between runs.
 * @param {number} n
 */
function historyRepo(n) {
  const dir = path.join(benchDir, `history-${n}`);
  const stamp = path.join(dir, '.git', 'acctmap-bench-complete');
  if (fs.existsSync(stamp)) return dir;
  note(`bench: making a git repository of ${n} maps with two commits in ${rel(dir)} …`);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(path.join(dir, 'accounts'), { recursive: true });
  const git = (/** @type {string[]} */ a, /** @type {string} */ date) => {
    const r = spawnSync('git', a, {
      cwd: dir,
      encoding: 'utf8',
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 'bench',
        GIT_AUTHOR_EMAIL: 'bench@example.com',
        GIT_COMMITTER_NAME: 'bench',
        GIT_COMMITTER_EMAIL: 'bench@example.com',
        GIT_AUTHOR_DATE: `${date}T12:00:00Z`,
        GIT_COMMITTER_DATE: `${date}T12:00:00Z`,
      },
    });
    if (r.status !== 0) throw new Error(`git ${a.join(' ')}: ${r.stderr}`);
  };
  git(['init', '-q'], AS_OF);
  const file = (/** @type {number} */ i) =>
    path.join(dir, 'accounts', `account-${String(i).padStart(4, '0')}.acctmap.yaml`);
  for (let i = 1; i <= n; i++)
    fs.writeFileSync(file(i), generateOrgMap({ people: opts.people, seed: i }));
  git(['add', '-A'], '2026-08-31');
  git(['commit', '-qm', 'maps at the Q3 review'], '2026-08-31');
  for (let i = 1; i <= n; i++) {
    if (i % 10 !== 0) continue;
    let text = fs.readFileSync(file(i), 'utf8');
    text = text.replace(/stance: (supporter|advocate)/, 'stance: skeptic');
    text = text.replace(/title: (.+)/, 'title: $1 (acting)');
    fs.writeFileSync(file(i), text);
    if (i % 50 === 0) fs.renameSync(file(i), file(i).replace('account-', 'renamed-'));
  }
  git(['add', '-A'], AS_OF);
  git(['commit', '-qm', 'maps at the Q4 review'], AS_OF);
  fs.writeFileSync(stamp, '');
  return dir;
}

/** Wall time of a whole process in `cwd`, in seconds. @param {string} cmd @param {string[]} argv @param {string} cwd */
function timeIn(cmd, argv, cwd) {
  const start = process.hrtime.bigint();
  const r = spawnSync(cmd, argv, {
    cwd,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, NO_COLOR: '1' },
  });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (r.status !== 0 && r.status !== 1)
    throw new Error(`${cmd} ${argv.join(' ')} exited ${r.status}: ${r.stderr.split('\n')[0]}`);
  return { seconds, stdout: r.stdout };
}

if (args['no-history']) {
  out('history: skipped (--no-history)');
  out('');
} else {
  section('history', () => {
    const dir = historyRepo(opts.history);
    note(
      `bench: history: acctmap diff vs git diff --stat vs acctmap validate on ${opts.history} maps …`,
    );
    const cmds = [
      {
        name: 'acctmap diff HEAD~1 HEAD',
        cmd: process.execPath,
        argv: [ACCTMAP, 'diff', 'HEAD~1', 'HEAD', '--format', 'json'],
      },
      {
        name: 'git diff --stat HEAD~1 HEAD',
        cmd: 'git',
        argv: ['diff', '--stat', 'HEAD~1', 'HEAD'],
      },
      {
        name: 'acctmap validate',
        cmd: process.execPath,
        argv: [ACCTMAP, 'validate', 'accounts', '--format', 'json', '--as-of', AS_OF],
      },
    ];
    /** @type {number[][]} */
    const times = cmds.map(() => []);
    if (!quick) for (const c of cmds) timeIn(c.cmd, c.argv, dir); // warm-up (file cache)
    for (let r = 0; r < opts.runs; r++) {
      for (let k = 0; k < cmds.length; k++) {
        const i = (k + r) % cmds.length;
        const c = /** @type {(typeof cmds)[number]} */ (cmds[i]);
        /** @type {number[]} */ (times[i]).push(timeIn(c.cmd, c.argv, dir).seconds);
      }
    }
    const [d, g, v] = times.map(median);
    const diffed = JSON.parse(
      timeIn(process.execPath, /** @type {string[]} */ (cmds[0]?.argv), dir).stdout,
    );
    const expected = Math.floor(opts.history / 10);
    // Accounts whose maps were edited; others may also be listed for a red flag that appeared
    // only because the second commit is three months later (each side as of its own date).
    const edited = diffed.accounts.filter(
      (/** @type {{ changes: unknown[] }} */ a) => a.changes.length > 0,
    ).length;
    if (edited !== expected)
      failures.push(`acctmap diff reported ${edited} edited accounts, not ${expected}`);
    const ratio = /** @type {number} */ (d) / /** @type {number} */ (v);
    results.history = {
      maps: opts.history,
      diff: d,
      gitDiffStat: g,
      validate: v,
      ratio,
      target: TARGETS.history,
      changed: diffed.accounts.length,
      edited,
      met: ratio <= TARGETS.history,
    };
    out(`history: ${opts.history} maps, two commits (${expected} maps edited)`);
    for (const [i, c] of cmds.entries())
      out(`  ${c.name.padEnd(29)}${secs(/** @type {number} */ ([d, g, v][i])).padStart(9)}`);
    out(
      `  diff / validate ${fmtRatio(ratio)}   target ≤ ${fmtRatio(TARGETS.history)}   ${verdict(results.history.met)}   (git diff --stat sees lines, not people)`,
    );
    out('');
  });
}

// ---------------------------------------------------------------------------------------------
// Summary

/**
 * @param {string} name @param {number | undefined} r @param {string} target
 * @param {boolean | undefined} met
 */
const row = (name, r, target, met) =>
  out(
    `  ${name.padEnd(34)}${r === undefined ? 'skipped'.padStart(7) : fmtRatio(r).padStart(7)}   ${target.padEnd(16)}${r === undefined ? '' : verdict(met)}`,
  );
out('summary (ratios; lower is faster)');
row(
  `validate ${opts.maps.toLocaleString('en')}: acctmap / ajv-cli`,
  results.validate?.ratio,
  '≤ 1.00',
  results.validate?.met,
);
if (results.scale) {
  row(
    `validate ${opts.scale.toLocaleString('en')}: acctmap / ajv-cli`,
    results.scale.ratio,
    '≤ 1.00',
    results.scale.ratio <= TARGETS.validate,
  );
}
if (results.scale) {
  row(
    `scale ${opts.scale.toLocaleString('en')} / ${opts.maps.toLocaleString('en')}: acctmap`,
    results.scale.scaling,
    `≤ ${(results.scale.factor * 1.1).toFixed(1)}`,
    results.scale.scaling <= results.scale.factor * 1.1,
  );
  out(
    `  ${'peak memory at scale (MB)'.padEnd(34)}${results.scale.peakMB.toFixed(0).padStart(7)}   < ${TARGETS.memoryMB}${' '.repeat(11)}${verdict(results.scale.peakMB < TARGETS.memoryMB)}`,
  );
}
row(
  `cache ${opts.maps.toLocaleString('en')}: 2nd run / 1st run`,
  results.cache?.ratio,
  `≤ ${fmtRatio(TARGETS.cache)}`,
  results.cache?.met,
);
row('start-up: --version / node -e 0', results.startup?.ratio, '≤ 2.00', results.startup?.met);
if (results.paths) {
  out(
    `  ${`paths, ${results.paths.people} people: search (s)`.padEnd(34)}${results.paths.search.toFixed(3).padStart(7)}   ≤ ${TARGETS.pathsSearch}${' '.repeat(12)}${verdict(results.paths.met)}`,
  );
}
row(
  `${opts.diagrams} SVGs: acctmap / ${opts.diagrams} × mmdc`,
  results.diagrams?.ratio,
  `≤ ${fmtRatio(TARGETS.diagrams)}`,
  results.diagrams?.met,
);
row(
  `history ${opts.history}: diff / validate`,
  results.history?.ratio,
  `≤ ${fmtRatio(TARGETS.history)}`,
  results.history?.met,
);
out(`machine at end: ${loadLine()}`);
if (args.json) out(JSON.stringify({ options: opts, cores, results, failures }));
if (failures.length) {
  out('');
  for (const f of failures) out(`FAILED: ${f}`);
  process.exit(1);
}
