import { Command } from 'commander';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { UsageError } from './errors.js';
import { main } from './main.js';

function programThatThrows(error: unknown): Command {
  const program = new Command('acctmap').exitOverride();
  program.command('boom').action(() => {
    throw error;
  });
  return program;
}

describe('main turns failures into exit codes', () => {
  const stderr: string[] = [];
  afterEach(() => {
    vi.restoreAllMocks();
    stderr.length = 0;
  });
  const capture = () =>
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
      stderr.push(String(chunk));
      return true;
    });

  it('a bug is one line and exit 70, the stack only with --debug', async () => {
    capture();
    const code = await main(
      ['node', 'acctmap', 'boom'],
      programThatThrows(new TypeError('x is undefined')),
    );
    expect(code).toBe(70);
    const text = stderr.join('');
    expect(text).toContain('internal error (this is a bug in acctmap');
    expect(text).toContain('x is undefined');
    expect(text).not.toMatch(/\n\s+at /);
    expect(text).toContain('--debug');
  });

  it('with --debug the stack is printed', async () => {
    capture();
    const program = programThatThrows(new TypeError('x is undefined'));
    program.commands[0]!.option('--debug');
    const code = await main(['node', 'acctmap', 'boom', '--debug'], program);
    expect(code).toBe(70);
    expect(stderr.join('')).toMatch(/\n\s+at /);
  });

  it('a usage error is one line and exit 2', async () => {
    capture();
    const code = await main(
      ['node', 'acctmap', 'boom'],
      programThatThrows(new UsageError('cannot read x')),
    );
    expect(code).toBe(2);
    expect(stderr.join('')).toBe('acctmap: cannot read x\n');
  });
});
