#!/usr/bin/env node
/**
 * A longer fuzz session than CI runs: the mutation fuzz test (test/fuzz-mutants.test.ts) with
 * more mutants, and every property test (the test files that use `fuzzOptions`) with more runs,
 * all from one seed. CI runs the same tests with a fixed seed and modest counts.
 *
 *   node scripts/fuzz.mjs                       a random seed, 20000 mutants, 10× the runs
 *   node scripts/fuzz.mjs --seed 42 --count 50000 --runs 20
 *   node scripts/fuzz.mjs --seed 42 --mutants-only
 *
 * A failure prints the seed and, for mutants, keeps them in a temporary folder with the map each
 * came from and the mutations applied; the same seed and count make the same mutants again.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const USAGE = `usage: node scripts/fuzz.mjs [--seed N] [--count MUTANTS] [--runs FACTOR] [--mutants-only | --properties-only]

  --seed N           seed for every generator (default: a random one, printed)
  --count N          how many mutants of the examples and fixtures to validate (default 20000)
  --runs FACTOR      multiply the property tests' runs (default 10)
  --mutants-only     only the mutation fuzz test
  --properties-only  only the property tests`;

/**
 * @param {string[]} argv
 * @returns {{ seed: number; count: number; runs: number; mutants: boolean; properties: boolean }}
 */
function parseArgs(argv) {
  /** @type {{ seed: number | undefined; count: number; runs: number; mutants: boolean; properties: boolean }} */
  const opts = { seed: undefined, count: 20000, runs: 10, mutants: true, properties: true };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) fail(`${arg} needs a value`);
      return v;
    };
    /** @param {string} name @param {string} v */
    const whole = (name, v) => {
      const n = Number(v);
      if (!Number.isInteger(n) || n < 0) fail(`${name} must be a whole number, got ${v}`);
      return n;
    };
    if (arg === '--seed') opts.seed = whole('--seed', value());
    else if (arg === '--count') opts.count = Math.max(1, whole('--count', value()));
    else if (arg === '--runs') {
      const v = value();
      opts.runs = Number(v);
      if (!(opts.runs > 0)) fail(`--runs must be a positive number, got ${v}`);
    } else if (arg === '--mutants-only') opts.properties = false;
    else if (arg === '--properties-only') opts.mutants = false;
    else if (arg === '-h' || arg === '--help') {
      console.log(USAGE);
      process.exit(0);
    } else fail(`unknown option ${arg}`);
  }
  if (!opts.mutants && !opts.properties)
    fail('--mutants-only and --properties-only exclude each other');
  return { ...opts, seed: opts.seed ?? Math.floor(Math.random() * 2 ** 31) };
}

/** @param {string} message @returns {never} */
function fail(message) {
  console.error(`fuzz: ${message}\n\n${USAGE}`);
  process.exit(2);
}

/** Test files whose generators take their seed and runs from `fuzzOptions`. */
function propertyTests() {
  const dir = path.join(ROOT, 'test');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.test.ts') && f !== 'fuzz-mutants.test.ts')
    .filter((f) => readFileSync(path.join(dir, f), 'utf8').includes('fuzzOptions('))
    .map((f) => `test/${f}`);
}

const opts = parseArgs(process.argv.slice(2));
const files = [
  ...(opts.mutants ? ['test/fuzz-mutants.test.ts'] : []),
  ...(opts.properties ? propertyTests() : []),
];
console.error(
  `fuzz: seed ${opts.seed}${opts.mutants ? `, ${opts.count} mutants` : ''}${opts.properties ? `, ${opts.runs}× the property runs` : ''}`,
);

// The mutation test runs the built CLI.
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const build = spawnSync(npm, ['run', 'build', '--silent'], { cwd: ROOT, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const vitest = path.join(ROOT, 'node_modules', 'vitest', 'vitest.mjs');
const result = spawnSync(
  process.execPath,
  [vitest, 'run', ...files, '--testTimeout', '0', '--hookTimeout', '0'],
  {
    cwd: ROOT,
    stdio: 'inherit',
    env: {
      ...process.env,
      ACCTMAP_FUZZ_SEED: String(opts.seed),
      ACCTMAP_FUZZ_MUTANTS: String(opts.count),
      ACCTMAP_FUZZ_RUNS: String(opts.runs),
    },
  },
);
if (result.status !== 0) {
  console.error(`fuzz: failures with seed ${opts.seed}; run again with --seed ${opts.seed}`);
}
process.exit(result.status ?? 1);
