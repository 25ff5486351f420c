/**
 * The best warm paths from our team to one person: every simple path of at most `maxHops` steps,
 * ranked by strength (the product of its step weights, highest first), then fewer steps, then the
 * ids along it (code-unit order, the same on every machine). Pure.
 *
 * A depth-first search over simple paths, cut where it cannot matter: a node is entered only when
 * the target is still within the hops left (a breadth-first distance back from the target), and,
 * once `top` paths are known, only when the best the rest of the way could give (a max-product
 * bound back from the target) could still match the weakest of them. Strengths are compared
 * exactly, as whole numerators over powers of ten; the bound only prunes, with a margin.
 */
import { compareCodeUnits as compareIds } from '../text/index.js';
import { type Edge, type Graph, stepsFrom } from './graph.js';

/** The longest path searched: 9⁸·10⁸ < 2⁵³, so strengths up to 8 steps compare exactly. */
export const MAX_HOPS_LIMIT = 8;

export interface FoundPath {
  /** The product of the steps' weights in tenths (0.9·0.6 is 54 over 10²). */
  numerator: number;
  steps: readonly Edge[];
}

/** The path's strength as a number (0.54). */
export function strengthOf(path: FoundPath): number {
  return path.numerator / 10 ** path.steps.length;
}

/** The ranking: stronger first, then fewer steps, then the ids along the path. */
export function comparePaths(a: FoundPath, b: FoundPath): number {
  const ha = a.steps.length;
  const hb = b.steps.length;
  // a/10^ha vs b/10^hb, exactly: both sides stay below 2^53 up to MAX_HOPS_LIMIT steps.
  const left = a.numerator * 10 ** hb;
  const right = b.numerator * 10 ** ha;
  if (left !== right) return right - left > 0 ? 1 : -1;
  if (ha !== hb) return ha - hb;
  const idsA = idsOf(a);
  const idsB = idsOf(b);
  for (let i = 0; i < idsA.length; i++) {
    const c = compareIds(idsA[i]!, idsB[i]!);
    if (c !== 0) return c;
  }
  return 0;
}

function idsOf(path: FoundPath): string[] {
  return [path.steps[0]!.from, ...path.steps.map((s) => s.to)];
}

export interface SearchOptions {
  /** Where paths may start (team members); all of `graph.team` by default. */
  from?: readonly string[];
  maxHops: number;
  top: number;
}

/** Steps back to `target` from each node that can reach it within `limit` steps. */
export function hopsTo(graph: Graph, target: string, limit: number): Map<string, number> {
  return stepsFrom(
    [target],
    (v, visit) => {
      for (const e of graph.in.get(v) ?? []) visit(e.from);
    },
    limit,
  );
}

/** The strongest product of weights (as a fraction) from each node to `target`, any length. */
function bestTo(graph: Graph, target: string, reach: ReadonlyMap<string, number>) {
  const best = new Map<string, number>([[target, 1]]);
  const done = new Set<string>();
  // Dijkstra for the largest product (every weight is at most 1), with a binary max-heap.
  const heap: Array<[number, string]> = [[1, target]];
  const up = (i: number) => {
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (heap[parent]![0] >= heap[i]![0]) return;
      [heap[parent], heap[i]] = [heap[i]!, heap[parent]!];
      i = parent;
    }
  };
  const down = (i: number) => {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < heap.length && heap[l]![0] > heap[m]![0]) m = l;
      if (r < heap.length && heap[r]![0] > heap[m]![0]) m = r;
      if (m === i) return;
      [heap[m], heap[i]] = [heap[i]!, heap[m]!];
      i = m;
    }
  };
  while (heap.length > 0) {
    const [bv, v] = heap[0]!;
    const last = heap.pop()!;
    if (heap.length > 0) {
      heap[0] = last;
      down(0);
    }
    if (done.has(v)) continue;
    done.add(v);
    for (const e of graph.in.get(v) ?? []) {
      if (!reach.has(e.from) || done.has(e.from)) continue;
      const b = bv * (e.tenths / 10);
      if (b > (best.get(e.from) ?? -1)) {
        best.set(e.from, b);
        heap.push([b, e.from]);
        up(heap.length - 1);
      }
    }
  }
  return best;
}

/**
 * Whether a warm path of at most `maxHops` steps leads to `target` (from `from`, else from any
 * team member): exactly when `bestPaths` finds one, at the cost of one breadth-first search.
 * With the distances back from the target, which the search goes on from.
 */
function reach(
  graph: Graph,
  target: string,
  options: Omit<SearchOptions, 'top'>,
): { hops: Map<string, number>; starts: string[] } | undefined {
  const starts = (options.from ?? graph.team).filter((t) => graph.team.includes(t));
  if (!graph.nodes.has(target) || graph.team.includes(target)) return undefined;
  const hops = hopsTo(graph, target, Math.min(options.maxHops, MAX_HOPS_LIMIT));
  return starts.some((s) => hops.has(s)) ? { hops, starts } : undefined;
}

/** The `top` best paths to `target`, best first (none when it is out of reach). */
export function bestPaths(graph: Graph, target: string, options: SearchOptions): FoundPath[] {
  const maxHops = Math.min(options.maxHops, MAX_HOPS_LIMIT);
  const reached = options.top < 1 ? undefined : reach(graph, target, options);
  if (!reached) return [];
  const { hops, starts } = reached;
  const bound = bestTo(graph, target, hops);

  const found: FoundPath[] = [];
  const steps: Edge[] = [];
  const onPath = new Set<string>();
  const weakest = () => (found.length < options.top ? 0 : strengthOf(found[found.length - 1]!));

  const visit = (node: string, numerator: number) => {
    if (node === target) {
      const path = { numerator, steps: [...steps] };
      let i = found.length;
      while (i > 0 && comparePaths(path, found[i - 1]!) < 0) i--;
      if (i < options.top) {
        found.splice(i, 0, path);
        if (found.length > options.top) found.pop();
      }
      return;
    }
    // The most promising steps first, so that strong paths are found early and prune the rest
    // (the order searched never changes the answer: `found` is kept in ranking order).
    const next: Array<{ e: Edge; n: number; upper: number }> = [];
    for (const e of graph.out.get(node) ?? []) {
      const left = hops.get(e.to);
      if (left === undefined || onPath.has(e.to) || steps.length + 1 + left > maxHops) continue;
      const n = numerator * e.tenths;
      next.push({ e, n, upper: (n / 10 ** (steps.length + 1)) * (bound.get(e.to) ?? 0) });
    }
    next.sort((a, b) => b.upper - a.upper);
    for (const { e, n, upper } of next) {
      if (upper < weakest() * (1 - 1e-9)) break;
      steps.push(e);
      onPath.add(e.to);
      visit(e.to, n);
      onPath.delete(e.to);
      steps.pop();
    }
  };
  for (const s of [...new Set(starts)].sort(compareIds)) {
    if (!hops.has(s)) continue;
    onPath.add(s);
    visit(s, 1);
    onPath.delete(s);
  }
  return found;
}
