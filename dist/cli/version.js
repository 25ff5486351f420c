/** The version acctmap reports (`--version`, SARIF, the reports' closing line), and its docs. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { fileUri } from '../text/index.js';
let cached;
const PACKAGE_JSON = new URL('../../package.json', import.meta.url);
function packageJson() {
    cached ??= JSON.parse(readFileSync(PACKAGE_JSON, 'utf8'));
    return cached;
}
/** The `version` of acctmap's own package.json, read once. */
export function version() {
    return packageJson().version;
}
/**
 * An absolute URI for one of acctmap's documentation pages (`docs/rules/no-champion.md`, with an
 * optional `#anchor`): on GitHub when package.json names a GitHub repository (`repository` or
 * `homepage`), else the page as installed with acctmap (the docs ship in the package).
 */
export function docsUri(page) {
    const pkg = packageJson();
    const repo = typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url;
    const github = [repo, pkg.homepage]
        .map((u) => u?.match(/github\.com[/:]([\w.-]+\/[\w.-]+?)(?:\.git)?(?:[#/].*)?$/)?.[1])
        .find(Boolean);
    if (github)
        return `https://github.com/${github}/blob/HEAD/${page}`;
    const [file, anchor] = page.split('#');
    const root = fileURLToPath(new URL('.', PACKAGE_JSON));
    return `${fileUri(`${root}${file}`)}${anchor ? `#${encodeURIComponent(anchor)}` : ''}`;
}
