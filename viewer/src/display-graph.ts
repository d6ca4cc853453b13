/**
 * Viewer bundle → the graphology graph sigma draws.
 *
 * Does: create one node per bundle node (label, colour by category, size, a starting position:
 * cached positions first, else a circle per category) and one edge per bundle edge (curved when
 * parallel edges share two nodes, label = predicate label with a badge saying how many publishers
 * support a fact, width growing with that number — support.ts), keeping the bundle records at hand —
 * in one go, or nodes first and edges later (large graphs are drawn before their edges exist).
 * Does not: touch the DOM.
 */
import { MultiDirectedGraph } from 'graphology';
import pagerank from 'graphology-metrics/centrality/pagerank.js';
import type { BundleCategory, BundleEdge, BundleNode, ViewerBundle } from '../../src/graph/bundle.js';
import { CATEGORY_COLORS } from './palette.js';
import { drain } from './next-task.js';
import { shortLabel } from './names.js';
import { publisherCount, supportLabel, supportWidth } from './support.js';

export { CATEGORY_COLORS } from './palette.js';

export interface NodeDisplay {
  /** The label drawn on the canvas (shortened, see names.ts). */
  label: string;
  /** The whole label, drawn on hover. */
  fullLabel: string;
  x: number;
  y: number;
  size: number;
  color: string;
  category: BundleCategory;
  hidden?: boolean;
  highlighted?: boolean;
  record: BundleNode;
}

export interface EdgeDisplay {
  label: string;
  size: number;
  color: string;
  type: 'straight' | 'curved';
  curvature?: number;
  parallelIndex?: number | null;
  parallelMaxIndex?: number | null;
  hidden?: boolean;
  record: BundleEdge;
}

export type DisplayGraph = MultiDirectedGraph<NodeDisplay, EdgeDisplay>;

const POSITIONS_KEY = 'newsgraph:positions:';

/** A short stable key of a bundle's node set, for the positions cache. */
export function bundleSignature(bundle: ViewerBundle): string {
  return drain(signing(bundle));
}

/** {@link bundleSignature}, yielding every few thousand nodes (for a caller that spreads the work over tasks). */
export function* signing(bundle: ViewerBundle): Generator<void, string> {
  let h = 2166136261;
  for (let k = 0; k < bundle.nodes.length; k++) {
    const key = bundle.nodes[k]!.key;
    for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 16777619);
    if (k % NODES_PER_SIGNING_YIELD === NODES_PER_SIGNING_YIELD - 1) yield;
  }
  return `${bundle.nodes.length}-${(h >>> 0).toString(36)}`;
}

/** Nodes hashed between the yields of {@link signing}. */
const NODES_PER_SIGNING_YIELD = 4096;

export function loadPositions(signature: string): Record<string, [number, number]> {
  try {
    return JSON.parse(localStorage.getItem(POSITIONS_KEY + signature) ?? '{}') as Record<string, [number, number]>;
  } catch {
    return {};
  }
}

export function savePositions(signature: string, graph: DisplayGraph): void {
  const pos: Record<string, [number, number]> = {};
  graph.forEachNode((k, a) => (pos[k] = [Math.round(a.x * 100) / 100, Math.round(a.y * 100) / 100]));
  try {
    localStorage.setItem(POSITIONS_KEY + signature, JSON.stringify(pos));
  } catch {
    /* storage full or disabled: layout is simply not cached */
  }
}

/** Build the display graph. `sizeBy` picks node size: degree or PageRank. */
export function buildDisplayGraph(bundle: ViewerBundle, sizeBy: 'degree' | 'pagerank', cached: Record<string, [number, number]>): DisplayGraph {
  const g = buildDisplayNodes(bundle, cached);
  addDisplayEdges(g, bundle.edges, bundle);
  finishDisplayEdges(g);
  applySizes(g, sizeBy);
  return g;
}

/**
 * The display graph's nodes alone, sized by their degree in the bundle, so a large graph can be
 * drawn before its edges are added ({@link addDisplayEdges}).
 */
export function buildDisplayNodes(bundle: ViewerBundle, cached: Record<string, [number, number]>): DisplayGraph {
  const g = createDisplayGraph();
  for (const _ of addDisplayNodes(g, bundle, cached));
  return g;
}

/** An empty display graph. */
export function createDisplayGraph(): DisplayGraph {
  return new MultiDirectedGraph({ allowSelfLoops: true });
}

/** Nodes added between the yields of {@link addDisplayNodes}. */
const NODES_PER_YIELD = 256;

/**
 * Add a bundle's nodes to an empty display graph (see {@link buildDisplayNodes}), yielding every
 * few hundred nodes so that a caller can let the page in between.
 */
export function* addDisplayNodes(g: DisplayGraph, bundle: ViewerBundle, cached: Record<string, [number, number]>): Generator<void, void> {
  const degree = new Map<string, number>();
  for (const e of bundle.edges) {
    degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
    degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
  }
  let maxDegree = 1;
  for (const d of degree.values()) if (d > maxDegree) maxDegree = d;
  const byCategory = new Map<BundleCategory, BundleNode[]>();
  for (const n of bundle.nodes) {
    const list = byCategory.get(n.category);
    if (list) list.push(n);
    else byCategory.set(n.category, [n]);
  }
  const categories = [...byCategory.keys()];
  const total = Math.max(1, bundle.nodes.length);
  for (let ci = 0; ci < categories.length; ci++) {
    const list = byCategory.get(categories[ci]!)!;
    // each category on its own arc of a circle: related kinds start near each other
    const a0 = (ci / categories.length) * 2 * Math.PI;
    const span = (list.length / total) * 2 * Math.PI;
    for (let i = 0; i < list.length; i++) {
      const n = list[i]!;
      const angle = a0 + (span * (i + 0.5)) / list.length;
      const r = 100 + 40 * Math.sin(i * 2.399);
      const [x, y] = cached[n.key] ?? [r * Math.cos(angle), r * Math.sin(angle)];
      g.addNode(n.key, { label: shortLabel(n.label), fullLabel: n.label, x, y, size: sizeOf(degree.get(n.key) ?? 0, maxDegree) + FRACTION, color: CATEGORY_COLORS[n.category], category: n.category, record: n });
      if (i % NODES_PER_YIELD === NODES_PER_YIELD - 1) yield;
    }
  }
}

/** Add bundle edges (between nodes the graph has; each once) to a display graph. */
export function addDisplayEdges(g: DisplayGraph, edges: readonly BundleEdge[], bundle: ViewerBundle): void {
  for (const e of edges) {
    if (!g.hasNode(e.source) || !g.hasNode(e.target) || g.hasEdge(e.key)) continue;
    g.addDirectedEdgeWithKey(e.key, e.source, e.target, edgeDisplay(bundle, e));
  }
}

/** How an edge is drawn: its relation's label with the support badge, width by support, colour by kind. */
export function edgeDisplay(bundle: ViewerBundle, e: BundleEdge): EdgeDisplay {
  const publishers = e.kind === 'fact' ? publisherCount(bundle, e) : 1;
  return {
    label: supportLabel(bundle.terms[e.predicate]?.label ?? e.predicate, publishers),
    size: supportWidth(e.kind === 'statement' ? 1 : 1.6, publishers),
    color: e.kind === 'fact' ? '#555' : e.kind === 'statement' ? '#E69F00' : '#aaa',
    type: 'straight',
    record: e,
  };
}

/** Once all edges are in (or for the edges drawn of a large graph): parallel edges between the same two nodes become distinct curves. */
export function finishDisplayEdges(g: DisplayGraph): void {
  drain(finishingDisplayEdges(g));
}

/** Edges looked at between the yields of {@link finishingDisplayEdges}. */
const EDGES_PER_YIELD = 1024;

/**
 * {@link finishDisplayEdges}, yielding every thousand edges or so. Parallel edges are indexed as
 * @sigma/edge-curve's `indexParallelEdgesIndex` indexes them (alone: none; alone in its direction
 * with edges the other way: 1 of 1; several one way: centred on 0; several both ways: 1 to n),
 * in one pass over the edges, set in place (sigma reads them on its next full refresh).
 */
export function* finishingDisplayEdges(g: DisplayGraph): Generator<void, void> {
  const directed = new Map<string, EdgeDisplay[]>();
  const between = new Map<string, number>();
  let i = 0;
  for (const { attributes, source, target } of g.edgeEntries()) {
    const pair = `${source}\u0000${target}`;
    const list = directed.get(pair);
    if (list) list.push(attributes);
    else directed.set(pair, [attributes]);
    const both = source < target ? pair : `${target}\u0000${source}`;
    between.set(both, (between.get(both) ?? 0) + 1);
    // self-loops: no edge program draws them; self-loops.ts draws a ring beside the node
    if (source === target) attributes.type = 'straight';
    if (++i % EDGES_PER_YIELD === 0) yield;
  }
  for (const [pair, list] of directed) {
    const [source, target] = pair.split('\u0000') as [string, string];
    const all = between.get(source < target ? pair : `${target}\u0000${source}`)!;
    const n = list.length;
    for (let k = 0; k < n; k++) {
      const a = list[k]!;
      if (n === 1 && all === 1) [a.parallelIndex, a.parallelMaxIndex] = [null, null];
      else if (n === 1) [a.parallelIndex, a.parallelMaxIndex] = [1, 1];
      else if (n === all) [a.parallelIndex, a.parallelMaxIndex] = [-(n - 1) / 2 + k, (n - 1) / 2];
      else [a.parallelIndex, a.parallelMaxIndex] = [k + 1, n];
      if (source === target) continue;
      if (a.parallelIndex !== null && a.parallelMaxIndex! > 0) {
        a.type = 'curved';
        a.curvature = 0.25 + (0.5 * a.parallelIndex) / a.parallelMaxIndex!;
      } else a.type = 'straight'; // (a large graph's edges are curved again for each drawn set, see lod.ts)
    }
    if (++i % EDGES_PER_YIELD === 0) yield;
  }
}

/**
 * Added to a node's first size so that it is never a whole number: V8 stores a field that starts
 * with whole numbers as such, and writing a fractional size later (applySizes) then migrates every
 * node's attribute object — a second or two and much garbage for a large graph, whose nodes are
 * all sized 4 before their edges are known.
 */
const FRACTION = 2 ** -20;

/** Node size for a score (degree or PageRank) against the largest: 4 to 18 pixels. */
function sizeOf(score: number, max: number): number {
  return 4 + 14 * Math.sqrt(score / max);
}

/**
 * Size nodes by degree or PageRank, between 4 and 18 pixels (one update event for all of them);
 * `degrees` (by node, in the graph's order) saves asking the graph for each node's degree.
 */
export function applySizes(g: DisplayGraph, by: 'degree' | 'pagerank', degrees?: ArrayLike<number>): void {
  const score = new Float64Array(g.order);
  if (by === 'pagerank' && g.size > 0) {
    const ranks = pagerank(g, { getEdgeWeight: null });
    let i = 0;
    g.forEachNode((k) => (score[i++] = ranks[k] ?? 0));
  } else if (degrees) score.set(degrees);
  else {
    let i = 0;
    g.forEachNode((n) => (score[i++] = g.degree(n)));
  }
  let max = 1e-9;
  for (const v of score) if (v > max) max = v;
  let i = 0;
  g.updateEachNodeAttributes(
    (_n, a) => {
      a.size = sizeOf(score[i++]!, max);
      return a;
    },
    { attributes: ['size'] },
  );
}
