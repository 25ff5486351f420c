/**
 * The files `acctmap report` writes into folders (`-o DIR/` and `--images DIR`), and the rule that
 * keeps a run from destroying anyone's work: it writes only its own file names (`index.md`,
 * `<account id>.md`, `<account id>-<view>.svg`, …), and replaces an existing file only when an
 * earlier `acctmap report` wrote it. Each file says so itself, so no list of written files has to
 * be kept beside them: a report by its closing line (`Made by acctmap …`), an SVG by a comment
 * before the drawing, a PNG by a text chunk (`Software: acctmap report`). Anything else at one of
 * those names stops the run before a single file is written.
 */
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { crc32 } from 'node:zlib';
import { isGeneratedHtml, isGeneratedReport } from '../report/index.js';
import { describeSystemError, UsageError } from './errors.js';
import { onInterrupt } from './interrupt.js';
import { displayPath, removeEmptyFolders } from './io.js';

/** What marks an image as written by acctmap (`report --images` or `diagram -o DIR/`). */
const IMAGE_MARK = 'acctmap';

const SVG_COMMENT = `<!-- Written by ${IMAGE_MARK}; running it again replaces this file. -->\n`;

/** The first line of Mermaid text that `acctmap diagram -o DIR/` writes (a Mermaid comment). */
export const MERMAID_MARK = '%% Written by acctmap; running it again replaces this file.';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function isPng(data: Uint8Array): boolean {
  return PNG_SIGNATURE.every((b, i) => data[i] === b);
}

/** An SVG with the comment that marks it as ours in front of the drawing. */
export function markSvg(data: Uint8Array): Uint8Array {
  const text = Buffer.from(data).toString('utf8');
  if (text.startsWith(SVG_COMMENT)) return data;
  // A comment may not come before an XML declaration, so it goes after one.
  const decl = /^<\?xml[^>]*\?>\s*/.exec(text);
  const at = decl ? decl[0].length : 0;
  return Buffer.from(text.slice(0, at) + SVG_COMMENT + text.slice(at), 'utf8');
}

/** A PNG with a `tEXt` chunk `Software: acctmap report` right after its header chunk. */
export function markPng(data: Uint8Array): Uint8Array {
  if (!isPng(data) || hasPngMark(data)) return data;
  const body = Buffer.concat([Buffer.from('Software\0', 'latin1'), Buffer.from(IMAGE_MARK)]);
  const type = Buffer.from('tEXt', 'latin1');
  const chunk = Buffer.alloc(12 + body.length);
  chunk.writeUInt32BE(body.length, 0);
  type.copy(chunk, 4);
  body.copy(chunk, 8);
  chunk.writeUInt32BE(crc32(Buffer.concat([type, body])) >>> 0, 8 + body.length);
  // Signature (8 bytes), then IHDR: length, type, 13 bytes of data, CRC.
  const afterHeader = 8 + 4 + 4 + 13 + 4;
  const bytes = Buffer.from(data);
  return Buffer.concat([bytes.subarray(0, afterHeader), chunk, bytes.subarray(afterHeader)]);
}

function hasPngMark(data: Uint8Array): boolean {
  const bytes = Buffer.from(data);
  let at = 8;
  while (at + 8 <= bytes.length) {
    const length = bytes.readUInt32BE(at);
    const type = bytes.toString('latin1', at + 4, at + 8);
    if (type === 'tEXt') {
      const text = bytes.toString('latin1', at + 8, at + 8 + length);
      if (text === `Software\0${IMAGE_MARK}`) return true;
    }
    if (type === 'IDAT' || type === 'IEND') return false;
    at += 12 + length;
  }
  return false;
}

/**
 * A comment line after a PDF's last `%%EOF`: readers look for `%%EOF` near the end and skip what
 * follows, and nothing before it moves, so the cross-reference offsets stay right.
 */
const PDF_MARK = `% Written by ${IMAGE_MARK}; running it again replaces this file.\n`;

export function markPdf(data: Uint8Array): Uint8Array {
  if (hasPdfMark(data)) return data;
  return Buffer.concat([Buffer.from(data), Buffer.from(`\n${PDF_MARK}`, 'latin1')]);
}

function hasPdfMark(data: Uint8Array): boolean {
  const bytes = Buffer.from(data);
  return (
    bytes.toString('latin1', 0, 5) === '%PDF-' &&
    bytes.toString('latin1', Math.max(0, bytes.length - 200)).endsWith(PDF_MARK)
  );
}

/** The image, marked as ours, in the format its name says. */
export function markImage(target: string, data: Uint8Array): Uint8Array {
  if (target.endsWith('.svg')) return markSvg(data);
  if (target.endsWith('.png')) return markPng(data);
  if (target.endsWith('.pdf')) return markPdf(data);
  return data;
}

/** Whether the file at `file` was written by acctmap (so a new run may replace it). */
export function writtenByUs(file: string): boolean {
  let data: Buffer;
  try {
    data = fs.readFileSync(file);
  } catch {
    return false;
  }
  if (file.endsWith('.md')) return isGeneratedReport(data.toString('utf8'));
  if (file.endsWith('.html')) return isGeneratedHtml(data.toString('utf8', 0, 4096));
  if (file.endsWith('.mmd')) return data.toString('utf8', 0, 512).startsWith(MERMAID_MARK);
  if (file.endsWith('.svg')) return data.toString('utf8', 0, 512).includes(SVG_COMMENT.trim());
  if (file.endsWith('.png')) return isPng(data) && hasPngMark(data);
  if (file.endsWith('.pdf')) return hasPdfMark(data);
  return false;
}

export interface OutputFile {
  /** Absolute path. */
  target: string;
  data: string | Uint8Array;
}

/** How a command names itself and its way out in the refusal of `checkTargets`. */
export interface ForeignFileAdvice {
  /** `acctmap report`, `acctmap`. */
  writer: string;
  /** Where else to write, given the refused files: `the reports to another folder (-o DIR/)`. */
  elsewhere: (foreign: readonly string[]) => string;
}

/** A review file of `-o DIR/` (markdown, HTML or PDF), as against an image of `--images` (SVG, PNG). */
const REVIEW_FILE = /\.(md|html|pdf)$/;

const REPORT_ADVICE: ForeignFileAdvice = {
  writer: 'acctmap report',
  elsewhere: (foreign) =>
    [
      foreign.some((f) => REVIEW_FILE.test(f)) ? 'the reports to another folder (-o DIR/)' : '',
      foreign.some((f) => !REVIEW_FILE.test(f))
        ? 'the images to another folder (--images DIR)'
        : '',
    ]
      .filter(Boolean)
      .join(' and '),
};

/**
 * Stops the run (exit 2, nothing written) when one of the targets is a folder, or a file that
 * acctmap did not write (see `writtenByUs`).
 */
export function checkTargets(
  files: readonly { target: string; data?: OutputFile['data'] }[],
  cwd: string,
  advice: ForeignFileAdvice = REPORT_ADVICE,
): void {
  const foreign: string[] = [];
  for (const { target } of files) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(target);
    } catch {
      continue; // not there yet: ours to write
    }
    if (stat.isDirectory())
      throw new UsageError(`cannot write ${displayPath(target, cwd)}: it is a folder`);
    if (!writtenByUs(target)) foreign.push(displayPath(target, cwd));
  }
  if (foreign.length === 0) return;
  const list =
    foreign.length > 5
      ? `${foreign.slice(0, 5).join(', ')} and ${foreign.length - 5} more`
      : foreign.join(', ');
  throw new UsageError(
    `will not overwrite ${foreign.length === 1 ? 'a file' : 'files'} that ${advice.writer} did not write: ${list}; move ${foreign.length === 1 ? 'it' : 'them'} away, or write ${advice.elsewhere(foreign)}; nothing was written`,
  );
}

/**
 * Writes every file as nearly all-or-nothing as a file system allows: each goes to a temporary
 * name beside its target first, and only when all are written are they renamed into place. A
 * run that fails or is interrupted leaves nothing behind: neither its temporary files nor the
 * folders it made for them (`-o reviews/2026-q4/` that could not be written does not leave an
 * empty `reviews/2026-q4/`).
 */
export function writeFiles(files: readonly OutputFile[], cwd: string): void {
  const temps: { tmp: string; target: string }[] = [];
  /** Folders this run made: the first one `mkdir -p` made, and the deepest. */
  const made: { first: string; deepest: string }[] = [];
  const cleanup = () => {
    for (const { tmp } of temps) fs.rmSync(tmp, { force: true });
    for (const { first, deepest } of [...made].reverse()) removeEmptyFolders(deepest, first);
  };
  const unregister = onInterrupt(cleanup);
  // The file being written or renamed, so that a failure names it.
  let current: string | undefined;
  try {
    for (const file of files) {
      current = file.target;
      const dir = path.dirname(file.target);
      try {
        if (fs.existsSync(dir) && !fs.statSync(dir).isDirectory())
          throw new UsageError(
            `cannot write into ${displayPath(dir, cwd)}: it is a file, not a folder`,
          );
        const first = fs.mkdirSync(dir, { recursive: true });
        if (first !== undefined) made.push({ first, deepest: dir });
      } catch (error) {
        if (error instanceof UsageError) throw error;
        throw new UsageError(
          `cannot write into ${displayPath(dir, cwd)}: ${describeSystemError(error)}`,
        );
      }
      const tmp = path.join(
        dir,
        `.${path.basename(file.target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`,
      );
      temps.push({ tmp, target: file.target });
      fs.writeFileSync(tmp, file.data, { flag: 'wx' });
    }
    for (const { tmp, target } of temps) {
      current = target;
      fs.renameSync(tmp, target);
    }
  } catch (error) {
    cleanup();
    if (error instanceof UsageError) throw error;
    const what = current === undefined ? 'the reports' : displayPath(current, cwd);
    throw new UsageError(`cannot write ${what}: ${describeSystemError(error)}`);
  } finally {
    unregister();
  }
}

/** Reports from earlier runs in `dir` that this run did not write (an account that is gone). */
export function staleReports(dir: string, written: ReadonlySet<string>): string[] {
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return [];
  }
  return names
    .filter((n) => /\.(md|html|pdf)$/.test(n) && !written.has(path.join(dir, n)))
    .filter((n) => writtenByUs(path.join(dir, n)))
    .sort();
}
