/**
 * Where `validate --cache` keeps its file: apart from ./cache.ts, which loads the checking
 * code's types and hashing, so that `validate` can ask before that code is loaded (an empty
 * cache means a full run, which starts its check workers early: ./check-pool.ts).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
/** The file in a cache folder (the default folder, or `--cache-location DIR/`). */
const FILE_NAME = 'validate.json';
/**
 * Where the cache is: `--cache-location` (a file; or a folder when it ends with a slash or is
 * one, then `validate.json` in it), else `node_modules/.cache/acctmap/validate.json` in the
 * folder acctmap runs in.
 */
export function cacheFile(location, cwd) {
    if (location === undefined) {
        return path.join(cwd, 'node_modules', '.cache', 'acctmap', FILE_NAME);
    }
    const given = path.resolve(cwd, location);
    if (/[\\/]$/.test(location))
        return path.join(given, FILE_NAME);
    try {
        if (fs.statSync(given).isDirectory())
            return path.join(given, FILE_NAME);
    }
    catch {
        // not there yet: a file
    }
    return given;
}
