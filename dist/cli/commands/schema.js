export function register(program) {
    program
        .command('schema')
        .description('print the JSON Schema of the map format (the one in schemas/account-map.schema.json)')
        .option('-o, --output <path>', 'write there instead of stdout')
        .addHelpText('after', `
Editors: put this line at the top of a map to get completion and checks in VS Code (YAML extension):
  # yaml-language-server: $schema=./schemas/account-map.schema.json`)
        .action(async (options) => {
        const { accountMapJsonSchemaText } = await import('../../model/json-schema.js');
        const text = accountMapJsonSchemaText();
        if (options.output) {
            const { writeFileAtomic } = await import('../io.js');
            writeFileAtomic(options.output, text);
        }
        else
            process.stdout.write(text);
    });
}
