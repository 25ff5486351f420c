import { createRequire as __acctmapCreateRequire } from 'node:module';
const require = __acctmapCreateRequire(import.meta.url);
import {
  checkIdOption,
  findSchema,
  init
} from "./chunk-XEN3CVJB.js";
import "./chunk-UVMY4ATT.js";
import "./chunk-LLZ2OUUY.js";
import "./chunk-SBOSA6JR.js";
import "./chunk-RUDZYFRJ.js";
import "./chunk-7Z5O5WCJ.js";
import "./chunk-OIC7LVBH.js";
import "./chunk-XHPEUPWG.js";
import "./chunk-53FEINZX.js";
import "./chunk-PFY5REBD.js";
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
