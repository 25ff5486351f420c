import { createRequire as __acctmapCreateRequire } from 'node:module';
const require = __acctmapCreateRequire(import.meta.url);

// dist/text/numbers.js
function count(n) {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}
function amount(x) {
  const rounded = Math.round(x * 100) / 100;
  const fixed = Number.isInteger(rounded) ? String(Math.abs(rounded)) : Math.abs(rounded).toFixed(2);
  const [whole, frac] = fixed.split(".");
  return `${rounded < 0 ? "\u2212" : ""}${count(Number(whole))}${frac ? `.${frac}` : ""}`;
}
function money(x, currency) {
  return currency ? `${currency} ${amount(x)}` : amount(x);
}
function percentNumber(fraction) {
  return Math.round(fraction * 1e3) / 10;
}
function percent(fraction, options = {}) {
  const p = percentNumber(fraction);
  const digits = options.fixed ? Math.abs(p).toFixed(1) : String(Math.abs(p));
  const sign = p < 0 ? options.signed ? "\u2212" : "-" : p > 0 && options.signed ? "+" : "";
  return `${sign}${digits} %`;
}
function bytes(n) {
  if (n >= 1024 * 1024)
    return `${(n / (1024 * 1024)).toFixed(1)} MB`;
  if (n >= 1024)
    return `${(n / 1024).toFixed(1)} kB`;
  return `${n} bytes`;
}

// dist/text/words.js
var CONTROL = /[\p{Cc}\u2028\u2029]/gu;
function oneLine(text) {
  return collapseSpaces(text).trim();
}
function collapseSpaces(text) {
  return text.replace(CONTROL, " ").replace(/\s+/g, " ");
}
function escapeControls(text) {
  return text.replace(/\r\n/g, "\\r\\n").replace(/\n/g, "\\n").replace(/\r/g, "\\r").replace(CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
function words(value) {
  return value.replace(/-/g, " ");
}
function capitalise(text) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
var ABBREVIATIONS = /* @__PURE__ */ new Set([
  "api",
  "b2b",
  "b2c",
  "cac",
  "ceo",
  "cfo",
  "chf",
  "cio",
  "crm",
  "cto",
  "d2c",
  "dkk",
  "esg",
  "eur",
  "gbp",
  "hq",
  "kpi",
  "ltv",
  "nok",
  "roi",
  "sek",
  "seo",
  "sla",
  "url",
  "usd"
]);
function keyLabel(key) {
  const spaced = key.replace(/[_-]+/g, " ").trim();
  if (spaced === "")
    return key;
  const worded = spaced.split(" ").map((w) => ABBREVIATIONS.has(w.toLowerCase()) ? w.toUpperCase() : w).join(" ");
  return capitalise(worded);
}
function joinAnd(items, max = Number.POSITIVE_INFINITY) {
  if (items.length > max)
    return `${items.slice(0, max).join(", ")} and ${items.length - max} more`;
  if (items.length <= 1)
    return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}
function plural(n, one, many = `${one}s`) {
  return `${count(n)} ${n === 1 ? one : many}`;
}
function quote(text) {
  const line = oneLine(text);
  return `"${line.length > 80 ? `${line.slice(0, 79)}\u2026` : line}"`;
}
function compareCodeUnits(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// dist/text/dates.js
var DAY_MS = 864e5;
function utc(date) {
  if (date.length === 10) {
    return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8)));
  }
  const [y, m, d] = date.split("-").map(Number);
  return Date.UTC(y, m - 1, d);
}
var CALENDAR_DATE_PATTERN = /^(?:\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|02-(?:0[1-9]|1\d|2[0-8]))|(?:\d{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)$/;
function isCalendarDate(text) {
  return CALENDAR_DATE_PATTERN.test(text);
}
function daysBetween(from, to) {
  return Math.round((utc(to) - utc(from)) / DAY_MS);
}
function addDays(date, days) {
  return new Date(utc(date) + days * DAY_MS).toISOString().slice(0, 10);
}
function addYears(date, years) {
  const y = String(Number(date.slice(0, 4)) + years).padStart(4, "0");
  const candidate = `${y}-${date.slice(5)}`;
  return isCalendarDate(candidate) ? candidate : `${y}-02-28`;
}
function daysInMonth(year, month) {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
function wholeMonths(since, asOf) {
  if (asOf < since)
    return -wholeMonths(asOf, since);
  const [y1, m1, d1] = since.split("-").map(Number);
  const [y2, m2, d2] = asOf.split("-").map(Number);
  const reached = d2 >= d1 || d2 === daysInMonth(y2, m2);
  return (y2 - y1) * 12 + (m2 - m1) - (reached ? 0 : 1);
}
function durationSince(since, asOf) {
  const months = wholeMonths(since, asOf);
  if (months >= 12)
    return plural(Math.floor(months / 12), "year");
  if (months >= 1)
    return plural(months, "month");
  return plural(daysBetween(since, asOf), "day");
}
function ago(date, asOf) {
  const days = daysBetween(date, asOf);
  if (days === 0)
    return "today";
  if (days > 0)
    return `${plural(days, "day")} ago`;
  return `in ${plural(-days, "day")}`;
}

// dist/text/markdown.js
var INLINE_SPECIAL = /[\\`*_[\]<>&~|$!{}#@]/g;
function escapeInline(text) {
  return collapseSpaces(text).replace(INLINE_SPECIAL, "\\$&").replace(/:(?=\/\/|[\p{L}\p{N}])/gu, "\\:").replace(/\b(www)\./gi, "$1\\.");
}
function escapeLineStart(markdown) {
  return markdown.replace(/^>/, "\\>").replace(/^([-+])(?=\s|$|-)/, "\\$1").replace(/^=/, "\\=").replace(/^(\d{1,9})([.)])(?=\s|$)/, "$1\\$2");
}
function escapeMarkdownText(text) {
  return escapeLineStart(escapeInline(oneLine(text)));
}
function escapeMarkdownCell(text) {
  return escapeMarkdownText(text);
}
function codeSpan(text, inTable = false) {
  let body = oneLine(text);
  if (body === "")
    return "` `";
  if (inTable && body.includes("\\|"))
    return escapeMarkdownCell(body);
  if (inTable)
    body = body.replace(/\|/g, "\\|");
  const longest = Math.max(0, ...(body.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longest + 1);
  const pad = body.startsWith("`") || body.endsWith("`") ? " " : "";
  return `${fence}${pad}${body}${pad}${fence}`;
}
function messageMarkdown(message, inTable = false) {
  const text = oneLine(message);
  let out = "";
  let last = 0;
  for (const m of text.matchAll(/`([^`]+)`/g)) {
    out += escapeInline(text.slice(last, m.index));
    out += codeSpan(m[1], inTable);
    last = m.index + m[0].length;
  }
  out += escapeInline(text.slice(last));
  return escapeLineStart(out);
}
function table(columns, rows) {
  const cols = columns.map((c) => typeof c === "string" ? { header: c } : c);
  const header = `| ${cols.map((c) => escapeMarkdownCell(c.header)).join(" | ")} |`;
  const rule = `| ${cols.map((c) => c.align === "right" ? "---:" : c.align === "center" ? ":---:" : "---").join(" | ")} |`;
  const body = rows.map((row) => {
    const cells = cols.map((_, i) => {
      const cell = (row[i] ?? "").replace(/[\r\n]+/g, " ").trim();
      return cell === "" ? " " : cell;
    });
    return `| ${cells.join(" | ")} |`;
  });
  return [header, rule, ...body].join("\n");
}
function link(text, target) {
  const safe = target.replace(/[\s()<>\\]/g, (c) => encodeURIComponent(c));
  return `[${text}](${safe})`;
}
function headingSlug(plain) {
  return plain.toLowerCase().replace(/[^\p{Letter}\p{Mark}\p{Number}\p{Connector_Punctuation}\- ]/gu, "").replace(/ /g, "-");
}
var HeadingSlugger = class {
  seen = /* @__PURE__ */ new Map();
  /** The anchor of the next heading whose shown text is `plain` (without `#`). */
  slug(plain) {
    const base = headingSlug(plain);
    const count2 = this.seen.get(base) ?? 0;
    this.seen.set(base, count2 + 1);
    if (count2 === 0)
      return base;
    const numbered = `${base}-${count2}`;
    if (!this.seen.has(numbered))
      this.seen.set(numbered, 0);
    return numbered;
  }
};

// dist/text/terminal.js
function displayWidth(text) {
  let width = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0);
    if (new RegExp("\\p{Mn}|\\p{Me}|\\p{Cf}", "u").test(ch))
      continue;
    width += isWide(cp) ? 2 : 1;
  }
  return width;
}
function isWide(cp) {
  return cp >= 4352 && cp <= 4447 || cp >= 11904 && cp <= 12350 || cp >= 12353 && cp <= 13311 || cp >= 13312 && cp <= 19903 || cp >= 19968 && cp <= 40959 || cp >= 40960 && cp <= 42191 || cp >= 44032 && cp <= 55203 || cp >= 63744 && cp <= 64255 || cp >= 65072 && cp <= 65103 || cp >= 65280 && cp <= 65376 || cp >= 65504 && cp <= 65510 || cp >= 127744 && cp <= 128591 || cp >= 129280 && cp <= 129535 || cp >= 131072 && cp <= 262141;
}
function truncate(text, max) {
  if (displayWidth(text) <= max)
    return text;
  let out = "";
  let width = 0;
  for (const ch of text) {
    const w = displayWidth(ch);
    if (width + w > max - 1)
      break;
    out += ch;
    width += w;
  }
  return `${out}\u2026`;
}
var UNSAFE = /[\p{Cc}\u2028\u2029\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu;
var WHITESPACE = /* @__PURE__ */ new Set(["\n", "\r", "	"]);
function escapeTerminal(text, keep = "none") {
  return text.replace(UNSAFE, (c) => {
    if (keep === "whitespace" && WHITESPACE.has(c))
      return c;
    if (keep === "line-breaks" && c === "\n")
      return c;
    if (c === "\n")
      return "\\n";
    if (c === "\r")
      return "\\r";
    if (c === "	")
      return "\\t";
    const code = c.charCodeAt(0);
    return code <= 255 ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
  });
}

// dist/text/positions.js
function positionsIn(text) {
  const starts = [0];
  let scanned = 0;
  return (offset) => {
    const at = Math.max(0, Math.min(Number.isFinite(offset) ? offset : 0, text.length));
    while (scanned <= at && scanned !== -1) {
      const nl = text.indexOf("\n", scanned);
      if (nl === -1)
        scanned = -1;
      else {
        starts.push(nl + 1);
        scanned = nl + 1;
      }
    }
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (starts[mid] <= at)
        lo = mid;
      else
        hi = mid - 1;
    }
    return { line: lo + 1, column: at - starts[lo] + 1 };
  };
}
function offsetAt(text, line, column) {
  let start = 0;
  for (let l = 1; l < line; l++) {
    const nl = text.indexOf("\n", start);
    if (nl === -1)
      return text.length;
    start = nl + 1;
  }
  return Math.min(start + Math.max(column, 1) - 1, text.length);
}

// dist/text/suggest.js
function closest(input, candidates) {
  const needle = input.toLowerCase();
  let best;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    const c = candidate.toLowerCase();
    if (c === needle)
      return candidate;
    const d = editDistance(needle, c);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  if (best === void 0)
    return void 0;
  const limit = Math.min(3, Math.max(1, Math.floor(Math.max(needle.length, best.length) / 3)));
  if (bestDistance <= limit)
    return best;
  const squash = (s) => s.toLowerCase().replace(/[-_\s]/g, "");
  for (const candidate of [best])
    if (squash(candidate) === squash(input))
      return candidate;
  return void 0;
}
function editDistance(a, b) {
  if (a === b)
    return 0;
  if (Math.abs(a.length - b.length) > 8)
    return Math.abs(a.length - b.length);
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d = new Array(rows * cols).fill(0);
  for (let i = 0; i < rows; i++)
    d[i * cols] = i;
  for (let j = 0; j < cols; j++)
    d[j] = j;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[(i - 1) * cols + j] + 1, d[i * cols + j - 1] + 1, d[(i - 1) * cols + j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        v = Math.min(v, d[(i - 2) * cols + j - 2] + 1);
      }
      d[i * cols + j] = v;
    }
  }
  return d[rows * cols - 1];
}
function listSome(items, max = 8) {
  const quoted = items.map((s) => `\`${s}\``);
  if (quoted.length <= max)
    return quoted.join(", ");
  return `${quoted.slice(0, max).join(", ")} and ${quoted.length - max} more`;
}

// dist/text/uri.js
function relativeUri(relativePath) {
  return relativePath.split(/[\\/]/).map(encodeURIComponent).join("/");
}
function fileUri(absolutePath, folder = false) {
  const posix = absolutePath.replace(/\\/g, "/");
  const segments = posix.split("/").filter((s, i) => s !== "" || i === 0);
  const encoded = segments.map((s, i) => i === 1 && /^[A-Za-z]:$/.test(s) ? s : encodeURIComponent(s));
  const joined = encoded.join("/");
  const body = joined.startsWith("/") ? joined : `/${joined}`;
  return `file://${body}${folder && !body.endsWith("/") ? "/" : ""}`;
}

export {
  count,
  amount,
  money,
  percentNumber,
  percent,
  bytes,
  oneLine,
  escapeControls,
  words,
  capitalise,
  keyLabel,
  joinAnd,
  plural,
  quote,
  compareCodeUnits,
  CALENDAR_DATE_PATTERN,
  isCalendarDate,
  daysBetween,
  addDays,
  addYears,
  wholeMonths,
  durationSince,
  ago,
  escapeMarkdownText,
  escapeMarkdownCell,
  codeSpan,
  messageMarkdown,
  table,
  link,
  HeadingSlugger,
  positionsIn,
  offsetAt,
  closest,
  listSome,
  displayWidth,
  truncate,
  escapeTerminal,
  relativeUri,
  fileUri
};
