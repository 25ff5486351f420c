import { createRequire as __acctmapRequire } from 'node:module'; const require = __acctmapRequire(import.meta.url);
import {
  accountMapJsonSchema,
  accountMapJsonSchemaText,
  jsonText,
  toEditorJsonSchema,
  withTitle
} from "./chunk-66BAVIXA.js";
import "./chunk-UMP7OUPL.js";
import "./chunk-W7GPNTL5.js";
import "./chunk-N5QIJHTO.js";
export {
  accountMapJsonSchema,
  accountMapJsonSchemaText,
  jsonText,
  toEditorJsonSchema,
  withTitle
};
