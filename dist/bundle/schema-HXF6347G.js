import { createRequire as __acctmapCreateRequire } from 'node:module';
const require = __acctmapCreateRequire(import.meta.url);
import {
  outputTarget
} from "./chunk-UVMY4ATT.js";
import {
  writeOutput
} from "./chunk-LITMVH3X.js";
import "./chunk-CE5LU4KN.js";
import "./chunk-A4RBNV6B.js";
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
  const text = options.config ? (await import("./json-schema-IT42YP7B.js")).configJsonSchemaText() : (await import("./json-schema-22DOCGWR.js")).accountMapJsonSchemaText();
  writeOutput(target.kind === "file" ? target.path : void 0, text);
  return EXIT.ok;
}
export {
  schema
};
