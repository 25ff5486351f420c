/**
 * How the cache knows a file's bytes: by their hash, and without reading them by the file's stat
 * fingerprint (as git's index does). Apart from ./parallel-protocol.ts, which loads the checking
 * code, so that ./replay.ts can use them before that code is loaded.
 */
import { createHash } from 'node:crypto';
/** What the cache knows a file's content by: a SHA-256 of its bytes, as read. */
export function contentHash(bytes) {
    return createHash('sha256').update(bytes).digest('base64url');
}
/**
 * A file is changed too recently to be known by its `stat` when its times are this close to the
 * clock (ms): a write within the same tick of the file system's clock could leave every field
 * as it was. Git's index calls such entries racy and reads them again; so does the cache.
 */
const RACY_MS = 2000;
/**
 * What the cache knows an unchanged file by without reading it, as git's index does: device,
 * inode, size, and the times of the last change to its content (mtime) and of the last change
 * to it at all (ctime: no tool can set it back, so a copy with an old mtime still differs).
 * `undefined` for a file changed within RACY_MS of `now`.
 */
export function statFingerprint(stat, now = Date.now()) {
    if (Math.max(stat.mtimeMs, stat.ctimeMs) > now - RACY_MS)
        return undefined;
    return `${stat.dev}:${stat.ino}:${stat.size}:${stat.mtimeMs}:${stat.ctimeMs}`;
}
