import { createRequire as __acctmapCreateRequire } from 'node:module';
const require = __acctmapCreateRequire(import.meta.url);
import {
  mapIndex
} from "./chunk-M5GZM46X.js";

// dist/paths/advice.js
function strengthWord(step) {
  if (step.unstated)
    return "";
  if (step.weight === 0.9)
    return "strong";
  if (step.weight === 0.6)
    return "medium";
  return "weak";
}
function namer(map) {
  const index = mapIndex(map);
  const full = (id) => index.teamMember(id)?.name ?? index.person(id)?.name ?? id;
  const first = (name) => name.trim().split(/\s+/)[0] ?? name;
  const counts = /* @__PURE__ */ new Map();
  for (const p of [...map.team ?? [], ...map.people ?? []]) {
    const f = first(p.name);
    counts.set(f, (counts.get(f) ?? 0) + 1);
  }
  const short = (id) => {
    const name = full(id);
    const f = first(name);
    return (counts.get(f) ?? 0) > 1 ? name : f;
  };
  return { full, short };
}
function relation(map, step, name) {
  const a = name(step.from);
  const b = name(step.to);
  const word = strengthWord(step);
  const how = word ? ` (${word})` : "";
  switch (step.via) {
    case "knows":
      return `${a} knows ${b}${how}`;
    case "former-colleague":
      return `${a} and ${b} are former colleagues${how}`;
    case "influences":
      return `${a} influences ${b}${how}`;
    case "introduced":
      return `${a} introduced us to ${b} before${how}`;
    case "reports_to":
      return mapIndex(map).person(step.from)?.reports_to === step.to ? `${a} reports to ${b}` : `${b} reports to ${a}`;
    case "dotted_to":
      return mapIndex(map).person(step.from)?.dotted_to?.includes(step.to) ? `${a} has a dotted line to ${b}` : `${b} has a dotted line to ${a}`;
    default:
      return `${a} knows ${b}${how}`;
  }
}
function show(ctx, text) {
  return ctx.show ? ctx.show(text) : text;
}
function contact(ctx, step, name) {
  const word = strengthWord(step);
  const ours = `our ${word ? `${word} ` : ""}contact`;
  if (step.via === "moved") {
    const moved = ctx.moved?.get(step.to);
    const from = moved ? ` from ${show(ctx, moved.from.account.name)}` : "";
    return `who moved here${from}: ${ours} there, ${name(step.from)}`;
  }
  return `${ours}, ${name(step.from)}`;
}
function pathAdvice(ctx, path) {
  const show2 = ctx.show ?? ((s) => s);
  const names = namer(ctx.map);
  const full = (id) => show2(names.full(id));
  const short = (id) => show2(names.short(id));
  const [first, ...rest] = path.steps;
  if (!first)
    return "";
  if (rest.length === 0) {
    const sep = first.via === "moved" ? "," : ":";
    return `Go straight to ${full(first.to)}${sep} ${contact(ctx, first, short)}`;
  }
  const parts = rest.map((step, i) => {
    const ask = i === 0 ? `Ask ${full(step.from)} (${contact(ctx, first, short)})` : `then ask ${short(step.from)}`;
    return `${ask} to introduce you to ${full(step.to)}: ${relation(ctx.map, step, short)}`;
  });
  return parts.join("; ");
}

export {
  pathAdvice
};
