/**
 * Ctrl-C and SIGTERM: what is being done is undone (a browser closed, temporary files removed),
 * nothing half-written stays behind, and the process ends with 128 + the signal's number.
 * Anything that starts something to undo registers it with `onInterrupt`.
 */
import { EXIT } from './errors.js';

const cleanups = new Set<() => void | Promise<void>>();

/** Register work to undo on Ctrl-C/SIGTERM; call the function it returns once it is done. */
export function onInterrupt(cleanup: () => void | Promise<void>): () => void {
  cleanups.add(cleanup);
  return () => cleanups.delete(cleanup);
}

const SIGNALS = [
  ['SIGINT', EXIT.interrupted],
  ['SIGTERM', EXIT.terminated],
] as const;

/**
 * How long the cleanups may take before the process ends anyway: most take milliseconds; a
 * browser that was still starting is waited for (up to 6 s, see render/renderer.ts) and then
 * killed.
 */
const CLEANUP_MS = 9000;

/**
 * Installs the handlers: on a signal, `first` runs at once (it must be synchronous: removing
 * temporary files), then every registered cleanup, for at most a few seconds.
 */
export function handleInterrupts(first: () => void): void {
  for (const [signal, code] of SIGNALS) {
    process.once(signal, () => {
      first();
      const pending = [...cleanups].map((c) =>
        Promise.resolve()
          .then(c)
          .catch(() => undefined),
      );
      void Promise.race([Promise.all(pending), new Promise((r) => setTimeout(r, CLEANUP_MS))]).then(
        () => {
          process.stderr.write(
            `acctmap: interrupted (${signal}); nothing half-written was left behind\n`,
          );
          process.exit(code);
        },
      );
    });
  }
}
