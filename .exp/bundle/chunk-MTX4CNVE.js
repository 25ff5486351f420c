import { createRequire as __acctmapRequire } from 'node:module'; const require = __acctmapRequire(import.meta.url);
import {
  UsageError,
  describeSystemError
} from "./chunk-FUKRDGIG.js";

// dist/cli/output.js
import * as fs from "node:fs";
import * as path from "node:path";
function endsWithSeparator(given) {
  return given.endsWith("/") || given.endsWith(path.sep);
}
function outputTarget(given, cwd, rules) {
  if (given === void 0 || given === "-")
    return { kind: "stdout" };
  const flag = rules.flag ?? "-o";
  const named = flag ? `${flag} ${given}` : given;
  if (given === "")
    throw new UsageError(`${flag || rules.command} needs a path (or - for stdout)`);
  const abs = path.resolve(cwd, given);
  const stat = statOrUndefined(abs);
  const slash = endsWithSeparator(given);
  if (stat?.isDirectory() || slash) {
    if (!rules.folders) {
      const suggestion = path.join(given, rules.example).split(path.sep).join("/");
      const what = stat?.isDirectory() ? `${named} is a folder` : `${named} ends with /, so it names a folder (which does not exist yet)`;
      throw new UsageError(`${what}, but ${rules.command} writes a single file; name the file, for example ${flag ? `${flag} ` : ""}${suggestion}${stat ? "" : " (missing folders are created)"}`);
    }
    if (stat && !stat.isDirectory())
      throw new UsageError(`cannot write into ${displayOf(abs, cwd)}: it is a file, not a folder (${named} ends with /); name a folder (new ones are created), or leave out the trailing / to write one file`);
    checkParents(abs, given);
    return { kind: "folder", path: given, abs };
  }
  checkParents(path.dirname(abs), given);
  return { kind: "file", path: given, abs };
}
function checkParents(dir, given) {
  for (let d = dir; ; d = path.dirname(d)) {
    const stat = statOrUndefined(d);
    if (stat) {
      if (!stat.isDirectory())
        throw new UsageError(`cannot write ${given}: ${displayOf(d, process.cwd())} is a file, not a folder`);
      return;
    }
    if (path.dirname(d) === d)
      return;
  }
}
function statOrUndefined(p) {
  try {
    return fs.statSync(p);
  } catch (error) {
    const code = error.code;
    if (code === "ENOENT" || code === "ENOTDIR")
      return void 0;
    throw new UsageError(`cannot use ${p}: ${describeSystemError(error)}`);
  }
}
function displayOf(abs, cwd) {
  const rel = path.relative(cwd, abs);
  return (rel && !rel.startsWith("..") && !path.isAbsolute(rel) ? rel : abs).split(path.sep).join("/");
}
function formatFromExtension(given, byExtension) {
  if (given === void 0 || given === "-")
    return void 0;
  const ext = path.extname(given).slice(1).toLowerCase();
  return Object.hasOwn(byExtension, ext) ? byExtension[ext] : void 0;
}
function chooseFormat(flag, given, byExtension, fallback) {
  const fromExt = formatFromExtension(given, byExtension);
  if (flag !== void 0) {
    if (fromExt !== void 0 && fromExt !== flag)
      throw new UsageError(`-o ${given} ends in ${path.extname(given)}, which is ${fromExt}, but --format is ${flag}; make them agree (or leave --format out to take it from the file name)`);
    return flag;
  }
  return fromExt ?? fallback;
}
function planOutputs(formats, outputs, byExtension, fallback) {
  const pairHint = "give one --format per -o, in the same order (-o - is the terminal), for example --format stylish --format sarif -o - -o acctmap.sarif";
  let planned;
  if (outputs.length <= 1) {
    if (formats.length > 1)
      throw new UsageError(`${formats.length} formats (--format ${formats.join(", --format ")}) but ${outputs.length === 0 ? "no -o" : "one -o"}: only one output can go to ${outputs.length === 0 ? "the terminal" : outputs[0]}; ${pairHint}`);
    const given = outputs[0];
    planned = [
      {
        format: chooseFormat(formats[0], given, byExtension, fallback),
        ...given !== void 0 && given !== "-" ? { output: given } : {}
      }
    ];
  } else if (formats.length === outputs.length || formats.length === 0) {
    planned = outputs.map((given, i) => {
      const flag = formats[i];
      if (flag === void 0 && given !== "-" && !formatFromExtension(given, byExtension))
        throw new UsageError(`cannot tell which format to write to -o ${given}: end it in ${Object.keys(byExtension).map((e) => `.${e}`).join(", ")}, or ${pairHint}`);
      return {
        format: chooseFormat(flag, given, byExtension, fallback),
        ...given !== "-" ? { output: given } : {}
      };
    });
  } else {
    throw new UsageError(`${formats.length} --format but ${outputs.length} -o: cannot tell which format goes where; ${pairHint} (or no --format at all, to take each from its file name)`);
  }
  const toStdout = planned.filter((p) => p.output === void 0).length;
  if (toStdout > 1)
    throw new UsageError(`-o - (the terminal) is given ${toStdout} times; only one output can go to the terminal`);
  const seen = /* @__PURE__ */ new Set();
  for (const p of planned) {
    if (p.output === void 0)
      continue;
    const key = path.resolve(p.output);
    if (seen.has(key))
      throw new UsageError(`-o ${p.output} is given twice; name a different file for each output`);
    seen.add(key);
  }
  return planned;
}

export {
  outputTarget,
  chooseFormat,
  planOutputs
};
