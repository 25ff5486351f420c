/**
 * `acctmap paths`: read the map (and with `--in` the other maps of the portfolio), find the best
 * warm paths (pure, src/paths) and write them as advice, markdown or JSON.
 */
import { formatJson, formatMarkdown, formatStylish } from '../../paths/format.js';
import { findPaths, PathsOptionError } from '../../paths/index.js';
import { oneLine } from '../../text/index.js';
import { emit, makeContext, note, problems } from '../context.js';
import { EXIT, UsageError } from '../errors.js';
import { loadRun, onlyAccount, usableMaps } from '../maps.js';
function whole(value, flag) {
    if (!/^\d+$/.test(value.trim())) {
        throw new UsageError(`${flag} takes a whole number, got \`${oneLine(value)}\``);
    }
    return Number(value);
}
export async function paths(file, options) {
    const maxHops = whole(options.maxHops, '--max-hops');
    const top = whole(options.top, '--top');
    const ctx = makeContext(options);
    const run = await loadRun([file], ctx, { rules: false });
    const maps = onlyAccount(usableMaps(run, (line) => note(ctx, line)), options.account, file);
    if (maps.length === 0) {
        problems(run.fatal);
        throw new UsageError(`no map without errors in ${file}; run \`acctmap validate ${file}\` to see what is wrong`);
    }
    if (maps.length > 1) {
        throw new UsageError(`${file} holds ${maps.length} accounts (${maps.map((m) => m.map.account.id).join(', ')}): choose one with --account`);
    }
    const map = maps[0].map;
    let others = [];
    if (options.in?.length) {
        const portfolio = await loadRun(options.in, ctx, { rules: false });
        others = usableMaps(portfolio, (line) => note(ctx, line))
            .map((m) => m.map)
            .filter((m) => m.account.id !== map.account.id);
    }
    let result;
    try {
        result = findPaths(map, {
            to: options.to,
            maxHops,
            top,
            others,
            ...(options.from !== undefined ? { from: options.from } : {}),
        });
    }
    catch (error) {
        if (error instanceof PathsOptionError)
            throw new UsageError(oneLine(error.message));
        throw error;
    }
    const report = { map, result, maxHops };
    const text = options.format === 'json'
        ? formatJson(report)
        : options.format === 'markdown'
            ? formatMarkdown(report)
            : formatStylish(report, ctx.style);
    emit(ctx, text);
    return EXIT.ok;
}
