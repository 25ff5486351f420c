import { createRequire as __acctmapCreateRequire } from 'node:module';
const require = __acctmapCreateRequire(import.meta.url);
import {
  AccountMapSchema,
  external_exports
} from "./chunk-XJYOIXLA.js";

// dist/model/json-schema.js
function accountMapJsonSchema() {
  return withTitle(toEditorJsonSchema(AccountMapSchema), "acctmap account map, format version 1", "One customer or target account: its people, how they relate to each other and to us, the money, mutual goals and recent events. See docs/format.md.");
}
function accountMapJsonSchemaText() {
  return jsonText(accountMapJsonSchema());
}
function toEditorJsonSchema(schema) {
  return forEditors(external_exports.toJSONSchema(schema, { target: "draft-7", io: "input", unrepresentable: "any" }));
}
function withTitle(schema, title, description) {
  const { $schema, ...rest } = schema;
  return { $schema, title, description, ...rest };
}
function jsonText(schema) {
  return `${JSON.stringify(schema, null, 2)}
`;
}
function forEditors(node) {
  if (Array.isArray(node))
    return node.map(forEditors);
  if (node === null || typeof node !== "object")
    return node;
  const out = {};
  for (const [key, value] of Object.entries(node))
    out[key] = forEditors(value);
  const names = out.propertyNames;
  if (names !== void 0) {
    delete out.propertyNames;
    const { type, pattern, ...other } = names;
    if (type !== "string" || Object.keys(other).length > 0) {
      throw new Error(`forEditors: cannot carry propertyNames ${JSON.stringify(names)}`);
    }
    if (typeof pattern === "string") {
      out.patternProperties = { [pattern]: out.additionalProperties ?? {} };
      out.additionalProperties = false;
    }
  }
  return out;
}

export {
  accountMapJsonSchema,
  accountMapJsonSchemaText,
  toEditorJsonSchema,
  withTitle,
  jsonText
};
