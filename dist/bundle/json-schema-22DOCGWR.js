import { createRequire as __acctmapCreateRequire } from 'node:module';
const require = __acctmapCreateRequire(import.meta.url);
import {
  accountMapJsonSchema,
  accountMapJsonSchemaText,
  jsonText,
  toEditorJsonSchema,
  withTitle
} from "./chunk-JUQLXTND.js";
import "./chunk-XJYOIXLA.js";
import "./chunk-A4RBNV6B.js";
import "./chunk-ZV4OTCNF.js";
export {
  accountMapJsonSchema,
  accountMapJsonSchemaText,
  jsonText,
  toEditorJsonSchema,
  withTitle
};
