#!/usr/bin/env node
// First, on its own: the CPU times at start, before the rest loads, so that `validate` can tell
// within a tenth of a second whether a core is free for a check worker (src/cli/check-pool.ts).
import '../dist/cli/cpu.js';

const { run } = await import('../dist/cli/run.js');
run();
