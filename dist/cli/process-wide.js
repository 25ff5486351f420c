/**
 * State that must be one per process, though two copies of acctmap's code can load in one:
 * the ES-module bundle (every command starts in it), and validate's CommonJS bundle, loaded
 * with V8's code cache (./code-cache.ts). Kept on the global object under a registered symbol,
 * made by the first copy that asks for it.
 */
export function processWide(name, make) {
    const key = Symbol.for(`acctmap.${name}`);
    const global = globalThis;
    const kept = global[key];
    if (kept !== undefined)
        return kept;
    const made = make();
    global[key] = made;
    return made;
}
