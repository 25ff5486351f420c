/**
 * Mutation fuzzing: thousands of broken copies of every example and fixture map (lines deleted,
 * duplicated, swapped and garbled, odd Unicode, NUL and invalid bytes, truncation, conflict
 * markers, UTF-16, CRLF), validated by the built CLI in a few runs. Each run finishes, exits 0
 * or 1, lists every file, and every finding keeps the contract: one line, inside its file, a
 * known rule and severity. Nothing ends in a stack trace, an internal error or a Node warning.
 *
 * CI runs a fixed seed. Longer sessions: `node scripts/fuzz.mjs --seed N --count N`
 * (ACCTMAP_FUZZ_SEED, ACCTMAP_FUZZ_MUTANTS). A failure names the mutants, the map each came
 * from and the mutations, and keeps the folder so they can be opened.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Diagnostic } from '../src/model/diagnostic.js';
import { RULE_IDS } from '../src/rules/index.js';
import { fuzzSeed } from './fixtures/hostile-inputs/arbitraries.js';
import { diagnosticProblems } from './fixtures/hostile-inputs/checks.js';
import { type Mutant, mutant, seedMaps, textOf } from './fixtures/hostile-inputs/mutate.js';
import {
  crashLines,
  type JsonReport,
  nodeWarnings,
  type Outcome,
  parseJson,
  runCli,
  SEED_FOLDERS,
} from './fixtures/hostile-inputs/run.js';
import { ROOT, tempDir } from './helpers/cli.js';

const SEED = fuzzSeed();
const COUNT = mutantCount();
/** Files per CLI run: several runs keep any one run's output and memory modest. */
const BATCH = 1500;
const RULES = new Set<string>(['yaml', 'schema', 'reference', ...RULE_IDS]);

function mutantCount(): number {
  const raw = process.env.ACCTMAP_FUZZ_MUTANTS;
  const n = raw === undefined || raw === '' ? 3000 : Number(raw);
  if (!Number.isInteger(n) || n < 1)
    throw new Error(`ACCTMAP_FUZZ_MUTANTS must be a whole number, got ${raw}`);
  return n;
}

interface Batch {
  dir: string;
  mutants: Mutant[];
  run: Outcome;
  report: JsonReport | undefined;
  parseError?: string;
}

let dir: string;
let failed = false;
const batches: Batch[] = [];

beforeAll(
  () => {
    dir = tempDir();
    const seeds = seedMaps(SEED_FOLDERS, ROOT);
    for (let start = 0; start < COUNT; start += BATCH) {
      const sub = path.join(dir, `batch-${start / BATCH + 1}`);
      mkdirSync(sub);
      const mutants: Mutant[] = [];
      for (let i = start; i < Math.min(COUNT, start + BATCH); i++) {
        const m = mutant(seeds, SEED, i);
        writeFileSync(path.join(sub, m.file), m.bytes);
        mutants.push(m);
      }
      const run = runCli(['validate', '.', '--format', 'json', '--as-of', '2026-11-23'], {
        cwd: sub,
        timeoutMs: 120_000,
      });
      let report: JsonReport | undefined;
      let parseError: string | undefined;
      try {
        report = parseJson(run.stdout);
      } catch (error) {
        parseError = (error as Error).message;
      }
      batches.push({ dir: sub, mutants, run, report, parseError });
    }
  },
  Math.max(300_000, COUNT * 60),
);

afterAll(() => {
  if (failed) {
    console.error(
      `fuzz: seed ${SEED}, ${COUNT} mutants; the failing mutants are kept in ${dir} (node scripts/fuzz.mjs --seed ${SEED} --count ${COUNT} repeats this run)`,
    );
  } else {
    rmSync(dir, { recursive: true, force: true });
  }
});

/** Describes mutants by file name for a failure message. */
function describeMutants(b: Batch, files: Iterable<string>): string {
  const byFile = new Map(b.mutants.map((m) => [m.file, m]));
  return [...files]
    .slice(0, 10)
    .map((f) => {
      const m = byFile.get(f);
      return m ? `${path.join(b.dir, f)} (from ${m.from}: ${m.operations.join(', ')})` : f;
    })
    .join('\n');
}

function check(what: () => void): void {
  try {
    what();
  } catch (error) {
    failed = true;
    throw error;
  }
}

describe(`validate over ${COUNT} mutants of the examples and fixtures (seed ${SEED})`, () => {
  it('every run finishes, exits 0 or 1, and prints one JSON report', () => {
    check(() => {
      for (const b of batches) {
        expect(b.run.signal, `${b.dir}: killed (a hang?)`).toBeNull();
        expect([0, 1], `${b.dir}: exit ${b.run.code}\n${b.run.stderr}`).toContain(b.run.code);
        expect(b.parseError, `${b.dir}: stdout is not JSON`).toBeUndefined();
      }
    });
  });

  it('stderr holds no stack trace, internal error or Node warning', () => {
    check(() => {
      for (const b of batches) {
        expect(crashLines(b.run.stderr), b.dir).toEqual([]);
        expect(nodeWarnings(b.run.stderr), b.dir).toEqual([]);
        // Every file is a regular, readable file: nothing for stderr to name.
        expect(b.run.stderr.trim(), b.dir).toBe('');
      }
    });
  });

  it('every mutant appears in the output, once', () => {
    check(() => {
      for (const b of batches) {
        const listed = (b.report?.files ?? []).map((f) => f.file);
        const missing = b.mutants.map((m) => m.file).filter((f) => !listed.includes(f));
        expect(missing, `not in the output:\n${describeMutants(b, missing)}`).toEqual([]);
        expect(listed).toHaveLength(b.mutants.length);
        expect(b.report!.summary.files).toBe(b.mutants.length);
      }
    });
  });

  it('the exit code follows the errors found', () => {
    check(() => {
      for (const b of batches) {
        expect(b.run.code).toBe(b.report!.summary.errors > 0 ? 1 : 0);
      }
    });
  });

  it('every finding is one line, inside its file, with a known rule and severity', () => {
    check(() => {
      for (const b of batches) {
        const texts = new Map(b.mutants.map((m) => [m.file, textOf(m.bytes)]));
        const bad = new Map<string, string[]>();
        for (const d of b.report!.diagnostics) {
          const text = texts.get(d.file);
          const problems =
            text === undefined
              ? [`unknown file ${d.file}`]
              : diagnosticProblems(d as Omit<Diagnostic, 'path'>, text);
          if (!RULES.has(d.rule)) problems.push(`unknown rule ${d.rule}`);
          if (problems.length > 0) bad.set(d.file, [...(bad.get(d.file) ?? []), ...problems]);
        }
        expect(
          [...bad.entries()].slice(0, 10).map(([f, ps]) => `${f}: ${ps.join('; ')}`),
          `findings that break the contract:\n${describeMutants(b, bad.keys())}`,
        ).toEqual([]);
      }
    });
  });

  it('the mutants are broken in many ways, and the tool tells them apart', () => {
    // A guard against a fuzzer that quietly stops mutating (or a CLI that stops reading).
    check(() => {
      const rules = new Set(batches.flatMap((b) => b.report!.diagnostics.map((d) => d.rule)));
      for (const rule of ['yaml', 'schema', 'reference']) expect(rules).toContain(rule);
      const maps = batches.reduce((n, b) => n + b.report!.summary.maps, 0);
      expect(maps).toBeGreaterThan(COUNT / 4);
      const ops = new Set(batches.flatMap((b) => b.mutants.flatMap((m) => m.operations)));
      if (COUNT >= 1000) expect(ops.size).toBe(14);
    });
  });
});
