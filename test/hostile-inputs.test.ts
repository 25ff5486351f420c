/**
 * Broken files thrown at `acctmap validate` the way a new user would: each gets one specific line
 * saying what is wrong, the files beside it are still checked, and the exit code follows the
 * contract (1 for a broken map, 2 for a path that cannot be read at all).
 */
import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  closeSync,
  existsSync,
  ftruncateSync,
  mkdirSync,
  openSync,
  symlinkSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  crashLines,
  isRoot,
  type JsonReport,
  nodeWarnings,
  parseJson,
  runCli,
} from './fixtures/hostile-inputs/run.js';
import { tempDir } from './helpers/cli.js';

const AS_OF = '2026-11-23';
const GOOD = 'acctmap: 1\naccount:\n  id: good\n  name: Good Ltd\n';

/** `n` levels of aliases, each nine copies of the one before: 9^n nodes when expanded. */
function aliasBomb(levels: number): string {
  let out = 'acctmap: 1\naccount:\n  id: bomb\n  name: Bomb\nprofile:\n';
  out += '  l0: &l0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]\n';
  for (let i = 1; i <= levels; i++) {
    const prev = `*l${i - 1}`;
    out += `  l${i}: &l${i} [${Array(9).fill(prev).join(', ')}]\n`;
  }
  return out;
}

function utf16(text: string, order: 'le' | 'be'): Buffer {
  const le = Buffer.from(text, 'utf16le');
  const body = order === 'le' ? le : Buffer.from(le).swap16();
  return Buffer.concat([Buffer.from(order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]), body]);
}

function validateJson(cwd: string, args: string[] = ['.']) {
  const r = runCli(['validate', ...args, '--format', 'json', '--no-rules', '--as-of', AS_OF], {
    cwd,
  });
  return { ...r, report: r.stdout ? parseJson(r.stdout) : undefined };
}

function diagnosticsOf(report: JsonReport | undefined, file: string) {
  return (report?.diagnostics ?? []).filter((d) => d.file === file);
}

function expectNoCrash(r: { stderr: string; code: number | null }) {
  expect(crashLines(r.stderr)).toEqual([]);
  expect([0, 1, 2]).toContain(r.code);
}

describe('a folder of broken maps beside a good one', () => {
  let dir: string;
  let r: ReturnType<typeof validateJson>;

  beforeAll(() => {
    dir = tempDir();
    writeFileSync(path.join(dir, 'good.acctmap.yaml'), GOOD);
    writeFileSync(path.join(dir, 'bomb.acctmap.yaml'), aliasBomb(9));
    writeFileSync(path.join(dir, 'empty.acctmap.yaml'), '');
    writeFileSync(path.join(dir, 'comments.acctmap.yaml'), '# only a comment\n\n   \n');
    writeFileSync(path.join(dir, 'scalar.acctmap.yaml'), 'just a sentence\n');
    writeFileSync(path.join(dir, 'list.acctmap.yaml'), '- acctmap: 1\n- account: x\n');
    writeFileSync(
      path.join(dir, 'latin1.acctmap.yaml'),
      Buffer.concat([
        Buffer.from('acctmap: 1\naccount:\n  id: latin\n  name: Caf'),
        Buffer.from([0xe9]),
        Buffer.from('\n'),
      ]),
    );
    // A schema error on line 3 shows that positions survive decoding.
    const u16 = 'acctmap: 1\naccount:\n  id: Not A Slug\n  name: Ærlig Ødegård\n';
    writeFileSync(path.join(dir, 'utf16le.acctmap.yaml'), utf16(u16, 'le'));
    writeFileSync(
      path.join(dir, 'utf16be.acctmap.yaml'),
      utf16(u16.replace('Not A Slug', 'utf-be'), 'be'),
    );
    writeFileSync(
      path.join(dir, 'utf16-nobom.acctmap.yaml'),
      Buffer.from('acctmap: 1\naccount:\n  id: x\n', 'utf16le'),
    );
    // A UTF-8 byte-order mark must not shift columns on the first line.
    writeFileSync(path.join(dir, 'utf8bom.acctmap.yaml'), '\ufeffacctmap: 2\naccount: {}\n');
    writeFileSync(
      path.join(dir, 'nul.acctmap.yaml'),
      `${GOOD.replace('good', 'nul')}notes: a\u0000b\n`,
    );
    writeFileSync(
      path.join(dir, 'conflict.acctmap.yaml'),
      `${GOOD.replace('good', 'conflict')}<<<<<<< HEAD\nnotes: ours\n=======\nnotes: theirs\n>>>>>>> branch\n`,
    );
    writeFileSync(
      path.join(dir, 'deep.acctmap.yaml'),
      `acctmap: 1\nprofile: ${'['.repeat(20000)}\n`,
    );
    // A folder whose name looks like a map is searched, not read.
    mkdirSync(path.join(dir, 'folder.acctmap.yaml'));
    writeFileSync(
      path.join(dir, 'folder.acctmap.yaml', 'inner.acctmap.yaml'),
      GOOD.replace('good', 'inner'),
    );
    // Link loops, a link to nowhere, and a folder link that points back up.
    symlinkSync('loop-b.acctmap.yaml', path.join(dir, 'loop-a.acctmap.yaml'));
    symlinkSync('loop-a.acctmap.yaml', path.join(dir, 'loop-b.acctmap.yaml'));
    symlinkSync(path.join(dir, 'gone.yaml'), path.join(dir, 'dangling.acctmap.yaml'));
    mkdirSync(path.join(dir, 'sub'));
    symlinkSync('..', path.join(dir, 'sub', 'up'));
    symlinkSync(path.join(dir, 'good.acctmap.yaml'), path.join(dir, 'sub', 'alias.acctmap.yaml'));
    // A named pipe named like a map: reading it would wait forever for a writer.
    execFileSync('mkfifo', [path.join(dir, 'pipe.acctmap.yaml')]);
    r = validateJson(dir);
  });

  it('finishes quickly, without a crash, with exit 2 (some paths could not be read at all)', () => {
    expect(r.signal).toBeNull();
    expectNoCrash(r);
    expect(r.code).toBe(2);
    expect(r.ms).toBeLessThan(20_000);
  });

  it('still checks the good map and the map inside the folder named like a map', () => {
    const files = r.report!.files;
    expect(files.find((f) => f.file === 'good.acctmap.yaml')?.maps).toEqual(['good']);
    expect(files.find((f) => f.file === 'folder.acctmap.yaml/inner.acctmap.yaml')?.maps).toEqual([
      'inner',
    ]);
    expect(diagnosticsOf(r.report, 'good.acctmap.yaml')).toEqual([]);
  });

  it('reads a map reached through a link once, and does not follow a folder link forever', () => {
    const names = r.report!.files.map((f) => f.file);
    // sub/alias.acctmap.yaml is good.acctmap.yaml under another name; sub/up leads back here.
    expect(names.filter((n) => n.includes('good') || n.includes('alias'))).toHaveLength(1);
    expect(names.some((n) => n.includes('up/'))).toBe(false);
  });

  const cases: Array<[file: string, rule: string, line: number, message: RegExp]> = [
    ['bomb.acctmap.yaml', 'yaml', 1, /alias bomb/],
    ['empty.acctmap.yaml', 'schema', 1, /no account map in it/],
    ['comments.acctmap.yaml', 'schema', 1, /no account map in it/],
    ['scalar.acctmap.yaml', 'schema', 1, /is text `just a sentence`, not an account map/],
    ['list.acctmap.yaml', 'schema', 1, /is a list, not an account map/],
    ['latin1.acctmap.yaml', 'yaml', 1, /not UTF-8 text \(an invalid byte at line 4\)/],
    ['utf16le.acctmap.yaml', 'schema', 3, /`Not A Slug` is not a valid id/],
    ['utf16-nobom.acctmap.yaml', 'yaml', 1, /UTF-16 \(little-endian\) text without a byte-order/],
    ['utf8bom.acctmap.yaml', 'schema', 1, /format version 2 is not one/],
    ['nul.acctmap.yaml', 'yaml', 1, /NUL byte at line 5/],
    ['conflict.acctmap.yaml', 'yaml', 5, /unresolved git merge conflict/],
    ['deep.acctmap.yaml', 'yaml', 2, /^nesting deeper than 100 levels/],
  ];
  for (const [file, rule, line, message] of cases) {
    it(`${file}: one ${rule} error at line ${line}, in one line of text`, () => {
      const ds = diagnosticsOf(r.report, file);
      expect(r.report!.files.map((f) => f.file)).toContain(file);
      expect(ds.length).toBeGreaterThanOrEqual(1);
      expect(ds[0]).toMatchObject({ rule, line, severity: 'error' });
      expect(ds[0]!.message).toMatch(message);
      for (const d of ds) expect(d.message).not.toContain('\n');
    });
  }

  it('decodes UTF-16 with a byte-order mark, both byte orders', () => {
    const files = r.report!.files;
    expect(files.find((f) => f.file === 'utf16le.acctmap.yaml')?.maps).toEqual(['Not A Slug']);
    expect(files.find((f) => f.file === 'utf16be.acctmap.yaml')?.maps).toEqual(['utf-be']);
    expect(diagnosticsOf(r.report, 'utf16be.acctmap.yaml')).toEqual([]);
    expect(diagnosticsOf(r.report, 'utf16le.acctmap.yaml')[0]!.column).toBe(7);
    expect(diagnosticsOf(r.report, 'utf8bom.acctmap.yaml')[0]!.column).toBe(10);
  });

  it('names each unreadable path on stderr in one line', () => {
    const lines = r.stderr.trim().split('\n');
    expect(lines).toContain(
      'acctmap: cannot read loop-a.acctmap.yaml: too many symbolic links (a link loop)',
    );
    expect(lines).toContain(
      'acctmap: cannot read loop-b.acctmap.yaml: too many symbolic links (a link loop)',
    );
    expect(lines).toContain('acctmap: cannot read dangling.acctmap.yaml: no such file or folder');
    expect(lines).toContain(
      'acctmap: cannot read pipe.acctmap.yaml: it is a named pipe (FIFO), not a regular file',
    );
    expect(lines).toHaveLength(4);
  });

  it('says a deeply nested document is too deep, not that the call stack overflowed', () => {
    // The yaml package would report its own RangeError as a syntax error; a user cannot act on
    // "maximum call stack size exceeded". The finding points at the 100th `[` (the mapping
    // around them is the first level).
    const ds = diagnosticsOf(r.report, 'deep.acctmap.yaml');
    expect(ds).toHaveLength(1);
    expect(ds[0]).toMatchObject({ line: 2, column: 109 });
    expect(ds[0]!.message).not.toMatch(/call stack/i);
  });
});

describe('a map file over the size limit', () => {
  it('is refused from its size alone, quickly, with the limit and how to raise it', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'good.acctmap.yaml'), GOOD);
    // 50 MB of real YAML: if the loader read and parsed it, this would take many seconds.
    const line = `  - ${'x'.repeat(95)}\n`;
    const chunk = line.repeat(10_000);
    const fd = openSync(path.join(dir, 'huge.acctmap.yaml'), 'w');
    writeSync(fd, 'acctmap: 1\naccount:\n  id: huge\n  name: Huge\naccount_notes:\n');
    for (let i = 0; i < 50; i++) writeSync(fd, chunk);
    closeSync(fd);
    const r = validateJson(dir);
    expectNoCrash(r);
    expect(r.code).toBe(1);
    const [d] = diagnosticsOf(r.report, 'huge.acctmap.yaml');
    expect(d).toMatchObject({ rule: 'io', line: 1, column: 1 });
    expect(d!.message).toMatch(/^file is 4\d\.\d MB, more than the 10 MB acctmap reads/);
    expect(d!.message).toContain('max_file_mb');
    expect(r.report!.files.find((f) => f.file === 'good.acctmap.yaml')?.maps).toEqual(['good']);
    expect(r.ms).toBeLessThan(10_000);
  });

  it('takes its limit from max_file_mb in the config', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'acctmap.config.yaml'), 'max_file_mb: 60\n');
    // A sparse 50 MB file of NUL bytes: cheap to make, and read only because the limit allows.
    const fd = openSync(path.join(dir, 'sparse.acctmap.yaml'), 'w');
    ftruncateSync(fd, 50 * 1024 * 1024);
    closeSync(fd);
    const r = validateJson(dir);
    expectNoCrash(r);
    expect(r.code).toBe(1);
    expect(diagnosticsOf(r.report, 'sparse.acctmap.yaml')[0]!.message).toMatch(/NUL byte/);
  });
});

describe('paths that are not what they should be', () => {
  it('a named pipe named on the command line: exit 2 at once, not a hang', () => {
    const dir = tempDir();
    execFileSync('mkfifo', [path.join(dir, 'pipe.yaml')]);
    writeFileSync(path.join(dir, 'good.acctmap.yaml'), GOOD);
    const r = runCli(['validate', 'pipe.yaml', 'good.acctmap.yaml', '--no-rules'], {
      cwd: dir,
      timeoutMs: 15_000,
    });
    expect(r.signal).toBeNull();
    expectNoCrash(r);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      'acctmap: cannot read pipe.yaml: it is a named pipe (FIFO), not a regular file',
    );
    // The pipe is a finding too (rule io), so no format leaves it out.
    expect(r.stdout).toContain(
      'pipe.yaml\n  1:1  error  cannot read pipe.yaml: it is a named pipe',
    );
    expect(r.stdout).toContain('1 map in 2 files checked');
  });

  it('a file named by hand is found even in a folder that is a link loop target', () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'a'));
    symlinkSync('../a', path.join(dir, 'a', 'again'));
    writeFileSync(path.join(dir, 'a', 'x.acctmap.yaml'), GOOD);
    const r = validateJson(dir, ['a']);
    expectNoCrash(r);
    expect(r.code).toBe(0);
    expect(r.report!.files.map((f) => f.file)).toEqual(['a/x.acctmap.yaml']);
  });

  it('a folder given as --config, or as -o: exit 2 naming the path', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'good.acctmap.yaml'), GOOD);
    mkdirSync(path.join(dir, 'conf'));
    const config = runCli(['validate', '--config', 'conf'], { cwd: dir });
    expect(config.code).toBe(2);
    expect(config.stderr.trim()).toBe(
      'acctmap: cannot read config conf: it is a folder, not a file',
    );
    const out = runCli(['validate', '-o', 'conf'], { cwd: dir });
    expect(out.code).toBe(2);
    expect(out.stderr.trim()).toBe(
      'acctmap: -o conf is a folder, but acctmap validate writes a single file; name the file, for example -o conf/findings.txt',
    );
  });

  it('a file that cannot be read (an I/O error even root gets): exit 2, others still checked', () => {
    // chmod 000 does not stop root; /proc/self/mem is a regular file whose read fails with EIO.
    if (!existsSync('/proc/self/mem')) return;
    const dir = tempDir();
    writeFileSync(path.join(dir, 'good.acctmap.yaml'), GOOD);
    symlinkSync('/proc/self/mem', path.join(dir, 'mem.acctmap.yaml'));
    const r = validateJson(dir);
    expectNoCrash(r);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe(
      'acctmap: cannot read mem.acctmap.yaml: an input/output error (the disk or file system could not read it)',
    );
    expect(r.report!.files.map((f) => f.file)).toEqual(['good.acctmap.yaml', 'mem.acctmap.yaml']);
    expect(diagnosticsOf(r.report, 'mem.acctmap.yaml')).toMatchObject([
      { rule: 'io', severity: 'error', line: 1, column: 1 },
    ]);
  });

  it.skipIf(isRoot)('a file without read permission: exit 2, others still checked', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'good.acctmap.yaml'), GOOD);
    writeFileSync(path.join(dir, 'secret.acctmap.yaml'), GOOD.replace('good', 'secret'));
    chmodSync(path.join(dir, 'secret.acctmap.yaml'), 0o000);
    const r = validateJson(dir);
    expectNoCrash(r);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('acctmap: cannot read secret.acctmap.yaml: permission denied');
    expect(r.report!.files.map((f) => f.file)).toEqual([
      'good.acctmap.yaml',
      'secret.acctmap.yaml',
    ]);
    expect(diagnosticsOf(r.report, 'secret.acctmap.yaml')).toMatchObject([
      {
        rule: 'io',
        severity: 'error',
        message: 'cannot read secret.acctmap.yaml: permission denied',
      },
    ]);
  });

  it('odd YAML (tags, complex keys, huge numbers) gets findings, not Node warnings', () => {
    // yaml's toJS would print "(node:…) Warning: Keys with collection values will be
    // stringified" through process.emitWarning for `? [a, b] : c`.
    const dir = tempDir();
    writeFileSync(
      path.join(dir, 'odd.acctmap.yaml'),
      'acctmap: 1\naccount:\n  id: odd\n  name: !foo Odd\n  ? [a, b]\n  : c\nprofile:\n  n: 1e400\n  b: !!binary aGVsbG8=\n',
    );
    const r = validateJson(dir);
    expectNoCrash(r);
    expect(r.code).toBe(1);
    expect(nodeWarnings(r.stderr)).toEqual([]);
    expect(diagnosticsOf(r.report, 'odd.acctmap.yaml')).toEqual([
      expect.objectContaining({
        rule: 'yaml',
        line: 5,
        column: 5,
        message:
          'a key here is a list or mapping (written `? [a, b]` or `[a, b]: value`); keys must be plain text, such as `name:`',
      }),
    ]);
  });

  it('aliases that loop back, or nest too deep, and keys that collide as text: one finding each', () => {
    const dir = tempDir();
    const start = 'acctmap: 1\naccount:\n  id: a\n  name: A\n';
    writeFileSync(path.join(dir, 'loop.acctmap.yaml'), `${start}profile: &p\n  self: *p\n`);
    const deep = (n: number, inner = '') => `${'['.repeat(n)}${inner}${']'.repeat(n)}`;
    writeFileSync(
      path.join(dir, 'alias-deep.acctmap.yaml'),
      `${start.replace('a\n', 'b\n')}profile:\n  x: &x ${deep(60)}\n  y: ${deep(60, '*x')}\n`,
    );
    writeFileSync(
      path.join(dir, 'twin.acctmap.yaml'),
      `${start.replace('a\n', 'c\n')}profile:\n  1: one\n  "1": also one\n`,
    );
    const r = validateJson(dir);
    expectNoCrash(r);
    expect(r.code).toBe(1);
    expect(nodeWarnings(r.stderr)).toEqual([]);
    const one = (file: string) => {
      const ds = diagnosticsOf(r.report, file);
      expect(ds).toHaveLength(1);
      return [ds[0]!.rule, ds[0]!.line, ds[0]!.column, ds[0]!.message];
    };
    expect(one('loop.acctmap.yaml')).toEqual([
      'yaml',
      6,
      9,
      'the alias `*p` is inside the list or mapping it names, so its data would never end; write the data out instead',
    ]);
    expect(one('alias-deep.acctmap.yaml')).toEqual([
      'yaml',
      7,
      66,
      'the alias `*x` nests the data more than 100 levels deep; write the data out instead of nesting aliases',
    ]);
    expect(one('twin.acctmap.yaml')).toEqual([
      'yaml',
      7,
      3,
      'the key `1` appears twice in this mapping (written differently, such as `1` and `"1"`, but the same as text); keep one and delete the other',
    ]);
  });
});

describe('maps with ids of the wrong type', () => {
  it('a number as an id (units, team, people) is a schema error, not an internal error', () => {
    const dir = tempDir();
    writeFileSync(
      path.join(dir, 'ids.acctmap.yaml'),
      'acctmap: 1\naccount:\n  id: ids\n  name: Ids\n  owner: nobody\nteam:\n  - id: 7\n    name: T\nunits:\n  - id: 0\n    name: Unit\n    parent: 0\npeople:\n  - id: 1\n    name: P\n    reports_to: 1\nopportunities:\n  - title: t\n    stage: identified\n    unit: it\nconnections:\n  - from: a\n    to: b\n    type: knows\n',
    );
    const r = validateJson(dir);
    expectNoCrash(r);
    expect(r.code).toBe(1);
    const ds = diagnosticsOf(r.report, 'ids.acctmap.yaml');
    expect(ds.filter((d) => d.rule === 'schema').map((d) => d.path)).toEqual(
      expect.arrayContaining(['team[0].id', 'units[0].id', 'people[0].id']),
    );
    expect(ds.find((d) => d.path === 'opportunities[0].unit')?.message).toBe(
      'opportunities[0].unit: unknown unit `it`; add it to `units`',
    );
  });
});

describe('mappings where text is expected', () => {
  it('a mapping with a `toString` key as a stance or date is a schema error, not a crash', () => {
    const dir = tempDir();
    writeFileSync(
      path.join(dir, 'obj.acctmap.yaml'),
      'acctmap: 1\naccount:\n  id: obj\n  name: Obj\n  reviewed:\n    toString: 2026-01-01\npeople:\n  - id: p\n    name: P\n    stance:\n      toString: oops\n',
    );
    const r = validateJson(dir);
    expectNoCrash(r);
    expect(r.code).toBe(1);
    const ds = diagnosticsOf(r.report, 'obj.acctmap.yaml');
    expect(ds.map((d) => [d.line, d.path, d.message])).toEqual([
      [
        6,
        'account.reviewed',
        'account.reviewed: expected a date written YYYY-MM-DD (for example 2026-03-01), got a mapping',
      ],
      [
        11,
        'people[0].stance',
        'people[0].stance: got a mapping; use one of `advocate`, `supporter`, `neutral`, `skeptic`, `opponent`, `unknown`',
      ],
    ]);
  });
});

describe('line breaks inside values', () => {
  it('are shown as \\n in messages, so every finding stays on one line', () => {
    const dir = tempDir();
    writeFileSync(
      path.join(dir, 'breaks.acctmap.yaml'),
      'acctmap: 1\naccount:\n  id: "two\\nlines"\n  name: B\npeople:\n  - id: p\n    name: P\n    stance: "sup\\r\\nporter"\n',
    );
    const r = validateJson(dir);
    expectNoCrash(r);
    const ds = diagnosticsOf(r.report, 'breaks.acctmap.yaml');
    expect(ds.map((d) => d.message)).toEqual([
      'account.id: `two\\nlines` is not a valid id: use lowercase letters, digits and dashes, starting with a letter or digit (for example `two-lines`)',
      'people[0].stance: `sup\\r\\nporter` is not allowed here; did you mean `supporter`?',
    ]);
    const stylish = runCli(['validate', '--no-rules'], { cwd: dir });
    const findingLines = stylish.stdout.split('\n').filter((l) => /^\s+\d+:\d+\s/.test(l));
    expect(findingLines).toHaveLength(2);
  });

  it('a name with line breaks in a diagram option error stays on one line', () => {
    const dir = tempDir();
    writeFileSync(
      path.join(dir, 'm.acctmap.yaml'),
      'acctmap: 1\naccount:\n  id: m\n  name: M\nunits:\n  - id: it\n    name: IT\npeople:\n  - id: p\n    name: "Two\\r\\nlines\\u001b[31m"\n',
    );
    const r = runCli(['diagram', 'm.acctmap.yaml', '--view', 'units', '--focus', 'p'], {
      cwd: dir,
    });
    expectNoCrash(r);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'acctmap: --focus: Two lines [31m (`p`) has no unit, so the units view has nothing to start from\n',
    );
  });
});
