/**
 * YAML text → documents with their data and a way to turn a path into a line and column.
 *
 * YAML 1.2 (core schema): dates stay strings, `yes`/`no` stay strings, duplicate keys are
 * errors. The plain block YAML that nearly every map is written in goes through the fast reader
 * in ./simple.ts, which gives the same data and the same positions as the `yaml` package at a
 * fraction of the cost; everything else (and every file with a syntax problem) goes through the
 * `yaml` package, whose messages and positions are the reference.
 */
import type { CST, Document, Node, YAMLError } from 'yaml';
import type { Path, Position } from '../model/diagnostic.js';
import { escapeControls, positionsIn } from '../text/index.js';
import { tooLargeMessage } from './limits.js';
import { parseSimple } from './simple.js';
import { yamlLib } from './yaml-lib.js';

/** Files above this size are refused with a clear message instead of risking memory and time. */
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;
/** How many alias expansions one document may make; real maps need a handful, bombs millions. */
const MAX_ALIAS_COUNT = 1000;
/**
 * How many lists and mappings may sit inside each other. A map needs five or six levels, a
 * `profile` a few more; far deeper nesting is a mistake (an unclosed `[`) or an attack, and
 * reading it would run out of call stack.
 */
const MAX_DEPTH = 100;
/**
 * A line this far indented (any line, blank or comment too) may nest deeper than MAX_DEPTH: the
 * fast reader leaves such a text to the `yaml` reader, which measures it.
 */
const DEEP_INDENT = MAX_DEPTH - 2;

export type Locator = (path: Path, target?: 'key' | 'value') => Position;

interface SourceDocument {
  /** 0-based index of the document in its file. */
  index: number;
  /** Plain data; `undefined` when a syntax error kept the document from being read. */
  data: unknown;
  /** True for a document with nothing in it (such as a trailing `---`). */
  empty: boolean;
  locate: Locator;
  /**
   * Answers as `locate` does for `account` and paths inside it, maybe at less cost (the fast
   * reader reads only as far as `account` goes). Absent: use `locate`.
   */
  locateAccount?: Locator;
  /**
   * What `locate` answers for `['account']` and for `['account', key]` of each of `keys`, the
   * key then the value, as numbers: line, column, end line and end column of each (keyed by
   * `key`, `''` for `account` itself). The same answers in one walk. Absent: ask `locate`.
   */
  accountAnchors?: (keys: readonly string[]) => Record<string, number[]>;
}

/** A problem with the text itself, before any map is read from it. */
interface SyntaxProblem {
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
          message: tooLargeMessage(size, maxBytes),
        },
      ],
    };
  }
  // A byte-order mark is invisible in editors; positions count from after it, as editors do.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const conflict = findConflictMarker(body);
  if (conflict) return { documents: [], problems: [conflict] };

  if (options.engine !== 'yaml') {
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
            accountAnchors: simple.accountAnchors,
          },
        ],
        problems: [],
      };
    }
  }
  return parseWithYaml(body);
}

/** The reference reader: the `yaml` package, for any YAML at all, with its own messages. */
function parseWithYaml(body: string): ParsedSource {
  const { Composer, isScalar, Parser } = yamlLib();
  const position = positionsIn(body);
  // Parse to tokens first (the `yaml` parser keeps its own stack, so any depth is safe there),
  // measure the nesting, and only then build documents: building is recursive and would run
  // out of call stack on a file that nests a few thousand levels deep.
  const tokens = Array.from(new Parser().parse(body));
  const openers = unclosedBrackets(tokens);
  const problems: SyntaxProblem[] = [];
  const tooDeep = new Set<number>();
  let docIndex = 0;
  for (const token of tokens) {
    if (token.type !== 'document') continue;
    const offset = token.value ? deeperThan(token.value, MAX_DEPTH) : undefined;
    if (offset !== undefined) {
      problems.push({ ...position(offset), document: docIndex, message: TOO_DEEP });
      tooDeep.add(docIndex);
      token.value = undefined;
    }
    docIndex++;
  }
  const composer = new Composer({
    prettyErrors: false,
    uniqueKeys: true,
    schema: 'core',
    // `yaml` would print a Node warning for a key that is a list or mapping; `odditiesIn`
    // reports those as findings instead, before any data is made.
    logLevel: 'error',
  });
  const docs = Array.from(composer.compose(tokens)) as Document.Parsed[];
  if (docs.length === 0) {
    for (const error of composer.streamInfo().errors)
      problems.push(syntaxProblem(error, position, 0, openers));
  }

  const documents: SourceDocument[] = [];
  docs.forEach((doc, index) => {
    if (tooDeep.has(index)) {
      documents.push({
        index,
        data: undefined,
        empty: false,
        locate: () => ({ line: 1, column: 1 }),
      });
      return;
    }
    // One slip often makes the parser complain twice on the same line; say it once.
    const lines = new Set<number>();
    for (const error of doc.errors) {
      const problem = syntaxProblem(error, position, index, openers);
      if (lines.has(problem.line)) continue;
      lines.add(problem.line);
      problems.push(problem);
    }
    let data: unknown;
    const empty = doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null);
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
            message: isAliasBomb(error)
              ? `too many aliases (more than ${MAX_ALIAS_COUNT} expansions): this looks like an alias bomb; write the data out instead of nesting aliases`
              : `could not read this document: ${escapeControls((error as Error).message)}`,
          });
        }
      }
    }
    documents.push({ index, data, empty, locate: makeLocator(doc, position) });
  });
  return { documents, problems };
}

const TOO_DEEP = `nesting deeper than ${MAX_DEPTH} levels (lists and mappings inside each other): an account map needs only a few; look for a \`[\` or \`{\` that is never closed, or write the data flatter`;

/**
 * The offset of the first list or mapping nested more than `limit` levels deep in a parsed
 * token, or undefined. Iterative, so that the measuring itself cannot run out of stack.
 */
function deeperThan(root: CST.Token, limit: number): number | undefined {
  let first: number | undefined;
  const stack: Array<[CST.Token, number]> = [[root, 1]];
  while (stack.length > 0) {
    const [token, depth] = stack.pop()!;
    if (
      token.type !== 'block-map' &&
      token.type !== 'block-seq' &&
      token.type !== 'flow-collection'
    )
      continue;
    if (depth > limit) {
      if (first === undefined || token.offset < first) first = token.offset;
      continue;
    }
    for (const item of token.items) {
      if ('key' in item && item.key) stack.push([item.key, depth + 1]);
      if (item.value) stack.push([item.value, depth + 1]);
    }
  }
  return first;
}

interface Oddity {
  offset: number;
  message: string;
}

/**
 * YAML that parses but has no faithful plain-data form: a key that is a list or mapping (a
 * JavaScript object key can only be text), two keys that differ in YAML but not as text (`1`
 * and `"1"`), an alias inside the very list or mapping it names (data without end), and
 * aliases that nest the data deeper than MAX_DEPTH. The first one found, or undefined.
 */
function odditiesIn(doc: Document.Parsed): Oddity | undefined {
  const { isAlias, isMap, isPair, isSeq } = yamlLib();
  // Height (levels of lists and mappings) of each collection; -1 while it is being measured.
  const heights = new Map<Node, number>();
  let found: Oddity | undefined;
  const height = (node: unknown, level: number): number => {
    if (found) return 0;
    if (isAlias(node)) {
      const source = node.resolve(doc);
      if (!source || (!isMap(source) && !isSeq(source))) return 0;
      const h = heights.get(source) ?? height(source, level);
      if (h === -1) {
        found = {
          offset: node.range?.[0] ?? 0,
          message: `the alias \`*${node.source}\` is inside the list or mapping it names, so its data would never end; write the data out instead`,
        };
        return 0;
      }
      if (level + h > MAX_DEPTH) {
        found = { offset: node.range?.[0] ?? 0, message: tooDeepAlias(node.source) };
        return 0;
      }
      return h;
    }
    if (!isMap(node) && !isSeq(node)) return 0;
    const known = heights.get(node);
    if (known !== undefined && known !== -1) return known;
    heights.set(node, -1);
    let h = 0;
    const keys = isMap(node) ? new Map<string, Node>() : undefined;
    for (const item of node.items) {
      if (isPair(item)) {
        const key = item.key as Node | null;
        const resolved = isAlias(key) ? key.resolve(doc) : key;
        if (isMap(resolved) || isSeq(resolved)) {
          found = {
            offset: key?.range?.[0] ?? node.range?.[0] ?? 0,
            message:
              'a key here is a list or mapping (written `? [a, b]` or `[a, b]: value`); keys must be plain text, such as `name:`',
          };
          return 0;
        }
        const text = keyText(resolved);
        const twin = keys?.get(text);
        if (twin && key) {
          const at = key.range?.[0] ?? 0;
          found = {
            offset: at,
            message: `the key \`${escapeControls(text)}\` appears twice in this mapping (written differently, such as \`1\` and \`"1"\`, but the same as text); keep one and delete the other`,
          };
          return 0;
        }
        if (key) keys?.set(text, key);
        h = Math.max(h, height(item.value, level + 1));
      } else {
        h = Math.max(h, height(item, level + 1));
      }
      if (found) return 0;
    }
    heights.set(node, h + 1);
    return h + 1;
  };
  height(doc.contents, 0);
  return found;
}

function tooDeepAlias(name: string): string {
  return `the alias \`*${name}\` nests the data more than ${MAX_DEPTH} levels deep; write the data out instead of nesting aliases`;
}

/** A scalar key as `yaml` turns it into text for a plain object. */
function keyText(key: unknown): string {
  if (key === null || key === undefined) return '';
  if (!yamlLib().isScalar(key)) return String(key);
  const v = key.value;
  if (v === null || v === undefined) return '';
  return typeof v === 'object' ? JSON.stringify(v) : String(v);
}

function isAliasBomb(error: unknown): boolean {
  return error instanceof Error && /alias/i.test(error.message);
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
  BLOCK_IN_FLOW:
    'a lone `-` inside `[...]` or `{...}` is not a value; remove it, or quote it (`"-"`) if you mean a dash',
};

/**
 * Where each `[` and `{` that is never closed sits (offset and bracket), in text order. `yaml`
 * notices a missing `]` only where the next line starts, and says so there; the bracket that
 * was left open is what the writer has to find.
 */
function unclosedBrackets(tokens: readonly CST.Token[]): Array<{ offset: number; open: string }> {
  const out: Array<{ offset: number; open: string }> = [];
  // The tokens are a tree of plain objects (at most MAX_DEPTH deep once measured; a stack, not
  // recursion, all the same).
  const stack: unknown[] = [...tokens];
  while (stack.length) {
    const t = stack.pop();
    if (t === null || typeof t !== 'object') continue;
    if (Array.isArray(t)) {
      for (const x of t) stack.push(x);
      continue;
    }
    const token = t as Record<string, unknown>;
    if (token.type === 'flow-collection') {
      const flow = token as unknown as CST.FlowCollection;
      const close = flow.start.source === '[' ? ']' : '}';
      if (!flow.end.some((e) => e.source === close))
        out.push({ offset: flow.start.offset, open: flow.start.source });
    }
    for (const key of ['value', 'items', 'key', 'sep', 'start', 'end']) {
      if (key in token) stack.push(token[key]);
    }
  }
  return out.sort((a, b) => a.offset - b.offset);
}

function syntaxProblem(
  error: YAMLError,
  position: (offset: number) => Position,
  document: number,
  openers: ReadonlyArray<{ offset: number; open: string }> = [],
): SyntaxProblem {
  // "… must be sufficiently indented and end with a ]": point at the `[` left open.
  const missing = /end with an? ([\]}])/.exec(error.message)?.[1];
  if (error.code === 'BAD_INDENT' && missing !== undefined) {
    const open = missing === ']' ? '[' : '{';
    const opener = openers.findLast((o) => o.open === open && o.offset < error.pos[0]);
    if (opener) {
      const at = position(opener.offset);
      const what = open === '[' ? 'list' : 'mapping';
      return {
        line: at.line,
        column: at.column,
        document,
        message: `YAML syntax error: this \`${open}\` is never closed: end the ${what} with \`${missing}\` (on the same line, or on a line indented deeper than its key), or quote the text if the \`${open}\` belongs to it (for example \`name: "${open}draft"\`)`,
      };
    }
  }
  const at = position(error.pos[0]);
  const what = error.message.replace(/\s+at line \d+, column \d+.*$/s, '').replace(/\.$/, '');
  const hint = HINTS[error.code];
  const message = `YAML syntax error: ${escapeControls(what.charAt(0).toLowerCase() + what.slice(1))}${hint ? ` (${hint})` : ''}`;
  return { line: at.line, column: at.column, message, document };
}

function makeLocator(doc: Document.Parsed, position: (offset: number) => Position): Locator {
  const { isAlias, isMap, isPair, isScalar, isSeq } = yamlLib();
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
