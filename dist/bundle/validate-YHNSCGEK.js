import { createRequire as __acctmapCreateRequire } from 'node:module';
const require = __acctmapCreateRequire(import.meta.url);
import {
  commandLine,
  hiddenText,
  summarize
} from "./chunk-DAWZNI7Y.js";
import {
  here,
  parsedCommand,
  replayKey,
  replayable
} from "./chunk-FG3AANPF.js";
import {
  discoveryOptions,
  loadRun
} from "./chunk-5UIGE76S.js";
import "./chunk-24WFDTQW.js";
import "./chunk-KMKR7STN.js";
import "./chunk-MLHKFOEY.js";
import {
  docsUri,
  version
} from "./chunk-IGFIU6YM.js";
import {
  contentHash
} from "./chunk-FECTPEQ5.js";
import {
  outputTarget,
  planOutputs
} from "./chunk-UVMY4ATT.js";
import "./chunk-WCWGSMVT.js";
import "./chunk-SEMNEORE.js";
import {
  makeContext,
  note,
  noteText,
  parseRuleFlags,
  problems
} from "./chunk-FEQYHIU2.js";
import {
  plainStyle
} from "./chunk-HMHVJ7MO.js";
import "./chunk-ZXIJX75S.js";
import "./chunk-WJ4UJHTB.js";
import {
  checkRulesConfig,
  isRedFlag,
  ruleCatalog
} from "./chunk-3PMCQ3JK.js";
import {
  BUILT_IN_CHECKS,
  failsAt,
  formatPath
} from "./chunk-EOFZAPUG.js";
import "./chunk-M5GZM46X.js";
import "./chunk-XJYOIXLA.js";
import "./chunk-G6RSPFR5.js";
import "./chunk-EP3XH6LY.js";
import "./chunk-OIC7LVBH.js";
import "./chunk-OHYZK4TA.js";
import "./chunk-IAOW2ERF.js";
import {
  writeOutput,
  yieldToSignals
} from "./chunk-LITMVH3X.js";
import "./chunk-CE5LU4KN.js";
import {
  escapeMarkdownCell,
  escapeTerminal,
  fileUri,
  plural,
  relativeUri
} from "./chunk-A4RBNV6B.js";
import {
  EXIT,
  UsageError
} from "./chunk-AR6G5YW2.js";
import "./chunk-ZV4OTCNF.js";

// dist/cli/actions/validate.js
import { appendFileSync } from "node:fs";

// dist/format/github.js
var COMMAND = { error: "error", warning: "warning", info: "notice" };
var github = (report) => {
  const lines = report.diagnostics.map((d) => {
    const props = [
      `file=${escapeProperty(d.file)}`,
      `line=${d.line}`,
      `col=${d.column}`,
      ...d.endLine !== void 0 ? [`endLine=${d.endLine}`] : [],
      `title=${escapeProperty(`acctmap ${d.rule}`)}`
    ];
    return `::${COMMAND[d.severity]} ${props.join(",")}::${escapeData(d.message)}`;
  });
  const hidden = hiddenText(report);
  lines.push(`acctmap: ${counts(report)}${hidden ? ` (${hidden})` : ""}`);
  return `${lines.join("\n")}
`;
};
function counts(report) {
  const { errors, warnings, infos, maps, files } = report.summary;
  return `${plural(errors, "error")}, ${plural(warnings, "warning")}, ${plural(infos, "info")} in ${plural(maps, "map")} (${plural(files, "file")})`;
}
function escapeData(s) {
  return escapeTerminal(s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A"));
}
function escapeProperty(s) {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
function githubStepSummary(report) {
  const out = ["## acctmap validate", "", `${counts(report)}.`, ""];
  if (report.diagnostics.length) {
    out.push("| File | Line | Severity | Rule | Message |", "| --- | ---: | --- | --- | --- |");
    for (const d of report.diagnostics) {
      out.push(`| ${escapeMarkdownCell(d.file)} | ${d.line}:${d.column} | ${d.severity} | ${escapeMarkdownCell(d.rule)} | ${escapeMarkdownCell(d.message)} |`);
    }
    out.push("");
  }
  return `${out.join("\n")}
`;
}

// dist/format/json.js
var json = (report) => `${JSON.stringify({
  files: report.files.map((f) => ({ file: f.file, maps: f.maps })),
  diagnostics: report.diagnostics.map((d) => ({
    file: d.file,
    line: d.line,
    column: d.column,
    ...d.endLine !== void 0 ? { endLine: d.endLine, endColumn: d.endColumn } : {},
    severity: d.severity,
    rule: d.rule,
    message: d.message,
    path: formatPath(d.path),
    ...d.account !== void 0 ? { account: d.account } : {}
  })),
  summary: report.summary
}, null, 2)}
`;

// dist/format/junit.js
var junit = (report) => {
  const byFile = new Map(report.files.map((f) => [f.file, []]));
  for (const d of report.diagnostics) {
    const list = byFile.get(d.file) ?? [];
    list.push(d);
    byFile.set(d.file, list);
  }
  const suites = [];
  let tests = 0;
  let failures = 0;
  for (const [file, list] of byFile) {
    const failing = list.filter((d) => d.severity !== "info");
    const names = uniqueNames(failing.map((d) => `${d.rule} ${d.line}:${d.column}${d.path.length ? ` ${formatPath(d.path)}` : ""}`));
    const cases = failing.map((d, i) => `    <testcase classname="${xml(file)}" name="${xml(names[i])}">
      <failure type="${d.severity}" message="${xml(d.message)}">${xml(`${d.file}:${d.line}:${d.column} ${d.severity} ${d.message} (${d.rule})`)}</failure>
    </testcase>`);
    if (cases.length === 0)
      cases.push(`    <testcase classname="${xml(file)}" name="${xml(file)}"/>`);
    tests += cases.length;
    failures += failing.length;
    suites.push(`  <testsuite name="${xml(file)}" tests="${cases.length}" failures="${failing.length}" errors="0">
${cases.join("\n")}
  </testsuite>`);
  }
  return `<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="acctmap" tests="${tests}" failures="${failures}" errors="0">
${suites.join("\n")}
</testsuites>
`;
};
function uniqueNames(names) {
  const taken = new Set(names);
  const seen = /* @__PURE__ */ new Set();
  return names.map((name) => {
    if (!seen.has(name)) {
      seen.add(name);
      return name;
    }
    let n = 2;
    while (taken.has(`${name} (${n})`))
      n++;
    const unique = `${name} (${n})`;
    taken.add(unique);
    seen.add(unique);
    return unique;
  });
}
function xml(s) {
  return s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;").replace(/\n/g, "&#10;");
}

// dist/format/sarif.js
var LEVEL = {
  error: "error",
  warning: "warning",
  info: "note"
};
var BUILT_IN_DOCS = "docs/rules/README.md#built-in-checks";
var BUILT_IN = {
  yaml: {
    name: "InvalidYaml",
    description: "The file is not valid YAML.",
    help: "Fix the YAML syntax at the position shown: indentation with spaces, unique keys, closed brackets and quotes."
  },
  schema: {
    name: "NotTheMapFormat",
    description: "The map does not follow the account-map format.",
    help: "Use the keys and values the format allows; see docs/format.md. Unknown keys are errors so that typos never drop data."
  },
  reference: {
    name: "BrokenReference",
    description: "An id is unknown or used twice, or reporting lines or unit parents form a cycle.",
    help: "Every id a map names must exist in the same map, and ids must be unique; see docs/format.md#cross-references."
  },
  io: {
    name: "UnreadableFile",
    description: "The file could not be read: missing, a folder, not permitted, or over the size limit.",
    help: "Check that the path names a map file that exists and that acctmap may read; a file over max_file_mb (acctmap.config.yaml) is not read."
  }
};
var NAMES = {
  reorganization: "ReorganizationAtTheAccount",
  suppression: "SuppressionCommentProblem"
};
function ruleName(id) {
  const named = NAMES[id];
  if (named)
    return named;
  const name = id.split(/[^A-Za-z0-9]+/).filter(Boolean).map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join("");
  return name.toLowerCase() === id.toLowerCase() || name === "" ? `${name}Rule` : name;
}
function sentence(text) {
  return /[.!?…]$/.test(text.trimEnd()) ? text : `${text}.`;
}
function defaultPlace(file) {
  return /^(?:[\\/]|[A-Za-z]:[\\/])/.test(file) ? { uri: fileUri(file) } : { uri: relativeUri(file) };
}
var sarif = (report, { rules, toolVersion, artifacts, docsUri: docsUri2 }) => {
  const link = (page) => docsUri2 ? { helpUri: docsUri2(page) } : {};
  const descriptors = [
    ...BUILT_IN_CHECKS.map((id) => ({
      id,
      name: BUILT_IN[id].name,
      shortDescription: { text: BUILT_IN[id].description },
      fullDescription: { text: `${BUILT_IN[id].description} ${BUILT_IN[id].help}` },
      help: { text: BUILT_IN[id].help },
      ...link(BUILT_IN_DOCS),
      defaultConfiguration: { level: "error" }
    })),
    ...rules.map((r) => ({
      id: r.id,
      name: ruleName(r.id),
      shortDescription: { text: sentence(r.description) },
      fullDescription: { text: `${sentence(r.description)} ${sentence(r.help)}` },
      help: { text: `${sentence(r.help)} See ${r.docs} for why it matters and an example.` },
      ...link(r.docs),
      defaultConfiguration: { level: LEVEL[r.defaultSeverity] },
      properties: { tags: [r.category] }
    }))
  ];
  const index = new Map(descriptors.map((d, i) => [d.id, i]));
  for (const d of report.diagnostics) {
    if (!index.has(d.rule)) {
      index.set(d.rule, descriptors.length);
      descriptors.push({
        id: d.rule,
        name: ruleName(d.rule),
        shortDescription: { text: sentence(d.rule) },
        fullDescription: { text: sentence(d.rule) },
        help: { text: sentence(d.rule) },
        defaultConfiguration: { level: LEVEL[d.severity] }
      });
    }
  }
  const place = (file) => artifacts?.locate(file) ?? defaultPlace(file);
  const physicalLocation = (d) => ({
    artifactLocation: place(d.file),
    region: {
      startLine: d.line,
      startColumn: d.column,
      ...d.endLine !== void 0 ? { endLine: d.endLine, endColumn: d.endColumn } : {}
    }
  });
  const unread = report.diagnostics.filter((d) => d.rule === "io");
  const srcRoot = artifacts?.srcRoot;
  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "acctmap",
            version: toolVersion,
            semanticVersion: toolVersion,
            ...docsUri2 ? { informationUri: docsUri2("README.md") } : {},
            rules: descriptors
          }
        },
        invocations: [
          {
            executionSuccessful: unread.length === 0,
            ...unread.length ? {
              toolExecutionNotifications: unread.map((d) => ({
                level: "error",
                message: { text: sentence(d.message) },
                locations: [{ physicalLocation: physicalLocation(d) }],
                descriptor: { id: d.rule, index: index.get(d.rule) }
              }))
            } : {}
          }
        ],
        ...srcRoot ? {
          originalUriBaseIds: {
            "%SRCROOT%": {
              uri: srcRoot,
              description: {
                text: "The root of the git repository that holds the maps; artifact URIs are relative to it."
              }
            }
          }
        } : {},
        results: report.diagnostics.map((d) => ({
          ruleId: d.rule,
          ruleIndex: index.get(d.rule),
          level: LEVEL[d.severity],
          message: { text: sentence(d.message) },
          locations: [{ physicalLocation: physicalLocation(d) }],
          ...resultProperties(d)
        })),
        columnKind: "utf16CodeUnits"
      }
    ]
  };
  return `${JSON.stringify(log, null, 2)}
`;
};
function resultProperties(d) {
  const properties = {};
  if (d.path.length) {
    properties.path = formatPath(d.path);
    if (d.account)
      properties.account = d.account;
  }
  if (isRedFlag(d))
    properties.tags = ["red-flag"];
  return Object.keys(properties).length ? { properties } : {};
}

// dist/format/stylish.js
var stylish = (report, { style }) => {
  const byFile = /* @__PURE__ */ new Map();
  for (const d of report.diagnostics) {
    const list = byFile.get(d.file) ?? [];
    list.push(d);
    byFile.set(d.file, list);
  }
  const out = [];
  for (const [file, list] of byFile) {
    out.push(style.underline(escapeTerminal(file)));
    const where = list.map((d) => `${d.line}:${d.column}`);
    const sev = list.map((d) => d.severity);
    const whereWidth = Math.max(...where.map((w) => w.length));
    const sevWidth = Math.max(...sev.map((s) => s.length));
    list.forEach((d, i) => {
      const colour = d.severity === "error" ? style.red : d.severity === "warning" ? style.yellow : style.blue;
      const message = escapeTerminal(d.message.replace(/\r?\n/g, " "));
      out.push(`  ${style.dim(where[i].padEnd(whereWidth))}  ${colour(sev[i].padEnd(sevWidth))}  ${message}  ${style.dim(escapeTerminal(d.rule))}`);
    });
    out.push("");
  }
  const { errors, warnings, infos, files, maps } = report.summary;
  const problems2 = errors + warnings + infos;
  const checked = `${plural(maps, "map")} in ${plural(files, "file")}`;
  const hidden = hiddenText(report);
  if (problems2 === 0) {
    out.push(style.green(hidden ? `\u2714 ${checked} checked, no errors (${hidden})` : `\u2714 ${checked} checked, no problems`));
  } else {
    const parts = hidden ? [plural(errors, "error")] : [plural(errors, "error"), plural(warnings, "warning")];
    if (infos)
      parts.push(plural(infos, "info"));
    const line = `\u2716 ${plural(problems2, "problem")} (${parts.join(", ")}) in ${byFile.size} of ${plural(files, "file")}; ${checked} checked${hidden ? `; ${hidden}` : ""}`;
    out.push(errors ? style.red(style.bold(line)) : style.yellow(style.bold(line)));
  }
  return `${out.join("\n")}
`;
};

// dist/format/index.js
var FORMATTERS = {
  stylish,
  json,
  github,
  sarif,
  junit
};

// dist/cli/artifacts.js
import { existsSync } from "node:fs";
import * as path from "node:path";
function gitRoot(dir, cache = /* @__PURE__ */ new Map()) {
  const seen = [];
  let found;
  for (let at = dir; ; at = path.dirname(at)) {
    if (cache.has(at)) {
      found = cache.get(at);
      break;
    }
    seen.push(at);
    if (existsSync(path.join(at, ".git"))) {
      found = at;
      break;
    }
    if (path.dirname(at) === at)
      break;
  }
  for (const d of seen)
    cache.set(d, found);
  return found;
}
function sarifArtifacts(files, cwd) {
  const cache = /* @__PURE__ */ new Map();
  const rootOf = /* @__PURE__ */ new Map();
  for (const file of new Set(files)) {
    rootOf.set(file, gitRoot(path.dirname(path.resolve(cwd, file)), cache));
  }
  let srcRoot = gitRoot(cwd, cache);
  if (srcRoot === void 0) {
    const counts2 = /* @__PURE__ */ new Map();
    for (const root of rootOf.values())
      if (root)
        counts2.set(root, (counts2.get(root) ?? 0) + 1);
    srcRoot = [...counts2].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
  }
  const used = [...rootOf.values()].some((r) => r !== void 0 && r === srcRoot);
  return {
    ...srcRoot !== void 0 && used ? { srcRoot: fileUri(srcRoot, true) } : {},
    locate(file) {
      const abs = path.resolve(cwd, file);
      const root = rootOf.has(file) ? rootOf.get(file) : gitRoot(path.dirname(abs), cache);
      if (root !== void 0 && root === srcRoot) {
        return { uri: relativeUri(path.relative(root, abs)), uriBaseId: "%SRCROOT%" };
      }
      return { uri: fileUri(abs) };
    }
  };
}

// dist/cli/actions/validate.js
var VALIDATE_EXTENSIONS = {
  sarif: "sarif",
  json: "json",
  xml: "junit"
};
async function validate(paths, options) {
  if (options.printConfig !== void 0)
    return printConfig(paths, options);
  const ruleFlags = parseRuleFlags(options.rule ?? []);
  const maxWarnings = parseMaxWarnings(options.maxWarnings);
  const fallback = process.env.GITHUB_ACTIONS === "true" ? "github" : "stylish";
  const planned = planOutputs(options.format ?? [], options.output ?? [], VALIDATE_EXTENSIONS, fallback);
  const { output: _outputs, ...rest } = options;
  const ctx = makeContext(rest, options.rules ? [checkRulesConfig] : []);
  for (const p of planned)
    outputTarget(p.output, ctx.cwd, {
      command: "acctmap validate",
      example: exampleName(p.format)
    });
  const run = await loadRun(paths, ctx, {
    rules: options.rules,
    ruleFlags,
    reportUnreadable: true,
    accountsOnly: true,
    ...options.cache ? { cache: { location: options.cacheLocation } } : {},
    ...discoveryOptions(options)
  });
  const all = run.result.diagnostics;
  const shown = ctx.quiet ? all.filter((d) => d.severity === "error") : all;
  const report = {
    files: run.result.files,
    diagnostics: shown,
    summary: summarize(run.result.files, shown),
    ...ctx.quiet ? { hidden: hiddenCounts(all) } : {}
  };
  const texts = planned.map((p) => {
    const style = p.format === "stylish" && p.output === void 0 ? ctx.style : plainStyle;
    return FORMATTERS[p.format](report, {
      style,
      rules: ruleCatalog(),
      toolVersion: version(),
      docsUri,
      ...p.format === "sarif" ? {
        artifacts: sarifArtifacts(report.files.map((f) => f.file), ctx.cwd)
      } : {}
    });
  });
  await yieldToSignals();
  planned.forEach((p, i) => {
    if (p.output !== void 0)
      writeOutput(p.output, texts[i]);
  });
  planned.forEach((p, i) => {
    if (p.output === void 0)
      writeOutput(void 0, texts[i]);
  });
  const format = planned.some((p) => p.format === "github") ? "github" : void 0;
  const summaryFile = process.env.GITHUB_STEP_SUMMARY;
  if (format === "github" && summaryFile) {
    try {
      appendFileSync(summaryFile, githubStepSummary({
        ...report,
        summary: summarize(run.result.files, all),
        diagnostics: all
      }));
    } catch (error) {
      note(ctx, `acctmap: could not append to $GITHUB_STEP_SUMMARY (${error.message})`);
    }
  }
  let code;
  let stderr = "";
  if (run.fatal.length)
    code = EXIT.failure;
  else {
    let failing = failsAt(all, options.failOn);
    const warnings = all.filter((d) => d.severity === "warning").length;
    if (maxWarnings !== void 0 && warnings > maxWarnings) {
      stderr += noteText(ctx, `acctmap: ${warnings} warnings, more than --max-warnings ${maxWarnings}`);
      failing = true;
    }
    code = failing ? EXIT.findings : EXIT.ok;
  }
  if (run.cache) {
    const unsaved = run.cache.save(lastRun(paths, options, ctx, run, {
      outputs: planned.map((p, i) => ({
        ...p.output === void 0 ? {} : { output: p.output },
        format: p.format,
        text: texts[i]
      })),
      stderr,
      exit: code
    }));
    if (unsaved)
      note(ctx, `acctmap: could not save the cache (${unsaved}); the next run checks every file again`);
  }
  problems(run.fatal);
  process.stderr.write(stderr);
  return code;
}
function lastRun(paths, options, ctx, run, answer) {
  if (!replayable(paths, options) || run.stdin || run.fatal.length)
    return void 0;
  const formats = answer.outputs.map((o) => o.format);
  if (formats.includes("sarif"))
    return void 0;
  if (formats.includes("github") && process.env.GITHUB_STEP_SUMMARY)
    return void 0;
  const files = [];
  for (const f of run.searched) {
    const facts = run.cache?.facts(f.path);
    if (facts === void 0)
      return void 0;
    files.push({ path: f.path, named: f.named, ...facts });
  }
  const { config, dir, file, bytes } = ctx.config;
  const parsed = parsedCommand(paths, options);
  return {
    key: replayKey(commandLine(), parsed, { ...here(), cwd: ctx.cwd }),
    parsed,
    config: file !== void 0 && bytes !== void 0 ? { file, hash: contentHash(bytes) } : null,
    ignore: [...config.ignore],
    ignoreBase: dir,
    maxBytes: Math.round(config.max_file_mb * 1024 * 1024),
    files,
    outputs: answer.outputs.map(({ output, text }) => output === void 0 ? { content: text } : { output, content: text }),
    stderr: answer.stderr,
    exit: answer.exit
  };
}
function hiddenCounts(all) {
  return {
    warnings: all.filter((d) => d.severity === "warning").length,
    infos: all.filter((d) => d.severity === "info").length
  };
}
async function printConfig(paths, options) {
  if (paths.length)
    throw new UsageError(`--print-config prints the settings for one file and checks nothing, so the paths (${paths.join(", ")}) have no use; leave them out, or drop --print-config to check them`);
  const formats = options.format ?? [];
  const format = formats.length === 0 ? void 0 : formats[0];
  if (formats.length > 1 || format !== void 0 && format !== "json")
    throw new UsageError("--print-config prints text, or JSON with --format json; the other formats are for findings");
  if ((options.output ?? []).length > 1)
    throw new UsageError("--print-config writes one output; give -o once");
  const { config } = await import("./config-UF726E2S.js");
  const output = options.output?.[0];
  return config(options.printConfig, {
    ...options.config !== void 0 ? { config: options.config } : {},
    ...options.rule ? { rule: options.rule } : {},
    ...options.ignorePattern ? { ignorePattern: options.ignorePattern } : {},
    ...options.gitignore === false ? { gitignore: false } : {},
    ...options.color !== void 0 ? { color: options.color } : {},
    ...options.quiet !== void 0 ? { quiet: options.quiet } : {},
    ...format === "json" ? { format: "json" } : {},
    ...output !== void 0 ? { output } : {}
  });
}
function exampleName(format) {
  if (format === "sarif")
    return "acctmap.sarif";
  if (format === "json")
    return "findings.json";
  if (format === "junit")
    return "junit.xml";
  return "findings.txt";
}
function parseMaxWarnings(value) {
  if (value === void 0)
    return void 0;
  if (!/^\d+$/.test(value))
    throw new UsageError(`--max-warnings takes a whole number of 0 or more, got \`${value}\``);
  return Number(value);
}
export {
  VALIDATE_EXTENSIONS,
  validate
};
