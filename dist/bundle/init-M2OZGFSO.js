import { createRequire as __acctmapCreateRequire } from 'node:module';
const require = __acctmapCreateRequire(import.meta.url);
import {
  checkIdOption,
  findSchema,
  init
} from "./chunk-PYAQ4JCO.js";
import "./chunk-UVMY4ATT.js";
import "./chunk-UYWF7WEP.js";
import "./chunk-SBOSA6JR.js";
import "./chunk-EVGYJKWN.js";
import "./chunk-HLXM5JAJ.js";
import "./chunk-OIC7LVBH.js";
import "./chunk-7DANIDUO.js";
import "./chunk-Q3YHXMQ7.js";
import "./chunk-B3YHV4PY.js";
import "./chunk-IK5NDTID.js";
import "./chunk-BYHNU5ZA.js";
import "./chunk-NPB6SVFJ.js";
import "./chunk-ER562JKO.js";
import "./chunk-AR6G5YW2.js";
import "./chunk-ZV4OTCNF.js";
export {
  checkIdOption,
  findSchema,
  init
};
