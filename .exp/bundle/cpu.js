import { createRequire as __acctmapRequire } from 'node:module'; const require = __acctmapRequire(import.meta.url);
import {
  freeCores,
  idleCores
} from "./chunk-DA5YJUD5.js";
import "./chunk-N5QIJHTO.js";
export {
  freeCores,
  idleCores
};
