import { createRequire as __acctmapCreateRequire } from 'node:module';
const require = __acctmapCreateRequire(import.meta.url);
import {
  accountMapJsonSchema,
  accountMapJsonSchemaText,
  jsonText,
  toEditorJsonSchema,
  withTitle
} from "./chunk-ANHDQ22P.js";
import "./chunk-XERLIRDO.js";
import "./chunk-R7CQWXXE.js";
import "./chunk-ZV4OTCNF.js";
export {
  accountMapJsonSchema,
  accountMapJsonSchemaText,
  jsonText,
  toEditorJsonSchema,
  withTitle
};
