/**
 * The viewer's filters: which nodes and edges pass the view's filters (class, kind, relation,
 * source — one document or all of a publisher's —, support by at least N publishers, date), and
 * the ego network of a focused node over what passes. Compiled once per filter change and bundle
 * ({@link compileFilters}), so the per-item tests are cheap on large graphs.
 * Does not: hold state or draw (visibility.ts applies them).
 */
import type { BundleEdge, BundleNode, ViewerBundle } from '../../src/graph/bundle.js';
import type { DisplayGraph } from './display-graph.js';
import type { ViewState } from './view-state.js';
import { publisherCount } from './support.js';
import { sourceMatcher } from './source-filter.js';

/** The view's filters as tests on bundle records. */
export interface CompiledFilters {
  /** Does a node pass the class, source and date filters? */
  node(n: BundleNode): boolean;
  /** Does an edge pass the kind, relation, source, support and date filters? */
  edge(e: BundleEdge): boolean;
  /** True when no filter is set that could reject a node (so none need be asked about). */
  everyNode: boolean;
  /** The same for edges. */
  everyEdge: boolean;
}

/** The filters of `state` for the records of `bundle`. */
export function compileFilters(state: ViewState, bundle: ViewerBundle): CompiledFilters {
  const inSource = sourceMatcher(bundle, state.source);
  const everyNode = state.hiddenCategories.size === 0 && !state.source && !state.until;
  const everyEdge = state.showFacts && state.showStatements && state.showBackground && state.predicates.size === 0 && !state.source && state.minSources <= 1 && !state.until;
  return {
    everyNode,
    everyEdge,
    node(n) {
      if (state.hiddenCategories.has(n.category)) return false;
      if (state.source && !inSource(n.sources) && n.category !== 'Other') return false;
      if (state.until && n.date && n.date.earliest > state.until) return false;
      return true;
    },
    edge(e) {
      if (e.kind === 'fact' && !state.showFacts) return false;
      if (e.kind === 'statement' && !state.showStatements) return false;
      if (e.kind === 'background' && !state.showBackground) return false;
      if (state.predicates.size && !state.predicates.has(e.predicate)) return false;
      if (state.source && !inSource(e.sources)) return false;
      if (state.minSources > 1 && e.kind === 'fact' && publisherCount(bundle, e) < state.minSources) return false;
      if (state.until && e.date && e.date.earliest > state.until) return false;
      return true;
    },
  };
}

/** Nodes within `depth` hops of `center`, over edges that pass the filters. */
export function ego(filters: CompiledFilters, graph: DisplayGraph, center: string, depth: number): Set<string> {
  const seen = new Set([center]);
  let frontier = [center];
  for (let d = 0; d < depth; d++) {
    const next: string[] = [];
    for (const n of frontier) {
      graph.forEachEdge(n, (_edge, attrs, s, t) => {
        if (!filters.edge(attrs.record)) return;
        const other = s === n ? t : s;
        if (!seen.has(other) && filters.node(graph.getNodeAttribute(other, 'record'))) {
          seen.add(other);
          next.push(other);
        }
      });
    }
    frontier = next;
  }
  return seen;
}
