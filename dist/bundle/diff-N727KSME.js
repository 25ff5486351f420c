import { createRequire as __acctmapCreateRequire } from 'node:module';
const require = __acctmapCreateRequire(import.meta.url);
import {
  capYoungGeneration
} from "./chunk-SEMNEORE.js";
import {
  MarkdownDoc,
  formatJson,
  formatStylish,
  writePortfolioChanges
} from "./chunk-ZPJ3K3FW.js";
import {
  emit,
  makeContext,
  note
} from "./chunk-FEQYHIU2.js";
import "./chunk-HMHVJ7MO.js";
import "./chunk-ZXIJX75S.js";
import "./chunk-WJ4UJHTB.js";
import {
  checkReuse,
  checkSources,
  createRuleRunner,
  redFlagsByAccount
} from "./chunk-3PMCQ3JK.js";
import "./chunk-EOFZAPUG.js";
import {
  isPresent
} from "./chunk-M5GZM46X.js";
import {
  LEVELS,
  STANCES,
  STRENGTHS,
  isQuarter,
  quarterIndex,
  quarterName
} from "./chunk-XJYOIXLA.js";
import {
  discover,
  ignoreTest
} from "./chunk-G6RSPFR5.js";
import "./chunk-EP3XH6LY.js";
import {
  SKIP_DIRS,
  isMapFileName
} from "./chunk-OIC7LVBH.js";
import "./chunk-OHYZK4TA.js";
import "./chunk-IAOW2ERF.js";
import {
  decode,
  displayPath,
  readTextFile
} from "./chunk-LITMVH3X.js";
import "./chunk-CE5LU4KN.js";
import {
  isCalendarDate,
  joinAnd,
  money,
  percent,
  plural,
  words
} from "./chunk-A4RBNV6B.js";
import {
  EXIT,
  UsageError
} from "./chunk-AR6G5YW2.js";
import "./chunk-ZV4OTCNF.js";

// dist/cli/actions/diff.js
import * as fs2 from "node:fs";
import * as path2 from "node:path";

// dist/diff/compare.js
function flatten(value, prefix = "", out = /* @__PURE__ */ new Map()) {
  if (value === void 0)
    return out;
  if (isObject(value)) {
    for (const [key, v] of Object.entries(value))
      flatten(v, prefix ? `${prefix}.${key}` : key, out);
    return out;
  }
  out.set(prefix, toFieldValue(value));
  return out;
}
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function toFieldValue(value) {
  if (value === void 0)
    return null;
  if (value instanceof Date)
    return value.toISOString().slice(0, 10);
  if (Array.isArray(value))
    return value.map(toFieldValue);
  if (isObject(value))
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toFieldValue(v)]));
  return value;
}
function canonical(value) {
  if (Array.isArray(value))
    return `[${value.map(canonical).join(",")}]`;
  if (isObject(value)) {
    return `{${Object.keys(value).filter((k) => value[k] !== void 0).sort().map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`).join(",")}}`;
  }
  return JSON.stringify(value ?? null);
}
function same(a, b) {
  if (Array.isArray(a) && Array.isArray(b) && [...a, ...b].every((v) => !isObject(v) && !Array.isArray(v))) {
    const sort = (l) => l.map((v) => JSON.stringify(v)).sort().join(",");
    return sort(a) === sort(b);
  }
  return canonical(a ?? null) === canonical(b ?? null);
}
var SCALES = {
  stance: STANCES.filter((s) => s !== "unknown"),
  strength: STRENGTHS,
  influence: LEVELS.filter((l) => l !== "unknown"),
  goal: [
    "met",
    "on-track",
    "planned",
    "at-risk",
    "missed"
  ],
  opportunity: [
    "won",
    "proposed",
    "qualified",
    "identified",
    "lost"
  ]
};
function scaleOf(entity, field) {
  if (entity === "person" && (field === "stance" || field === "strength" || field === "influence"))
    return SCALES[field];
  if (entity === "goal" && field === "status")
    return SCALES.goal;
  if (entity === "opportunity" && field === "stage")
    return SCALES.opportunity;
  return void 0;
}
function directionOf(entity, field, before, after) {
  const scale = scaleOf(entity, field);
  if (!scale || typeof before !== "string" || typeof after !== "string")
    return void 0;
  const from = scale.indexOf(before);
  const to = scale.indexOf(after);
  if (from < 0 || to < 0 || from === to)
    return void 0;
  return to < from ? "better" : "worse";
}
function fieldChanges(entity, id, before, after) {
  const a = flatten(before);
  const b = flatten(after);
  const keys = [...a.keys(), ...[...b.keys()].filter((k) => !a.has(k))];
  const out = [];
  for (const field of keys) {
    if (field === "id" && id !== void 0)
      continue;
    const x = a.get(field);
    const y = b.get(field);
    if (same(x, y))
      continue;
    const direction = directionOf(entity, field, x, y);
    out.push({
      entity,
      ...id !== void 0 ? { id } : {},
      change: "changed",
      field,
      before: x ?? null,
      after: y ?? null,
      ...direction ? { direction } : {}
    });
  }
  return out;
}
function listChanges(spec, before = [], after = []) {
  const out = [];
  const byId2 = (list) => {
    const m = /* @__PURE__ */ new Map();
    for (const item of list) {
      const id = spec.id(item);
      if (id !== void 0 && !m.has(id))
        m.set(id, item);
    }
    return m;
  };
  const beforeIds = byId2(before);
  const afterIds = byId2(after);
  for (const [id, item] of beforeIds) {
    const other = afterIds.get(id);
    if (other === void 0)
      out.push({ entity: spec.entity, id, change: "removed" });
    else
      out.push(...fieldChanges(spec.entity, id, item, other));
  }
  for (const id of afterIds.keys())
    if (!beforeIds.has(id))
      out.push({ entity: spec.entity, id, change: "added" });
  const loose = (list) => list.filter((item) => spec.id(item) === void 0);
  const removed = unmatched(loose(before), loose(after));
  const added = unmatched(loose(after), loose(before));
  const names = (list) => {
    const m = /* @__PURE__ */ new Map();
    for (const item of list)
      m.set(spec.name(item), (m.get(spec.name(item)) ?? 0) + 1);
    return m;
  };
  const removedNames = names(removed);
  const addedNames = names(added);
  const paired = /* @__PURE__ */ new Set();
  for (const item of removed) {
    const name = spec.name(item);
    if (removedNames.get(name) === 1 && addedNames.get(name) === 1) {
      const other = added.find((a) => spec.name(a) === name);
      out.push(...fieldChanges(spec.entity, name, item, other));
      paired.add(name);
    } else
      out.push({ entity: spec.entity, id: name, change: "removed" });
  }
  for (const item of added)
    if (!paired.has(spec.name(item)))
      out.push({ entity: spec.entity, id: spec.name(item), change: "added" });
  return out;
}
function unmatched(list, other) {
  const pool = /* @__PURE__ */ new Map();
  for (const item of other)
    pool.set(canonical(item), (pool.get(canonical(item)) ?? 0) + 1);
  return list.filter((item) => {
    const n = pool.get(canonical(item)) ?? 0;
    if (n > 0)
      pool.set(canonical(item), n - 1);
    return n === 0;
  });
}
function compareMaps(before, after) {
  if (before === after)
    return [];
  return [
    ...fieldChanges("account", void 0, { ...before.account, notes: before.notes }, { ...after.account, notes: after.notes }),
    ...fieldChanges("relationship", void 0, before.relationship, after.relationship),
    ...fieldChanges("financials", void 0, before.financials, after.financials),
    ...listChanges({ entity: "team", id: (m) => m.id, name: (m) => m.id }, before.team, after.team),
    ...listChanges({ entity: "unit", id: (u) => u.id, name: (u) => u.id }, before.units, after.units),
    ...listChanges({ entity: "person", id: (p) => p.id, name: (p) => p.id }, before.people, after.people),
    ...listChanges({
      entity: "connection",
      id: () => void 0,
      name: (c) => `${c.from} -> ${c.to} (${c.type})`
    }, before.connections, after.connections),
    ...listChanges({ entity: "goal", id: (g) => g.id, name: (g) => g.title }, before.goals, after.goals),
    ...listChanges({ entity: "opportunity", id: (o) => o.id, name: (o) => o.title }, before.opportunities, after.opportunities),
    ...listChanges({ entity: "event", id: () => void 0, name: (e) => `${e.date} ${e.type}` }, before.events, after.events),
    ...fieldChanges("profile", void 0, before.profile, after.profile)
  ];
}

// dist/diff/signals.js
var REORGANIZATION_PEOPLE = 3;
var REORGANIZATION_SHARE = 0.2;
var REVENUE_DROP = 0.2;
var byId = (people = []) => {
  const m = /* @__PURE__ */ new Map();
  for (const p of people)
    if (!m.has(p.id))
      m.set(p.id, p);
  return m;
};
var label = (p) => `${p.name} (${p.id})`;
function findSignals(before, after) {
  const out = [];
  const was = byId(before.people);
  const now = byId(after.people);
  const moved = [];
  for (const [id, p] of was) {
    const q = now.get(id);
    if (!q || !isPresent(p) || !isPresent(q))
      continue;
    const what = [];
    if ((p.unit ?? null) !== (q.unit ?? null))
      what.push(`unit ${p.unit ?? "none"} \u2192 ${q.unit ?? "none"}`);
    if ((p.reports_to ?? null) !== (q.reports_to ?? null))
      what.push(`reports to ${p.reports_to ?? "nobody"} \u2192 ${q.reports_to ?? "nobody"}`);
    if (what.length)
      moved.push({ person: q, what });
  }
  const active = [...was.values()].filter(isPresent).length;
  if (moved.length >= REORGANIZATION_PEOPLE || moved.length > 0 && moved.length >= active * REORGANIZATION_SHARE) {
    out.push({
      signal: "reorganization",
      message: `${plural(moved.length, "person", "people")} of ${active} changed unit or manager: ${joinAnd(moved.map((m) => `${label(m.person)}: ${m.what.join(", ")}`), 6)}`,
      people: moved.map((m) => m.person.id)
    });
  }
  const gone = [];
  for (const [id, p] of was) {
    if (!isPresent(p) || !p.roles?.length)
      continue;
    const q = now.get(id);
    if (!q)
      gone.push({ person: p, how: "was taken off the map" });
    else if (!isPresent(q))
      gone.push({ person: p, how: "left" });
  }
  if (gone.length) {
    out.push({
      signal: "people-left",
      message: `${plural(gone.length, "person", "people")} with a buying role gone: ${joinAnd(gone.map((g) => `${label(g.person)}, ${joinAnd((g.person.roles ?? []).map(words))}, ${g.how}`), 6)}`,
      people: gone.map((g) => g.person.id)
    });
  }
  const cooled = [];
  for (const [id, p] of was) {
    const q = now.get(id);
    if (!q || !isPresent(q) || p.influence !== "high" && q.influence !== "high")
      continue;
    const what = [];
    if (directionOf("person", "stance", p.stance, q.stance) === "worse")
      what.push(`stance ${p.stance} \u2192 ${q.stance}`);
    if (directionOf("person", "strength", p.strength, q.strength) === "worse")
      what.push(`our relationship ${p.strength} \u2192 ${q.strength}`);
    if (what.length)
      cooled.push({ person: q, what });
  }
  if (cooled.length) {
    out.push({
      signal: "cooling",
      message: `cooling with ${plural(cooled.length, "person", "people")} of high influence: ${joinAnd(cooled.map((c) => `${label(c.person)}: ${c.what.join(", ")}`), 6)}`,
      people: cooled.map((c) => c.person.id)
    });
  }
  const drop = revenueDrop(after);
  if (drop && !sameDrop(drop, revenueDrop(before))) {
    const currency = after.financials?.currency;
    out.push({
      signal: "revenue-drop",
      message: `revenue in ${drop.period} is ${money(drop.revenue, currency)}, ${percent((drop.previous - drop.revenue) / drop.previous)} below ${money(drop.previous, currency)} in ${drop.compared_to}`,
      period: drop.period,
      compared_to: drop.compared_to,
      revenue: drop.revenue,
      previous: drop.previous
    });
  }
  return out;
}
function revenueDrop(map) {
  const revenue = map.financials?.revenue;
  if (!revenue)
    return void 0;
  const periods = Object.keys(revenue).sort((a, b) => order(a) - order(b));
  const latest = periods[periods.length - 1];
  if (latest === void 0)
    return void 0;
  const q = quarterIndex(latest);
  const earlier = isQuarter(latest) && q !== void 0 ? quarterName(q - 4) : String(Number(latest) - 1);
  const now = revenue[latest];
  const then = revenue[earlier];
  if (now === void 0 || then === void 0 || then <= 0)
    return void 0;
  if (now > then * (1 - REVENUE_DROP))
    return void 0;
  return { period: latest, compared_to: earlier, revenue: now, previous: then };
}
function order(period) {
  return quarterIndex(period) ?? Number(period) * 4;
}
function sameDrop(a, b) {
  return b !== void 0 && a.period === b.period && a.compared_to === b.compared_to && a.revenue === b.revenue && a.previous === b.previous;
}

// dist/diff/index.js
function readSide(side, settings, reuse, hooks) {
  const rules = createRuleRunner({ ...settings, asOf: side.label.date });
  const options = { rules, reuse, placeRuleFindings: false };
  const result = checkSources(side.sources, options, hooks.eachFile);
  const maps = /* @__PURE__ */ new Map();
  for (const m of result.maps) {
    if (!maps.has(m.map.account.id))
      maps.set(m.map.account.id, { file: m.file, map: m.map });
  }
  const problems = [];
  const broken = /* @__PURE__ */ new Set();
  for (const d of result.diagnostics) {
    if (d.severity !== "error" || d.rule !== "yaml" && d.rule !== "schema")
      continue;
    broken.add(d.file);
    if (problems.some((p) => p.file === d.file))
      continue;
    problems.push({ file: d.file, line: d.line, column: d.column, message: d.message });
  }
  return { maps, redFlags: redFlagsByAccount(result.diagnostics), problems, broken };
}
var unique = (list = []) => [...new Set(list)];
function diffSides(from, to, settings, hooks = {}) {
  const reuse = checkReuse();
  const a = readSide(from, settings, reuse, hooks);
  const b = readSide(to, settings, reuse, hooks);
  const accounts = [];
  for (const [id, before] of a.maps) {
    const after = b.maps.get(id);
    const flagsBefore = unique(a.redFlags.get(id));
    if (!after) {
      if (b.broken.has(before.file))
        continue;
      accounts.push({
        id,
        name: before.map.account.name,
        file: before.file,
        status: "removed",
        changes: [],
        red_flags: { appeared: [], resolved: flagsBefore },
        signals: []
      });
      continue;
    }
    const flagsAfter = unique(b.redFlags.get(id));
    const changes = compareMaps(before.map, after.map);
    const appeared = flagsAfter.filter((f) => !flagsBefore.includes(f));
    const resolved = flagsBefore.filter((f) => !flagsAfter.includes(f));
    const signals = findSignals(before.map, after.map);
    if (!changes.length && !appeared.length && !resolved.length && !signals.length && before.file === after.file)
      continue;
    accounts.push({
      id,
      name: after.map.account.name,
      file: after.file,
      ...before.file !== after.file ? { renamed_from: before.file } : {},
      status: "changed",
      changes,
      red_flags: { appeared, resolved },
      signals
    });
  }
  for (const [id, after] of b.maps) {
    if (a.maps.has(id) || a.broken.has(after.file))
      continue;
    accounts.push({
      id,
      name: after.map.account.name,
      file: after.file,
      status: "added",
      changes: [],
      red_flags: { appeared: unique(b.redFlags.get(id)), resolved: [] },
      signals: []
    });
  }
  accounts.sort((x, y) => x.file < y.file ? -1 : x.file > y.file ? 1 : x.id < y.id ? -1 : 1);
  const problems = [
    ...a.problems.map((p) => ({ side: "from", ...p })),
    ...b.problems.map((p) => ({ side: "to", ...p }))
  ];
  return { from: from.label, to: to.label, accounts, problems, summary: summarize(accounts, a, b) };
}
function summarize(accounts, a, b) {
  const summary = {
    accounts_changed: 0,
    accounts_added: 0,
    accounts_removed: 0,
    people_added: 0,
    people_left: 0,
    stance_worse: 0,
    stance_better: 0
  };
  for (const account of accounts) {
    if (account.status === "added")
      summary.accounts_added++;
    else if (account.status === "removed")
      summary.accounts_removed++;
    else
      summary.accounts_changed++;
    for (const c of account.changes) {
      if (c.entity !== "person")
        continue;
      if (c.change === "added")
        summary.people_added++;
      if (c.field === "stance" && c.direction === "worse")
        summary.stance_worse++;
      if (c.field === "stance" && c.direction === "better")
        summary.stance_better++;
    }
    if (account.status !== "changed")
      continue;
    const was = a.maps.get(account.id).map.people ?? [];
    const now = new Map((b.maps.get(account.id).map.people ?? []).map((p) => [p.id, p]));
    for (const p of was) {
      if (p.status === "left")
        continue;
      const q = now.get(p.id);
      if (!q || q.status === "left")
        summary.people_left++;
    }
  }
  return summary;
}

// dist/cli/history.js
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
var FETCH_MORE = "this is a shallow clone, so older history was not fetched: run `git fetch --unshallow` (in GitHub Actions, give actions/checkout `fetch-depth: 0`) and try again";
function git(repoCwd, args, input) {
  const result = spawnSync("git", args, {
    cwd: repoCwd,
    input: input ?? "",
    maxBuffer: 4 * 1024 * 1024 * 1024,
    // Plain messages whatever the user's language, and no lock taken for a read.
    env: { ...process.env, LC_ALL: "C", GIT_OPTIONAL_LOCKS: "0" }
  });
  if (result.error) {
    const code = result.error.code;
    throw new UsageError(code === "ENOENT" ? "`git` is not installed (or not on PATH): acctmap diff reads the maps' history with git; install git and try again" : `could not run git: ${result.error.message}`);
  }
  return {
    status: result.status ?? 1,
    stdout: result.stdout,
    stderr: result.stderr.toString("utf8")
  };
}
function openRepo(cwd) {
  const r = git(cwd, ["rev-parse", "--show-toplevel", "--is-shallow-repository"]);
  if (r.status !== 0) {
    if (/not a git repository/i.test(r.stderr))
      throw new UsageError(`${cwd} is not in a git repository: acctmap diff compares the maps with their earlier versions in git; run it in the repository that holds the maps (to start keeping history: \`git init\`, then commit the maps)`);
    throw new UsageError(`git could not read the repository at ${cwd}: ${firstLine(r.stderr)}`);
  }
  const [top, shallow] = r.stdout.toString("utf8").trim().split("\n");
  return { cwd, realCwd: fs.realpathSync(cwd), top, shallow: shallow === "true" };
}
function firstLine(text) {
  return text.trim().split("\n")[0].replace(/^fatal: /, "");
}
function commitsOf(repo, oids) {
  const r = git(repo.cwd, [
    "log",
    "--no-walk=unsorted",
    "--format=%H %h %cs",
    ...new Set(oids),
    "--"
  ]);
  const known = /* @__PURE__ */ new Map();
  for (const line of r.stdout.toString("utf8").trim().split("\n")) {
    const [oid, short, date] = line.split(" ");
    known.set(oid, { oid, short, date });
  }
  return oids.map((oid) => {
    const commit = known.get(oid);
    if (!commit)
      throw new UsageError(`git could not read commit ${oid}: ${firstLine(r.stderr)}`);
    return commit;
  });
}
function resolveRevisions(repo, revs) {
  const asked = revs.filter((rev) => !rev.startsWith("-") && !/[\n\r]/.test(rev));
  if (asked.length === 0)
    return revs.map(() => void 0);
  const r = git(repo.cwd, ["cat-file", "--batch-check=%(objectname) %(objecttype)"], asked.map((rev) => `${rev}^{commit}
`).join(""));
  const lines = r.stdout.toString("utf8").split("\n");
  const oids = /* @__PURE__ */ new Map();
  asked.forEach((rev, i) => {
    const [oid, type] = (lines[i] ?? "").split(" ");
    if (r.status === 0 && type === "commit")
      oids.set(rev, oid);
  });
  const commits = oids.size > 0 ? commitsOf(repo, [...oids.values()]) : [];
  const byOid = new Map(commits.map((c) => [c.oid, c]));
  return revs.map((rev) => {
    const oid = oids.get(rev);
    return oid === void 0 ? void 0 : byOid.get(oid);
  });
}
function unknownRevision(repo, rev) {
  if (repo.shallow)
    return new UsageError(`unknown revision \`${rev}\`: ${FETCH_MORE}`);
  const head2 = git(repo.cwd, ["rev-parse", "--verify", "--quiet", "HEAD"]);
  if (head2.status !== 0)
    return new UsageError(`unknown revision \`${rev}\`: the repository has no commits yet; commit the maps first (\`git add\`, \`git commit\`)`);
  return new UsageError(`unknown revision \`${rev}\`: name a commit, branch or tag (\`git log --oneline\` lists the commits), or a date with --since YYYY-MM-DD; if \`${rev}\` is a path, put it after \`--\``);
}
function commitOnOrBefore(repo, date, tip) {
  const r = git(repo.cwd, ["rev-list", "-1", `--before=${date} 23:59:59`, tip.oid]);
  const oid = r.stdout.toString("utf8").trim();
  if (r.status === 0 && oid !== "")
    return commitsOf(repo, [oid])[0];
  if (repo.shallow)
    throw new UsageError(`no commit on or before ${date} in the history fetched: ${FETCH_MORE}`);
  const first = git(repo.cwd, ["log", "--reverse", "--format=%cs", tip.oid]).stdout.toString("utf8").split("\n")[0];
  throw new UsageError(`no commit on or before ${date}: the maps' history starts on ${first}; give a later date, or compare with the first commit`);
}
function repoPaths(repo, paths) {
  return paths.map((given) => {
    const rel = path.relative(repo.top, path.resolve(repo.realCwd, given)).split(path.sep).join("/");
    if (rel.startsWith("..") || path.isAbsolute(rel))
      throw new UsageError(`${given} is outside the git repository at ${repo.top}: acctmap diff reads only the maps of that repository`);
    return { given, rel };
  });
}
function readRevisions(repo, commits, paths, ignore) {
  const listed = commits.map((commit) => ({
    commit,
    ...listRevision(repo, commit, paths, ignore)
  }));
  const wanted = /* @__PURE__ */ new Map();
  for (const { commit, files } of listed)
    for (const f of files)
      if (!wanted.has(f.oid))
        wanted.set(f.oid, { file: f.file, commit });
  const blobs = wanted.size > 0 ? readBlobs(repo, wanted) : /* @__PURE__ */ new Map();
  return listed.map(({ files, known }) => ({
    sources: files.map((f) => ({ file: f.file, text: blobs.get(f.oid) })),
    known
  }));
}
function listRevision(repo, commit, paths, ignore) {
  const listed = git(repo.top, ["ls-tree", "-r", "-z", "--full-tree", commit.oid]);
  if (listed.status !== 0)
    throw new UsageError(`git could not list the files of ${commit.short}: ${firstLine(listed.stderr)}`);
  const isIgnored = ignoreTest(ignore);
  const known = /* @__PURE__ */ new Set();
  const files = [];
  for (const entry of listed.stdout.toString("utf8").split("\0")) {
    const tab = entry.indexOf("	");
    if (tab < 0)
      continue;
    const [, type, oid] = entry.slice(0, tab).split(" ");
    const file = entry.slice(tab + 1);
    if (type !== "blob")
      continue;
    let named = false;
    let under = false;
    for (const p of paths) {
      if (p.rel === file) {
        named = true;
        known.add(p.given);
      } else if (p.rel === "" || file.startsWith(`${p.rel}/`)) {
        under = true;
        known.add(p.given);
      }
    }
    const abs = path.join(repo.top, file);
    if (named || under && isMapFileName(file) && !file.split("/").some((d) => SKIP_DIRS.has(d)) && !isIgnored(abs))
      files.push({ oid, file: displayPath(abs, repo.realCwd) });
  }
  return { files, known };
}
function readBlobs(repo, oids) {
  const blobs = /* @__PURE__ */ new Map();
  const batch = git(repo.top, ["cat-file", "--batch"], `${[...oids.keys()].join("\n")}
`);
  if (batch.status !== 0) {
    const commits = [...new Set([...oids.values()].map((o) => o.commit.short))].join(" and ");
    throw new UsageError(`git could not read the maps of ${commits}: ${firstLine(batch.stderr)}`);
  }
  const out = batch.stdout;
  let at = 0;
  for (const [oid, { file, commit }] of oids) {
    const eol = out.indexOf(10, at);
    const header = out.subarray(at, eol).toString("utf8").split(" ");
    if (header[1] === "missing")
      throw new UsageError(`git could not read ${file} at ${commit.short}: ${FETCH_MORE}`);
    const size = Number(header[2]);
    const bytes = out.subarray(eol + 1, eol + 1 + size);
    at = eol + 1 + size + 1;
    const decoded = decode(bytes);
    blobs.set(oid, "text" in decoded ? decoded.text : bytes.toString("utf8"));
  }
  return blobs;
}

// dist/cli/actions/diff.js
function sidesOf(repo, request) {
  const max = request.maxRevisions ?? (request.since !== void 0 ? 1 : 2);
  const before = request.operands.slice(0, request.operands.length - request.afterDashes);
  const revisions = [];
  const paths = [...request.operands.slice(before.length)];
  const candidates = resolveRevisions(repo, before.slice(0, max));
  for (let i = 0; i < before.length; i++) {
    const operand = before[i];
    const commit = revisions.length < max ? candidates[i] : void 0;
    if (commit) {
      revisions.push(commit);
      continue;
    }
    const rest = before.slice(i);
    if (request.afterDashes === 0 && revisions.length < max && !fs2.existsSync(path2.resolve(repo.cwd, operand)))
      throw unknownRevision(repo, operand);
    paths.unshift(...rest);
    break;
  }
  if (request.since !== void 0) {
    if (!isCalendarDate(request.since))
      throw new UsageError(`--since takes a date written YYYY-MM-DD (for example 2026-09-01), got \`${request.since}\``);
    const tip = revisions[0] ?? head(repo);
    const from = commitOnOrBefore(repo, request.since, tip);
    return {
      from: { kind: "commit", commit: from },
      to: revisions[0] ? { kind: "commit", commit: tip } : { kind: "working-tree" },
      paths
    };
  }
  if (revisions.length === 2)
    return {
      from: { kind: "commit", commit: revisions[0] },
      to: { kind: "commit", commit: revisions[1] },
      paths
    };
  return {
    from: { kind: "commit", commit: revisions[0] ?? head(repo) },
    to: { kind: "working-tree" },
    paths
  };
}
function head(repo) {
  const [commit] = resolveRevisions(repo, ["HEAD"]);
  if (!commit)
    throw new UsageError("the repository has no commits yet, so there is nothing to compare with: commit the maps (`git add`, `git commit`) and run acctmap diff after the next change");
  return commit;
}
function readWorkingTree(ctx, paths) {
  const present = paths.filter((p) => fs2.existsSync(path2.resolve(ctx.cwd, p)));
  const { config, dir } = ctx.config;
  const found = discover(present, { cwd: ctx.cwd, ignore: config.ignore, ignoreBase: dir });
  if (found.problems.length)
    throw new UsageError(found.problems.join("\n"));
  const maxBytes = Math.round(config.max_file_mb * 1024 * 1024);
  const sources = [];
  for (const f of found.files) {
    const read = readTextFile(f.path, maxBytes);
    if ("problem" in read)
      throw new UsageError(read.problem);
    sources.push({ file: displayPath(f.path, ctx.cwd), text: read.text });
  }
  return { sources, known: new Set(present) };
}
function loadDiff(ctx, request) {
  const repo = openRepo(ctx.cwd);
  const { from, to, paths: given } = sidesOf(repo, request);
  const paths = given.length ? given : ["."];
  const located = repoPaths(repo, paths);
  const ignore = { ignore: ctx.config.config.ignore, ignoreBase: ctx.config.dir };
  const commits = [from, to].flatMap((side) => side.kind === "commit" ? [side.commit] : []);
  const revisions = readRevisions(repo, commits, located, ignore);
  const read = (side) => {
    if (side.kind === "working-tree") {
      const { sources: sources2, known: known2 } = readWorkingTree(ctx, paths);
      return { label: { rev: "working tree", date: ctx.asOf }, sources: sources2, known: known2 };
    }
    const { sources, known } = revisions[commits.indexOf(side.commit)];
    return { label: { rev: side.commit.short, date: side.commit.date }, sources, known };
  };
  const a = read(from);
  const b = read(to);
  for (const p of paths) {
    if (a.known.has(p) || b.known.has(p))
      continue;
    const where = [from, to].map((s) => s.kind === "commit" ? s.commit.short : "the working tree").join(" nor in ");
    throw new UsageError(`\`${p}\` is not a path git knows: it is neither in ${where}; name a map file or folder of this repository`);
  }
  const { config, dir } = ctx.config;
  const young = capYoungGeneration();
  try {
    return diffSides(a, b, { config, configDir: dir, cli: [], cwd: ctx.cwd }, { eachFile: young.keep });
  } finally {
    young.release();
  }
}
function countAfterDashes(command) {
  const raw = command?.parent?.rawArgs ?? [];
  const at = raw.indexOf("--");
  return at < 0 ? 0 : raw.length - at - 1;
}
function markdown(result) {
  const doc = new MarkdownDoc();
  writePortfolioChanges(doc, result, 1, { detailTitle: (a) => a.name });
  return doc.toString();
}
async function diff(operands, options, command) {
  const ctx = makeContext(options);
  const result = loadDiff(ctx, {
    operands,
    afterDashes: countAfterDashes(command),
    ...options.since !== void 0 ? { since: options.since } : {}
  });
  const text = options.format === "json" ? formatJson(result) : options.format === "markdown" ? markdown(result) : formatStylish(result, ctx.style);
  emit(ctx, text);
  if (result.problems.length)
    note(ctx, `acctmap: ${result.problems.length} map file${result.problems.length === 1 ? "" : "s"} could not be read on one side; run \`acctmap validate\` there for the details`);
  return EXIT.ok;
}
export {
  countAfterDashes,
  diff,
  loadDiff
};
