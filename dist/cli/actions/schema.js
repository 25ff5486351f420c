/** `acctmap schema`: the JSON Schema of the map format, to stdout or to `-o`. */
import { accountMapJsonSchemaText } from '../../model/json-schema.js';
import { EXIT } from '../errors.js';
import { writeOutput } from '../io.js';
export function schema(options) {
    writeOutput(options.output, accountMapJsonSchemaText());
    return EXIT.ok;
}
