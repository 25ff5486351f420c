import { createRequire as __acctmapCreateRequire } from 'node:module';
const require = __acctmapCreateRequire(import.meta.url);

// dist/cli/cpu.js
import { availableParallelism, cpus, loadavg } from "node:os";
var sample = () => cpus().map((c) => c.times);
var AT_START = sample();
var OWN_AT_START = ownCpuMs();
var WALL_AT_START = performance.now();
function ownCpuMs() {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e3;
}
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
  const idle = idleCores(AT_START, sample());
  if (idle === void 0)
    return void 0;
  return idle + ownHelperCores(ownCpuMs() - OWN_AT_START, performance.now() - WALL_AT_START);
}
function ownHelperCores(cpuMs, wallMs) {
  return wallMs > 0 ? Math.max(0, cpuMs - wallMs) / wallMs : 0;
}
function freeCores() {
  const cores = availableParallelism();
  let free;
  return {
    cores,
    get free() {
      free ??= idleSinceStart() ?? cores - Math.max(0, loadavg()[0] ?? 0) - 1;
      return free;
    }
  };
}

export {
  idleCores,
  ownHelperCores,
  freeCores
};
