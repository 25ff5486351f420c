import { createRequire as __acctmapCreateRequire } from 'node:module';
const require = __acctmapCreateRequire(import.meta.url);
import {
  HeadingSlugger,
  amount,
  codeSpan,
  escapeMarkdownText,
  joinAnd,
  messageMarkdown,
  oneLine,
  plural,
  quote,
  table,
  words
} from "./chunk-A4RBNV6B.js";

// dist/diff/format.js
function value(v) {
  if (v === null || v === void 0)
    return "(none)";
  if (Array.isArray(v))
    return v.length ? v.map(value).join(", ") : "(none)";
  if (typeof v === "object")
    return oneLine(JSON.stringify(v));
  if (typeof v === "string")
    return /\s/.test(v) || v.length > 40 ? quote(v) : v;
  return typeof v === "number" ? amount(v) : String(v);
}
var ENTITY_WORDS = {
  account: "account",
  relationship: "relationship",
  financials: "financials",
  team: "team member",
  unit: "unit",
  person: "person",
  connection: "connection",
  goal: "goal",
  opportunity: "opportunity",
  event: "event",
  profile: "profile"
};
function describeChange(c) {
  const what = c.id !== void 0 ? `${ENTITY_WORDS[c.entity]} \`${c.id}\`` : ENTITY_WORDS[c.entity];
  if (c.change !== "changed")
    return `${what} ${c.change}`;
  const direction = c.direction ? ` (${c.direction})` : "";
  return `${what} ${words(c.field ?? "")}: ${value(c.before)} \u2192 ${value(c.after)}${direction}`;
}
function briefing(account) {
  const lines = [];
  for (const flag of account.red_flags.appeared)
    lines.push({
      weight: 0,
      text: `red flag appeared: \`${flag}\` (run \`acctmap validate ${account.file}\` for the finding)`
    });
  for (const s of account.signals)
    lines.push({ weight: s.signal === "people-left" ? 1 : 2, text: `${s.signal}: ${s.message}` });
  for (const c of account.changes) {
    const weight = c.direction === "worse" ? c.field === "stance" ? 2 : 3 : c.entity === "person" && c.change !== "changed" ? 4 : 5;
    lines.push({ weight, text: describeChange(c) });
  }
  for (const flag of account.red_flags.resolved)
    lines.push({ weight: 4, text: `red flag resolved: \`${flag}\`` });
  return lines.map((l, i) => ({ l, i })).sort((a, b) => a.l.weight - b.l.weight || a.i - b.i).map((x) => x.l);
}
function byImportance(accounts) {
  const rank = (a) => [
    -a.red_flags.appeared.length,
    -a.signals.length,
    -a.changes.filter((c) => c.direction === "worse").length
  ];
  return [...accounts].sort((a, b) => {
    const x = rank(a);
    const y = rank(b);
    for (let i = 0; i < x.length; i++)
      if (x[i] !== y[i])
        return x[i] - y[i];
    return a.name.localeCompare(b.name, "en") || (a.id < b.id ? -1 : 1);
  });
}
function side(label) {
  return `${label.rev} (${label.date})`;
}
function summaryLine(result) {
  const s = result.summary;
  const parts = [
    plural(s.accounts_changed, "account changed", "accounts changed"),
    ...s.accounts_added ? [`${s.accounts_added} added`] : [],
    ...s.accounts_removed ? [`${s.accounts_removed} removed`] : []
  ];
  const people = [
    ...s.people_added ? [`${plural(s.people_added, "person", "people")} added`] : [],
    ...s.people_left ? [`${plural(s.people_left, "person", "people")} left`] : []
  ];
  const stances = [
    ...s.stance_worse ? [`${plural(s.stance_worse, "stance")} worse`] : [],
    ...s.stance_better ? [`${plural(s.stance_better, "stance")} better`] : []
  ];
  return [parts.join(", "), people.join(", "), stances.join(", ")].filter((p) => p !== "").join("; ");
}
function statusWords(a) {
  if (a.status === "added")
    return "new on the map";
  if (a.status === "removed")
    return "taken off the maps";
  return a.renamed_from ? `changed (moved from ${a.renamed_from})` : "changed";
}
function accountCounts(a) {
  if (a.status !== "changed")
    return statusWords(a);
  const parts = [
    ...a.red_flags.appeared.length ? [`${plural(a.red_flags.appeared.length, "red flag")} appeared`] : [],
    ...a.signals.length ? [joinAnd(a.signals.map((s) => s.signal))] : [],
    ...a.changes.length || !a.renamed_from ? [plural(a.changes.length, "change")] : [],
    ...a.renamed_from ? [`moved from ${a.renamed_from}`] : []
  ];
  return parts.join(", ");
}
function formatStylish(result, style) {
  const out = [];
  out.push(style.bold(`Changes from ${side(result.from)} to ${side(result.to)}`));
  out.push(summaryLine(result));
  for (const p of result.problems)
    out.push(style.yellow(`could not read ${p.file}:${p.line}:${p.column} at ${p.side === "from" ? result.from.rev : result.to.rev}: ${p.message}`));
  for (const a of byImportance(result.accounts)) {
    out.push("");
    out.push(`${style.bold(a.name)} ${style.dim(`(${a.id}, ${a.file})`)}: ${statusWords(a)}`);
    for (const line of briefing(a)) {
      const text = line.text.replace(/`([^`]+)`/g, "$1");
      const mark = line.weight === 0 ? style.red("!") : line.weight <= 2 ? style.yellow("!") : " ";
      out.push(`  ${mark} ${line.weight <= 1 ? style.bold(text) : text}`);
    }
  }
  if (result.accounts.length === 0)
    out.push("", "No account changed.");
  return `${out.join("\n")}
`;
}
function formatJson(result) {
  return `${JSON.stringify(result, null, 2)}
`;
}

// dist/report/doc.js
var NUL = String.fromCharCode(0);
function anchorRef(key) {
  return `${NUL}anchor:${key}${NUL}`;
}
function noTrailingSpace(markdown) {
  return markdown.replace(/[ \t]+$/gm, "");
}
var MarkdownDoc = class {
  blocks = [];
  slugger = new HeadingSlugger();
  anchors = /* @__PURE__ */ new Map();
  /** A heading from plain text (one line; escaped here). Levels above 6 are written as 6. */
  heading(level, plain, key) {
    const depth = Math.min(6, Math.max(1, level));
    const text = escapeMarkdownText(plain);
    this.blocks.push(noTrailingSpace(`${"#".repeat(depth)} ${text}`));
    const slug = this.slugger.slug(oneLine(plain));
    if (key !== void 0)
      this.anchors.set(key, slug);
    return this;
  }
  /** A paragraph of markdown (already escaped). Empty text adds nothing. */
  paragraph(markdown) {
    if (markdown.trim() !== "")
      this.blocks.push(noTrailingSpace(markdown.trim()));
    return this;
  }
  /** A bullet list; each item is markdown, and may hold nested lines already indented. */
  list(items) {
    if (items.length)
      this.blocks.push(noTrailingSpace(items.map((item) => `- ${item}`).join("\n")));
    return this;
  }
  /** A GFM task list: every item an open checkbox. */
  tasks(items) {
    if (items.length)
      this.blocks.push(noTrailingSpace(items.map((item) => `- [ ] ${item}`).join("\n")));
    return this;
  }
  table(columns, rows) {
    this.blocks.push(table(columns, rows));
    return this;
  }
  /** A fenced code block; the fence is longer than any run of backticks in the text. */
  code(lang, text) {
    const longest = Math.max(0, ...(text.match(/`{3,}/g) ?? []).map((run) => run.length));
    const fence = "`".repeat(Math.max(3, longest + 1));
    const body = text.split(NUL).join("").replace(/\n+$/, "");
    this.blocks.push(`${fence}${lang}
${body}
${fence}`);
    return this;
  }
  /** A block quote; each line is markdown. */
  quote(lines) {
    if (lines.length)
      this.blocks.push(lines.map((l) => l === "" ? ">" : `> ${l}`).join("\n"));
    return this;
  }
  /** Another document's blocks, appended (their headings join this document's anchors). */
  raw(markdown) {
    if (markdown.trim() !== "")
      this.blocks.push(noTrailingSpace(markdown.trim()));
    return this;
  }
  /** The slug a keyed heading got, once it exists. */
  anchor(key) {
    return this.anchors.get(key);
  }
  /** The finished text: anchor references resolved, one trailing newline. */
  toString() {
    const text = `${this.blocks.join("\n\n")}
`;
    return text.split(NUL).map((piece, i) => {
      if (i % 2 === 0)
        return piece;
      const slug = this.anchors.get(piece.replace(/^anchor:/, ""));
      return slug === void 0 ? "#" : `#${slug}`;
    }).join("");
  }
};

// dist/report/redact.js
var REDACT_LEVELS = ["contacts", "names"];
var CONTACT_KEYS = /* @__PURE__ */ new Set(["email", "phone", "linkedin", "notes"]);
var EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu;
var LINKEDIN = /(?:https?:\/\/)?(?:[\w-]+\.)?linkedin\.com\/\S*/giu;
function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function wordReplacer(table2, boundary) {
  const keys = [...table2.keys()].filter((k) => k.trim() !== "").sort((a, b) => b.length - a.length);
  if (keys.length === 0)
    return (text) => text;
  const pattern = new RegExp(`(?<!${boundary})(?:${keys.map(escapeRegExp).join("|")})(?!${boundary})`, "gu");
  return (text) => text.replace(pattern, (m) => table2.get(m) ?? m);
}
function personAliases(people) {
  const base = people.map((p) => {
    const title = p.title?.replace(/\s+/g, " ").trim();
    if (title)
      return title;
    if (p.roles?.length)
      return p.roles.map(words).join(", ");
    return "Person";
  });
  const counts = /* @__PURE__ */ new Map();
  for (const b of base)
    counts.set(b, (counts.get(b) ?? 0) + 1);
  const seen = /* @__PURE__ */ new Map();
  return base.map((b) => {
    if (counts.get(b) === 1 && b !== "Person")
      return b;
    const n = (seen.get(b) ?? 0) + 1;
    seen.set(b, n);
    return `${b} (${n})`;
  });
}
function redactMap(map, level) {
  const phones = (map.people ?? []).map((p) => p.phone === void 0 ? "" : String(p.phone).trim()).filter((p) => p.length >= 5);
  const phoneTable = new Map(phones.map((p) => [p, "[phone removed]"]));
  const scrubPhones = wordReplacer(phoneTable, "[\\p{N}]");
  const scrubContacts = (text) => scrubPhones(text.replace(LINKEDIN, "[LinkedIn removed]").replace(EMAIL, "[email removed]"));
  let scrubNames = (text) => text;
  let renameId = (id) => id;
  const people = map.people ?? [];
  if (level === "names" && people.length) {
    const aliases = personAliases(people);
    const taken = /* @__PURE__ */ new Set([...(map.team ?? []).map((t) => t.id), ...people.map((p) => p.id)]);
    const ids = /* @__PURE__ */ new Map();
    const used = /* @__PURE__ */ new Set();
    people.forEach((p, i) => {
      let alias = `person-${i + 1}`;
      while (taken.has(alias) || used.has(alias))
        alias = `${alias}-r`;
      used.add(alias);
      ids.set(p.id, alias);
    });
    renameId = (id) => ids.get(id) ?? id;
    const names = /* @__PURE__ */ new Map();
    people.forEach((p, i) => {
      const name = p.name.replace(/\s+/g, " ").trim();
      if (name.length >= 2)
        names.set(name, aliases[i]);
    });
    for (const [part, alias] of namePartAliases(map, aliases))
      if (!names.has(part))
        names.set(part, alias);
    const byName = wordReplacer(names, "[\\p{L}\\p{N}]");
    const byId = wordReplacer(new Map(ids), "[a-z0-9-]");
    scrubNames = (text) => byId(byName(text));
    map = {
      ...map,
      people: people.map((p, i) => ({ ...p, name: aliases[i] }))
    };
  }
  const scrub = (text) => scrubNames(scrubContacts(text));
  const free = (text) => text === void 0 ? void 0 : scrub(text);
  const freeList = (list) => list?.map(scrub);
  const out = {
    ...map,
    account: {
      ...map.account,
      name: scrub(map.account.name),
      ...opt("industry", free(map.account.industry)),
      ...opt("segment", free(map.account.segment)),
      ...opt("tags", freeList(map.account.tags))
    }
  };
  delete out.notes;
  if (map.relationship) {
    out.relationship = {
      ...map.relationship,
      ...opt("common_ground", freeList(map.relationship.common_ground)),
      ...opt("competitors", freeList(map.relationship.competitors))
    };
  }
  if (map.team)
    out.team = map.team.map(({ email: _email, ...member }) => member);
  if (map.units) {
    out.units = map.units.map(({ notes: _notes, ...unit }) => ({
      ...unit,
      name: scrub(unit.name)
    }));
  }
  if (map.people) {
    out.people = map.people.map((person) => {
      const { email: _e, phone: _p, linkedin: _l, notes: _n, now_at: _w, ...p } = person;
      return {
        ...p,
        id: renameId(p.id),
        name: scrub(p.name),
        ...opt("title", free(p.title)),
        ...opt("reports_to", p.reports_to === void 0 ? void 0 : renameId(p.reports_to)),
        ...opt("dotted_to", p.dotted_to?.map(renameId)),
        ...opt("responsibilities", freeList(p.responsibilities)),
        ...opt("challenges", freeList(p.challenges)),
        ...opt("goals", freeList(p.goals))
      };
    });
  }
  if (map.connections) {
    out.connections = map.connections.map(({ notes: _notes, ...c }) => ({
      ...c,
      from: renameId(c.from),
      to: renameId(c.to)
    }));
  }
  if (map.goals) {
    out.goals = map.goals.map((g) => ({
      ...g,
      title: scrub(g.title),
      ...opt("owner", g.owner === void 0 ? void 0 : renameId(g.owner)),
      ...opt("measure", free(g.measure))
    }));
  }
  if (map.opportunities) {
    out.opportunities = map.opportunities.map((o) => ({
      ...o,
      title: scrub(o.title),
      ...opt("lost_to", free(o.lost_to))
    }));
  }
  if (map.events) {
    out.events = map.events.map((e) => ({
      ...e,
      summary: scrub(e.summary),
      ...opt("people", e.people?.map(renameId))
    }));
  }
  if (map.profile)
    out.profile = redactProfile(map.profile, scrub);
  return { map: out, level, scrub };
}
var SHARED_NAME_PART = "[name removed]";
function namePartAliases(map, aliases) {
  const wordsOf = (text) => text.split(/[\s,()"“”]+/u).filter(Boolean);
  const keep = /* @__PURE__ */ new Set();
  for (const m of map.team ?? [])
    for (const w of wordsOf(m.name))
      keep.add(w);
  for (const w of wordsOf(map.account.name))
    keep.add(w);
  const owners = /* @__PURE__ */ new Map();
  (map.people ?? []).forEach((p, i) => {
    for (const w of wordsOf(p.name)) {
      if (w.length < 3 || !new RegExp("^\\p{Lu}", "u").test(w) || keep.has(w))
        continue;
      owners.set(w, (owners.get(w) ?? /* @__PURE__ */ new Set()).add(i));
    }
  });
  const out = /* @__PURE__ */ new Map();
  for (const [part, who] of owners) {
    out.set(part, who.size === 1 ? aliases[[...who][0]] : SHARED_NAME_PART);
  }
  return out;
}
function opt(key, value2) {
  return value2 === void 0 ? {} : { [key]: value2 };
}
function redactProfile(value2, scrub) {
  if (typeof value2 === "string")
    return scrub(value2);
  if (Array.isArray(value2))
    return value2.map((v) => redactProfile(v, scrub));
  if (value2 !== null && typeof value2 === "object" && !(value2 instanceof Date)) {
    const out = {};
    for (const [k, v] of Object.entries(value2)) {
      if (CONTACT_KEYS.has(k.toLowerCase()))
        continue;
      out[k] = redactProfile(v, scrub);
    }
    return out;
  }
  return value2;
}

// dist/report/changes.js
function changesTitle(diff) {
  return `Changes since ${diff.from.rev} (${diff.from.date})`;
}
function redactChanges(account, scrub) {
  const value2 = (v) => typeof v === "string" ? scrub(v) : Array.isArray(v) ? v.map(value2) : v ?? null;
  const changes = account.changes.filter((c) => !CONTACT_KEYS.has(c.field?.split(".").pop() ?? "")).map((c) => ({
    ...c,
    ...c.id !== void 0 ? { id: scrub(c.id) } : {},
    ...c.change === "changed" ? { before: value2(c.before), after: value2(c.after) } : {}
  }));
  return {
    ...account,
    name: scrub(account.name),
    changes,
    signals: account.signals.map((s) => ({
      ...s,
      message: scrub(s.message),
      ...s.people ? { people: s.people.map(scrub) } : {}
    }))
  };
}
function accountChanges(diff, id, scrub) {
  const account = diff.accounts.find((a) => a.id === id);
  if (!account)
    return { diff };
  return { diff, account: scrub ? redactChanges(account, scrub) : account };
}
function writeBriefing(doc, account) {
  const lines = briefing(account);
  if (lines.length === 0) {
    doc.paragraph("Nothing in the map changed.");
    return;
  }
  doc.list(lines.map((line) => {
    const text = messageMarkdown(line.text);
    return line.weight <= 1 ? `**${text}**` : text;
  }));
}
function writeAccountChanges(doc, { diff, account }, heading) {
  heading(changesTitle(diff));
  const span = `From ${escapeMarkdownText(`${diff.from.rev} (${diff.from.date})`)} to ${escapeMarkdownText(`${diff.to.rev} (${diff.to.date})`)}`;
  if (!account) {
    doc.paragraph(`${span}: nothing in this map changed, and no red flag appeared or was resolved.`);
    return;
  }
  doc.paragraph(`${span}: ${escapeMarkdownText(statusWords(account))}.`);
  if (account.status === "changed")
    writeBriefing(doc, account);
}
function writePortfolioChanges(doc, diff, level, { detailTitle = (a) => `What changed at ${a.name}`, shownAt = () => void 0 } = {}) {
  doc.heading(level, changesTitle(diff));
  doc.paragraph(`From ${escapeMarkdownText(`${diff.from.rev} (${diff.from.date})`)} to ${escapeMarkdownText(`${diff.to.rev} (${diff.to.date})`)}: ${escapeMarkdownText(summaryLine(diff))}.`);
  if (diff.problems.length)
    doc.list(diff.problems.map((p) => `Could not read ${codeSpan(p.file)} at ${escapeMarkdownText(p.side === "from" ? diff.from.rev : diff.to.rev)} (line ${p.line}): ${messageMarkdown(p.message)}`));
  const accounts = byImportance(diff.accounts);
  if (accounts.length === 0) {
    doc.paragraph("No account changed.");
    return;
  }
  const elsewhere = (a) => a.status === "changed" ? shownAt(a.id) : void 0;
  doc.list(accounts.map((a) => {
    const line = `**${escapeMarkdownText(a.name)}** (${codeSpan(a.id)}): ${escapeMarkdownText(accountCounts(a))}`;
    const key = elsewhere(a);
    return key === void 0 ? line : `${line} ([what changed](${anchorRef(key)}))`;
  }));
  for (const a of accounts) {
    if (a.status !== "changed" || elsewhere(a) !== void 0)
      continue;
    doc.heading(level + 1, detailTitle(a));
    doc.paragraph(`${codeSpan(a.file)}: ${escapeMarkdownText(statusWords(a))}.`);
    writeBriefing(doc, a);
  }
}

export {
  formatStylish,
  formatJson,
  anchorRef,
  MarkdownDoc,
  REDACT_LEVELS,
  redactMap,
  redactChanges,
  accountChanges,
  writeAccountChanges,
  writePortfolioChanges
};
