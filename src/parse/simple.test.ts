/**
 * The fast reader must be invisible: for any text, `parseSource` gives the same documents, data,
 * problems and positions whether or not the fast reader takes the text. The reference is the
 * same call with `engine: 'yaml'` (the `yaml` package alone). Checked on every example and
 * fixture, on a table of YAML that readers often disagree on, and on generated documents.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Path } from '../model/diagnostic.js';
import { parseSimple, resolvePlain, simpleStopsAt } from './simple.js';
import { type ParsedSource, parseSource } from './source.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function* yamlFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir).sort()) {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) yield* yamlFiles(full);
    else if (/\.ya?ml$/.test(entry)) yield full;
  }
}

/** Every path into `value`, and one step past each end (a missing key, an index past the end). */
function* pathsOf(value: unknown, at: Path = []): Generator<Path> {
  yield at;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) yield* pathsOf(value[i], [...at, i]);
    yield [...at, value.length];
    yield [...at, '0'];
  } else if (value !== null && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      yield* pathsOf((value as Record<string, unknown>)[key], [...at, key]);
    }
    yield [...at, 'no-such-key'];
    yield [...at, 0];
  } else {
    yield [...at, 'below-a-scalar'];
  }
}

/**
 * `accountAnchors` against the reference locator asked for `['account']` and `['account', key]`
 * (key, then value): each key of `account`, and one it does not have.
 */
function anchorDifferences(
  fast: ParsedSource['documents'][number],
  reference: ParsedSource['documents'][number],
  out: string[],
): void {
  if (!fast.accountAnchors) return;
  const data = reference.data as { account?: unknown } | null;
  const account = data?.account;
  // `__proto__` is never a key of a valid map's `account` (its schema is strict).
  const keys = [
    ...(account !== null && typeof account === 'object' ? Object.keys(account) : []),
    'not-a-key',
  ].filter((k) => k !== '__proto__');
  const anchors = fast.accountAnchors(keys);
  // What asking the locator key by key gives, built in the same order (src/validate/check.ts).
  const expected: Record<string, number[]> = {};
  for (const key of ['', ...keys]) {
    const path = key === '' ? ['account'] : ['account', key];
    expected[key] = (['key', 'value'] as const).flatMap((target) => {
      const at = reference.locate(path, target);
      return [at.line, at.column, at.endLine ?? 0, at.endColumn ?? 0];
    });
  }
  if (JSON.stringify(anchors) !== JSON.stringify(expected)) {
    out.push(`anchors: ${JSON.stringify(anchors)} vs ${JSON.stringify(expected)}`);
  }
}

/** The differences between two parses of one text, as readable lines (empty: none). */
function differences(fast: ParsedSource, reference: ParsedSource): string[] {
  const out: string[] = [];
  if (!isDeepStrictEqual(fast.problems, reference.problems)) {
    out.push(`problems: ${JSON.stringify(fast.problems)} vs ${JSON.stringify(reference.problems)}`);
  }
  if (fast.documents.length !== reference.documents.length) {
    out.push(`documents: ${fast.documents.length} vs ${reference.documents.length}`);
    return out;
  }
  fast.documents.forEach((a, i) => {
    const b = reference.documents[i]!;
    if (a.index !== b.index || a.empty !== b.empty) out.push(`document ${i}: index/empty differ`);
    if (!isDeepStrictEqual(a.data, b.data)) {
      out.push(`document ${i}: data ${JSON.stringify(a.data)} vs ${JSON.stringify(b.data)}`);
      return;
    }
    // The anchors and the locator for `account` first: once all positions are read, they
    // answer from them (and the anchors are compared again at the end, from those).
    anchorDifferences(a, b, out);
    for (const p of pathsOf(b.data)) {
      if (p[0] !== 'account') continue;
      for (const target of ['value', 'key'] as const) {
        const x = (a.locateAccount ?? a.locate)(p, target);
        const y = b.locate(p, target);
        if (!isDeepStrictEqual(x, y)) {
          out.push(
            `${JSON.stringify(p)} (${target}, locateAccount): ${JSON.stringify(x)} vs ${JSON.stringify(y)}`,
          );
        }
      }
    }
    for (const p of pathsOf(b.data)) {
      for (const target of ['value', 'key'] as const) {
        const x = a.locate(p, target);
        const y = b.locate(p, target);
        if (!isDeepStrictEqual(x, y)) {
          out.push(
            `${JSON.stringify(p)} (${target}): ${JSON.stringify(x)} vs ${JSON.stringify(y)}`,
          );
        }
      }
    }
    anchorDifferences(a, b, out);
  });
  return out;
}

function compare(text: string): { fast: boolean; differences: string[] } {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return {
    fast: parseSimple(body) !== undefined,
    differences: differences(parseSource(text), parseSource(text, { engine: 'yaml' })),
  };
}

describe('the fast reader reads every example and fixture as yaml does', () => {
  const files = [
    ...yamlFiles(path.join(ROOT, 'examples')),
    ...yamlFiles(path.join(ROOT, 'test', 'fixtures')),
  ];
  it('finds the files', () => expect(files.length).toBeGreaterThan(10));
  const taken: string[] = [];
  for (const file of files) {
    const name = path.relative(ROOT, file);
    it(name, () => {
      const result = compare(readFileSync(file, 'utf8'));
      if (result.fast) taken.push(name);
      expect(result.differences).toEqual([]);
    });
  }
  it('takes most of them (so the comparison above compares something)', () => {
    expect(taken.length).toBeGreaterThanOrEqual(Math.floor(files.length * 0.7));
  });
});

describe('the benchmark maps read the same with and without the fast reader', () => {
  // `npm run bench` times the fast reader on these maps (dates as written and quoted, as the
  // benchmark writes them for ajv-cli); it must be timing the very results `yaml` gives.
  it('every map of both generators, and all of them in the fast reader', async () => {
    const { generateMap: benchMap } = await import('../../scripts/bench-maps.mjs');
    const { generateMap } = await import('../../scripts/generate-maps.mjs');
    const quote = (t: string) =>
      t.replace(/^(\s*(?:- )?[a-z_]+): (\d{4}-\d{2}-\d{2})$/gm, '$1: "$2"');
    const texts: string[] = [];
    for (let seed = 1; seed <= 6; seed++) {
      const bench = benchMap({ people: 5 + seed * 7, seed });
      texts.push(bench, quote(bench), generateMap({ people: 5 + seed * 7, seed }));
    }
    for (const text of texts) {
      const result = compare(text);
      expect(result.differences).toEqual([]);
    }
    // The bench maps are what the fast reader is for: it must take every one of them.
    expect(texts.filter((t, i) => i % 3 !== 2 && simpleStopsAt(t) !== undefined)).toEqual([]);
  });
});

const HEAD = 'acctmap: 1\naccount:\n  id: acme\n  name: Acme\n';

/**
 * YAML that readers disagree on. `fast` says whether the fast reader should take the text
 * (true), or leave it to `yaml` (false); either way the results must be the same.
 */
const TRICKY: Array<{ name: string; text: string; fast: boolean }> = [
  { name: 'duplicate key', text: `${HEAD}  name: Again\n`, fast: false },
  { name: 'duplicate key in a list item', text: 'people:\n  - id: a\n    id: b\n', fast: false },
  { name: 'duplicate key in a flow mapping', text: 'roi: {ours: a, ours: b}\n', fast: false },
  { name: 'tab as indentation', text: 'account:\n\tid: acme\n', fast: false },
  { name: 'tab after a value', text: 'a: b\t\n', fast: false },
  {
    name: '`account` with comments after its block, then more keys',
    text: `acctmap: 1\naccount:\n  id: a\n  tags:\n    - x\n    # deep\n  # in account\n# top\n\npeople:\n  - id: p\n`,
    fast: true,
  },
  {
    name: '`account` with a shallow comment after a nested list',
    text: `account:\n  tags:\n  - x\n  - y\n # one space\nz: 1\n`,
    fast: true,
  },
  { name: '`account` last', text: `a: 1\naccount:\n  id: a\n  # end\n`, fast: true },
  { name: '`account` a scalar', text: `account: x\nb: 1\n`, fast: true },
  { name: 'anchor and alias', text: 'a: &x 1\nb: *x\n', fast: false },
  { name: 'anchor on a mapping', text: 'a: &x\n  b: 1\nc: *x\n', fast: false },
  { name: 'merge key', text: 'base: &b\n  x: 1\nitem:\n  <<: *b\n  y: 2\n', fast: false },
  { name: 'bare merge key', text: '<<: {x: 1}\n', fast: false },
  { name: 'alias bomb', text: `a: &a [x, x]\nb: &b [*a, *a]\nc: &c [*b, *b]\n`, fast: false },
  { name: 'undefined alias', text: 'a: *nope\n', fast: false },
  { name: 'two documents', text: `${HEAD}---\n${HEAD}`, fast: false },
  { name: 'leading document marker', text: `---\n${HEAD}`, fast: false },
  { name: 'trailing document marker', text: `${HEAD}---\n`, fast: false },
  { name: 'document end marker', text: `${HEAD}...\n`, fast: false },
  { name: 'directive', text: `%YAML 1.2\n---\n${HEAD}`, fast: false },
  { name: 'byte-order mark', text: `\ufeff${HEAD}`, fast: true },
  { name: 'CRLF line ends', text: HEAD.replaceAll('\n', '\r\n'), fast: true },
  { name: 'CRLF with comments', text: 'a: 1 # c\r\n  # d\r\nb:\r\n  - x\r\n', fast: true },
  { name: 'lone CR', text: 'a: 1\rb: 2\n', fast: false },
  { name: 'no final newline', text: 'a: 1\nb: [x, y]', fast: true },
  { name: 'unquoted date', text: 'reviewed: 2026-11-23\n', fast: true },
  { name: 'quoted date', text: 'reviewed: \'2026-11-23\'\nsince: "2026-01-02"\n', fast: true },
  { name: 'timestamp with time', text: 'at: 2026-11-23T10:00:00Z\n', fast: true },
  {
    name: 'numbers of every core form',
    text: 'a: 1e3\nb: 0x10\nc: 0o17\nd: 017\ne: +5\nf: -0\ng: 3.0\nh: .5\ni: 1.\nj: 1_000\nk: 1E-2\n',
    fast: true,
  },
  {
    name: 'infinities and not-a-number',
    text: 'a: .inf\nb: -.Inf\nc: +.INF\nd: .nan\ne: .NaN\n',
    fast: true,
  },
  { name: 'nulls', text: 'a: ~\nb: null\nc: Null\nd: NULL\ne: nULL\n', fast: true },
  {
    name: 'YAML 1.1 booleans stay text',
    text: 'a: yes\nb: no\nc: on\nd: off\ne: y\nf: n\n',
    fast: true,
  },
  { name: 'YAML 1.2 booleans', text: 'a: true\nb: True\nc: TRUE\nd: false\ne: tRUE\n', fast: true },
  { name: 'empty value', text: 'a:\nb: 1\n', fast: false },
  { name: 'empty value at the end', text: 'a: 1\nb:\n', fast: false },
  { name: 'empty value with a comment', text: 'a: # nothing\nb: 1\n', fast: false },
  { name: 'key that is a number', text: 'revenue:\n  2024: 10\n  2025: 12\n', fast: true },
  { name: 'keys that do not read back', text: '0x10: a\n1e3: b\n~: c\nTrue: d\n', fast: false },
  { name: 'null key', text: 'null: a\n', fast: false },
  { name: 'boolean key', text: 'true: a\nfalse: b\n', fast: true },
  { name: 'quoted key', text: '"a": 1\n', fast: true },
  { name: 'quoted year keys', text: 'revenue:\n  "2024": 10\n  "2025": 12\n', fast: true },
  { name: 'quoted key in a list item', text: 'people:\n  - "id": x\n    "name": Y\n', fast: true },
  { name: 'quoted key in a flow mapping', text: 'a: {"b": 1, c: 2}\n', fast: true },
  { name: 'empty quoted key', text: '"": 1\n', fast: true },
  { name: 'quoted key with an escape', text: '"a\\"b": 1\n', fast: false },
  { name: 'quoted key with a colon inside', text: '"a: b": 1\n', fast: true },
  { name: 'quoted and plain key the same', text: '"a": 1\na: 2\n', fast: false },
  { name: 'quoted key without a space after the colon', text: '"a":1\n', fast: false },
  { name: 'single-quoted key', text: "'a': 1\n", fast: false },
  { name: 'key with a space before the colon', text: 'a : 1\n', fast: false },
  { name: 'inherited property names as keys', text: 'toString: a\nconstructor: b\n', fast: true },
  { name: '__proto__ as a key', text: '__proto__: a\nb: 1\n', fast: true },
  { name: 'nested mapping on one line', text: 'a: b: c\n', fast: false },
  { name: 'colon at the end of a value', text: 'a: b:\n', fast: false },
  { name: 'colon inside a value', text: 'site: https://x.example/a:b\n', fast: true },
  { name: 'hash without a space is text', text: 'a: b#c\nd: e # comment\n', fast: true },
  { name: 'multi-line plain scalar', text: 'notes: one\n  two\n', fast: false },
  { name: 'literal block scalar', text: 'notes: |\n  one\n  two\nb: 1\n', fast: false },
  { name: 'folded block scalar', text: 'notes: >-\n  one\n  two\n', fast: false },
  { name: 'multi-line double quotes', text: 'a: "one\n  two"\n', fast: false },
  { name: 'escapes in double quotes', text: 'a: "tab\\there \\u00e9"\n', fast: false },
  { name: "single quotes with ''", text: "a: 'it''s'\nb: ''\n", fast: true },
  { name: 'quote then text', text: 'a: "x" y\n', fast: false },
  { name: 'quote then comment', text: 'a: "x" # y\nb: "x"#y\n', fast: false },
  { name: 'flow list', text: 'a: [x, "y", 3, \'z\']  # c\nb: []\nc: [ ]\n', fast: true },
  { name: 'flow list with a trailing comma', text: 'a: [x, y, ]\n', fast: false },
  { name: 'flow list over two lines', text: 'a: [x,\n  y]\n', fast: false },
  { name: 'nested flow', text: 'a: [x, [y]]\n', fast: false },
  // A lone dash is a block-list entry, which flow collections forbid (yaml-test-suite YJV2).
  { name: 'lone dash in a flow list', text: 'tags: [ops, -]\n', fast: false },
  { name: 'lone dash alone in a flow list', text: 'a: [-]\n', fast: false },
  { name: 'lone dash first in a flow list', text: 'a: [-, x]\n', fast: false },
  { name: 'dash and space in a flow list', text: 'a: [- x]\n', fast: false },
  { name: 'lone dash in a flow mapping', text: 'a: {a: -}\n', fast: false },
  { name: 'lone dash before a comma in a flow mapping', text: 'a: {a: -, b: c}\n', fast: false },
  { name: 'dash that starts text in flow', text: 'a: [-x, -1, y-]\nb: {c: -d}\n', fast: true },
  { name: 'dash as a flow mapping key', text: 'a: {-: x}\n', fast: false },
  { name: 'dash and bracket in block text', text: 'a: -]\n', fast: true },
  { name: 'flow mapping', text: 'roi: {ours: positive, theirs: "neutral"}\nb: {}\n', fast: true },
  { name: 'flow mapping without a space', text: 'a: {x:1}\n', fast: false },
  { name: 'flow mapping with an empty value', text: 'a: {x: }\n', fast: false },
  { name: 'tag', text: 'a: !!str 12\nb: !custom x\n', fast: false },
  { name: 'reserved indicators', text: 'a: @x\n', fast: false },
  { name: 'list at the top', text: '- a\n- b\n', fast: false },
  { name: 'scalar at the top', text: 'just text\n', fast: false },
  { name: 'comments only', text: '# nothing here\n', fast: false },
  { name: 'empty text', text: '', fast: false },
  {
    name: 'list under a key at the same indentation',
    text: 'a:\n- x\n- y: 1\n  z: 2\nb: 1\n',
    fast: true,
  },
  { name: 'several spaces after a dash', text: 'a:\n  -   x: 1\n      y: 2\n  -  z\n', fast: true },
  { name: 'empty list item', text: 'a:\n  -\n  - x\n', fast: false },
  { name: 'list in a list', text: 'a:\n  - - x\n', fast: false },
  { name: 'bad indentation', text: 'a:\n    b: 1\n  c: 2\n', fast: false },
  { name: 'indented top level', text: '  a: 1\n  b: 2\n', fast: false },
  {
    name: 'comments that belong to a nested block',
    text: 'a:\n  b:\n    c: 1\n      # deep\n\n    # k\n  d: 2\ne:\n  - f: 1\n    # x\n  - g: 2\n\n\n    # y\n\n  # zz\nh: 3\n',
    fast: true,
  },
  { name: 'comment at the end of a nested block', text: 'a:\n  b: 1\n  # end\n', fast: true },
  { name: 'control character', text: 'a: b\u0007c\n', fast: false },
  { name: 'non-breaking space and accents', text: 'name: Øystein\u00a0Berge\n', fast: true },
  { name: 'emoji', text: 'name: 🙂 Ada\n', fast: true },
  { name: 'non-ASCII key', text: 'beløp: 12\n', fast: false },
  {
    name: 'conflict markers',
    text: '<<<<<<< HEAD\na: 1\n=======\na: 2\n>>>>>>> other\n',
    fast: false,
  },
];

describe('tricky YAML gives the same result with and without the fast reader', () => {
  for (const { name, text, fast } of TRICKY) {
    it(name, () => {
      const result = compare(text);
      expect(result.differences).toEqual([]);
      expect(result.fast).toBe(fast);
    });
  }
});

describe('core-schema scalars resolve as in yaml', () => {
  it.each([
    ['2026-11-23', '2026-11-23'],
    ['1e3', 1000],
    ['0x10', 16],
    ['0o17', 15],
    ['017', 17],
    ['.inf', Number.POSITIVE_INFINITY],
    ['-.inf', Number.NEGATIVE_INFINITY],
    ['~', null],
    ['yes', 'yes'],
    ['No', 'No'],
    ['True', true],
    ['1_000', '1_000'],
    ['0b101', '0b101'],
  ])('%s', (text, value) => expect(resolvePlain(text)).toStrictEqual(value));
  it('.nan is NaN', () => expect(resolvePlain('.nan')).toBeNaN());
});

describe('deep indentation', () => {
  /** `acctmap: 1`, then `levels` mappings each inside the one before (two spaces a level). */
  const nested = (levels: number) => {
    let text = 'acctmap: 1\n';
    for (let k = 0; k < levels; k++) text += `${' '.repeat(2 * k)}a${k}:\n`;
    return `${text}${' '.repeat(2 * levels)}z: 1\n`;
  };

  it('a text with a line indented 98 spaces or more goes to the yaml reader, which says it nests too deep', () => {
    // The fast reader would read it (it keeps no call stack), and the data would then be too
    // deep for what comes after it.
    expect(parseSimple(nested(120))).toBeDefined();
    const deep = parseSource(nested(120));
    expect(deep.problems).toHaveLength(1);
    expect(deep.problems[0]!.message).toMatch(/^nesting deeper than 100 levels/);
  });

  it('even when that line is blank or a comment', () => {
    for (const line of [' '.repeat(98), `${' '.repeat(98)}# note`]) {
      const text = `acctmap: 1\n${line}\naccount:\n  id: x\n`;
      expect(parseSimple(text)).toBeDefined();
      expect(parseSimple(text, 98)).toBeUndefined();
      expect(parseSource(text).documents[0]!.data).toEqual({ acctmap: 1, account: { id: 'x' } });
    }
  });

  it('a text indented less deeply stays with the fast reader', () => {
    expect(parseSimple(nested(48), 98)).toBeDefined();
    expect(parseSource(nested(48)).problems).toEqual([]);
  });
});

it('keys of the same hash are told apart (the reader keeps keys it has met by their hash)', () => {
  // `Aa` and `BB` have the same hash (31 × 65 + 97 = 31 × 66 + 66), as `keyHash` computes it.
  expect(parseSimple('Aa: 1\nBB: 2\n')?.data).toEqual({ Aa: 1, BB: 2 });
  expect(parseSimple('BB: 3\nAa: 4\n')?.data).toEqual({ BB: 3, Aa: 4 });
  expect(parseSimple('x: {Aa: 5, BB: 6}\n')?.data).toEqual({ x: { Aa: 5, BB: 6 } });
  // A key the reader has met, in another text and at another length.
  expect(parseSimple('A: 7\nAaa: 8\nAa: 9\n')?.data).toEqual({ A: 7, Aaa: 8, Aa: 9 });
});

it('says where it stopped', () => {
  expect(simpleStopsAt('a: 1\nb: &x 2\n')).toBe(2);
  expect(simpleStopsAt('a:\tb\n')).toBe(0);
  expect(simpleStopsAt('a: 1\n')).toBeUndefined();
});

// Generated documents: block mappings and lists in every indentation, with comments and blank
// lines anywhere, scalars of every kind (including ones the fast reader must refuse).
const KEYS = [
  // The top-level key whose positions the fast reader can read apart (`locateAccount`).
  'account',
  'id',
  'name',
  'people',
  'a b',
  'x-y',
  'k.v',
  'a/b',
  '2021',
  '2025-Q3',
  'true',
  'True',
  'null',
  '~',
  '0x10',
  '1e3',
  'toString',
  '__proto__',
  '"q"',
  '"2024"',
  '"a b: c"',
  'beløp',
  'é',
];
const SCALARS = [
  'plain',
  'Anna Hansen',
  'Øystein',
  '2026-11-23',
  '42',
  '-7',
  '3.5',
  '1e3',
  '0x1F',
  '0o7',
  '.inf',
  '-.inf',
  '.nan',
  '~',
  'null',
  'yes',
  'no',
  'true',
  'FALSE',
  '012',
  '+5',
  '1_000',
  'a: b',
  'a #b',
  'a#b',
  'https://x.example/p',
  '- x',
  '-5',
  '"quoted"',
  '"with # and : inside"',
  "'single'",
  "'it''s'",
  '""',
  '"a\\"b"',
  '[x, y]',
  '[]',
  '["a", 2, b c]',
  '{ours: positive, theirs: negative}',
  '{}',
  '[x, [y]]',
  '[ops, -]',
  '{a: -}',
  '[-x, -1]',
  '&anchor x',
  '*alias',
  '!tag x',
  '|',
  '%x',
  '@x',
  'x:',
  '? x',
  'trailing  ',
];

/** What the fast reader takes: half of the generated documents use only these. */
const PLAIN_KEYS = KEYS.filter(
  (k) => !['True', 'null', '~', '0x10', '1e3', 'beløp', 'é'].includes(k),
);
const PLAIN_SCALARS = SCALARS.filter(
  (v) =>
    ![
      'a: b',
      '- x',
      '"a\\"b"',
      '[x, [y]]',
      '[ops, -]',
      '{a: -}',
      '&anchor x',
      '*alias',
      '!tag x',
      '|',
      '%x',
      '@x',
      'x:',
      '? x',
    ].includes(v),
);

interface Shape {
  kind: 'map' | 'seq' | 'scalar';
  scalar?: string;
  entries?: Array<[string, Shape]>;
  items?: Shape[];
}

function shapes(keys: string[], scalars: string[]): fc.Arbitrary<Shape> {
  return fc.letrec<{ node: Shape }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      fc.constantFrom(...scalars).map((scalar): Shape => ({ kind: 'scalar', scalar })),
      fc
        .uniqueArray(fc.tuple(fc.constantFrom(...keys), tie('node')), {
          minLength: 1,
          maxLength: 4,
          selector: ([k]) => k,
        })
        .map((entries): Shape => ({ kind: 'map', entries })),
      fc
        .array(tie('node'), { minLength: 1, maxLength: 3 })
        .map((items): Shape => ({ kind: 'seq', items })),
    ),
  })).node;
}

/** Half plain (what maps are made of), half anything. */
const document = fc.oneof(
  fc.uniqueArray(fc.tuple(fc.constantFrom(...PLAIN_KEYS), shapes(PLAIN_KEYS, PLAIN_SCALARS)), {
    minLength: 1,
    maxLength: 5,
    selector: ([k]) => k,
  }),
  fc.array(fc.tuple(fc.constantFrom(...KEYS), shapes(KEYS, SCALARS)), {
    minLength: 1,
    maxLength: 5,
  }),
);

interface Style {
  step: number;
  dashSpaces: number;
  seqIndented: boolean;
  crlf: boolean;
  finalNewline: boolean;
  /** Per line: extra lines after it (blank or comment at some indentation), trailing text. */
  extras: Array<{ after: Array<number | null>; trailing: string }>;
}

const style: fc.Arbitrary<Style> = fc.record({
  step: fc.integer({ min: 1, max: 4 }),
  dashSpaces: fc.integer({ min: 1, max: 3 }),
  seqIndented: fc.boolean(),
  crlf: fc.boolean(),
  finalNewline: fc.boolean(),
  extras: fc.array(
    fc.record({
      after: fc.array(fc.option(fc.integer({ min: 0, max: 10 }), { nil: null }), { maxLength: 3 }),
      trailing: fc.constantFrom('', '', '', '  ', ' # note', '   # note  '),
    }),
    { minLength: 40, maxLength: 40 },
  ),
});

function render(root: Array<[string, Shape]>, s: Style): string {
  const lines: string[] = [];
  const pad = (n: number) => ' '.repeat(n);
  const mapLines = (entries: Array<[string, Shape]>, indent: number, first?: string) => {
    entries.forEach(([key, value], i) => {
      const lead = i === 0 && first !== undefined ? first : pad(indent);
      if (value.kind === 'scalar') lines.push(`${lead}${key}: ${value.scalar}`);
      else if (value.kind === 'map') {
        lines.push(`${lead}${key}:`);
        mapLines(value.entries!, indent + s.step);
      } else {
        lines.push(`${lead}${key}:`);
        seqLines(value.items!, s.seqIndented ? indent + s.step : indent);
      }
    });
  };
  const seqLines = (items: Shape[], indent: number) => {
    for (const item of items) {
      const dash = `${pad(indent)}-${pad(s.dashSpaces)}`;
      if (item.kind === 'scalar') lines.push(`${dash}${item.scalar}`);
      else if (item.kind === 'map') mapLines(item.entries!, indent + 1 + s.dashSpaces, dash);
      else {
        lines.push(`${pad(indent)}-`);
        seqLines(item.items!, indent + s.step);
      }
    }
  };
  mapLines(root, 0);
  const out: string[] = [];
  lines.forEach((line, i) => {
    const extra = s.extras[i % s.extras.length]!;
    out.push(line + extra.trailing);
    for (const a of extra.after) out.push(a === null ? '' : `${pad(a)}# comment`);
  });
  const eol = s.crlf ? '\r\n' : '\n';
  return out.join(eol) + (s.finalNewline ? eol : '');
}

describe('generated documents', () => {
  it('read the same with and without the fast reader', () => {
    let taken = 0;
    let runs = 0;
    fc.assert(
      fc.property(document, style, (root, s) => {
        const text = render(root, s);
        const result = compare(text);
        runs++;
        if (result.fast) taken++;
        expect(result.differences, text).toEqual([]);
      }),
      // A fixed seed so that a run can be repeated; PARSE_SEED/PARSE_RUNS explore further.
      {
        numRuns: Number(process.env.PARSE_RUNS ?? 2000),
        seed: Number(process.env.PARSE_SEED ?? 7),
      },
    );
    // Enough of them must be in the fast reader's part of YAML for the test to mean something.
    if (process.env.SHOW_TAKEN) console.log({ taken, runs });
    expect(taken).toBeGreaterThan(runs / 5);
  });
});
