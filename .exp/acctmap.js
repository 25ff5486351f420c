import './bundle/cpu.js';
const { run } = await import('./bundle/run.js');
run();
