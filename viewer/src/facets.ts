/**
 * What the filters panel offers for a bundle: the relations its edges use and the dates its nodes
 * and edges carry. Gathered once per bundle (and again if the bundle grew), for a large bundle a
 * slice of time per task while the page answers input.
 * Does not: build the panel (filter-panel.ts).
 */
import type { ViewerBundle } from '../../src/graph/bundle.js';
import type { Slicer } from './edge-loading.js';

/** Predicate IRIs and earliest dates in a bundle (unsorted). */
export interface Facets {
  predicates: Set<string>;
  dates: Set<string>;
}

const cache = new WeakMap<ViewerBundle, Facets & { nodes: number; edges: number }>();
const CHECK_EVERY = 1024;

/** The facets of `bundle`, gathered now unless known. */
export function facetsOf(bundle: ViewerBundle): Facets {
  const known = cache.get(bundle);
  if (known && known.nodes === bundle.nodes.length && known.edges === bundle.edges.length) return known;
  const it = gather(bundle);
  for (let r = it.next(); !r.done; r = it.next());
  return cache.get(bundle)!;
}

/** Gather the facets of `bundle` a slice at a time (see {@link facetsOf}); false when the work was given up. */
export async function gatherFacets(bundle: ViewerBundle, slicer: Slicer): Promise<boolean> {
  for (const _ of gather(bundle)) if (slicer.due() && !(await slicer.yield())) return false;
  return true;
}

function* gather(bundle: ViewerBundle): Generator<void, void> {
  const facets = { predicates: new Set<string>(), dates: new Set<string>(), nodes: bundle.nodes.length, edges: bundle.edges.length };
  const { nodes, edges } = bundle;
  for (let i = 0; i < nodes.length; i++) {
    const d = nodes[i]!.date;
    if (d) facets.dates.add(d.earliest);
    if (i % CHECK_EVERY === 0) yield;
  }
  for (let i = 0; i < edges.length; i++) {
    const e = edges[i]!;
    facets.predicates.add(e.predicate);
    if (e.date) facets.dates.add(e.date.earliest);
    if (i % CHECK_EVERY === 0) yield;
  }
  cache.set(bundle, facets);
}
