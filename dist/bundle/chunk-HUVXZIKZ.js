import { createRequire as __acctmapCreateRequire } from 'node:module';
const require = __acctmapCreateRequire(import.meta.url);
import {
  CRITERIA
} from "./chunk-WJ4UJHTB.js";
import {
  amount,
  displayWidth,
  escapeMarkdownCell,
  escapeTerminal,
  oneLine,
  percent,
  plural,
  truncate
} from "./chunk-A4RBNV6B.js";

// dist/score/format.js
var same = (t) => t;
var PLAIN_STYLES = {
  classA: same,
  classB: same,
  classC: same,
  flag: same,
  candidate: same,
  warning: same,
  heading: same,
  dim: same
};
var SCORE_FORMATTERS = {
  table: formatTable,
  json: formatJson,
  csv: formatCsv,
  markdown: formatMarkdown
};
var CRITERION_LABELS = {
  revenue_history: "Revenue history",
  account_history: "Account history",
  margins: "Margins and profitability",
  long_term_interest: "Long-term interest",
  commonality: "Commonality"
};
var CRITERION_SHORT = {
  revenue_history: "RevH",
  account_history: "AccH",
  margins: "Marg",
  long_term_interest: "LTI",
  commonality: "Comm"
};
function percentText(x) {
  return x === null ? "\u2013" : percent(x, { fixed: true });
}
function amountText(x) {
  return x === null ? "\u2013" : amount(Math.round(x));
}
function fitText(a) {
  if (a.fit === null)
    return "\u2013";
  return a.low_data ? `${a.fit}*` : String(a.fit);
}
function formatJson(portfolio) {
  return `${JSON.stringify(portfolio, null, 2)}
`;
}
var NAME_MAX = 28;
function tableColumns() {
  const classPaint = (a, s) => a.class === "A" ? s.classA : a.class === "B" ? s.classB : s.classC;
  return [
    { head: "#", align: "right", cell: (a) => String(a.rank) },
    {
      head: "Account",
      align: "left",
      cell: (a) => truncate(oneLine(escapeTerminal(a.name, "whitespace")) || a.id, NAME_MAX)
    },
    { head: "Class", align: "left", cell: (a) => a.class, paint: classPaint },
    { head: "Revenue", align: "right", cell: (a) => amountText(a.revenue) },
    { head: "Profit", align: "right", cell: (a) => amountText(a.profit) },
    { head: "Share", align: "right", cell: (a) => percentText(a.share) },
    { head: "Cum.", align: "right", cell: (a) => percentText(a.cumulative_share) },
    { head: "Fit", align: "right", cell: fitText },
    ...CRITERIA.map((c) => ({
      head: CRITERION_SHORT[c],
      align: "right",
      cell: (a) => a.criteria[c].score === null ? "\u2013" : String(a.criteria[c].score),
      paint: (a, s) => a.criteria[c].score === null ? s.dim : same
    })),
    {
      head: "Key",
      align: "left",
      cell: (a) => a.key_candidate ? "yes" : "",
      paint: (_a, s) => s.candidate
    },
    {
      head: "Tier",
      align: "left",
      cell: (a) => `${a.declared_tier ?? "\u2013"}${a.tier_disagreement ? " \u2260" : ""}`,
      paint: (a, s) => a.tier_disagreement ? s.warning : same
    },
    {
      head: "Red flags",
      align: "left",
      cell: (a) => a.red_flags.join(", "),
      paint: (_a, s) => s.flag
    }
  ];
}
function pad(text, width, align, paint = same) {
  const gap = " ".repeat(Math.max(0, width - displayWidth(text)));
  const shown = text === "" ? "" : paint(text);
  return align === "left" ? shown + gap : gap + shown;
}
function formatTable(portfolio, options = {}) {
  const s = options.styles ?? PLAIN_STYLES;
  const columns = tableColumns();
  const rows = portfolio.accounts.map((a) => columns.map((c) => c.cell(a)));
  const widths = columns.map((c, i) => Math.max(displayWidth(c.head), ...rows.map((r) => displayWidth(r[i]))));
  const out = [];
  const money = portfolio.currency ? `amounts in ${portfolio.currency}` : "amounts as written";
  out.push(s.heading(`${plural(portfolio.accounts.length, "account")} as of ${portfolio.as_of}, Pareto by ${portfolio.by}, ${money}, latest 12 months`));
  out.push("");
  const line = (cells) => cells.join("  ").trimEnd();
  out.push(s.heading(line(columns.map((c, i) => pad(c.head, widths[i], c.align)))));
  portfolio.accounts.forEach((a, r) => {
    const cells = columns.map((c, i) => pad(rows[r][i], widths[i], c.align, c.paint?.(a, s)));
    out.push(line(cells));
  });
  out.push("");
  const w = portfolio.settings.weights;
  out.push(s.dim(`Fit 0\u2013100 = weighted mean of the criteria with data: ${CRITERIA.map((c) => `${CRITERION_SHORT[c]} ${CRITERION_LABELS[c].toLowerCase()} (weight ${w[c]})`).join(", ")}. \u2013 = no data. * = low data: less than ${Math.round(portfolio.settings.low_data_below * 100)} % of the weight had data.`));
  out.push(s.dim(`Class A: the accounts above hold less than ${Math.round(portfolio.settings.pareto.a * 100)} % of the total, B less than ${Math.round(portfolio.settings.pareto.b * 100)} %. Key = class A with fit \u2265 ${portfolio.settings.key_candidate_fit}. \u2260 = declared tier disagrees. See docs/scoring.md.`));
  const name = (a) => truncate(oneLine(escapeTerminal(a.name, "whitespace")) || a.id, NAME_MAX);
  for (const section of sections(portfolio, name)) {
    out.push("");
    out.push(section.warning ? s.warning(section.title) : s.heading(section.title));
    for (const item of section.items)
      out.push(`  ${item}`);
  }
  return `${out.join("\n")}
`;
}
function sections(portfolio, show) {
  const out = [];
  const pick = (f) => portfolio.accounts.filter(f);
  const candidates = pick((a) => a.key_candidate);
  out.push({
    title: `Key-account candidates (${candidates.length})`,
    items: candidates.length ? candidates.map((a) => `${show(a)}: class ${a.class}, fit ${a.fit}${a.red_flags.length ? `, red flags: ${a.red_flags.join(", ")}` : ""}`) : ["none"]
  });
  const declaredNot = pick((a) => a.tier_disagreement === "declared-key-not-candidate");
  if (declaredNot.length) {
    out.push({
      title: "Declared key but not a candidate",
      items: declaredNot.map((a) => `${show(a)}: ${a.candidate_reason}`),
      warning: true
    });
  }
  const notDeclared = pick((a) => a.tier_disagreement === "candidate-not-declared-key");
  if (notDeclared.length) {
    out.push({
      title: "Candidates not declared key",
      items: notDeclared.map((a) => `${show(a)}: declared ${a.declared_tier ?? "no tier"}`),
      warning: true
    });
  }
  const revenueOnly = pick((a) => a.revenue_a_not_profit_a);
  if (revenueOnly.length) {
    out.push({
      title: "Class A on revenue but not on profit",
      items: revenueOnly.map((a) => `${show(a)}: class ${a.pareto.profit.class} on profit${a.pareto.profit.reason ? ` (${a.pareto.profit.reason})` : ""}`),
      warning: true
    });
  }
  const withoutValue = pick((a) => a.class_reason !== null);
  if (withoutValue.length) {
    out.push({
      title: `Class C without ${portfolio.by}`,
      items: withoutValue.map((a) => `${show(a)}: ${a.class_reason}`)
    });
  }
  const lowData = pick((a) => a.low_data);
  if (lowData.length) {
    out.push({
      title: "Low data",
      items: lowData.map((a) => {
        const missing = CRITERIA.filter((c) => a.criteria[c].score === null).map((c) => CRITERION_LABELS[c].toLowerCase());
        return `${show(a)}: ${Math.round(a.data_weight * 100)} % of the weight had data; missing ${missing.join(", ")}`;
      })
    });
  }
  const wallet = pick((a) => a.share_of_wallet !== null);
  if (wallet.length) {
    out.push({
      title: "Share of wallet",
      items: wallet.map((a) => `${show(a)}: ${percentText(a.share_of_wallet)} of an estimated ${amountText(a.wallet)}`)
    });
  }
  const notes = pick((a) => a.notes.length > 0);
  if (notes.length) {
    out.push({
      title: "Notes",
      items: notes.flatMap((a) => a.notes.map((n) => `${show(a)}: ${n}`))
    });
  }
  if (portfolio.warnings.length) {
    out.push({ title: "Warnings", items: portfolio.warnings, warning: true });
  }
  return out;
}
function csvCell(value) {
  if (value === null)
    return "";
  if (typeof value === "number" || typeof value === "boolean")
    return String(value);
  let text = value;
  if (/^[=+\-@\t\r]/.test(text))
    text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
function formatCsv(portfolio) {
  const head = [
    "rank",
    "id",
    "name",
    "file",
    "class",
    "by",
    "share",
    "cumulative_share",
    "revenue",
    "profit",
    "currency",
    "period",
    "margin",
    "fit",
    "band",
    "data_weight",
    "low_data",
    ...CRITERIA,
    "key_candidate",
    "declared_tier",
    "tier_disagreement",
    "red_flags",
    "class_on_revenue",
    "class_on_profit",
    "revenue_a_not_profit_a",
    "share_of_wallet",
    "class_reason"
  ];
  const rows = portfolio.accounts.map((a) => [
    a.rank,
    a.id,
    a.name,
    a.file,
    a.class,
    portfolio.by,
    a.share,
    a.cumulative_share,
    a.revenue,
    a.profit,
    portfolio.currency,
    a.period,
    a.margin,
    a.fit,
    a.band,
    a.data_weight,
    a.low_data,
    ...CRITERIA.map((c) => a.criteria[c].score),
    a.key_candidate,
    a.declared_tier,
    a.tier_disagreement,
    a.red_flags.join(" "),
    a.pareto.revenue.class,
    a.pareto.profit.class,
    a.revenue_a_not_profit_a,
    a.share_of_wallet,
    a.class_reason
  ]);
  return `${[head, ...rows].map((r) => r.map(csvCell).join(",")).join("\r\n")}\r
`;
}
function formatMarkdown(portfolio) {
  const out = [];
  const name = (a) => `${escapeMarkdownCell(a.name) || a.id} (\`${a.id}\`)`;
  const money = portfolio.currency ? `amounts in ${portfolio.currency}` : "amounts as written";
  out.push(`# Portfolio score, ${portfolio.as_of}`);
  out.push("");
  out.push(`${portfolio.accounts.length} accounts, Pareto by ${portfolio.by} in each account's latest 12 months, ${money}. Definitions: docs/scoring.md.`);
  out.push("");
  const w = portfolio.settings.weights;
  const head = [
    "Rank",
    "Account",
    "Class",
    "Revenue",
    "Profit",
    "Share",
    "Cumulative",
    "Fit",
    ...CRITERIA.map((c) => `${CRITERION_LABELS[c]} (${w[c]})`),
    "Key candidate",
    "Declared tier",
    "Red flags"
  ];
  const align = [
    "---:",
    "---",
    "---",
    "---:",
    "---:",
    "---:",
    "---:",
    "---:",
    ...CRITERIA.map(() => "---:"),
    "---",
    "---",
    "---"
  ];
  const row = (cells) => `| ${cells.join(" | ")} |`;
  out.push(row(head));
  out.push(row(align));
  for (const a of portfolio.accounts) {
    out.push(row([
      String(a.rank),
      name(a),
      a.class,
      amountText(a.revenue),
      amountText(a.profit),
      percentText(a.share),
      percentText(a.cumulative_share),
      escapeMarkdownCell(fitText(a)),
      ...CRITERIA.map((c) => a.criteria[c].score === null ? "\u2013" : String(a.criteria[c].score)),
      a.key_candidate ? "yes" : "",
      `${a.declared_tier ?? "\u2013"}${a.tier_disagreement ? " (disagrees)" : ""}`,
      a.red_flags.map((f) => `\`${f}\``).join(", ")
    ]));
  }
  out.push("");
  out.push(`Fit is the weighted mean of the criteria with data (weights in brackets); \u2013 is no data; \\* marks low data (less than ${Math.round(portfolio.settings.low_data_below * 100)} % of the weight had data). Class A: the accounts ranked above hold less than ${Math.round(portfolio.settings.pareto.a * 100)} % of the total, B less than ${Math.round(portfolio.settings.pareto.b * 100)} %. A key-account candidate is class A with fit \u2265 ${portfolio.settings.key_candidate_fit}.`);
  for (const section of sections(portfolio, name)) {
    out.push("");
    out.push(`## ${section.title}`);
    out.push("");
    for (const item of section.items)
      out.push(`- ${item}`);
  }
  return `${out.join("\n")}
`;
}

export {
  SCORE_FORMATTERS,
  CRITERION_LABELS
};
