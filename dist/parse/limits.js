/**
 * How big a file acctmap reads, and what one too big is told. Apart from ./source.ts so that
 * reading files (src/cli/io.ts, loaded by every command, `--version` too) does not load the
 * YAML parser.
 */
import { bytes, count } from '../text/index.js';
const MAP_TOO_LARGE = {
    kind: 'map file',
    advice: 'split it into one file per account (or raise `max_file_mb` in acctmap.config.yaml)',
};
/**
 * What a file too big to read is told, wherever its size is found out: its size as measured,
 * and the limit as the config writes it (`max_file_mb`).
 */
export function tooLargeMessage(size, maxBytes, { kind, advice } = MAP_TOO_LARGE) {
    return `file is ${bytes(size)}, more than the ${count(maxBytes / (1024 * 1024))} MB acctmap reads in one ${kind}; ${advice}`;
}
