/**
 * Installing acctmap from git, the ways users do, on a machine with no TypeScript: `npm install -g
 * <git url>`, `npx <git url>`, `npm install <git url>` in another project, and pre-commit's
 * `language: node` hook (Debian's pre-commit). Each installs this working tree as it would be
 * committed (a fresh repository made from the files git would track), with every development
 * tool taken off PATH. Also: the committed dist/ is what `npm run compile` makes of src/, and
 * publint finds nothing wrong with the packed package.
 */
import { execFileSync, type SpawnSyncReturns, spawnSync } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { EXAMPLES, ROOT, tempDir } from './helpers/cli.js';
import { freshEnv, mapsRepository, run, show, snapshot } from './helpers/repo.js';

const VERSION = (
  JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
    version: string;
  }
).version;

function hasCommand(name: string): boolean {
  return run('sh', ['-c', `command -v ${name}`], { cwd: ROOT }).status === 0;
}

describe('dist/ (committed so that installing from git needs no build)', () => {
  it('is exactly what `npm run compile` makes of src/ (else: run it and commit dist/)', () => {
    // `npm test` compiled src/ into dist/ just before; git tells whether that differs from the
    // commit. Only meaningful where src/ is as committed (in CI, always).
    const git = (args: string[]) =>
      spawnSync('git', args, { cwd: ROOT, encoding: 'utf8' }) as SpawnSyncReturns<string>;
    if (git(['rev-parse', '--git-dir']).status !== 0) return; // not a git checkout
    const srcChanged =
      git(['status', '--porcelain', '--', 'src', 'tsconfig.json', 'tsconfig.build.json']).stdout !==
      '';
    if (srcChanged) return;
    expect(
      git(['status', '--porcelain', '--', 'dist']).stdout,
      'dist/ differs from src/: run `npm run compile` and commit dist/',
    ).toBe('');
  });
});

describe('installing from git on a machine without TypeScript', () => {
  let repo: { dir: string; sha: string };
  let url: string;
  beforeAll(() => {
    repo = snapshot();
    url = `git+file://${repo.dir}`;
  });

  it('the test machine really has no tsc on PATH', () => {
    expect(hasCommand('tsc')).toBe(false);
    expect(hasCommand('node')).toBe(true);
  });

  it('`npm install -g <git url>`: acctmap --version and validate work', () => {
    const prefix = tempDir();
    const install = run('npm', ['install', '-g', '--prefix', prefix, url], { cwd: tempDir() });
    expect(install.status, show(install)).toBe(0);
    const bin = path.join(prefix, 'bin', 'acctmap');
    const version = run(bin, ['--version'], { cwd: tempDir() });
    expect(version.stdout.trim(), show(version)).toBe(VERSION);
    const validate = run(bin, ['validate', EXAMPLES, '--as-of', '2026-11-23'], { cwd: tempDir() });
    expect(validate.status, show(validate)).toBe(0);
    expect(validate.stdout).toContain('8 maps in 7 files checked');
    // A package, not a link into npm's temporary clone (which is deleted after the install).
    const installed = path.join(prefix, 'lib', 'node_modules', 'acctmap');
    expect(readFileSync(path.join(installed, 'dist', 'cli', 'run.js'), 'utf8')).toContain('export');
  });

  it('`npx <git url>`: runs without installing anything first', () => {
    const r = run('npx', ['--yes', url, 'validate', EXAMPLES, '--as-of', '2026-11-23'], {
      cwd: tempDir(),
    });
    expect(r.status, show(r)).toBe(0);
    expect(r.stdout).toContain('8 maps in 7 files checked');
  });

  it('`npm install <git url>` in another project, then `npx acctmap`', () => {
    const project = tempDir();
    writeFileSync(
      path.join(project, 'package.json'),
      JSON.stringify({ name: 'sales-maps', private: true }),
    );
    const install = run('npm', ['install', url], { cwd: project });
    expect(install.status, show(install)).toBe(0);
    const manifest = JSON.parse(readFileSync(path.join(project, 'package.json'), 'utf8'));
    expect(manifest.dependencies.acctmap).toContain('git+file://');
    cpSync(path.join(EXAMPLES, 'kystlaks.acctmap.yaml'), path.join(project, 'k.acctmap.yaml'));
    const r = run('npx', ['acctmap', 'validate', '--as-of', '2026-11-23'], { cwd: project });
    expect(r.status, show(r)).toBe(0);
    expect(r.stdout).toContain('1 map in 1 file checked');
  });

  it('publint finds no problem in the packed package', () => {
    const out = tempDir();
    const pack = run('npm', ['pack', '--pack-destination', out], { cwd: repo.dir });
    expect(pack.status, show(pack)).toBe(0);
    const tarball = path.join(out, pack.stdout.trim().split('\n').at(-1)!);
    // publint is one of our development tools: run it from node_modules on the tarball.
    const publint = path.join(ROOT, 'node_modules', 'publint', 'src', 'cli.js');
    const r = run(process.execPath, [publint, 'run', tarball, '--strict'], { cwd: out });
    expect(r.status, show(r)).toBe(0);
    expect(r.stdout).toContain('All good!');
  });
});

describe.runIf(hasCommand('pre-commit'))('pre-commit, `language: node`', () => {
  let repo: { dir: string; sha: string };
  let home: string;
  let project: string;
  beforeAll(() => {
    repo = snapshot();
    home = tempDir(); // a fresh PRE_COMMIT_HOME: the hook is installed as on a new machine
    project = mapsRepository({
      'accounts/broken.acctmap.yaml.txt':
        'acctmap: 1\naccount:\n  id: broken\n  name: Broken\n  tier: keyy\n',
    });
  }, 60_000);

  const preCommit = (args: string[]) =>
    run('pre-commit', args, {
      cwd: project,
      env: freshEnv({ PRE_COMMIT_HOME: home }),
      timeout: 900_000,
    });

  const tryRepo = (...files: string[]) =>
    preCommit(['try-repo', repo.dir, 'acctmap-validate', '--ref', repo.sha, '--files', ...files]);

  it('`pre-commit try-repo`: passes on a folder of good maps', () => {
    const r = tryRepo('accounts/kystlaks.acctmap.yaml', 'accounts/lumi-skin.acctmap.yaml');
    expect(r.status, show(r)).toBe(0);
    expect(r.stdout).toMatch(/acctmap validate\.+Passed/);
  }, 900_000);

  it('`pre-commit try-repo`: fails on a broken map, naming the problem', () => {
    cpSync(
      path.join(project, 'accounts', 'broken.acctmap.yaml.txt'),
      path.join(project, 'accounts', 'broken.acctmap.yaml'),
    );
    const r = tryRepo('accounts/kystlaks.acctmap.yaml', 'accounts/broken.acctmap.yaml');
    expect(r.status, show(r)).toBe(1);
    expect(r.stdout).toMatch(/acctmap validate\.+Failed/);
    expect(r.stdout).toContain('account.tier: `keyy` is not allowed here; did you mean `key`?');
  }, 900_000);

  it("the README's pinned commits are in this repository and install without a build", () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const pins = [...readme.matchAll(/^ {4}rev: ([0-9a-f]{40})$|\/acctmap@([0-9a-f]{40})$/gm)].map(
      (m) => m[1] ?? m[2]!,
    );
    expect(pins.length, 'README pins pre-commit and the action to full commit ids').toBeGreaterThan(
      2,
    );
    const git = (args: string[]) => spawnSync('git', args, { cwd: ROOT, encoding: 'utf8' });
    for (const rev of new Set(pins)) {
      // Rebasing the branch that wrote it changes commit ids: then put in a commit of main.
      expect(git(['merge-base', '--is-ancestor', rev, 'HEAD']).status, `${rev} in history`).toBe(0);
      expect(git(['cat-file', '-e', `${rev}:dist/cli/run.js`]).status).toBe(0);
      expect(git(['cat-file', '-e', `${rev}:action.yml`]).status).toBe(0);
      const hooks = parse(git(['show', `${rev}:.pre-commit-hooks.yaml`]).stdout) as Array<{
        id: string;
      }>;
      expect(hooks.map((h) => h.id)).toContain('acctmap-validate');
      const manifest = JSON.parse(git(['show', `${rev}:package.json`]).stdout) as {
        scripts: Record<string, string>;
      };
      for (const script of ['prepare', 'build', 'prepack', 'install', 'preinstall', 'postinstall'])
        expect(manifest.scripts[script], script).toBeUndefined();
    }
  });

  it("the README's .pre-commit-config.yaml works as written, and its way to update `rev:`", () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const block = /```yaml\n(# \.pre-commit-config\.yaml\n[\s\S]*?)```/.exec(readme)?.[1];
    expect(block, 'README has a .pre-commit-config.yaml block').toBeDefined();
    const config = parse(block!) as {
      repos: Array<{ repo: string; rev: string; hooks: Array<{ id: string }> }>;
    };
    expect(config.repos[0]!.rev).toMatch(/^[0-9a-f]{40}$/);
    expect(config.repos[0]!.hooks.map((h) => h.id)).toEqual(['acctmap-validate']);
    // The same text with this repository's clone as `repo:`. Its `rev:` is not in that clone,
    // so the README's way to move to the newest commit must put the clone's commit there.
    const file = path.join(project, '.pre-commit-config.yaml');
    writeFileSync(file, block!.replace(config.repos[0]!.repo, repo.dir));
    const update = preCommit(['autoupdate', '--bleeding-edge', '--freeze']);
    expect(update.status, show(update)).toBe(0);
    expect(readFileSync(file, 'utf8')).toMatch(new RegExp(`^ {4}rev: ${repo.sha}\\b`, 'm'));
    execFileSync('git', ['add', '.pre-commit-config.yaml'], { cwd: project });
    const r = preCommit(['run', '--files', 'accounts/lumi-skin.acctmap.yaml']);
    expect(r.status, show(r)).toBe(0);
    expect(r.stdout).toMatch(/acctmap validate\.+Passed/);
  }, 900_000);
});
