import { createRequire as __acctmapCreateRequire } from 'node:module';
const require = __acctmapCreateRequire(import.meta.url);
import {
  accountMapJsonSchema,
  accountMapJsonSchemaText,
  jsonText,
  toEditorJsonSchema,
  withTitle
} from "./chunk-C7PWGSBG.js";
import "./chunk-PFY5REBD.js";
import "./chunk-ANDLWBQ5.js";
import "./chunk-ZV4OTCNF.js";
export {
  accountMapJsonSchema,
  accountMapJsonSchemaText,
  jsonText,
  toEditorJsonSchema,
  withTitle
};
