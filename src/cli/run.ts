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
  const { main } = await import('./main.js');
  return main(argv);
}
