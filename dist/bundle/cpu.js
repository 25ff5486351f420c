import { createRequire as __acctmapCreateRequire } from 'node:module';
const require = __acctmapCreateRequire(import.meta.url);
import {
  freeCores,
  idleCores,
  ownHelperCores
} from "./chunk-WCWGSMVT.js";
import "./chunk-ZV4OTCNF.js";
export {
  freeCores,
  idleCores,
  ownHelperCores
};
