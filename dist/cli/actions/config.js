/** `acctmap config [FILE]` (and `validate --print-config FILE`): the settings for one file. */
import * as path from 'node:path';
import { configJson, configText } from '../../config/explain.js';
import { plainStyle } from '../../format/style.js';
import { checkRulesConfig, explainSettings } from '../../rules/index.js';
import { makeContext, parseRuleFlags } from '../context.js';
import { matcherUnder } from '../discover.js';
import { EXIT } from '../errors.js';
import { displayPath, writeOutput } from '../io.js';
import { outputTarget } from '../output.js';
export function config(file, options) {
    const ruleFlags = parseRuleFlags(options.rule ?? []);
    const ctx = makeContext(options, [checkRulesConfig]);
    const format = options.format ?? 'text';
    outputTarget(ctx.output, ctx.cwd, {
        command: 'acctmap config',
        example: format === 'json' ? 'settings.json' : 'settings.txt',
    });
    const { config: loaded, dir } = ctx.config;
    const abs = file === undefined ? undefined : path.resolve(ctx.cwd, file);
    // The name validate would report the file under: overrides match it the same way.
    const shown = abs === undefined ? undefined : displayPath(abs, ctx.cwd);
    const settings = explainSettings({ config: loaded, configDir: dir, cwd: ctx.cwd, cli: ruleFlags }, shown);
    let ignoredBy = null;
    if (abs !== undefined) {
        const byConfig = loaded.ignore.find((g) => matcherUnder([g], dir)(abs));
        const byFlag = (options.ignorePattern ?? []).find((g) => matcherUnder([g], ctx.cwd)(abs));
        if (byConfig !== undefined)
            ignoredBy = `the config's ignore: ${byConfig}`;
        else if (byFlag !== undefined)
            ignoredBy = `--ignore-pattern ${byFlag}`;
    }
    const explanation = {
        config: ctx.config.file === undefined ? null : displayPath(ctx.config.file, ctx.cwd),
        file: shown ?? null,
        ignoredBy,
        settings,
        maxFileMb: loaded.max_file_mb,
        ignore: loaded.ignore,
    };
    const text = format === 'json'
        ? configJson(explanation)
        : configText(explanation, ctx.output === undefined ? ctx.style : plainStyle);
    writeOutput(ctx.output, text);
    return EXIT.ok;
}
