/**
 * YAML text → documents with their data and a way to turn a path into a line and column.
 *
 * YAML 1.2 (core schema): dates stay strings, `yes`/`no` stay strings, duplicate keys are
 * errors. The plain block YAML that nearly every map is written in goes through the fast reader
 * in ./simple.ts, which gives the same data and the same positions as the `yaml` package at a
 * fraction of the cost; everything else (and every file with a syntax problem) goes through the
 * `yaml` package, whose messages and positions are the reference.
 */
import {
  type Document,
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  type Node,
  parseAllDocuments,
  type YAMLError,
} from 'yaml';
import type { Path, Position } from '../model/diagnostic.js';
import { parseSimple } from './simple.js';

/** Files above this size are refused with a clear message instead of risking memory and time. */
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;
/** How many alias expansions one document may make; real maps need a handful, bombs millions. */
export const MAX_ALIAS_COUNT = 1000;

export type Locator = (path: Path, target?: 'key' | 'value') => Position;

export interface SourceDocument {
  /** 0-based index of the document in its file. */
  index: number;
  /** Plain data; `undefined` when a syntax error kept the document from being read. */
  data: unknown;
  /** True for a document with nothing in it (such as a trailing `---`). */
  empty: boolean;
  locate: Locator;
}

/** A problem with the text itself, before any map is read from it. */
export interface SyntaxProblem {
  message: string;
  line: number;
  column: number;
  /** The document it belongs to, when known. */
  document?: number;
}

export interface ParsedSource {
  documents: SourceDocument[];
  problems: SyntaxProblem[];
}

export interface ParseOptions {
  maxBytes?: number;
  /**
   * `yaml` skips the fast reader. Only for tests and measurements that compare the two: the
   * results are the same either way.
   */
  engine?: 'auto' | 'yaml';
}

export function parseSource(text: string, options: ParseOptions = {}): ParsedSource {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const size = Buffer.byteLength(text, 'utf8');
  if (size > maxBytes) {
    return {
      documents: [],
      problems: [
        {
          line: 1,
          column: 1,
          message: `file is ${formatBytes(size)}, more than the ${formatBytes(maxBytes)} acctmap reads in one map file; split it into one file per account (or raise \`max_file_size\` in the config)`,
        },
      ],
    };
  }
  // A byte-order mark is invisible in editors; positions count from after it, as editors do.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const conflict = findConflictMarker(body);
  if (conflict) return { documents: [], problems: [conflict] };

  if (options.engine !== 'yaml') {
    const simple = parseSimple(body);
    if (simple) {
      return {
        documents: [{ index: 0, data: simple.data, empty: false, locate: simple.locate }],
        problems: [],
      };
    }
  }
  return parseWithYaml(body);
}

/** The reference reader: the `yaml` package, for any YAML at all, with its own messages. */
function parseWithYaml(body: string): ParsedSource {
  const lineCounter = new LineCounter();
  const docs = parseAllDocuments(body, {
    lineCounter,
    prettyErrors: false,
    uniqueKeys: true,
    schema: 'core',
  });
  const position = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };

  const problems: SyntaxProblem[] = [];
  const documents: SourceDocument[] = [];
  const list = Array.isArray(docs) ? (docs as Document.Parsed[]) : [];
  list.forEach((doc, index) => {
    // One slip often makes the parser complain twice on the same line; say it once.
    const lines = new Set<number>();
    for (const error of doc.errors) {
      const problem = syntaxProblem(error, position, index);
      if (lines.has(problem.line)) continue;
      lines.add(problem.line);
      problems.push(problem);
    }
    let data: unknown;
    const empty = doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null);
    if (doc.errors.length === 0) {
      try {
        data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
      } catch (error) {
        const at = doc.contents?.range ? position(doc.contents.range[0]) : { line: 1, column: 1 };
        problems.push({
          ...at,
          document: index,
          message: isAliasBomb(error)
            ? `too many aliases (more than ${MAX_ALIAS_COUNT} expansions): this looks like an alias bomb; write the data out instead of nesting aliases`
            : `could not read this document: ${(error as Error).message}`,
        });
      }
    }
    documents.push({ index, data, empty, locate: makeLocator(doc, position) });
  });
  return { documents, problems };
}

function isAliasBomb(error: unknown): boolean {
  return error instanceof Error && /alias/i.test(error.message);
}

function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} kB`;
  return `${n} bytes`;
}

/** A git merge left `<<<<<<<` / `=======` / `>>>>>>>` lines: say so instead of a YAML riddle. */
function findConflictMarker(text: string): SyntaxProblem | undefined {
  const m = /^(<{7}|>{7})(?: |$)/m.exec(text);
  if (!m) return undefined;
  const line = text.slice(0, m.index).split('\n').length;
  return {
    line,
    column: 1,
    message:
      'unresolved git merge conflict: the file still has `<<<<<<<`/`=======`/`>>>>>>>` lines; keep the side you want, delete the markers and the other side',
  };
}

const HINTS: Record<string, string> = {
  DUPLICATE_KEY: 'this key appears twice in the same mapping; keep one and delete the other',
  TAB_AS_INDENT: 'YAML indents with spaces, not tabs; replace the tab with spaces',
  BAD_INDENT: 'check the indentation: items of one list or mapping must line up',
  MULTILINE_IMPLICIT_KEY:
    'a key must fit on one line; check for a missing `:` or a line indented too far or not enough',
  MISSING_CHAR: 'a closing bracket or quote is missing',
  UNEXPECTED_TOKEN: 'check the punctuation on this line',
  BLOCK_AS_IMPLICIT_KEY:
    'text that contains `: ` must be quoted, for example `title: "Head of IT: Operations"`; otherwise check the indentation',
  BAD_SCALAR_START: 'quote this text: it starts with a character YAML reserves',
  MULTIPLE_ANCHORS: 'a node can have only one anchor (`&name`)',
  MULTIPLE_TAGS: 'a node can have only one tag',
  BAD_ALIAS: 'an alias (`*name`) must name an anchor (`&name`) defined before it',
};

function syntaxProblem(
  error: YAMLError,
  position: (offset: number) => Position,
  document: number,
): SyntaxProblem {
  const at = position(error.pos[0]);
  const what = error.message.replace(/\s+at line \d+, column \d+.*$/s, '').replace(/\.$/, '');
  const hint = HINTS[error.code];
  const message = `YAML syntax error: ${what.charAt(0).toLowerCase()}${what.slice(1)}${hint ? ` (${hint})` : ''}`;
  return { line: at.line, column: at.column, message, document };
}

function makeLocator(doc: Document.Parsed, position: (offset: number) => Position): Locator {
  return (path, target = 'value') => {
    let node: Node | null | undefined = doc.contents;
    let best: Node | null | undefined = node;
    for (let i = 0; i < path.length && node; i++) {
      const seg = path[i]!;
      if (isAlias(node)) node = node.resolve(doc) ?? null;
      if (isMap(node)) {
        const pair = node.items.find(
          (p) => isPair(p) && String(isScalar(p.key) ? p.key.value : p.key) === String(seg),
        );
        if (!pair) break;
        const last = i === path.length - 1;
        if ((last && target === 'key') || pair.value === null) {
          best = pair.key as Node;
          node = null;
          break;
        }
        node = pair.value as Node;
      } else if (isSeq(node) && typeof seg === 'number') {
        node = (node.items[seg] as Node | undefined) ?? null;
      } else {
        break;
      }
      if (node) best = node;
    }
    const range = best?.range;
    if (!range) return { line: 1, column: 1 };
    const start = position(range[0]);
    const end = position(range[1]);
    return { ...start, endLine: end.line, endColumn: end.column };
  };
}
