import { EXIT } from '../errors.js';
import { writeOutput } from '../io.js';
export async function schema(options) {
    const text = options.config
        ? (await import('../../config/json-schema.js')).configJsonSchemaText()
        : (await import('../../model/json-schema.js')).accountMapJsonSchemaText();
    writeOutput(options.output, text);
    return EXIT.ok;
}
