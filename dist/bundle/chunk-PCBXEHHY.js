import { createRequire as __acctmapCreateRequire } from 'node:module';
const require = __acctmapCreateRequire(import.meta.url);

// dist/cli/cpu.js
import { availableParallelism, cpus, loadavg } from "node:os";
var sample = () => cpus().map((c) => c.times);
var AT_START = sample();
function idleCores(before, after) {
  if (before.length === 0 || before.length !== after.length)
    return void 0;
  let idle = 0;
  let total = 0;
  after.forEach((a, i) => {
    const b = before[i];
    idle += a.idle - b.idle;
    total += a.user + a.nice + a.sys + a.idle + a.irq - (b.user + b.nice + b.sys + b.idle + b.irq);
  });
  if (total < 30 * after.length)
    return void 0;
  return idle / total * after.length;
}
function idleSinceStart() {
  return idleCores(AT_START, sample());
}
function freeCores() {
  const cores = availableParallelism();
  const idle = idleSinceStart();
  return { cores, free: idle ?? cores - Math.max(0, loadavg()[0] ?? 0) - 1 };
}

export {
  idleCores,
  freeCores
};
