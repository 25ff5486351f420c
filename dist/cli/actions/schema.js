import { EXIT } from '../errors.js';
import { writeOutput } from '../io.js';
import { outputTarget } from '../output.js';
export async function schema(options) {
    const target = outputTarget(options.output, process.cwd(), {
        command: 'acctmap schema',
        example: options.config ? 'config.schema.json' : 'account-map.schema.json',
    });
    const text = options.config
        ? (await import('../../config/json-schema.js')).configJsonSchemaText()
        : (await import('../../model/json-schema.js')).accountMapJsonSchemaText();
    writeOutput(target.kind === 'file' ? target.path : undefined, text);
    return EXIT.ok;
}
