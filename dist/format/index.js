/** Every validate output format; the Record makes the compiler insist each is handled. */
import { github } from './github.js';
import { json } from './json.js';
import { junit } from './junit.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';
export const FORMATTERS = {
    stylish,
    json,
    github,
    sarif,
    junit,
};
export { githubStepSummary } from './github.js';
export * from './types.js';
