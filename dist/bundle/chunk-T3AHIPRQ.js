import { createRequire as __acctmapCreateRequire } from 'node:module';
const require = __acctmapCreateRequire(import.meta.url);
import {
  matrixChart,
  paretoChart
} from "./chunk-D7XCZ6MG.js";
import {
  VIEWS
} from "./chunk-AF3NO2WA.js";
import {
  accountName,
  closingLine,
  isGeneratedHtml,
  isGeneratedReport,
  redactionNotice,
  titleFor,
  writeAccountReport
} from "./chunk-K5OTD2B7.js";
import {
  onInterrupt
} from "./chunk-H3FH3255.js";
import {
  MarkdownDoc,
  accountChanges,
  anchorRef,
  redactChanges,
  redactMap,
  writePortfolioChanges
} from "./chunk-ZPJ3K3FW.js";
import {
  isRedFlag
} from "./chunk-3PMCQ3JK.js";
import {
  DEFAULT_MAX_HOPS,
  PathsOptionError,
  findPaths,
  isPresent,
  mapIndex,
  movedPeople
} from "./chunk-M5GZM46X.js";
import {
  LEVELS,
  STANCES,
  STRENGTHS,
  nameKey
} from "./chunk-XJYOIXLA.js";
import {
  displayPath,
  removeEmptyFolders
} from "./chunk-LITMVH3X.js";
import {
  closest,
  codeSpan,
  count,
  escapeMarkdownCell,
  escapeMarkdownText,
  link,
  messageMarkdown,
  money,
  oneLine,
  percent,
  plural
} from "./chunk-A4RBNV6B.js";
import {
  UsageError,
  describeSystemError
} from "./chunk-AR6G5YW2.js";

// dist/diagram/fit.js
var DEFAULT_LIMITS = { maxChars: 4e4, maxEdges: 400, maxDiagrams: 60 };
function withinLimits(d, limits) {
  return d.mermaid.length <= limits.maxChars && d.edges <= limits.maxEdges;
}
function pack(pieces, fits) {
  const out = [];
  let current;
  let titles = [];
  for (const piece of pieces) {
    if (current) {
      const merged = /* @__PURE__ */ new Set([...current.members, ...piece.members]);
      if (fits(merged)) {
        current = { title: "", members: merged, only: [...current.only, ...piece.only] };
        titles.push(piece.title);
        continue;
      }
      out.push({ ...current, title: joinTitles(titles) });
    }
    current = { title: piece.title, members: new Set(piece.members), only: [...piece.only] };
    titles = [piece.title];
  }
  if (current)
    out.push({ ...current, title: joinTitles(titles) });
  return out;
}
function joinTitles(titles) {
  if (titles.length <= 3)
    return titles.join("; ");
  return `${titles.slice(0, 2).join("; ")} and ${titles.length - 2} more`;
}
function levels(forest, set, roots = forest.roots(set)) {
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  let current = roots.filter((id) => set.has(id) && !seen.has(id) && seen.add(id));
  while (current.length > 0) {
    out.push(current);
    const next = [];
    for (const id of current) {
      for (const c of forest.children(id)) {
        if (set.has(c) && !seen.has(c)) {
          seen.add(c);
          next.push(c);
        }
      }
    }
    current = next;
  }
  return out;
}
function splitByDepth(set, name, forest, fits, scope) {
  if (set.size <= 1 || fits(set))
    return [{ title: name, members: new Set(set), only: scope ? [scope] : [] }];
  const lv = levels(forest, set);
  let top = /* @__PURE__ */ new Set();
  let depth = -1;
  for (const [i, level] of lv.entries()) {
    const next = /* @__PURE__ */ new Set([...top, ...level]);
    if (!fits(next))
      break;
    top = next;
    depth = i;
  }
  const below = (id) => {
    const under = levels(forest, set, [id]).slice(1).flat();
    return under.length === 0 ? [] : splitByDepth(new Set(under), `${name} \u203A under ${forest.name(id)}`, forest, fits, forest.below(id));
  };
  if (depth < 0) {
    const roots = lv[0] ?? [];
    let size = roots.length;
    while (size > 1 && !fits(new Set(roots.slice(0, size))))
      size = Math.ceil(size / 2);
    const pieces = [];
    for (let i = 0; i < roots.length; i += size) {
      pieces.push({
        title: `${name}, part ${i / size + 1}`,
        members: new Set(roots.slice(i, i + size)),
        only: []
      });
    }
    for (const r of roots)
      pieces.push(...below(r));
    return pack(pieces, fits);
  }
  const first = {
    title: `${name}, top ${depth + 1} ${depth === 0 ? "level" : "levels"}`,
    members: top,
    only: [`${scope ? `${scope} ` : ""}--depth ${depth}`]
  };
  return [first, ...pack((lv[depth] ?? []).flatMap(below), fits)];
}

// dist/diagram/escape.js
var ENTITY = {
  '"': "#quot;",
  "#": "#35;",
  "%": "#37;",
  "|": "#124;",
  "`": "#96;",
  "<": "#lt;",
  ">": "#gt;",
  "&": "#amp;"
};
var SPECIAL = /["#%|`<>&]/g;
var REWRITTEN = /(\uFB02(?=\u00B0)|\u00B6(?=\u00DF)|\\(?=n)|\$(?=\$)|fa[bklrs]?:(?=fa-))/g;
var CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
function cleanText(text) {
  return text.replace(/\r\n?|\u2028|\u2029/g, "\n").replace(/\t/g, " ").replace(CONTROL, "");
}
function escapeText(text) {
  return cleanText(text).split("\n").map((line) => line.replace(REWRITTEN, "$1\u2060").replace(SPECIAL, (c) => ENTITY[c])).join("<br>");
}
var segmenter = new Intl.Segmenter(void 0, { granularity: "grapheme" });
function graphemes(text) {
  return Array.from(segmenter.segment(text), (s) => s.segment);
}
function wrapText(text, width) {
  const out = [];
  for (const paragraph of cleanText(text).split("\n")) {
    let line = [];
    for (const word of paragraph.split(/ +/)) {
      if (word === "")
        continue;
      const chars = graphemes(word);
      if (line.length > 0 && line.length + 1 + chars.length <= width) {
        line.push(" ", ...chars);
        continue;
      }
      if (line.length > 0)
        out.push(line.join(""));
      line = [];
      let rest = chars;
      while (rest.length > width) {
        out.push(rest.slice(0, width).join(""));
        rest = rest.slice(width);
      }
      line = rest;
    }
    if (line.length > 0 || paragraph.trim() === "")
      out.push(line.join(""));
  }
  const kept = out.filter((l) => l.trim() !== "");
  return kept.length > 0 ? kept : [""];
}
function truncateText(text, max) {
  const chars = graphemes(cleanText(text).replace(/\s+/g, " ").trim());
  return chars.length <= max ? chars.join("") : `${chars.slice(0, Math.max(1, max - 1)).join("").trimEnd()}\u2026`;
}
function labelText(lines) {
  const parts = [];
  for (const line of lines) {
    if ("trustedHtml" in line) {
      parts.push(line.trustedHtml);
      continue;
    }
    const width = line.wrap ?? 32;
    let folded = wrapText(line.text, width);
    if (line.maxLines !== void 0 && folded.length > line.maxLines) {
      const rest = folded.slice(line.maxLines - 1).join(" ");
      folded = [...folded.slice(0, line.maxLines - 1), truncateText(rest, width - 1)];
      if (!folded[folded.length - 1].endsWith("\u2026"))
        folded[folded.length - 1] += "\u2026";
    }
    folded = folded.map(escapeText);
    const style = line.style ?? "plain";
    for (const piece of folded) {
      parts.push(style === "plain" ? piece : `<${style}>${piece}</${style}>`);
    }
  }
  const label = parts.join("<br>");
  return label === "" ? "#160;" : label;
}

// dist/diagram/flowchart.js
var SHAPE = {
  rect: ["[", "]"],
  round: ["(", ")"],
  stadium: ["([", "])"],
  hexagon: ["{{", "}}"],
  subroutine: ["[[", "]]"]
};
var Flowchart = class {
  direction;
  lines = [];
  linkStyles = /* @__PURE__ */ new Map();
  classDefs = /* @__PURE__ */ new Map();
  prefixes = /* @__PURE__ */ new Set();
  edges = 0;
  depth = 1;
  constructor(direction) {
    this.direction = direction;
  }
  /**
   * An id generator for one kind of thing in this chart. Each prefix can be taken once, so two
   * parts of a view can never hand out the same id.
   */
  ids(prefix) {
    if (this.prefixes.has(prefix))
      throw new Error(`id prefix ${prefix} is already in use in this chart`);
    this.prefixes.add(prefix);
    return new Ids(prefix);
  }
  /** Number of edges written so far (Mermaid refuses 500 or more). */
  get edgeCount() {
    return this.edges;
  }
  /**
   * A node. `id` must come from an id generator (`Ids`), never from the map; `cls` names a class
   * defined with `classDef`.
   */
  node(id, label, options = {}) {
    const [open, close] = SHAPE[options.shape ?? "round"];
    const cls = options.cls ? `:::${options.cls}` : "";
    this.push(`${id}${open}"${labelText(label)}"${close}${cls};`);
  }
  edge(from, to, style, label) {
    const text = label ? `|"${escapeText(label)}"|` : "";
    this.push(`${from} ${style.arrow}${text} ${to};`);
    if (style.css) {
      const list = this.linkStyles.get(style.css) ?? [];
      list.push(this.edges);
      this.linkStyles.set(style.css, list);
    }
    this.edges++;
  }
  /** A box around what `body` writes; `direction` applies only when no edge leaves the box. */
  subgraph(id, title, body, direction) {
    this.push(`subgraph ${id}["${labelText(title)}"];`);
    this.depth++;
    if (direction)
      this.push(`direction ${direction}`);
    body();
    this.depth--;
    this.push("end");
  }
  /** Style of a subgraph (or node) by id, e.g. the legend box. */
  style(id, css) {
    this.push(`style ${id} ${css};`);
  }
  classDef(name, css) {
    this.classDefs.set(name, css);
  }
  toString() {
    const out = [`flowchart ${this.direction}`, ...this.lines];
    for (const [name, css] of this.classDefs)
      out.push(`  classDef ${name} ${css};`);
    for (const [css, indexes] of this.linkStyles)
      out.push(`  linkStyle ${indexes.join(",")} ${css};`);
    return `${out.join("\n")}
`;
  }
  push(line) {
    this.lines.push(`${"  ".repeat(this.depth)}${line}`);
  }
};
var Ids = class {
  prefix;
  ids = /* @__PURE__ */ new Map();
  next = 1;
  constructor(prefix) {
    this.prefix = prefix;
  }
  of(key) {
    let id = this.ids.get(key);
    if (id === void 0) {
      id = `${this.prefix}${this.next++}`;
      this.ids.set(key, id);
    }
    return id;
  }
};

// dist/diagram/style.js
var OUR_BLUE = "#1565c0";
var STANCE_STYLE = {
  advocate: { fill: "#2e7d32", color: "#ffffff", label: "Advocate" },
  supporter: { fill: "#b9e4bf", color: "#1b1b1b", label: "Supporter" },
  neutral: { fill: "#fff1b8", color: "#1b1b1b", label: "Neutral" },
  skeptic: { fill: "#ffbf80", color: "#1b1b1b", label: "Skeptic" },
  opponent: { fill: "#c62828", color: "#ffffff", label: "Opponent" },
  unknown: { fill: "#ffffff", color: "#1b1b1b", label: "Stance unknown" }
};
var STRENGTH_STYLE = {
  strong: { stroke: OUR_BLUE, extra: "stroke-width:5px", label: "Strong relationship" },
  medium: { stroke: OUR_BLUE, extra: "stroke-width:3px", label: "Medium relationship" },
  weak: { stroke: OUR_BLUE, extra: "stroke-width:1.5px", label: "Weak relationship" },
  none: {
    stroke: "#9e9e9e",
    extra: "stroke-width:1.5px,stroke-dasharray:5 4",
    label: "No relationship"
  }
};
var INFLUENCE_MARK = {
  high: "\u25CF\u25CF\u25CF",
  medium: "\u25CF\u25CF\u25CB",
  low: "\u25CF\u25CB\u25CB",
  unknown: ""
};
var STANCE_CODE = {
  advocate: "adv",
  supporter: "sup",
  neutral: "neu",
  skeptic: "ske",
  opponent: "opp",
  unknown: "unk"
};
var STRENGTH_CODE = {
  strong: "s3",
  medium: "s2",
  weak: "s1",
  none: "s0"
};
function stanceKey(value) {
  return value !== void 0 && Object.hasOwn(STANCE_STYLE, value) ? value : "unknown";
}
function strengthKey(value) {
  return value !== void 0 && Object.hasOwn(STRENGTH_STYLE, value) ? value : "none";
}
function levelKey(value) {
  return value !== void 0 && Object.hasOwn(INFLUENCE_MARK, value) ? value : "unknown";
}
var Styles = class {
  chart;
  stances = /* @__PURE__ */ new Set();
  strengths = /* @__PURE__ */ new Set();
  influences = /* @__PURE__ */ new Set();
  extras = /* @__PURE__ */ new Set();
  roles = false;
  edgeKinds = /* @__PURE__ */ new Map();
  constructor(chart2) {
    this.chart = chart2;
  }
  /** Class of a person of the account, by stance and our relationship strength. */
  person(stance, strength, influence) {
    const s = stanceKey(stance);
    const w = strengthKey(strength);
    this.stances.add(s);
    this.strengths.add(w);
    this.influences.add(levelKey(influence));
    const name = `${STANCE_CODE[s]}_${STRENGTH_CODE[w]}`;
    const st = STANCE_STYLE[s];
    const sw = STRENGTH_STYLE[w];
    this.chart.classDef(name, `fill:${st.fill},color:${st.color},stroke:${sw.stroke},${sw.extra}`);
    return name;
  }
  /** A named class of our own (people who left, our team, units, stubs, legend text). */
  use(name) {
    this.extras.add(name);
    this.chart.classDef(name, `${EXTRA[name].css}`);
    return name;
  }
  /** Remember that a label showed buying roles (its last line, in bold), so the legend says so. */
  usedRoles() {
    this.roles = true;
  }
  /** Remember that an edge kind appeared so that the legend explains it. */
  edgeKind(key, style, label) {
    if (!this.edgeKinds.has(key))
      this.edgeKinds.set(key, { style, label });
    return style;
  }
  /**
   * The legend: one node (no edges of its own, so it costs nothing against the edge limit) that
   * explains just the colours, borders, marks and lines this diagram used, with swatches drawn in
   * the same colours as the diagram. Its markup is constant text of our own (`trustedHtml`); colours are
   * written as `rgb()` because a `#` would be read as the start of an entity code.
   */
  legend() {
    const rows = [];
    const stances = STANCES.filter((s) => this.stances.has(s));
    if (stances.length > 0)
      rows.push("<b>Stance toward us</b>");
    for (let i = 0; i < stances.length; i += 2) {
      rows.push(stances.slice(i, i + 2).map((s) => {
        const st = STANCE_STYLE[s];
        return swatch(st.label, `background:${rgb(st.fill)};color:${rgb(st.color)};border:1px solid rgb(96,125,139)`);
      }).join(" "));
    }
    const strengths = STRENGTHS.filter((w) => this.strengths.has(w));
    if (strengths.length > 1 || strengths.length === 1 && strengths[0] !== "none") {
      const samples = strengths.map((w) => {
        const sw = STRENGTH_STYLE[w];
        const width = /stroke-width:([\d.]+)px/.exec(sw.extra)?.[1] ?? "1";
        const dashed = sw.extra.includes("dasharray") ? "dashed" : "solid";
        return swatch(w, `background:white;border:${width}px ${dashed} ${rgb(sw.stroke)}`);
      });
      rows.push("<b>Our relationship</b>");
      for (let i = 0; i < samples.length; i += 3)
        rows.push(samples.slice(i, i + 3).join(" "));
    }
    const marks = LEVELS.filter((l) => l !== "unknown" && this.influences.has(l));
    if (marks.length > 0) {
      rows.push("<b>Influence on decisions</b>");
      rows.push(marks.map((l) => `${INFLUENCE_MARK[l]} ${l}`).join(" \xB7 "));
    }
    if (this.roles)
      rows.push("<b>Champion</b> (bold): buying role");
    for (const name of Object.keys(EXTRA).filter((k) => this.extras.has(k))) {
      const e = EXTRA[name];
      if (e.legend)
        rows.push(swatch(e.legend, cssToInline(e.css)));
    }
    if (this.edgeKinds.size > 0)
      rows.push("<b>Lines</b>");
    const kinds = [...this.edgeKinds.entries()].sort(([a], [b]) => lineOrder(a) - lineOrder(b));
    for (const [, kind] of kinds) {
      const colour = /stroke:(#[0-9a-f]{6})/i.exec(kind.style.css ?? "")?.[1] ?? "#333333";
      rows.push(`<span style='color:${rgb(colour)} !important;font-weight:bold'>${LINE_GLYPH[glyphOf(kind.style)]}</span> ${kind.label}`);
    }
    if (rows.length === 0)
      return void 0;
    this.chart.classDef("lg_box", "fill:#fafafa,color:#37474f,stroke:#b0bec5,stroke-width:1px,text-align:left,font-size:13px");
    const id = this.chart.ids("l").of("legend");
    this.chart.node(id, [{ trustedHtml: [LEGEND_TITLE, ...rows].join("<br>") }], {
      shape: "rect",
      cls: "lg_box"
    });
    return id;
  }
};
var LINE_ORDER = [
  "path",
  "warm-strong",
  "warm-medium",
  "warm-weak",
  "warm-none",
  "infl-strong",
  "infl-medium",
  "infl-weak",
  "conflict",
  "knows",
  "reports",
  "dotted",
  "parent",
  "depends"
];
function lineOrder(key) {
  const i = LINE_ORDER.indexOf(key);
  return i < 0 ? LINE_ORDER.length : i;
}
var LEGEND_TITLE = "<span style='font-size:15px;font-weight:bold'>Legend</span>";
function swatch(text, css) {
  const important = css.replace(/;/g, " !important;");
  return `<span style='${important} !important;border-radius:4px;padding:0 5px;line-height:1.9'>${text}</span>`;
}
function rgb(hex) {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgb(${n >> 16 & 255},${n >> 8 & 255},${n & 255})`;
}
function cssToInline(css) {
  const get = (key) => new RegExp(`(?:^|,)${key}:([^,]+)`).exec(css)?.[1];
  const fill = get("fill") ?? "#ffffff";
  const color = get("color") ?? "#1b1b1b";
  const stroke = get("stroke") ?? "#90a4ae";
  const width = get("stroke-width") ?? "1px";
  const dashed = get("stroke-dasharray") ? "dashed" : "solid";
  return `background:${rgb(fill)};color:${rgb(color)};border:${width} ${dashed} ${rgb(stroke)}`;
}
function glyphOf(style) {
  if (style.arrow.startsWith("x"))
    return "cross";
  if (style.arrow.includes("."))
    return "dotted";
  if (style.arrow.includes("=") || /stroke-width:\s*[4-9]/.test(style.css ?? ""))
    return "thick";
  return "solid";
}
var LINE_GLYPH = { solid: "\u2500\u2500", dotted: "\u2504\u2504", thick: "\u2501\u2501", cross: "\u2715\u2500\u2715" };
var EXTRA = {
  gone: {
    css: "fill:#f2f2f2,color:#8a8a8a,stroke:#b0b0b0,stroke-width:1px,stroke-dasharray:2 3",
    legend: "Left the account"
  },
  team: {
    css: `fill:${OUR_BLUE},color:#ffffff,stroke:#0d47a1,stroke-width:2px`,
    legend: "Our team"
  },
  stub: {
    css: "fill:#ffffff,color:#607d8b,stroke:#90a4ae,stroke-width:1px,stroke-dasharray:3 3",
    legend: "Shown in another diagram or outside the filter"
  },
  unit_for: {
    css: "fill:#dcf0de,color:#1b1b1b,stroke:#2e7d32,stroke-width:2px",
    legend: "Unit mostly for us"
  },
  unit_mixed: {
    css: "fill:#fff6d1,color:#1b1b1b,stroke:#b08900,stroke-width:2px",
    legend: "Unit mixed or neutral"
  },
  unit_against: {
    css: "fill:#fbdcdc,color:#1b1b1b,stroke:#c62828,stroke-width:2px",
    legend: "Unit mostly against us"
  },
  unit_unknown: {
    css: "fill:#ffffff,color:#1b1b1b,stroke:#90a4ae,stroke-width:1.5px",
    legend: "Unit: stances unknown"
  }
};

// dist/diagram/labels.js
var ROLE_LABEL = {
  "economic-buyer": "Economic buyer",
  "decision-maker": "Decision maker",
  "technical-buyer": "Technical buyer",
  "user-buyer": "User buyer",
  champion: "Champion",
  coach: "Coach",
  sponsor: "Sponsor",
  influencer: "Influencer",
  gatekeeper: "Gatekeeper",
  procurement: "Procurement"
};
var NAME_WRAP = 23;
var TEXT_WRAP = 26;
function personLabel(p) {
  const lines = [];
  const left = !isPresent(p);
  lines.push({ text: p.name, style: left ? "s" : "b", wrap: NAME_WRAP });
  if (p.title)
    lines.push({ text: p.title, wrap: TEXT_WRAP });
  if (left) {
    lines.push({ text: "left the account", style: "i" });
    return lines;
  }
  const meta = [];
  const stance = stanceKey(p.stance);
  if (stance !== "unknown")
    meta.push(STANCE_STYLE[stance].label);
  const mark = INFLUENCE_MARK[levelKey(p.influence)];
  if (mark)
    meta.push(mark);
  if (p.status === "new")
    meta.push("new");
  if (meta.length > 0)
    lines.push({ text: meta.join(" \xB7 "), style: "i", wrap: TEXT_WRAP });
  const roles = (p.roles ?? []).map((r) => ROLE_LABEL[r] ?? r);
  if (roles.length > 0)
    lines.push({ text: roles.join(" \xB7 "), style: "b", wrap: NAME_WRAP });
  return lines;
}
function teamLabel(t) {
  const lines = [{ text: t.name, style: "b", wrap: NAME_WRAP }];
  if (t.role)
    lines.push({ text: t.role, wrap: TEXT_WRAP });
  return lines;
}
function stubLabel(name, note) {
  return [
    { text: name, wrap: NAME_WRAP },
    { text: note, style: "i", wrap: TEXT_WRAP }
  ];
}

// dist/diagram/influence.js
var WARM = {
  strong: { arrow: "==>", css: "stroke:#1565c0,stroke-width:4px" },
  medium: { arrow: "-->", css: "stroke:#1565c0,stroke-width:2px" },
  weak: { arrow: "-.->", css: "stroke:#64b5f6,stroke-width:1.5px" }
};
var NO_RELATIONSHIP = { arrow: "-.->", css: "stroke:#9e9e9e,stroke-width:1px" };
var INFLUENCES = {
  strong: { arrow: "==>", css: "stroke:#6a1b9a,stroke-width:4px" },
  medium: { arrow: "-->", css: "stroke:#6a1b9a,stroke-width:2px" },
  weak: { arrow: "-.->", css: "stroke:#6a1b9a,stroke-width:1.5px" }
};
var CONFLICT = { arrow: "x--x", css: "stroke:#c62828,stroke-width:2.5px" };
var KNOWS = { arrow: "---", css: "stroke:#8d6e63,stroke-width:1.5px" };
var DOTTED = { arrow: "-.-", css: "stroke:#7e57c2,stroke-width:1.5px" };
var REPORTS = { arrow: "---", css: "stroke:#b0bec5,stroke-width:1px" };
var PATH = { arrow: "==>", css: "stroke:#ef6c00,stroke-width:5px" };
var PATH_NODE = "stroke:#ef6c00,stroke-width:4px";
var VIA_LABEL = {
  owner: "our contact",
  moved: "moved here",
  knows: "knows",
  "former-colleague": "former colleague",
  influences: "influences",
  introduced: "introduced",
  reports_to: "reporting line",
  dotted_to: "dotted line"
};
var TYPE_LABEL = {
  knows: "knows",
  influences: "influences",
  conflicts: "conflict",
  introduced: "introduced",
  "former-colleague": "former colleague"
};
function strengthOf(c) {
  return c.strength === "strong" || c.strength === "weak" ? c.strength : "medium";
}
function isRelevant(model, p, linked) {
  return linked.has(p.id) || (p.roles ?? []).length > 0 || p.influence === "high" || p.strength !== void 0 && p.strength !== "none" || p.owner !== void 0 && model.teamById.has(p.owner) || (p.dotted_to ?? []).length > 0;
}
function linkedIds(model) {
  const out = /* @__PURE__ */ new Set();
  for (const c of model.map.connections ?? []) {
    out.add(c.from);
    out.add(c.to);
  }
  for (const p of model.people)
    for (const d of p.dotted_to ?? [])
      out.add(d);
  return out;
}
function neighbours(model) {
  const out = /* @__PURE__ */ new Map();
  const link2 = (a, b) => {
    if (a === b)
      return;
    if (!out.has(a))
      out.set(a, /* @__PURE__ */ new Set());
    if (!out.has(b))
      out.set(b, /* @__PURE__ */ new Set());
    out.get(a).add(b);
    out.get(b).add(a);
  };
  const known = (id) => model.personById.has(id) || model.teamById.has(id);
  for (const c of model.map.connections ?? [])
    if (known(c.from) && known(c.to))
      link2(c.from, c.to);
  for (const p of model.people) {
    if (p.owner && model.teamById.has(p.owner))
      link2(p.owner, p.id);
    for (const d of p.dotted_to ?? [])
      if (model.personById.has(d))
        link2(d, p.id);
    const m = model.managerOf(p);
    if (m)
      link2(m.id, p.id);
  }
  return out;
}
function drawInfluence(model, members, team, options) {
  const chart2 = new Flowchart("LR");
  const styles = new Styles(chart2);
  const pid = chart2.ids("p");
  const tid = chart2.ids("t");
  const gid = chart2.ids("g");
  const idOf = (id) => model.teamById.has(id) ? tid.of(id) : pid.of(id);
  const drawn = (id) => team.has(id) || members.has(id);
  const pair = (a, b) => a < b ? `${a} ${b}` : `${b} ${a}`;
  const path2 = (options.path ?? []).filter((s) => drawn(s.from) && drawn(s.to));
  const onPath = new Set(path2.map((s) => pair(s.from, s.to)));
  const off = (a, b) => !onPath.has(pair(a, b));
  const teamDrawn = model.team.filter((t) => team.has(t.id) && model.teamById.get(t.id) === t);
  const people = model.people.filter((p) => members.has(p.id) && model.personById.get(p.id) === p);
  if (teamDrawn.length > 0) {
    chart2.subgraph(gid.of("team"), [{ text: "Our team", style: "b" }], () => {
      for (const t of teamDrawn)
        chart2.node(tid.of(t.id), teamLabel(t), { shape: "round", cls: styles.use("team") });
    });
    chart2.style(gid.of("team"), "fill:#e3f2fd,stroke:#90caf9,color:#0d47a1");
  }
  chart2.subgraph(gid.of("account"), [{ text: options.accountName, style: "b", wrap: 48 }], () => {
    for (const p of people) {
      const cls = !isPresent(p) ? styles.use("gone") : styles.person(p.stance, p.strength, p.influence);
      if (isPresent(p) && (p.roles ?? []).length > 0)
        styles.usedRoles();
      chart2.node(pid.of(p.id), personLabel(p), { shape: "round", cls });
    }
  });
  chart2.style(gid.of("account"), "fill:#fafafa,stroke:#b0bec5,color:#37474f");
  const warm = /* @__PURE__ */ new Map();
  const others = [];
  for (const c of model.map.connections ?? []) {
    if (!drawn(c.from) || !drawn(c.to) || c.from === c.to)
      continue;
    if (!off(c.from, c.to) && c.type !== "conflicts")
      continue;
    const fromTeam = model.teamById.has(c.from);
    const toTeam = model.teamById.has(c.to);
    if (fromTeam !== toTeam && c.type !== "conflicts") {
      const [ours, theirs] = fromTeam ? [c.from, c.to] : [c.to, c.from];
      const key = `${ours} ${theirs}`;
      const entry = warm.get(key) ?? {
        from: ours,
        to: theirs,
        strength: "weak",
        labels: []
      };
      if (rank(strengthOf(c)) > rank(entry.strength))
        entry.strength = strengthOf(c);
      if (c.type !== "knows")
        entry.labels.push(TYPE_LABEL[c.type] ?? c.type);
      warm.set(key, entry);
    } else {
      others.push(c);
    }
  }
  for (const p of people) {
    if (!p.owner || !team.has(p.owner) || !isPresent(p) || !off(p.owner, p.id))
      continue;
    const key = `${p.owner} ${p.id}`;
    const strength = p.strength === "strong" || p.strength === "medium" || p.strength === "weak" ? p.strength : "none";
    const entry = warm.get(key);
    if (entry) {
      if (rank(strength) > rank(entry.strength))
        entry.strength = strength;
    } else {
      warm.set(key, { from: p.owner, to: p.id, strength, labels: [] });
    }
  }
  for (const w of warm.values()) {
    const style = w.strength === "none" ? styles.edgeKind("warm-none", NO_RELATIONSHIP, "owner, no relationship yet") : styles.edgeKind(`warm-${w.strength}`, WARM[w.strength], `our ${w.strength} relationship`);
    chart2.edge(tid.of(w.from), pid.of(w.to), style, w.labels.join(" \xB7 ") || void 0);
  }
  for (const c of others) {
    const type = TYPE_LABEL[c.type] ?? c.type;
    if (c.type === "influences") {
      const s = strengthOf(c);
      chart2.edge(idOf(c.from), idOf(c.to), styles.edgeKind(`infl-${s}`, INFLUENCES[s], `influences (${s})`));
    } else if (c.type === "conflicts") {
      chart2.edge(idOf(c.from), idOf(c.to), styles.edgeKind("conflict", CONFLICT, "conflict"));
    } else {
      chart2.edge(idOf(c.from), idOf(c.to), styles.edgeKind("knows", KNOWS, "knows each other"), c.type === "knows" ? void 0 : type);
    }
  }
  for (const p of people) {
    for (const d of new Set(p.dotted_to ?? [])) {
      if (d !== p.id && members.has(d) && off(d, p.id))
        chart2.edge(pid.of(d), pid.of(p.id), styles.edgeKind("dotted", DOTTED, "dotted-line manager"));
    }
  }
  for (const p of people) {
    const m = model.managerOf(p);
    if (m && members.has(m.id) && off(m.id, p.id))
      chart2.edge(pid.of(m.id), pid.of(p.id), styles.edgeKind("reports", REPORTS, "reports to"));
  }
  path2.forEach((step, i) => {
    chart2.edge(idOf(step.from), idOf(step.to), styles.edgeKind("path", PATH, "best warm path, step by step"), `${i + 1}. ${VIA_LABEL[step.via]} (${step.weight})`);
  });
  for (const id of new Set(path2.flatMap((s) => [s.from, s.to])))
    chart2.style(idOf(id), PATH_NODE);
  if (options.legend)
    styles.legend();
  return { mermaid: chart2.toString(), edges: chart2.edgeCount };
}
function rank(s) {
  return s === "strong" ? 3 : s === "medium" ? 2 : s === "weak" ? 1 : 0;
}

// dist/diagram/model.js
var OrgModel = class {
  map;
  people;
  team;
  units;
  personById;
  teamById;
  unitById;
  /** Direct reports of each person, in map order. */
  reports = /* @__PURE__ */ new Map();
  /** Child units of each unit; `''` holds the top-level units. */
  childUnits = /* @__PURE__ */ new Map();
  constructor(map) {
    this.map = map;
    this.people = map.people ?? [];
    this.team = map.team ?? [];
    this.units = map.units ?? [];
    const index = mapIndex(map);
    this.personById = index.personById;
    this.teamById = index.teamById;
    this.unitById = index.unitById;
    for (const p of this.people) {
      const m = this.managerOf(p);
      if (!m)
        continue;
      const list = this.reports.get(m.id) ?? [];
      list.push(p);
      this.reports.set(m.id, list);
    }
    for (const u of this.units) {
      const parent = this.parentUnit(u);
      const key = parent ? parent.id : "";
      const list = this.childUnits.get(key) ?? [];
      list.push(u);
      this.childUnits.set(key, list);
    }
  }
  /** The person's manager, if it is a person of this map (and not the person). */
  managerOf(p) {
    if (!p.reports_to || p.reports_to === p.id)
      return void 0;
    const m = this.personById.get(p.reports_to);
    return m && !this.isInCycle(p) ? m : void 0;
  }
  cycleCache = /* @__PURE__ */ new Map();
  /** True when following `reports_to` from `p` comes back to `p` (a reference error). */
  isInCycle(p) {
    const cached = this.cycleCache.get(p.id);
    if (cached !== void 0)
      return cached;
    const seen = /* @__PURE__ */ new Set([p.id]);
    let id = p.reports_to;
    let cycle = false;
    while (id) {
      if (seen.has(id)) {
        cycle = id === p.id;
        break;
      }
      seen.add(id);
      id = this.personById.get(id)?.reports_to;
    }
    this.cycleCache.set(p.id, cycle);
    return cycle;
  }
  unitOf(p) {
    return p.unit ? this.unitById.get(p.unit) : void 0;
  }
  parentUnit(u) {
    if (!u.parent || u.parent === u.id)
      return void 0;
    const parent = this.unitById.get(u.parent);
    if (!parent)
      return void 0;
    return this.unitAncestors(parent).some((a) => a.id === u.id) ? void 0 : parent;
  }
  /** The unit's parent, grandparent, … (nearest first), stopping at a cycle. */
  unitAncestors(u) {
    const out = [];
    const seen = /* @__PURE__ */ new Set([u.id]);
    let id = u.parent;
    while (id && !seen.has(id)) {
      const next = this.unitById.get(id);
      if (!next)
        break;
      out.push(next);
      seen.add(id);
      id = next.parent;
    }
    return out;
  }
  /** The unit and every unit below it. */
  unitSubtree(unitId) {
    const out = /* @__PURE__ */ new Set();
    const stack = [unitId];
    while (stack.length > 0) {
      const id = stack.pop();
      if (out.has(id))
        continue;
      out.add(id);
      for (const c of this.childUnits.get(id) ?? [])
        stack.push(c.id);
    }
    return out;
  }
  /** The person's managers, nearest first. */
  managerChain(p) {
    const out = [];
    let m = this.managerOf(p);
    const seen = /* @__PURE__ */ new Set([p.id]);
    while (m && !seen.has(m.id)) {
      out.push(m);
      seen.add(m.id);
      m = this.managerOf(m);
    }
    return out;
  }
  /**
   * Levels of the reporting tree inside `within`, starting from `roots` (level 0): the people
   * reached by following reporting lines down, each once.
   */
  levelsBelow(roots, within) {
    const levels2 = [];
    const seen = /* @__PURE__ */ new Set();
    let current = roots.filter((p) => within.has(p.id) && !seen.has(p.id) && seen.add(p.id));
    while (current.length > 0) {
      levels2.push(current);
      const next = [];
      for (const p of current) {
        for (const r of this.reports.get(p.id) ?? []) {
          if (within.has(r.id) && !seen.has(r.id)) {
            seen.add(r.id);
            next.push(r);
          }
        }
      }
      current = next;
    }
    return levels2;
  }
  /** People of `within` whose manager is not in `within`: the tops of its reporting trees. */
  rootsOf(within) {
    return this.people.filter((p) => {
      if (!within.has(p.id))
        return false;
      const m = this.managerOf(p);
      return !m || !within.has(m.id);
    });
  }
  /**
   * Group people by unit at the first level of the unit tree where they part ways: when
   * everyone sits under one top unit, by its sub-units, and so on. The key is the unit's id, or
   * `''` for people above that level or without a unit.
   */
  groupByDivergingUnit(ids) {
    const chains = /* @__PURE__ */ new Map();
    for (const id of ids) {
      const p = this.personById.get(id);
      if (!p)
        continue;
      const unit = this.unitOf(p);
      chains.set(id, unit ? [...this.unitAncestors(unit)].reverse().concat(unit) : []);
    }
    for (let level = 0; ; level++) {
      const groups = /* @__PURE__ */ new Map();
      for (const [id, chain] of chains) {
        const key = chain[level]?.id ?? "";
        const list = groups.get(key) ?? [];
        list.push(id);
        groups.set(key, list);
      }
      const deeper = [...chains.values()].some((c) => c.length > level + 1);
      if (groups.size > 1 || !deeper)
        return groups;
    }
  }
};

// dist/diagram/org.js
var REPORTS_TO = { arrow: "---", css: "stroke:#546e7a,stroke-width:1.5px" };
var DOTTED_TO = { arrow: "-.-", css: "stroke:#7e57c2,stroke-width:1.5px" };
var TITLE_WRAP = 22;
var OUTER_TITLE_WRAP = 44;
var UNIT_BOX = "fill:#f5f8fa,stroke:#b0bec5,color:#37474f";
function drawOrg(model, members, options) {
  const chart2 = new Flowchart("TB");
  const styles = new Styles(chart2);
  const pid = chart2.ids("p");
  const uid = chart2.ids("u");
  const drawn = model.people.filter((p) => members.has(p.id) && model.personById.get(p.id) === p);
  const byUnit = /* @__PURE__ */ new Map();
  const withoutUnit = [];
  for (const p of drawn) {
    const u = model.unitOf(p);
    if (!u) {
      withoutUnit.push(p);
      continue;
    }
    const list = byUnit.get(u.id) ?? [];
    list.push(p);
    byUnit.set(u.id, list);
  }
  const shownUnits = /* @__PURE__ */ new Set();
  for (const id of byUnit.keys()) {
    shownUnits.add(id);
    for (const a of model.unitAncestors(model.unitById.get(id)))
      shownUnits.add(a.id);
  }
  const personNode = (p) => {
    const cls = !isPresent(p) ? styles.use("gone") : styles.person(p.stance, p.strength, p.influence);
    if (isPresent(p) && (p.roles ?? []).length > 0)
      styles.usedRoles();
    chart2.node(pid.of(p.id), personLabel(p), { shape: "round", cls });
  };
  for (const p of withoutUnit)
    personNode(p);
  const drawUnit = (unitId, outer) => {
    const unit = model.unitById.get(unitId);
    const id = uid.of(unitId);
    chart2.subgraph(id, [{ text: unit.name, style: "b", wrap: outer ? OUTER_TITLE_WRAP : TITLE_WRAP, maxLines: 2 }], () => {
      for (const p of byUnit.get(unitId) ?? [])
        personNode(p);
      for (const child of model.childUnits.get(unitId) ?? [])
        if (shownUnits.has(child.id))
          drawUnit(child.id, false);
    }, "TB");
    chart2.style(id, UNIT_BOX);
  };
  const outerUnits = model.units.filter((u) => {
    if (!shownUnits.has(u.id) || model.unitById.get(u.id) !== u)
      return false;
    const parent = model.parentUnit(u);
    return !parent || !shownUnits.has(parent.id);
  });
  const only = outerUnits.length === 1 && withoutUnit.length === 0 ? outerUnits[0] : void 0;
  const wide = only !== void 0 && ((model.childUnits.get(only.id) ?? []).filter((c) => shownUnits.has(c.id)).length >= 2 || drawn.length >= 8);
  for (const u of outerUnits)
    drawUnit(u.id, wide);
  const stubs = /* @__PURE__ */ new Set();
  const stub = (id) => {
    if (members.has(id) || stubs.has(id))
      return;
    const m = model.personById.get(id);
    if (!m)
      return;
    stubs.add(id);
    chart2.node(pid.of(id), stubLabel(m.name, options.stubNote), {
      shape: "round",
      cls: styles.use("stub")
    });
  };
  for (const p of drawn) {
    const m = model.managerOf(p);
    if (m)
      stub(m.id);
    for (const d of p.dotted_to ?? [])
      if (d !== p.id)
        stub(d);
  }
  for (const p of drawn) {
    const m = model.managerOf(p);
    if (m)
      chart2.edge(pid.of(m.id), pid.of(p.id), styles.edgeKind("reports", REPORTS_TO, "reports to"));
  }
  for (const p of drawn) {
    for (const d of new Set(p.dotted_to ?? [])) {
      if (d === p.id || !model.personById.has(d))
        continue;
      chart2.edge(pid.of(d), pid.of(p.id), styles.edgeKind("dotted", DOTTED_TO, "dotted-line manager"));
    }
  }
  stackLeaves(model, drawn, members, chart2, pid);
  if (options.legend)
    styles.legend();
  return { mermaid: chart2.toString(), edges: chart2.edgeCount };
}
var LEAVES_PER_ROW = 3;
function stackLeaves(model, drawn, members, chart2, pid) {
  const hasReports = /* @__PURE__ */ new Set();
  for (const p of drawn) {
    const m = model.managerOf(p);
    if (m && members.has(m.id))
      hasReports.add(m.id);
  }
  const leavesOf = /* @__PURE__ */ new Map();
  for (const p of drawn) {
    const m = model.managerOf(p);
    if (!m || hasReports.has(p.id) || (p.dotted_to ?? []).length > 0)
      continue;
    if (p.unit !== m.unit)
      continue;
    const list = leavesOf.get(m.id) ?? [];
    list.push(p);
    leavesOf.set(m.id, list);
  }
  for (const leaves of leavesOf.values()) {
    if (leaves.length <= LEAVES_PER_ROW)
      continue;
    const columns = Math.ceil(Math.sqrt(leaves.length));
    for (let i = columns; i < leaves.length; i++) {
      chart2.edge(pid.of(leaves[i - columns].id), pid.of(leaves[i].id), { arrow: "~~~" });
    }
  }
}
function selectOrg(model, options) {
  const notes = [];
  let pool = new Set(model.people.map((p) => p.id));
  let title = "Org chart";
  if (options.unit) {
    const units = model.unitSubtree(options.unit);
    pool = new Set(model.people.filter((p) => p.unit && units.has(p.unit)).map((p) => p.id));
    title = `Org chart: ${model.unitById.get(options.unit).name}`;
  }
  if (options.focus) {
    const focus = model.personById.get(options.focus);
    const below = model.levelsBelow([focus], /* @__PURE__ */ new Set([...pool, focus.id]));
    const kept = options.depth === void 0 ? below : below.slice(0, options.depth + 1);
    const members = new Set(kept.flat().map((p) => p.id));
    for (const m of model.managerChain(focus))
      members.add(m.id);
    const cut = below.slice(kept.length).flat().length;
    if (cut > 0) {
      notes.push(`${plural(cut, "person", "people")} more than ${plural(options.depth, "reporting level")} below ${focus.name} not shown; raise --depth to see them`);
    }
    return { members, notes, title: `Org chart around ${focus.name}` };
  }
  if (options.depth !== void 0) {
    const levels2 = model.levelsBelow(model.rootsOf(pool), pool);
    const kept = levels2.slice(0, options.depth + 1);
    const cut = levels2.slice(kept.length).flat().length;
    if (cut > 0) {
      notes.push(`${plural(cut, "person", "people")} more than ${plural(options.depth, "reporting level")} below the top not shown; raise --depth, or use --focus PERSON to start lower`);
    }
    return { members: new Set(kept.flat().map((p) => p.id)), notes, title };
  }
  return { members: pool, notes, title };
}
function splitOrg(model, members, title, limits, draw, base) {
  const fits = (m) => withinLimits(draw(m), limits);
  const forest = {
    roots: (set) => model.rootsOf(set).map((p) => p.id),
    children: (id) => (model.reports.get(id) ?? []).map((p) => p.id),
    name: (id) => model.personById.get(id)?.name ?? id,
    below: (id) => `--focus ${id}`
  };
  const byDepth = (set, name, scope) => splitByDepth(set, name, forest, fits, scope);
  const childUnitOf = (p, context) => {
    const unit = model.unitOf(p);
    if (!unit)
      return void 0;
    const chain = [unit, ...model.unitAncestors(unit)];
    if (context === void 0)
      return chain[chain.length - 1].id;
    const at = chain.findIndex((u) => u.id === context);
    return at > 0 ? chain[at - 1].id : void 0;
  };
  const scopeOf = (unitId) => unitId !== void 0 ? `--unit ${unitId}` : base;
  const byUnit = (set, context, name) => {
    if (fits(set))
      return [{ title: name, members: set, only: [scopeOf(context)].filter(isSet) }];
    const groups = /* @__PURE__ */ new Map();
    const direct = /* @__PURE__ */ new Set();
    for (const id of set) {
      const child = childUnitOf(model.personById.get(id), context);
      if (child === void 0)
        direct.add(id);
      else {
        const g = groups.get(child) ?? /* @__PURE__ */ new Set();
        g.add(id);
        groups.set(child, g);
      }
    }
    if (direct.size === 0 && groups.size === 1) {
      const [only] = groups.keys();
      return byUnit(set, only, unitTitle(only));
    }
    if (groups.size === 0)
      return byDepth(set, name, scopeOf(context));
    const pieces = [];
    if (direct.size > 0) {
      const directName = context === void 0 ? "People without a unit" : `${name} (not in a sub-unit)`;
      pieces.push(...byDepth(direct, directName).map((p) => ({ ...p, only: [] })));
    }
    for (const u of model.units) {
      const g = groups.get(u.id);
      if (g) {
        pieces.push(...byUnit(g, u.id, unitTitle(u.id)));
        groups.delete(u.id);
      }
    }
    return pack(pieces, fits);
  };
  const unitTitle = (unitId) => model.unitById.get(unitId).name;
  const isSet = (s) => s !== void 0;
  return byUnit(new Set(members), void 0, title);
}

// dist/diagram/units.js
var PARENT = { arrow: "---", css: "stroke:#78909c,stroke-width:1.5px" };
var DEPENDS = { arrow: "-.->", css: "stroke:#ef6c00,stroke-width:2px" };
var DECIDERS = /* @__PURE__ */ new Set(["economic-buyer", "decision-maker"]);
function unitForest(model) {
  return {
    roots: (set) => model.units.filter((u) => {
      if (!set.has(u.id) || model.unitById.get(u.id) !== u)
        return false;
      const parent = model.parentUnit(u);
      return !parent || !set.has(parent.id);
    }).map((u) => u.id),
    children: (id) => (model.childUnits.get(id) ?? []).map((u) => u.id),
    name: (id) => model.unitById.get(id)?.name ?? id,
    below: (id) => `--unit ${id}`
  };
}
function balance(people) {
  let pro = 0;
  let against = 0;
  let known = 0;
  for (const p of people) {
    if (p.stance === "advocate" || p.stance === "supporter")
      pro++;
    if (p.stance === "skeptic" || p.stance === "opponent")
      against++;
    if (p.stance !== "unknown")
      known++;
  }
  if (known === 0)
    return "unit_unknown";
  if (pro > against && pro * 2 >= known)
    return "unit_for";
  if (against > pro && against * 2 >= known)
    return "unit_against";
  return "unit_mixed";
}
function unitLabel(unit, people, total) {
  const lines = [{ text: unit.name, style: "b", wrap: NAME_WRAP }];
  const active = people.filter((p) => isPresent(p));
  const below = total > active.length ? `, ${count(total)} in all` : "";
  if (active.length === 0) {
    lines.push({ text: `no people here${below}`, style: "i", wrap: TEXT_WRAP });
    return lines;
  }
  const tally = (stances) => active.filter((p) => stances.includes(p.stance)).length;
  const parts = [
    [tally(["advocate", "supporter"]), "for"],
    [tally(["neutral"]), "neutral"],
    [tally(["skeptic", "opponent"]), "against"],
    [tally(["unknown"]), "unknown"]
  ];
  lines.push({
    text: `${plural(active.length, "person", "people")}${below ? ` here${below}` : ""}`,
    style: "i",
    wrap: TEXT_WRAP
  });
  lines.push({
    text: parts.filter(([n]) => n > 0).map(([n, what]) => `${count(n)}\xA0${what}`).join(" \xB7 "),
    wrap: TEXT_WRAP
  });
  const deciders = active.filter((p) => (p.roles ?? []).some((r) => DECIDERS.has(r)));
  if (deciders.length > 0) {
    const names = deciders.slice(0, 2).map((p) => p.name);
    const more = deciders.length > 2 ? ` +${deciders.length - 2}` : "";
    lines.push({ text: `Decides: ${names.join(", ")}${more}`, wrap: TEXT_WRAP });
  }
  return lines;
}
function drawUnits(model, members, options) {
  const chart2 = new Flowchart("TB");
  const styles = new Styles(chart2);
  const uid = chart2.ids("u");
  const peopleByUnit = /* @__PURE__ */ new Map();
  for (const p of model.people) {
    if (!p.unit)
      continue;
    const list = peopleByUnit.get(p.unit) ?? [];
    list.push(p);
    peopleByUnit.set(p.unit, list);
  }
  const drawn = model.units.filter((u) => members.has(u.id) && model.unitById.get(u.id) === u);
  const activeIn = (id) => (peopleByUnit.get(id) ?? []).filter((p) => isPresent(p)).length;
  for (const u of drawn) {
    const people = peopleByUnit.get(u.id) ?? [];
    const active = people.filter((p) => isPresent(p));
    let total = 0;
    for (const id of model.unitSubtree(u.id))
      total += activeIn(id);
    chart2.node(uid.of(u.id), unitLabel(u, people, total), {
      shape: "rect",
      cls: styles.use(balance(active))
    });
  }
  const stubs = /* @__PURE__ */ new Set();
  const stub = (id, note) => {
    if (members.has(id) || stubs.has(id) || !model.unitById.has(id))
      return;
    stubs.add(id);
    chart2.node(uid.of(id), stubLabel(model.unitById.get(id).name, note), {
      shape: "rect",
      cls: styles.use("stub")
    });
  };
  for (const u of drawn) {
    const parent = model.parentUnit(u);
    if (parent)
      stub(parent.id, "parent unit, not drawn here");
    for (const d of u.depends_on ?? [])
      if (d !== u.id)
        stub(d, "not drawn here");
  }
  for (const u of drawn) {
    const parent = model.parentUnit(u);
    if (parent)
      chart2.edge(uid.of(parent.id), uid.of(u.id), styles.edgeKind("parent", PARENT, "part of (parent above)"));
  }
  const lines = [];
  for (const u of drawn) {
    for (const d of new Set(u.depends_on ?? [])) {
      if (d === u.id || !model.unitById.has(d))
        continue;
      chart2.edge(uid.of(u.id), uid.of(d), styles.edgeKind("depends", DEPENDS, "depends on"));
      lines.push([u.id, d]);
    }
  }
  if (options.legend) {
    const legend = styles.legend();
    for (const u of drawn) {
      const parent = model.parentUnit(u);
      if (parent)
        lines.push([parent.id, u.id]);
    }
    const lowest = lowestOf([...drawn.map((u) => u.id), ...stubs], lines);
    if (legend && lowest)
      chart2.edge(uid.of(lowest), legend, { arrow: "~~~" });
  }
  return { mermaid: chart2.toString(), edges: chart2.edgeCount };
}
function lowestOf(ids, lines) {
  const into = /* @__PURE__ */ new Map();
  for (const [from, to] of lines) {
    const list = into.get(to) ?? [];
    list.push(from);
    into.set(to, list);
  }
  const rank2 = /* @__PURE__ */ new Map();
  const visiting = /* @__PURE__ */ new Set();
  const rankOf = (id) => {
    const known = rank2.get(id);
    if (known !== void 0)
      return known;
    if (visiting.has(id))
      return -1;
    visiting.add(id);
    let r = 0;
    for (const from of into.get(id) ?? [])
      r = Math.max(r, rankOf(from) + 1);
    visiting.delete(id);
    rank2.set(id, r);
    return r;
  };
  let best;
  let bestRank = -1;
  for (const id of ids) {
    const r = rankOf(id);
    if (r >= bestRank) {
      best = id;
      bestRank = r;
    }
  }
  return best;
}

// dist/diagram/index.js
var DiagramOptionError = class extends Error {
  name = "DiagramOptionError";
};
function buildDiagram(map, options = {}) {
  const view = options.view ?? "org";
  if (!VIEWS.includes(view)) {
    throw new DiagramOptionError(`unknown view \`${String(view)}\`: use one of ${VIEWS.join(", ")}`);
  }
  if (options.depth !== void 0 && (!Number.isInteger(options.depth) || options.depth < 0)) {
    throw new DiagramOptionError(`--depth must be a whole number of 0 or more, got ${String(options.depth)}`);
  }
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const model = new OrgModel(map);
  const legend = options.legend ?? true;
  const account = { id: map.account.id, name: map.account.name };
  checkIds(model, view, options);
  const built = view === "org" ? buildOrg(model, options, limits, legend) : view === "influence" ? buildInfluence(model, options, limits, legend) : buildUnits(model, options, limits, legend);
  const notes = [...built.notes];
  let pieces = built.pieces;
  if (pieces.length > limits.maxDiagrams) {
    const rest = pieces.slice(limits.maxDiagrams);
    pieces = pieces.slice(0, limits.maxDiagrams);
    const options2 = rest.flatMap((p) => p.only);
    const shown = options2.slice(0, 8).join(", ");
    notes.push(`${view} view of ${account.name}: only the first ${count(limits.maxDiagrams)} of ${count(limits.maxDiagrams + rest.length)} diagrams were made; use --unit, --focus or --depth to draw the rest${options2.length > 0 ? ` (${shown}${options2.length > 8 ? ", \u2026" : ""})` : ""}`);
  }
  const split = pieces.length > 1;
  const diagrams = pieces.map((p) => ({
    title: p.title,
    mermaid: p.drawn.mermaid,
    edges: p.drawn.edges,
    only: split ? [...new Set(p.only ?? [])] : []
  }));
  if (split) {
    notes.unshift(`${view} view of ${account.name} is too big for one Mermaid diagram (limits: ${count(limits.maxChars)} characters, ${count(limits.maxEdges)} links); split into ${count(diagrams.length)} diagrams ${built.how}. To draw one part, use ${built.hint}`);
  }
  return { view, account, diagrams, notes };
}
function bestPath(model, id) {
  if (!model.personById.has(id)) {
    const why = model.teamById.has(id) ? `\`${id}\` is on our team; --path-to takes a person of the account` : `account \`${model.map.account.id}\` has no person \`${id}\`${didYouMean(id, model.people)}`;
    throw new DiagramOptionError(`--path-to: ${why}`);
  }
  let result;
  try {
    result = findPaths(model.map, { to: id, top: 1 });
  } catch (error) {
    if (error instanceof PathsOptionError)
      throw new DiagramOptionError(error.message);
    throw error;
  }
  const best = result.paths[0];
  if (!best) {
    throw new DiagramOptionError(`--path-to: no warm path to \`${id}\` within ${DEFAULT_MAX_HOPS} steps: ${result.unreachable[0]?.suggestion ?? ""}`);
  }
  return best.steps;
}
function checkIds(model, view, options) {
  const account = model.map.account.id;
  if (options.unit !== void 0 && !model.unitById.has(options.unit)) {
    throw new DiagramOptionError(`--unit: account \`${account}\` has no unit \`${options.unit}\`${didYouMean(options.unit, model.units)}`);
  }
  if (options.pathTo !== void 0 && view !== "influence") {
    throw new DiagramOptionError("--path-to draws on the influence view: add --view influence");
  }
  if (options.focus === void 0)
    return;
  const id = options.focus;
  const isPerson = model.personById.has(id);
  const isTeam = model.teamById.has(id);
  const isUnit = model.unitById.has(id);
  if (view === "org" && !isPerson) {
    const why = isTeam ? `\`${id}\` is a member of our team; the org view starts from a person of the account (the influence view takes team members too)` : isUnit ? `\`${id}\` is a unit; use --unit ${id} to draw one unit` : `account \`${account}\` has no person \`${id}\`${didYouMean(id, model.people)}`;
    throw new DiagramOptionError(`--focus: ${why}`);
  }
  if (view === "influence" && !isPerson && !isTeam) {
    const why = isUnit ? `\`${id}\` is a unit; use --unit ${id} to draw the people of one unit` : `account \`${account}\` has no person or team member \`${id}\`${didYouMean(id, [...model.people, ...model.team])}`;
    throw new DiagramOptionError(`--focus: ${why}`);
  }
  if (view === "units" && !isUnit && !isPerson) {
    throw new DiagramOptionError(`--focus: account \`${account}\` has no unit or person \`${id}\`${didYouMean(id, [...model.units, ...model.people])}`);
  }
}
function didYouMean(input, candidates) {
  const best = closest(input, candidates.map((c) => c.id));
  if (best)
    return `; did you mean \`${best}\`?`;
  const needle = nameKey(input);
  if (needle.length < 2)
    return "";
  const found = candidates.filter((c) => nameKey(c.id).includes(needle) || nameKey(c.name).includes(needle));
  if (found.length === 0 || found.length > 3)
    return "";
  return `; did you mean ${found.map((c) => `\`${c.id}\``).join(" or ")}?`;
}
function emptyDiagram(text) {
  const chart2 = new Flowchart("TB");
  chart2.classDef("note", "fill:#fafafa,color:#546e7a,stroke:#b0bec5,stroke-width:1px");
  chart2.node("n1", [{ text, style: "i", wrap: 40 }], { shape: "rect", cls: "note" });
  return { mermaid: chart2.toString(), edges: 0 };
}
function buildOrg(model, options, limits, legend) {
  const selection = selectOrg(model, options);
  const how = "by unit and reporting depth";
  const hint = "--unit UNIT, or --focus PERSON with --depth N";
  if (selection.members.size === 0) {
    const what = options.unit ? "no people in this unit yet" : "no people on this map yet";
    return {
      pieces: [{ title: selection.title, drawn: emptyDiagram(what) }],
      notes: selection.notes,
      how,
      hint
    };
  }
  const draw = (members, stubNote = "shown in another diagram") => drawOrg(model, members, { legend, stubNote });
  const whole = draw(selection.members, options.unit || options.focus ? "outside this view" : "shown in another diagram");
  if (withinLimits(whole, limits)) {
    return {
      pieces: [{ title: selection.title, drawn: whole }],
      notes: selection.notes,
      how,
      hint
    };
  }
  const base = [
    options.unit !== void 0 ? `--unit ${options.unit}` : "",
    options.focus !== void 0 ? `--focus ${options.focus}` : "",
    options.depth !== void 0 ? `--depth ${options.depth}` : ""
  ].filter(Boolean).join(" ");
  const pieces = splitOrg(model, selection.members, selection.title, limits, (m) => draw(m), base || void 0);
  return {
    pieces: pieces.map((p) => ({ title: p.title, drawn: draw(p.members), only: p.only })),
    notes: selection.notes,
    how,
    hint
  };
}
function buildUnits(model, options, limits, legend) {
  const forest = unitForest(model);
  const how = "by unit level";
  const hint = "--unit UNIT or --depth N";
  let pool = new Set(model.units.map((u) => u.id));
  let title = "Units";
  const notes = [];
  let start = options.unit;
  if (options.focus !== void 0) {
    start = model.unitById.has(options.focus) ? options.focus : model.personById.get(options.focus).unit;
    if (start === void 0 || !model.unitById.has(start)) {
      const p = model.personById.get(options.focus);
      throw new DiagramOptionError(`--focus: ${p.name} (\`${p.id}\`) has no unit, so the units view has nothing to start from`);
    }
  }
  if (start !== void 0) {
    const unit = model.unitById.get(start);
    pool = model.unitSubtree(start);
    title = `Units: ${unit.name}`;
    if (options.focus !== void 0)
      for (const a of model.unitAncestors(unit))
        pool.add(a.id);
  }
  if (options.depth !== void 0) {
    const roots = start !== void 0 ? [start] : forest.roots(pool);
    const lv = levels(forest, pool, roots);
    const kept = lv.slice(0, options.depth + 1);
    const cut = lv.slice(kept.length).flat().length;
    const keep = new Set(kept.flat());
    if (options.focus !== void 0)
      for (const a of model.unitAncestors(model.unitById.get(start)))
        keep.add(a.id);
    pool = keep;
    if (cut > 0)
      notes.push(`${plural(cut, "unit")} more than ${plural(options.depth, "level")} down not shown; raise --depth to see them`);
  }
  if (pool.size === 0) {
    return {
      pieces: [{ title, drawn: emptyDiagram("no units on this map yet") }],
      notes,
      how,
      hint
    };
  }
  const draw = (members) => drawUnits(model, members, { legend });
  const fits = (members) => withinLimits(draw(members), limits);
  const pieces = splitByDepth(pool, title, forest, fits, options.focus !== void 0 ? `--focus ${options.focus}` : options.unit !== void 0 ? `--unit ${options.unit}` : void 0);
  return {
    pieces: pieces.map((p) => ({ title: p.title, drawn: draw(p.members), only: p.only })),
    notes,
    how,
    hint
  };
}
function buildInfluence(model, options, limits, legend) {
  const how = "by unit";
  const hint = "--unit UNIT, or --focus ID with --depth N";
  const notes = [];
  const graph = neighbours(model);
  const allTeam = new Set(model.team.map((t) => t.id));
  let pool = new Set(model.people.map((p) => p.id));
  let title = "Influence map";
  if (options.unit !== void 0) {
    const units = model.unitSubtree(options.unit);
    pool = new Set(model.people.filter((p) => p.unit && units.has(p.unit)).map((p) => p.id));
    title = `Influence map: ${model.unitById.get(options.unit).name}`;
  }
  const reach = (start, depth) => {
    const seen = new Set(start);
    let frontier = [...start];
    for (let i = 0; i < depth && frontier.length > 0; i++) {
      const next = [];
      for (const id of frontier) {
        for (const n of graph.get(id) ?? []) {
          if (!seen.has(n) && (pool.has(n) || allTeam.has(n))) {
            seen.add(n);
            next.push(n);
          }
        }
      }
      frontier = next;
    }
    return seen;
  };
  let members;
  let team;
  if (options.focus !== void 0) {
    const reached = reach([options.focus], options.depth ?? 1);
    members = new Set([...reached].filter((id) => pool.has(id) || model.personById.has(id) && id === options.focus));
    team = new Set([...reached].filter((id) => allTeam.has(id)));
    const who = model.personById.get(options.focus)?.name ?? model.teamById.get(options.focus).name;
    title = `Influence map around ${who}`;
  } else if (options.depth !== void 0) {
    const reached = reach([...allTeam], options.depth);
    members = new Set([...reached].filter((id) => pool.has(id)));
    team = allTeam;
    const left = pool.size - members.size;
    if (left > 0) {
      notes.push(`${plural(left, "person", "people")} more than ${plural(options.depth, "line")} away from our team not shown; raise --depth to see them`);
    }
  } else {
    const linked = linkedIds(model);
    members = new Set(model.people.filter((p) => pool.has(p.id) && isRelevant(model, p, linked)).map((p) => p.id));
    team = options.unit !== void 0 ? teamFor(members) : allTeam;
    const left = pool.size - members.size;
    if (left > 0) {
      notes.push(`influence view leaves out ${plural(left, "person", "people")} with no connection, buying role, owner or high influence; the org view (--view org) shows everyone`);
    }
  }
  function teamFor(people) {
    const out = /* @__PURE__ */ new Set();
    for (const id of people)
      for (const n of graph.get(id) ?? [])
        if (allTeam.has(n))
          out.add(n);
    return out;
  }
  const accountName3 = model.map.account.name;
  const path2 = options.pathTo === void 0 ? void 0 : bestPath(model, options.pathTo);
  if (path2) {
    for (const step of path2) {
      for (const id of [step.from, step.to]) {
        if (allTeam.has(id))
          team.add(id);
        else
          members.add(id);
      }
    }
    const target = model.personById.get(options.pathTo).name;
    title = `${title}: best warm path to ${target}`;
  }
  const draw = (people, ours) => drawInfluence(model, people, ours, { legend, accountName: accountName3, ...path2 ? { path: path2 } : {} });
  const whole = draw(members, team);
  if (path2 && !withinLimits(whole, limits)) {
    const near = new Set(path2.flatMap((s) => [s.from, s.to]));
    for (const id of [...near])
      for (const n of graph.get(id) ?? [])
        near.add(n);
    const around = new Set([...near].filter((id) => model.personById.has(id)));
    const ours = new Set([...near].filter((id) => allTeam.has(id)));
    notes.push(`influence view with --path-to: too big to draw whole, so only the path and the people next to it are drawn`);
    return { pieces: [{ title, drawn: draw(around, ours) }], notes, how, hint };
  }
  if (members.size === 0 && team.size === 0) {
    return {
      pieces: [{ title, drawn: emptyDiagram("no people or team members to draw yet") }],
      notes,
      how,
      hint
    };
  }
  if (withinLimits(whole, limits))
    return { pieces: [{ title, drawn: whole }], notes, how, hint };
  const keepTeam = (people) => options.focus !== void 0 ? team : teamFor(people);
  const fits = (people) => withinLimits(draw(people, keepTeam(people)), limits);
  const pieces = [];
  for (const [unitId, ids] of model.groupByDivergingUnit(members)) {
    const group = new Set(ids);
    const unit = model.unitById.get(unitId);
    const name = unit?.name ?? "People above or outside the units";
    const only = unit ? [`--unit ${unit.id}`] : [];
    if (fits(group)) {
      pieces.push({ title: name, members: group, only });
      continue;
    }
    const linked = linkedIds(model);
    const ordered = model.people.filter((p) => group.has(p.id)).map((p, i) => ({ p, i, score: priority(model, p, linked) })).sort((a, b) => b.score - a.score || a.i - b.i).map((x) => x.p.id);
    let lo = 1;
    let hi = ordered.length;
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      if (fits(new Set(ordered.slice(0, mid))))
        lo = mid;
      else
        hi = mid - 1;
    }
    pieces.push({ title: name, members: new Set(ordered.slice(0, lo)), only });
    notes.push(`${name}: only the ${count(lo)} people with the most connections, roles and influence drawn; ${plural(ordered.length - lo, "other")} left out (use --focus ID or a smaller --unit)`);
  }
  const packed = pack(pieces, fits);
  return {
    pieces: packed.map((p) => ({
      title: p.title,
      drawn: draw(p.members, keepTeam(p.members)),
      only: p.only
    })),
    notes,
    how,
    hint
  };
}
function priority(model, p, linked) {
  let score = 0;
  if (linked.has(p.id))
    score += 8;
  if (p.owner && model.teamById.has(p.owner))
    score += 4;
  if ((p.roles ?? []).length > 0)
    score += 4;
  if (p.influence === "high")
    score += 2;
  if (p.strength === "strong" || p.strength === "medium")
    score += 1;
  if (p.status === "left")
    score -= 16;
  return score;
}
var VIEW_TITLE = {
  org: "org chart",
  influence: "influence map",
  units: "units"
};
function toMarkdown(result, options = {}) {
  const level = Math.min(5, Math.max(1, options.level ?? 1));
  const h = (n) => "#".repeat(Math.min(6, n));
  const out = [
    `${h(level)} ${escapeMarkdownText(result.account.name)}: ${VIEW_TITLE[result.view]}`,
    ""
  ];
  if ((options.notes ?? true) && result.notes.length > 0) {
    for (const note of result.notes)
      out.push(`> ${escapeMarkdownText(note)}`, ">");
    out.pop();
    out.push("");
  }
  for (const d of result.diagrams) {
    if (result.diagrams.length > 1) {
      out.push(`${h(level + 1)} ${escapeMarkdownText(d.title)}`, "");
      if (d.only.length > 0)
        out.push(`Drawn alone with ${d.only.map((o) => `\`${o}\``).join(" or ")}.`, "");
    }
    out.push("```mermaid", d.mermaid.trimEnd(), "```", "");
  }
  return out.join("\n");
}

// dist/report/diagrams.js
var REPORT_VIEWS = ["org", "influence"];
function reportDiagrams(map) {
  return REPORT_VIEWS.map((view) => {
    const result = buildDiagram(map, { view });
    const parts = result.diagrams.length;
    return {
      view,
      notes: result.notes,
      diagrams: result.diagrams.map((d, i) => ({
        key: `${map.account.id}-${view}${parts > 1 ? `-${i + 1}` : ""}`,
        view,
        title: d.title,
        mermaid: d.mermaid,
        part: i + 1,
        parts
      }))
    };
  });
}

// dist/report/portfolio.js
var PORTFOLIO_TITLE = "Portfolio review";
function accountName2(a) {
  return oneLine(a.name) || a.id;
}
function accountLink(input, a) {
  const where = input.target(a.id);
  const text = escapeMarkdownCell(accountName2(a));
  return "anchor" in where ? `[${text}](${anchorRef(where.anchor)})` : link(text, where.file);
}
function pct(x) {
  return x === null ? "\u2013" : percent(x);
}
function writePortfolioReport(doc, input) {
  const { portfolio: p, asOf } = input;
  const currency = p.currency;
  doc.heading(1, PORTFOLIO_TITLE, "portfolio");
  const measure = p.by === "revenue" ? "revenue" : "profit (revenue \xD7 margin)";
  const totals = [
    `total revenue ${escapeMarkdownText(money(p.totals.revenue, currency))}`,
    `total profit ${escapeMarkdownText(money(p.totals.profit, currency))}`
  ];
  doc.paragraph(`As of ${asOf}: ${plural(p.accounts.length, "account")} ranked by ${measure} in each account's latest 12 months${currency ? `, amounts in ${currency}` : ""}; ${totals.join(", ")}. ${plural(p.key_accounts.declared, "account")} declared key, ${plural(p.key_accounts.candidates, "key-account candidate")}.`);
  if (input.redaction)
    doc.quote(redactionNotice(input.redaction));
  if (input.skipped?.length) {
    doc.quote([
      `**Not in this report:** ${input.skipped.map(escapeMarkdownText).join("; ")}. Fix them (\`acctmap validate\` says how) and run the report again.`
    ]);
  }
  if (input.changes)
    writePortfolioChanges(doc, input.changes, 2, { shownAt: input.changesAt });
  doc.heading(2, "Ranking");
  doc.paragraph(`Class A: the accounts ranked above hold less than ${percent(p.settings.pareto.a)} of the total; class B: less than ${percent(p.settings.pareto.b)}; else C. A key-account candidate is class A with fit ${p.settings.key_candidate_fit} or more.`);
  doc.table([
    { header: "Rank", align: "right" },
    "Account",
    { header: currency ? `Revenue (${currency})` : "Revenue", align: "right" },
    { header: "Share", align: "right" },
    { header: "Cumulative", align: "right" },
    "Class",
    { header: "Fit", align: "right" },
    "Band",
    "Key candidate",
    "Declared tier",
    "Red flags"
  ], p.accounts.map((a) => [
    String(a.rank),
    accountLink(input, a),
    a.revenue === null ? "\u2013" : escapeMarkdownText(money(a.revenue, null)),
    pct(a.share),
    pct(a.cumulative_share),
    a.class_reason ? `${a.class} (${escapeMarkdownCell(a.class_reason)})` : a.class,
    a.fit === null ? "\u2013" : `${a.fit}${a.low_data ? " (little data)" : ""}`,
    a.band ?? "\u2013",
    a.key_candidate ? "**yes**" : "no",
    `${a.declared_tier ? escapeMarkdownCell(a.declared_tier) : "\u2013"}${a.tier_disagreement ? " (disagrees)" : ""}`,
    a.red_flags.map((f) => codeSpan(f, true)).join(", ") || "none"
  ]));
  doc.heading(2, "Pareto chart");
  doc.paragraph(`Bars: each account's share of the total ${p.by}; line: the cumulative share.`);
  chart(doc, input, "pareto", "Pareto chart", paretoChart(p));
  doc.heading(2, "Portfolio matrix");
  const unplotted = p.accounts.filter((a) => a.fit === null);
  doc.paragraph(`Fit across, Pareto position up; the centre lines are fit ${p.settings.key_candidate_fit} and the edge of class A, so the top right holds the key-account candidates. Accounts with red flags are red.${unplotted.length ? ` Not plotted (no fit): ${unplotted.map((a) => escapeMarkdownText(accountName2(a))).join(", ")}.` : ""}`);
  chart(doc, input, "matrix", "Portfolio matrix", matrixChart(p));
  doc.heading(2, "Key-account candidates");
  const candidates = p.accounts.filter((a) => a.key_candidate);
  if (candidates.length) {
    doc.list(candidates.map((a) => `${accountLink(input, a)}: class ${a.class}, fit ${a.fit}${a.band ? ` (band ${a.band})` : ""}, declared ${a.declared_tier ? codeSpan(a.declared_tier) : "no tier"}`));
  } else {
    doc.paragraph(`No account is class A with fit ${p.settings.key_candidate_fit} or more.`);
  }
  doc.heading(3, "Where the declared tier disagrees");
  const clashes = p.accounts.filter((a) => a.tier_disagreement);
  if (clashes.length) {
    doc.list(clashes.map((a) => a.tier_disagreement === "declared-key-not-candidate" ? `${accountLink(input, a)} is declared key but is not a candidate: ${escapeMarkdownText(a.candidate_reason ?? "")}` : `${accountLink(input, a)} is a candidate but declared ${a.declared_tier ? codeSpan(a.declared_tier) : "no tier"}: consider making it key`));
  } else {
    doc.paragraph("The declared tiers agree with the score.");
  }
  if (p.warnings.length)
    doc.list(p.warnings.map((w) => messageMarkdown(w)));
  if (input.moved?.length)
    writeMoved(doc, input, input.moved);
  doc.heading(2, "Flags per account");
  doc.table([
    "Account",
    "Red flags",
    "Map quality and practice",
    { header: "Errors", align: "right" },
    { header: "Warnings", align: "right" },
    { header: "Info", align: "right" }
  ], p.accounts.map((a) => {
    const found = input.findings.get(a.id) ?? [];
    const ids = (red) => {
      const counts = /* @__PURE__ */ new Map();
      for (const d of found) {
        if (isRedFlag(d) !== red)
          continue;
        counts.set(d.rule, (counts.get(d.rule) ?? 0) + 1);
      }
      return [...counts].map(([id, n2]) => `${codeSpan(id, true)}${n2 > 1 ? ` \xD7${n2}` : ""}`).join(", ") || "none";
    };
    const n = (s) => String(found.filter((d) => d.severity === s).length);
    return [accountLink(input, a), ids(true), ids(false), n("error"), n("warning"), n("info")];
  }));
  const notes = p.accounts.flatMap((a) => a.notes.map((n) => `${escapeMarkdownText(accountName2(a))}: ${messageMarkdown(n)}`));
  if (notes.length) {
    doc.heading(2, "Notes on the numbers");
    doc.list(notes);
  }
  if (input.closing) {
    doc.paragraph(closingLine(input.closing.toolVersion, `from ${plural(p.accounts.length, "account map")}; each account's findings come from the rules in force for its map (\`acctmap rules\` lists them).`, input.closing.replaced));
  }
}
function chart(doc, input, key, title, mermaid) {
  const image = input.images?.get(key);
  if (image)
    doc.paragraph(`![${escapeMarkdownText(title)}](${encodeURI(image)})`);
  else
    doc.code("mermaid", mermaid);
}
function writeMoved(doc, input, moved) {
  doc.heading(2, "People who moved");
  doc.paragraph(`${plural(moved.length, "person", "people")} left an account and now ${moved.length === 1 ? "works" : "work"} elsewhere (\`now_at\`), best contacts first: the relationship goes with them, as an introduction into an account of this portfolio or a door to a company not mapped yet.`);
  const scored = (id) => input.portfolio.accounts.find((a) => a.id === id);
  doc.table(["Person", "Left", "Now at", "Our strength", "Stance", "Our owner"], moved.map((m) => {
    const from = scored(m.from.account.id);
    const to = m.to ? scored(m.to.account.id) : void 0;
    const owner = m.person.owner ? mapIndex(m.from).teamMember(m.person.owner)?.name ?? m.person.owner : "";
    return [
      escapeMarkdownCell(m.person.title ? `${m.person.name} (${m.person.title})` : m.person.name),
      from ? accountLink(input, from) : escapeMarkdownCell(m.from.account.name),
      to ? `${accountLink(input, to)} (in this portfolio)` : `${escapeMarkdownCell(m.nowAt)} (not mapped yet)`,
      escapeMarkdownCell(m.person.strength),
      escapeMarkdownCell(m.person.stance),
      escapeMarkdownCell(owner)
    ];
  }));
}

// dist/report/index.js
function prepareReports(input) {
  const accounts = [];
  const names = /* @__PURE__ */ new Map();
  const findingsOf = /* @__PURE__ */ new Map();
  for (const { file, map } of input.maps) {
    const id = map.account.id;
    let shown = map;
    let scrub = (text) => text;
    if (input.redact) {
      const r = redactMap(map, input.redact);
      shown = r.map;
      scrub = r.scrub;
    }
    names.set(id, shown.account.name);
    const findings = input.findings.filter((d) => d.file === file && d.account === id).map((d) => ({ ...d, message: scrub(d.message) }));
    findingsOf.set(id, findings);
    const score = input.score?.accounts.find((a) => a.id === id);
    const report = {
      map: shown,
      file,
      asOf: input.asOf,
      findings,
      diagrams: reportDiagrams(shown)
    };
    if (score)
      report.score = { ...score, name: shown.account.name };
    if (input.redact)
      report.redaction = input.redact;
    if (input.changes)
      report.changes = accountChanges(input.changes, id, input.redact ? scrub : void 0);
    accounts.push(report);
  }
  let portfolio;
  if (input.score) {
    portfolio = {
      ...input.score,
      accounts: input.score.accounts.map((a) => ({ ...a, name: names.get(a.id) ?? a.name }))
    };
    for (const a of accounts)
      a.portfolio = portfolio;
  }
  const diagrams = [];
  for (const a of accounts) {
    for (const view of a.diagrams) {
      for (const d of view.diagrams) {
        diagrams.push({
          key: d.key,
          mermaid: d.mermaid,
          title: `${oneLine(a.map.account.name)}: ${d.title}`
        });
      }
    }
  }
  if (portfolio) {
    diagrams.push({ key: "pareto", mermaid: paretoChart(portfolio), title: "Pareto chart" });
    diagrams.push({ key: "matrix", mermaid: matrixChart(portfolio), title: "Portfolio matrix" });
  }
  return { input, accounts, diagrams, ...portfolio ? { portfolio } : {} };
}
var PORTFOLIO_CHARTS = /* @__PURE__ */ new Set(["pareto", "matrix"]);
function shownDiagrams(prepared, layout) {
  const portfolioReport = prepared.portfolio !== void 0 && (layout === "directory" || prepared.accounts.length > 1);
  return portfolioReport ? prepared.diagrams : prepared.diagrams.filter((d) => !PORTFOLIO_CHARTS.has(d.key));
}
function indexFile(extension) {
  return `index.${extension}`;
}
function accountFile(id, extension) {
  return id === "index" ? `index.account.${extension}` : `${id}.${extension}`;
}
function composeReports(prepared, options) {
  const { input, accounts, portfolio } = prepared;
  const images = options.images;
  const ext = options.extension ?? "md";
  const version = input.toolVersion ? { toolVersion: input.toolVersion } : {};
  const withImages = (a) => images ? { ...a, images } : a;
  const names = uniqueNames(accounts);
  const titles = names.map(titleFor);
  if (options.layout === "document") {
    const doc = new MarkdownDoc();
    if (accounts.length === 1 || !portfolio) {
      accounts.forEach((a, i) => writeAccountReport(doc, withImages(a), {
        ...version,
        level: accounts.length === 1 ? 1 : 2,
        combined: accounts.length > 1,
        title: titles[i],
        name: names[i]
      }));
      return [{ path: "", content: doc.toString() }];
    }
    const reviewed = new Set(accounts.map((a) => a.map.account.id));
    writePortfolioReport(doc, {
      ...portfolioInput(prepared, images),
      target: (id) => ({ anchor: `account:${id}` }),
      changesAt: (id) => reviewed.has(id) ? `changes:${id}` : void 0
    });
    const rank2 = (a) => a.score?.rank ?? Number.MAX_SAFE_INTEGER;
    const ranked = [...accounts.entries()].sort(([, a], [, b]) => rank2(a) - rank2(b));
    for (const [i, a] of ranked) {
      writeAccountReport(doc, withImages(a), {
        ...version,
        level: 2,
        combined: true,
        titleKey: `account:${a.map.account.id}`,
        changesKey: `changes:${a.map.account.id}`,
        title: titles[i],
        name: names[i],
        backLink: `[${PORTFOLIO_TITLE.toLowerCase()}](${anchorRef("portfolio")})`
      });
    }
    return [{ path: "", content: doc.toString() }];
  }
  const files = [];
  if (portfolio) {
    const doc = new MarkdownDoc();
    writePortfolioReport(doc, {
      ...portfolioInput(prepared, images),
      target: (id) => ({ file: accountFile(id, ext) }),
      closing: { ...version, replaced: true }
    });
    files.push({ path: indexFile(ext), content: doc.toString() });
  }
  for (const [i, a] of accounts.entries()) {
    const doc = new MarkdownDoc();
    writeAccountReport(doc, withImages(a), {
      ...version,
      level: 1,
      title: titles[i],
      replaced: true,
      ...portfolio ? { backLink: link(PORTFOLIO_TITLE.toLowerCase(), indexFile(ext)) } : {}
    });
    files.push({ path: accountFile(a.map.account.id, ext), content: doc.toString() });
  }
  return files;
}
function portfolioInput(prepared, images) {
  const { input, accounts } = prepared;
  return {
    asOf: input.asOf,
    portfolio: prepared.portfolio,
    findings: new Map(accounts.map((a) => [a.map.account.id, a.findings])),
    ...images ? { images } : {},
    ...input.redact ? { redaction: input.redact } : {},
    ...input.skipped?.length ? { skipped: input.skipped } : {},
    ...input.changes ? { changes: redactedChanges(input.changes, prepared) } : {},
    // From the maps as the report shows them: a redacted copy has no `now_at` to show.
    moved: movedPeople(accounts.map((a) => a.map))
  };
}
function redactedChanges(diff, prepared) {
  if (!prepared.input.redact)
    return diff;
  const accounts = diff.accounts.map((a) => {
    const shown = prepared.accounts.find((r) => r.map.account.id === a.id)?.changes?.account;
    return shown ?? redactChanges(a, (text) => text);
  });
  return { ...diff, accounts };
}
function uniqueNames(accounts) {
  const base = accounts.map((a) => accountName(a.map));
  const counts = /* @__PURE__ */ new Map();
  for (const b of base)
    counts.set(b.toLowerCase(), (counts.get(b.toLowerCase()) ?? 0) + 1);
  return base.map((b, i) => counts.get(b.toLowerCase()) > 1 ? `${b} (${accounts[i].map.account.id})` : b);
}

// dist/cli/report-files.js
import { randomBytes } from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import { crc32 } from "node:zlib";
var IMAGE_MARK = "acctmap";
var SVG_COMMENT = `<!-- Written by ${IMAGE_MARK}; running it again replaces this file. -->
`;
var MERMAID_MARK = "%% Written by acctmap; running it again replaces this file.";
var PNG_SIGNATURE = [137, 80, 78, 71, 13, 10, 26, 10];
function isPng(data) {
  return PNG_SIGNATURE.every((b, i) => data[i] === b);
}
function markSvg(data) {
  const text = Buffer.from(data).toString("utf8");
  if (text.startsWith(SVG_COMMENT))
    return data;
  const decl = /^<\?xml[^>]*\?>\s*/.exec(text);
  const at = decl ? decl[0].length : 0;
  return Buffer.from(text.slice(0, at) + SVG_COMMENT + text.slice(at), "utf8");
}
function markPng(data) {
  if (!isPng(data) || hasPngMark(data))
    return data;
  const body = Buffer.concat([Buffer.from("Software\0", "latin1"), Buffer.from(IMAGE_MARK)]);
  const type = Buffer.from("tEXt", "latin1");
  const chunk = Buffer.alloc(12 + body.length);
  chunk.writeUInt32BE(body.length, 0);
  type.copy(chunk, 4);
  body.copy(chunk, 8);
  chunk.writeUInt32BE(crc32(Buffer.concat([type, body])) >>> 0, 8 + body.length);
  const afterHeader = 8 + 4 + 4 + 13 + 4;
  const bytes = Buffer.from(data);
  return Buffer.concat([bytes.subarray(0, afterHeader), chunk, bytes.subarray(afterHeader)]);
}
function hasPngMark(data) {
  const bytes = Buffer.from(data);
  let at = 8;
  while (at + 8 <= bytes.length) {
    const length = bytes.readUInt32BE(at);
    const type = bytes.toString("latin1", at + 4, at + 8);
    if (type === "tEXt") {
      const text = bytes.toString("latin1", at + 8, at + 8 + length);
      if (text === `Software\0${IMAGE_MARK}`)
        return true;
    }
    if (type === "IDAT" || type === "IEND")
      return false;
    at += 12 + length;
  }
  return false;
}
var PDF_MARK = `% Written by ${IMAGE_MARK}; running it again replaces this file.
`;
function markPdf(data) {
  if (hasPdfMark(data))
    return data;
  return Buffer.concat([Buffer.from(data), Buffer.from(`
${PDF_MARK}`, "latin1")]);
}
function hasPdfMark(data) {
  const bytes = Buffer.from(data);
  return bytes.toString("latin1", 0, 5) === "%PDF-" && bytes.toString("latin1", Math.max(0, bytes.length - 200)).endsWith(PDF_MARK);
}
function markImage(target, data) {
  if (target.endsWith(".svg"))
    return markSvg(data);
  if (target.endsWith(".png"))
    return markPng(data);
  if (target.endsWith(".pdf"))
    return markPdf(data);
  return data;
}
function writtenByUs(file) {
  let data;
  try {
    data = fs.readFileSync(file);
  } catch {
    return false;
  }
  if (file.endsWith(".md"))
    return isGeneratedReport(data.toString("utf8"));
  if (file.endsWith(".html"))
    return isGeneratedHtml(data.toString("utf8", 0, 4096));
  if (file.endsWith(".mmd"))
    return data.toString("utf8", 0, 512).startsWith(MERMAID_MARK);
  if (file.endsWith(".svg"))
    return data.toString("utf8", 0, 512).includes(SVG_COMMENT.trim());
  if (file.endsWith(".png"))
    return isPng(data) && hasPngMark(data);
  if (file.endsWith(".pdf"))
    return hasPdfMark(data);
  return false;
}
var REVIEW_FILE = /\.(md|html|pdf)$/;
var REPORT_ADVICE = {
  writer: "acctmap report",
  elsewhere: (foreign) => [
    foreign.some((f) => REVIEW_FILE.test(f)) ? "the reports to another folder (-o DIR/)" : "",
    foreign.some((f) => !REVIEW_FILE.test(f)) ? "the images to another folder (--images DIR)" : ""
  ].filter(Boolean).join(" and ")
};
function checkTargets(files, cwd, advice = REPORT_ADVICE) {
  const foreign = [];
  for (const { target } of files) {
    let stat;
    try {
      stat = fs.statSync(target);
    } catch {
      continue;
    }
    if (stat.isDirectory())
      throw new UsageError(`cannot write ${displayPath(target, cwd)}: it is a folder`);
    if (!writtenByUs(target))
      foreign.push(displayPath(target, cwd));
  }
  if (foreign.length === 0)
    return;
  const list = foreign.length > 5 ? `${foreign.slice(0, 5).join(", ")} and ${foreign.length - 5} more` : foreign.join(", ");
  throw new UsageError(`will not overwrite ${foreign.length === 1 ? "a file" : "files"} that ${advice.writer} did not write: ${list}; move ${foreign.length === 1 ? "it" : "them"} away, or write ${advice.elsewhere(foreign)}; nothing was written`);
}
function writeFiles(files, cwd) {
  const temps = [];
  const made = [];
  const cleanup = () => {
    for (const { tmp } of temps)
      fs.rmSync(tmp, { force: true });
    for (const { first, deepest } of [...made].reverse())
      removeEmptyFolders(deepest, first);
  };
  const unregister = onInterrupt(cleanup);
  let current;
  try {
    for (const file of files) {
      current = file.target;
      const dir = path.dirname(file.target);
      try {
        if (fs.existsSync(dir) && !fs.statSync(dir).isDirectory())
          throw new UsageError(`cannot write into ${displayPath(dir, cwd)}: it is a file, not a folder`);
        const first = fs.mkdirSync(dir, { recursive: true });
        if (first !== void 0)
          made.push({ first, deepest: dir });
      } catch (error) {
        if (error instanceof UsageError)
          throw error;
        throw new UsageError(`cannot write into ${displayPath(dir, cwd)}: ${describeSystemError(error)}`);
      }
      const tmp = path.join(dir, `.${path.basename(file.target)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
      temps.push({ tmp, target: file.target });
      fs.writeFileSync(tmp, file.data, { flag: "wx" });
    }
    for (const { tmp, target } of temps) {
      current = target;
      fs.renameSync(tmp, target);
    }
  } catch (error) {
    cleanup();
    if (error instanceof UsageError)
      throw error;
    const what = current === void 0 ? "the reports" : displayPath(current, cwd);
    throw new UsageError(`cannot write ${what}: ${describeSystemError(error)}`);
  } finally {
    unregister();
  }
}
function staleReports(dir, written) {
  let names;
  try {
    names = fs.readdirSync(dir);
  } catch {
    return [];
  }
  return names.filter((n) => /\.(md|html|pdf)$/.test(n) && !written.has(path.join(dir, n))).filter((n) => writtenByUs(path.join(dir, n))).sort();
}

export {
  DiagramOptionError,
  buildDiagram,
  toMarkdown,
  prepareReports,
  shownDiagrams,
  composeReports,
  MERMAID_MARK,
  markPdf,
  markImage,
  checkTargets,
  writeFiles,
  staleReports
};
