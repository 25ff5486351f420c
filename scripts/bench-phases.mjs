#!/usr/bin/env node
/**
 * Where `acctmap validate` spends its time, phase by phase, in one thread (no workers), over a
 * folder of maps: `node scripts/bench-phases.mjs [DIR] [--rounds N] [--json]`. DIR defaults to
 * the bench's 1,000 maps (.bench/maps-40p-1000; run `npm run bench` once to make them).
 *
 * Each phase is timed on its own over every file, after the phases before it (whose results it
 * takes as input), `--rounds` times (default 3; the first warms the JIT up and is not shown).
 * The phases are the pipeline's own functions from dist/ (run `npm run compile` first), so the
 * figures are what a run spends, less the start-up and the hand-over between threads, which
 * are measured apart at the end (start of a worker that loads the checking code; a structured
 * clone of what a worker sends back).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = (/** @type {string} */ p) => path.join(ROOT, 'dist', p);
const { values: args, positionals } = parseArgs({
  options: { rounds: { type: 'string', default: '3' }, json: { type: 'boolean', default: false } },
  allowPositionals: true,
});
const dir = path.resolve(positionals[0] ?? path.join(ROOT, '.bench', 'maps-40p-1000'));
const rounds = Math.max(2, Number(args.rounds));

const { readTextFile } = await import(dist('cli/io.js'));
const { parseSource } = await import(dist('parse/source.js'));
const { AccountMapSchema } = await import(dist('model/account-map.js'));
const { errorMessage } = await import(dist('validate/schema-issues.js'));
const { checkReferences } = await import(dist('validate/references.js'));
const { createRuleRunner } = await import(dist('rules/index.js'));
const { defaultConfig } = await import(dist('config/schema.js'));
const { checkFile, finishCheck } = await import(dist('validate/check.js'));
const { FORMATTERS, summarize } = await import(dist('format/index.js'));
const { plainStyle } = await import(dist('format/style.js'));
const { checkForTransfer } = await import(dist('cli/parallel-protocol.js'));

const files = fs
  .readdirSync(dir)
  .filter((f) => /\.acctmap\.ya?ml$/.test(f))
  .sort()
  .map((f) => path.join(dir, f));
if (files.length === 0) {
  process.stderr.write(`bench-phases: no maps in ${dir}\n`);
  process.exit(2);
}
const MAX = 10 * 1024 * 1024;
const names = files.map((f) => path.relative(ROOT, f));
const runner = createRuleRunner({
  config: defaultConfig(),
  configDir: ROOT,
  cli: [],
  asOf: '2026-11-23',
});

/** @type {Record<string, number[]>} */
const times = {};
/** @template T @param {string} name @param {() => T} fn @returns {T} */
function time(name, fn) {
  const start = process.hrtime.bigint();
  const result = fn();
  const list = times[name] ?? [];
  list.push(Number(process.hrtime.bigint() - start) / 1e6);
  times[name] = list;
  return result;
}

for (let round = 0; round < rounds; round++) {
  const texts = time('read the file (stat, bytes, encoding check)', () =>
    files.map((f) => readTextFile(f, MAX).text),
  );
  const parsed = time('YAML → data (fast reader)', () => texts.map((t) => parseSource(t)));
  const docs = parsed.map((p) => p.documents[0]);
  const zod = time('schema (zod safeParse)', () =>
    docs.map((d) => AccountMapSchema.safeParse(d.data, { error: errorMessage })),
  );
  const maps = zod.map((z) => z.data);
  time('cross-references', () => maps.map((m) => checkReferences(m)));
  const none = { suppressions: [], misspelled: [] };
  const unplaced = (/** @type {any} */ r) => ({ ...r, at: { line: 1, column: 1 }, lines: [1] });
  const own = time("each map's own rules", () =>
    maps.map((m, i) => runner.checkMap(m, names[i], none, unplaced).report),
  );
  time('suppression comments (scan)', () => texts.map((t) => runner.commentsIn(t)));
  time('positions: `account` and its keys (read as far as `account` goes)', () =>
    maps.forEach((m, i) => {
      for (const k of ['', ...Object.keys(m.account)]) {
        const p = k ? ['account', k] : ['account'];
        docs[i].locateAccount(p, 'key');
        docs[i].locateAccount(p, 'value');
      }
    }),
  );
  time('positions: read all of them (maps with findings)', () =>
    own.forEach((found, i) => found.length && docs[i].locate([])),
  );
  time('positions: place each finding', () =>
    own.forEach((found, i) => {
      for (const { finding } of found) docs[i].locate(finding.path, finding.target);
    }),
  );
  time('positions: read all of them (maps without findings; no longer done)', () =>
    own.forEach((found, i) => found.length || docs[i].locate([])),
  );
  const checks = time('checkFile, all of the above in one (for comparison)', () =>
    texts.map((text, i) => checkFile({ file: names[i], text }, { rules: runner })),
  );
  time('hand-over: what a worker sends, made and cloned', () =>
    files.map((f, i) =>
      structuredClone(checkForTransfer(f, names[i], MAX, runner, { accounts: true, hash: false })),
    ),
  );
  const result = time('run-wide: duplicates, portfolio rules, suppressions, sort', () =>
    finishCheck(checks, { rules: runner }),
  );
  time('format (json)', () =>
    FORMATTERS.json(
      {
        files: result.files,
        diagnostics: result.diagnostics,
        summary: summarize(result.files, result.diagnostics),
      },
      { style: plainStyle, rules: [], toolVersion: '0' },
    ),
  );
}
// The hand-over line includes a second check of each file; subtract checkFile for the clone.
const handover = times['hand-over: what a worker sends, made and cloned'] ?? [];
const whole = times['checkFile, all of the above in one (for comparison)'] ?? [];
times['hand-over: what a worker sends, made and cloned'] = handover.map(
  (t, i) => t - (whole[i] ?? 0),
);

// Start-up of one worker that loads the checking code and says it is ready.
const workerStart = [];
for (let i = 0; i < 3; i++) {
  const start = process.hrtime.bigint();
  await new Promise((resolve, reject) => {
    const w = new Worker(
      `import(${JSON.stringify(dist('validate/check.js'))}).then(() => import(${JSON.stringify(dist('rules/index.js'))})).then(() => require('node:worker_threads').parentPort.postMessage(1));`,
      { eval: true },
    );
    w.once('message', () => {
      void w.terminate();
      resolve(undefined);
    });
    w.once('error', reject);
  });
  workerStart.push(Number(process.hrtime.bigint() - start) / 1e6);
}

const n = files.length;
const rows = Object.entries(times).map(([name, ts]) => {
  const warm = ts.slice(1);
  const best = Math.min(...warm);
  return { name, totalMs: best, perMapMs: best / n };
});
if (args.json) {
  process.stdout.write(`${JSON.stringify({ maps: n, rows, workerStartMs: workerStart })}\n`);
} else {
  process.stdout.write(
    `${n} maps in ${path.relative(process.cwd(), dir) || '.'}, one thread, best of ${rounds - 1} warm rounds\n`,
  );
  for (const r of rows) {
    process.stdout.write(
      `  ${r.name.padEnd(58)}${r.totalMs.toFixed(0).padStart(7)} ms  ${r.perMapMs.toFixed(3).padStart(7)} ms/map\n`,
    );
  }
  process.stdout.write(
    `  ${'start of a worker that loads the checking code'.padEnd(58)}${Math.min(...workerStart)
      .toFixed(0)
      .padStart(7)} ms\n`,
  );
}
