/**
 * A smaller young generation while one thread checks many maps: `validate`'s (and `score`'s,
 * `report`'s) check loop when no worker helps (./parallel.ts), and `diff`'s two sides
 * (./actions/diff.ts).
 *
 * Checking a map makes garbage by the megabyte (the file's text, the reader's data, the
 * schema's copy of it, findings) that is dead before the next map, and V8 lets its young
 * generation (where new objects live until a scavenge) grow to 32 MB for it. Here that is
 * slower than a young generation of half that size: 4–7 % of a 1,000-map `validate` on the
 * 2-core machines this is built on (docs/performance.md, "A smaller young generation"). The
 * smaller one is scavenged half again as often for the same total pause (what a scavenge
 * copies is the little that is live); the time saved is the checking's own, in memory that
 * stays in the processor's caches.
 *
 * V8 reads its young generation's limit (`--max-semi-space-size`) only from Node's own command
 * line, which `node bin/acctmap.js` and npm's bin links never give; but it reads its growth
 * factor (`--semi-space-growth-factor`, 2 by default) each time it grows the young generation.
 * So the cap is kept by setting that factor to 1 (no growth) once the young generation has
 * reached `YOUNG_CAP_BYTES`, and back to 2 afterwards. V8's flags are the whole process's:
 * only for a run where this thread checks alone (no check worker, whose heap the same flag
 * would freeze at its first megabyte), and never when the user set a semi-space flag of their
 * own (`NODE_OPTIONS`, `node --…`). And only on the V8 it was measured on (11, Node 20): V8
 * prints a warning for a flag it does not know, and another V8 may size its young generation
 * otherwise; a newer Node keeps V8's defaults until it is measured there.
 */
import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8';
/** The young generation's size (V8's `new_space`) at which it stops growing (V8's: 32 MB). */
export const YOUNG_CAP_BYTES = 16 * 1024 * 1024;
/** V8's own growth factor (`node --v8-options`), put back when the run is done. */
const DEFAULT_GROWTH = 2;
/** The V8 major versions the cap was measured on. */
const MEASURED_ON = new Set([11]);
/** Whether `v8Version` (`process.versions.v8`) is one the cap was measured on. */
export function measuredOn(v8Version = process.versions.v8) {
    return MEASURED_ON.has(Number.parseInt(v8Version, 10));
}
/** Whether the user has tuned the young generation: then it is theirs. */
export function userSetsYoungGeneration(execArgv = process.execArgv, nodeOptions = process.env.NODE_OPTIONS) {
    const tuned = (arg) => /^--(?:(?:max|min)[-_])?semi[-_]space[-_]/.test(arg);
    return execArgv.some(tuned) || (nodeOptions ?? '').split(/\s+/).some(tuned);
}
/** The size of the young generation now, in bytes. */
function youngGenerationBytes() {
    for (const space of getHeapSpaceStatistics()) {
        if (space.space_name === 'new_space')
            return space.space_size;
    }
    return 0;
}
const NOTHING = { keep() { }, release() { } };
/** A cap for a run where this thread checks alone (see the module's comment). */
export function capYoungGeneration() {
    if (!measuredOn() || userSetsYoungGeneration())
        return NOTHING;
    let capped = false;
    return {
        keep() {
            if (capped || youngGenerationBytes() < YOUNG_CAP_BYTES)
                return;
            setFlagsFromString('--semi-space-growth-factor=1');
            capped = true;
        },
        release() {
            if (!capped)
                return;
            setFlagsFromString(`--semi-space-growth-factor=${DEFAULT_GROWTH}`);
            capped = false;
        },
    };
}
