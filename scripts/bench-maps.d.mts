/** Types for scripts/bench-maps.mjs (plain ESM so that the benchmark runs it without a build). */

/** The YAML text of one account map as people write them; the same seed gives the same text. */
export function generateMap(options?: { people?: number; seed?: number }): string;
