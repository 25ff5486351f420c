/** The version acctmap reports (`--version`, SARIF, the reports' closing line). */
import { readFileSync } from 'node:fs';
let cached;
/** The `version` of acctmap's own package.json, read once. */
export function version() {
    cached ??= JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).version;
    return cached;
}
