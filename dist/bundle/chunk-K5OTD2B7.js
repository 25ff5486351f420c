import { createRequire as __acctmapCreateRequire } from 'node:module';
const require = __acctmapCreateRequire(import.meta.url);
import {
  CRITERION_LABELS
} from "./chunk-HUVXZIKZ.js";
import {
  pathAdvice
} from "./chunk-HAGDK5MB.js";
import {
  writeAccountChanges
} from "./chunk-ZPJ3K3FW.js";
import {
  CRITERIA
} from "./chunk-WJ4UJHTB.js";
import {
  RED_FLAG_IDS,
  isRedFlag
} from "./chunk-3PMCQ3JK.js";
import {
  BUDGET_ROLES,
  DEFAULT_MAX_HOPS,
  NAMED_AT_MOST,
  accountOwner,
  adviceAbout,
  findPaths,
  getRule,
  goalOwners,
  lastContact,
  mapIndex,
  ownerOf,
  personLabel,
  subjectOf
} from "./chunk-M5GZM46X.js";
import {
  BUYING_ROLES,
  LEVEL_ORDER,
  STANCES,
  STRENGTH_ORDER
} from "./chunk-XJYOIXLA.js";
import {
  ago,
  amount,
  capitalise,
  codeSpan,
  daysBetween,
  durationSince,
  escapeMarkdownCell,
  escapeMarkdownText,
  joinAnd,
  keyLabel,
  link,
  messageMarkdown,
  money,
  oneLine,
  percent,
  plural,
  words
} from "./chunk-A4RBNV6B.js";

// dist/report/actions.js
var RENEWAL_HORIZON_DAYS = 180;
var SEVERITY_ORDER = { error: 0, warning: 1, info: 2 };
function tie(p) {
  return p.strength === "none" ? "no relationship yet" : `our relationship ${escapeMarkdownText(p.strength)}`;
}
function warmPath(map, person) {
  const index = mapIndex(map);
  const links = (map.connections ?? []).filter((c) => c.type !== "conflicts").map((c) => {
    const ours = c.to === person.id ? c.from : c.from === person.id ? c.to : void 0;
    const member = ours === void 0 ? void 0 : index.teamMember(ours);
    return member ? { member, c } : void 0;
  }).filter((x) => x !== void 0).sort((a, b) => STRENGTH_ORDER[a.c.strength ?? "none"] - STRENGTH_ORDER[b.c.strength ?? "none"]);
  const best = links[0];
  if (!best)
    return introduction(map, person);
  const how = {
    knows: "knows them",
    "former-colleague": "is a former colleague",
    influences: "has influence with them",
    introduced: "was part of the introduction"
  };
  const strength = best.c.strength ? ` (${escapeMarkdownText(best.c.strength)})` : "";
  return `${escapeMarkdownText(best.member.name)} ${how[best.c.type] ?? escapeMarkdownText(words(best.c.type))}${strength}`;
}
function introduction(map, person) {
  const best = findPaths(map, { to: person.id, top: 1 }).paths[0];
  if (!best || best.hops < 2)
    return void 0;
  const advice = pathAdvice({ map, show: escapeMarkdownText }, best);
  return advice.charAt(0).toLowerCase() + advice.slice(1);
}
function actionFor(map, d, asOf) {
  const rule = getRule(d.rule);
  const advice = rule?.advise?.(map, d.path, { asOf });
  if (advice) {
    const { about: about2, ...rest2 } = advice;
    return { ...rest2, ...about2 };
  }
  const help = rule?.help;
  const fallback = adviceAbout(map, subjectOf(map, d.path), help ? messageMarkdown(help) : messageMarkdown(d.message));
  const { about, ...rest } = fallback;
  return { ...rest, ...about };
}
function nextActions(map, findings, asOf, options = {}) {
  const actions = [];
  const byText = /* @__PURE__ */ new Map();
  const absorb = (into, from) => {
    for (const w of from.why)
      if (!into.why.includes(w))
        into.why.push(w);
    if (SEVERITY_ORDER[from.severity] < SEVERITY_ORDER[into.severity])
      into.severity = from.severity;
    into.redFlag ||= from.redFlag;
  };
  const add = (a) => {
    const known = byText.get(a.text);
    if (known)
      return absorb(known, a);
    byText.set(a.text, a);
    actions.push(a);
  };
  for (const d of findings) {
    add({
      ...actionFor(map, d, asOf),
      why: [d.rule],
      severity: d.severity,
      redFlag: isRedFlag(d)
    });
  }
  const merged = mergeActions(map, actions, asOf, absorb);
  const about = new Set(merged.map((a) => a.person).filter((i) => i !== void 0));
  const derived = [];
  const flaggedGoals = new Set(findings.filter((d) => d.rule === "goals-not-met").map((d) => subjectOf(map, d.path).goalIndex).filter((i) => i !== void 0));
  (map.goals ?? []).forEach((goal, i) => {
    if (goal.status !== "at-risk" || flaggedGoals.has(i))
      return;
    const o = goalOwners(map, goal);
    const due = goal.due ? `, due ${goal.due}, ${ago(goal.due, asOf)}` : "";
    derived.push({
      text: `Rescue the goal \u201C${escapeMarkdownText(goal.title)}\u201D (at risk${escapeMarkdownText(due)})${o.theirs ? ` with ${o.theirs}` : ""}: agree what it takes to get it back on track`,
      ...o.ours ? { who: o.ours } : {},
      why: ["goal at risk"],
      severity: "info",
      redFlag: false
    });
  });
  const people = map.people ?? [];
  const index = (p) => people.indexOf(p);
  const hardlyKnown = (p) => p.strength === "weak" || p.strength === "none";
  const buyingRoles = (p) => (p.roles ?? []).filter((r) => BUDGET_ROLES.has(r));
  const aboutPeople = (matches, say) => {
    mapIndex(map).present.filter((p) => !about.has(index(p)) && matches(p)).slice(0, NAMED_AT_MOST).forEach((p) => {
      about.add(index(p));
      const path = warmPath(map, p);
      const owner = ownerOf(map, p);
      const { text, why } = say(p, path ? `; ${path}` : "");
      derived.push({
        text,
        ...owner ? { who: owner } : {},
        why: [why],
        severity: "info",
        redFlag: false,
        person: index(p)
      });
    });
  };
  aboutPeople((p) => p.influence === "high" && hardlyKnown(p) && buyingRoles(p).length > 0, (p, path) => ({
    text: `Strengthen our relationship with ${personLabel(p)}, ${escapeMarkdownText(joinAnd(buyingRoles(p).map(words)))} with high influence whom we hardly know (${tie(p)}, ${lastContact(p, asOf)})${path}`,
    why: "buyer we hardly know"
  }));
  aboutPeople((p) => p.influence === "high" && (p.stance === "skeptic" || p.stance === "opponent"), (p, path) => ({
    text: `Win over ${personLabel(p)}, ${p.stance === "opponent" ? "an opponent" : "a skeptic"} with high influence: find out what they object to and answer it${path}`,
    why: `influential ${p.stance}`
  }));
  aboutPeople((p) => p.influence === "high" && hardlyKnown(p), (p, path) => ({
    text: `Strengthen our relationship with ${personLabel(p)}: high influence, but we hardly know them (${tie(p)}, ${lastContact(p, asOf)})${path}`,
    why: "influential, hardly known"
  }));
  const status = map.relationship?.status;
  if ((map.goals ?? []).length === 0 && (status === "customer" || status === "partner")) {
    const partner = ["champion", "economic-buyer", "decision-maker", "sponsor"].map((role) => mapIndex(map).present.find((p) => p.roles?.includes(role))).find((p) => p !== void 0);
    const who = accountOwner(map);
    derived.push({
      text: `Agree mutual goals${partner ? ` with ${personLabel(partner)}` : ""}: what each side wants from the relationship, with a date and a measure (the map records none)`,
      ...who ? { who } : {},
      why: ["no mutual goals"],
      severity: "info",
      redFlag: false
    });
  }
  const renewal = map.relationship?.renewal;
  if (renewal !== void 0 && renewal >= asOf && daysBetween(asOf, renewal) <= RENEWAL_HORIZON_DAYS) {
    const who = accountOwner(map);
    derived.push({
      text: `Prepare the renewal of ${renewal} (in ${plural(daysBetween(asOf, renewal), "day")}): confirm the decision makers, their process and the value delivered`,
      ...who ? { who } : {},
      why: ["renewal"],
      severity: "info",
      redFlag: false
    });
  }
  const tier = options.tier;
  if (tier) {
    const declared = tier.declared ? `declared \`${tier.declared}\`` : "no tier declared";
    const text = tier.disagreement === "declared-key-not-candidate" ? `Decide the tier: the account is declared \`key\` but the score does not make it a key-account candidate (${escapeMarkdownText(tier.reason ?? "below the thresholds")}); keep it key for reasons the score cannot see, or change the tier` : `Decide whether to make this a key account: the score makes it a candidate (class ${escapeMarkdownText(tier.class ?? "")}${tier.fit === null || tier.fit === void 0 ? "" : `, fit ${tier.fit}`}), but it is ${declared}`;
    const who = accountOwner(map);
    derived.push({
      text,
      ...who ? { who } : {},
      why: ["tier"],
      severity: "info",
      redFlag: false
    });
  }
  for (const a of derived) {
    const known = byText.get(a.text);
    if (known)
      absorb(known, a);
    else {
      byText.set(a.text, a);
      merged.push(a);
    }
  }
  return merged.map(({ person: _p, opportunity: _o, event: _e, call: _c, saysLastContact: _s, ...a }) => a).sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || Number(b.redFlag) - Number(a.redFlag));
}
function mergeActions(map, actions, asOf, absorb) {
  const out = [];
  const isCall = (a) => a.call === true && a.why.length === 1;
  for (const a of actions) {
    if (a.person !== void 0 && isCall(a)) {
      const other = actions.find((b) => b !== a && b.person === a.person && !isCall(b));
      if (other) {
        const p = map.people?.[a.person];
        if (p && !other.saysLastContact) {
          other.text += ` (${lastContact(p, asOf)})`;
          other.saysLastContact = true;
        }
        absorb(other, a);
        continue;
      }
    }
    if (a.event !== void 0 && a.opportunity === void 0) {
      const loss = actions.find((b) => b.opportunity !== void 0 && b.event === a.event);
      if (loss) {
        absorb(loss, a);
        continue;
      }
    }
    out.push(a);
  }
  return out;
}

// dist/report/warm-paths.js
function warmPathLines(map) {
  const holders = mapIndex(map).present.filter((p) => (p.roles ?? []).length > 0).map((p) => ({ p, first: Math.min(...p.roles.map((r) => BUYING_ROLES.indexOf(r))) })).sort((a, b) => a.first - b.first).map((x) => x.p);
  if (holders.length === 0 || (map.team ?? []).length === 0)
    return [];
  return holders.map((p) => {
    const r = findPaths(map, { to: p.id, top: 1 });
    const who = `**${escapeMarkdownText(p.name)}** (${escapeMarkdownText(joinAnd(p.roles.map(words)))})`;
    const best = r.paths[0];
    if (best) {
      return `${who}: ${pathAdvice({ map, moved: r.moved, show: escapeMarkdownText }, best)} (strength ${Math.round(best.strength * 1e3) / 1e3})`;
    }
    const why = r.unreachable[0]?.suggestion ?? "";
    return `${who}: no warm path within ${plural(DEFAULT_MAX_HOPS, "step")}; ${messageMarkdown(why)}`;
  });
}
function writeWarmPaths(doc, map, h3) {
  const lines = warmPathLines(map);
  if (lines.length === 0)
    return;
  h3("Warm paths");
  doc.paragraph("The best introduction to each person in a buying role: through our own relationships, who they know, who influences them and their reporting lines (`acctmap paths` gives more).");
  doc.list(lines);
}

// dist/report/account.js
var RECENT_EVENT_DAYS = 365;
function accountName(map) {
  return oneLine(map.account.name) || map.account.id;
}
function titleFor(name) {
  return `${name}: account review`;
}
function accountTitle(map) {
  return titleFor(accountName(map));
}
function writeAccountReport(doc, input, options = {}) {
  const level = options.level ?? 1;
  const { map } = input;
  const name = options.name ?? accountName(map);
  const section = (title) => options.combined ? `${title} (${name})` : title;
  const h2 = (title) => doc.heading(level + 1, section(title));
  const h3 = (title) => doc.heading(level + 2, section(title));
  doc.heading(level, options.title ?? accountTitle(map), options.titleKey);
  const intro = [
    `As of ${input.asOf}, from ${codeSpan(input.file)}.`,
    options.backLink ? `Part of the ${options.backLink}.` : ""
  ];
  doc.paragraph(intro.filter(Boolean).join(" "));
  if (input.redaction)
    doc.quote(redactionNotice(input.redaction));
  h2("Summary");
  doc.list(summaryItems(input));
  if (input.changes)
    writeAccountChanges(doc, input.changes, (title) => doc.heading(level + 1, section(title), options.changesKey));
  h2("Fit and Pareto class");
  writeFit(doc, input);
  h2("Red flags and findings");
  writeFindings(doc, input, h3);
  h2("Next actions");
  const actions = nextActions(map, input.findings, input.asOf, tierAdvice(input));
  if (actions.length === 0) {
    doc.paragraph("Nothing flagged: keep the map current and review it again within six months.");
  } else {
    doc.tasks(actions.map((a) => {
      const who = a.who ? ` Our side: ${a.who}.` : "";
      const why = a.why.map((w) => getRule(w) ? codeSpan(w) : escapeMarkdownText(w)).join(", ");
      return `${a.text}.${who} (${why})`;
    }));
  }
  h2("Stakeholders");
  writeStakeholders(doc, input, h3);
  h2("Org chart and influence map");
  writeDiagrams(doc, input);
  h2("Mutual goals");
  writeGoals(doc, input);
  h2("Opportunities");
  writeOpportunities(doc, input, h3);
  h2("Recent events");
  writeEvents(doc, input);
  if (map.profile && Object.keys(map.profile).length > 0) {
    h2("Profile");
    writeProfile(doc, map.profile, h3);
  }
  if (map.notes !== void 0 && map.notes.trim() !== "") {
    h2("Notes");
    for (const para of map.notes.split(/\n\s*\n/))
      doc.paragraph(escapeMarkdownText(para));
  }
  doc.paragraph(closingLine(options.toolVersion, `from the account map; findings come from the rules in force for ${codeSpan(input.file)} (\`acctmap rules\` lists them).`, options.replaced));
}
function closingLine(toolVersion, from, replaced = false) {
  const again = replaced ? " Running `acctmap report` again replaces this file: make changes in the maps." : "";
  return `${GENERATED_MARK}${toolVersion ? ` ${escapeMarkdownText(toolVersion)}` : ""} ${from}${again}`;
}
var GENERATED_MARK = "Made by acctmap";
function isGeneratedReport(markdown) {
  return new RegExp(`^${GENERATED_MARK}\\b`, "m").test(markdown);
}
var HTML_GENERATOR = "acctmap";
function isGeneratedHtml(html) {
  return new RegExp(`<meta name="generator" content="${HTML_GENERATOR}\\b`).test(html.slice(0, 4096));
}
function redactionNotice(level) {
  const names2 = level === "names" ? " People at the account are named by their title (or buying role) instead of their name, their ids are replaced, and their names, in full or in part, are replaced wherever the text spells them out." : "";
  return [
    `**Redacted copy.** Contact details (email, phone, LinkedIn) and notes are left out, and e-mail addresses in any text are removed.${names2} Share this copy; keep the map itself within the account team.`
  ];
}
function tierAdvice(input) {
  const { score, portfolio } = input;
  if (!score?.tier_disagreement || (portfolio?.accounts.length ?? 0) < 2)
    return {};
  return {
    tier: {
      disagreement: score.tier_disagreement,
      declared: score.declared_tier,
      reason: score.candidate_reason,
      class: score.class,
      fit: score.fit
    }
  };
}
function summaryItems(input) {
  const { map, asOf, score } = input;
  const a = map.account;
  const r = map.relationship;
  const items = [];
  const about = [a.industry, a.country, a.segment].filter((x) => !!x?.trim()).map(escapeMarkdownText);
  if (a.employees !== void 0)
    about.push(`${amount(a.employees)} employees`);
  if (a.website)
    about.push(websiteMarkdown(a.website));
  items.push(`**Account:** ${escapeMarkdownText(a.name || a.id)}${about.length ? `, ${about.join(", ")}` : ""}`);
  if (r) {
    const parts = [];
    if (r.status)
      parts.push(escapeMarkdownText(r.status));
    if (r.since)
      parts.push(`since ${r.since} (${tenure(r.since, asOf)})`);
    if (r.stage)
      parts.push(`${escapeMarkdownText(r.stage)} stage`);
    if (r.renewal)
      parts.push(`renewal ${r.renewal} (${ago(r.renewal, asOf)})`);
    if (parts.length)
      items.push(`**Relationship:** ${parts.join(", ")}`);
  }
  const declared = a.tier ? `declared ${codeSpan(a.tier)}` : "no tier declared";
  const ranked = (input.portfolio?.accounts.length ?? 0) > 1;
  if (score && !ranked) {
    items.push(`**Tier:** ${declared}; whether it is a key-account candidate depends on its Pareto class, which needs the other accounts (report on all the maps together)`);
  } else if (score) {
    const verdict = score.key_candidate ? "the score makes it a key-account candidate" : `not a key-account candidate (${escapeMarkdownText([score.candidate_reason ?? "below the thresholds", score.class_reason].filter(Boolean).join("; "))})`;
    const clash = score.tier_disagreement ? ": the score and the declared tier disagree" : "";
    items.push(`**Tier:** ${declared}; ${verdict}${clash}`);
  } else {
    items.push(`**Tier:** ${declared}`);
  }
  const owner = mapIndex(map).teamMember(a.owner);
  if (owner) {
    items.push(`**Account owner:** ${escapeMarkdownText(owner.name)}${owner.role ? ` (${escapeMarkdownText(owner.role)})` : ""}`);
  } else {
    items.push("**Account owner:** not named (`account.owner`)");
  }
  items.push(`**Last review:** ${a.reviewed ? `${a.reviewed} (${ago(a.reviewed, asOf)})` : "never recorded (`account.reviewed`)"}`);
  const numbers = revenueSummary(input);
  if (numbers)
    items.push(`**Revenue:** ${numbers}`);
  if (r?.long_term_interest || r?.commonality || r?.roi) {
    const parts = [];
    if (r.long_term_interest)
      parts.push(`their interest in a long-term relationship ${escapeMarkdownText(r.long_term_interest)}`);
    if (r.commonality)
      parts.push(`commonality ${escapeMarkdownText(r.commonality)}`);
    if (r.roi)
      parts.push(`return on the relationship: ours ${escapeMarkdownText(r.roi.ours)}, theirs ${escapeMarkdownText(r.roi.theirs)}`);
    items.push(`**Fit signals:** ${parts.join("; ")}`);
  }
  if (r?.common_ground?.length)
    items.push(`**Common ground:** ${r.common_ground.map(escapeMarkdownText).join("; ")}`);
  if (r?.competitors?.length)
    items.push(`**Competitors present:** ${r.competitors.map(escapeMarkdownText).join(", ")}`);
  if (a.tags?.length)
    items.push(`**Tags:** ${a.tags.map((tag) => codeSpan(tag)).join(", ")}`);
  const flags = input.findings.filter(isRedFlag);
  const other = input.findings.length - flags.length;
  const flagIds = [...new Set(flags.map((d) => d.rule))];
  const redText = flags.length ? `${plural(flags.length, "red flag")} (${flagIds.map((id) => codeSpan(id)).join(", ")})` : "no red flags";
  const otherText = other === 0 ? "no other findings" : plural(other, "other finding");
  items.push(`**Findings:** ${flags.length || other ? `${redText}, ${otherText}` : "no red flags and no map-quality findings"}`);
  return items;
}
function websiteMarkdown(website) {
  const trimmed = website.trim();
  if (/^https?:\/\/[^\s<>()\\`]+$/i.test(trimmed))
    return link(escapeMarkdownText(trimmed.replace(/^https?:\/\//i, "").replace(/\/$/, "")), trimmed);
  return escapeMarkdownText(trimmed);
}
function tenure(since, asOf) {
  if (daysBetween(since, asOf) < 0)
    return `starts ${ago(since, asOf)}`;
  return durationSince(since, asOf);
}
function revenueSummary(input) {
  const { map, score, portfolio } = input;
  const f = map.financials;
  const parts = [];
  if (score && score.revenue !== null) {
    const currency = portfolio?.currency ?? f?.currency ?? null;
    parts.push(`${escapeMarkdownText(money(score.revenue, currency))} in the latest 12 months (${escapeMarkdownText(score.period ?? "")})`);
    if (score.margin !== null)
      parts.push(`margin ${escapeMarkdownText(percent(score.margin))}`);
    if (score.share_of_wallet !== null && score.wallet !== null)
      parts.push(`${escapeMarkdownText(percent(score.share_of_wallet))} of their spend in our category (${escapeMarkdownText(money(score.wallet, currency))})`);
  } else if (f?.revenue && Object.keys(f.revenue).length) {
    const periods = Object.keys(f.revenue).sort();
    const last = periods[periods.length - 1];
    parts.push(`${escapeMarkdownText(money(f.revenue[last], f.currency))} in ${escapeMarkdownText(last)}`);
  }
  if (f?.revenue && Object.keys(f.revenue).length > 1) {
    const periods = Object.keys(f.revenue).sort().slice(-5);
    parts.push(`history ${periods.map((p) => `${escapeMarkdownText(p)}: ${escapeMarkdownText(amount(f.revenue[p]))}`).join(", ")}`);
  }
  if (f?.potential !== void 0)
    parts.push(`potential ${escapeMarkdownText(money(f.potential, f.currency))} a year`);
  return parts.length ? parts.join("; ") : void 0;
}
function writeFit(doc, input) {
  const { score, portfolio } = input;
  if (!score) {
    doc.paragraph("Not scored in this run.");
    return;
  }
  const band = score.band ? ` (band ${score.band})` : "";
  const fit = score.fit === null ? "Fit: **no data**; none of the five selection criteria has data in the map." : `Fit: **${score.fit}** of 100${band}${score.low_data ? `, resting on ${percent(score.data_weight)} of the weight; fill in the criteria with no data to firm it up` : ""}.`;
  doc.paragraph(fit);
  doc.table([
    "Criterion",
    { header: "Score", align: "right" },
    { header: "Weight", align: "right" },
    { header: "Points of fit", align: "right" },
    "Basis"
  ], CRITERIA.map((c) => {
    const k = score.criteria[c];
    return [
      escapeMarkdownCell(CRITERION_LABELS[c]),
      k.score === null ? "no data" : String(k.score),
      String(k.weight),
      k.contribution === null ? "\u2013" : String(Math.round(k.contribution * 10) / 10),
      escapeMarkdownCell(k.basis)
    ];
  }));
  if (portfolio && portfolio.accounts.length > 1) {
    const p = score;
    const measure = portfolio.by;
    const share = p.share === null ? "" : `, ${percent(p.share)} of the portfolio's ${measure}`;
    const cumulative = p.cumulative_share === null ? "" : ` (cumulative ${percent(p.cumulative_share)})`;
    const reason = p.class_reason ? ` ${escapeMarkdownText(capitalise(p.class_reason))}.` : "";
    doc.paragraph(`Pareto class **${p.class}** on ${measure}: rank ${p.rank} of ${portfolio.accounts.length} accounts${share}${cumulative}.${reason}`);
    if (p.revenue_a_not_profit_a)
      doc.paragraph("Class A on revenue but not on profit: big, but not where the money is made.");
  } else {
    doc.paragraph("Pareto class: only this account was scored, so it has no portfolio to be ranked in (run `acctmap report` over all the maps for classes; revenue history is also scored against the other accounts).");
  }
  if (score.notes.length)
    doc.list(score.notes.map((n) => messageMarkdown(n)));
}
function writeFindings(doc, input, h3) {
  const { findings } = input;
  if (findings.length === 0) {
    doc.paragraph(`No red flags or map-quality findings as of ${input.asOf}.`);
    return;
  }
  const flags = findings.filter(isRedFlag);
  const quality = findings.filter((d) => !isRedFlag(d));
  const item = (d) => `${codeSpan(d.rule)} (${d.severity}, line ${d.line}): ${messageMarkdown(d.message)}`;
  h3("Red flags");
  if (flags.length)
    doc.list(flags.map(item));
  else {
    doc.paragraph(`None of the red flags shows (${RED_FLAG_IDS.map((id) => codeSpan(id)).join(", ")}).`);
  }
  h3("Map quality and practice");
  if (quality.length)
    doc.list(quality.map(item));
  else
    doc.paragraph("No map-quality findings.");
}
var STATUS_ORDER = { active: 0, new: 0, left: 1 };
var BUYING_ROLE_ORDER = [
  "economic-buyer",
  "decision-maker",
  "sponsor",
  "champion",
  "coach",
  "technical-buyer",
  "user-buyer",
  "influencer",
  "gatekeeper",
  "procurement"
];
var KEY_ROLES = [
  "economic-buyer",
  "decision-maker",
  "champion",
  "sponsor",
  "coach",
  "technical-buyer",
  "user-buyer"
];
function names(list) {
  const sep = list.some((n) => n.includes(",")) ? "; " : ", ";
  return list.map((n) => escapeMarkdownText(n)).join(sep);
}
function titleOf(p) {
  const title = p.title?.trim();
  return title && oneLine(title) !== oneLine(p.name) ? title : void 0;
}
function byImportance(people) {
  return people.map((p, i) => ({ p, i })).sort((a, b) => STATUS_ORDER[a.p.status] - STATUS_ORDER[b.p.status] || LEVEL_ORDER[a.p.influence] - LEVEL_ORDER[b.p.influence] || a.i - b.i).map((x) => x.p);
}
function writeStakeholders(doc, input, h3) {
  const { map, asOf } = input;
  const people = map.people ?? [];
  if (people.length === 0) {
    doc.paragraph("No people on the map yet: start with whoever signs off the budget and whoever speaks for us.");
    return;
  }
  const present = mapIndex(map).present;
  const left = people.length - present.length;
  const stanceCounts = STANCES.map((s) => [s, present.filter((p) => p.stance === s).length]).filter(([, n]) => n > 0).map(([s, n]) => `${n} ${s === "unknown" ? "unknown" : n === 1 ? s : `${s}s`}`);
  doc.paragraph(`${plural(present.length, "person", "people")} at the account${left ? ` and ${left} who left` : ""}. Where they stand: ${stanceCounts.join(", ") || "not recorded"}.`);
  const roleHolders = /* @__PURE__ */ new Map();
  for (const p of present)
    for (const r of p.roles ?? [])
      roleHolders.set(r, [...roleHolders.get(r) ?? [], p]);
  const held = BUYING_ROLE_ORDER.filter((r) => roleHolders.has(r)).map((role) => `**${escapeMarkdownText(capitalise(words(role)))}:** ${names(roleHolders.get(role).map((p) => p.name))}`);
  const missing = KEY_ROLES.filter((r) => !roleHolders.has(r)).map(words);
  if (missing.length)
    held.push(`**Nobody holds:** ${escapeMarkdownText(joinAnd(missing))}`);
  if (held.length) {
    doc.paragraph("Buying roles, among the people still at the account:");
    doc.list(held);
  }
  const team = map.team ?? [];
  if (team.length) {
    const owned = (id) => present.filter((p) => p.owner === id).length;
    doc.paragraph(`Our team: ${team.map((m) => {
      const parts = [
        m.role ? escapeMarkdownText(m.role) : "",
        `owns ${plural(owned(m.id), "relationship")}`
      ].filter(Boolean);
      return `${escapeMarkdownText(m.name)} (${parts.join(", ")})`;
    }).join("; ")}.`);
  }
  const unit = (id) => id === void 0 ? "" : mapIndex(map).unit(id)?.name ?? id;
  const owner = (id) => id === void 0 ? "" : mapIndex(map).teamMember(id)?.name ?? id;
  const withUnits = people.some((p) => p.unit !== void 0);
  const withTitles = people.some((p) => titleOf(p) !== void 0);
  const columns = [
    "Name",
    ...withTitles ? ["Title"] : [],
    ...withUnits ? ["Unit"] : [],
    "Buying roles",
    "Stance",
    "Influence",
    "Our strength",
    "Owner",
    "Last contact",
    "Status"
  ];
  doc.table(columns, byImportance(people).map((p) => [
    escapeMarkdownCell(p.name),
    ...withTitles ? [escapeMarkdownCell(titleOf(p) ?? "")] : [],
    ...withUnits ? [escapeMarkdownCell(unit(p.unit))] : [],
    escapeMarkdownCell((p.roles ?? []).map(words).join(", ")),
    escapeMarkdownCell(p.stance),
    escapeMarkdownCell(p.influence),
    escapeMarkdownCell(p.strength),
    escapeMarkdownCell(owner(p.owner)),
    p.last_contact ? `${p.last_contact} (${ago(p.last_contact, asOf)})` : "none recorded",
    p.status === "left" ? "**left**" : escapeMarkdownCell(p.status)
  ]));
  const nameOf = (id) => mapIndex(map).teamMember(id)?.name ?? mapIndex(map).person(id)?.name ?? id;
  const isTeam = (id) => mapIndex(map).teamMember(id) !== void 0;
  const across = (map.connections ?? []).filter((c) => isTeam(c.from) !== isTeam(c.to));
  const friction = across.filter((c) => c.type === "conflicts");
  const sides = (c) => isTeam(c.from) ? [c.from, c.to] : [c.to, c.from];
  writeWarmPaths(doc, map, h3);
  const direct = across.filter((c) => c.type !== "conflicts");
  if (direct.length) {
    h3("Our connections with their people");
    doc.paragraph("Connections between our team and their people: the introductions we can use.");
    const withNotes = direct.some((c) => c.notes?.trim());
    doc.table(["Ours", "Theirs", "Connection", "Strength", ...withNotes ? ["Notes"] : []], direct.map((c) => {
      const [ours, theirs] = sides(c);
      return [
        escapeMarkdownCell(nameOf(ours)),
        escapeMarkdownCell(nameOf(theirs)),
        escapeMarkdownCell(words(c.type)),
        escapeMarkdownCell(c.strength ?? ""),
        ...withNotes ? [escapeMarkdownCell(c.notes ?? "")] : []
      ];
    }));
  }
  if (friction.length) {
    h3("Friction with our team");
    doc.list(friction.map((c) => {
      const [ours, theirs] = sides(c);
      const strength = c.strength ? ` (${escapeMarkdownText(c.strength)})` : "";
      const notes = c.notes?.trim() ? `: ${escapeMarkdownText(c.notes)}` : "";
      return `${escapeMarkdownText(nameOf(theirs))} is in conflict with ${escapeMarkdownText(nameOf(ours))} of our team${strength}${notes}`;
    }));
  }
  const between = (map.connections ?? []).filter((c) => !isTeam(c.from) && !isTeam(c.to));
  if (between.length) {
    h3("How they relate to each other");
    doc.list(between.map((c) => {
      const strength = c.strength ? ` (${escapeMarkdownText(c.strength)})` : "";
      const notes = c.notes?.trim() ? `: ${escapeMarkdownText(c.notes)}` : "";
      return `${escapeMarkdownText(nameOf(c.from))} ${CONNECTION_VERBS[c.type] ?? escapeMarkdownText(words(c.type))} ${escapeMarkdownText(nameOf(c.to))}${strength}${notes}`;
    }));
  }
  const detailed = byImportance(people).filter((p) => p.responsibilities?.length || p.challenges?.length || p.goals?.length || p.notes || p.email || p.phone !== void 0 || p.linkedin);
  if (detailed.length) {
    h3("People in detail");
    doc.list(detailed.map(personDetail));
  }
}
var CONNECTION_VERBS = {
  knows: "knows",
  influences: "influences",
  conflicts: "is in conflict with",
  introduced: "introduced us to",
  "former-colleague": "is a former colleague of"
};
function personDetail(p) {
  const title = titleOf(p);
  const lines = [`**${escapeMarkdownText(p.name)}**${title ? `, ${escapeMarkdownText(title)}` : ""}`];
  const sub = (label, items) => {
    if (items?.length)
      lines.push(`  - ${label}: ${items.map(escapeMarkdownText).join("; ")}`);
  };
  sub("Responsibilities", p.responsibilities);
  sub("Challenges", p.challenges);
  sub("Their goals", p.goals);
  if (p.notes)
    lines.push(`  - Notes: ${escapeMarkdownText(p.notes)}`);
  const contact = [];
  if (p.email)
    contact.push(escapeMarkdownText(p.email));
  if (p.phone !== void 0)
    contact.push(escapeMarkdownText(String(p.phone)));
  if (p.linkedin)
    contact.push(escapeMarkdownText(p.linkedin));
  if (contact.length)
    lines.push(`  - Contact: ${contact.join(", ")}`);
  return lines.join("\n");
}
function writeDiagrams(doc, input) {
  for (const view of input.diagrams) {
    for (const d of view.diagrams) {
      const title = d.parts > 1 ? `${d.title} (part ${d.part} of ${d.parts})` : d.title;
      const image = input.images?.get(d.key);
      if (image) {
        doc.paragraph(`${escapeMarkdownText(title)}.`);
        doc.paragraph(`![${escapeMarkdownText(title)}](${encodeURI(image).replace(/[()]/g, (c) => encodeURIComponent(c))})`);
      } else {
        doc.paragraph(`${escapeMarkdownText(title)}.`);
        doc.code("mermaid", d.mermaid);
      }
    }
    if (view.notes.length)
      doc.quote(view.notes.map((n) => escapeMarkdownText(n)));
  }
}
function writeGoals(doc, input) {
  const { map, asOf } = input;
  const goals = map.goals ?? [];
  if (goals.length === 0) {
    doc.paragraph("No mutual goals recorded: agree with the customer what both sides want from the relationship and how to measure it.");
    return;
  }
  const person = (id) => id === void 0 ? "" : mapIndex(map).person(id)?.name ?? id;
  const ours = (id) => id === void 0 ? "" : mapIndex(map).teamMember(id)?.name ?? id;
  const open = (s) => s !== "met" && s !== "dropped";
  const counts = ["met", "on-track", "planned", "at-risk", "missed", "dropped"].map((s) => [s, goals.filter((g) => g.status === s).length]).filter(([, n]) => n > 0).map(([s, n]) => `${n} ${words(s)}`);
  doc.paragraph(`${plural(goals.length, "goal")}: ${counts.join(", ")}.`);
  doc.table(["Goal", "Status", "Due", "Their owner", "Our owner", "Measure"], goals.map((g) => {
    const overdue = g.due !== void 0 && g.due < asOf && open(g.status);
    const status = g.status === "missed" || g.status === "at-risk" || overdue ? `**${words(g.status)}**` : words(g.status);
    return [
      escapeMarkdownCell(g.title),
      overdue ? `${status}, overdue` : status,
      g.due ? `${g.due}${open(g.status) ? ` (${ago(g.due, asOf)})` : ""}` : "",
      escapeMarkdownCell(person(g.owner)),
      escapeMarkdownCell(ours(g.our_owner)),
      escapeMarkdownCell(g.measure ?? "")
    ];
  }));
}
var OPEN_STAGES = ["proposed", "qualified", "identified"];
function writeOpportunities(doc, input, h3) {
  const { map } = input;
  const opps = map.opportunities ?? [];
  const currency = map.financials?.currency ?? null;
  const unitName = (id) => id === void 0 ? "" : mapIndex(map).unit(id)?.name ?? id;
  const value = (o) => o.value === void 0 ? "" : escapeMarkdownText(amount(o.value));
  const total = (list) => list.reduce((s, o) => s + (o.value ?? 0), 0);
  if (opps.length === 0) {
    doc.paragraph("No opportunities recorded.");
  } else {
    const open = opps.filter((o) => OPEN_STAGES.includes(o.stage)).sort((a, b) => OPEN_STAGES.indexOf(a.stage) - OPEN_STAGES.indexOf(b.stage));
    const won = opps.filter((o) => o.stage === "won");
    const lost = opps.filter((o) => o.stage === "lost");
    const sum = (label, list) => list.length ? `${label} ${escapeMarkdownText(money(total(list), currency))} in ${plural(list.length, "opportunity", "opportunities")}` : `nothing ${label}`;
    doc.paragraph(`Open pipeline: ${sum("", open).trim()}; ${sum("won", won)}; ${sum("lost", lost)}.${currency ? "" : " Values as written (the map names no currency)."}`);
    const money_ = currency ? `Value (${currency})` : "Value";
    const withUnits = opps.some((o) => o.unit !== void 0);
    const unitCol = withUnits ? ["Unit"] : [];
    const unitCell = (o) => withUnits ? [escapeMarkdownCell(unitName(o.unit))] : [];
    if (open.length) {
      h3("Open");
      doc.table(["Opportunity", ...unitCol, "Stage", { header: money_, align: "right" }, "Recurring"], open.map((o) => [
        escapeMarkdownCell(o.title),
        ...unitCell(o),
        escapeMarkdownCell(o.stage),
        value(o),
        o.recurring ? "yes" : ""
      ]));
    }
    if (won.length) {
      h3("Won");
      doc.table(["Opportunity", ...unitCol, "Closed", { header: money_, align: "right" }, "Recurring"], won.map((o) => [
        escapeMarkdownCell(o.title),
        ...unitCell(o),
        o.closed ?? "",
        value(o),
        o.recurring ? "yes" : ""
      ]));
    }
    if (lost.length) {
      h3("Lost");
      doc.table([
        "Opportunity",
        ...unitCol,
        "Closed",
        { header: money_, align: "right" },
        "Lost to",
        "Recurring"
      ], lost.map((o) => [
        escapeMarkdownCell(o.title),
        ...unitCell(o),
        o.closed ?? "",
        value(o),
        escapeMarkdownCell(o.lost_to ?? "not recorded"),
        o.recurring ? "**yes**" : ""
      ]));
    }
  }
  h3("White space by unit");
  writeWhiteSpace(doc, input);
}
function writeWhiteSpace(doc, input) {
  const { map } = input;
  const units = map.units ?? [];
  if (units.length === 0) {
    doc.paragraph("White space needs the account's departments: add them under `units` and give opportunities and people a `unit`.");
    return;
  }
  const opps = map.opportunities ?? [];
  const people = mapIndex(map).present;
  const children = /* @__PURE__ */ new Map();
  for (const u of units)
    if (u.parent !== void 0)
      children.set(u.parent, [...children.get(u.parent) ?? [], u.id]);
  const below = (id, seen = /* @__PURE__ */ new Set()) => {
    const out = [];
    for (const c of children.get(id) ?? []) {
      if (seen.has(c))
        continue;
      seen.add(c);
      out.push(c, ...below(c, seen));
    }
    return out;
  };
  const rows = units.map((u) => {
    const here = opps.filter((o) => o.unit === u.id);
    const won = here.filter((o) => o.stage === "won");
    const open = here.filter((o) => OPEN_STAGES.includes(o.stage));
    const lost = here.filter((o) => o.stage === "lost");
    const sub = new Set(below(u.id));
    const subBusiness = opps.filter((o) => o.unit !== void 0 && sub.has(o.unit));
    const staff = people.filter((p) => p.unit === u.id);
    const closest = [...staff].sort((a, b) => STRENGTH_ORDER[a.strength] - STRENGTH_ORDER[b.strength])[0];
    const state = won.length > 0 ? "won" : open.length > 0 ? "open" : lost.length > 0 ? "lost" : subBusiness.length > 0 ? "below" : "white";
    const n = (list) => list.length ? String(list.length) : "";
    return {
      unit: u,
      state,
      closest: closest && closest.strength !== "none" ? closest : void 0,
      cells: [
        escapeMarkdownCell(u.name),
        String(staff.length),
        closest && closest.strength !== "none" ? escapeMarkdownCell(`${closest.name} (${closest.strength})`) : "none",
        n(won),
        n(open),
        n(lost),
        WHITE_SPACE_TEXT[state]
      ]
    };
  });
  const unplaced = opps.filter((o) => o.unit === void 0 || !units.some((u) => u.id === o.unit));
  const blank = rows.filter((r) => r.state === "white");
  const lostOnly = rows.filter((r) => r.state === "lost");
  const sentences = [];
  if (blank.length) {
    sentences.push(`White space (no business won, open or lost, here or in the units below): ${blank.map((r) => {
      const via = r.closest ? ` (closest: ${escapeMarkdownText(r.closest.name)}, ${escapeMarkdownText(r.closest.strength)})` : " (nobody we know)";
      return `${escapeMarkdownText(oneLine(r.unit.name) || r.unit.id)}${via}`;
    }).join("; ")}.`);
  } else {
    sentences.push("No white space: every unit has business won, open or lost, or units below that do.");
  }
  if (lostOnly.length)
    sentences.push(`Lost with nothing open: ${lostOnly.map((r) => escapeMarkdownText(oneLine(r.unit.name) || r.unit.id)).join("; ")}.`);
  if (unplaced.length)
    sentences.push(`${plural(unplaced.length, "opportunity", "opportunities")} without a unit ${unplaced.length === 1 ? "is" : "are"} not counted here.`);
  doc.paragraph(sentences.join(" "));
  doc.table([
    "Unit",
    { header: "People", align: "right" },
    "Closest relationship",
    { header: "Won", align: "right" },
    { header: "Open", align: "right" },
    { header: "Lost", align: "right" },
    "Where we stand"
  ], rows.map((r) => r.cells));
  const notes = units.filter((u) => u.notes?.trim());
  if (notes.length)
    doc.list(notes.map((u) => `**${escapeMarkdownText(u.name)}:** ${escapeMarkdownText(u.notes)}`));
}
var WHITE_SPACE_TEXT = {
  won: "we sell here",
  open: "in play, nothing won yet",
  lost: "**lost, nothing open**",
  below: "business in units below",
  white: "**white space**"
};
function writeEvents(doc, input) {
  const { map, asOf } = input;
  const events = map.events ?? [];
  if (events.length === 0) {
    doc.paragraph("No events recorded.");
    return;
  }
  const recent = events.map((e, i) => ({ e, i })).filter(({ e }) => daysBetween(e.date, asOf) <= RECENT_EVENT_DAYS).sort((a, b) => a.e.date < b.e.date ? 1 : a.e.date > b.e.date ? -1 : a.i - b.i).map(({ e }) => e);
  const older = events.length - recent.length;
  const name = (id) => mapIndex(map).person(id)?.name ?? mapIndex(map).teamMember(id)?.name ?? id;
  if (recent.length === 0) {
    doc.paragraph(`Nothing recorded in the ${RECENT_EVENT_DAYS} days before ${asOf}; ${plural(older, "older event")} on the map.`);
    return;
  }
  doc.paragraph(`The ${RECENT_EVENT_DAYS} days before ${asOf}, newest first${older ? `; ${plural(older, "older event")} not shown` : ""}.`);
  doc.table(["Date", "Event", "What happened", "People"], recent.map((e) => [
    e.date,
    escapeMarkdownCell(words(e.type)),
    escapeMarkdownCell(e.summary),
    names((e.people ?? []).map(name))
  ]));
}
var PROFILE_DEPTH = 4;
var PROFILE_TABLE_COLUMNS = 8;
var FRACTION_KEY = /share|rate|ratio|split|percent|proportion|margin|ownership|allocation/i;
function isScalar(value) {
  return value === null || value instanceof Date || typeof value !== "object";
}
function isRecord(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value) && !(value instanceof Date);
}
function isFraction(value) {
  return typeof value === "number" && value > 0 && value < 1;
}
function isSplit(value) {
  const values = Object.values(value);
  if (values.length < 2)
    return false;
  if (!values.every((v) => typeof v === "number" && v >= 0 && v <= 1))
    return false;
  const sum = values.reduce((a, b) => a + b, 0);
  return Math.abs(sum - 1) <= 0.02;
}
function scalarText(value, key = "", asShare = false) {
  if (value === null || value === void 0)
    return "not set";
  if (value instanceof Date)
    return value.toISOString().slice(0, 10);
  if (typeof value === "number") {
    if (isFraction(value) && (asShare || FRACTION_KEY.test(key)))
      return percent(value);
    return Number.isInteger(value) && Math.abs(value) >= 1e4 ? amount(value) : String(value);
  }
  return String(value);
}
function inlineList(values, key) {
  const texts = values.map((v) => scalarText(v, key));
  if (texts.every((x) => x.length <= 40 && !/[,;]/.test(x)))
    return texts.map(escapeMarkdownText).join(", ");
  return void 0;
}
function writeProfile(doc, profile, h3) {
  let plain = [];
  const flush = () => {
    doc.list(plain);
    plain = [];
  };
  for (const [key, value] of Object.entries(profile)) {
    const label = keyLabel(key);
    if (isScalar(value)) {
      plain.push(`**${escapeMarkdownText(label)}:** ${escapeMarkdownText(scalarText(value, key))}`);
      continue;
    }
    if (Array.isArray(value) && value.every(isScalar)) {
      const line = inlineList(value, key);
      if (line !== void 0) {
        plain.push(`**${escapeMarkdownText(label)}:** ${line || "none"}`);
        continue;
      }
    }
    flush();
    h3(label);
    const table = Array.isArray(value) ? recordTable(value) : void 0;
    if (table)
      doc.table(table.columns, table.rows);
    else if (Array.isArray(value) ? value.length === 0 : Object.keys(value).length === 0)
      doc.paragraph("None recorded.");
    else if (Array.isArray(value))
      doc.raw(listLines(value, key, 0).join("\n"));
    else
      doc.raw(profileLines(value, 0, isSplit(value)).join("\n"));
  }
  flush();
}
function recordTable(list) {
  if (list.length === 0 || !list.every(isRecord))
    return void 0;
  const keys = [];
  for (const item of list) {
    for (const [k, v] of Object.entries(item)) {
      if (!isScalar(v) && !(Array.isArray(v) && v.every(isScalar)))
        return void 0;
      if (!keys.includes(k))
        keys.push(k);
    }
  }
  if (keys.length === 0 || keys.length > PROFILE_TABLE_COLUMNS)
    return void 0;
  return {
    // Numbers line up on the right, as in the other tables.
    columns: keys.map((k) => {
      const values = list.map((item) => item[k]).filter((v) => v !== void 0);
      const numeric = values.length > 0 && values.every((v) => typeof v === "number");
      return numeric ? { header: keyLabel(k), align: "right" } : { header: keyLabel(k) };
    }),
    rows: list.map((item) => keys.map((k) => {
      const v = item[k];
      if (v === void 0)
        return "";
      if (Array.isArray(v))
        return v.map((x) => escapeMarkdownCell(scalarText(x, k))).join(", ");
      return escapeMarkdownCell(scalarText(v, k));
    }))
  };
}
function listLines(list, key, depth) {
  const pad = "  ".repeat(depth);
  const lines = [];
  list.forEach((x, i) => {
    if (isScalar(x))
      lines.push(`${pad}- ${escapeMarkdownText(scalarText(x, key))}`);
    else if (Array.isArray(x))
      lines.push(`${pad}- ${x.map((y) => isScalar(y) ? escapeMarkdownText(scalarText(y, key)) : "\u2026").join(", ") || "none"}`);
    else if (depth + 1 >= PROFILE_DEPTH)
      lines.push(`${pad}- more detail in the map`);
    else {
      const record = x;
      const first = Object.entries(record).find(([, v]) => typeof v === "string" && v.trim());
      lines.push(`${pad}- ${first ? `**${escapeMarkdownText(String(first[1]))}**` : `Item ${i + 1}`}`);
      const rest = first ? Object.fromEntries(Object.entries(record).filter(([k]) => k !== first[0])) : record;
      lines.push(...profileLines(rest, depth + 1, isSplit(rest)));
    }
  });
  return lines;
}
function profileLines(value, depth, split = false) {
  const pad = "  ".repeat(depth);
  const lines = [];
  for (const [key, v] of Object.entries(value)) {
    const label = `**${escapeMarkdownText(keyLabel(key))}:**`;
    if (isScalar(v)) {
      lines.push(`${pad}- ${label} ${escapeMarkdownText(scalarText(v, key, split))}`);
    } else if (Array.isArray(v) && v.every(isScalar) && inlineList(v, key) !== void 0) {
      lines.push(`${pad}- ${label} ${inlineList(v, key) || "none"}`);
    } else if (depth + 1 >= PROFILE_DEPTH) {
      lines.push(`${pad}- ${label} more detail in the map`);
    } else if (Array.isArray(v)) {
      lines.push(`${pad}- ${label}`);
      lines.push(...listLines(v, key, depth + 1));
    } else {
      lines.push(`${pad}- ${label}`);
      const record = v;
      lines.push(...profileLines(record, depth + 1, isSplit(record)));
    }
  }
  return lines;
}

export {
  accountName,
  titleFor,
  writeAccountReport,
  closingLine,
  GENERATED_MARK,
  isGeneratedReport,
  HTML_GENERATOR,
  isGeneratedHtml,
  redactionNotice
};
