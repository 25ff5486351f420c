/**
 * Which acctmap.config.yaml a run uses: apart from ./config.ts, which loads the YAML reader and
 * the config's schema, so that `validate --cache` can tell whether a kept answer still holds
 * before that code is loaded (./replay.ts).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

const CONFIG_NAMES = ['acctmap.config.yaml', 'acctmap.config.yml'];

/** The config file in `cwd` or the nearest parent that has one. */
function findConfig(cwd: string): string | undefined {
  let dir = path.resolve(cwd);
  for (;;) {
    for (const name of CONFIG_NAMES) {
      const candidate = path.join(dir, name);
      if (fs.existsSync(candidate)) return candidate;
    }
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** The config a run reads: `--config`'s file, else the nearest one found; none: defaults. */
export function configPath(flag: string | undefined, cwd: string): string | undefined {
  return flag ? path.resolve(cwd, flag) : findConfig(cwd);
}
