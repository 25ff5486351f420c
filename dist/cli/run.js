/** Process entry: signals, a closed pipe, and the exit code `main` gives. */
// First: it notes the CPU times at start, to tell later how busy the machine is (./cpu.ts).
import './cpu.js';
import { escapeTerminal } from '../text/index.js';
import { EXIT } from './errors.js';
import { handleInterrupts } from './interrupt.js';
import { removePendingTempFiles } from './io.js';
import { main } from './main.js';
export function run() {
    handleInterrupts(removePendingTempFiles);
    // A closed pipe (`acctmap … | head`) is not an error worth a stack trace.
    process.stdout.on('error', (error) => {
        if (error.code === 'EPIPE')
            process.exit(process.exitCode ?? EXIT.ok);
        throw error;
    });
    main(process.argv).then((code) => {
        process.exitCode = code;
    }, (error) => {
        process.stderr.write(`acctmap: internal error (this is a bug in acctmap): ${escapeTerminal(String(error))}\n`);
        process.exitCode = EXIT.bug;
    });
}
