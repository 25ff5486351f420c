/**
 * Nothing lost: every file acctmap writes is written whole or not at all, a failed write exits 2
 * naming the path and leaves the old file as it was, and nothing is replaced that the user did not
 * name (a link stays a link, a pipe stays a pipe, `init` never overwrites).
 */
import { execFileSync, spawn } from 'node:child_process';
import {
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { crashLines, runCli } from './fixtures/hostile-inputs/run.js';
import { BIN, EXAMPLES, tempDir } from './helpers/cli.js';

const GOOD = 'acctmap: 1\naccount:\n  id: good\n  name: Good Ltd\n';
const OLD = 'the old output, which must survive\n';

/** Every file under `dir`, including hidden ones, as relative paths. */
function listAll(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort();
}

function leftoverTemps(dir: string): string[] {
  return listAll(dir).filter((f) => /\.tmp$/.test(f));
}

function folderWithMap(): string {
  const dir = tempDir();
  writeFileSync(path.join(dir, 'good.acctmap.yaml'), GOOD);
  return dir;
}

/** `sh -c 'ulimit -f N; exec node acctmap …'`: writes past N KiB fail with EFBIG. */
function runWithFileSizeLimit(kib: number, args: string[], cwd: string) {
  const quoted = [process.execPath, BIN, ...args].map((a) => `'${a.replace(/'/g, "'\\''")}'`);
  try {
    const stdout = execFileSync('sh', ['-c', `ulimit -f ${kib} && exec ${quoted.join(' ')}`], {
      cwd,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return { code: 0, stdout, stderr: '' };
  } catch (error) {
    const e = error as { status: number | null; stdout: string; stderr: string };
    return { code: e.status, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('-o that cannot be written', () => {
  it('a path under a regular file: exit 2, naming the file in the way', () => {
    const dir = folderWithMap();
    writeFileSync(path.join(dir, 'blocker'), OLD);
    const r = runCli(['validate', '-o', 'blocker/out/report.json', '--format', 'json'], {
      cwd: dir,
    });
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe(
      'acctmap: cannot write blocker/out/report.json: blocker is a file, not a folder',
    );
    expect(readFileSync(path.join(dir, 'blocker'), 'utf8')).toBe(OLD);
    expect(leftoverTemps(dir)).toEqual([]);
  });

  it('a write that fails half-way (a file size limit): exit 2, old file whole, no temp file', () => {
    const dir = tempDir(EXAMPLES);
    writeFileSync(path.join(dir, 'out.json'), OLD);
    // The JSON report of the examples is tens of kB; a 1 KiB limit makes the write fail part-way.
    const r = runWithFileSizeLimit(1, ['validate', '.', '--format', 'json', '-o', 'out.json'], dir);
    expect(crashLines(r.stderr)).toEqual([]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe(
      'acctmap: cannot write out.json: the file would be larger than this system allows (a file size limit)',
    );
    expect(readFileSync(path.join(dir, 'out.json'), 'utf8')).toBe(OLD);
    expect(leftoverTemps(dir)).toEqual([]);
  });

  it('schema -o and rules -o fail the same way', () => {
    const dir = folderWithMap();
    writeFileSync(path.join(dir, 'blocker'), OLD);
    for (const cmd of ['schema', 'rules']) {
      const r = runCli([cmd, '-o', 'blocker/x.json'], { cwd: dir });
      expect(r.code).toBe(2);
      expect(r.stderr.trim()).toBe(
        'acctmap: cannot write blocker/x.json: blocker is a file, not a folder',
      );
    }
  });
});

describe('-o that is not a plain file', () => {
  it('a symbolic link: the file it names gets the output, the link stays a link', () => {
    const dir = folderWithMap();
    mkdirSync(path.join(dir, 'real'));
    writeFileSync(path.join(dir, 'real', 'out.json'), OLD);
    symlinkSync('real/out.json', path.join(dir, 'out.json'));
    const r = runCli(['validate', '--format', 'json', '-o', 'out.json', '--no-rules'], {
      cwd: dir,
    });
    expect(r.code).toBe(0);
    expect(lstatSync(path.join(dir, 'out.json')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(path.join(dir, 'out.json'))).toBe('real/out.json');
    expect(JSON.parse(readFileSync(path.join(dir, 'real', 'out.json'), 'utf8')).summary.maps).toBe(
      1,
    );
    expect(leftoverTemps(dir)).toEqual([]);
  });

  it('a named pipe with a reader: the output goes through it and the pipe stays a pipe', async () => {
    const dir = folderWithMap();
    const fifo = path.join(dir, 'out.pipe');
    execFileSync('mkfifo', [fifo]);
    const reader = spawn('cat', [fifo], { stdio: ['ignore', 'pipe', 'ignore'] });
    let got = '';
    reader.stdout.on('data', (d: Buffer) => {
      got += d.toString();
    });
    const readerDone = new Promise((resolve) => reader.on('exit', resolve));
    // Give `cat` a moment to open the pipe.
    await new Promise((r) => setTimeout(r, 200));
    const r = runCli(['validate', '--format', 'json', '-o', 'out.pipe', '--no-rules'], {
      cwd: dir,
      timeoutMs: 15_000,
    });
    await readerDone;
    expect(r.code).toBe(0);
    expect(JSON.parse(got).summary.maps).toBe(1);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
  });

  it('a named pipe nobody reads: exit 2 at once rather than waiting forever', () => {
    const dir = folderWithMap();
    execFileSync('mkfifo', [path.join(dir, 'out.pipe')]);
    const r = runCli(['validate', '-o', 'out.pipe', '--no-rules'], { cwd: dir, timeoutMs: 15_000 });
    expect(r.signal).toBeNull();
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe(
      'acctmap: cannot write out.pipe: it is a named pipe and nothing is reading from it',
    );
    expect(lstatSync(path.join(dir, 'out.pipe')).isFIFO()).toBe(true);
  });
});

describe('acctmap init', () => {
  it('never overwrites a file, and leaves it byte for byte', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'acme.acctmap.yaml'), OLD);
    const r = runCli(['init', 'acme.acctmap.yaml'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe(
      'acctmap: acme.acctmap.yaml already exists; acctmap init never overwrites a file (name another file, or delete this one first)',
    );
    expect(readFileSync(path.join(dir, 'acme.acctmap.yaml'), 'utf8')).toBe(OLD);
    expect(leftoverTemps(dir)).toEqual([]);
  });

  it('never writes through a link, even one that points nowhere yet', () => {
    const dir = tempDir();
    symlinkSync('elsewhere/target.yaml', path.join(dir, 'acme.acctmap.yaml'));
    const r = runCli(['init', 'acme.acctmap.yaml'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('already exists');
    expect(existsSync(path.join(dir, 'elsewhere'))).toBe(false);
  });

  it('a folder as the file: exit 2 with a suggestion', () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'accounts'));
    const r = runCli(['init', 'accounts'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe(
      'acctmap: accounts is a folder, but acctmap init writes a single file; name the file, for example accounts/account.acctmap.yaml',
    );
  });

  it('a path under a regular file: exit 2 naming it, not an internal error', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'notes.txt'), OLD);
    const r = runCli(['init', 'notes.txt/acme.acctmap.yaml'], { cwd: dir });
    expect(crashLines(r.stderr)).toEqual([]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe(
      'acctmap: cannot write notes.txt/acme.acctmap.yaml: notes.txt is a file, not a folder',
    );
    expect(listAll(dir)).toEqual(['notes.txt']);
  });

  it('a write that fails half-way leaves no file and no temp file', () => {
    const dir = tempDir();
    const r = runWithFileSizeLimit(0, ['init', 'acme.acctmap.yaml'], dir);
    expect(crashLines(r.stderr)).toEqual([]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('cannot write acme.acctmap.yaml: the file would be larger');
    expect(listAll(dir)).toEqual([]);
  });

  it('writes a new file that validates (with the date rules off)', () => {
    const dir = tempDir();
    const r = runCli(['init', 'new/acme.acctmap.yaml', '--id', 'acme'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(listAll(dir)).toEqual(['new', 'new/acme.acctmap.yaml']);
    const v = runCli(['validate', 'new', '--no-rules'], { cwd: dir });
    expect(v.code).toBe(0);
  });
});

describe('-o that names a map or the config', () => {
  const MAP = 'acctmap: 1\naccount:\n  id: good\n  name: Good Ltd\n';

  it('validate, score and report refuse to write over a map they read: exit 2, map intact', () => {
    const dir = folderWithMap();
    for (const args of [
      ['validate', '.'],
      ['score', '.'],
      ['report', 'good.acctmap.yaml'],
    ]) {
      const r = runCli([...args, '-o', 'good.acctmap.yaml', '--as-of', '2026-11-23'], { cwd: dir });
      expect(crashLines(r.stderr)).toEqual([]);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr.trim()).toBe(
        'acctmap: cannot write good.acctmap.yaml: it is an account map, and acctmap never writes over one; name another file for the output',
      );
      expect(readFileSync(path.join(dir, 'good.acctmap.yaml'), 'utf8')).toBe(MAP);
    }
    expect(listAll(dir)).toEqual(['good.acctmap.yaml']);
  });

  it('nor through a link to a map, nor over the config', () => {
    const dir = folderWithMap();
    symlinkSync('good.acctmap.yaml', path.join(dir, 'out.json'));
    const config = 'ignore: []\n';
    writeFileSync(path.join(dir, 'acctmap.config.yaml'), config);
    const link = runCli(['validate', '--format', 'json', '-o', 'out.json'], { cwd: dir });
    expect(link.code).toBe(2);
    expect(link.stderr.trim()).toBe(
      'acctmap: cannot write out.json: it is an account map, and acctmap never writes over one; name another file for the output',
    );
    const conf = runCli(['schema', '-o', 'acctmap.config.yaml'], { cwd: dir });
    expect(conf.code).toBe(2);
    expect(conf.stderr.trim()).toBe(
      'acctmap: cannot write acctmap.config.yaml: it is the acctmap config, and acctmap never writes over one; name another file for the output',
    );
    expect(readFileSync(path.join(dir, 'good.acctmap.yaml'), 'utf8')).toBe(MAP);
    expect(readFileSync(path.join(dir, 'acctmap.config.yaml'), 'utf8')).toBe(config);
    expect(lstatSync(path.join(dir, 'out.json')).isSymbolicLink()).toBe(true);
  });

  it('a new file with a map name is fine: nothing is there to lose', () => {
    const dir = folderWithMap();
    const r = runCli(['schema', '-o', 'new.acctmap.yaml'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(JSON.parse(readFileSync(path.join(dir, 'new.acctmap.yaml'), 'utf8')).title).toBeTypeOf(
      'string',
    );
  });
});

describe('report -o DIR/ that fails half-way', () => {
  it('exits 2 naming the file, leaves the earlier reports whole and no temp file', () => {
    const dir = tempDir(EXAMPLES);
    const first = runCli(['report', '.', '-o', 'reviews/', '--as-of', '2026-11-23'], { cwd: dir });
    expect(first.code).toBe(0);
    const before = new Map(
      readdirSync(path.join(dir, 'reviews')).map((f) => [
        f,
        readFileSync(path.join(dir, 'reviews', f), 'utf8'),
      ]),
    );
    expect(before.size).toBeGreaterThan(2);
    // A 4 KiB limit: the index fits, the account reviews (tens of kB) do not.
    const r = runWithFileSizeLimit(
      4,
      ['report', '.', '-o', 'reviews/', '--as-of', '2026-11-24'],
      dir,
    );
    expect(crashLines(r.stderr)).toEqual([]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n').at(-1)).toMatch(
      /^acctmap: cannot write reviews\/[a-z-]+\.md: the file would be larger than this system allows \(a file size limit\)$/,
    );
    for (const [f, text] of before) {
      expect(readFileSync(path.join(dir, 'reviews', f), 'utf8'), f).toBe(text);
    }
    expect(leftoverTemps(dir)).toEqual([]);
  });
});

describe('diagram -o DIR/', () => {
  it('does not replace a file in the folder that acctmap did not write, but its own again', () => {
    const dir = tempDir(EXAMPLES);
    mkdirSync(path.join(dir, 'out'));
    writeFileSync(path.join(dir, 'out', 'havbris-energi.mmd'), OLD);
    const r = runCli(
      ['diagram', 'havbris-energi.acctmap.yaml', 'kystlaks.acctmap.yaml', '-o', 'out/'],
      { cwd: dir },
    );
    expect(readFileSync(path.join(dir, 'out', 'havbris-energi.mmd'), 'utf8')).toBe(OLD);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      'will not overwrite a file that acctmap did not write: out/havbris-energi.mmd',
    );
    expect(existsSync(path.join(dir, 'out', 'kystlaks.mmd'))).toBe(false);
    // Once the foreign file is gone, a run writes both, and a second run replaces its own files.
    rmSync(path.join(dir, 'out', 'havbris-energi.mmd'));
    const args = ['diagram', 'havbris-energi.acctmap.yaml', 'kystlaks.acctmap.yaml', '-o', 'out/'];
    expect(runCli(args, { cwd: dir }).code).toBe(0);
    const again = runCli(args, { cwd: dir });
    expect(again.stderr).not.toContain('will not overwrite');
    expect(again.code).toBe(0);
  });
});
