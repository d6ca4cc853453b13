/**
 * Level of detail for large graphs. With software WebGL every drawn edge costs fill time on each
 * frame (50k long edges take seconds per frame), so sigma draws a second graph that shares the
 * display graph's nodes (the same attribute objects) but holds only a bounded set of edges: the
 * best ranked edges among those that pass the filters and touch a node in view, path and focus
 * edges first. Zooming in brings every edge of the nodes in view within the budget.
 *
 * Does: rank edges, pick the drawn set, and replace the drawn graph's edges. Does not: decide
 * what passes the filters or listen to the camera (main.ts does).
 */
import { MultiDirectedGraph } from 'graphology';
import type { DisplayGraph } from './display-graph.js';

/** Graphs with more edges than this are drawn with a level of detail. */
export const LOD_EDGE_THRESHOLD = 5000;
/** Edges drawn at most at a time, unless `?edges=N` in the page URL says otherwise. */
export const DEFAULT_EDGE_BUDGET = 3000;

/** A graph for sigma with the display graph's nodes (attributes shared, not copied) and no edges. */
export function nodesOnlyView(model: DisplayGraph): DisplayGraph {
  const drawn: DisplayGraph = new MultiDirectedGraph({ allowSelfLoops: true });
  model.forEachNode((key, attributes) => drawn.addNode(key, attributes));
  return drawn;
}

/** Edge keys, most telling first: edges between well-connected nodes carry the structure. */
export function rankEdges(model: DisplayGraph): string[] {
  const keys: string[] = [];
  const score: number[] = [];
  model.forEachEdge((edge, _a, source, target) => {
    keys.push(edge);
    score.push(Math.min(model.degree(source), model.degree(target)) * 1e6 + model.degree(source) + model.degree(target));
  });
  const order = keys.map((_k, i) => i).sort((a, b) => score[b]! - score[a]!);
  return order.map((i) => keys[i]!);
}

/**
 * Pick up to `budget` edges: the edges of `first` that pass `acceptFirst` (as long as the budget
 * lasts), then the ranked edges that pass `accept`.
 */
export function pickEdges(ranked: readonly string[], budget: number, accept: (edge: string) => boolean, first: Iterable<string> = [], acceptFirst = accept): string[] {
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

/** Make `edges` (keys of `model`) the drawn graph's edges; attributes are shared with `model`. */
export function setDrawnEdges(drawn: DisplayGraph, model: DisplayGraph, edges: readonly string[]): void {
  if (drawn.size === edges.length && edges.every((e) => drawn.hasEdge(e))) return;
  drawn.clearEdges();
  for (const e of edges) drawn.addDirectedEdgeWithKey(e, model.source(e), model.target(e), model.getEdgeAttributes(e));
}
