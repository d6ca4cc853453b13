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
 * Does: rank nodes and edges, pick the drawn sets, and replace the drawn graph's nodes and edges.
 * Does not: decide what passes the filters or listen to the camera (visibility.ts, render.ts do).
 */
import { MultiDirectedGraph } from 'graphology';
import { finishDisplayEdges, type DisplayGraph } from './display-graph.js';

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

/** Draw every node of `model` (those not drawn yet are added; attributes shared). */
export function drawAllNodes(drawn: DisplayGraph, model: DisplayGraph): void {
  model.forEachNode((key, attributes) => {
    if (!drawn.hasNode(key)) drawn.addNode(key, attributes);
  });
}

/** Node keys, best connected first (ties in the graph's order). */
export function rankNodes(model: DisplayGraph): string[] {
  const keys = model.nodes();
  const score = new Float64Array(keys.length);
  keys.forEach((k, i) => (score[i] = model.degree(k)));
  return Array.from(descendingOrder(score), (i) => keys[i]!);
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

/**
 * Make `nodes` (keys of `model`) the drawn graph's nodes (its edges go when they change). The
 * graph is cleared and filled again rather than nodes dropped one by one: sigma answers every
 * dropped node with a refresh of the whole graph.
 */
export function setDrawnNodes(drawn: DisplayGraph, model: DisplayGraph, nodes: readonly string[]): void {
  if (drawn.order === nodes.length && nodes.every((k) => drawn.hasNode(k))) return;
  drawn.clear();
  for (const k of nodes) if (!drawn.hasNode(k)) drawn.addNode(k, model.getNodeAttributes(k));
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
  return Array.from(descendingOrder(score), (j) => keys[j]!);
}

/** An edge's rank score from its ends' degrees: the smaller degree first, then the sum (capped so that the score stays a small integer). */
export function edgeScore(s: number, t: number): number {
  return Math.min(s, t, MAX_MIN_DEGREE) * (MAX_DEGREE_SUM + 1) + Math.min(s + t, MAX_DEGREE_SUM);
}

const MAX_MIN_DEGREE = 2 ** 16 - 1;
const MAX_DEGREE_SUM = 2 ** 17 - 1;

/**
 * Indices of `score`, highest first, ties in index order. Whole scores that fit are packed with
 * their index into one number and sorted natively (a sort with a comparator takes seconds for
 * half a million edges); others are sorted with a comparator.
 */
export function descendingOrder(score: Float64Array): Uint32Array {
  const n = score.length;
  const order = new Uint32Array(n);
  const slots = 2 ** Math.ceil(Math.log2(n + 1));
  let max = 0;
  let whole = true;
  for (let i = 0; i < n; i++) {
    const v = score[i]!;
    if (v > max) max = v;
    if (!(v >= 0 && Number.isInteger(v))) whole = false;
  }
  if (!whole || (max + 1) * slots > Number.MAX_SAFE_INTEGER) {
    for (let i = 0; i < n; i++) order[i] = i;
    return order.sort((a, b) => score[b]! - score[a]! || a - b);
  }
  // ascending by score, then by reversed index: read backwards, highest score first, ties by index
  const packed = new Float64Array(n);
  for (let i = 0; i < n; i++) packed[i] = score[i]! * slots + (slots - 1 - i);
  packed.sort();
  for (let k = 0; k < n; k++) order[k] = slots - 1 - (packed[n - 1 - k]! % slots);
  return order;
}

/**
 * Pick up to `budget` nodes or edges: those of `first` that pass `acceptFirst` (as long as the
 * budget lasts), then the ranked ones that pass `accept`.
 */
export function pickBest(ranked: readonly string[], budget: number, accept: (edge: string) => boolean, first: Iterable<string> = [], acceptFirst = accept): string[] {
  const picked = new Set<string>();
  for (const e of first) {
    if (picked.size >= budget) break;
    if (acceptFirst(e)) picked.add(e);
  }
  for (let i = 0; i < ranked.length && picked.size < budget; i++) {
    const e = ranked[i]!;
    if (!picked.has(e) && accept(e)) picked.add(e);
  }
  return [...picked];
}

/**
 * Make `edges` (keys of `model`) the drawn graph's edges; attributes are shared with `model`.
 * Parallel edges among them are curved first (on a scratch graph of just these edges: indexing
 * the parallel edges of the whole large graph takes seconds in one piece).
 */
export function setDrawnEdges(drawn: DisplayGraph, model: DisplayGraph, edges: readonly string[]): void {
  if (drawn.size === edges.length && edges.every((e) => drawn.hasEdge(e))) return;
  const scratch: DisplayGraph = new MultiDirectedGraph({ allowSelfLoops: true });
  for (const e of edges) {
    const [s, t] = [model.source(e), model.target(e)];
    scratch.mergeNode(s);
    scratch.mergeNode(t);
    scratch.addDirectedEdgeWithKey(e, s, t, model.getEdgeAttributes(e));
  }
  finishDisplayEdges(scratch);
  drawn.clearEdges();
  for (const e of edges) drawn.addDirectedEdgeWithKey(e, model.source(e), model.target(e), model.getEdgeAttributes(e));
}
