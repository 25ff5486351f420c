import { createRequire as __acctmapCreateRequire } from 'node:module';
const require = __acctmapCreateRequire(import.meta.url);
import {
  checkIdOption,
  findSchema,
  init
} from "./chunk-3O6GR2RY.js";
import "./chunk-UVMY4ATT.js";
import "./chunk-NTCD2H3S.js";
import "./chunk-SBOSA6JR.js";
import "./chunk-TAGPYZ67.js";
import "./chunk-XLDCDKTU.js";
import "./chunk-OIC7LVBH.js";
import "./chunk-Y4MQP27J.js";
import "./chunk-NJPFYMXG.js";
import "./chunk-EIQH2WM2.js";
import "./chunk-IK5NDTID.js";
import "./chunk-GRJRKR7U.js";
import "./chunk-M5W34D2E.js";
import "./chunk-ANDLWBQ5.js";
import "./chunk-AR6G5YW2.js";
import "./chunk-ZV4OTCNF.js";
export {
  checkIdOption,
  findSchema,
  init
};
