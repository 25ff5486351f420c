import { createRequire as __acctmapCreateRequire } from 'node:module';
const require = __acctmapCreateRequire(import.meta.url);
import {
  scorePortfolio
} from "./chunk-XTWDO7EO.js";
import "./chunk-OMUVRZVZ.js";
import {
  checkTargets,
  composeReports,
  markImage,
  markPdf,
  prepareReports,
  shownDiagrams,
  staleReports,
  writeFiles
} from "./chunk-T3AHIPRQ.js";
import "./chunk-D7XCZ6MG.js";
import "./chunk-AF3NO2WA.js";
import {
  discoveryOptions,
  loadRun,
  usableMaps
} from "./chunk-5UIGE76S.js";
import "./chunk-24WFDTQW.js";
import "./chunk-K5OTD2B7.js";
import "./chunk-HUVXZIKZ.js";
import "./chunk-HAGDK5MB.js";
import "./chunk-KMKR7STN.js";
import "./chunk-MLHKFOEY.js";
import {
  version
} from "./chunk-IGFIU6YM.js";
import "./chunk-FECTPEQ5.js";
import {
  chooseFormat,
  outputTarget
} from "./chunk-UVMY4ATT.js";
import "./chunk-H3FH3255.js";
import "./chunk-WCWGSMVT.js";
import "./chunk-SEMNEORE.js";
import {
  REDACT_LEVELS
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
  checkRulesConfig,
  redFlagsByAccount
} from "./chunk-3PMCQ3JK.js";
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
  writeOutput
} from "./chunk-LITMVH3X.js";
import "./chunk-CE5LU4KN.js";
import {
  isCalendarDate
} from "./chunk-A4RBNV6B.js";
import {
  EXIT,
  UsageError,
  describeSystemError
} from "./chunk-AR6G5YW2.js";
import "./chunk-ZV4OTCNF.js";

// dist/cli/actions/report.js
import * as fs from "node:fs";
import * as path from "node:path";
function parseRedact(value, paths) {
  if (value === void 0 || value === false)
    return void 0;
  if (value === true)
    return "contacts";
  if (REDACT_LEVELS.includes(value))
    return value;
  if (value === "")
    return "contacts";
  if (!fs.existsSync(value)) {
    throw new UsageError(`--redact takes ${REDACT_LEVELS.join(" or ")} (or nothing, which means contacts); \`${value}\` is neither, nor a file or folder to report on`);
  }
  paths.push(value);
  return "contacts";
}
var FORMAT_OF_EXTENSION = {
  md: "md",
  markdown: "md",
  html: "html",
  htm: "html",
  pdf: "pdf"
};
async function report(argPaths, options) {
  const paths = [...argPaths];
  const redact = parseRedact(options.redact, paths);
  const ctx = makeContext(options, [checkRulesConfig]);
  const folder = outputTarget(ctx.output, ctx.cwd, {
    command: "acctmap report",
    folders: true,
    example: "review.md"
  }).kind === "folder";
  const format = chooseFormat(options.format, folder ? void 0 : ctx.output, FORMAT_OF_EXTENSION, "md");
  if (format !== "md" && options.images !== void 0) {
    throw new UsageError(`--images is for markdown reviews: a ${format} review draws every diagram into itself; leave out --images`);
  }
  if (format === "pdf" && ctx.output === void 0 && process.stdout.isTTY) {
    throw new UsageError("a PDF is not for the terminal: write it to a file with -o review.pdf (or -o reviews/ for one per account), or pipe it");
  }
  const run = await loadRun(paths, ctx, { rules: true, ...discoveryOptions(options) });
  if (run.fatal.length)
    throw new UsageError(run.fatal.join("\n"));
  const skippedFiles = [];
  const maps = usableMaps(run, (line) => note(ctx, line));
  const used = new Set(maps.map((m) => `${m.file}\0${m.map.account.id}`));
  for (const f of run.result.files) {
    const kept = f.maps.filter((id) => used.has(`${f.file}\0${id}`)).length;
    if (kept === f.maps.length && kept > 0)
      continue;
    skippedFiles.push(`${f.file} (${kept > 0 ? "some of its maps have errors" : "errors"})`);
  }
  if (maps.length === 0) {
    throw new UsageError(`no map could be reported on: every map found has errors (${skippedFiles.join(", ")}); run \`acctmap validate\` to see them and fix them first`);
  }
  const redFlags = redFlagsByAccount(run.result.diagnostics);
  const scored = scorePortfolio(maps.map((m) => ({ file: m.file, map: m.map })), { config: ctx.config.config.score, by: options.by, asOf: ctx.asOf, redFlags });
  if (!scored.ok)
    throw new UsageError(scored.error.message);
  const changes = options.since !== void 0 ? await changesSince(ctx, options.since, paths) : void 0;
  const prepared = prepareReports({
    maps: maps.map((m) => ({ file: m.file, map: m.map })),
    findings: run.result.diagnostics,
    asOf: ctx.asOf,
    score: scored.portfolio,
    ...redact ? { redact } : {},
    ...skippedFiles.length ? { skipped: skippedFiles } : {},
    toolVersion: version(),
    ...changes ? { changes } : {}
  });
  const reportDir = folder ? path.resolve(ctx.cwd, ctx.output) : ctx.output !== void 0 ? path.dirname(path.resolve(ctx.cwd, ctx.output)) : ctx.cwd;
  let images;
  let imageFiles = [];
  const layout = folder ? "directory" : "document";
  if (options.images !== void 0) {
    const rendered = await renderImages(shownDiagrams(prepared, layout), options, ctx, reportDir);
    images = rendered.links;
    imageFiles = rendered.files;
  }
  const files = composeReports(prepared, {
    layout,
    ...images ? { images } : {},
    extension: format
  });
  if (folder) {
    checkTargets(files.map((f) => ({ target: path.join(reportDir, f.path) })), ctx.cwd);
  }
  const contents = format === "md" ? files.map((f) => f.content) : await renderDocuments(files, format, options);
  const reportFiles = folder ? files.map((f, i) => ({ target: path.join(reportDir, f.path), data: contents[i] })) : [];
  if (folder) {
    try {
      if (fs.existsSync(reportDir) && !fs.statSync(reportDir).isDirectory())
        throw new UsageError(`cannot write reports into ${reportDir}: it is a file, not a folder`);
    } catch (error) {
      if (error instanceof UsageError)
        throw error;
      throw new UsageError(`cannot write reports into ${reportDir}: ${describeSystemError(error)}`);
    }
  }
  checkTargets([...imageFiles, ...reportFiles], ctx.cwd);
  writeFiles([...imageFiles, ...reportFiles], ctx.cwd);
  if (folder) {
    note(ctx, `acctmap: wrote ${files.length} report${files.length === 1 ? "" : "s"} to ${displayPath(reportDir, ctx.cwd)}/${files.length > 1 ? ` (start with index.${format})` : ""}`);
    const stale = staleReports(reportDir, new Set(reportFiles.map((f) => f.target)));
    if (stale.length)
      note(ctx, `acctmap: left alone in ${displayPath(reportDir, ctx.cwd)}/: ${stale.join(", ")}, written by an earlier run for ${stale.length === 1 ? "an account" : "accounts"} not in this one; delete ${stale.length === 1 ? "it" : "them"} if ${stale.length === 1 ? "that account is" : "those accounts are"} gone`);
  } else if (format === "md") {
    emit(ctx, files[0].content);
  } else {
    writeOutput(ctx.output, contents[0]);
    if (ctx.output !== void 0)
      note(ctx, `acctmap: wrote the ${format === "pdf" ? "PDF" : "HTML"} review to ${displayPath(path.resolve(ctx.cwd, ctx.output), ctx.cwd)}`);
  }
  if (imageFiles.length) {
    note(ctx, `acctmap: rendered ${imageFiles.length} image${imageFiles.length === 1 ? "" : "s"} into ${displayPath(path.resolve(ctx.cwd, options.images), ctx.cwd)}`);
  }
  return failsAt(run.result.diagnostics, options.failOn) ? EXIT.findings : EXIT.ok;
}
async function renderDocuments(files, format, options) {
  const { diagramKey, mermaidBlocks, reviewHtml } = await import("./html-6RH3E3GF.js");
  const { openRenderer } = await import("./renderer-NZCI37TR.js");
  const renderer = await openRenderer(options.chromium !== void 0 ? { chromium: options.chromium } : {});
  try {
    const sources = [...new Set(files.flatMap((f) => mermaidBlocks(f.content)))];
    let rendered;
    try {
      rendered = await renderer.renderSvgs(sources);
    } catch (error) {
      if (error instanceof UsageError)
        throw error;
      const first = (error instanceof Error ? error.message : String(error)).split("\n")[0];
      throw new UsageError(`could not draw the diagrams of the review: ${first}`);
    }
    const svgs = new Map(sources.map((s, i) => [diagramKey(s), rendered[i]]));
    const html = files.map((f) => reviewHtml(f.content, {
      svgs,
      pageSize: options.pageSize,
      generator: `acctmap ${version()}`
    }));
    if (format === "html")
      return html;
    const pdfs = [];
    for (const page of html) {
      pdfs.push(markPdf(await renderer.printPdf(page, { pageSize: options.pageSize, footerPageNumbers: true })));
    }
    return pdfs;
  } finally {
    await renderer.close();
  }
}
async function changesSince(ctx, since, paths) {
  const { loadDiff } = await import("./diff-N727KSME.js");
  return isCalendarDate(since) ? loadDiff(ctx, { operands: paths, afterDashes: paths.length, since }) : loadDiff(ctx, { operands: [since, ...paths], afterDashes: 0, maxRevisions: 1 });
}
async function renderImages(diagrams, options, ctx, reportDir) {
  const { openRenderer } = await import("./renderer-NZCI37TR.js");
  const dir = path.resolve(ctx.cwd, options.images);
  const format = options.imageFormat;
  const target = (key) => path.join(dir, `${key}.${format}`);
  checkTargets(diagrams.map((d) => ({ target: target(d.key), data: "" })), ctx.cwd);
  const renderer = await openRenderer(options.chromium !== void 0 ? { chromium: options.chromium } : {});
  try {
    const rendered = await Promise.all(diagrams.map(async (d) => {
      try {
        return { d, data: await renderer.render(d.mermaid, format) };
      } catch (error) {
        const first = (error instanceof Error ? error.message : String(error)).split("\n")[0];
        throw new UsageError(`could not render the diagram ${d.key} (${d.title}) to ${format}: ${first}`);
      }
    }));
    const links = /* @__PURE__ */ new Map();
    const files = rendered.map(({ d, data }) => {
      const file = target(d.key);
      links.set(d.key, path.relative(reportDir, file).split(path.sep).join("/"));
      return { target: file, data: markImage(file, data) };
    });
    return { links, files };
  } finally {
    await renderer.close();
  }
}
export {
  parseRedact,
  report
};
