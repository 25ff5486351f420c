import { createRequire as __acctmapCreateRequire } from 'node:module';
const require = __acctmapCreateRequire(import.meta.url);
import {
  accountMapJsonSchema,
  accountMapJsonSchemaText,
  jsonText,
  toEditorJsonSchema,
  withTitle
} from "./chunk-HY2MA3TS.js";
import "./chunk-B3YHV4PY.js";
import "./chunk-ER562JKO.js";
import "./chunk-ZV4OTCNF.js";
export {
  accountMapJsonSchema,
  accountMapJsonSchemaText,
  jsonText,
  toEditorJsonSchema,
  withTitle
};
