import { createRequire as __acctmapCreateRequire } from 'node:module';
const require = __acctmapCreateRequire(import.meta.url);

// dist/cli/color.js
function useColor(stream, flag, env = process.env) {
  if (flag === false)
    return false;
  if (env.NO_COLOR !== void 0 && env.NO_COLOR !== "")
    return false;
  if (env.NODE_DISABLE_COLORS !== void 0 && env.NODE_DISABLE_COLORS !== "")
    return false;
  if (env.FORCE_COLOR !== void 0)
    return env.FORCE_COLOR !== "0" && env.FORCE_COLOR !== "false";
  return stream.isTTY === true && env.TERM !== "dumb";
}

export {
  useColor
};
