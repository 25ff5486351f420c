import { createRequire as __acctmapCreateRequire } from 'node:module';
const require = __acctmapCreateRequire(import.meta.url);
import {
  checkIdOption,
  findSchema,
  init
} from "./chunk-HSDQTDA5.js";
import "./chunk-UVMY4ATT.js";
import "./chunk-7BBQ6W26.js";
import "./chunk-SBOSA6JR.js";
import "./chunk-XYHYTBYU.js";
import "./chunk-36743227.js";
import "./chunk-OIC7LVBH.js";
import "./chunk-QCV3QUTT.js";
import "./chunk-WEFKO2QC.js";
import "./chunk-XERLIRDO.js";
import "./chunk-IK5NDTID.js";
import "./chunk-HHUCCSLL.js";
import "./chunk-UZ645F5T.js";
import "./chunk-R7CQWXXE.js";
import "./chunk-AR6G5YW2.js";
import "./chunk-ZV4OTCNF.js";
export {
  checkIdOption,
  findSchema,
  init
};
