import { createRequire as __acctmapCreateRequire } from 'node:module';
const require = __acctmapCreateRequire(import.meta.url);
import {
  loadRun,
  onlyAccount,
  usableMaps
} from "./chunk-5UIGE76S.js";
import "./chunk-24WFDTQW.js";
import {
  pathAdvice
} from "./chunk-HAGDK5MB.js";
import "./chunk-KMKR7STN.js";
import "./chunk-MLHKFOEY.js";
import "./chunk-IGFIU6YM.js";
import "./chunk-FECTPEQ5.js";
import "./chunk-WCWGSMVT.js";
import "./chunk-SEMNEORE.js";
import {
  emit,
  makeContext,
  note,
  problems
} from "./chunk-FEQYHIU2.js";
import "./chunk-HMHVJ7MO.js";
import "./chunk-ZXIJX75S.js";
import "./chunk-WJ4UJHTB.js";
import "./chunk-3PMCQ3JK.js";
import "./chunk-EOFZAPUG.js";
import {
  PathsOptionError,
  findPaths,
  mapIndex
} from "./chunk-M5GZM46X.js";
import {
  BUYING_ROLES
} from "./chunk-XJYOIXLA.js";
import "./chunk-G6RSPFR5.js";
import "./chunk-EP3XH6LY.js";
import "./chunk-OIC7LVBH.js";
import "./chunk-OHYZK4TA.js";
import "./chunk-IAOW2ERF.js";
import "./chunk-LITMVH3X.js";
import "./chunk-CE5LU4KN.js";
import {
  escapeMarkdownText,
  messageMarkdown,
  oneLine,
  plural,
  words
} from "./chunk-A4RBNV6B.js";
import {
  EXIT,
  UsageError
} from "./chunk-AR6G5YW2.js";
import "./chunk-ZV4OTCNF.js";

// dist/paths/format.js
function targetWords(report) {
  const { map, result } = report;
  if (BUYING_ROLES.includes(result.to))
    return `the ${words(result.to)}`;
  return mapIndex(map).person(result.to)?.name ?? result.to;
}
function personHeading(map, id) {
  const p = mapIndex(map).person(id);
  if (!p)
    return id;
  return p.title ? `${p.name} (${p.title})` : p.name;
}
function strengthText(path) {
  return String(Math.round(path.strength * 1e3) / 1e3);
}
function byTarget(result) {
  const out = /* @__PURE__ */ new Map();
  for (const p of result.paths)
    out.set(p.target, [...out.get(p.target) ?? [], p]);
  return out;
}
function nobody(report) {
  return `Nobody still at ${report.map.account.name} holds \`${report.result.to}\`.`;
}
function formatStylish(report, style) {
  const { map, result, maxHops } = report;
  const line = (s) => oneLine(s);
  const out = [
    style.bold(line(`Warm paths to ${targetWords(report)} at ${map.account.name}`)) + style.dim(` (${map.account.id}, within ${plural(maxHops, "step")})`),
    ""
  ];
  if (result.targets.length === 0)
    return `${out.join("\n")}${nobody(report)}
`;
  const paths2 = byTarget(result);
  const ctx = { map, moved: result.moved };
  for (const target of result.targets) {
    out.push(style.bold(line(personHeading(map, target))));
    const list = paths2.get(target);
    if (list) {
      list.forEach((p, i) => {
        out.push(`  ${i + 1}. ${line(pathAdvice(ctx, p))}  ${style.dim(`${strengthText(p)}, ${plural(p.hops, "step")}`)}`);
      });
    } else {
      const u = result.unreachable.find((x) => x.target === target);
      out.push(`  ${style.yellow(`no warm path within ${plural(maxHops, "step")}`)}: ${line(u.suggestion)}`);
    }
    out.push("");
  }
  const reached = result.targets.length - result.unreachable.length;
  out.push(style.dim(`${plural(result.paths.length, "path")} to ${reached} of ${plural(result.targets.length, "person", "people")}. Strength: the product of the steps (strong 0.9, medium 0.6, weak 0.3, a reporting line 0.5).`));
  return `${out.join("\n")}
`;
}
function formatMarkdown(report, level = 1) {
  const { map, result, maxHops } = report;
  const t = (s) => escapeMarkdownText(oneLine(s));
  const h = (n) => "#".repeat(Math.min(6, level + n));
  const out = [
    `${h(0)} Warm paths to ${t(targetWords(report))} at ${t(map.account.name)}`,
    ""
  ];
  if (result.targets.length === 0)
    return `${out.join("\n")}${t(nobody(report))}
`;
  const paths2 = byTarget(result);
  const ctx = { map, moved: result.moved, show: t };
  for (const target of result.targets) {
    out.push(`${h(1)} ${t(personHeading(map, target))}`, "");
    const list = paths2.get(target);
    if (list) {
      list.forEach((p, i) => {
        out.push(`${i + 1}. ${pathAdvice(ctx, p)} (strength ${strengthText(p)}, ${plural(p.hops, "step")})`);
      });
    } else {
      const u = result.unreachable.find((x) => x.target === target);
      out.push(`No warm path within ${plural(maxHops, "step")}: ${messageMarkdown(u.suggestion)}.`);
    }
    out.push("");
  }
  return `${out.join("\n").trimEnd()}
`;
}
function formatJson(report) {
  const { result } = report;
  const data = {
    account: result.account,
    to: result.to,
    paths: result.paths.map((p) => ({
      target: p.target,
      strength: p.strength,
      hops: p.hops,
      steps: p.steps.map((s) => ({ from: s.from, to: s.to, via: s.via, weight: s.weight }))
    })),
    unreachable: result.unreachable.map((u) => ({ target: u.target, suggestion: u.suggestion }))
  };
  return `${JSON.stringify(data, null, 2)}
`;
}

// dist/cli/actions/paths.js
function whole(value, flag) {
  if (!/^\d+$/.test(value.trim())) {
    throw new UsageError(`${flag} takes a whole number, got \`${oneLine(value)}\``);
  }
  return Number(value);
}
async function paths(file, options) {
  const maxHops = whole(options.maxHops, "--max-hops");
  const top = whole(options.top, "--top");
  const ctx = makeContext(options);
  const run = await loadRun([file], ctx, { rules: false });
  const maps = onlyAccount(usableMaps(run, (line) => note(ctx, line)), options.account, file);
  if (maps.length === 0) {
    problems(run.fatal);
    throw new UsageError(`no map without errors in ${file}; run \`acctmap validate ${file}\` to see what is wrong`);
  }
  if (maps.length > 1) {
    throw new UsageError(`${file} holds ${maps.length} accounts (${maps.map((m) => m.map.account.id).join(", ")}): choose one with --account`);
  }
  const map = maps[0].map;
  let others = [];
  if (options.in?.length) {
    const portfolio = await loadRun(options.in, ctx, { rules: false });
    others = usableMaps(portfolio, (line) => note(ctx, line)).map((m) => m.map).filter((m) => m.account.id !== map.account.id);
  }
  let result;
  try {
    result = findPaths(map, {
      to: options.to,
      maxHops,
      top,
      others,
      ...options.from !== void 0 ? { from: options.from } : {}
    });
  } catch (error) {
    if (error instanceof PathsOptionError)
      throw new UsageError(oneLine(error.message));
    throw error;
  }
  const report = { map, result, maxHops };
  const text = options.format === "json" ? formatJson(report) : options.format === "markdown" ? formatMarkdown(report) : formatStylish(report, ctx.style);
  emit(ctx, text);
  return EXIT.ok;
}
export {
  paths
};
