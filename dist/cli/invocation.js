/**
 * The words this run was given after `acctmap` (./main.ts notes them): `validate --cache` keeps
 * its answer under them, word for word (./replay.ts).
 */
let words = [];
export function noteCommandLine(argv) {
    words = [...argv];
}
export function commandLine() {
    return words;
}
