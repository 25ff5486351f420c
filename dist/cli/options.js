/**
 * The options commands share, as commander options, so that each means the same in every
 * command. Kept apart from ./context.ts (which resolves them: config, colour, dates) so that
 * registering the commands, which every run does, even `acctmap --version`, loads commander and
 * nothing else.
 */
import { InvalidArgumentError, Option } from 'commander';
/**
 * `-o PATH` for a command that writes one output: given twice is an error (commander would keep
 * the last one silently).
 */
export function outputOption(description = 'write there instead of stdout (written whole or not at all; - is stdout)') {
    return new Option('-o, --output <path>', description).argParser(once('-o'));
}
/**
 * `--format` with its choices, for a command that writes one output: given twice is an error.
 * (validate, which writes several outputs, takes `formatsOption`.)
 */
export function formatOption(choices, description) {
    const check = once('--format');
    return new Option('--format <format>', description)
        .choices(choices)
        .argParser((value, previous) => check(oneOf(choices, value), previous));
}
/** `--format` given any number of times, each value checked, every one kept in order. */
export function formatsOption(choices, description) {
    return new Option('--format <format>', description)
        .choices(choices)
        .argParser((value, previous) => [
        ...(previous ?? []),
        oneOf(choices, value),
    ]);
}
function oneOf(choices, value) {
    if (!choices.includes(value))
        throw new InvalidArgumentError(`Allowed choices are ${choices.join(', ')}.`);
    return value;
}
function once(flag) {
    return (value, previous) => {
        if (previous !== undefined)
            throw new InvalidArgumentError(`${flag} is given twice (${previous}, then ${value}) and this command writes one output; give it once`);
        return value;
    };
}
export const COLOR_OPTION = [
    '--no-color',
    'plain text (NO_COLOR or NODE_DISABLE_COLORS does the same; FORCE_COLOR forces colour)',
];
/** `-q` and `--debug`: the options every command ends with. */
export function withBaseOptions(cmd) {
    return cmd
        .option('-q, --quiet', 'print only errors')
        .option('--debug', 'on an unexpected error, print its stack trace');
}
/** The options of the commands that search folders for maps (validate, score, diagram, report). */
export function withDiscoveryOptions(cmd) {
    return cmd
        .option('--stdin-filename <path>', 'with - as a path: the file name the map read from stdin is reported under (and config overrides match)')
        .option('--ignore-pattern <glob>', "skip files and folders matching this glob (relative to this folder; repeatable), besides the config's ignore", repeatable)
        .option('--no-gitignore', 'search also the files git ignores (.gitignore)');
}
/**
 * The contract's common options, for the commands that read maps. `output` replaces the usual
 * single `-o` (validate's takes several).
 */
export function withCommonOptions(cmd, output = outputOption()) {
    return withBaseOptions(cmd
        .option('--config <file>', 'config file (default: acctmap.config.yaml here or in the nearest parent folder)')
        .option('--as-of <date>', 'the date that "today" means for date rules, YYYY-MM-DD (default: today)')
        .option(...COLOR_OPTION)
        .addOption(output));
}
/**
 * The action of a command: load its module when it runs (so `--help` loads none of them), run
 * it, and leave its exit code for ./main.ts. `before` runs first, with the arguments: what may
 * start while the module loads.
 */
export function action(load, before) {
    return async (...args) => {
        before?.(...args);
        const run = await load();
        process.exitCode = await run(...args);
    };
}
/** For an option given several times (`--rule a=off --rule b=info`): every value, in order. */
export function repeatable(value, previous) {
    return [...(previous ?? []), value];
}
