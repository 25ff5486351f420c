/** The version acctmap reports (`--version`, SARIF, the reports' closing line). */
import { readFileSync } from 'node:fs';

let cached: string | undefined;

/** The `version` of acctmap's own package.json, read once. */
export function version(): string {
  cached ??= (
    JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
      version: string;
    }
  ).version;
  return cached;
}
