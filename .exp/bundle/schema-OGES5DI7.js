import { createRequire as __acctmapRequire } from 'node:module'; const require = __acctmapRequire(import.meta.url);
import {
  outputTarget
} from "./chunk-MTX4CNVE.js";
import {
  writeOutput
} from "./chunk-G7CTN3EZ.js";
import "./chunk-CEO2H5BC.js";
import "./chunk-W7GPNTL5.js";
import {
  EXIT
} from "./chunk-FUKRDGIG.js";
import "./chunk-N5QIJHTO.js";

// dist/cli/actions/schema.js
async function schema(options) {
  const target = outputTarget(options.output, process.cwd(), {
    command: "acctmap schema",
    example: options.config ? "config.schema.json" : "account-map.schema.json"
  });
  const text = options.config ? (await import("./json-schema-GCXNXQHO.js")).configJsonSchemaText() : (await import("./json-schema-ETD6OR2U.js")).accountMapJsonSchemaText();
  writeOutput(target.kind === "file" ? target.path : void 0, text);
  return EXIT.ok;
}
export {
  schema
};
