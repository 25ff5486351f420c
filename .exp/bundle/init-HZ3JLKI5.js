import { createRequire as __acctmapRequire } from 'node:module'; const require = __acctmapRequire(import.meta.url);
import {
  checkIdOption,
  findSchema,
  init
} from "./chunk-Y7ZNRDEK.js";
import "./chunk-MTX4CNVE.js";
import "./chunk-XXKYTDGT.js";
import "./chunk-URXV5G6A.js";
import "./chunk-PO7W2BRV.js";
import "./chunk-ITQUNPWM.js";
import "./chunk-3KPVWIYJ.js";
import "./chunk-ZWC5TTL4.js";
import "./chunk-KU2DREUW.js";
import "./chunk-UMP7OUPL.js";
import "./chunk-HQFVVCWK.js";
import "./chunk-G7CTN3EZ.js";
import "./chunk-CEO2H5BC.js";
import "./chunk-W7GPNTL5.js";
import "./chunk-FUKRDGIG.js";
import "./chunk-N5QIJHTO.js";
export {
  checkIdOption,
  findSchema,
  init
};
