import { createRequire as __acctmapCreateRequire } from 'node:module';
const require = __acctmapCreateRequire(import.meta.url);
import {
  outputTarget
} from "./chunk-UVMY4ATT.js";
import {
  writeOutput
} from "./chunk-GRJRKR7U.js";
import "./chunk-M5W34D2E.js";
import "./chunk-ANDLWBQ5.js";
import {
  EXIT
} from "./chunk-AR6G5YW2.js";
import "./chunk-ZV4OTCNF.js";

// dist/cli/actions/schema.js
async function schema(options) {
  const target = outputTarget(options.output, process.cwd(), {
    command: "acctmap schema",
    example: options.config ? "config.schema.json" : "account-map.schema.json"
  });
  const text = options.config ? (await import("./json-schema-LUE6YR6Y.js")).configJsonSchemaText() : (await import("./json-schema-OJRNGQA2.js")).accountMapJsonSchemaText();
  writeOutput(target.kind === "file" ? target.path : void 0, text);
  return EXIT.ok;
}
export {
  schema
};
