/**
 * The GitHub Action (action.yml), run the way a runner runs a composite action: each `run:` step
 * as a bash script (`bash --noprofile --norc -eo pipefail`), in the workspace, with the
 * environment GitHub gives it (GITHUB_ACTIONS, GITHUB_STEP_SUMMARY, GITHUB_ACTION_PATH,
 * GITHUB_WORKSPACE, RUNNER_TEMP) and its `${{ … }}` expressions substituted. Composite actions
 * get no INPUT_* variables, so none are set: the action must read its inputs from expressions.
 * The action path is this working tree as committed, so the install step runs for real.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { EXAMPLES, ROOT, tempDir } from './helpers/cli.js';
import { freshEnv, mapsRepository, snapshot } from './helpers/repo.js';

interface Step {
  name?: string;
  shell?: string;
  run?: string;
  uses?: string;
  if?: string;
  env?: Record<string, string>;
  'working-directory'?: string;
}
interface ActionFile {
  name: string;
  description: string;
  inputs: Record<string, { description: string; required?: boolean; default?: string }>;
  runs: { using: string; steps: Step[] };
}

const action = parse(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as ActionFile;

interface Outcome {
  code: number;
  log: string;
  summary: string;
}

/** GitHub's expressions, as far as the action uses them; anything else fails the test. */
function substitute(text: string, context: Record<string, string>): string {
  return text.replace(/\$\{\{\s*([^}]*?)\s*\}\}/g, (_, expression: string) => {
    const value = context[expression];
    if (value === undefined) throw new Error(`action.yml uses \${{ ${expression} }}, unknown here`);
    return value;
  });
}

function runAction(
  actionPath: string,
  workspace: string,
  inputs: Record<string, string> = {},
): Outcome {
  const temp = tempDir();
  const summaryFile = path.join(temp, 'step-summary.md');
  writeFileSync(summaryFile, '');
  const context: Record<string, string> = {
    'github.action_path': actionPath,
    'github.workspace': workspace,
    'runner.temp': temp,
  };
  for (const [name, input] of Object.entries(action.inputs)) {
    context[`inputs.${name}`] = inputs[name] ?? input.default ?? '';
  }
  for (const name of Object.keys(inputs)) {
    if (!(name in action.inputs)) throw new Error(`no input ${name} in action.yml`);
  }
  let log = '';
  for (const [i, step] of action.runs.steps.entries()) {
    expect(step.uses, 'every step is a run: step').toBeUndefined();
    expect(step.if, 'no step is conditional').toBeUndefined();
    expect(step.shell).toBe('bash');
    const script = path.join(temp, `step-${i}.sh`);
    writeFileSync(script, substitute(step.run!, context));
    const env = freshEnv({
      GITHUB_ACTIONS: 'true',
      CI: 'true',
      GITHUB_STEP_SUMMARY: summaryFile,
      GITHUB_ACTION_PATH: actionPath,
      GITHUB_WORKSPACE: workspace,
      RUNNER_TEMP: temp,
    });
    for (const [k, v] of Object.entries(step.env ?? {})) env[k] = substitute(v, context);
    const cwd = step['working-directory']
      ? path.resolve(workspace, substitute(step['working-directory'], context))
      : workspace;
    const r = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', script], {
      cwd,
      env,
      encoding: 'utf8',
      timeout: 300_000,
    });
    log += r.stdout + r.stderr;
    // A failing step fails the job; the steps after it do not run.
    if (r.status !== 0)
      return { code: r.status ?? -1, log, summary: readFileSync(summaryFile, 'utf8') };
  }
  return { code: 0, log, summary: readFileSync(summaryFile, 'utf8') };
}

/** A repository of maps: two good ones and one with a typo'd choice (an error) on line 6. */
function workspace(): string {
  return mapsRepository({
    'accounts/broken.acctmap.yaml':
      'acctmap: 1\naccount:\n  id: broken\n  name: Broken\n  reviewed: 2026-11-01\nrelationship: {stage: friends}\n',
  });
}

describe('action.yml', () => {
  it('is a composite action whose inputs all say what they are', () => {
    expect(action.runs.using).toBe('composite');
    expect(Object.keys(action.inputs)).toEqual(
      expect.arrayContaining(['paths', 'format', 'fail-on', 'as-of', 'config']),
    );
    for (const [name, input] of Object.entries(action.inputs)) {
      expect(input.description.length, name).toBeGreaterThan(20);
      expect(input.required ?? false, name).toBe(false);
    }
  });

  it('passes inputs to the scripts through env:, never pasted into the script text', () => {
    for (const step of action.runs.steps) expect(step.run).not.toMatch(/\$\{\{/);
  });

  it('the README workflow uses only inputs that exist', () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const block = /```yaml\n(# \.github\/workflows\/acctmap\.yml\n[\s\S]*?)```/.exec(readme)?.[1];
    expect(block, 'README has a workflow block').toBeDefined();
    const workflow = parse(block!) as {
      jobs: Record<string, { steps: Array<{ uses?: string; with?: Record<string, unknown> }> }>;
    };
    const steps = Object.values(workflow.jobs).flatMap((j) => j.steps);
    const ours = steps.filter((s) => s.uses && /\/acctmap@[0-9a-f]{40}$/.test(s.uses));
    expect(ours.length, 'a step uses: <owner>/acctmap@<commit>').toBeGreaterThan(0);
    for (const step of ours)
      for (const key of Object.keys(step.with ?? {})) expect(action.inputs).toHaveProperty(key);
  });
});

describe('the action, run as a runner runs it', () => {
  let actionPath: string;
  beforeAll(() => {
    actionPath = snapshot().dir;
  }, 120_000);

  it('annotates the broken line, writes the job summary and fails the step', () => {
    const ws = workspace();
    const r = runAction(actionPath, ws, { 'as-of': '2026-11-23' });
    expect(r.code, r.log).toBe(1);
    expect(r.log).toContain(
      '::error file=accounts/broken.acctmap.yaml,line=6,col=23,endLine=6,title=acctmap schema::relationship.stage: `friends` is not allowed here; use one of `exploratory`,',
    );
    // The job summary: a heading and a table row per finding.
    expect(r.summary).toContain('## acctmap validate');
    expect(r.summary).toMatch(/\| accounts\/broken\.acctmap\.yaml \| 6:23 \| error \| schema \|/);
  });

  it('`fail-on: never` reports but passes', () => {
    const r = runAction(actionPath, workspace(), { 'as-of': '2026-11-23', 'fail-on': 'never' });
    expect(r.code, r.log).toBe(0);
    expect(r.log).toContain('::error file=accounts/broken.acctmap.yaml');
  });

  /** The files a run checked, from its JSON report. */
  const checked = (ws: string, paths: string): { code: number; files: string[] } => {
    const r = runAction(actionPath, ws, { paths, format: 'json', output: 'out.json' });
    if (r.code === 2) return { code: 2, files: [] };
    const out = JSON.parse(readFileSync(path.join(ws, 'out.json'), 'utf8'));
    return { code: r.code, files: out.files.map((f: { file: string }) => f.file).sort() };
  };

  it('`paths`: one per line, or several on a line separated by spaces', () => {
    const ws = workspace();
    expect(checked(ws, 'accounts/broken.acctmap.yaml\naccounts/lumi-skin.acctmap.yaml')).toEqual({
      code: 1,
      files: ['accounts/broken.acctmap.yaml', 'accounts/lumi-skin.acctmap.yaml'],
    });
    expect(
      checked(ws, ' accounts/kystlaks.acctmap.yaml  accounts/lumi-skin.acctmap.yaml '),
    ).toEqual({
      code: 0,
      files: ['accounts/kystlaks.acctmap.yaml', 'accounts/lumi-skin.acctmap.yaml'],
    });
  });

  it('good maps pass; `format: sarif` with `output` writes SARIF; `args` reach acctmap', () => {
    const ws = workspace();
    cpSync(
      path.join(EXAMPLES, 'havbris-energi.acctmap.yaml'),
      path.join(ws, 'accounts', 'havbris-energi.acctmap.yaml'),
    );
    const rulesIn = (args: string) => {
      const r = runAction(actionPath, ws, {
        'as-of': '2026-11-23',
        paths: 'accounts/havbris-energi.acctmap.yaml accounts/lumi-skin.acctmap.yaml',
        format: 'sarif',
        output: 'acctmap.sarif',
        args,
      });
      expect(r.code, r.log).toBe(0);
      const sarif = JSON.parse(readFileSync(path.join(ws, 'acctmap.sarif'), 'utf8'));
      expect(sarif.version).toBe('2.1.0');
      expect(sarif.runs[0].tool.driver.name).toBe('acctmap');
      return new Set(sarif.runs[0].results.map((x: { ruleId: string }) => x.ruleId));
    };
    expect(rulesIn('')).toEqual(new Set(['business-elsewhere']));
    expect(rulesIn('--rule business-elsewhere=off --no-color')).toEqual(new Set());
  });

  it('a path with a space in it stays one path; a missing one fails the step with a message', () => {
    const ws = workspace();
    mkdirSync(path.join(ws, 'key accounts'));
    cpSync(
      path.join(EXAMPLES, 'kystlaks.acctmap.yaml'),
      path.join(ws, 'key accounts', 'k.acctmap.yaml'),
    );
    expect(checked(ws, 'key accounts')).toEqual({
      code: 0,
      files: ['key accounts/k.acctmap.yaml'],
    });
    const missing = runAction(actionPath, ws, { paths: 'no-such-folder' });
    expect(missing.code, missing.log).toBe(2);
    expect(missing.log).toContain('no-such-folder');
  });
});
