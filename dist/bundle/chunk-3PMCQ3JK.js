import { createRequire as __acctmapCreateRequire } from 'node:module';
const require = __acctmapCreateRequire(import.meta.url);
import {
  compareDiagnostics,
  formatPath,
  isBuiltInCheck
} from "./chunk-EOFZAPUG.js";
import {
  RULES,
  RULE_IDS,
  RULE_SEVERITIES,
  getRule
} from "./chunk-M5GZM46X.js";
import {
  AccountMapSchema,
  FORMAT_VERSIONS,
  describe
} from "./chunk-XJYOIXLA.js";
import {
  require_picomatch
} from "./chunk-IAOW2ERF.js";
import {
  tooLargeMessage
} from "./chunk-CE5LU4KN.js";
import {
  closest,
  escapeControls,
  isCalendarDate,
  listSome,
  offsetAt,
  positionsIn
} from "./chunk-A4RBNV6B.js";
import {
  __toESM
} from "./chunk-ZV4OTCNF.js";

// dist/rules/settings.js
var import_picomatch = __toESM(require_picomatch(), 1);
import { posix } from "node:path";

// dist/validate/schema-issues.js
function errorMessage(iss) {
  switch (iss.code) {
    case "invalid_type": {
      if (iss.input === void 0)
        return "missing";
      return `expected ${article(String(iss.expected))}, got ${describe(iss.input)}`;
    }
    case "invalid_value": {
      if (iss.input === void 0)
        return "missing";
      const values = iss.values.map(String);
      const scalar = ["string", "number", "boolean"].includes(typeof iss.input);
      const input = scalar ? `\`${String(iss.input)}\` is not allowed here` : `got ${describe(iss.input)}`;
      const guess2 = typeof iss.input === "string" ? closest(iss.input, values) : void 0;
      return guess2 ? `${input}; did you mean \`${guess2}\`?` : `${input}; use one of ${listSome(values, 12)}`;
    }
    case "too_small":
      return iss.origin === "number" ? `must be ${iss.inclusive ? "at least" : "more than"} ${String(iss.minimum)}, got ${String(iss.input)}` : void 0;
    case "too_big":
      return iss.origin === "number" ? `must be ${iss.inclusive ? "at most" : "less than"} ${String(iss.maximum)}, got ${String(iss.input)}` : void 0;
    default:
      return void 0;
  }
}
function article(expected) {
  const words = {
    string: "text",
    number: "a number",
    int: "a whole number",
    boolean: "true or false",
    array: "a list",
    object: "a mapping (keys with values)",
    record: "a mapping (keys with values)"
  };
  return words[expected] ?? expected;
}
function issuesToFindings(issues, root, data) {
  const findings = [];
  for (const issue of issues)
    findings.push(...issueToFindings(issue, root, data));
  return findings;
}
function issueToFindings(issue, root, data) {
  const path = issue.path.filter((s) => typeof s !== "symbol");
  const where = path.length ? formatPath(path) : "the top level";
  if (issue.message === "missing" && valueAt(data, path) === void 0 && path.length > 0) {
    const parent = path.slice(0, -1);
    return [
      {
        rule: "schema",
        path: parent,
        message: `missing required key \`${String(path[path.length - 1])}\` ${parent.length ? `in ${formatPath(parent)}` : "at the top level"}`
      }
    ];
  }
  switch (issue.code) {
    case "unrecognized_keys": {
      const known = objectKeys(schemaAt(root, path));
      return issue.keys.map((key) => {
        const guess2 = closest(key, known);
        const tail = guess2 ? `did you mean \`${guess2}\`?` : `allowed keys here: ${listSome(known, 20)}${path.length === 0 ? " (put free-form facts under `profile`)" : ""}`;
        return {
          rule: "schema",
          path: [...path, key],
          target: "key",
          message: `unknown key \`${key}\` ${path.length ? `in ${where}` : "at the top level"}; ${tail}`
        };
      });
    }
    case "invalid_type": {
      return [{ rule: "schema", path, message: `${where}: ${issue.message}` }];
    }
    case "invalid_union": {
      const branches = issue.errors.filter((b) => b.length > 0).map((b) => b.map((i) => ({ ...i, path: [...issue.path, ...i.path] })));
      const best = branches.sort((a, b) => depth(b) - depth(a))[0];
      if (best && depth(best) > path.length) {
        return best.flatMap((i) => issueToFindings(i, root, data));
      }
      if (best?.[0] && !best[0].message.startsWith("expected")) {
        return [{ rule: "schema", path, message: `${where}: ${best[0].message}` }];
      }
      return [
        {
          rule: "schema",
          path,
          message: `${where}: ${issue.message === "Invalid input" ? `got ${describe(valueAt(data, path))}, which does not fit here` : issue.message}`
        }
      ];
    }
    case "invalid_key": {
      const inner = issue.issues[0]?.message ?? issue.message;
      return [{ rule: "schema", path, target: "key", message: `${where}: ${inner}` }];
    }
    case "custom": {
      const target = issue.params?.target;
      return [
        {
          rule: "schema",
          path,
          message: `${where}: ${issue.message}`,
          ...target ? { target } : {}
        }
      ];
    }
    default:
      return [{ rule: "schema", path, message: `${where}: ${issue.message}` }];
  }
}
function depth(issues) {
  return Math.max(...issues.map((i) => i.path.length));
}
function valueAt(data, path) {
  let v = data;
  for (const seg of path) {
    if (v === null || typeof v !== "object")
      return void 0;
    v = v[seg];
  }
  return v;
}
function def(schema) {
  return schema._zod.def;
}
function unwrap(schema) {
  let s = schema;
  for (; ; ) {
    const d = def(s);
    if (d.innerType)
      s = d.innerType;
    else if (d.type === "pipe" && d.in)
      s = d.in;
    else
      return s;
  }
}
function schemaAt(root, path) {
  let s = unwrap(root);
  for (const seg of path) {
    if (!s)
      return void 0;
    const d = def(s);
    if (d.type === "object" && d.shape)
      s = d.shape[String(seg)];
    else if (d.type === "array")
      s = d.element;
    else if (d.type === "record")
      s = d.valueType;
    else if (d.type === "union")
      s = d.options?.find((o) => ["object", "record", "array"].includes(def(unwrap(o)).type));
    else
      return void 0;
    if (s)
      s = unwrap(s);
  }
  return s;
}
function objectKeys(schema) {
  if (!schema)
    return [];
  const d = def(unwrap(schema));
  return d.type === "object" && d.shape ? Object.keys(d.shape).filter((k) => k !== "$schema") : [];
}

// dist/rules/settings.js
function createSettingsResolver(source) {
  const applying = overridesFor(source);
  const cache = /* @__PURE__ */ new Map();
  const byOverrides = /* @__PURE__ */ new Map();
  return (file) => {
    const key = file ?? "\0";
    const known = cache.get(key);
    if (known)
      return known;
    const matched = applying(file);
    const combination = matched.join(",");
    let settings = byOverrides.get(combination);
    if (!settings) {
      const layers = layersFor(source, matched);
      const resolved = /* @__PURE__ */ new Map();
      for (const rule of RULES)
        resolved.set(rule.id, resolve(rule, layers, source.cli));
      settings = resolved;
      byOverrides.set(combination, settings);
    }
    cache.set(key, settings);
    return settings;
  };
}
function explainSettings(source, file) {
  const indices = overridesFor(source)(file);
  const layers = layersFor(source, indices);
  return {
    overrides: indices.map((index) => ({ index, files: source.config.overrides[index].files })),
    rules: RULES.map((rule) => {
      const resolved = resolve(rule, layers, source.cli);
      let from = { from: "default" };
      layers.forEach((layer, i) => {
        const setting = layer[rule.id];
        const sets = typeof setting === "string" || setting !== void 0 && typeof setting === "object" && setting.severity !== void 0;
        if (sets)
          from = i === 0 ? { from: "rules" } : { from: "override", index: indices[i - 1] };
      });
      if (source.cli.some(([id]) => id === rule.id))
        from = { from: "--rule" };
      return {
        id: rule.id,
        severity: resolved.severity,
        defaultSeverity: rule.defaultSeverity,
        source: from,
        options: resolved.options
      };
    })
  };
}
function overridesFor(source) {
  if (source.config.overrides.length === 0)
    return () => [];
  const dir = slashes(source.configDir);
  const root = absolute(source.cwd ?? (dir.startsWith("/") ? dir : "/"));
  const configDir = posix.resolve(root, slashes(source.configDir));
  const matchers = source.config.overrides.map((o) => (0, import_picomatch.default)(o.files, { dot: true }));
  return (file) => {
    if (file === void 0)
      return [];
    const rel = posix.relative(configDir, posix.resolve(root, slashes(file)));
    const inside = rel !== "" && !rel.startsWith("../") && rel !== ".." && !posix.isAbsolute(rel);
    if (!inside)
      return [];
    return matchers.flatMap((match, i) => match(rel) ? [i] : []);
  };
}
function layersFor(source, overrides) {
  return [source.config.rules, ...overrides.map((i) => source.config.overrides[i].rules)];
}
function resolve(rule, layers, cli) {
  let severity = rule.defaultSeverity;
  let given = {};
  for (const layer of layers) {
    const setting = layer[rule.id];
    if (setting === void 0)
      continue;
    if (typeof setting === "string") {
      severity = setting;
      continue;
    }
    const { severity: s, ...options2 } = setting;
    if (s !== void 0)
      severity = s;
    given = { ...given, ...options2 };
  }
  for (const [id, s] of cli)
    if (id === rule.id)
      severity = s;
  const parsed = rule.options.safeParse(given);
  const options = parsed.success ? parsed.data : rule.options.parse({});
  return { rule, severity, options };
}
function slashes(path) {
  const p = path.replace(/\\/g, "/");
  return /^[A-Za-z]:\//.test(p) ? `/${p}` : p;
}
function absolute(path) {
  const p = slashes(path);
  return p.startsWith("/") ? p : `/${p}`;
}
function checkRulesConfig(config) {
  const sections = [
    [["rules"], config.rules],
    ...config.overrides.map((o, i) => [["overrides", i, "rules"], o.rules])
  ];
  const findings = [];
  for (const [base, rules] of sections) {
    for (const [id, setting] of Object.entries(rules)) {
      const at = [...base, id];
      const rule = getRule(id);
      if (!rule) {
        findings.push({
          rule: "schema",
          severity: "error",
          path: at,
          target: "key",
          message: unknownRule(id)
        });
        continue;
      }
      if (typeof setting === "string")
        continue;
      const { severity: _severity, ...options } = setting;
      const parsed = rule.options.safeParse(options, { error: errorMessage });
      if (parsed.success)
        continue;
      for (const issue of parsed.error.issues) {
        findings.push(...optionFindings(rule, at, issue, options));
      }
    }
  }
  return findings;
}
function optionFindings(rule, at, issue, given) {
  const path = issue.path.filter((s) => typeof s !== "symbol");
  const names = Object.keys(rule.options.shape);
  const takes = names.length ? `it takes ${listSome(names, 12)} besides \`severity\`` : "it takes no options, only `severity`";
  if (issue.code === "unrecognized_keys") {
    return issue.keys.map((key) => {
      const guess2 = closest(key, [...names, "severity"]);
      return {
        rule: "schema",
        severity: "error",
        path: [...at, ...path, key],
        target: "key",
        message: `rule \`${rule.id}\` has no option \`${key}\`; ${guess2 ? `did you mean \`${guess2}\`?` : takes} (see docs/rules/${rule.id}.md)`
      };
    });
  }
  const option = path.length ? `option \`${path.join(".")}\`` : "the options";
  const input = valueAt(given, path);
  if (issue.code === "invalid_value" && typeof input === "string") {
    const allowed = issue.values.map(String);
    const g = guess(input, allowed);
    const tail = g ? `did you mean \`${g}\`?` : `use one of ${listSome(allowed, 12)}`;
    return [
      {
        rule: "schema",
        severity: "error",
        path: [...at, ...path],
        message: `${option} of rule \`${rule.id}\`: \`${input}\` is not allowed here; ${tail} (see docs/rules/${rule.id}.md)`
      }
    ];
  }
  return [
    {
      rule: "schema",
      severity: "error",
      path: [...at, ...path],
      message: `${option} of rule \`${rule.id}\`: ${issue.message} (see docs/rules/${rule.id}.md)`
    }
  ];
}
function unknownRule(id) {
  if (isBuiltInCheck(id)) {
    return `\`${id}\` findings are always errors and cannot be configured: fix the map instead`;
  }
  const guess2 = closest(id, RULE_IDS);
  return `unknown rule \`${id}\`; ${guess2 ? `did you mean \`${guess2}\`?` : "run `acctmap rules` to list the rules"}`;
}
function parseRuleFlag(text) {
  const eq = text.indexOf("=");
  if (eq < 0) {
    return {
      ok: false,
      message: `\`--rule ${text}\` needs a severity: write \`--rule ID=SEVERITY\` with SEVERITY one of ${listSome(RULE_SEVERITIES)}, for example \`--rule ${text || "stale-contact"}=off\``
    };
  }
  const id = text.slice(0, eq).trim();
  const severity = text.slice(eq + 1).trim();
  if (!getRule(id))
    return { ok: false, message: `\`--rule ${text}\`: ${unknownRule(id)}` };
  if (!RULE_SEVERITIES.includes(severity)) {
    const g = guess(severity, RULE_SEVERITIES);
    return {
      ok: false,
      message: `\`--rule ${text}\`: \`${severity}\` is not a severity; ${g ? `did you mean \`${g}\`?` : `use one of ${listSome(RULE_SEVERITIES)}`}`
    };
  }
  return { ok: true, value: [id, severity] };
}
function guess(input, candidates) {
  const near = closest(input, candidates);
  if (near)
    return near;
  const lower = input.toLowerCase();
  return lower.length >= 3 ? candidates.find((c) => c.startsWith(lower)) : void 0;
}

// dist/rules/red-flags.js
var RED_FLAG_IDS = RULES.filter((r) => r.category === "red-flag").map((r) => r.id);
var RED_FLAG_RULES = new Set(RED_FLAG_IDS);
function isRedFlagRule(rule) {
  return RED_FLAG_RULES.has(rule);
}
function isRedFlag(d) {
  return isRedFlagRule(d.rule) && (d.severity === "warning" || d.severity === "error");
}
function redFlagsByAccount(diagnostics) {
  const out = /* @__PURE__ */ new Map();
  for (const d of diagnostics) {
    if (d.account === void 0 || !isRedFlag(d))
      continue;
    const list = out.get(d.account) ?? [];
    list.push(d.rule);
    out.set(d.account, list);
  }
  return out;
}

// dist/parse/simple.js
var MAP = 0;
var SEQ = 1;
var LEAF = 2;
var SUSPECT_CHARS = (
  // biome-ignore lint/suspicious/noControlCharactersInRegex: these are exactly what we look for
  /[\t\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ufeff\ufffe\uffff]/
);
var UNSUPPORTED_CHARS = (
  // biome-ignore lint/suspicious/noControlCharactersInRegex: these are exactly what we refuse
  /[\t\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]|\r(?!\n)|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/
);
function unsupportedChars(text) {
  return SUSPECT_CHARS.test(text) && UNSUPPORTED_CHARS.test(text);
}
var SPACE = 32;
var HASH = 35;
var DASH = 45;
var COLON = 58;
var DQUOTE = 34;
var SQUOTE = 39;
var LBRACKET = 91;
var RBRACKET = 93;
var COMMA = 44;
var LBRACE = 123;
var RBRACE = 125;
var KEY_CHAR = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  if (/[A-Za-z0-9_$]/.test(ch))
    KEY_CHAR[c] = 3;
  else if (/[-./]/.test(ch))
    KEY_CHAR[c] = 2;
}
var BAD_PLAIN_START = new Uint8Array(128);
for (const ch of ",[]{}#&*!|>'\"%@`?:")
  BAD_PLAIN_START[ch.charCodeAt(0)] = 1;
var BAD_FLOW_PLAIN = new Uint8Array(128);
for (const ch of ",[]{}#:")
  BAD_FLOW_PLAIN[ch.charCodeAt(0)] = 1;
var FLOW_INDICATOR = new Uint8Array(128);
for (const ch of ",[]{}")
  FLOW_INDICATOR[ch.charCodeAt(0)] = 1;
var Unsupported = class extends Error {
};
var UNSUPPORTED = new Unsupported();
function parseSimple(text, maxIndent = Number.POSITIVE_INFINITY) {
  if (unsupportedChars(text))
    return void 0;
  try {
    const data = read(text, DATA, void 0, void 0, maxIndent).data;
    let tree;
    let accountTree;
    let locator;
    let accountLocator;
    const locate = (path, target) => {
      tree ??= read(text, NODES).tree;
      locator ??= makeLocate(text, tree);
      return locator(path, target);
    };
    const locateAccount = (path, target) => {
      if (locator || path[0] !== "account")
        return locate(path, target);
      accountTree ??= read(text, NODES, void 0, "account").tree;
      accountLocator ??= makeLocate(text, accountTree);
      return accountLocator(path, target);
    };
    const accountAnchors = (keys) => {
      accountTree ??= tree ?? read(text, NODES, void 0, "account").tree;
      return anchorsIn(text, accountTree, keys);
    };
    return { data, locate, locateAccount, accountAnchors };
  } catch (error) {
    if (error === UNSUPPORTED)
      return void 0;
    throw error;
  }
}
var DATA = 1;
var NODES = 2;
var NO_DATA = Object.freeze({});
function read(text, mode, at, stopAfter, maxIndent = Number.POSITIVE_INFINITY) {
  const positions = (mode & NODES) !== 0;
  const data = (mode & DATA) !== 0;
  const n = text.length;
  const stack = [];
  let root;
  let pendingFrame;
  let pendingKey = "";
  let leaf;
  let leafIndent = 0;
  let absorbing = false;
  let trailingComment = -1;
  let pos = 0;
  let lineEnd = 0;
  let next = 0;
  let valueEnd = 0;
  let valueNode;
  const leafNode = (start, end, nodeEnd) => positions ? { kind: LEAF, start, end, nodeEnd } : void 0;
  const closeFrame = (frame, contentAt) => {
    const node = frame.node;
    if (!node)
      return;
    const children = node.children;
    node.end = children[children.length - 1].nodeEnd;
    if (trailingComment >= 0 && frame.indent > 0 && trailingComment >= frame.indent) {
      node.nodeEnd = contentAt;
      trailingComment = -1;
    } else {
      node.nodeEnd = node.end;
    }
  };
  const afterValue = (frame) => {
    if (!positions)
      return;
    leaf = valueNode;
    leafIndent = frame.indent;
    absorbing = true;
    trailingComment = -1;
  };
  const value = (j) => {
    const c = text.charCodeAt(j);
    let result;
    if (c === DQUOTE || c === SQUOTE) {
      result = quoted(j);
      valueNode = leafNode(j, valueEnd, next);
    } else if (c === LBRACKET || c === LBRACE) {
      result = flowCollection(j);
    } else {
      if (c < 128 && BAD_PLAIN_START[c] === 1)
        throw UNSUPPORTED;
      if (c === DASH && (j + 1 === lineEnd || text.charCodeAt(j + 1) === SPACE)) {
        throw UNSUPPORTED;
      }
      let stop = lineEnd;
      for (let k2 = j; k2 < lineEnd; k2++) {
        const ch = text.charCodeAt(k2);
        if (ch === COLON) {
          if (k2 + 1 === lineEnd || text.charCodeAt(k2 + 1) === SPACE)
            throw UNSUPPORTED;
        } else if (ch === HASH && text.charCodeAt(k2 - 1) === SPACE) {
          stop = k2;
          break;
        }
      }
      let end = stop;
      while (text.charCodeAt(end - 1) === SPACE)
        end--;
      valueEnd = end;
      valueNode = leafNode(j, end, next);
      return data ? resolvePlain(text.slice(j, end)) : null;
    }
    let k = valueEnd;
    while (k < lineEnd && text.charCodeAt(k) === SPACE)
      k++;
    if (k < lineEnd && !(text.charCodeAt(k) === HASH && k > valueEnd))
      throw UNSUPPORTED;
    return result;
  };
  const quoted = (j) => {
    if (text.charCodeAt(j) === DQUOTE) {
      const close = text.indexOf('"', j + 1);
      if (close === -1 || close >= lineEnd)
        throw UNSUPPORTED;
      const body = text.slice(j + 1, close);
      if (body.includes("\\"))
        throw UNSUPPORTED;
      valueEnd = close + 1;
      return body;
    }
    let k = j + 1;
    for (; ; ) {
      const close = text.indexOf("'", k);
      if (close === -1 || close >= lineEnd)
        throw UNSUPPORTED;
      if (close + 1 < lineEnd && text.charCodeAt(close + 1) === SQUOTE) {
        k = close + 2;
        continue;
      }
      const body = text.slice(j + 1, close);
      valueEnd = close + 1;
      return body.includes("''") ? body.replaceAll("''", "'") : body;
    }
  };
  const flowScalar = (k) => {
    const c = text.charCodeAt(k);
    if (c === DQUOTE || c === SQUOTE) {
      const v = quoted(k);
      valueNode = leafNode(k, valueEnd, valueEnd);
      return v;
    }
    if (c < 128 && (BAD_PLAIN_START[c] === 1 || BAD_FLOW_PLAIN[c] === 1))
      throw UNSUPPORTED;
    if (c === RBRACE)
      throw UNSUPPORTED;
    if (c === DASH) {
      const after = k + 1 === lineEnd ? SPACE : text.charCodeAt(k + 1);
      if (after === SPACE || after < 128 && FLOW_INDICATOR[after] === 1)
        throw UNSUPPORTED;
    }
    const s = k;
    while (k < lineEnd) {
      const ch = text.charCodeAt(k);
      if (ch === COMMA || ch === RBRACKET || ch === RBRACE)
        break;
      if (ch < 128 && BAD_FLOW_PLAIN[ch] === 1)
        throw UNSUPPORTED;
      k++;
    }
    let e = k;
    while (text.charCodeAt(e - 1) === SPACE)
      e--;
    valueEnd = e;
    valueNode = leafNode(s, e, e);
    return data ? resolvePlain(text.slice(s, e)) : null;
  };
  const flowCollection = (j) => {
    const isMap = text.charCodeAt(j) === LBRACE;
    const close = isMap ? RBRACE : RBRACKET;
    const node = !positions ? void 0 : isMap ? {
      kind: MAP,
      start: j,
      end: j,
      nodeEnd: next,
      keys: [],
      keyStarts: [],
      keyEnds: [],
      children: []
    } : { kind: SEQ, start: j, end: j, nodeEnd: next, children: [] };
    const map = {};
    const list = [];
    const done = (k2) => {
      valueEnd = k2 + 1;
      if (node)
        node.end = k2 + 1;
      valueNode = node;
      return isMap ? map : list;
    };
    let k = j + 1;
    while (k < lineEnd && text.charCodeAt(k) === SPACE)
      k++;
    if (k < lineEnd && text.charCodeAt(k) === close)
      return done(k);
    for (; ; ) {
      while (k < lineEnd && text.charCodeAt(k) === SPACE)
        k++;
      if (k >= lineEnd)
        throw UNSUPPORTED;
      if (isMap) {
        const colon = keyAt(k);
        if (colon < 0 || colon + 1 >= lineEnd)
          throw UNSUPPORTED;
        const key = keyText2(k, colon);
        if (data && Object.hasOwn(map, key))
          throw UNSUPPORTED;
        if (node) {
          node.keys.push(key);
          node.keyStarts.push(k);
          node.keyEnds.push(colon);
        }
        k = colon + 1;
        while (k < lineEnd && text.charCodeAt(k) === SPACE)
          k++;
        if (k >= lineEnd)
          throw UNSUPPORTED;
        const v = flowScalar(k);
        if (data)
          setKey(map, key, v);
      } else {
        const v = flowScalar(k);
        if (data)
          list.push(v);
      }
      if (node)
        node.children.push(valueNode);
      k = valueEnd;
      while (k < lineEnd && text.charCodeAt(k) === SPACE)
        k++;
      if (k >= lineEnd)
        throw UNSUPPORTED;
      const sep = text.charCodeAt(k);
      if (sep === close)
        return done(k);
      if (sep !== COMMA)
        throw UNSUPPORTED;
      k++;
      while (k < lineEnd && text.charCodeAt(k) === SPACE)
        k++;
      if (k < lineEnd && text.charCodeAt(k) === close)
        throw UNSUPPORTED;
    }
  };
  const keyText2 = (j, colon) => {
    if (text.charCodeAt(j) === DQUOTE)
      return text.slice(j + 1, colon - 1);
    const h = hashedAt === j ? hashed : keyHash(text, j, colon);
    const known = keptKeys.get(h);
    if (known !== void 0 && known.length === colon - j && text.startsWith(known, j)) {
      return known;
    }
    const key = text.slice(j, colon);
    if (data)
      checkKey(key);
    rememberKey(key, h);
    return key;
  };
  const keyAt = (j) => {
    const first = text.charCodeAt(j);
    if (first === DQUOTE) {
      const close = text.indexOf('"', j + 1);
      const colon = close + 1;
      if (close === -1 || colon >= lineEnd || text.charCodeAt(colon) !== COLON)
        return -1;
      if (colon + 1 < lineEnd && text.charCodeAt(colon + 1) !== SPACE)
        return -1;
      if (text.slice(j + 1, close).includes("\\") || close - j > 1e3)
        return -1;
      return colon;
    }
    if (first >= 128 || (KEY_CHAR[first] & 1) === 0)
      return -1;
    let h = first;
    for (let k = j + 1; k < lineEnd; k++) {
      const ch = text.charCodeAt(k);
      if (ch < 128 && KEY_CHAR[ch] !== 0) {
        h = Math.imul(h, 31) + ch | 0;
        continue;
      }
      if (ch === SPACE) {
        const after = k + 1 < lineEnd ? text.charCodeAt(k + 1) : 0;
        if (after < 128 && KEY_CHAR[after] !== 0) {
          h = Math.imul(h, 31) + ch | 0;
          continue;
        }
        return -1;
      }
      if (ch === COLON && (k + 1 === lineEnd || text.charCodeAt(k + 1) === SPACE)) {
        if (k - j > 1e3)
          return -1;
        hashedAt = j;
        hashed = h;
        return k;
      }
      return -1;
    }
    return -1;
  };
  let hashedAt = -1;
  let hashed = 0;
  const pair = (frame, j, colon) => {
    const key = keyText2(j, colon);
    const map = frame.data;
    if (data && Object.hasOwn(map, key))
      throw UNSUPPORTED;
    const node = frame.node;
    if (node) {
      node.keys.push(key);
      node.keyStarts.push(j);
      node.keyEnds.push(colon);
    }
    let k = colon + 1;
    while (k < lineEnd && text.charCodeAt(k) === SPACE)
      k++;
    if (k === lineEnd || text.charCodeAt(k) === HASH) {
      pendingFrame = frame;
      pendingKey = key;
      leaf = void 0;
      return;
    }
    const v = value(k);
    if (data)
      setKey(map, key, v);
    if (node)
      node.children.push(valueNode);
    afterValue(frame);
  };
  const openMap = (j, indent) => ({
    kind: MAP,
    indent,
    node: positions ? {
      kind: MAP,
      start: j,
      end: j,
      nodeEnd: j,
      keys: [],
      keyStarts: [],
      keyEnds: [],
      children: []
    } : void 0,
    data: data ? {} : NO_DATA
  });
  const openSeq = (j, indent) => ({
    kind: SEQ,
    indent,
    node: positions ? { kind: SEQ, start: j, end: j, nodeEnd: j, children: [] } : void 0,
    data: data ? [] : NO_DATA
  });
  const item = (frame, i, lineStart) => {
    let j = i + 1;
    while (j < lineEnd && text.charCodeAt(j) === SPACE)
      j++;
    if (j === lineEnd)
      throw UNSUPPORTED;
    if (text.charCodeAt(j) === HASH)
      throw UNSUPPORTED;
    const list = frame.data;
    const colon = keyAt(j);
    if (colon >= 0) {
      const map = openMap(j, j - lineStart);
      if (data)
        list.push(map.data);
      if (frame.node)
        frame.node.children.push(map.node);
      stack.push(map);
      pair(map, j, colon);
      return;
    }
    const v = value(j);
    if (data)
      list.push(v);
    if (frame.node)
      frame.node.children.push(valueNode);
    afterValue(frame);
  };
  while (pos < n) {
    const lineStart = pos;
    if (at)
      at.line++;
    const nl = text.indexOf("\n", pos);
    next = nl === -1 ? n : nl + 1;
    lineEnd = nl === -1 ? n : nl > pos && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
    pos = next;
    let i = lineStart;
    while (i < lineEnd && text.charCodeAt(i) === SPACE)
      i++;
    if (i - lineStart >= maxIndent)
      throw UNSUPPORTED;
    if (i === lineEnd)
      continue;
    const indent = i - lineStart;
    const c = text.charCodeAt(i);
    if (c === HASH) {
      if (leaf) {
        if (absorbing && indent > leafIndent)
          leaf.nodeEnd = next;
        else {
          absorbing = false;
          if (indent > trailingComment)
            trailingComment = indent;
        }
      }
      continue;
    }
    const isDash = c === DASH && (i + 1 === lineEnd || text.charCodeAt(i + 1) === SPACE);
    const colon = isDash ? -1 : keyAt(i);
    if (!isDash && colon < 0)
      throw UNSUPPORTED;
    if (!root) {
      if (isDash || indent !== 0)
        throw UNSUPPORTED;
      root = openMap(i, 0);
      stack.push(root);
      pair(root, i, colon);
      continue;
    }
    if (pendingFrame) {
      const owner = pendingFrame;
      if (isDash ? indent < owner.indent : indent <= owner.indent)
        throw UNSUPPORTED;
      const nested = isDash ? openSeq(i, indent) : openMap(i, indent);
      if (data)
        setKey(owner.data, pendingKey, nested.data);
      if (owner.node)
        owner.node.children.push(nested.node);
      pendingFrame = void 0;
      stack.push(nested);
      if (isDash)
        item(nested, i, lineStart);
      else
        pair(nested, i, colon);
      continue;
    }
    for (; ; ) {
      const top2 = stack[stack.length - 1];
      if (!top2)
        throw UNSUPPORTED;
      const close = top2.kind === MAP ? indent < top2.indent : indent < top2.indent || !isDash && indent === top2.indent;
      if (!close)
        break;
      closeFrame(top2, i);
      stack.pop();
    }
    trailingComment = -1;
    const top = stack[stack.length - 1];
    if (top.indent !== indent || (isDash ? top.kind !== SEQ : top.kind !== MAP)) {
      throw UNSUPPORTED;
    }
    leaf = void 0;
    if (stopAfter !== void 0 && top === root && (data ? Object.hasOwn(root.data, stopAfter) : root.node.keys.includes(stopAfter))) {
      break;
    }
    if (isDash)
      item(top, i, lineStart);
    else
      pair(top, i, colon);
  }
  if (at)
    at.line++;
  if (!root || pendingFrame)
    throw UNSUPPORTED;
  while (stack.length)
    closeFrame(stack.pop(), n);
  return { data: root.data, tree: root.node };
}
var keptKeys = /* @__PURE__ */ new Map();
var KEPT_KEYS = 4096;
function keyHash(text, start, end) {
  let h = text.charCodeAt(start);
  for (let k = start + 1; k < end; k++)
    h = Math.imul(h, 31) + text.charCodeAt(k) | 0;
  return h;
}
function rememberKey(slice, h) {
  if (keptKeys.size >= KEPT_KEYS || keptKeys.has(h))
    return;
  keptKeys.set(h, JSON.parse(JSON.stringify(slice)));
}
function checkKey(key) {
  const first = key.charCodeAt(0);
  if (first >= 65 && first !== 78 && first !== 84 && first !== 70) {
    if (first !== 110 && first !== 116 && first !== 102)
      return;
  }
  const resolved = resolvePlain(key);
  if (typeof resolved !== "string" && (resolved === null || String(resolved) !== key)) {
    throw UNSUPPORTED;
  }
}
function setKey(map, key, value) {
  if (key === "__proto__") {
    Object.defineProperty(map, key, {
      value,
      writable: true,
      enumerable: true,
      configurable: true
    });
  } else {
    map[key] = value;
  }
}
var ANY_NUMBER = /^(?:[-+]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][-+]?[0-9]+)?|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;
function resolvePlain(s) {
  switch (s) {
    case "":
    case "~":
    case "null":
    case "Null":
    case "NULL":
      return null;
    case "true":
    case "True":
    case "TRUE":
      return true;
    case "false":
    case "False":
    case "FALSE":
      return false;
  }
  const c = s.charCodeAt(0);
  if (!(c >= 48 && c <= 57 || c === 45 || c === 43 || c === 46) || !ANY_NUMBER.test(s)) {
    return s;
  }
  if (/^0o[0-7]+$/.test(s))
    return Number.parseInt(s.substring(2), 8);
  if (/^[-+]?[0-9]+$/.test(s))
    return Number.parseInt(s, 10);
  if (/^0x[0-9a-fA-F]+$/.test(s))
    return Number.parseInt(s.substring(2), 16);
  if (/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/.test(s)) {
    return s.slice(-3).toLowerCase() === "nan" ? Number.NaN : s[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  }
  if (/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/.test(s))
    return Number.parseFloat(s);
  if (/^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/.test(s))
    return Number.parseFloat(s);
  return s;
}
function anchorsIn(text, root, keys) {
  const position = positionsIn(text);
  const out = {};
  const push = (numbers, start, end) => {
    const a = position(start);
    const b = position(end);
    numbers.push(a.line, a.column, b.line, b.column);
  };
  const at = root.keys.indexOf("account");
  const account = at < 0 ? void 0 : root.children[at];
  const fallback = account ?? root;
  const top = [];
  if (at < 0)
    push(top, root.start, root.end);
  else
    push(top, root.keyStarts[at], root.keyEnds[at]);
  push(top, fallback.start, fallback.end);
  out[""] = top;
  for (const key of keys) {
    const numbers = [];
    const index = account?.kind === MAP ? account.keys.indexOf(key) : -1;
    if (index < 0) {
      push(numbers, fallback.start, fallback.end);
      push(numbers, fallback.start, fallback.end);
    } else {
      const child = account.children[index];
      push(numbers, account.keyStarts[index], account.keyEnds[index]);
      push(numbers, child.start, child.end);
    }
    setKey(out, key, numbers);
  }
  return out;
}
function makeLocate(text, root) {
  const position = positionsIn(text);
  return (path, target = "value") => {
    let node = root;
    let start = root.start;
    let end = root.end;
    for (let i = 0; i < path.length && node; i++) {
      const seg = path[i];
      if (node.kind === MAP) {
        const index = node.keys.indexOf(String(seg));
        if (index < 0)
          break;
        if (i === path.length - 1 && target === "key") {
          start = node.keyStarts[index];
          end = node.keyEnds[index];
          node = void 0;
          break;
        }
        node = node.children[index];
      } else if (node.kind === SEQ && typeof seg === "number") {
        node = node.children[seg];
      } else {
        break;
      }
      if (node) {
        start = node.start;
        end = node.end;
      }
    }
    const a = position(start);
    const b = position(end);
    return { ...a, endLine: b.line, endColumn: b.column };
  };
}

// dist/parse/yaml-lib.js
import { createRequire } from "node:module";
var loaded;
function yamlLib() {
  loaded ??= createRequire(import.meta.url)("yaml");
  return loaded;
}

// dist/parse/source.js
var DEFAULT_MAX_BYTES = 10 * 1024 * 1024;
var MAX_ALIAS_COUNT = 1e3;
var MAX_DEPTH = 100;
var DEEP_INDENT = MAX_DEPTH - 2;
function parseSource(text, options = {}) {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const size = Buffer.byteLength(text, "utf8");
  if (size > maxBytes) {
    return {
      documents: [],
      problems: [
        {
          line: 1,
          column: 1,
          message: tooLargeMessage(size, maxBytes)
        }
      ]
    };
  }
  const body = text.charCodeAt(0) === 65279 ? text.slice(1) : text;
  const conflict = findConflictMarker(body);
  if (conflict)
    return { documents: [], problems: [conflict] };
  if (options.engine !== "yaml") {
    const simple = parseSimple(body, DEEP_INDENT);
    if (simple) {
      return {
        documents: [
          {
            index: 0,
            data: simple.data,
            empty: false,
            locate: simple.locate,
            locateAccount: simple.locateAccount,
            accountAnchors: simple.accountAnchors
          }
        ],
        problems: []
      };
    }
  }
  return parseWithYaml(body);
}
function parseWithYaml(body) {
  const { Composer, isScalar, Parser } = yamlLib();
  const position = positionsIn(body);
  const tokens = Array.from(new Parser().parse(body));
  const openers = unclosedBrackets(tokens);
  const problems = [];
  const tooDeep = /* @__PURE__ */ new Set();
  let docIndex = 0;
  for (const token of tokens) {
    if (token.type !== "document")
      continue;
    const offset = token.value ? deeperThan(token.value, MAX_DEPTH) : void 0;
    if (offset !== void 0) {
      problems.push({ ...position(offset), document: docIndex, message: TOO_DEEP });
      tooDeep.add(docIndex);
      token.value = void 0;
    }
    docIndex++;
  }
  const composer = new Composer({
    prettyErrors: false,
    uniqueKeys: true,
    schema: "core",
    // `yaml` would print a Node warning for a key that is a list or mapping; `odditiesIn`
    // reports those as findings instead, before any data is made.
    logLevel: "error"
  });
  const docs = Array.from(composer.compose(tokens));
  if (docs.length === 0) {
    for (const error of composer.streamInfo().errors)
      problems.push(syntaxProblem(error, position, 0, openers));
  }
  const documents = [];
  docs.forEach((doc, index) => {
    if (tooDeep.has(index)) {
      documents.push({
        index,
        data: void 0,
        empty: false,
        locate: () => ({ line: 1, column: 1 })
      });
      return;
    }
    const lines = /* @__PURE__ */ new Set();
    for (const error of doc.errors) {
      const problem = syntaxProblem(error, position, index, openers);
      if (lines.has(problem.line))
        continue;
      lines.add(problem.line);
      problems.push(problem);
    }
    let data;
    const empty = doc.contents === null || isScalar(doc.contents) && doc.contents.value === null;
    if (doc.errors.length === 0) {
      const odd = odditiesIn(doc);
      if (odd) {
        problems.push({ ...position(odd.offset), document: index, message: odd.message });
      } else {
        try {
          data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
        } catch (error) {
          const at = doc.contents?.range ? position(doc.contents.range[0]) : { line: 1, column: 1 };
          problems.push({
            ...at,
            document: index,
            message: isAliasBomb(error) ? `too many aliases (more than ${MAX_ALIAS_COUNT} expansions): this looks like an alias bomb; write the data out instead of nesting aliases` : `could not read this document: ${escapeControls(error.message)}`
          });
        }
      }
    }
    documents.push({ index, data, empty, locate: makeLocator(doc, position) });
  });
  return { documents, problems };
}
var TOO_DEEP = `nesting deeper than ${MAX_DEPTH} levels (lists and mappings inside each other): an account map needs only a few; look for a \`[\` or \`{\` that is never closed, or write the data flatter`;
function deeperThan(root, limit) {
  let first;
  const stack = [[root, 1]];
  while (stack.length > 0) {
    const [token, depth2] = stack.pop();
    if (token.type !== "block-map" && token.type !== "block-seq" && token.type !== "flow-collection")
      continue;
    if (depth2 > limit) {
      if (first === void 0 || token.offset < first)
        first = token.offset;
      continue;
    }
    for (const item of token.items) {
      if ("key" in item && item.key)
        stack.push([item.key, depth2 + 1]);
      if (item.value)
        stack.push([item.value, depth2 + 1]);
    }
  }
  return first;
}
function odditiesIn(doc) {
  const { isAlias, isMap, isPair, isSeq } = yamlLib();
  const heights = /* @__PURE__ */ new Map();
  let found;
  const height = (node, level) => {
    if (found)
      return 0;
    if (isAlias(node)) {
      const source = node.resolve(doc);
      if (!source || !isMap(source) && !isSeq(source))
        return 0;
      const h2 = heights.get(source) ?? height(source, level);
      if (h2 === -1) {
        found = {
          offset: node.range?.[0] ?? 0,
          message: `the alias \`*${node.source}\` is inside the list or mapping it names, so its data would never end; write the data out instead`
        };
        return 0;
      }
      if (level + h2 > MAX_DEPTH) {
        found = { offset: node.range?.[0] ?? 0, message: tooDeepAlias(node.source) };
        return 0;
      }
      return h2;
    }
    if (!isMap(node) && !isSeq(node))
      return 0;
    const known = heights.get(node);
    if (known !== void 0 && known !== -1)
      return known;
    heights.set(node, -1);
    let h = 0;
    const keys = isMap(node) ? /* @__PURE__ */ new Map() : void 0;
    for (const item of node.items) {
      if (isPair(item)) {
        const key = item.key;
        const resolved = isAlias(key) ? key.resolve(doc) : key;
        if (isMap(resolved) || isSeq(resolved)) {
          found = {
            offset: key?.range?.[0] ?? node.range?.[0] ?? 0,
            message: "a key here is a list or mapping (written `? [a, b]` or `[a, b]: value`); keys must be plain text, such as `name:`"
          };
          return 0;
        }
        const text = keyText(resolved);
        const twin = keys?.get(text);
        if (twin && key) {
          const at = key.range?.[0] ?? 0;
          found = {
            offset: at,
            message: `the key \`${escapeControls(text)}\` appears twice in this mapping (written differently, such as \`1\` and \`"1"\`, but the same as text); keep one and delete the other`
          };
          return 0;
        }
        if (key)
          keys?.set(text, key);
        h = Math.max(h, height(item.value, level + 1));
      } else {
        h = Math.max(h, height(item, level + 1));
      }
      if (found)
        return 0;
    }
    heights.set(node, h + 1);
    return h + 1;
  };
  height(doc.contents, 0);
  return found;
}
function tooDeepAlias(name) {
  return `the alias \`*${name}\` nests the data more than ${MAX_DEPTH} levels deep; write the data out instead of nesting aliases`;
}
function keyText(key) {
  if (key === null || key === void 0)
    return "";
  if (!yamlLib().isScalar(key))
    return String(key);
  const v = key.value;
  if (v === null || v === void 0)
    return "";
  return typeof v === "object" ? JSON.stringify(v) : String(v);
}
function isAliasBomb(error) {
  return error instanceof Error && /alias/i.test(error.message);
}
function findConflictMarker(text) {
  const m = /^(<{7}|>{7})(?: |$)/m.exec(text);
  if (!m)
    return void 0;
  const line = text.slice(0, m.index).split("\n").length;
  return {
    line,
    column: 1,
    message: "unresolved git merge conflict: the file still has `<<<<<<<`/`=======`/`>>>>>>>` lines; keep the side you want, delete the markers and the other side"
  };
}
var HINTS = {
  DUPLICATE_KEY: "this key appears twice in the same mapping; keep one and delete the other",
  TAB_AS_INDENT: "YAML indents with spaces, not tabs; replace the tab with spaces",
  BAD_INDENT: "check the indentation: items of one list or mapping must line up",
  MULTILINE_IMPLICIT_KEY: "a key must fit on one line; check for a missing `:` or a line indented too far or not enough",
  MISSING_CHAR: "a closing bracket or quote is missing",
  UNEXPECTED_TOKEN: "check the punctuation on this line",
  BLOCK_AS_IMPLICIT_KEY: 'text that contains `: ` must be quoted, for example `title: "Head of IT: Operations"`; otherwise check the indentation',
  BAD_SCALAR_START: "quote this text: it starts with a character YAML reserves",
  MULTIPLE_ANCHORS: "a node can have only one anchor (`&name`)",
  MULTIPLE_TAGS: "a node can have only one tag",
  BAD_ALIAS: "an alias (`*name`) must name an anchor (`&name`) defined before it",
  BLOCK_IN_FLOW: 'a lone `-` inside `[...]` or `{...}` is not a value; remove it, or quote it (`"-"`) if you mean a dash'
};
function unclosedBrackets(tokens) {
  const out = [];
  const stack = [...tokens];
  while (stack.length) {
    const t = stack.pop();
    if (t === null || typeof t !== "object")
      continue;
    if (Array.isArray(t)) {
      for (const x of t)
        stack.push(x);
      continue;
    }
    const token = t;
    if (token.type === "flow-collection") {
      const flow = token;
      const close = flow.start.source === "[" ? "]" : "}";
      if (!flow.end.some((e) => e.source === close))
        out.push({ offset: flow.start.offset, open: flow.start.source });
    }
    for (const key of ["value", "items", "key", "sep", "start", "end"]) {
      if (key in token)
        stack.push(token[key]);
    }
  }
  return out.sort((a, b) => a.offset - b.offset);
}
function syntaxProblem(error, position, document, openers = []) {
  const missing = /end with an? ([\]}])/.exec(error.message)?.[1];
  if (error.code === "BAD_INDENT" && missing !== void 0) {
    const open = missing === "]" ? "[" : "{";
    const opener = openers.findLast((o) => o.open === open && o.offset < error.pos[0]);
    if (opener) {
      const at2 = position(opener.offset);
      const what2 = open === "[" ? "list" : "mapping";
      return {
        line: at2.line,
        column: at2.column,
        document,
        message: `YAML syntax error: this \`${open}\` is never closed: end the ${what2} with \`${missing}\` (on the same line, or on a line indented deeper than its key), or quote the text if the \`${open}\` belongs to it (for example \`name: "${open}draft"\`)`
      };
    }
  }
  const at = position(error.pos[0]);
  const what = error.message.replace(/\s+at line \d+, column \d+.*$/s, "").replace(/\.$/, "");
  const hint = HINTS[error.code];
  const message = `YAML syntax error: ${escapeControls(what.charAt(0).toLowerCase() + what.slice(1))}${hint ? ` (${hint})` : ""}`;
  return { line: at.line, column: at.column, message, document };
}
function makeLocator(doc, position) {
  const { isAlias, isMap, isPair, isScalar, isSeq } = yamlLib();
  return (path, target = "value") => {
    let node = doc.contents;
    let best = node;
    for (let i = 0; i < path.length && node; i++) {
      const seg = path[i];
      if (isAlias(node))
        node = node.resolve(doc) ?? null;
      if (isMap(node)) {
        const pair = node.items.find((p) => isPair(p) && String(isScalar(p.key) ? p.key.value : p.key) === String(seg));
        if (!pair)
          break;
        const last = i === path.length - 1;
        if (last && target === "key" || pair.value === null) {
          best = pair.key;
          node = null;
          break;
        }
        node = pair.value;
      } else if (isSeq(node) && typeof seg === "number") {
        node = node.items[seg] ?? null;
      } else {
        break;
      }
      if (node)
        best = node;
    }
    const range = best?.range;
    if (!range)
      return { line: 1, column: 1 };
    const start = position(range[0]);
    const end = position(range[1]);
    return { ...start, endLine: end.line, endColumn: end.column };
  };
}

// dist/validate/accept.js
var NO = /* @__PURE__ */ Symbol("not accepted");
var internals = (schema) => schema._zod;
var SYNC = { async: false };
function compileAcceptor(schema) {
  const built = /* @__PURE__ */ new Map();
  const build = (s) => {
    const known = built.get(s);
    if (known)
      return known;
    built.set(s, (v) => own(v));
    const typed = typeAcceptor(s);
    const own = typed ? withChecks(s, typed) : delegate(s);
    built.set(s, own);
    return own;
  };
  const typeAcceptor = (s) => {
    const zod = internals(s);
    const def2 = zod.def;
    switch (def2.type) {
      case "string":
        return (v) => typeof v === "string" ? v : NO;
      case "number":
        return (v) => typeof v === "number" && Number.isFinite(v) ? v : NO;
      case "boolean":
        return (v) => typeof v === "boolean" ? v : NO;
      case "unknown":
      case "any":
        return (v) => v;
      case "enum":
      case "literal": {
        const values = zod.values;
        if (!values)
          return void 0;
        return (v) => values.has(v) ? v : NO;
      }
      case "optional": {
        const inner = build(def2.innerType);
        if (internals(def2.innerType).optin === "defaulted")
          return inner;
        return (v) => v === void 0 ? v : inner(v);
      }
      case "default": {
        const inner = build(def2.innerType);
        return (v) => {
          if (v === void 0)
            return def2.defaultValue;
          const x = inner(v);
          return x === void 0 ? def2.defaultValue : x;
        };
      }
      case "array": {
        const element = build(def2.element);
        return (v) => {
          if (!Array.isArray(v))
            return NO;
          const out = new Array(v.length);
          for (let i = 0; i < v.length; i++) {
            const x = element(v[i]);
            if (x === NO)
              return NO;
            out[i] = x;
          }
          return out;
        };
      }
      case "object":
        return strictObject(s);
      default:
        return void 0;
    }
  };
  const strictObject = (s) => {
    const def2 = internals(s).def;
    if (!def2.catchall || internals(def2.catchall).def.type !== "never")
      return void 0;
    const shape = def2.shape;
    const keys = Object.keys(shape);
    if (keys.includes("__proto__"))
      return void 0;
    const known = new Set(keys);
    const accepts2 = keys.map((k) => build(shape[k]));
    const keeps = keys.map((k) => keepOf(internals(shape[k])));
    return (v) => {
      if (typeof v !== "object" || v === null || Array.isArray(v))
        return NO;
      const input = v;
      for (const k in input)
        if (!known.has(k))
          return NO;
      const out = {};
      for (let i = 0; i < keys.length; i++) {
        const k = keys[i];
        const keep = keeps[i];
        if (!(k in input)) {
          if (keep === REQUIRED)
            return NO;
          if (keep === PRESENT)
            continue;
          const x2 = accepts2[i](void 0);
          if (x2 === NO)
            return NO;
          if (keep === ALWAYS || x2 !== void 0)
            out[k] = x2;
          continue;
        }
        const x = accepts2[i](input[k]);
        if (x === NO)
          return NO;
        out[k] = x;
      }
      return out;
    };
  };
  return (value) => {
    const data = build(schema)(value);
    return data === NO ? void 0 : { data };
  };
}
var REQUIRED = 0;
var PRESENT = 1;
var PRESENT_OR_SET = 2;
var ALWAYS = 3;
function keepOf({ optin, optout }) {
  if (optin === void 0)
    return REQUIRED;
  if (optout === "optional")
    return optin === "optional" ? PRESENT : PRESENT_OR_SET;
  return optin === "defaulted" ? ALWAYS : PRESENT_OR_SET;
}
function delegate(s) {
  const zod = internals(s);
  return (v) => {
    const result = zod.run({ value: v, issues: [] }, SYNC);
    return result.issues.length === 0 ? result.value : NO;
  };
}
function withChecks(s, accept) {
  const zod = internals(s);
  const checks = zod.def.checks ?? [];
  if (checks.length === 0)
    return accept;
  return (v) => {
    const x = accept(v);
    if (x === NO)
      return NO;
    const payload = { value: x, issues: [] };
    for (const check2 of checks) {
      const when = check2._zod.def.when;
      if (when && !when(payload))
        continue;
      if (check2._zod.check(payload) instanceof Promise)
        return NO;
      if (payload.issues.length > 0)
        return NO;
    }
    return payload.value;
  };
}

// dist/validate/references.js
function checkReferences(data, shaped = false) {
  const map = shaped ? data : tolerant(data);
  const findings = [];
  const report = (path, message, target = "value") => findings.push({ rule: "reference", path, message, target });
  const team = map.team ?? [];
  const people = map.people ?? [];
  const units = map.units ?? [];
  const teamAt = firstIndexes(team);
  const personAt = firstIndexes(people);
  const unitAt = firstIndexes(units);
  const duplicate = (id, section, i, first) => report([section, i, "id"], `duplicate id \`${id}\`: ${section}[${i}] uses the id already used by ${first}; give each an id of its own`);
  team.forEach((m, i) => {
    const first = m.id === void 0 ? i : teamAt.get(m.id);
    if (first !== i)
      duplicate(m.id, "team", i, `team[${first}]`);
  });
  people.forEach((p, i) => {
    if (p.id === void 0)
      return;
    const inTeam = teamAt.get(p.id);
    const first = personAt.get(p.id);
    if (inTeam !== void 0)
      duplicate(p.id, "people", i, `team[${inTeam}]`);
    else if (first !== i)
      duplicate(p.id, "people", i, `people[${first}]`);
  });
  uniqueIds(units, "units", report, unitAt);
  uniqueIds(map.goals ?? [], "goals", report);
  uniqueIds(map.opportunities ?? [], "opportunities", report);
  const known = (kind, id) => kind === "person" ? personAt.has(id) : kind === "team member" ? teamAt.has(id) : kind === "unit" ? unitAt.has(id) : personAt.has(id) || teamAt.has(id);
  const idsOfKind = (kind) => kind === "person" ? [...personAt.keys()] : kind === "team member" ? [...teamAt.keys()] : kind === "unit" ? [...unitAt.keys()] : [.../* @__PURE__ */ new Set([...personAt.keys(), ...teamAt.keys()])];
  const ref = (id, kind, first, at, key, j) => {
    if (id === void 0 || id === "" || known(kind, id))
      return;
    const steps = [first, at];
    if (key !== void 0)
      steps.push(key);
    if (j !== void 0)
      steps.push(j);
    const path = steps;
    const ids = idsOfKind(kind);
    const guess2 = closest(id, ids);
    const other = kind === "person" && teamAt.has(id) ? " (that id is one of our team, not a person at the account)" : kind === "team member" && personAt.has(id) ? " (that id is a person at the account, not one of our team)" : "";
    const section = kind === "unit" ? "`units`" : kind === "team member" ? "`team`" : kind === "person" ? "`people`" : "`people` or `team`";
    const tail = guess2 ? `did you mean \`${guess2}\`?` : ids.length ? `known ids: ${listSome(ids)}` : `add it to ${section}`;
    report(path, `${formatPath(path)}: unknown ${kind} \`${id}\`${other}; ${tail}`);
  };
  ref(map.account.owner, "team member", "account", "owner");
  people.forEach((p, i) => {
    ref(p.unit, "unit", "people", i, "unit");
    ref(p.reports_to, "person", "people", i, "reports_to");
    p.dotted_to?.forEach((d, j) => ref(d, "person", "people", i, "dotted_to", j));
    ref(p.owner, "team member", "people", i, "owner");
  });
  units.forEach((u, i) => {
    ref(u.parent, "unit", "units", i, "parent");
    u.depends_on?.forEach((d, j) => ref(d, "unit", "units", i, "depends_on", j));
  });
  map.connections?.forEach((c, i) => {
    ref(c.from, "person or team member", "connections", i, "from");
    ref(c.to, "person or team member", "connections", i, "to");
  });
  map.goals?.forEach((g, i) => {
    ref(g.owner, "person", "goals", i, "owner");
    ref(g.our_owner, "team member", "goals", i, "our_owner");
  });
  map.opportunities?.forEach((o, i) => ref(o.unit, "unit", "opportunities", i, "unit"));
  map.events?.forEach((e, i) => e.people?.forEach((p, j) => ref(p, "person or team member", "events", i, "people", j)));
  findCycles(people, personAt, (p) => p.reports_to, (cycle, index) => report(["people", index, "reports_to"], `reporting cycle: ${cycle.join(" \u2192 ")}; someone in it must report to a person outside the cycle, or to nobody`));
  findCycles(units, unitAt, (u) => u.parent, (cycle, index) => report(["units", index, "parent"], `unit parent cycle: ${cycle.join(" \u2192 ")}; one of these units must have a parent outside the cycle, or none`));
  return findings;
}
function firstIndexes(items) {
  const at = /* @__PURE__ */ new Map();
  items.forEach((item, i) => {
    if (item.id !== void 0 && !at.has(item.id))
      at.set(item.id, i);
  });
  return at;
}
function uniqueIds(items, section, report, at = firstIndexes(items)) {
  items.forEach((item, i) => {
    if (item.id === void 0)
      return;
    const first = at.get(item.id);
    if (first !== i)
      report([section, i, "id"], `duplicate id \`${item.id}\`: ${section}[${i}] uses the id already used by ${section}[${first}]; give each an id of its own`);
  });
}
function findCycles(items, at, parentOf, report) {
  const NONE = -1;
  const UNSET = -2;
  const parent = new Int32Array(items.length).fill(UNSET);
  for (const item of items) {
    if (item.id === void 0)
      continue;
    const k = at.get(item.id);
    const p = parentOf(item);
    if (p !== void 0 && parent[k] === UNSET)
      parent[k] = at.get(p) ?? NONE;
  }
  const DONE = -1;
  const walkOf = new Int32Array(items.length).fill(UNSET);
  const placeOf = new Int32Array(items.length);
  const trail = [];
  for (let walk = 0; walk < items.length; walk++) {
    const id = items[walk].id;
    if (id === void 0)
      continue;
    let node = at.get(id);
    if (walkOf[node] !== UNSET)
      continue;
    trail.length = 0;
    while (node >= 0 && walkOf[node] === UNSET) {
      walkOf[node] = walk;
      placeOf[node] = trail.length;
      trail.push(node);
      node = parent[node];
    }
    if (node >= 0 && walkOf[node] === walk) {
      const loop = trail.slice(placeOf[node]);
      const first = Math.min(...loop);
      const from = loop.indexOf(first);
      const ordered = [...loop.slice(from), ...loop.slice(0, from), first].map((k) => items[k].id);
      report(ordered, first);
    }
    for (const t of trail)
      walkOf[t] = DONE;
  }
}
var isRecord = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
var str = (v) => typeof v === "string" ? v : void 0;
var strs = (v) => Array.isArray(v) ? v.map((x) => typeof x === "string" ? x : "") : void 0;
function tolerant(data) {
  const root = isRecord(data) ? data : {};
  const list = (key) => Array.isArray(root[key]) ? root[key].map((x) => isRecord(x) ? x : {}) : [];
  const account = isRecord(root.account) ? root.account : {};
  const pick = (item, keys, lists = []) => {
    const out = {};
    for (const k of keys)
      if (str(item[k]) !== void 0)
        out[k] = item[k];
    for (const k of lists)
      if (strs(item[k]) !== void 0)
        out[k] = strs(item[k]);
    return out;
  };
  return {
    account: { owner: str(account.owner) },
    team: list("team").map((m) => pick(m, ["id"])),
    people: list("people").map((p) => pick(p, ["id", "unit", "reports_to", "owner"], ["dotted_to"])),
    units: list("units").map((u) => pick(u, ["id", "parent"], ["depends_on"])),
    connections: list("connections").map((c) => pick(c, ["from", "to"])),
    goals: list("goals").map((g) => pick(g, ["id", "owner", "our_owner"])),
    opportunities: list("opportunities").map((o) => pick(o, ["id", "unit"])),
    events: list("events").map((e) => pick(e, [], ["people"]))
  };
}

// dist/validate/document.js
var accepts;
function acceptMap(data) {
  accepts ??= compileAcceptor(AccountMapSchema);
  return accepts(data)?.data;
}
function validateDocument(data) {
  const result = check(data);
  for (const f of result.findings)
    f.message = escapeControls(f.message);
  return result;
}
function check(data) {
  const accountId = readAccountId(data);
  const base = accountId === void 0 ? {} : { accountId };
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    return {
      ...base,
      findings: [
        {
          rule: "schema",
          path: [],
          message: `this document is ${describe(data)}, not an account map: a map is a mapping that starts with \`acctmap: 1\` and an \`account\``
        }
      ]
    };
  }
  const record = data;
  if (!("acctmap" in record)) {
    return {
      ...base,
      findings: [
        {
          rule: "schema",
          path: [],
          message: "missing `acctmap: 1` at the top: every account map starts with the format version (add the line `acctmap: 1`)"
        }
      ]
    };
  }
  if (!FORMAT_VERSIONS.includes(record.acctmap)) {
    return {
      ...base,
      findings: [
        {
          rule: "schema",
          path: ["acctmap"],
          message: `format version ${JSON.stringify(record.acctmap)} is not one this release of acctmap reads; it reads version ${FORMAT_VERSIONS.join(", ")} (write \`acctmap: 1\`)`
        }
      ]
    };
  }
  const accepted = acceptMap(data);
  const parsed = accepted === void 0 ? AccountMapSchema.safeParse(data, { error: errorMessage }) : { success: true, data: accepted };
  if (!parsed.success) {
    const shape = issuesToFindings(parsed.error.issues, AccountMapSchema, data);
    const spoken = new Set(shape.map((f) => formatPath(f.path)));
    const references2 = checkReferences(data).filter((f) => !spoken.has(formatPath(f.path)));
    return { ...base, findings: [...shape, ...references2] };
  }
  const references = checkReferences(parsed.data, true);
  return references.length ? { ...base, shaped: parsed.data, findings: references } : { ...base, map: parsed.data, shaped: parsed.data, findings: [] };
}
function readAccountId(data) {
  if (data === null || typeof data !== "object")
    return void 0;
  const account = data.account;
  if (account === null || typeof account !== "object")
    return void 0;
  const id = account.id;
  return typeof id === "string" && id.length > 0 ? id : void 0;
}

// dist/validate/phone-numbers.js
function changedPhoneNumbers(map, written) {
  const findings = [];
  (map.people ?? []).forEach((person, i) => {
    if (typeof person.phone !== "number")
      return;
    const path = ["people", i, "phone"];
    const text = written(path);
    if (text === String(person.phone))
      return;
    findings.push({
      rule: "schema",
      path,
      message: `phone \`${text}\` is read as the number ${person.phone}: YAML drops a leading \`+\` or \`0\` from a number written without quotes; quote it to keep it as written: \`phone: "${text}"\``
    });
  });
  return findings;
}
function writtenIn(text, locate) {
  return (path) => {
    const at = locate(path);
    const start = offsetAt(text, at.line, at.column);
    const end = at.endLine === void 0 || at.endColumn === void 0 ? start : offsetAt(text, at.endLine, at.endColumn);
    return text.slice(start, end);
  };
}

// dist/validate/check.js
function checkReuse() {
  return { parsed: /* @__PURE__ */ new Map(), validated: /* @__PURE__ */ new WeakMap() };
}
function accountsOnly(check2) {
  const reduced = {
    ...check2,
    maps: check2.maps.map((m) => ({ ...m, map: { account: m.map.account } }))
  };
  return JSON.parse(JSON.stringify(reduced));
}
function checkSources(sources, options = {}, eachFile) {
  return finishCheck(sources.map((source) => {
    eachFile?.();
    return checkFile(source, options);
  }), options);
}
function fileDiagnostic(file, rule, message, at = { line: 1, column: 1 }) {
  return { file, line: at.line, column: at.column, severity: "error", rule, message, path: [] };
}
function checkFile({ file, text }, options = {}) {
  const reuse = options.reuse;
  let parsed = reuse?.parsed.get(text);
  if (parsed === void 0) {
    parsed = parseSource(text, options);
    reuse?.parsed.set(text, parsed);
  }
  const summary = { file, maps: [] };
  const diagnostics = [];
  const maps = [];
  for (const p of parsed.problems)
    diagnostics.push(fileDiagnostic(file, "yaml", p.message, p));
  const readable = parsed.documents.filter((d) => !d.empty);
  if (parsed.problems.length === 0 && readable.length === 0) {
    diagnostics.push(fileDiagnostic(file, "schema", "the file has no account map in it: a map starts with `acctmap: 1` (run `acctmap init` for a starter)"));
  }
  const rules = options.rules;
  let comments2;
  for (const doc of readable) {
    if (doc.data === void 0)
      continue;
    const data = doc.data;
    let result = typeof data === "object" && data !== null ? reuse?.validated.get(data) : void 0;
    if (result === void 0) {
      result = validateDocument(data);
      if (result.shaped) {
        const changed = changedPhoneNumbers(result.shaped, writtenIn(text, doc.locate));
        if (changed.length) {
          const { map: _notValid, ...rest } = result;
          result = { ...rest, findings: [...result.findings, ...changed] };
        }
      }
      if (typeof data === "object" && data !== null)
        reuse?.validated.set(data, result);
    }
    summary.maps.push(result.accountId ?? "?");
    for (const f of result.findings) {
      diagnostics.push(place(file, doc.locate, f, f.severity ?? "error", result.accountId));
    }
    if (!result.shaped)
      continue;
    const map = result.shaped;
    comments2 ??= rules?.commentsIn(text);
    const own = comments2?.get(doc.index) ?? NO_COMMENTS;
    const withItems = own.suppressions.length > 0;
    const unplaced = options.placeRuleFindings === false && own.suppressions.length === 0;
    const ruling = rules?.checkMap(map, file, own, (r) => unplaced ? { ...r, at: UNPLACED, lines: [] } : placeWith(doc.locate, r, withItems));
    for (const placed of ruling?.report ?? []) {
      diagnostics.push(toDiagnostic(file, placed, placed.at, map.account.id));
    }
    maps.push({
      file,
      document: doc.index,
      map,
      valid: result.map !== void 0,
      anchors: doc.accountAnchors?.(Object.keys(map.account)) ?? anchorsOf(doc.locateAccount ?? doc.locate, map),
      suppressions: own.suppressions,
      used: ruling?.used ?? []
    });
  }
  return { summary, diagnostics, maps };
}
var NO_COMMENTS = { suppressions: [], misspelled: [] };
var UNPLACED = { line: 1, column: 1 };
function placeWith(locate, { finding, severity }, withItems) {
  const at = locate(finding.path, finding.target);
  const lines = /* @__PURE__ */ new Set([at.line]);
  const { path } = finding;
  for (let i = 1; withItems && i < path.length; i++) {
    if (typeof path[i - 1] === "number")
      lines.add(locate(path.slice(0, i)).line);
  }
  return { finding, severity, at, lines: [...lines] };
}
function anchorsOf(locate, map) {
  const anchors = {};
  for (const key of ["", ...Object.keys(map.account)]) {
    const path = key === "" ? ["account"] : ["account", key];
    const numbers = [];
    for (const target of ["key", "value"]) {
      const at = locate(path, target);
      numbers.push(at.line, at.column, at.endLine ?? 0, at.endColumn ?? 0);
    }
    anchors[key] = numbers;
  }
  return anchors;
}
function anchorPosition(numbers, target) {
  const k = target === "key" ? 0 : 4;
  const at = { line: numbers[k], column: numbers[k + 1] };
  if (numbers[k + 2])
    at.endLine = numbers[k + 2];
  if (numbers[k + 3])
    at.endColumn = numbers[k + 3];
  return at;
}
function anchorAt(anchors, path, target = "value") {
  if (path[0] !== "account" || path.length > 2) {
    throw new Error(`a run-wide finding must point into \`account\`, not at ${formatPath(path)}`);
  }
  const key = path.length === 2 ? String(path[1]) : "";
  const own = Object.hasOwn(anchors, key) ? anchors[key] : void 0;
  return own ? anchorPosition(own, target) : anchorPosition(anchors[""], "value");
}
function finishCheck(checks, options = {}) {
  const files = [];
  const maps = [];
  const diagnostics = [];
  for (const check2 of checks) {
    files.push(check2.summary);
    for (const d of check2.diagnostics)
      diagnostics.push(d);
    for (const m of check2.maps)
      maps.push(m);
  }
  for (const d of duplicateAccounts(maps))
    diagnostics.push(d);
  if (options.rules) {
    for (const { map, placed } of options.rules.finish(maps)) {
      diagnostics.push(toDiagnostic(map.file, placed, placed.at, map.map.account.id));
    }
  }
  diagnostics.sort(compareDiagnostics);
  return { files, maps, diagnostics };
}
function place(file, locate, finding, severity, account) {
  return toDiagnostic(file, { finding, severity }, locate(finding.path, finding.target), account);
}
function toDiagnostic(file, { finding, severity }, at, account) {
  const d = {
    file,
    line: at.line,
    column: at.column,
    severity,
    rule: finding.rule,
    // Rules quote names and titles, which may hold line breaks; a finding stays one line.
    message: escapeControls(finding.message),
    path: finding.path
  };
  if (at.endLine !== void 0)
    d.endLine = at.endLine;
  if (at.endColumn !== void 0)
    d.endColumn = at.endColumn;
  if (account !== void 0)
    d.account = account;
  return d;
}
function duplicateAccounts(maps) {
  const first = /* @__PURE__ */ new Map();
  const out = [];
  const path = ["account", "id"];
  for (const m of maps) {
    const id = m.map.account.id;
    const earlier = first.get(id);
    if (!earlier) {
      first.set(id, m);
      continue;
    }
    const at = anchorAt(earlier.anchors, path);
    const where = earlier.file === m.file ? `line ${at.line} of this file` : `${earlier.file}:${at.line}`;
    m.valid = false;
    const finding = {
      rule: "reference",
      path,
      message: `account id \`${id}\` is already used by the map at ${where}; every account needs an id of its own`
    };
    out.push(toDiagnostic(m.file, { finding, severity: "error" }, anchorAt(m.anchors, path), id));
  }
  return out;
}

// dist/rules/suppressions.js
var DIRECTIVES = [
  "acctmap-disable-next-line",
  "acctmap-disable-line",
  "acctmap-disable"
];
var COMMENT = /^#\s*(acctmap-[A-Za-z-]*)(.*)$/;
function mayHaveDirective(body) {
  for (let at = body.indexOf("#"); at !== -1; at = body.indexOf("#", at + 1)) {
    const end = body.indexOf("\n", at);
    const line = body.slice(at, end === -1 ? body.length : end);
    if (line.includes("acctmap-"))
      return true;
    if (end === -1)
      return false;
    at = end;
  }
  return false;
}
function findSuppressions(source) {
  const body = source.charCodeAt(0) === 65279 ? source.slice(1) : source;
  if (!mayHaveDirective(body))
    return { suppressions: [], misspelled: [] };
  const lines = body.split("\n");
  const position = positionsIn(body);
  const scan = { suppressions: [], misspelled: [] };
  for (const { offset, text, document } of comments(body)) {
    const m = COMMENT.exec(text);
    if (!m)
      continue;
    const written = m[1];
    const { line, column } = position(offset);
    if (!DIRECTIVES.includes(written)) {
      const suggestion = closest(written, DIRECTIVES);
      scan.misspelled.push({
        written,
        line,
        column,
        document,
        ...suggestion ? { suggestion } : {}
      });
      continue;
    }
    const directive = written;
    const rest = m[2];
    const sep = /(^|\s)--(\s|$)/.exec(rest);
    const names = sep ? rest.slice(0, sep.index) : rest;
    const reason = sep ? rest.slice(sep.index + sep[0].length).trim() : "";
    const rules = names.split(/[\s,]+/).filter((s) => s.length > 0);
    const targetLine = directive === "acctmap-disable-next-line" ? nextContentLine(lines, line) : line;
    scan.suppressions.push({ directive, rules, reason, line, column, document, targetLine });
  }
  return scan;
}
function nextContentLine(lines, line) {
  for (let i = line; i < lines.length; i++) {
    const t = lines[i].trim();
    if (t !== "" && !t.startsWith("#"))
      return i + 1;
  }
  return line + 1;
}
function comments(body) {
  const out = [];
  let document = -1;
  const walk = (node) => {
    if (Array.isArray(node)) {
      for (const item of node)
        walk(item);
      return;
    }
    if (node === null || typeof node !== "object")
      return;
    const token = node;
    if (token.type === "comment" && typeof token.offset === "number" && typeof token.source === "string") {
      out.push({ offset: token.offset, text: token.source, document: Math.max(document, 0) });
      return;
    }
    for (const value of Object.values(node))
      if (typeof value === "object")
        walk(value);
  };
  for (const token of new (yamlLib()).Parser().parse(body)) {
    if (token.type === "document")
      document++;
    walk(token);
  }
  return out;
}

// dist/rules/runner.js
var RANK = { off: 0, info: 1, warning: 2, error: 3 };
function effective(configured, cap) {
  const s = cap !== void 0 && RANK[cap] < RANK[configured] ? cap : configured;
  return s === "off" ? void 0 : s;
}
function toFinding(rule, f) {
  const finding = { rule, message: f.message, path: f.path };
  if (f.target)
    finding.target = f.target;
  return finding;
}
function createRunner(options) {
  if (!isCalendarDate(options.asOf)) {
    throw new Error(`asOf must be a date written YYYY-MM-DD, got ${JSON.stringify(options.asOf)}`);
  }
  const settingsFor = createSettingsResolver(options);
  const asOf = options.asOf;
  const keys = /* @__PURE__ */ new WeakMap();
  return {
    checkMap(map, file, comments2, place2) {
      const settings = settingsFor(file);
      const found = [];
      for (const rule of RULES) {
        if (!rule.check)
          continue;
        const resolved = settings.get(rule.id);
        if (resolved.severity === "off")
          continue;
        for (const f of rule.check(map, { asOf, options: resolved.options })) {
          const severity = effective(resolved.severity, f.severity);
          if (severity !== void 0)
            found.push(place2({ finding: toFinding(rule.id, f), severity }));
        }
      }
      const report = commentProblems(comments2, settings);
      const used = /* @__PURE__ */ new Set();
      for (const placed of found) {
        if (!suppressed(comments2.suppressions, placed, used))
          report.push(placed);
      }
      return { report, used: [...used] };
    },
    settingsKey(file) {
      const settings = settingsFor(file);
      let key = keys.get(settings);
      if (key === void 0) {
        key = JSON.stringify([...settings].map(([id, r]) => [id, r.severity, r.options]));
        keys.set(settings, key);
      }
      return key;
    },
    commentsIn(text) {
      const scan = findSuppressions(text);
      const byDocument = /* @__PURE__ */ new Map();
      const of = (document) => {
        let comments2 = byDocument.get(document);
        if (!comments2) {
          comments2 = { suppressions: [], misspelled: [] };
          byDocument.set(document, comments2);
        }
        return comments2;
      };
      for (const s of scan.suppressions)
        of(s.document).suppressions.push(s);
      for (const m of scan.misspelled)
        of(m.document).misspelled.push(m);
      return byDocument;
    },
    finish(maps) {
      const settings = maps.map((m) => settingsFor(m.file));
      const portfolio = maps.map(() => []);
      for (const rule of RULES) {
        if (!rule.checkPortfolio || settings.every((s) => s.get(rule.id).severity === "off"))
          continue;
        const base = settingsFor().get(rule.id);
        const found = rule.checkPortfolio(maps.map((m) => m.map), { asOf, options: base.options });
        for (const { map: index, ...f } of found) {
          const severity = effective(settings[index].get(rule.id).severity, f.severity);
          if (severity === void 0)
            continue;
          const at = anchorAt(maps[index].anchors, f.path, f.target);
          portfolio[index].push({
            finding: toFinding(rule.id, f),
            severity,
            at,
            lines: [at.line]
          });
        }
      }
      return applySuppressions(maps, settings, portfolio);
    }
  };
}
function suppressed(suppressions, placed, used) {
  let hit = false;
  for (const s of suppressions) {
    if (s.rules.includes(placed.finding.rule) && (s.directive === "acctmap-disable" || placed.lines.includes(s.targetLine))) {
      used.add(`${s.line}:${placed.finding.rule}`);
      hit = true;
    }
  }
  return hit;
}
function commentFinding(at, message, severity) {
  const position = { line: at.line, column: at.column };
  return {
    finding: { rule: "suppression", path: [], message },
    severity,
    at: position,
    lines: [position.line]
  };
}
function commentProblems(comments2, settings) {
  const out = [];
  const severity = settings.get("suppression").severity;
  if (severity === "off")
    return out;
  const report = (at, message) => out.push(commentFinding(at, message, severity));
  for (const misspelled of comments2.misspelled) {
    const hint = misspelled.suggestion ? `did you mean \`${misspelled.suggestion}\`?` : "suppression comments start with `acctmap-disable-next-line`, `acctmap-disable-line` or `acctmap-disable`";
    report(misspelled, `\`${misspelled.written}\` is not a suppression comment, so it suppresses nothing; ${hint}`);
  }
  for (const s of comments2.suppressions) {
    const written = `# ${s.directive}${s.rules.length ? ` ${s.rules.join(", ")}` : ""}`;
    if (s.rules.length === 0) {
      report(s, `\`${written}\` names no rule, so it suppresses nothing: name the rules it is for, for example \`# ${s.directive} stale-contact -- on parental leave until March\``);
    }
    for (const id of s.rules) {
      if (getRule(id))
        continue;
      const why = isBuiltInCheck(id) ? `\`${id}\` findings cannot be suppressed: fix the map instead` : `unknown rule \`${id}\`; ${closestRule(id)}`;
      report(s, `\`${written}\`: ${why}`);
    }
    if (s.rules.length > 0 && s.reason === "") {
      report(s, `\`${written}\` gives no reason: add one after \` -- \` (for example \`-- on parental leave until March\`) so the next reader knows why the finding does not apply`);
    }
  }
  return out;
}
function applySuppressions(maps, settings, portfolio) {
  const out = [];
  const used = maps.map((m) => new Set(m.used));
  maps.forEach((m, index) => {
    for (const placed of portfolio[index]) {
      if (!suppressed(m.suppressions, placed, used[index]))
        out.push({ map: m, placed });
    }
  });
  maps.forEach((m, index) => {
    const severity = settings[index].get("suppression").severity;
    if (severity === "off")
      return;
    for (const s of m.suppressions) {
      for (const id of s.rules) {
        if (!getRule(id) || id === "suppression" || used[index].has(`${s.line}:${id}`))
          continue;
        if (settings[index].get(id).severity === "off")
          continue;
        const where = s.directive === "acctmap-disable" ? "in this map" : `on line ${s.targetLine} (or in the list item that starts there)`;
        out.push({
          map: m,
          placed: commentFinding(s, `\`# ${s.directive} ${id}\` suppresses nothing: there is no \`${id}\` finding ${where}; delete the comment, or move it to the line before the finding`, severity)
        });
      }
    }
  });
  return out;
}
function closestRule(id) {
  const guess2 = closest(id, RULE_IDS);
  return guess2 ? `did you mean \`${guess2}\`?` : "run `acctmap rules` to list the rules";
}

// dist/rules/index.js
function ruleCatalog() {
  return RULES.map((rule) => {
    const defaults = rule.options.parse({});
    const shape = rule.options.shape;
    return {
      id: rule.id,
      defaultSeverity: rule.defaultSeverity,
      description: rule.description,
      docs: `docs/rules/${rule.id}.md`,
      category: rule.category,
      help: rule.help,
      options: Object.keys(shape).map((name) => ({
        name,
        default: defaults[name],
        description: shape[name].description ?? ""
      })),
      portfolio: rule.checkPortfolio !== void 0
    };
  });
}
function checkRulesConfig2(config) {
  return checkRulesConfig(config);
}
function createRuleRunner(options) {
  return createRunner(options);
}

export {
  parseSource,
  errorMessage,
  issuesToFindings,
  checkReuse,
  accountsOnly,
  checkSources,
  fileDiagnostic,
  checkFile,
  finishCheck,
  place,
  explainSettings,
  parseRuleFlag,
  RED_FLAG_IDS,
  isRedFlag,
  redFlagsByAccount,
  ruleCatalog,
  checkRulesConfig2 as checkRulesConfig,
  createRuleRunner
};
