import { createRequire as __acctmapCreateRequire } from 'node:module';
const require = __acctmapCreateRequire(import.meta.url);
import {
  DiagramOptionError,
  MERMAID_MARK,
  buildDiagram,
  checkTargets,
  markImage,
  toMarkdown
} from "./chunk-T3AHIPRQ.js";
import "./chunk-D7XCZ6MG.js";
import {
  DIAGRAM_FORMATS
} from "./chunk-AF3NO2WA.js";
import {
  discoveryOptions,
  loadRun,
  onlyAccount,
  usableMaps
} from "./chunk-5UIGE76S.js";
import "./chunk-24WFDTQW.js";
import {
  GENERATED_MARK
} from "./chunk-K5OTD2B7.js";
import "./chunk-HUVXZIKZ.js";
import "./chunk-HAGDK5MB.js";
import "./chunk-KMKR7STN.js";
import "./chunk-MLHKFOEY.js";
import "./chunk-IGFIU6YM.js";
import "./chunk-FECTPEQ5.js";
import {
  outputTarget
} from "./chunk-UVMY4ATT.js";
import "./chunk-H3FH3255.js";
import "./chunk-WCWGSMVT.js";
import "./chunk-SEMNEORE.js";
import "./chunk-ZPJ3K3FW.js";
import {
  makeContext,
  note,
  problems
} from "./chunk-FEQYHIU2.js";
import "./chunk-HMHVJ7MO.js";
import "./chunk-ZXIJX75S.js";
import "./chunk-WJ4UJHTB.js";
import "./chunk-3PMCQ3JK.js";
import {
  failsAt
} from "./chunk-EOFZAPUG.js";
import "./chunk-M5GZM46X.js";
import "./chunk-XJYOIXLA.js";
import "./chunk-G6RSPFR5.js";
import "./chunk-EP3XH6LY.js";
import "./chunk-OIC7LVBH.js";
import "./chunk-OHYZK4TA.js";
import "./chunk-IAOW2ERF.js";
import {
  displayPath,
  writeFileAtomic
} from "./chunk-LITMVH3X.js";
import "./chunk-CE5LU4KN.js";
import {
  oneLine
} from "./chunk-A4RBNV6B.js";
import {
  EXIT,
  UsageError
} from "./chunk-AR6G5YW2.js";
import "./chunk-ZV4OTCNF.js";

// dist/cli/actions/diagram.js
import * as path from "node:path";
var RENDERED = /* @__PURE__ */ new Set(["svg", "png", "pdf"]);
async function diagram(files, options) {
  const depth = parseDepth(options.depth);
  const scale = parseScale(options.scale);
  const ctx = makeContext(options);
  const warn = (line) => note(ctx, line);
  const toFolder = outputTarget(ctx.output, ctx.cwd, {
    command: "acctmap diagram",
    folders: true,
    example: "acme.svg"
  }).kind === "folder";
  const format = outputFormat(options.format, toFolder ? void 0 : ctx.output);
  if (scale !== void 0 && format !== "png") {
    throw new UsageError(`--scale sets the pixel density of png images, and this run writes ${format}; leave --scale out or write png`);
  }
  const run = await loadRun(files, ctx, { rules: false, ...discoveryOptions(options) });
  const maps = onlyAccount(usableMaps(run, (line) => note(ctx, line)), options.account, files.join(", "));
  if (maps.length === 0) {
    problems(run.fatal);
    throw new UsageError(`nothing to draw: no map without errors in ${files.join(", ")}; run \`acctmap validate\` on them`);
  }
  const results = [];
  const missing = [];
  for (const m of maps) {
    try {
      results.push(buildDiagram(m.map, {
        view: options.view,
        legend: options.legend,
        ...options.focus !== void 0 ? { focus: options.focus } : {},
        ...options.unit !== void 0 ? { unit: options.unit } : {},
        ...options.pathTo !== void 0 ? { pathTo: options.pathTo } : {},
        ...depth !== void 0 ? { depth } : {}
      }));
    } catch (error) {
      if (!(error instanceof DiagramOptionError))
        throw error;
      if (maps.length === 1)
        throw new UsageError(oneLine(error.message));
      missing.push(`${m.map.account.id} (${oneLine(error.message)})`);
    }
  }
  if (results.length === 0) {
    throw new UsageError(`none of the ${maps.length} accounts can be drawn with these options: ${missing.join("; ")}`);
  }
  for (const m of missing)
    warn(`acctmap: skipped ${m}`);
  const outputs = planOutputs(results, format, ctx.output, toFolder, options.view);
  for (const result of results) {
    for (const [i, note2] of result.notes.entries()) {
      warn(`acctmap: ${result.account.id}: ${oneLine(note2)}`);
      if (i === 0 && result.diagrams.length > 1) {
        for (const line of partList(result, outputs, ctx.cwd))
          warn(`acctmap:   ${line}`);
      }
    }
  }
  for (const o of outputs)
    if (o.target !== void 0 && (toFolder || o.target !== ctx.output))
      o.ours = true;
  checkTargets(outputs.flatMap((o) => o.ours && o.target !== void 0 ? [{ target: o.target }] : []), ctx.cwd, { writer: "acctmap", elsewhere: () => "the diagrams to another folder (-o DIR/)" });
  await writeOutputs(outputs, options, ctx.quiet, scale);
  const written = outputs.filter((o) => o.target !== void 0);
  if (written.length > 1 || written.length === 1 && results.some((r) => r.diagrams.length > 1)) {
    const shown = written.slice(0, 6).map((o) => displayPath(o.target, ctx.cwd));
    warn(`acctmap: wrote ${written.length} ${written.length === 1 ? "file" : "files"}: ${shown.join(", ")}${written.length > 6 ? ", \u2026" : ""}`);
  }
  problems(run.fatal);
  if (run.fatal.length)
    return EXIT.failure;
  return failsAt(run.result.diagnostics, "error") ? EXIT.findings : EXIT.ok;
}
function parseDepth(value) {
  if (value === void 0)
    return void 0;
  if (!/^\d+$/.test(value.trim())) {
    throw new UsageError(`--depth takes a whole number of 0 or more (levels below the start), got \`${value}\``);
  }
  return Number(value.trim());
}
function parseScale(value) {
  if (value === void 0)
    return void 0;
  const n = Number(value.trim());
  if (!/^\d+(\.\d+)?$/.test(value.trim()) || n < 1 || n > 4) {
    throw new UsageError(`--scale takes a number from 1 to 4 (pixels per point in png images), got \`${value}\``);
  }
  return n;
}
function outputFormat(flag, output) {
  const ext = output === void 0 ? void 0 : path.extname(output).slice(1).toLowerCase();
  const fromExt = ext === "markdown" ? "md" : ext === "mermaid" ? "mmd" : ext;
  const known = DIAGRAM_FORMATS.includes(fromExt ?? "");
  if (flag !== void 0) {
    if (known && fromExt !== flag) {
      throw new UsageError(`-o ${output} ends in .${ext}, but --format is ${flag}; make them agree (or leave --format out)`);
    }
    return flag;
  }
  if (output === void 0)
    return "mmd";
  if (!known) {
    throw new UsageError(`cannot tell what to write from -o ${output}: end it in .mmd, .md, .svg, .png or .pdf, give --format, or end it in / to write one file per account into a folder`);
  }
  return fromExt;
}
function partList(result, outputs, cwd) {
  return result.diagrams.map((d, index) => {
    const target = outputs.find((o) => o.part?.account === result.account.id && o.part.index === index)?.target;
    const where = target !== void 0 ? `${displayPath(target, cwd)}: ` : "";
    const options = d.only.length > 4 ? [...d.only.slice(0, 3), "\u2026"] : d.only;
    const alone = options.length > 0 ? ` (alone: ${options.join(" or ")})` : "";
    return `${index + 1}. ${where}${oneLine(d.title)}${alone}`;
  });
}
function partPath(base, index) {
  if (index === 0)
    return base;
  const ext = path.extname(base);
  return `${base.slice(0, base.length - ext.length)}-${index + 1}${ext}`;
}
function planOutputs(results, format, output, toFolder, view) {
  const rendered = RENDERED.has(format);
  const several = results.length > 1;
  if (several && !toFolder && format !== "md") {
    throw new UsageError(`${results.length} accounts to draw, and ${format} holds one diagram per file: end -o with / to write one file per account into a folder (for example -o diagrams/), pick one with --account ID, or use --format md for one markdown file`);
  }
  if (rendered && output === void 0) {
    const parts = results[0].diagrams.length;
    if (format !== "svg" || process.stdout.isTTY || parts > 1) {
      throw new UsageError(parts > 1 ? `the ${view} view was split into ${parts} diagrams; give -o FILE.${format} (parts are written as FILE-2.${format}, \u2026) or -o DIR/` : `${format} is binary: give -o FILE.${format} rather than printing it to the terminal`);
    }
  }
  const outputs = [];
  if (format === "md" && !toFolder) {
    const text = results.map((r) => toMarkdown(r)).join("\n");
    outputs.push({ target: output, text });
    return outputs;
  }
  for (const result of results) {
    const base = toFolder ? path.join(output, `${result.account.id}${view === "org" ? "" : `.${view}`}.${format}`) : output;
    if (format === "md") {
      outputs.push({ target: base, text: toMarkdown(result) });
      continue;
    }
    if (format === "mmd" && base === void 0) {
      const parts = result.diagrams.map((d, i) => result.diagrams.length > 1 ? `%% acctmap: diagram ${i + 1} of ${result.diagrams.length}
${d.mermaid}` : d.mermaid);
      outputs.push({ target: void 0, text: parts.join("\n") });
      continue;
    }
    for (const [i, d] of result.diagrams.entries()) {
      const target = base === void 0 ? void 0 : partPath(base, i);
      const part = { account: result.account.id, index: i };
      if (rendered)
        outputs.push({
          target,
          part,
          render: { mermaid: d.mermaid, format }
        });
      else
        outputs.push({ target, part, text: d.mermaid });
    }
  }
  return outputs;
}
function markText(target, text) {
  if (target.endsWith(".md"))
    return `${text.trimEnd()}

${GENERATED_MARK} diagram; running it again replaces this file.
`;
  return `${MERMAID_MARK}
${text}`;
}
async function writeOutputs(outputs, options, quiet, scale) {
  const toRender = outputs.filter((o) => o.render);
  let renderer;
  try {
    if (toRender.length > 0) {
      const { openRenderer } = await import("./renderer-NZCI37TR.js");
      renderer = await openRenderer({
        ...options.chromium !== void 0 ? { chromium: options.chromium } : {},
        ...scale !== void 0 ? { scale } : {}
      });
    }
    const progress = !quiet && process.stderr.isTTY === true && toRender.length > 1;
    let done = 0;
    await Promise.all(outputs.map(async (o) => {
      if (o.text !== void 0) {
        if (o.target === void 0)
          process.stdout.write(o.text);
        else
          writeFileAtomic(o.target, o.ours ? markText(o.target, o.text) : o.text);
        return;
      }
      const data = await renderer.render(o.render.mermaid, o.render.format);
      if (o.target === void 0)
        process.stdout.write(data);
      else
        writeFileAtomic(o.target, o.ours ? markImage(o.target, data) : data);
      done++;
      if (progress)
        process.stderr.write(`\racctmap: rendered ${done}/${toRender.length}`);
    }));
    if (progress)
      process.stderr.write("\n");
  } finally {
    await renderer?.close();
  }
}
export {
  diagram
};
