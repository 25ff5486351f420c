import { createRequire as __acctmapCreateRequire } from 'node:module';
const require = __acctmapCreateRequire(import.meta.url);
import {
  here,
  parsedCommand,
  replay,
  replayKey,
  replayable
} from "./chunk-FG3AANPF.js";
import "./chunk-MLHKFOEY.js";
import "./chunk-IGFIU6YM.js";
import "./chunk-FECTPEQ5.js";
import "./chunk-UVMY4ATT.js";
import "./chunk-G6RSPFR5.js";
import "./chunk-EP3XH6LY.js";
import "./chunk-OIC7LVBH.js";
import "./chunk-OHYZK4TA.js";
import "./chunk-IAOW2ERF.js";
import "./chunk-LITMVH3X.js";
import "./chunk-CE5LU4KN.js";
import "./chunk-A4RBNV6B.js";
import "./chunk-AR6G5YW2.js";
import "./chunk-ZV4OTCNF.js";
export {
  here,
  parsedCommand,
  replay,
  replayKey,
  replayable
};
