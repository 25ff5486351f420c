/**
 * Reading map files and writing outputs. Outputs are written whole or not at all: to a temporary
 * file beside the target, then renamed over it, so an interrupted or failed run leaves any old
 * file intact.
 */
import { isUtf8 } from 'node:buffer';
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { tooLargeMessage } from '../parse/limits.js';
import { describeSystemError, UsageError } from './errors.js';
/**
 * Read a file as text. Encodings are checked here because a map saved as UTF-16 by a spreadsheet
 * or with stray Latin-1 bytes deserves a sentence, not a YAML error about an odd character.
 */
export function readTextFile(file, maxBytes) {
    const read = readFileBytes(file, maxBytes);
    return 'bytes' in read ? decode(read.bytes) : read;
}
/**
 * A regular file's bytes, or why they cannot be read. A file over `maxBytes` is not read (and
 * that problem is not fatal: the run goes on with the other files).
 */
export function readFileBytes(file, maxBytes, tooLarge) {
    // Messages name the file as the user would type it, not the absolute path discovery works with.
    const cannot = (error) => ({
        problem: `cannot read ${displayPath(file)}: ${describeSystemError(error)}`,
        fatal: true,
    });
    const folder = () => ({
        problem: `cannot read ${displayPath(file)}: it is a folder, not a file`,
        fatal: true,
    });
    // Opened first and asked with fstat, rather than stat then read: one system call less per
    // file, and what is read is what was looked at. Non-blocking, because opening a named pipe to
    // read waits for a writer (forever, and deaf to Ctrl-C: the call is synchronous).
    let fd;
    try {
        fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
    }
    catch (error) {
        // Some systems refuse to open a folder at all: say what it is.
        return isFolder(file) ? folder() : cannot(error);
    }
    try {
        const stat = fs.fstatSync(fd);
        if (stat.isDirectory())
            return folder();
        // Reading a named pipe or a device blocks until something writes to it; a map is always a
        // regular file.
        if (!stat.isFile())
            return {
                problem: `cannot read ${displayPath(file)}: it is ${specialFileKind(stat)}, not a regular file; name the map file itself`,
                fatal: true,
            };
        if (stat.size > maxBytes) {
            return { problem: tooLargeMessage(stat.size, maxBytes, tooLarge), fatal: false };
        }
        return { bytes: readAll(fd, stat.size), stat };
    }
    catch (error) {
        return cannot(error);
    }
    finally {
        fs.closeSync(fd);
    }
}
function isFolder(file) {
    try {
        return fs.statSync(file).isDirectory();
    }
    catch {
        return false;
    }
}
/**
 * The bytes of an open regular file of `size` bytes (as fstat said), as `readFileSync` reads
 * them: up to `size` bytes, fewer if the file ended sooner; to its end when fstat said 0 (as it
 * does for the files of /proc).
 */
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
/** What a path that is neither a file nor a folder is, in words. */
export function specialFileKind(stat) {
    if (stat.isFIFO())
        return 'a named pipe (FIFO)';
    if (stat.isSocket())
        return 'a socket';
    if (stat.isCharacterDevice() || stat.isBlockDevice())
        return 'a device';
    return 'a special file';
}
export function decode(bytes) {
    if (bytes[0] === 0xff && bytes[1] === 0xfe)
        return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)) };
    if (bytes[0] === 0xfe && bytes[1] === 0xff)
        return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)) };
    const utf16 = utf16WithoutBom(bytes);
    if (utf16) {
        return {
            problem: `the file looks like UTF-16 (${utf16}) text without a byte-order mark; re-save it as UTF-8 (or as UTF-16 with a byte-order mark)`,
            fatal: false,
            reason: 'utf16-without-bom',
        };
    }
    const nul = bytes.indexOf(0);
    if (nul !== -1) {
        const line = countLines(bytes, nul);
        return {
            problem: `the file holds a NUL byte at line ${line}, so it is binary, not YAML text; check that this is the map you meant (or re-save it as plain UTF-8 text)`,
            fatal: false,
            reason: 'binary',
        };
    }
    // Checked, then decoded, by Node's own UTF-8 code: about twice as fast as a fatal
    // TextDecoder on a map. A UTF-8 byte-order mark is dropped, as TextDecoder drops it.
    if (isUtf8(bytes)) {
        const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
        return {
            text: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('utf8', bom),
        };
    }
    const bad = firstInvalidUtf8(bytes);
    return {
        problem: `the file is not UTF-8 text (an invalid byte at line ${countLines(bytes, bad)}); re-save it as UTF-8 (spreadsheet exports are often Latin-1 or Windows-1252)`,
        fatal: false,
        reason: 'not-utf8',
    };
}
/**
 * Mostly-ASCII text saved as UTF-16 without a byte-order mark has a NUL in every other byte;
 * saying "UTF-16" is more use than "binary". Returns the byte order, or undefined.
 */
function utf16WithoutBom(bytes) {
    const n = Math.min(bytes.length, 1024) & ~1;
    if (n < 4)
        return undefined;
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
        return 'little-endian';
    if (evenZeros >= pairs * 0.9 && oddZeros <= pairs * 0.1)
        return 'big-endian';
    return undefined;
}
function countLines(bytes, end) {
    let n = 1;
    for (let i = 0; i < end; i++)
        if (bytes[i] === 0x0a)
            n++;
    return n;
}
function firstInvalidUtf8(bytes) {
    let lo = 0;
    let hi = bytes.length;
    const decoder = new TextDecoder('utf-8', { fatal: true });
    // Binary search on prefixes that decode; a cut inside a valid character can fail too, so step
    // back over continuation bytes before testing.
    while (hi - lo > 1) {
        const mid = (lo + hi) >> 1;
        let cut = mid;
        while (cut > 0 && ((bytes[cut] ?? 0) & 0xc0) === 0x80)
            cut--;
        try {
            decoder.decode(bytes.subarray(0, cut));
            lo = mid;
        }
        catch {
            hi = mid;
        }
    }
    return lo;
}
/**
 * Let a Ctrl-C or SIGTERM that arrived during synchronous work be handled before anything is
 * written. Node runs signal handlers only when the event loop waits for I/O; a zero-delay turn
 * does not always reach that point, a short timer does. Await it just before writing output, so
 * that an interrupted run exits leaving the old output as it was. A few milliseconds do: what
 * counts is that the loop waits for I/O, where a signal already received is read at once.
 */
export function yieldToSignals(ms = 5) {
    return new Promise((resolve) => setTimeout(resolve, ms));
}
const pending = new Set();
export function removePendingTempFiles() {
    for (const tmp of pending) {
        try {
            fs.rmSync(tmp, { force: true });
        }
        catch {
            // nothing more we can do while exiting
        }
    }
    pending.clear();
}
/** Data to stdout (no output, or `-`), or to `output` whole or not at all. */
export function writeOutput(output, content) {
    if (output !== undefined && output !== '-')
        writeFileAtomic(output, content);
    else
        process.stdout.write(content);
}
/**
 * Write `content` to `target` whole or not at all. Missing parent folders are created. A symbolic
 * link is written through (the file it names is replaced, the link stays), and a pipe or device
 * (`-o /dev/stdout`) is written to directly: renaming over those would replace them with a file.
 */
export function writeFileAtomic(target, content, options = {}) {
    let existing;
    try {
        existing = fs.statSync(target);
    }
    catch {
        // not there yet (or a dangling link): created below
    }
    if (existing?.isDirectory()) {
        throw new UsageError(`cannot write ${target}: it is a folder; name a file inside it (for example ${path.join(target, path.basename(target) || 'output')})`);
    }
    if (existing && !existing.isFile()) {
        writeSpecialFile(target, existing, content);
        return;
    }
    let real = target;
    if (existing) {
        try {
            real = fs.realpathSync(target);
        }
        catch {
            // keep the path as given
        }
        // Only `acctmap import` writes maps (asked to, with --into); any other command given an
        // existing map or config as its output is a slip of the keyboard
        // (`report acme.acctmap.yaml -o acme.acctmap.yaml`) that would replace it.
        const kind = protectedKind(real);
        if (kind && !(options.replaceMap && kind === 'an account map')) {
            throw new UsageError(`cannot write ${target}: it is ${kind}, and acctmap never writes over one; name another file for the output`);
        }
    }
    const dir = path.dirname(real);
    const made = makeParent(target, dir);
    const tmp = tempPath(real);
    pending.add(tmp);
    try {
        fs.writeFileSync(tmp, content, { flag: 'wx' });
        fs.renameSync(tmp, real);
    }
    catch (error) {
        removeQuietly(tmp);
        if (made !== undefined)
            removeEmptyFolders(dir, made);
        throw new UsageError(`cannot write ${target}: ${describeSystemError(error)}`);
    }
    finally {
        pending.delete(tmp);
    }
}
/** What an existing file is when acctmap must not replace it with output, or undefined. */
function protectedKind(file) {
    const name = path.basename(file).toLowerCase();
    if (/\.acctmap\.ya?ml$/.test(name))
        return 'an account map';
    if (/^acctmap\.config\.ya?ml$/.test(name))
        return 'the acctmap config';
    return undefined;
}
/** Write a new file that must not exist yet (`acctmap init`): never replaces a user's file. */
export function writeNewFile(target, content) {
    let existing;
    try {
        existing = fs.lstatSync(target);
    }
    catch {
        // the usual case: nothing there yet
    }
    if (existing?.isDirectory())
        throw new UsageError(`${target} is a folder; name the new map file (for example ${path.join(target, 'account.acctmap.yaml')})`);
    if (existing)
        throw new UsageError(`${target} already exists; acctmap init never overwrites a file (name another file, or delete this one first)`);
    makeParent(target, path.dirname(target));
    const tmp = tempPath(target);
    pending.add(tmp);
    try {
        fs.writeFileSync(tmp, content, { flag: 'wx' });
        // link() fails if the target appeared meanwhile, where rename() would replace it.
        fs.linkSync(tmp, target);
    }
    catch (error) {
        if (error.code === 'EEXIST') {
            throw new UsageError(`${target} already exists; acctmap init never overwrites a file`);
        }
        throw new UsageError(`cannot write ${target}: ${describeSystemError(error)}`);
    }
    finally {
        removeQuietly(tmp);
        pending.delete(tmp);
    }
}
function tempPath(target) {
    return path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
}
/**
 * Removes `deepest` and the folders above it up to `first`, each only if it is empty (a folder
 * someone else wrote into meanwhile stays, and so do the ones above it).
 */
export function removeEmptyFolders(deepest, first) {
    for (let dir = deepest;; dir = path.dirname(dir)) {
        try {
            fs.rmdirSync(dir);
        }
        catch {
            return; // not empty, or already gone: leave it and everything above it
        }
        if (dir === first || path.dirname(dir) === dir)
            return;
    }
}
function removeQuietly(file) {
    try {
        fs.rmSync(file, { force: true });
    }
    catch {
        // the folder itself is gone or unusable; there is no temp file to remove
    }
}
/**
 * Create the folder a file goes into, or say which part of the path is in the way. Gives the
 * first folder it made (undefined: it was there), for `removeEmptyFolders` when the write fails.
 */
function makeParent(target, dir) {
    try {
        return fs.mkdirSync(dir, { recursive: true });
    }
    catch (error) {
        const code = error.code;
        const blocker = code === 'EEXIST' || code === 'ENOTDIR' ? fileInPath(dir) : undefined;
        throw new UsageError(blocker
            ? `cannot write ${target}: ${blocker} is a file, not a folder`
            : `cannot write ${target}: ${describeSystemError(error)}`);
    }
}
/** The first part of `dir` that exists and is not a folder. */
function fileInPath(dir) {
    const parts = [];
    for (let d = dir;; d = path.dirname(d)) {
        parts.unshift(d);
        if (path.dirname(d) === d)
            break;
    }
    for (const p of parts) {
        try {
            if (!fs.statSync(p).isDirectory())
                return p;
        }
        catch {
            return undefined;
        }
    }
    return undefined;
}
/** A pipe or device: there is nothing to rename, so write straight into it. */
function writeSpecialFile(target, stat, content) {
    let probe;
    try {
        if (stat.isFIFO()) {
            // Opening a pipe for writing waits for a reader, synchronously and deaf to Ctrl-C; a
            // non-blocking open fails at once instead when nothing reads from it. It stays open until
            // the real write is done, so that the reader does not see the end of the data early.
            probe = fs.openSync(target, fs.constants.O_WRONLY | fs.constants.O_NONBLOCK);
        }
        fs.writeFileSync(target, content);
    }
    catch (error) {
        const code = error.code;
        throw new UsageError(code === 'ENXIO'
            ? `cannot write ${target}: it is a named pipe and nothing is reading from it`
            : `cannot write ${target}: ${describeSystemError(error)}`);
    }
    finally {
        if (probe !== undefined)
            fs.closeSync(probe);
    }
}
/** A path with a `.` or `..` step, or an empty one: not for the quick way below. */
const ODD_STEP = /(?:^|[\\/])\.{0,2}(?:[\\/]|$)/;
/** Display path: relative to the working folder when inside it, with forward slashes. */
export function displayPath(file, cwd = process.cwd()) {
    // The usual case (a file a folder search found under cwd) without path.relative, which
    // resolves both paths again for every file of a run.
    if (file.length > cwd.length + 1 &&
        file.startsWith(cwd) &&
        file[cwd.length] === path.sep &&
        !ODD_STEP.test(file.slice(cwd.length + 1)) &&
        path.isAbsolute(cwd) &&
        !ODD_STEP.test(cwd.slice(1))) {
        const rel = file.slice(cwd.length + 1);
        return path.sep === '/' ? rel : rel.split(path.sep).join('/');
    }
    const rel = path.relative(cwd, file);
    const shown = rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : file;
    return shown.split(path.sep).join('/');
}
