#!/usr/bin/env node
// First, on its own: the CPU times at start, before the rest loads, so that `validate` can tell
// within a tenth of a second whether a core is free for a check worker (src/cli/check-pool.ts).
// dist/bundle/ is dist/ bundled by scripts/bundle.mjs (one file per entry instead of hundreds of
// modules): what `npm run compile` makes, committed.
import '../dist/bundle/cpu.js';

const { run } = await import('../dist/bundle/run.js');
run();
