/** File paths as URIs (SARIF artifact locations, links to installed docs). Pure. */
/**
 * A path relative to some root as a relative URI reference: each segment percent-encoded (so
 * `#`, `?`, `%`, spaces and non-ASCII letters stay part of the name), `/` between them.
 */
export function relativeUri(relativePath) {
    return relativePath.split(/[\\/]/).map(encodeURIComponent).join('/');
}
/** An absolute path as a `file:` URI, every segment percent-encoded; a folder ends with `/`. */
export function fileUri(absolutePath, folder = false) {
    const posix = absolutePath.replace(/\\/g, '/');
    const segments = posix.split('/').filter((s, i) => s !== '' || i === 0);
    // A Windows drive (`C:`) keeps its colon: it is how file URIs write drives.
    const encoded = segments.map((s, i) => i === 1 && /^[A-Za-z]:$/.test(s) ? s : encodeURIComponent(s));
    const joined = encoded.join('/');
    const body = joined.startsWith('/') ? joined : `/${joined}`;
    return `file://${body}${folder && !body.endsWith('/') ? '/' : ''}`;
}
