/** Finding and reading acctmap.config.yaml; a broken config stops the run with exit 2. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseConfig } from '../config/load.js';
import { defaultConfig } from '../config/schema.js';
import { describeSystemError, UsageError } from './errors.js';
import { decode, displayPath } from './io.js';
const CONFIG_NAMES = ['acctmap.config.yaml', 'acctmap.config.yml'];
/** The config file in `cwd` or the nearest parent that has one. */
function findConfig(cwd) {
    let dir = path.resolve(cwd);
    for (;;) {
        for (const name of CONFIG_NAMES) {
            const candidate = path.join(dir, name);
            if (fs.existsSync(candidate))
                return candidate;
        }
        const parent = path.dirname(dir);
        if (parent === dir)
            return undefined;
        dir = parent;
    }
}
export function loadConfig(flag, cwd, extraChecks = []) {
    const file = flag ? path.resolve(cwd, flag) : findConfig(cwd);
    if (!file)
        return { config: defaultConfig(), dir: cwd };
    let bytes;
    try {
        bytes = fs.readFileSync(file);
    }
    catch (error) {
        throw new UsageError(`cannot read config ${flag ?? displayPath(file, cwd)}: ${describeSystemError(error)}`);
    }
    const decoded = decode(bytes);
    const shown = displayPath(file, cwd);
    if (!('text' in decoded))
        throw new UsageError(`cannot read config ${shown}: ${decoded.problem}`);
    const { config, diagnostics } = parseConfig(shown, decoded.text, extraChecks);
    if (diagnostics.length)
        throw new ConfigError(shown, diagnostics);
    return { config, dir: path.dirname(file), file };
}
/** A config that does not validate: every problem with its line, then exit 2. */
class ConfigError extends UsageError {
    file;
    diagnostics;
    constructor(file, diagnostics) {
        super(`the config ${file} has ${diagnostics.length} ${diagnostics.length === 1 ? 'problem' : 'problems'}:\n${diagnostics
            .map((d) => `  ${d.file}:${d.line}:${d.column}  ${d.message}`)
            .join('\n')}`);
        this.file = file;
        this.diagnostics = diagnostics;
    }
}
