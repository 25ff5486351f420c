export const OUTPUT_OPTION = [
    '-o, --output <path>',
    'write there instead of stdout (written whole or not at all)',
];
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
/** The contract's common options, for the commands that read maps. */
export function withCommonOptions(cmd) {
    return withBaseOptions(cmd
        .option('--config <file>', 'config file (default: acctmap.config.yaml here or in the nearest parent folder)')
        .option('--as-of <date>', 'the date that "today" means for date rules, YYYY-MM-DD (default: today)')
        .option(...COLOR_OPTION)
        .option(...OUTPUT_OPTION));
}
/**
 * The action of a command: load its module when it runs (so `--help` loads none of them), run
 * it, and leave its exit code for ./main.ts.
 */
export function action(load) {
    return async (...args) => {
        const run = await load();
        process.exitCode = await run(...args);
    };
}
/** For an option given several times (`--rule a=off --rule b=info`): every value, in order. */
export function repeatable(value, previous) {
    return [...(previous ?? []), value];
}
