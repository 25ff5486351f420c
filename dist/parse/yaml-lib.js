/**
 * The `yaml` package, loaded the first time a text needs it. Most runs never do: the fast reader
 * (./simple.ts) reads the plain YAML maps and configs are written in, and suppression comments
 * are only parsed where a file has one. Loading it costs a run about as much as reading a
 * hundred maps (its 70 modules), every run and every check worker, so it is not imported where
 * it is only a fallback. For Node, `import` and `require` of `yaml` give the same (CommonJS)
 * module, so modules that import it (init, import) share this one.
 */
import { createRequire } from 'node:module';
let loaded;
export function yamlLib() {
    loaded ??= createRequire(import.meta.url)('yaml');
    return loaded;
}
