/**
 * A worker thread of `checkFiles` (./parallel.ts): it claims batches of the run's files from the
 * counter it shares with the main thread and the other workers, reads and checks each file on
 * its own (parse, schema, references, the map's own rules, every position) and sends back what
 * the run needs of it: a `CheckedFile` without the text. It stops when nothing is left.
 */
import { parentPort } from 'node:worker_threads';
import { createRuleRunner } from '../rules/index.js';
import { checkForTransfer, } from './parallel-protocol.js';
const send = (message) => parentPort.postMessage(message);
// The checking code is loaded by the imports above; the work comes as one message, maybe long
// after (a worker started early waits here while the main thread finds the files).
parentPort.once('message', (init) => {
    const { files, claims, batch, maxBytes, rules: settings, accountsOnly, hash } = init;
    try {
        const rules = settings ? createRuleRunner(settings) : undefined;
        for (let start = Atomics.add(claims, 0, batch); start < files.length;) {
            const end = Math.min(start + batch, files.length);
            const outcomes = [];
            for (let i = start; i < end; i++)
                outcomes.push(checkForTransfer(files[i].path, files[i].file, maxBytes, rules, {
                    accounts: accountsOnly,
                    hash,
                }));
            send({ kind: 'batch', start, outcomes });
            start = Atomics.add(claims, 0, batch);
        }
        send({ kind: 'done' });
    }
    catch (error) {
        send({
            kind: 'error',
            error: error instanceof Error ? (error.stack ?? error.message) : String(error),
        });
    }
});
