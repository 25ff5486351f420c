import { createRequire as __acctmapCreateRequire } from 'node:module';
const require = __acctmapCreateRequire(import.meta.url);

// dist/cli/config-file.js
import * as fs from "node:fs";
import * as path from "node:path";
var CONFIG_NAMES = ["acctmap.config.yaml", "acctmap.config.yml"];
function findConfig(cwd) {
  let dir = path.resolve(cwd);
  for (; ; ) {
    for (const name of CONFIG_NAMES) {
      const candidate = path.join(dir, name);
      if (fs.existsSync(candidate))
        return candidate;
    }
    const parent = path.dirname(dir);
    if (parent === dir)
      return void 0;
    dir = parent;
  }
}
function configPath(flag, cwd) {
  return flag ? path.resolve(cwd, flag) : findConfig(cwd);
}

// dist/cli/today.js
function today(now = /* @__PURE__ */ new Date()) {
  const pad = (n) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export {
  configPath,
  today
};
