/**
 * Bundles the compiled CLI (dist/, from tsc) into dist/bundle/: one file per entry that
 * `bin/acctmap.js` and the check workers load, with shared chunks, and each command's own code
 * in a chunk loaded only when that command runs (the `import()`s of src/cli/commands stay
 * `import()`s).
 *
 * Why: a `validate` run loaded about 260 modules one by one (commander, zod's 95 of which 64 are
 * the message locales `import { z } from 'zod'` always loads, the yaml package, our own 150),
 * and every check worker loaded them again: about a tenth of a second of CPU per thread, on
 * runs where ajv-cli's whole run is a second (docs/performance.md). esbuild because it is the
 * well-kept bundler that needs no configuration for Node's ES modules and takes a second.
 *
 * Bundled: our code and the small pure-JavaScript libraries every run loads. Left as imports:
 * the rest of the dependencies (loaded by one command each, and big), the yaml package (loaded
 * only when a text needs it: src/parse/yaml-lib.ts), and what the renderer resolves at run time. zod's locales are replaced by an empty module: acctmap writes its own
 * messages and configures no locale (zod still installs English, which it imports itself).
 *
 * Run by `npm run compile` after tsc; dist/bundle/ is committed with the rest of dist/.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
// Not yaml: it is loaded only when a text needs it (src/parse/yaml-lib.ts), from node_modules.
const BUNDLED = new Set(['zod', 'commander', 'chalk', 'picomatch', 'any-ascii']);

/**
 * any-ascii's table of every script (block.js: 0.55 MB of source in one function) as a JSON
 * file beside the bundle, read the first time a name is transliterated. Its module was loaded,
 * and its source scanned by V8, by every run that checks a map (ids.ts is behind the schema's
 * id messages), though only `init`, `import`, diagrams and an id message ever use it: about
 * 7 ms of each run. The table is the package's own, taken from its block function at build
 * time; the replacement answers the same for every block (`""` where it has none).
 */
const TABLE = 'any-ascii-blocks.json';
const require = createRequire(import.meta.url);
const blockFile = path.join(path.dirname(require.resolve('any-ascii')), 'block.js');
const { default: block } = await import(pathToFileURL(blockFile).href);
/** @type {Record<number, string>} */
const blocks = {};
// Code points go up to 0x10FFFF: blocks of 256 up to 0x10FF.
for (let n = 0; n <= 0x10ff; n++) {
  const text = block(n);
  if (text) blocks[n] = text;
}

const external = [
  ...Object.keys(pkg.dependencies ?? {}),
  ...Object.keys(pkg.peerDependencies ?? {}),
  ...Object.keys(pkg.devDependencies ?? {}),
]
  .filter((name) => !BUNDLED.has(name))
  .flatMap((name) => [name, `${name}/*`]);

await build({
  entryPoints: ['dist/cli/cpu.js', 'dist/cli/run.js', 'dist/cli/check-worker.js'],
  outdir: 'dist/bundle',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external,
  // Paths as seen from here, not through a symlinked node_modules: the bundle (its chunk names,
  // its comments) is then the same from any checkout, which the test that compares the
  // committed dist/ with a fresh compile needs.
  preserveSymlinks: true,
  // commander is CommonJS and requires Node's modules: an ES module bundle needs a `require`.
  banner: {
    js: "import { createRequire as __acctmapCreateRequire } from 'node:module';\nconst require = __acctmapCreateRequire(import.meta.url);",
  },
  legalComments: 'eof',
  logLevel: 'warning',
  plugins: [
    {
      name: 'any-ascii-table-on-demand',
      setup(build) {
        build.onLoad({ filter: /[\\/]any-ascii[\\/]block\.js$/ }, () => ({
          contents: `import { readFileSync } from 'node:fs';
let table;
export default function block(n) {
  table ??= JSON.parse(readFileSync(new URL('./${TABLE}', import.meta.url), 'utf8'));
  return table[n] ?? '';
}
`,
          loader: 'js',
        }));
      },
    },
    {
      name: 'zod-without-locales',
      setup(build) {
        build.onResolve({ filter: /\/locales\/index\.js$/ }, (args) =>
          /[\\/]zod[\\/]/.test(args.importer)
            ? { path: 'zod-locales', namespace: 'empty' }
            : undefined,
        );
        build.onLoad({ filter: /.*/, namespace: 'empty' }, () => ({
          contents: 'export {};',
          loader: 'js',
        }));
      },
    },
  ],
});

writeFileSync(path.join('dist', 'bundle', TABLE), `${JSON.stringify(blocks)}\n`);
