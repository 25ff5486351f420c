/**
 * Which files are account maps, and which folders are never searched for them: the words of
 * discovery (./discover.ts), kept apart and light so that `validate`'s early look at how many
 * maps a run has (./check-pool.ts) counts the same files without loading discovery.
 */
import * as path from 'node:path';

export const MAP_FILE = /\.acctmap\.ya?ml$/;

/** True for the files discovery finds by itself; used in messages. */
export function isMapFileName(file: string): boolean {
  return MAP_FILE.test(path.basename(file));
}

export const SKIP_DIRS: ReadonlySet<string> = new Set(['node_modules', '.git']);
