/** Process entry: signals, a closed pipe, and the exit code `main` gives. */
// First: it notes the CPU times at start, to tell later how busy the machine is (./cpu.ts).
import './cpu.js';
import { escapeTerminal } from '../text/index.js';
import { EXIT } from './errors.js';
import { handleInterrupts } from './interrupt.js';
import { removePendingTempFiles } from './io.js';

export function run(): void {
  handleInterrupts(removePendingTempFiles);
  // A closed pipe (`acctmap … | head`) is not an error worth a stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? EXIT.ok);
    throw error;
  });
  answer(process.argv).then(
    (code) => {
      process.exitCode = code;
    },
    (error) => {
      process.stderr.write(
        `acctmap: internal error (this is a bug in acctmap): ${escapeTerminal(String(error))}\n`,
      );
      process.exitCode = EXIT.bug;
    },
  );
}

/**
 * `validate --cache` with nothing changed since the same command's last run: its answer again,
 * before the command line's parser and the commands load (./replay.ts). Else the command line.
 */
async function answer(argv: readonly string[]): Promise<number> {
  if (argv.includes('--cache')) {
    const { replay } = await import('./replay.js');
    const code = replay(argv.slice(2));
    if (code !== undefined) return code;
  }
  return (await mainFor(argv))(argv);
}

/**
 * The command line's `main`: for `validate`, from the CommonJS bundle V8 compiles with its code
 * cache (./code-cache.ts), when there is one beside this file (the bundle); else the module's.
 */
async function mainFor(argv: readonly string[]): Promise<typeof import('./main.js').main> {
  if (argv[2] === 'validate') {
    const { loadCodeCached } = await import('./code-cache.js');
    const bundle = loadCodeCached<typeof import('./main.js')>(
      new URL('./validate.cjs', import.meta.url),
    );
    if (bundle) return bundle.main;
  }
  return (await import('./main.js')).main;
}
