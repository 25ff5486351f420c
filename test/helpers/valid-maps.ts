/**
 * Account maps that pass the schema and every cross-reference check, yet hold hostile text: the
 * arbitrary map-shaped data of `accountMapData`, repaired by deleting whatever the validator
 * complains about. Drawing ids at random almost never gives a map whose references all resolve
 * (a filter would throw nearly every sample away and make property tests crawl), so the repair
 * keeps the hostile names, titles and notes while dropping the dangling references.
 */
import type fc from 'fast-check';
import type { AccountMap } from '../../src/model/account-map.js';
import { validateDocument } from '../../src/validate/document.js';
import {
  accountMapData,
  type MapArbitraryOptions,
} from '../fixtures/hostile-inputs/arbitraries.js';

/** Keys an entry cannot do without: a finding there removes the whole list entry. */
const REQUIRED = new Set([
  'id',
  'name',
  'title',
  'status',
  'stage',
  'from',
  'to',
  'type',
  'date',
  'summary',
]);

const GONE = Symbol('gone');

type Path = readonly (string | number)[];

function parentOf(root: unknown, path: Path): unknown {
  let node = root;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[key];
  }
  return node;
}

/** Removes what `path` points at: the optional key, or the list entry that holds it. */
function drop(root: Record<string, unknown>, path: Path): void {
  if (path.length === 0) return;
  const last = path[path.length - 1]!;
  let cut = path.length - 1;
  if (typeof last === 'string' && REQUIRED.has(last)) {
    // The innermost list entry holding a required key goes as a whole.
    cut = path.findLastIndex((k) => typeof k === 'number');
    if (cut < 0) return;
  }
  const holder = parentOf(root, path.slice(0, cut));
  const key = path[cut]!;
  if (Array.isArray(holder) && typeof key === 'number') holder[key] = GONE;
  else if (holder !== null && typeof holder === 'object')
    delete (holder as Record<string, unknown>)[key as string];
}

function sweep(node: unknown): unknown {
  if (Array.isArray(node)) return node.filter((x) => x !== GONE).map(sweep);
  if (node !== null && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) (node as Record<string, unknown>)[k] = sweep(v);
  }
  return node;
}

/** The map `data` becomes once every complaint is cut away, or undefined when nothing is left. */
function repairToValid(data: unknown): AccountMap | undefined {
  const copy = structuredClone(data) as Record<string, unknown>;
  for (let round = 0; round < 12; round++) {
    const result = validateDocument(copy);
    if (result.map) return result.map;
    const paths = result.findings.map((f) => f.path ?? []).filter((p) => p.length > 0);
    if (paths.length === 0) return undefined;
    for (const p of paths) drop(copy, p);
    sweep(copy);
  }
  return undefined;
}

/** Valid maps with hostile text (see the module comment). */
export function validAccountMap(options: MapArbitraryOptions = {}): fc.Arbitrary<AccountMap> {
  return accountMapData({ ...options, wrongness: 0 })
    .map(repairToValid)
    .filter((m): m is AccountMap => m !== undefined);
}
