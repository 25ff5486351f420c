/**
 * The words this run was given after `acctmap` (./main.ts notes them): `validate --cache` keeps
 * its answer under them, word for word (./replay.ts).
 */
let words: readonly string[] = [];

export function noteCommandLine(argv: readonly string[]): void {
  words = [...argv];
}

export function commandLine(): readonly string[] {
  return words;
}
