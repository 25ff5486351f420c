import { createRequire as __acctmapCreateRequire } from 'node:module';
const require = __acctmapCreateRequire(import.meta.url);
import {
  here,
  parsedCommand,
  replay,
  replayKey,
  replayable
} from "./chunk-5WYE3V7T.js";
import "./chunk-BT42G75F.js";
import "./chunk-IGFIU6YM.js";
import "./chunk-FECTPEQ5.js";
import "./chunk-SK6INMQI.js";
import "./chunk-EP3XH6LY.js";
import "./chunk-OIC7LVBH.js";
import "./chunk-UVMY4ATT.js";
import "./chunk-OHYZK4TA.js";
import "./chunk-IAOW2ERF.js";
import "./chunk-AZFU2KUT.js";
import "./chunk-CE5LU4KN.js";
import "./chunk-A4RBNV6B.js";
import "./chunk-AR6G5YW2.js";
import "./chunk-NYJV5QLY.js";
import "./chunk-ZV4OTCNF.js";
export {
  here,
  parsedCommand,
  replay,
  replayKey,
  replayable
};
