export function withCommonOptions(cmd) {
    return cmd
        .option('--config <file>', 'config file (default: acctmap.config.yaml here or in the nearest parent folder)')
        .option('--as-of <date>', 'the date that "today" means for date rules, YYYY-MM-DD (default: today)')
        .option('--no-color', 'plain text (NO_COLOR does the same; FORCE_COLOR forces colour)')
        .option('-o, --output <path>', 'write there instead of stdout (written whole or not at all)')
        .option('-q, --quiet', 'print only errors')
        .option('--debug', 'on an unexpected error, print its stack trace');
}
/** For an option given several times (`--rule a=off --rule b=info`): every value, in order. */
export function repeatable(value, previous) {
    return [...(previous ?? []), value];
}
