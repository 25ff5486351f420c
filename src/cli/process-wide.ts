/**
 * State that must be one per process, though two copies of acctmap's code can load in one:
 * the ES-module bundle (every command starts in it), and validate's CommonJS bundle, loaded
 * with V8's code cache (./code-cache.ts). Kept on the global object under a registered symbol,
 * made by the first copy that asks for it.
 */
export function processWide<T>(name: string, make: () => T): T {
  const key = Symbol.for(`acctmap.${name}`);
  const global = globalThis as unknown as Record<symbol, T | undefined>;
  const kept = global[key];
  if (kept !== undefined) return kept;
  const made = make();
  global[key] = made;
  return made;
}
