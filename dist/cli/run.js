/** Process entry: exit codes, and cleanup when interrupted (no half-written file stays behind). */
// First: it notes the CPU times at start, to tell later how busy the machine is (./cpu.ts).
import './cpu.js';
import { removePendingTempFiles } from './io.js';
import { main } from './main.js';
const cleanups = new Set();
/** Register work to undo on Ctrl-C/SIGTERM (closing a browser, removing temp files). */
export function onInterrupt(cleanup) {
    cleanups.add(cleanup);
    return () => cleanups.delete(cleanup);
}
export function run() {
    for (const [signal, code] of [
        ['SIGINT', 130],
        ['SIGTERM', 143],
    ]) {
        process.once(signal, () => {
            removePendingTempFiles();
            const pending = [...cleanups].map((c) => Promise.resolve()
                .then(c)
                .catch(() => undefined));
            void Promise.race([Promise.all(pending), new Promise((r) => setTimeout(r, 3000))]).then(() => {
                process.stderr.write(`acctmap: interrupted (${signal}); nothing half-written was left behind\n`);
                process.exit(code);
            });
        });
    }
    // A closed pipe (`acctmap … | head`) is not an error worth a stack trace.
    process.stdout.on('error', (error) => {
        if (error.code === 'EPIPE')
            process.exit(process.exitCode ?? 0);
        throw error;
    });
    main(process.argv).then((code) => {
        process.exitCode = code;
    }, (error) => {
        process.stderr.write(`acctmap: internal error (this is a bug in acctmap): ${String(error)}\n`);
        process.exitCode = 70;
    });
}
