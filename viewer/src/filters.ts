/**
 * The viewer's filters: which nodes and edges pass the view's filters, and the ego network of a
 * focused node over what passes. Pure functions of the view state and the display graph.
 * Does not: hold state or draw (main.ts does).
 */
import type { BundleEdge, BundleNode } from '../../src/graph/bundle.js';
import type { DisplayGraph } from './display-graph.js';
import type { ViewState } from './view-state.js';

/** Does a node pass the class, source and date filters? */
export function passesFilters(state: ViewState, n: BundleNode): boolean {
  if (state.hiddenCategories.has(n.category)) return false;
  if (state.source && !n.sources.includes(state.source) && n.category !== 'Other') return false;
  if (state.until && n.date && n.date.earliest > state.until) return false;
  return true;
}

/** Does an edge pass the kind, relation, source and date filters? */
export function edgePasses(state: ViewState, e: BundleEdge): boolean {
  if (e.kind === 'fact' && !state.showFacts) return false;
  if (e.kind === 'statement' && !state.showStatements) return false;
  if (e.kind === 'background' && !state.showBackground) return false;
  if (state.predicates.size && !state.predicates.has(e.predicate)) return false;
  if (state.source && !e.sources.includes(state.source)) return false;
  if (state.until && e.date && e.date.earliest > state.until) return false;
  return true;
}

/** Nodes within `depth` hops of `center`, over edges that pass the filters. */
export function ego(state: ViewState, graph: DisplayGraph, center: string, depth: number): Set<string> {
  const seen = new Set([center]);
  let frontier = [center];
  for (let d = 0; d < depth; d++) {
    const next: string[] = [];
    for (const n of frontier) {
      graph.forEachEdge(n, (edge, attrs, s, t) => {
        if (!edgePasses(state, attrs.record)) return;
        const other = s === n ? t : s;
        if (!seen.has(other) && passesFilters(state, graph.getNodeAttribute(other, 'record'))) {
          seen.add(other);
          next.push(other);
        }
      });
    }
    frontier = next;
  }
  return seen;
}
