import { Option } from 'commander';
export function register(program) {
    program
        .command('rules')
        .description('list the rules: id, default severity and what each catches')
        .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
        .option('-o, --output <path>', 'write there instead of stdout (written whole or not at all)')
        .option('--no-color', 'plain text (NO_COLOR does the same; FORCE_COLOR forces colour)')
        .addHelpText('after', `
Examples:
  $ acctmap rules
  $ acctmap rules --format json | jq -r '.rules[].id'

Severity and options per rule go in acctmap.config.yaml, for example:
  rules:
    stale-contact: { severity: error, days: 60 }
    no-champion: off
Each rule has a page in docs/rules/<id>.md.`)
        .action(async (options) => {
        const [{ ruleCatalog }, { formatCatalogJson, formatCatalogText }, { makeStyle, useColor }] = await Promise.all([
            import('../../rules/index.js'),
            import('../../rules/catalog.js'),
            import('../color.js'),
        ]);
        const rules = ruleCatalog();
        const toFile = options.output !== undefined;
        const text = options.format === 'json'
            ? formatCatalogJson(rules)
            : formatCatalogText(rules, makeStyle(!toFile && useColor(process.stdout, options.color)));
        if (toFile) {
            const { writeFileAtomic } = await import('../io.js');
            writeFileAtomic(options.output, text);
        }
        else
            process.stdout.write(text);
    });
}
