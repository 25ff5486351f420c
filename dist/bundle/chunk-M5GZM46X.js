import { createRequire as __acctmapCreateRequire } from 'node:module';
const require = __acctmapCreateRequire(import.meta.url);
import {
  BUYING_ROLES,
  KEY_BUYING_ROLES,
  LEVEL_ORDER,
  MAX_KEY_ACCOUNTS,
  SIGNING_ROLES,
  STRENGTH_ORDER,
  external_exports,
  periodLastDay
} from "./chunk-XJYOIXLA.js";
import {
  addDays,
  ago,
  amount,
  closest,
  compareCodeUnits,
  daysBetween,
  escapeMarkdownText,
  joinAnd,
  money,
  percent,
  plural,
  quote,
  words
} from "./chunk-A4RBNV6B.js";

// dist/rules/config.js
var RULE_SEVERITIES = ["error", "warning", "info", "off"];
var RuleSettingSchema = external_exports.union([
  external_exports.enum(RULE_SEVERITIES),
  external_exports.looseObject({ severity: external_exports.enum(RULE_SEVERITIES).optional() })
]);
var RulesConfigSchema = external_exports.record(external_exports.string(), RuleSettingSchema);

// dist/model/map-index.js
function isPresent(person) {
  return person.status !== "left";
}
var cache = /* @__PURE__ */ new WeakMap();
function mapIndex(map) {
  let index = cache.get(map);
  if (!index) {
    index = buildIndex(map);
    cache.set(map, index);
  }
  return index;
}
function byId(items) {
  const out = /* @__PURE__ */ new Map();
  for (const item of items ?? [])
    if (!out.has(item.id))
      out.set(item.id, item);
  return out;
}
function buildIndex(map) {
  const personById = byId(map.people);
  const teamById = byId(map.team);
  const unitById = byId(map.units);
  return {
    personById,
    teamById,
    unitById,
    present: (map.people ?? []).filter(isPresent),
    person: (id) => id === void 0 ? void 0 : personById.get(id),
    teamMember: (id) => id === void 0 ? void 0 : teamById.get(id),
    unit: (id) => id === void 0 ? void 0 : unitById.get(id)
  };
}

// dist/paths/graph.js
var VIAS = [
  "owner",
  "moved",
  "knows",
  "former-colleague",
  "influences",
  "introduced",
  "reports_to",
  "dotted_to"
];
var STRENGTH_TENTHS = { strong: 9, medium: 6, weak: 3 };
var TIE_TENTHS = 5;
var UNSTATED_TENTHS = 3;
var VIA_ORDER = Object.fromEntries(VIAS.map((v, i) => [v, i]));
function buildGraph(map, movers = []) {
  const g = graphNodes(map);
  const { team, nodes } = g;
  const into = /* @__PURE__ */ new Map();
  eachEdge(map, g, movers, (from, to, via, tenths, unstated) => {
    let edges = into.get(to);
    if (!edges) {
      edges = /* @__PURE__ */ new Map();
      into.set(to, edges);
    }
    const old = edges.get(from);
    if (!old || tenths > old.tenths || tenths === old.tenths && VIA_ORDER[via] < VIA_ORDER[old.via]) {
      const edge = { from, to, via, tenths };
      if (unstated)
        edge.unstated = unstated;
      edges.set(from, edge);
    }
  });
  const out = /* @__PURE__ */ new Map();
  const inLists = /* @__PURE__ */ new Map();
  for (const to of [...into.keys()].sort(compareCodeUnits)) {
    const list = [...into.get(to).values()].sort((a, b) => compareCodeUnits(a.from, b.from));
    inLists.set(to, list);
    for (const e of list)
      push(out, e.from, e);
  }
  return { team, nodes, out, in: inLists };
}
function stepsFromTeam(map, maxHops) {
  const g = graphNodes(map);
  const next = /* @__PURE__ */ new Map();
  eachEdge(map, g, [], (from, to) => push(next, from, to));
  return stepsFrom(g.team, (v, visit) => {
    for (const w of next.get(v) ?? [])
      visit(w);
  }, maxHops);
}
function stepsFrom(starts, neighbours, limit) {
  const dist = /* @__PURE__ */ new Map();
  for (const s of starts)
    dist.set(s, 0);
  let frontier = [...dist.keys()];
  for (let d = 1; d <= limit && frontier.length > 0; d++) {
    const next = [];
    const visit = (w) => {
      if (dist.has(w))
        return;
      dist.set(w, d);
      next.push(w);
    };
    for (const v of frontier)
      neighbours(v, visit);
    frontier = next;
  }
  return dist;
}
function graphNodes(map) {
  const index = mapIndex(map);
  const team = [...index.teamById.keys()];
  const teamSet = new Set(team);
  const people = /* @__PURE__ */ new Set();
  for (const p of map.people ?? []) {
    if (isPresent(p) && !teamSet.has(p.id) && index.person(p.id) === p)
      people.add(p.id);
  }
  return { team, teamSet, people, nodes: /* @__PURE__ */ new Set([...team, ...people]) };
}
function eachEdge(map, { team, teamSet, people, nodes }, movers, add) {
  const edge = (from, to, via, tenths, unstated) => {
    if (nodes.has(from) && people.has(to) && from !== to)
      add(from, to, via, tenths, unstated);
  };
  const ownersOf2 = (owner) => owner !== void 0 && teamSet.has(owner) ? [owner] : team;
  for (const p of map.people ?? []) {
    if (!people.has(p.id) || p.strength === "none")
      continue;
    for (const t of ownersOf2(p.owner))
      edge(t, p.id, "owner", STRENGTH_TENTHS[p.strength]);
  }
  for (const m of movers) {
    for (const t of ownersOf2(m.owner))
      edge(t, m.person, "moved", m.tenths);
  }
  for (const c of map.connections ?? [])
    addConnection(c, edge);
  for (const p of map.people ?? [])
    addTies(p, edge);
}
function addConnection(c, add) {
  if (c.type === "conflicts")
    return;
  const tenths = c.strength ? STRENGTH_TENTHS[c.strength] : UNSTATED_TENTHS;
  const unstated = c.strength ? void 0 : true;
  add(c.from, c.to, c.type, tenths, unstated);
  if (c.type === "knows" || c.type === "former-colleague") {
    add(c.to, c.from, c.type, tenths, unstated);
  }
}
function addTies(p, add) {
  if (p.reports_to !== void 0) {
    add(p.id, p.reports_to, "reports_to", TIE_TENTHS);
    add(p.reports_to, p.id, "reports_to", TIE_TENTHS);
  }
  for (const m of p.dotted_to ?? []) {
    add(p.id, m, "dotted_to", TIE_TENTHS);
    add(m, p.id, "dotted_to", TIE_TENTHS);
  }
}
function push(map, key, value) {
  const list = map.get(key);
  if (list)
    list.push(value);
  else
    map.set(key, [value]);
}

// dist/paths/movers.js
function namesAccount(nowAt, map) {
  const text = nowAt.trim();
  return text === map.account.id || text.toLowerCase() === map.account.name.trim().toLowerCase();
}
function movedPeople(maps) {
  const out = [];
  for (const from of maps) {
    for (const person of from.people ?? []) {
      if (person.status !== "left" || person.now_at === void 0)
        continue;
      const nowAt = person.now_at.trim();
      if (nowAt === "")
        continue;
      const to = maps.find((m) => m !== from && namesAccount(nowAt, m));
      out.push({ person, from, nowAt, ...to ? { to } : {} });
    }
  }
  return out.sort((a, b) => STRENGTH_ORDER[a.person.strength] - STRENGTH_ORDER[b.person.strength] || carried(b.person) - carried(a.person) || compareCodeUnits(a.person.name, b.person.name) || compareCodeUnits(a.from.account.id, b.from.account.id));
}
function carried(person) {
  return person.stance === "advocate" || person.roles?.includes("champion") ? STRENGTH_TENTHS.strong : STRENGTH_TENTHS.medium;
}
var fold = (text) => text.normalize("NFC").trim().toLowerCase();
function matchMover(map, mover) {
  const people = map.people ?? [];
  const email = mover.email === void 0 ? "" : fold(mover.email);
  return (email === "" ? void 0 : people.find((p) => p.email !== void 0 && fold(p.email) === email)) ?? mapIndex(map).person(mover.id) ?? people.find((p) => fold(p.name) === fold(mover.name));
}
function moversInto(map, others) {
  const out = [];
  for (const moved of movedPeople([map, ...others.filter((m) => m !== map)])) {
    if (moved.to !== map)
      continue;
    const here = matchMover(map, moved.person);
    if (!here || !isPresent(here))
      continue;
    const owner = moved.person.owner;
    out.push({
      person: here.id,
      tenths: carried(moved.person),
      ...owner !== void 0 && mapIndex(map).teamMember(owner) ? { owner } : {},
      moved
    });
  }
  return out;
}

// dist/paths/search.js
var MAX_HOPS_LIMIT = 8;
function strengthOf(path) {
  return path.numerator / 10 ** path.steps.length;
}
function comparePaths(a, b) {
  const ha = a.steps.length;
  const hb = b.steps.length;
  const left = a.numerator * 10 ** hb;
  const right = b.numerator * 10 ** ha;
  if (left !== right)
    return right - left > 0 ? 1 : -1;
  if (ha !== hb)
    return ha - hb;
  const idsA = idsOf(a);
  const idsB = idsOf(b);
  for (let i = 0; i < idsA.length; i++) {
    const c = compareCodeUnits(idsA[i], idsB[i]);
    if (c !== 0)
      return c;
  }
  return 0;
}
function idsOf(path) {
  return [path.steps[0].from, ...path.steps.map((s) => s.to)];
}
function hopsTo(graph, target, limit) {
  return stepsFrom([target], (v, visit) => {
    for (const e of graph.in.get(v) ?? [])
      visit(e.from);
  }, limit);
}
function bestTo(graph, target, reach2) {
  const best = /* @__PURE__ */ new Map([[target, 1]]);
  const done = /* @__PURE__ */ new Set();
  const heap = [[1, target]];
  const up = (i) => {
    while (i > 0) {
      const parent = i - 1 >> 1;
      if (heap[parent][0] >= heap[i][0])
        return;
      [heap[parent], heap[i]] = [heap[i], heap[parent]];
      i = parent;
    }
  };
  const down = (i) => {
    for (; ; ) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < heap.length && heap[l][0] > heap[m][0])
        m = l;
      if (r < heap.length && heap[r][0] > heap[m][0])
        m = r;
      if (m === i)
        return;
      [heap[m], heap[i]] = [heap[i], heap[m]];
      i = m;
    }
  };
  while (heap.length > 0) {
    const [bv, v] = heap[0];
    const last = heap.pop();
    if (heap.length > 0) {
      heap[0] = last;
      down(0);
    }
    if (done.has(v))
      continue;
    done.add(v);
    for (const e of graph.in.get(v) ?? []) {
      if (!reach2.has(e.from) || done.has(e.from))
        continue;
      const b = bv * (e.tenths / 10);
      if (b > (best.get(e.from) ?? -1)) {
        best.set(e.from, b);
        heap.push([b, e.from]);
        up(heap.length - 1);
      }
    }
  }
  return best;
}
function reach(graph, target, options14) {
  const starts = (options14.from ?? graph.team).filter((t) => graph.team.includes(t));
  if (!graph.nodes.has(target) || graph.team.includes(target))
    return void 0;
  const hops = hopsTo(graph, target, Math.min(options14.maxHops, MAX_HOPS_LIMIT));
  return starts.some((s) => hops.has(s)) ? { hops, starts } : void 0;
}
function bestPaths(graph, target, options14) {
  const maxHops = Math.min(options14.maxHops, MAX_HOPS_LIMIT);
  const reached = options14.top < 1 ? void 0 : reach(graph, target, options14);
  if (!reached)
    return [];
  const { hops, starts } = reached;
  const bound = bestTo(graph, target, hops);
  const found = [];
  const steps = [];
  const onPath = /* @__PURE__ */ new Set();
  const weakest = () => found.length < options14.top ? 0 : strengthOf(found[found.length - 1]);
  const visit = (node, numerator) => {
    if (node === target) {
      const path = { numerator, steps: [...steps] };
      let i = found.length;
      while (i > 0 && comparePaths(path, found[i - 1]) < 0)
        i--;
      if (i < options14.top) {
        found.splice(i, 0, path);
        if (found.length > options14.top)
          found.pop();
      }
      return;
    }
    const next = [];
    for (const e of graph.out.get(node) ?? []) {
      const left = hops.get(e.to);
      if (left === void 0 || onPath.has(e.to) || steps.length + 1 + left > maxHops)
        continue;
      const n = numerator * e.tenths;
      next.push({ e, n, upper: n / 10 ** (steps.length + 1) * (bound.get(e.to) ?? 0) });
    }
    next.sort((a, b) => b.upper - a.upper);
    for (const { e, n, upper } of next) {
      if (upper < weakest() * (1 - 1e-9))
        break;
      steps.push(e);
      onPath.add(e.to);
      visit(e.to, n);
      onPath.delete(e.to);
      steps.pop();
    }
  };
  for (const s of [...new Set(starts)].sort(compareCodeUnits)) {
    if (!hops.has(s))
      continue;
    onPath.add(s);
    visit(s, 1);
    onPath.delete(s);
  }
  return found;
}

// dist/paths/index.js
var DEFAULT_MAX_HOPS = 4;
var DEFAULT_TOP = 3;
var PathsOptionError = class extends Error {
};
function resolveTargets(map, to) {
  const index = mapIndex(map);
  if (BUYING_ROLES.includes(to)) {
    return index.present.filter((p) => p.roles?.includes(to)).map((p) => p.id);
  }
  if (index.person(to))
    return [to];
  if (index.teamMember(to)) {
    throw new PathsOptionError(`\`${to}\` is on our team, not at ${map.account.name}: --to names a person of the account or a buying role`);
  }
  const hint = closest(to, [...index.personById.keys(), ...BUYING_ROLES]);
  throw new PathsOptionError(`--to: no person or buying role \`${to}\` in ${map.account.id}${hint ? `; did you mean \`${hint}\`?` : ` (a person's id or one of ${BUYING_ROLES.join(", ")})`}`);
}
function checkFrom(map, from) {
  if (from === void 0)
    return;
  const team = mapIndex(map).teamById;
  if (team.has(from))
    return;
  const hint = closest(from, team.keys());
  const listed = team.size === 0 ? " (the map has no team)" : "";
  throw new PathsOptionError(`--from: no team member \`${from}\` in ${map.account.id}${hint ? `; did you mean \`${hint}\`?` : listed}`);
}
function findPaths(map, options14) {
  const maxHops = options14.maxHops ?? DEFAULT_MAX_HOPS;
  const top = options14.top ?? DEFAULT_TOP;
  if (!Number.isInteger(maxHops) || maxHops < 1 || maxHops > MAX_HOPS_LIMIT) {
    throw new PathsOptionError(`--max-hops must be a whole number from 1 to ${MAX_HOPS_LIMIT}`);
  }
  if (!Number.isInteger(top) || top < 1) {
    throw new PathsOptionError("--top must be a whole number of 1 or more");
  }
  const targets = resolveTargets(map, options14.to);
  checkFrom(map, options14.from);
  const movers = moversInto(map, options14.others ?? []);
  const graph = buildGraph(map, movers);
  const from = options14.from === void 0 ? void 0 : [options14.from];
  const paths = [];
  const unreachable = [];
  for (const target of targets) {
    const found = bestPaths(graph, target, { maxHops, top, ...from ? { from } : {} });
    if (found.length === 0) {
      unreachable.push({ target, suggestion: whatWouldOpen(map, graph, target, maxHops, from) });
    }
    for (const p of found)
      paths.push(toWarmPath(target, p));
  }
  return {
    account: map.account.id,
    to: options14.to,
    targets,
    paths,
    unreachable,
    moved: new Map(movers.map((m) => [m.person, m.moved]))
  };
}
function outOfReach(map, maxHops = DEFAULT_MAX_HOPS) {
  let fromTeam;
  let graph;
  const index = mapIndex(map);
  return (target) => {
    const person = index.person(target);
    if (person !== void 0 && isPresent(person) && person.strength !== "none" && index.teamById.size > 0 && !index.teamById.has(target)) {
      return void 0;
    }
    fromTeam ??= stepsFromTeam(map, Math.min(maxHops, MAX_HOPS_LIMIT));
    if ((fromTeam.get(target) ?? 0) > 0)
      return void 0;
    graph ??= buildGraph(map);
    return whatWouldOpen(map, graph, target, maxHops, void 0);
  };
}
function toWarmPath(target, p) {
  return {
    target,
    strength: strengthOf(p),
    hops: p.steps.length,
    steps: p.steps.map((s) => ({
      from: s.from,
      to: s.to,
      via: s.via,
      weight: s.tenths / 10,
      ...s.unstated ? { unstated: s.unstated } : {}
    }))
  };
}
function whatWouldOpen(map, graph, target, maxHops, from) {
  const index = mapIndex(map);
  const person = index.person(target);
  const name = person.name;
  if (!isPresent(person)) {
    const where = person.now_at ? ` (now at ${person.now_at})` : "";
    return `${name} has left ${map.account.name}${where}: nobody who left is a step on a path; find who holds their role now`;
  }
  if (graph.team.length === 0) {
    return `the map has no team: add our people under \`team\` and give ${name} an \`owner\` and a \`strength\` once someone has met them`;
  }
  const longer = hopsTo(graph, target, graph.nodes.size);
  const starts = from ?? graph.team;
  const nearest = Math.min(...starts.map((s) => longer.get(s) ?? Number.POSITIVE_INFINITY));
  if (Number.isFinite(nearest) && nearest > maxHops) {
    return `the shortest path to ${name} has ${nearest} steps: try --max-hops ${nearest}, or get closer to the people around them`;
  }
  if (from && graph.team.some((t) => longer.has(t))) {
    return `others on our team reach ${name}: leave out --from to see how`;
  }
  const around = (graph.in.get(target) ?? []).filter((e) => !graph.team.includes(e.from)).map((e) => index.person(e.from)).sort((a, b) => compareCodeUnits(a.id, b.id));
  if (around.length > 0) {
    return `${joinAnd(around.map((p) => p.name), 4)} ${around.length === 1 ? "knows" : "know"} ${name}, and nobody on our team knows ${around.length === 1 ? "them" : "any of them"} yet: a relationship with ${around.length === 1 ? "them" : "one of them"} (an \`owner\` and a \`strength\`) would open a path`;
  }
  return `nobody on the map is connected to ${name}: add who knows them (\`connections\`), who they report to (\`reports_to\`), or give them an \`owner\` and a \`strength\` once someone has met them`;
}

// dist/rules/advice.js
var NAMED_AT_MOST = 3;
var BUDGET_ROLES = /* @__PURE__ */ new Set([
  "economic-buyer",
  "decision-maker",
  "sponsor"
]);
function subjectOf(map, path) {
  const [list, index] = path;
  if (typeof index !== "number")
    return {};
  switch (list) {
    case "people": {
      const person = map.people?.[index];
      return person ? { person, personIndex: index } : {};
    }
    case "goals": {
      const goal = map.goals?.[index];
      return goal ? { goal, goalIndex: index } : {};
    }
    case "opportunities": {
      const opportunity = map.opportunities?.[index];
      return opportunity ? { opportunity, opportunityIndex: index } : {};
    }
    case "events": {
      const event = map.events?.[index];
      return event ? { event, eventIndex: index } : {};
    }
    default:
      return {};
  }
}
function personLabel(p) {
  const title = p.title?.replace(/\s+/g, " ").trim();
  return title && title !== p.name.replace(/\s+/g, " ").trim() ? `${escapeMarkdownText(p.name)} (${escapeMarkdownText(title)})` : escapeMarkdownText(p.name);
}
function teamName(map, id) {
  return mapIndex(map).teamMember(id)?.name;
}
function ownerOf(map, p) {
  const name = teamName(map, p?.owner) ?? teamName(map, map.account.owner);
  return name === void 0 ? void 0 : escapeMarkdownText(name);
}
function accountOwner(map) {
  const name = teamName(map, map.account.owner);
  return name === void 0 ? void 0 : escapeMarkdownText(name);
}
function goalOwners(map, goal) {
  const theirs = mapIndex(map).person(goal.owner);
  const ours2 = teamName(map, goal.our_owner) ?? teamName(map, map.account.owner);
  return {
    ...theirs ? { theirs: personLabel(theirs) } : {},
    ...ours2 ? { ours: escapeMarkdownText(ours2) } : {}
  };
}
function lastContact(p, asOf) {
  return p.last_contact ? `last contact ${p.last_contact}, ${ago(p.last_contact, asOf)}` : "no contact recorded";
}
function threadsToBuild(map) {
  return mapIndex(map).present.filter((p) => (p.influence === "high" || p.influence === "medium") && (p.strength === "weak" || p.strength === "none")).sort((a, b) => LEVEL_ORDER[a.influence] - LEVEL_ORDER[b.influence]).slice(0, NAMED_AT_MOST);
}
function championCandidates(map) {
  return mapIndex(map).present.filter((p) => (p.stance === "advocate" || p.stance === "supporter") && p.influence !== "low").sort((a, b) => LEVEL_ORDER[a.influence] - LEVEL_ORDER[b.influence] || STRENGTH_ORDER[a.strength] - STRENGTH_ORDER[b.strength]).slice(0, NAMED_AT_MOST);
}
function adviceAbout(map, subject, text, who2 = ownerOf(map, subject.person)) {
  return {
    text,
    ...who2 === void 0 ? {} : { who: who2 },
    ...subject.personIndex === void 0 ? {} : { about: { person: subject.personIndex } }
  };
}
function deciders(map, event, unit) {
  const index = mapIndex(map);
  if (event?.people?.length) {
    return event.people.map((id) => index.person(id)).filter((p) => p !== void 0 && isPresent(p));
  }
  if (unit === void 0)
    return [];
  return index.present.filter((p) => p.unit === unit && (p.roles ?? []).some((r) => BUDGET_ROLES.has(r) || r === "procurement" || r === "user-buyer"));
}
function eventOfLoss(map, opp) {
  const events = map.events ?? [];
  const i = events.findIndex((e) => (e.type === "competitor-win" || e.type === "lost-deal") && (opp.closed !== void 0 && e.date === opp.closed || opp.lost_to !== void 0 && opp.lost_to.trim() !== "" && e.summary.toLowerCase().includes(opp.lost_to.trim().toLowerCase())));
  return i < 0 ? void 0 : i;
}

// dist/rules/types.js
function defineRule(rule) {
  return rule;
}

// dist/rules/business-elsewhere.js
var options = external_exports.strictObject({
  within_days: external_exports.number().int().positive().default(365).describe("how far back a lost recurring opportunity (by `closed`) or a `competitor-win` event still counts, in days"),
  sharp_drop: external_exports.number().gt(0).max(1).default(0.25).describe("the fall in revenue from one completed period to the next that counts as sharp, as a fraction (0.25 = 25 %)")
});
var businessElsewhere = defineRule({
  id: "business-elsewhere",
  defaultSeverity: "warning",
  category: "red-flag",
  description: "business that would regularly have come to us goes elsewhere: a recurring opportunity lost, a competitor win, or revenue falling sharply",
  help: "Find out why the business went elsewhere (ask the people who decided), record what you learn in the map, and agree a goal with the customer to win it back. Lost business and competitor wins stop counting once they are older than `within_days`.",
  options,
  advise(map, path) {
    const s = subjectOf(map, path);
    const owner = accountOwner(map);
    const opp = s.opportunity;
    if (opp) {
      const eventIndex = eventOfLoss(map, opp);
      const event = eventIndex === void 0 ? void 0 : map.events?.[eventIndex];
      const value = opp.value === void 0 ? "" : `, ${escapeMarkdownText(money(opp.value, map.financials?.currency))}`;
      const when = opp.closed ? ` on ${opp.closed}` : "";
      const ask = deciders(map, event, opp.unit);
      const from = ask.length ? `ask ${joinAnd(ask.slice(0, NAMED_AT_MOST).map(personLabel))} why we lost it` : "find out why from the people who decided";
      const advice = adviceAbout(map, s, `Win back \u201C${escapeMarkdownText(opp.title)}\u201D${value}${opp.lost_to ? `, lost to ${escapeMarkdownText(opp.lost_to)}` : ""}${when}: ${from}, and set a goal to win it back`, owner);
      return {
        ...advice,
        about: {
          ...advice.about,
          opportunity: s.opportunityIndex,
          ...eventIndex === void 0 ? {} : { event: eventIndex }
        }
      };
    }
    if (s.event) {
      const ask = deciders(map, s.event, void 0);
      const who2 = ask.length ? `: ask ${joinAnd(ask.slice(0, NAMED_AT_MOST).map(personLabel))}` : "";
      const advice = adviceAbout(map, s, `Find out what the competitor offered and who chose it (${escapeMarkdownText(s.event.date)}: ${escapeMarkdownText(s.event.summary)})${who2}, and plan the response`, owner);
      return { ...advice, about: { ...advice.about, event: s.eventIndex } };
    }
    return adviceAbout(map, s, "Find out where the spend went now that revenue has fallen sharply, and record it (a lost opportunity or a competitor-win event)", owner);
  },
  check(map, { asOf, options: o }) {
    const findings = [];
    const recent = (date) => date <= asOf && daysBetween(date, asOf) <= o.within_days;
    (map.opportunities ?? []).forEach((opp, i) => {
      if (!opp.recurring || opp.stage !== "lost" && opp.lost_to === void 0)
        return;
      if (opp.closed !== void 0 && !recent(opp.closed))
        return;
      const to = opp.lost_to ? `to ${opp.lost_to}` : "(who won instead is not recorded: add `lost_to`)";
      const when = opp.closed ? `on ${opp.closed}` : "(no `closed` date: add one so this ages out)";
      findings.push({
        path: ["opportunities", i],
        message: `recurring business ${quote(opp.title)} was lost ${to} ${when}: business that would regularly come to us went elsewhere; find out why from the people who decided and plan how to win it back (a goal), or set \`recurring: false\` if it will not come back`
      });
    });
    (map.events ?? []).forEach((event, i) => {
      if (event.type !== "competitor-win" || !recent(event.date))
        return;
      findings.push({
        path: ["events", i],
        message: `a competitor won business here on ${event.date} (${quote(event.summary)}), ${plural(daysBetween(event.date, asOf), "day")} before ${asOf}: business that would regularly come to us went elsewhere; find out what the competitor offered and who chose it, and plan the response`
      });
    });
    const drop = revenueDrop(map, asOf);
    if (drop && drop.fall >= o.sharp_drop) {
      const currency = map.financials?.currency ? ` ${map.financials.currency}` : "";
      findings.push({
        path: ["financials", "revenue", drop.latest],
        message: `revenue fell ${percent(drop.fall)} from ${drop.previous} (${amount(drop.before)}${currency}) to ${drop.latest} (${amount(drop.after)}${currency}), more than the ${percent(o.sharp_drop)} that counts as sharp: business that used to come to us may be going elsewhere; find out where the spend went and record it (a \`lost-deal\` or \`competitor-win\` event, a lost opportunity)`
      });
    }
    return findings;
  }
});
function revenueDrop(map, asOf) {
  const revenue = map.financials?.revenue ?? {};
  const done = Object.keys(revenue).filter((period) => periodLastDay(period) < asOf).sort();
  if (done.length < 2)
    return void 0;
  const previous = done[done.length - 2];
  const latest = done[done.length - 1];
  const before = revenue[previous];
  const after = revenue[latest];
  if (before <= 0)
    return void 0;
  return { previous, latest, before, after, fall: (before - after) / before };
}

// dist/rules/util.js
function who(person) {
  return `${person.name} (\`${person.id}\`${person.title ? `, ${person.title}` : ""})`;
}
function ours(map, id) {
  const member = mapIndex(map).teamMember(id);
  return member ? `${member.name} (\`${id}\`)` : `\`${id}\``;
}
function peopleAnchor(map) {
  return map.people ? { path: ["people"], target: "key" } : { path: ["account"], target: "key" };
}

// dist/rules/champion-gone-quiet.js
var options2 = external_exports.strictObject({
  days: external_exports.number().int().positive().default(30).describe("how many days without contact make a champion quiet")
});
var championGoneQuiet = defineRule({
  id: "champion-gone-quiet",
  defaultSeverity: "warning",
  category: "map-quality",
  description: "an active `champion` whose `last_contact` is missing or older than 30 days",
  help: "Call your champion: ask what has changed and what they need from you. Record the date as `last_contact`.",
  options: options2,
  advise(map, path, { asOf }) {
    const s = subjectOf(map, path);
    if (!s.person)
      return void 0;
    return {
      ...adviceAbout(map, s, `Call champion ${personLabel(s.person)} and ask what has changed: ${lastContact(s.person, asOf)}`),
      saysLastContact: true
    };
  },
  check(map, { asOf, options: o }) {
    const findings = [];
    (map.people ?? []).forEach((person, i) => {
      if (!isPresent(person) || !(person.roles ?? []).includes("champion"))
        return;
      if (person.last_contact === void 0) {
        findings.push({
          path: ["people", i],
          message: `champion ${who(person)} has no \`last_contact\`: a champion is only useful while we talk; get in touch and record the date as \`last_contact\``
        });
        return;
      }
      const age = daysBetween(person.last_contact, asOf);
      if (age <= o.days)
        return;
      findings.push({
        path: ["people", i, "last_contact"],
        message: `champion ${who(person)} was last contacted ${person.last_contact}, ${plural(age, "day")} before ${asOf} (more than ${o.days}): champions go quiet before they turn or leave; call them, ask what has changed, and update \`last_contact\``
      });
    });
    return findings;
  }
});

// dist/rules/goals-not-met.js
var options3 = external_exports.strictObject({
  grace_days: external_exports.number().int().min(0).default(0).describe("days after `due` before an open goal counts as not met"),
  within_days: external_exports.number().int().positive().default(365).describe("a `missed` goal whose `due` date is older than this many days is history and no longer flagged (one without `due` always is)")
});
var goalsNotMet = defineRule({
  id: "goals-not-met",
  defaultSeverity: "warning",
  category: "red-flag",
  description: "mutual goals `missed`, or past `due` and not `met` or `dropped`",
  help: "Talk the goal through with its owner at the customer: if it was met, mark it `met`; if it still matters, agree a new `due` date and status; if it no longer does, mark it `dropped`. A goal missed is a red flag: find out why before setting the next one.",
  options: options3,
  advise(map, path) {
    const s = subjectOf(map, path);
    const goal = s.goal;
    if (!goal)
      return void 0;
    const o = goalOwners(map, goal);
    const state = goal.status === "missed" ? "missed" : `due ${goal.due}, still ${words(goal.status)}`;
    return adviceAbout(map, s, `Rescue the goal \u201C${escapeMarkdownText(goal.title)}\u201D (${escapeMarkdownText(state)})${o.theirs ? ` with ${o.theirs}` : ""}: agree why, and a new goal or date`, o.ours);
  },
  check(map, { asOf, options: o }) {
    const findings = [];
    (map.goals ?? []).forEach((goal, i) => {
      const owners = ownersOf(goal);
      if (goal.status === "missed") {
        if (goal.due !== void 0 && (goal.due > asOf || daysBetween(goal.due, asOf) > o.within_days))
          return;
        const due = goal.due ? `(due ${goal.due})` : "(no `due` date)";
        findings.push({
          path: ["goals", i, "status"],
          message: `mutual goal ${quote(goal.title)} ${due}${owners} was missed: mutual goals not being met is a red flag that the relationship is changing; find out why with the customer, then agree a new goal or mark this one \`dropped\``
        });
        return;
      }
      if (goal.status === "met" || goal.status === "dropped" || goal.due === void 0)
        return;
      if (addDays(goal.due, o.grace_days) >= asOf)
        return;
      findings.push({
        path: ["goals", i, "due"],
        message: `mutual goal ${quote(goal.title)}${owners} was due ${goal.due}, ${plural(daysBetween(goal.due, asOf), "day")} before ${asOf}, and is still \`${goal.status}\`: mutual goals not being met is a red flag; if it was met, mark it \`met\`; if not, agree a new \`due\` date with the customer or mark it \`missed\` or \`dropped\``
      });
    });
    return findings;
  }
});
function ownersOf(goal) {
  const parts = [
    goal.owner ? `owner \`${goal.owner}\`` : void 0,
    goal.our_owner ? `our owner \`${goal.our_owner}\`` : void 0
  ].filter((p) => p !== void 0);
  return parts.length ? ` [${parts.join(", ")}]` : "";
}

// dist/rules/left-contact-details.js
var DETAILS = ["email", "phone", "linkedin"];
var options4 = external_exports.strictObject({
  days: external_exports.number().int().min(0).default(365).describe("how many days after `last_contact` the contact details of someone who left should be gone (a person who left with no `last_contact` counts at once)")
});
var leftContactDetails = defineRule({
  id: "left-contact-details",
  defaultSeverity: "warning",
  category: "map-quality",
  description: "contact details (`email`, `phone`, `linkedin`) kept for a person who left long ago",
  help: "Delete `email`, `phone` and `linkedin` from people who have left; keep their name, roles and history on the map.",
  options: options4,
  advise(map, path) {
    const s = subjectOf(map, path);
    if (!s.person)
      return void 0;
    return adviceAbout(map, s, `Delete the contact details of ${personLabel(s.person)}, who has left the account`);
  },
  check(map, { asOf, options: o }) {
    const findings = [];
    (map.people ?? []).forEach((person, i) => {
      if (person.status !== "left")
        return;
      const kept = DETAILS.filter((k) => person[k] !== void 0);
      if (kept.length === 0)
        return;
      let since;
      if (person.last_contact === void 0)
        since = "has left (no `last_contact` recorded)";
      else {
        const age = daysBetween(person.last_contact, asOf);
        if (age <= o.days)
          return;
        since = `has left and was last contacted ${person.last_contact}, ${plural(age, "day")} before ${asOf}`;
      }
      const list = joinAnd(kept.map((k) => `\`${k}\``));
      findings.push({
        path: ["people", i, kept[0]],
        message: `${who(person)} ${since}, but the map still keeps their ${list}: personal data should not outlive its purpose; delete ${list} and keep the person on the map as history`
      });
    });
    return findings;
  }
});

// dist/rules/no-champion.js
var HOSTILE = ["skeptic", "opponent"];
var noChampion = defineRule({
  id: "no-champion",
  defaultSeverity: "warning",
  category: "map-quality",
  description: "no active person holds `champion`, or every champion is a `skeptic` or `opponent`",
  help: "Find someone at the account who wants you to win and has a reason to say so (usually a supporter or advocate with influence), build the relationship, and give them `roles: [champion]`. If a champion has turned skeptical, find out why and correct their `stance` or role.",
  options: external_exports.strictObject({}),
  advise(map, path) {
    const candidates = championCandidates(map);
    const list = candidates.length ? `; candidates: ${joinAnd(candidates.map(personLabel))}` : "";
    return adviceAbout(map, subjectOf(map, path), `Find and develop a champion, someone with influence who speaks for us when we are not in the room${list}`, accountOwner(map));
  },
  check(map) {
    const people = map.people ?? [];
    const champions = people.map((person, index) => ({ person, index })).filter(({ person }) => isPresent(person) && (person.roles ?? []).includes("champion"));
    if (champions.length === 0) {
      const gone = people.filter((p) => !isPresent(p) && (p.roles ?? []).includes("champion"));
      const history = gone.length ? ` (${joinAnd(gone.map(who))} was one but left)` : "";
      return [
        {
          ...peopleAnchor(map),
          message: `no active person on the map holds \`champion\`${history}: nobody at the account speaks for us when we are not in the room; find a supporter with influence, build the relationship and give them \`roles: [champion]\``
        }
      ];
    }
    if (champions.every(({ person }) => HOSTILE.includes(person.stance))) {
      const first = champions[0];
      const list = joinAnd(champions.map(({ person }) => `${who(person)} is \`${person.stance}\``));
      return [
        {
          path: ["people", first.index, "stance"],
          message: `every champion on the map is against us: ${list}; a champion who does not want us to win is not one; find out what changed, then correct the \`stance\` or move the role to someone who supports us`
        }
      ];
    }
    return [];
  }
});

// dist/rules/no-economic-buyer.js
var noEconomicBuyer = defineRule({
  id: "no-economic-buyer",
  defaultSeverity: "warning",
  category: "map-quality",
  description: "no active person holds `economic-buyer` or `decision-maker`",
  help: "Find out who signs off the budget for what you sell (ask your champion or coach), add them to `people` with `roles: [economic-buyer]` (or `decision-maker`), and plan how to reach them.",
  options: external_exports.strictObject({}),
  advise(map, path) {
    return adviceAbout(map, subjectOf(map, path), "Find who signs off the budget (an economic buyer or decision maker) and add them to the map", accountOwner(map));
  },
  check(map) {
    const people = map.people ?? [];
    const holds = (p) => (p.roles ?? []).some((r) => SIGNING_ROLES.includes(r));
    if (people.some((p) => isPresent(p) && holds(p)))
      return [];
    const gone = people.filter((p) => !isPresent(p) && holds(p));
    const history = gone.length ? ` (${joinAnd(gone.map(who))} held it but left)` : "";
    return [
      {
        ...peopleAnchor(map),
        message: `no active person on the map holds \`economic-buyer\` or \`decision-maker\`${history}: nobody here can say yes to the money; find out who signs off the budget and add them with \`roles: [economic-buyer]\``
      }
    ];
  }
});

// dist/rules/no-roi.js
var options5 = external_exports.strictObject({
  one_side: external_exports.enum(RULE_SEVERITIES).default("warning").describe("severity when only one side's return is `negative` (never louder than the rule's own severity; `off` reports only both sides)")
});
var noRoi = defineRule({
  id: "no-roi",
  defaultSeverity: "error",
  category: "red-flag",
  description: "`relationship.roi.ours` and `.theirs` both `negative` (error); one of them `negative` (warning)",
  help: "Sit down with the customer and agree what return each side expects and how it is measured; record it as a mutual goal with a `measure`, and update `relationship.roi` once a return shows.",
  options: options5,
  advise(map, path) {
    return adviceAbout(map, subjectOf(map, path), "Agree with the customer what return each side needs and how to measure it (a mutual goal with a measure)", accountOwner(map));
  },
  check(map, { options: o }) {
    const roi = map.relationship?.roi;
    if (!roi)
      return [];
    const path = ["relationship", "roi"];
    if (roi.ours === "negative" && roi.theirs === "negative") {
      return [
        {
          path,
          target: "key",
          message: "neither side sees a return: `roi.ours` and `roi.theirs` are both `negative`, a red flag that the relationship is changing; agree with the customer what return each side needs and how to measure it (a mutual goal with a `measure`), or decide whether this should stay a key account"
        }
      ];
    }
    if (roi.ours === "negative" || roi.theirs === "negative") {
      const side = roi.ours === "negative" ? "we do not" : "the customer does not";
      const key = roi.ours === "negative" ? "ours" : "theirs";
      const other = key === "ours" ? roi.theirs : roi.ours;
      return [
        {
          path: [...path, key],
          severity: o.one_side,
          message: `${side} see a return from the relationship (\`roi.${key}: negative\`; the other side is \`${other}\`): a relationship that pays only one side rarely lasts; find out what would make it pay off and record it as a mutual goal with a \`measure\``
        }
      ];
    }
    return [];
  }
});

// dist/rules/no-warm-path.js
var options6 = external_exports.strictObject({
  roles: external_exports.array(external_exports.enum(BUYING_ROLES)).default([...SIGNING_ROLES]).describe("the buying roles whose holders need a warm path from our team"),
  max_hops: external_exports.number().int().min(1).max(MAX_HOPS_LIMIT).default(DEFAULT_MAX_HOPS).describe("the most steps a warm path may take (as `acctmap paths --max-hops`)")
});
var noWarmPath = defineRule({
  id: "no-warm-path",
  defaultSeverity: "warning",
  category: "map-quality",
  description: "an active `economic-buyer` or `decision-maker` with no warm path from our team within 4 steps",
  help: "Find who at the account knows them and build a relationship with that person, or meet them yourself and give them an `owner` and a `strength`; `acctmap paths --to ID` says what would open a path.",
  options: options6,
  advise(map, path) {
    const s = subjectOf(map, path);
    if (!s.person)
      return void 0;
    const roles = joinAnd((s.person.roles ?? []).map(words));
    return adviceAbout(map, s, `Open a way to ${personLabel(s.person)} (${escapeMarkdownText(roles)}): find who knows them and get introduced`, accountOwner(map));
  },
  check(map, { options: o }) {
    const findings = [];
    const unreachable = outOfReach(map, o.max_hops);
    (map.people ?? []).forEach((person, i) => {
      if (!isPresent(person))
        return;
      const roles = (person.roles ?? []).filter((r) => o.roles.includes(r));
      if (roles.length === 0)
        return;
      const why = unreachable(person.id);
      if (why === void 0)
        return;
      findings.push({
        path: ["people", i],
        message: `${who(person)} holds ${joinAnd(roles.map((x) => `\`${x}\``))} and nobody on our team reaches them within ${o.max_hops} steps: ${why}`
      });
    });
    return findings;
  }
});

// dist/rules/relationship-concentration.js
var options7 = external_exports.strictObject({
  max_share: external_exports.number().gt(0).max(1).default(0.6).describe("the largest share of owned relationships one team member may hold, as a fraction"),
  min_relationships: external_exports.number().int().min(1).default(4).describe("how many owned relationships the map needs before the rule looks at shares")
});
var relationshipConcentration = defineRule({
  id: "relationship-concentration",
  defaultSeverity: "warning",
  category: "map-quality",
  description: "one of our people owns most of the relationships with active people at the account",
  help: "Spread the relationships: introduce a colleague to some of the people this team member owns, and move `owner` to them as the relationships take hold.",
  options: options7,
  advise(map, path) {
    return adviceAbout(map, subjectOf(map, path), "Spread the relationships one colleague holds: introduce others on our team to some of their contacts and move the owner as relationships take hold", accountOwner(map));
  },
  check(map, { options: o }) {
    const counts = /* @__PURE__ */ new Map();
    let total = 0;
    for (const person of map.people ?? []) {
      if (!isPresent(person) || person.owner === void 0)
        continue;
      counts.set(person.owner, (counts.get(person.owner) ?? 0) + 1);
      total++;
    }
    if (total < o.min_relationships)
      return [];
    const [top, count] = [...counts].sort((a, b) => b[1] - a[1] || compareCodeUnits(a[0], b[0]))[0];
    const share = count / total;
    if (share <= o.max_share)
      return [];
    const index = (map.team ?? []).findIndex((m) => m.id === top);
    const path = index >= 0 ? ["team", index] : ["people", (map.people ?? []).findIndex((p) => isPresent(p) && p.owner === top), "owner"];
    return [
      {
        path,
        message: `${ours(map, top)} owns ${count} of the ${total} relationships with active people (${Math.round(share * 100)} %, more than ${Math.round(o.max_share * 100)} %): if they leave, the account loses its access at once; introduce colleagues to some of these people and move \`owner\` as the relationships take hold`
      }
    ];
  }
});

// dist/rules/reorganization.js
var CHANGE_EVENTS = ["reorganization", "merger", "leadership-change"];
var options8 = external_exports.strictObject({
  within_days: external_exports.number().int().positive().default(180).describe("for a map without `account.reviewed`: how far back a reorganisation, merger or leadership change still counts, in days"),
  roles: external_exports.array(external_exports.enum(BUYING_ROLES)).default([...KEY_BUYING_ROLES]).describe("the buying roles whose holder leaving counts as a reorganisation")
});
var reorganization = defineRule({
  id: "reorganization",
  defaultSeverity: "warning",
  category: "red-flag",
  description: "a reorganisation, merger or leadership change since the map was last reviewed, or someone in a buying role who has left",
  help: "Review the map with the new organisation in mind: who holds each buying role now, who reports to whom, which relationships you must build again; then set `account.reviewed`. Move a buying role from a person who left to whoever holds it now.",
  options: options8,
  advise(map, path) {
    const s = subjectOf(map, path);
    if (s.person) {
      const roles = joinAnd((s.person.roles ?? []).map(words));
      return adviceAbout(map, s, `Find who holds ${escapeMarkdownText(roles || "the buying roles")} now that ${personLabel(s.person)} has left, and add them to the map`, accountOwner(map));
    }
    if (s.event) {
      return adviceAbout(map, s, `Re-map the account after the ${escapeMarkdownText(words(s.event.type))} of ${s.event.date}: who holds which buying role now, new reporting lines, relationships to rebuild`, accountOwner(map));
    }
    return void 0;
  },
  check(map, { asOf, options: o }) {
    const findings = [];
    const reviewed = map.account.reviewed;
    const people = map.people ?? [];
    const index = mapIndex(map);
    const name = (id) => index.person(id)?.name ?? `\`${id}\``;
    (map.events ?? []).forEach((event, i) => {
      if (!CHANGE_EVENTS.includes(event.type) || event.date > asOf)
        return;
      if (reviewed !== void 0 ? event.date <= reviewed : daysBetween(event.date, asOf) > o.within_days)
        return;
      const since = reviewed ? `after the map was last reviewed (${reviewed})` : `${plural(daysBetween(event.date, asOf), "day")} before ${asOf}, and the map has no \`account.reviewed\` date`;
      const involved = event.people?.length ? ` involving ${joinAnd(event.people.map(name))}` : "";
      findings.push({
        path: ["events", i],
        message: `\`${event.type}\` on ${event.date}${involved} (${quote(event.summary)}) happened ${since}: a reorganisation at the customer can force a change in the relationship; review the map (who holds which role now, new reporting lines, relationships to rebuild) and set \`account.reviewed\``
      });
    });
    people.forEach((person, i) => {
      if (person.status !== "left")
        return;
      const roles = (person.roles ?? []).filter((r) => o.roles.includes(r));
      if (roles.length === 0)
        return;
      const list = joinAnd(roles.map((r) => `\`${r}\``));
      findings.push({
        path: ["people", i, "status"],
        message: `${who(person)} has left the account but still holds ${list}: the buying roles have changed hands; find out who holds ${roles.length === 1 ? "it" : "them"} now, add that person with the role, and remove ${list} from ${person.name} (keep ${person.name} on the map as history)`
      });
    });
    return findings;
  }
});

// dist/rules/single-threaded.js
var options9 = external_exports.strictObject({
  min_threads: external_exports.number().int().min(1).default(3).describe("how many active people we need a `medium` or `strong` relationship with")
});
var singleThreaded = defineRule({
  id: "single-threaded",
  defaultSeverity: "warning",
  category: "map-quality",
  description: "fewer than 3 active people with `strength` `medium` or `strong`",
  help: "Build relationships beyond your one or two contacts: ask them for introductions (the `connections` of the map show warm paths), meet people in other units and at other levels, and record `strength` as the relationships grow.",
  options: options9,
  advise(map, path) {
    const threads = threadsToBuild(map);
    const list = threads.length ? `: ${joinAnd(threads.map(personLabel))}` : "";
    return adviceAbout(map, subjectOf(map, path), `Build more relationships; ask for introductions to people with influence we hardly know${list}`, accountOwner(map));
  },
  check(map, { options: o }) {
    const threads = (map.people ?? []).filter((p) => isPresent(p) && (p.strength === "medium" || p.strength === "strong"));
    if (threads.length >= o.min_threads)
      return [];
    const have = threads.length === 0 ? "no active person" : `only ${threads.length} (${joinAnd(threads.map(who))})`;
    return [
      {
        ...peopleAnchor(map),
        message: `we have a \`medium\` or \`strong\` relationship with ${have}, fewer than ${o.min_threads}: the account hangs on too few people; ask for introductions to others (other units, other levels) and record their \`strength\` as it grows`
      }
    ];
  }
});

// dist/rules/stale-contact.js
var options10 = external_exports.strictObject({
  days: external_exports.number().int().positive().default(90).describe("how many days since `last_contact` make a contact stale")
});
var staleContact = defineRule({
  id: "stale-contact",
  defaultSeverity: "warning",
  category: "map-quality",
  description: "an active person with `influence: high` whose `last_contact` is missing or older than 90 days",
  help: "Get in touch with the person (or ask whoever owns the relationship to), then set `last_contact` to the date of that real contact. If they are away for a known time, suppress the finding with a reason.",
  options: options10,
  advise(map, path, { asOf }) {
    const s = subjectOf(map, path);
    if (!s.person)
      return void 0;
    const call = adviceAbout(map, s, `Call ${personLabel(s.person)}: ${lastContact(s.person, asOf)}`);
    return { ...call, call: true, saysLastContact: true };
  },
  check(map, { asOf, options: o }) {
    const findings = [];
    (map.people ?? []).forEach((person, i) => {
      if (!isPresent(person) || person.influence !== "high")
        return;
      const owner = person.owner ? ` (owner \`${person.owner}\`)` : "";
      if (person.last_contact === void 0) {
        findings.push({
          path: ["people", i],
          message: `${who(person)} has \`influence: high\` but no \`last_contact\`${owner}: the map cannot tell whether we still talk to them; get in touch and record the date as \`last_contact\``
        });
        return;
      }
      const age = daysBetween(person.last_contact, asOf);
      if (age <= o.days)
        return;
      findings.push({
        path: ["people", i, "last_contact"],
        message: `${who(person)} has \`influence: high\` and was last contacted ${person.last_contact}, ${plural(age, "day")} before ${asOf} (more than ${o.days})${owner}: get in touch and update \`last_contact\``
      });
    });
    return findings;
  }
});

// dist/rules/stale-map.js
var options11 = external_exports.strictObject({
  days: external_exports.number().int().positive().default(180).describe("how many days since `account.reviewed` make the map stale")
});
var staleMap = defineRule({
  id: "stale-map",
  defaultSeverity: "warning",
  category: "map-quality",
  description: "`account.reviewed` missing or older than 180 days",
  help: "Review the whole map with the account team (people, roles, stances, goals, opportunities, events), correct what has changed, and set `account.reviewed` to the date of the review.",
  options: options11,
  advise(map, path) {
    return adviceAbout(map, subjectOf(map, path), "Review the map with the account team and set the review date", accountOwner(map));
  },
  check(map, { asOf, options: o }) {
    const reviewed = map.account.reviewed;
    if (reviewed === void 0) {
      return [
        {
          path: ["account"],
          target: "key",
          message: "the map has no `account.reviewed` date, so nobody can tell whether it is current: review it with the account team and add `reviewed: YYYY-MM-DD` under `account`"
        }
      ];
    }
    const age = daysBetween(reviewed, asOf);
    if (age <= o.days)
      return [];
    return [
      {
        path: ["account", "reviewed"],
        message: `the map was last reviewed ${reviewed}, ${plural(age, "day")} before ${asOf} (more than ${o.days}): decisions made from stale data go wrong; review it with the account team and update \`account.reviewed\``
      }
    ];
  }
});

// dist/rules/suppression.js
var suppression = defineRule({
  id: "suppression",
  defaultSeverity: "warning",
  category: "map-quality",
  description: "a suppression comment (`# acctmap-disable-next-line RULE -- reason`) without a reason, naming an unknown rule, or suppressing nothing",
  help: "Give every suppression a reason after ` -- `, name rules that exist (`acctmap rules` lists them), and delete suppressions that no longer suppress anything.",
  options: external_exports.strictObject({})
});

// dist/rules/too-many-key-accounts.js
var options12 = external_exports.strictObject({
  max: external_exports.number().int().min(1).default(MAX_KEY_ACCOUNTS).describe("the most accounts the run may declare `tier: key`"),
  max_per_owner: external_exports.number().int().min(1).default(4).describe("the most `tier: key` accounts one account owner (`account.owner`) may hold")
});
var tooManyKeyAccounts = defineRule({
  id: "too-many-key-accounts",
  defaultSeverity: "warning",
  category: "map-quality",
  description: "more accounts declared `tier: key` than a team can serve, across all maps of the run or for one account owner",
  help: "Keep `tier: key` for the accounts that the Pareto class and fit of `acctmap score` support, and set the others to `growth` or `maintain`; or share the key accounts among more owners.",
  options: options12,
  checkPortfolio(maps, { options: o }) {
    const findings = [];
    const key = maps.map((map, index) => ({ map, index })).filter(({ map }) => map.account.tier === "key");
    const names = (list) => listIds(list.map(({ map }) => map.account.id));
    if (key.length > o.max) {
      for (const { index } of key) {
        findings.push({
          map: index,
          path: ["account", "tier"],
          message: `${key.length} accounts are declared \`tier: key\` (${names(key)}), more than the ${o.max} a team can serve: when everything is key, nothing is; keep \`key\` for the accounts \`acctmap score\` ranks highest and set the others to \`growth\` or \`maintain\``
        });
      }
    }
    const byOwner = /* @__PURE__ */ new Map();
    for (const entry of key) {
      const owner = entry.map.account.owner;
      if (owner === void 0)
        continue;
      byOwner.set(owner, [...byOwner.get(owner) ?? [], entry]);
    }
    for (const [owner, list] of byOwner) {
      if (list.length <= o.max_per_owner)
        continue;
      for (const { index } of list) {
        findings.push({
          map: index,
          path: ["account", "owner"],
          message: `\`${owner}\` owns ${list.length} key accounts (${names(list)}), more than the ${o.max_per_owner} one account owner can serve: share them with colleagues (\`account.owner\`) or move some to \`tier: growth\` or \`maintain\``
        });
      }
    }
    return findings;
  }
});
function listIds(ids) {
  return joinAnd(ids.map((id) => `\`${id}\``), 12);
}

// dist/rules/unknown-stance-high-influence.js
var unknownStanceHighInfluence = defineRule({
  id: "unknown-stance-high-influence",
  defaultSeverity: "warning",
  category: "map-quality",
  description: "an active person with `influence: high` whose `stance` is unknown",
  help: "Find out where the person stands (ask your champion or coach, or meet them), then set `stance` to `advocate`, `supporter`, `neutral`, `skeptic` or `opponent`.",
  options: external_exports.strictObject({}),
  advise(map, path) {
    const s = subjectOf(map, path);
    if (!s.person)
      return void 0;
    return adviceAbout(map, s, `Find out where ${personLabel(s.person)} stands: high influence, stance unknown (ask a coach or champion, or meet them)`);
  },
  check(map) {
    const findings = [];
    (map.people ?? []).forEach((person, i) => {
      if (!isPresent(person) || person.influence !== "high" || person.stance !== "unknown")
        return;
      findings.push({
        path: ["people", i, "stance"],
        message: `${who(person)} has \`influence: high\` but an unknown \`stance\`: the map cannot tell whether they are for or against us; find out (ask your champion or coach, or meet them) and set \`stance\``
      });
    });
    return findings;
  }
});

// dist/rules/unmanaged-opponent.js
var unmanagedOpponent = defineRule({
  id: "unmanaged-opponent",
  defaultSeverity: "warning",
  category: "map-quality",
  description: "an active `opponent` or `skeptic` with `influence: high` and no `owner`",
  help: "Give the person an `owner` from the team: someone who will find out what they object to and work on it (or on the people they listen to).",
  options: external_exports.strictObject({}),
  advise(map, path) {
    const s = subjectOf(map, path);
    if (!s.person)
      return void 0;
    return adviceAbout(map, s, `Give ${personLabel(s.person)}, an influential ${escapeMarkdownText(s.person.stance)}, an owner on our side who finds out what they object to`, accountOwner(map));
  },
  check(map) {
    const findings = [];
    (map.people ?? []).forEach((person, i) => {
      if (!isPresent(person) || person.influence !== "high" || person.owner !== void 0)
        return;
      if (person.stance !== "opponent" && person.stance !== "skeptic")
        return;
      findings.push({
        path: ["people", i],
        message: `${who(person)} is an influential \`${person.stance}\` (\`influence: high\`) and nobody on our side owns the relationship: give them an \`owner\` from \`team\` who will find out what they object to and work on it`
      });
    });
    return findings;
  }
});

// dist/rules/unowned-economic-buyer.js
var options13 = external_exports.strictObject({
  roles: external_exports.array(external_exports.enum(BUYING_ROLES)).default([...SIGNING_ROLES]).describe("the buying roles whose holders need an `owner` on our side")
});
var unownedEconomicBuyer = defineRule({
  id: "unowned-economic-buyer",
  defaultSeverity: "warning",
  category: "map-quality",
  description: "an active `economic-buyer` or `decision-maker` with no `owner` on our side",
  help: "Give the person an `owner` from `team`: usually the account owner or an executive sponsor at our end who meets them at their level.",
  options: options13,
  advise(map, path) {
    const s = subjectOf(map, path);
    if (!s.person)
      return void 0;
    const roles = joinAnd((s.person.roles ?? []).map(words));
    return adviceAbout(map, s, `Give ${personLabel(s.person)} (${escapeMarkdownText(roles)}) an owner who meets them at their level`, accountOwner(map));
  },
  check(map, { options: o }) {
    const findings = [];
    (map.people ?? []).forEach((person, i) => {
      if (!isPresent(person) || person.owner !== void 0)
        return;
      const roles = (person.roles ?? []).filter((r) => o.roles.includes(r));
      if (roles.length === 0)
        return;
      const suggestion = map.account.owner ? ` (for example the account owner \`${map.account.owner}\`)` : "";
      findings.push({
        path: ["people", i],
        message: `${who(person)} holds ${joinAnd(roles.map((r) => `\`${r}\``))} and nobody on our side owns the relationship: give them an \`owner\` from \`team\`${suggestion} who meets them at their level`
      });
    });
    return findings;
  }
});

// dist/rules/registry.js
var RULES = [
  businessElsewhere,
  reorganization,
  noRoi,
  goalsNotMet,
  noEconomicBuyer,
  noChampion,
  singleThreaded,
  staleContact,
  staleMap,
  unmanagedOpponent,
  championGoneQuiet,
  unownedEconomicBuyer,
  noWarmPath,
  unknownStanceHighInfluence,
  relationshipConcentration,
  tooManyKeyAccounts,
  leftContactDetails,
  suppression
];
var BY_ID = new Map(RULES.map((rule) => [rule.id, rule]));
function getRule(id) {
  return BY_ID.get(id);
}
var RULE_IDS = RULES.map((rule) => rule.id);

export {
  isPresent,
  mapIndex,
  NAMED_AT_MOST,
  BUDGET_ROLES,
  subjectOf,
  personLabel,
  ownerOf,
  accountOwner,
  goalOwners,
  lastContact,
  adviceAbout,
  RULE_SEVERITIES,
  RulesConfigSchema,
  movedPeople,
  DEFAULT_MAX_HOPS,
  PathsOptionError,
  findPaths,
  RULES,
  getRule,
  RULE_IDS
};
