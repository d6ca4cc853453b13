/**
 * Level of detail for large graphs. With software WebGL every drawn edge costs fill time on each
 * frame (50k long edges take seconds per frame), so sigma draws a second graph that shares the
 * display graph's nodes (the same attribute objects) but holds only a bounded set of edges: the
 * best ranked edges among those that pass the filters and touch a node in view, path and focus
 * edges first. Zooming in brings every edge of the nodes in view within the budget. A graph of
 * more nodes than the node budget gets the same for its nodes (sigma processes every drawn node on
 * each refresh): the focus, its neighbourhood and the path first, then the best connected nodes in
 * view; the camera keeps the whole graph's extent, so the picture does not jump as nodes come and go.
 *
 * Does: rank nodes and edges, pick the drawn sets, and make the graph of them that sigma draws —
 * each also as work that yields now and then, for a caller that spreads it over tasks.
 * Does not: decide what passes the filters or listen to the camera (visibility.ts, render.ts do).
 */
import { MultiDirectedGraph } from 'graphology';
import { dictionaryAdjacency } from '../../src/graph/project.js';
import { finishingDisplayEdges, type DisplayGraph } from './display-graph.js';
import { drain } from './next-task.js';

/** Graphs with more edges than this are drawn with a level of detail. */
export const LOD_EDGE_THRESHOLD = 5000;
/** Edges drawn at most at a time, unless `?edges=N` in the page URL says otherwise. */
export const DEFAULT_EDGE_BUDGET = 3000;
/** Nodes drawn at most at a time, unless `?nodes=N` in the page URL says otherwise. */
export const DEFAULT_NODE_BUDGET = 20_000;
/** The same with software WebGL (gpu.ts), where each drawn node costs the page's time on every frame. */
export const SOFTWARE_NODE_BUDGET = 5000;
/** With software WebGL, the first frame of a large graph draws at most this many nodes; the rest follow with its edges. */
export const FIRST_FRAME_NODES = 2000;

/**
 * A graph for sigma with the display graph's nodes (attributes shared, not copied) and no edges:
 * all of them, or when there are more than `budget`, an even sample of them (their edges, and so
 * their ranks, are not known yet).
 */
export function nodesOnlyView(model: DisplayGraph, budget = Infinity): DisplayGraph {
  const drawn: DisplayGraph = new MultiDirectedGraph({ allowSelfLoops: true });
  const step = model.order > budget ? model.order / budget : 1;
  let i = 0;
  let next = 0;
  model.forEachNode((key, attributes) => {
    if (i++ >= next) {
      drawn.addNode(key, attributes);
      next += step;
    }
  });
  return drawn;
}

/** Node keys, best connected first (ties in the graph's order). */
export function rankNodes(model: DisplayGraph): string[] {
  const keys = model.nodes();
  const score = new Float64Array(keys.length);
  keys.forEach((k, i) => (score[i] = model.degree(k)));
  return drain(inOrder(keys, descendingOrder(score)));
}

/** The extent of all of a graph's nodes, for sigma's camera (see `setCustomBBox`). */
export function extentOf(model: DisplayGraph): { x: [number, number]; y: [number, number] } {
  let [x0, x1, y0, y1] = [Infinity, -Infinity, Infinity, -Infinity];
  model.forEachNode((_k, a) => {
    if (a.x < x0) x0 = a.x;
    if (a.x > x1) x1 = a.x;
    if (a.y < y0) y0 = a.y;
    if (a.y > y1) y1 = a.y;
  });
  return x0 <= x1 ? { x: [x0, x1], y: [y0, y1] } : { x: [0, 1], y: [0, 1] };
}

/** Edge keys, most telling first: edges between well-connected nodes carry the structure (ties in the graph's order). */
export function rankEdges(model: DisplayGraph): string[] {
  const degree = new Map<string, number>();
  model.forEachNode((k) => degree.set(k, model.degree(k)));
  const keys: string[] = new Array<string>(model.size);
  const score = new Float64Array(model.size);
  let i = 0;
  model.forEachEdge((edge, _a, source, target) => {
    score[i] = edgeScore(degree.get(source)!, degree.get(target)!);
    keys[i++] = edge;
  });
  return drain(inOrder(keys, descendingOrder(score)));
}

/** An edge's rank score from its ends' degrees: the smaller degree first, then the sum (capped so that the score stays a small integer). */
export function edgeScore(s: number, t: number): number {
  return Math.min(s, t, MAX_MIN_DEGREE) * (MAX_DEGREE_SUM + 1) + Math.min(s + t, MAX_DEGREE_SUM);
}

const MAX_MIN_DEGREE = 2 ** 16 - 1;
const MAX_DEGREE_SUM = 2 ** 17 - 1; // (the largest score stays below 2^34: sorted by digits, see orderDescending)

/** Indices of `score`, highest first, ties in index order (see {@link orderDescending}). */
export function descendingOrder(score: Float64Array): Uint32Array {
  return drain(orderDescending(score));
}

/** Elements handled between the yields of the sliced sorts and rankings. */
export const PER_YIELD = 32_768;
const DIGIT_BITS = 12;
const DIGITS = 2 ** DIGIT_BITS;
/** Whole scores below this are sorted by digits (three passes of {@link DIGIT_BITS} bits). */
const RADIX_LIMIT = 2 ** (3 * DIGIT_BITS);

/**
 * Indices of `score`, highest first, ties in index order, yielding every {@link PER_YIELD}
 * elements so that a caller can spread the work over tasks. Whole scores (as ranks have) are
 * sorted by a stable radix sort on their digits, highest first, in a few passes over typed
 * arrays; others in one comparator sort.
 */
export function* orderDescending(score: Float64Array): Generator<void, Uint32Array> {
  const n = score.length;
  for (let i = 0; i < n; i++) {
    const v = score[i]!;
    if (!(v >= 0 && v < RADIX_LIMIT && Number.isInteger(v))) {
      const order = Uint32Array.from({ length: n }, (_, k) => k);
      return order.sort((a, b) => score[b]! - score[a]! || a - b);
    }
    if (i % PER_YIELD === PER_YIELD - 1) yield;
  }
  let order = new Uint32Array(n);
  let next = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  const start = new Uint32Array(DIGITS);
  // least significant digit first; each pass stable, so ties keep index order
  for (let pass = 0, unit = 1; pass < 3; pass++, unit *= DIGITS) {
    // (the complement of the digit: ascending by it is descending by the score)
    const digit = (v: number) => DIGITS - 1 - (Math.floor(v / unit) % DIGITS);
    start.fill(0);
    for (let i = 0; i < n; i++) {
      start[digit(score[i]!)]!++;
      if (i % PER_YIELD === PER_YIELD - 1) yield;
    }
    for (let d = 0, sum = 0; d < DIGITS; d++) {
      const c = start[d]!;
      start[d] = sum;
      sum += c;
    }
    for (let k = 0; k < n; k++) {
      const i = order[k]!;
      next[start[digit(score[i]!)]!++] = i;
      if (k % PER_YIELD === PER_YIELD - 1) yield;
    }
    [order, next] = [next, order];
  }
  return order;
}

/** `keys` in the order of `order`, yielding every {@link PER_YIELD} keys. */
export function* inOrder(keys: readonly string[], order: Uint32Array): Generator<void, string[]> {
  const out = new Array<string>(order.length);
  for (let k = 0; k < order.length; k++) {
    out[k] = keys[order[k]!]!;
    if (k % PER_YIELD === PER_YIELD - 1) yield;
  }
  return out;
}

/**
 * Pick up to `budget` nodes or edges: those of `first` that pass `acceptFirst` (as long as the
 * budget lasts), then the ranked ones that pass `accept`.
 */
export function pickBest(ranked: readonly string[], budget: number, accept: (edge: string) => boolean, first: Iterable<string> = [], acceptFirst = accept): string[] {
  return drain(picking(ranked, budget, accept, first, acceptFirst));
}

/** Looks between the yields of {@link picking} and {@link buildingDrawnView} (each look costs a few lookups). */
const LOOKS_PER_YIELD = 1024;

/** {@link pickBest}, yielding now and then (a filtered view may look at many ranked items before the budget fills). */
export function* picking(ranked: readonly string[], budget: number, accept: (edge: string) => boolean, first: Iterable<string> = [], acceptFirst = accept): Generator<void, string[]> {
  const picked = new Set<string>();
  for (const e of first) {
    if (picked.size >= budget) break;
    if (acceptFirst(e)) picked.add(e);
  }
  for (let i = 0; i < ranked.length && picked.size < budget; i++) {
    const e = ranked[i]!;
    if (!picked.has(e) && accept(e)) picked.add(e);
    if (i % LOOKS_PER_YIELD === LOOKS_PER_YIELD - 1) yield;
  }
  return [...picked];
}

/** True when `drawn` holds exactly `nodes` and `edges`. */
export function holds(drawn: DisplayGraph, nodes: readonly string[], edges: readonly string[]): boolean {
  return drawn.order === nodes.length && drawn.size === edges.length && nodes.every((n) => drawn.hasNode(n)) && edges.every((e) => drawn.hasEdge(e));
}

/**
 * A new graph for sigma of `nodes` and `edges` (keys of `model`; an edge's ends among `nodes`),
 * attributes shared with `model`, parallel edges among them curved. A renderer is given it with
 * `setGraph` (one full refresh): changing the graph sigma draws item by item costs sigma an update
 * per item (and a whole refresh per dropped node).
 */
export function drawnView(model: DisplayGraph, nodes: readonly string[], edges: readonly string[]): DisplayGraph {
  return drain(buildingDrawnView(model, nodes, edges));
}

/** {@link drawnView}, yielding now and then. */
export function* buildingDrawnView(model: DisplayGraph, nodes: readonly string[], edges: readonly string[]): Generator<void, DisplayGraph> {
  const drawn: DisplayGraph = new MultiDirectedGraph({ allowSelfLoops: true });
  for (let i = 0; i < nodes.length; i++) {
    drawn.addNode(nodes[i]!, model.getNodeAttributes(nodes[i]!));
    dictionaryAdjacency(drawn, nodes[i]!); // (graphology fills plain objects slowly: see there)
    if (i % LOOKS_PER_YIELD === LOOKS_PER_YIELD - 1) yield;
  }
  for (let i = 0; i < edges.length; i++) {
    const e = edges[i]!;
    drawn.addDirectedEdgeWithKey(e, model.source(e), model.target(e), model.getEdgeAttributes(e));
    if (i % LOOKS_PER_YIELD === LOOKS_PER_YIELD - 1) yield;
  }
  yield* finishingDisplayEdges(drawn);
  return drawn;
}
