/** Types for scripts/generate-maps.mjs (plain ESM so that benchmarks run it without a build). */
export interface GenerateOptions {
  /** Number of people of the account (default 60). */
  people?: number;
  /** Same seed, same map (default 1). */
  seed?: number;
  /** Account id (default `gen-SEED-PEOPLE`). */
  id?: string;
  /** Size of our team (default 3–8 by size). */
  team?: number;
}

/** The map as a plain object, as the YAML would hold it. */
export function generateMapObject(options?: GenerateOptions): Record<string, unknown>;

/** The map as YAML text, valid against the format with no reference errors. */
export function generateMap(options?: GenerateOptions): string;
