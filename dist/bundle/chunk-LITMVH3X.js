import { createRequire as __acctmapCreateRequire } from 'node:module';
const require = __acctmapCreateRequire(import.meta.url);
import {
  tooLargeMessage
} from "./chunk-CE5LU4KN.js";
import {
  UsageError,
  describeSystemError
} from "./chunk-AR6G5YW2.js";

// dist/cli/io.js
import { isUtf8 } from "node:buffer";
import { randomBytes } from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
function readTextFile(file, maxBytes) {
  const read = readFileBytes(file, maxBytes);
  return "bytes" in read ? decode(read.bytes) : read;
}
function readFileBytes(file, maxBytes, tooLarge) {
  const cannot = (error) => ({
    problem: `cannot read ${displayPath(file)}: ${describeSystemError(error)}`,
    fatal: true
  });
  const folder = () => ({
    problem: `cannot read ${displayPath(file)}: it is a folder, not a file`,
    fatal: true
  });
  let fd;
  try {
    fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  } catch (error) {
    return isFolder(file) ? folder() : cannot(error);
  }
  try {
    const stat = fs.fstatSync(fd);
    if (stat.isDirectory())
      return folder();
    if (!stat.isFile())
      return {
        problem: `cannot read ${displayPath(file)}: it is ${specialFileKind(stat)}, not a regular file; name the map file itself`,
        fatal: true
      };
    if (stat.size > maxBytes) {
      return { problem: tooLargeMessage(stat.size, maxBytes, tooLarge), fatal: false };
    }
    return { bytes: readAll(fd, stat.size), stat };
  } catch (error) {
    return cannot(error);
  } finally {
    fs.closeSync(fd);
  }
}
function isFolder(file) {
  try {
    return fs.statSync(file).isDirectory();
  } catch {
    return false;
  }
}
function readAll(fd, size) {
  if (size === 0)
    return fs.readFileSync(fd);
  const buffer = Buffer.allocUnsafe(size);
  let filled = 0;
  while (filled < size) {
    const got = fs.readSync(fd, buffer, filled, size - filled, null);
    if (got === 0)
      break;
    filled += got;
  }
  return filled === size ? buffer : buffer.subarray(0, filled);
}
function specialFileKind(stat) {
  if (stat.isFIFO())
    return "a named pipe (FIFO)";
  if (stat.isSocket())
    return "a socket";
  if (stat.isCharacterDevice() || stat.isBlockDevice())
    return "a device";
  return "a special file";
}
function decode(bytes) {
  if (bytes[0] === 255 && bytes[1] === 254)
    return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)) };
  if (bytes[0] === 254 && bytes[1] === 255)
    return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)) };
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) {
    return {
      problem: `the file looks like UTF-16 (${utf16}) text without a byte-order mark; re-save it as UTF-8 (or as UTF-16 with a byte-order mark)`,
      fatal: false,
      reason: "utf16-without-bom"
    };
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    const line = countLines(bytes, nul);
    return {
      problem: `the file holds a NUL byte at line ${line}, so it is binary, not YAML text; check that this is the map you meant (or re-save it as plain UTF-8 text)`,
      fatal: false,
      reason: "binary"
    };
  }
  if (isUtf8(bytes)) {
    const bom = bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191 ? 3 : 0;
    return {
      text: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString("utf8", bom)
    };
  }
  const bad = firstInvalidUtf8(bytes);
  return {
    problem: `the file is not UTF-8 text (an invalid byte at line ${countLines(bytes, bad)}); re-save it as UTF-8 (spreadsheet exports are often Latin-1 or Windows-1252)`,
    fatal: false,
    reason: "not-utf8"
  };
}
function utf16WithoutBom(bytes) {
  const n = Math.min(bytes.length, 1024) & ~1;
  if (n < 4)
    return void 0;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0)
      evenZeros++;
    if (bytes[i + 1] === 0)
      oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros >= pairs * 0.9 && evenZeros <= pairs * 0.1)
    return "little-endian";
  if (evenZeros >= pairs * 0.9 && oddZeros <= pairs * 0.1)
    return "big-endian";
  return void 0;
}
function countLines(bytes, end) {
  let n = 1;
  for (let i = 0; i < end; i++)
    if (bytes[i] === 10)
      n++;
  return n;
}
function firstInvalidUtf8(bytes) {
  let lo = 0;
  let hi = bytes.length;
  const decoder = new TextDecoder("utf-8", { fatal: true });
  while (hi - lo > 1) {
    const mid = lo + hi >> 1;
    let cut = mid;
    while (cut > 0 && ((bytes[cut] ?? 0) & 192) === 128)
      cut--;
    try {
      decoder.decode(bytes.subarray(0, cut));
      lo = mid;
    } catch {
      hi = mid;
    }
  }
  return lo;
}
function yieldToSignals(ms = 5) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
var pending = /* @__PURE__ */ new Set();
function removePendingTempFiles() {
  for (const tmp of pending) {
    try {
      fs.rmSync(tmp, { force: true });
    } catch {
    }
  }
  pending.clear();
}
function writeOutput(output, content) {
  if (output !== void 0 && output !== "-")
    writeFileAtomic(output, content);
  else
    process.stdout.write(content);
}
function writeFileAtomic(target, content, options = {}) {
  let existing;
  try {
    existing = fs.statSync(target);
  } catch {
  }
  if (existing?.isDirectory()) {
    throw new UsageError(`cannot write ${target}: it is a folder; name a file inside it (for example ${path.join(target, path.basename(target) || "output")})`);
  }
  if (existing && !existing.isFile()) {
    writeSpecialFile(target, existing, content);
    return;
  }
  let real = target;
  if (existing) {
    try {
      real = fs.realpathSync(target);
    } catch {
    }
    const kind = protectedKind(real);
    if (kind && !(options.replaceMap && kind === "an account map")) {
      throw new UsageError(`cannot write ${target}: it is ${kind}, and acctmap never writes over one; name another file for the output`);
    }
  }
  const dir = path.dirname(real);
  const made = makeParent(target, dir);
  const tmp = tempPath(real);
  pending.add(tmp);
  try {
    fs.writeFileSync(tmp, content, { flag: "wx" });
    fs.renameSync(tmp, real);
  } catch (error) {
    removeQuietly(tmp);
    if (made !== void 0)
      removeEmptyFolders(dir, made);
    throw new UsageError(`cannot write ${target}: ${describeSystemError(error)}`);
  } finally {
    pending.delete(tmp);
  }
}
function protectedKind(file) {
  const name = path.basename(file).toLowerCase();
  if (/\.acctmap\.ya?ml$/.test(name))
    return "an account map";
  if (/^acctmap\.config\.ya?ml$/.test(name))
    return "the acctmap config";
  return void 0;
}
function writeNewFile(target, content) {
  let existing;
  try {
    existing = fs.lstatSync(target);
  } catch {
  }
  if (existing?.isDirectory())
    throw new UsageError(`${target} is a folder; name the new map file (for example ${path.join(target, "account.acctmap.yaml")})`);
  if (existing)
    throw new UsageError(`${target} already exists; acctmap init never overwrites a file (name another file, or delete this one first)`);
  makeParent(target, path.dirname(target));
  const tmp = tempPath(target);
  pending.add(tmp);
  try {
    fs.writeFileSync(tmp, content, { flag: "wx" });
    fs.linkSync(tmp, target);
  } catch (error) {
    if (error.code === "EEXIST") {
      throw new UsageError(`${target} already exists; acctmap init never overwrites a file`);
    }
    throw new UsageError(`cannot write ${target}: ${describeSystemError(error)}`);
  } finally {
    removeQuietly(tmp);
    pending.delete(tmp);
  }
}
function tempPath(target) {
  return path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
}
function removeEmptyFolders(deepest, first) {
  for (let dir = deepest; ; dir = path.dirname(dir)) {
    try {
      fs.rmdirSync(dir);
    } catch {
      return;
    }
    if (dir === first || path.dirname(dir) === dir)
      return;
  }
}
function removeQuietly(file) {
  try {
    fs.rmSync(file, { force: true });
  } catch {
  }
}
function makeParent(target, dir) {
  try {
    return fs.mkdirSync(dir, { recursive: true });
  } catch (error) {
    const code = error.code;
    const blocker = code === "EEXIST" || code === "ENOTDIR" ? fileInPath(dir) : void 0;
    throw new UsageError(blocker ? `cannot write ${target}: ${blocker} is a file, not a folder` : `cannot write ${target}: ${describeSystemError(error)}`);
  }
}
function fileInPath(dir) {
  const parts = [];
  for (let d = dir; ; d = path.dirname(d)) {
    parts.unshift(d);
    if (path.dirname(d) === d)
      break;
  }
  for (const p of parts) {
    try {
      if (!fs.statSync(p).isDirectory())
        return p;
    } catch {
      return void 0;
    }
  }
  return void 0;
}
function writeSpecialFile(target, stat, content) {
  let probe;
  try {
    if (stat.isFIFO()) {
      probe = fs.openSync(target, fs.constants.O_WRONLY | fs.constants.O_NONBLOCK);
    }
    fs.writeFileSync(target, content);
  } catch (error) {
    const code = error.code;
    throw new UsageError(code === "ENXIO" ? `cannot write ${target}: it is a named pipe and nothing is reading from it` : `cannot write ${target}: ${describeSystemError(error)}`);
  } finally {
    if (probe !== void 0)
      fs.closeSync(probe);
  }
}
var ODD_STEP = /(?:^|[\\/])\.{0,2}(?:[\\/]|$)/;
function displayPath(file, cwd = process.cwd()) {
  if (file.length > cwd.length + 1 && file.startsWith(cwd) && file[cwd.length] === path.sep && !ODD_STEP.test(file.slice(cwd.length + 1)) && path.isAbsolute(cwd) && !ODD_STEP.test(cwd.slice(1))) {
    const rel2 = file.slice(cwd.length + 1);
    return path.sep === "/" ? rel2 : rel2.split(path.sep).join("/");
  }
  const rel = path.relative(cwd, file);
  const shown = rel && !rel.startsWith("..") && !path.isAbsolute(rel) ? rel : file;
  return shown.split(path.sep).join("/");
}

export {
  readTextFile,
  readFileBytes,
  specialFileKind,
  decode,
  yieldToSignals,
  removePendingTempFiles,
  writeOutput,
  writeFileAtomic,
  writeNewFile,
  removeEmptyFolders,
  displayPath
};
