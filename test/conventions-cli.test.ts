/**
 * The conventions users know from ESLint, Biome and markdownlint-cli2, tried as a user would: a
 * real `acctmap` process, real git repositories in temporary folders, stdin piped in.
 * - `-` reads one map from stdin, `--stdin-filename` names it (and config overrides match it);
 * - quoted globs are expanded by acctmap; one that matches nothing is exit 2;
 * - files git ignores are not searched (`--no-gitignore` searches them), `--ignore-pattern`;
 * - `acctmap config FILE` / `validate --print-config FILE`;
 * - several outputs in one run, the format from `-o`'s extension, and `-o` paths that are
 *   folders, missing folders or files in the way, the same in every command.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { acctmap, tempDir } from './helpers/cli.js';

const map = (id: string) => `acctmap: 1
account:
  id: ${id}
  name: ${id} Ltd
people:
  - id: anna
    name: Anna
`;
const BROKEN = `acctmap: 1
account:
  id: broken
  name: Broken AS
people:
  - id: ola
    name: Ola
    stance: suporter
`;

function write(dir: string, file: string, text: string): void {
  mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  writeFileSync(path.join(dir, file), text);
}

function git(dir: string, ...args: string[]): void {
  execFileSync('git', args, { cwd: dir, stdio: 'ignore' });
}

/** Files (as shown in findings) that a JSON run checked. */
function checked(stdout: string): string[] {
  return (JSON.parse(stdout) as { files: { file: string }[] }).files.map((f) => f.file).sort();
}

describe('- reads one map from stdin', { timeout: 180_000 }, () => {
  it('checks the piped map under --stdin-filename, and config overrides match that name', () => {
    const dir = tempDir();
    write(
      dir,
      'acctmap.config.yaml',
      'overrides:\n  - files: ["prospects/**"]\n    rules:\n      no-champion: off\n',
    );
    const asProspect = acctmap(
      ['validate', '-', '--stdin-filename', 'prospects/new.acctmap.yaml', '--format', 'json'],
      { cwd: dir, input: map('newco') },
    );
    expect(asProspect.stderr).toBe('');
    const found = JSON.parse(asProspect.stdout) as {
      files: { file: string; maps: string[] }[];
      diagnostics: { file: string; rule: string }[];
    };
    expect(found.files).toEqual([{ file: 'prospects/new.acctmap.yaml', maps: ['newco'] }]);
    expect(found.diagnostics.map((d) => d.rule)).not.toContain('no-champion');
    expect(found.diagnostics.every((d) => d.file === 'prospects/new.acctmap.yaml')).toBe(true);

    // The same map under a name no override matches: the rule is on again.
    const elsewhere = acctmap(
      ['validate', '-', '--stdin-filename', 'accounts/new.acctmap.yaml', '--format', 'json'],
      { cwd: dir, input: map('newco') },
    );
    const rules = (
      JSON.parse(elsewhere.stdout) as { diagnostics: { rule: string }[] }
    ).diagnostics.map((d) => d.rule);
    expect(rules).toContain('no-champion');
  });

  it('without --stdin-filename the map is <stdin>; a broken map fails with its position', () => {
    const dir = tempDir();
    const result = acctmap(['validate', '-', '--no-rules'], { cwd: dir, input: BROKEN });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('<stdin>');
    expect(result.stdout).toMatch(/8:\d+/);
  });

  it('reads stdin beside files named on the command line, and score takes it too', () => {
    const dir = tempDir();
    write(dir, 'a.acctmap.yaml', map('alpha'));
    const result = acctmap(['validate', 'a.acctmap.yaml', '-', '--format', 'json'], {
      cwd: dir,
      input: map('beta'),
    });
    expect(checked(result.stdout)).toEqual(['<stdin>', 'a.acctmap.yaml']);
    const score = acctmap(['score', '-', '--format', 'json', '--no-rules'], {
      cwd: dir,
      input: map('beta'),
    });
    expect(score.stderr).not.toContain('internal error');
  });

  it('refuses --stdin-filename without -, and - twice', () => {
    const dir = tempDir();
    const alone = acctmap(['validate', '--stdin-filename', 'x.acctmap.yaml'], { cwd: dir });
    expect(alone.code).toBe(2);
    expect(alone.stderr).toContain('no path is -');
    const twice = acctmap(['validate', '-', '-'], { cwd: dir, input: map('a') });
    expect(twice.code).toBe(2);
    expect(twice.stderr).toContain('more than once');
  });
});

describe('quoted globs', { timeout: 180_000 }, () => {
  it('are expanded by acctmap with picomatch rules', () => {
    const dir = tempDir();
    write(dir, 'accounts/north/a.acctmap.yaml', map('a'));
    write(dir, 'accounts/south/deep/b.acctmap.yaml', map('b'));
    write(dir, 'accounts/c.acctmap.yaml', map('c'));
    write(dir, 'other/d.acctmap.yaml', map('d'));
    const deep = acctmap(['validate', 'accounts/**/*.acctmap.yaml', '--format', 'json'], {
      cwd: dir,
    });
    expect(checked(deep.stdout)).toEqual([
      'accounts/c.acctmap.yaml',
      'accounts/north/a.acctmap.yaml',
      'accounts/south/deep/b.acctmap.yaml',
    ]);
    const one = acctmap(['validate', 'accounts/*/*.acctmap.yaml', '--format', 'json'], {
      cwd: dir,
    });
    expect(checked(one.stdout)).toEqual(['accounts/north/a.acctmap.yaml']);
  });

  it('a glob that matches nothing is exit 2 with the pattern named, like a missing path', () => {
    const dir = tempDir();
    write(dir, 'accounts/a.acctmap.yaml', map('a'));
    const result = acctmap(['validate', 'accounts/*.acctmap.yml'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('no file matches accounts/*.acctmap.yml');
    const mixed = acctmap(['validate', 'accounts', 'nothing/*.acctmap.yaml'], { cwd: dir });
    expect(mixed.code).toBe(2);
    expect(mixed.stdout).toContain('1 map');
  });
});

describe('files git ignores', { timeout: 180_000 }, () => {
  function repo(): string {
    const dir = tempDir();
    git(dir, 'init', '-q');
    write(dir, '.gitignore', 'build/\nscratch.acctmap.yaml\n');
    write(dir, 'accounts/a.acctmap.yaml', map('a'));
    write(dir, 'build/copy.acctmap.yaml', BROKEN);
    write(dir, 'scratch.acctmap.yaml', BROKEN);
    return dir;
  }

  it('are not searched in folders; --no-gitignore searches them; named files are checked', () => {
    const dir = repo();
    const plain = acctmap(['validate', '--format', 'json'], { cwd: dir });
    expect(checked(plain.stdout)).toEqual(['accounts/a.acctmap.yaml']);
    expect(plain.code).toBe(0);
    const all = acctmap(['validate', '--no-gitignore', '--format', 'json'], { cwd: dir });
    expect(checked(all.stdout)).toEqual([
      'accounts/a.acctmap.yaml',
      'build/copy.acctmap.yaml',
      'scratch.acctmap.yaml',
    ]);
    const named = acctmap(['validate', 'scratch.acctmap.yaml', '--format', 'json'], { cwd: dir });
    expect(checked(named.stdout)).toEqual(['scratch.acctmap.yaml']);
    expect(named.code).toBe(1);
    // A glob is a search: what git ignores stays out.
    const glob = acctmap(['validate', '**/*.acctmap.yaml', '--format', 'json'], { cwd: dir });
    expect(checked(glob.stdout)).toEqual(['accounts/a.acctmap.yaml']);
  });

  it('a tracked file is searched even when a .gitignore pattern matches it (git rules)', () => {
    const dir = repo();
    git(dir, 'add', '-f', 'scratch.acctmap.yaml');
    const result = acctmap(['validate', '--format', 'json'], { cwd: dir });
    expect(checked(result.stdout)).toEqual(['accounts/a.acctmap.yaml', 'scratch.acctmap.yaml']);
  });

  it('outside a git repository nothing changes', () => {
    const dir = tempDir();
    write(dir, '.gitignore', 'build/\n');
    write(dir, 'build/b.acctmap.yaml', map('b'));
    const result = acctmap(['validate', '--format', 'json'], { cwd: dir });
    expect(checked(result.stdout)).toEqual(['build/b.acctmap.yaml']);
    // Nor without git on PATH, inside a repository.
    const inRepo = repo();
    const noGit = acctmap(['validate', '--format', 'json'], {
      cwd: inRepo,
      // An empty folder as PATH: no git to be found (node itself is started by its full path).
      env: { PATH: tempDir() },
    });
    expect(noGit.stderr).toBe('');
    expect(checked(noGit.stdout)).toContain('build/copy.acctmap.yaml');
  });

  it('--ignore-pattern skips beside the config ignore, and repeats', () => {
    const dir = tempDir();
    write(dir, 'acctmap.config.yaml', 'ignore: ["old/**"]\n');
    write(dir, 'old/o.acctmap.yaml', map('o'));
    write(dir, 'drafts/d.acctmap.yaml', map('d'));
    write(dir, 'tmp/t.acctmap.yaml', map('t'));
    write(dir, 'live/l.acctmap.yaml', map('l'));
    const result = acctmap(
      ['validate', '--ignore-pattern', 'drafts/**', '--ignore-pattern', 'tmp', '--format', 'json'],
      { cwd: dir },
    );
    expect(checked(result.stdout)).toEqual(['live/l.acctmap.yaml']);
  });
});

describe('acctmap config FILE', { timeout: 180_000 }, () => {
  function configured(): string {
    const dir = tempDir();
    write(
      dir,
      'acctmap.config.yaml',
      [
        'ignore: ["archive/**"]',
        'rules:',
        '  stale-contact: { severity: error, days: 60 }',
        'overrides:',
        '  - files: ["prospects/**"]',
        '    rules:',
        '      no-champion: off',
        '',
      ].join('\n'),
    );
    mkdirSync(path.join(dir, 'prospects'));
    return dir;
  }

  it('names the config, the overrides that apply, and each rule with where it was set', () => {
    const dir = configured();
    const result = acctmap(['config', 'prospects/x.acctmap.yaml'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('config:    acctmap.config.yaml');
    expect(result.stdout).toContain('overrides[0] (files: prospects/**)');
    expect(result.stdout).toMatch(/no-champion +off +set by overrides\[0\]/);
    expect(result.stdout).toMatch(/stale-contact +error +set by rules +days: 60/);
  });

  it('as JSON, from a subfolder (the config in a parent), and as validate --print-config', () => {
    const dir = configured();
    const json = acctmap(['config', 'x.acctmap.yaml', '--format', 'json'], {
      cwd: path.join(dir, 'prospects'),
    });
    const parsed = JSON.parse(json.stdout) as {
      config: string;
      overrides: { index: number; files: string[] }[];
      rules: Record<string, { severity: string; set_by: string; options: object }>;
    };
    expect(parsed.config).toBe(path.join(dir, 'acctmap.config.yaml'));
    expect(parsed.overrides).toEqual([{ index: 0, files: ['prospects/**'] }]);
    expect(parsed.rules['no-champion']).toMatchObject({ severity: 'off', set_by: 'overrides[0]' });
    expect(parsed.rules['stale-contact']?.options).toMatchObject({ days: 60 });

    const alias = acctmap(['validate', '--print-config', 'x.acctmap.yaml', '--format', 'json'], {
      cwd: path.join(dir, 'prospects'),
    });
    expect(alias.stdout).toBe(json.stdout);
    const withRule = acctmap(
      ['config', 'prospects/x.acctmap.yaml', '--rule', 'no-champion=error', '--format', 'json'],
      { cwd: dir },
    );
    expect((JSON.parse(withRule.stdout) as typeof parsed).rules['no-champion']).toMatchObject({
      severity: 'error',
      set_by: '--rule',
    });
  });

  it('the overrides it shows are the ones validate applies, from a subfolder too', () => {
    const dir = configured();
    write(dir, 'prospects/p.acctmap.yaml', map('p'));
    const result = acctmap(['validate', 'p.acctmap.yaml', '--format', 'json'], {
      cwd: path.join(dir, 'prospects'),
    });
    const rules = (
      JSON.parse(result.stdout) as { diagnostics: { rule: string }[] }
    ).diagnostics.map((d) => d.rule);
    expect(rules).not.toContain('no-champion');
  });

  it('says when the config ignores the file, and works without a config', () => {
    const dir = configured();
    const ignored = acctmap(['config', 'archive/old.acctmap.yaml'], { cwd: dir });
    expect(ignored.stdout).toContain("ignored:   yes, by the config's ignore: archive/**");
    // A folder the config ignores skips everything in it, and config says so for its files.
    write(
      dir,
      'acctmap.config.yaml',
      readFileSync(path.join(dir, 'acctmap.config.yaml'), 'utf8').replace(
        'ignore: ["archive/**"]',
        'ignore: ["archive/**", "drafts"]',
      ),
    );
    const inFolder = acctmap(['config', 'drafts/2027/new.acctmap.yaml'], { cwd: dir });
    expect(inFolder.stdout).toContain("ignored:   yes, by the config's ignore: drafts");
    const bare = acctmap(['config'], { cwd: tempDir() });
    expect(bare.code).toBe(0);
    expect(bare.stdout).toContain('config:    none found');
    expect(bare.stdout).toMatch(/no-champion +warning +default/);
  });
});

describe('config FILE and git', { timeout: 180_000 }, () => {
  it('names the .gitignore line a folder search skips the file by, and --no-gitignore drops it', () => {
    const dir = tempDir();
    git(dir, 'init', '-q');
    write(dir, '.gitignore', '# old maps\nold/\n');
    write(dir, 'old/a.acctmap.yaml', map('a'));
    write(dir, 'live/b.acctmap.yaml', map('b'));
    const ignored = acctmap(['config', 'old/a.acctmap.yaml'], { cwd: dir });
    expect(ignored.code).toBe(0);
    expect(ignored.stdout).toContain('ignored:   yes, by .gitignore line 2: old/');
    // The same from a subfolder, where paths outside it are shown whole (as in findings).
    const below = acctmap(['config', '../old/a.acctmap.yaml'], { cwd: path.join(dir, 'live') });
    expect(below.stdout).toContain(
      `ignored:   yes, by ${path.join(dir, '.gitignore')} line 2: old/`,
    );
    const json = acctmap(['config', 'old/a.acctmap.yaml', '--format', 'json'], { cwd: dir });
    expect((JSON.parse(json.stdout) as { ignored_by: string }).ignored_by).toBe(
      '.gitignore line 2: old/',
    );
    // What config says is what a folder search does.
    const run = acctmap(['validate', '--format', 'json'], { cwd: dir });
    expect(checked(run.stdout)).toEqual(['live/b.acctmap.yaml']);
    for (const args of [
      ['config', 'old/a.acctmap.yaml', '--no-gitignore'],
      ['validate', '--print-config', 'old/a.acctmap.yaml', '--no-gitignore'],
      ['config', 'live/b.acctmap.yaml'],
    ]) {
      expect(acctmap(args, { cwd: dir }).stdout).not.toContain('ignored:');
    }
    // A file git tracks is searched whatever .gitignore says, and config says nothing either.
    git(dir, 'add', '-f', 'old/a.acctmap.yaml');
    expect(acctmap(['config', 'old/a.acctmap.yaml'], { cwd: dir }).stdout).not.toContain(
      'ignored:',
    );
  });
});

describe('several outputs in one run', { timeout: 180_000 }, () => {
  it('pairs --format and -o in order: the terminal and a SARIF file', () => {
    const dir = tempDir();
    write(dir, 'b.acctmap.yaml', BROKEN);
    const result = acctmap(
      ['validate', '--format', 'stylish', '--format', 'sarif', '-o', '-', '-o', 'out/x.sarif'],
      { cwd: dir },
    );
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('b.acctmap.yaml');
    expect(result.stdout).toContain('problem');
    const sarif = JSON.parse(readFileSync(path.join(dir, 'out/x.sarif'), 'utf8')) as {
      version: string;
      runs: { results: unknown[] }[];
    };
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0]!.results.length).toBeGreaterThan(0);
  });

  it('without --format, each -o takes its format from its extension', () => {
    const dir = tempDir();
    write(dir, 'b.acctmap.yaml', BROKEN);
    const result = acctmap(['validate', '-o', 'r.sarif', '-o', 'r.json', '-o', 'r.xml'], {
      cwd: dir,
    });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(JSON.parse(readFileSync(path.join(dir, 'r.sarif'), 'utf8')).version).toBe('2.1.0');
    expect(JSON.parse(readFileSync(path.join(dir, 'r.json'), 'utf8')).summary).toBeDefined();
    expect(readFileSync(path.join(dir, 'r.xml'), 'utf8')).toMatch(/^<\?xml[\s\S]*<testsuites/);
  });

  it('-o out.sarif alone writes SARIF, not the terminal text', () => {
    const dir = tempDir();
    write(dir, 'a.acctmap.yaml', map('a'));
    acctmap(['validate', '-o', 'out.sarif'], { cwd: dir });
    expect(JSON.parse(readFileSync(path.join(dir, 'out.sarif'), 'utf8')).version).toBe('2.1.0');
    const score = acctmap(['score', '--no-rules', '-o', 'p.csv'], { cwd: dir });
    expect(score.stderr).toBe('');
    expect(readFileSync(path.join(dir, 'p.csv'), 'utf8')).toMatch(/^rank,id,name/);
  });

  it.each([
    [['--format', 'json', '--format', 'sarif'], 'only one output can go to the terminal'],
    [['--format', 'json', '-o', 'a.json', '-o', 'b.json'], 'cannot tell which format goes where'],
    [['-o', 'a.txt', '-o', 'b.sarif'], 'cannot tell which format to write to -o a.txt'],
    [['--format', 'json', '-o', 'x.sarif'], 'ends in .sarif, which is sarif, but --format is json'],
    [['-o', '-', '-o', '-'], 'only one output can go to the terminal'],
    [['-o', 'same.json', '-o', './same.json'], 'is given twice'],
  ])('rejects %j (ambiguous or contradicting), writing nothing', (args, message) => {
    const dir = tempDir();
    write(dir, 'a.acctmap.yaml', map('a'));
    const result = acctmap(['validate', ...args], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    for (const f of ['a.json', 'b.json', 'b.sarif', 'x.sarif', 'same.json'])
      expect(existsSync(path.join(dir, f)), f).toBe(false);
  });

  it('a single-output command given -o or --format twice says so instead of taking the last', () => {
    const dir = tempDir();
    write(dir, 'a.acctmap.yaml', map('a'));
    const o = acctmap(['score', '-o', 'a.json', '-o', 'b.json'], { cwd: dir });
    expect(o.code).toBe(2);
    expect(o.stderr).toContain('-o is given twice (a.json, then b.json)');
    const f = acctmap(['rules', '--format', 'json', '--format', 'text'], { cwd: dir });
    expect(f.code).toBe(2);
    expect(f.stderr).toContain('--format is given twice');
  });
});

describe('-o paths, the same in every command', { timeout: 180_000 }, () => {
  const single: Array<[string, string[]]> = [
    ['validate', ['validate', '.']],
    ['score', ['score', '.', '--no-rules']],
    ['rules', ['rules']],
    ['schema', ['schema']],
  ];

  it.each(single)(
    'an existing folder: %s names it as a folder and suggests a file in it',
    (name, args) => {
      const dir = tempDir();
      write(dir, 'a.acctmap.yaml', map('a'));
      mkdirSync(path.join(dir, 'out'));
      for (const o of ['out/', 'out']) {
        const result = acctmap([...args, '-o', o], { cwd: dir });
        expect(result.code, `${name} -o ${o}`).toBe(2);
        expect(result.stderr).toContain(
          `-o ${o} is a folder, but acctmap ${name} writes a single file`,
        );
        expect(result.stderr).not.toContain('end the path with /');
        expect(result.stderr).toMatch(/for example -o out\/\S+/);
      }
    },
  );

  it.each(single)(
    'a new folder with a trailing /: %s says it does not exist yet, never that a part is a file',
    (name, args) => {
      const dir = tempDir();
      write(dir, 'a.acctmap.yaml', map('a'));
      {
        const result = acctmap([...args, '-o', 'new/'], { cwd: dir });
        expect(result.code, name).toBe(2);
        expect(result.stderr).toContain(
          '-o new/ ends with /, so it names a folder (which does not exist yet)',
        );
        expect(result.stderr).not.toContain('is a file');
      }
    },
  );

  it('a file in a new folder is fine: the folders are created', () => {
    const dir = tempDir();
    write(dir, 'a.acctmap.yaml', map('a'));
    const ok = acctmap(['validate', '.', '-o', 'new/deeper/findings.json'], { cwd: dir });
    expect(ok.code).toBe(0);
    expect(existsSync(path.join(dir, 'new/deeper/findings.json'))).toBe(true);
  });

  it.each([...single, ['report', ['report', '.']] as [string, string[]]])(
    'a file in the way: %s names that file, before any work',
    (name, args) => {
      const dir = tempDir();
      write(dir, 'a.acctmap.yaml', map('a'));
      write(dir, 'notes.txt', 'mine\n');
      {
        const result = acctmap([...args, '-o', 'notes.txt/x.json'], { cwd: dir });
        expect(result.code, name).toBe(2);
        expect(result.stderr).toContain(
          'cannot write notes.txt/x.json: notes.txt is a file, not a folder',
        );
      }
      expect(readFileSync(path.join(dir, 'notes.txt'), 'utf8')).toBe('mine\n');
    },
  );

  it('report and diagram write into a folder, new or existing, with or without the /', () => {
    const dir = tempDir();
    write(dir, 'a.acctmap.yaml', map('a'));
    mkdirSync(path.join(dir, 'existing'));
    expect(acctmap(['report', '.', '-o', 'existing'], { cwd: dir }).code).toBe(0);
    expect(existsSync(path.join(dir, 'existing', 'a.md'))).toBe(true);
    expect(acctmap(['report', '.', '-o', 'fresh/'], { cwd: dir }).code).toBe(0);
    expect(existsSync(path.join(dir, 'fresh', 'a.md'))).toBe(true);
    expect(acctmap(['diagram', 'a.acctmap.yaml', '-o', 'pics/'], { cwd: dir }).code).toBe(0);
    expect(existsSync(path.join(dir, 'pics', 'a.mmd'))).toBe(true);
  });

  it('init and import --into say the same about folders', () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'accounts'));
    const init = acctmap(['init', 'accounts'], { cwd: dir });
    expect(init.code).toBe(2);
    expect(init.stderr).toContain(
      'accounts is a folder, but acctmap init writes a single file; name the file, for example accounts/account.acctmap.yaml',
    );
    const initNew = acctmap(['init', 'newdir/'], { cwd: dir });
    expect(initNew.stderr).toContain('newdir/ ends with /, so it names a folder');
    write(dir, 'c.csv', 'Name,Email\nAnna,anna@example.com\n');
    const into = acctmap(['import', 'c.csv', '--into', 'accounts/'], { cwd: dir });
    expect(into.code).toBe(2);
    expect(into.stderr).toContain(
      '--into accounts/ is a folder, but acctmap import writes a single file',
    );
    const stdout = acctmap(['init', '-'], { cwd: dir });
    expect(stdout.code).toBe(0);
    expect(stdout.stdout).toContain('acctmap: 1');
  });
});
