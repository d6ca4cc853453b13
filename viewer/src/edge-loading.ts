/**
 * Adding a large graph's edges to its display graph without blocking the page: a few
 * milliseconds of work per task (checked every few hundred edges), the page answering input and
 * painting between tasks, however the edges arrive (read from the bundle as they are added, or
 * already in it). As the edges go in, what the steps after them need is recorded on the side —
 * each endpoint's degree, the edges' keys and endpoints in the graph's order, the self-loops — so
 * sizes and ranks come from typed arrays instead of a walk over half a million edges; the ranks
 * are sorted a slice of time per task too (`runSliced` runs any such work that yields now and then).
 * Does not: decide which edges are drawn (lod.ts, visibility.ts) or read the bundle (bundle-loader.ts).
 */
import type { BundleEdge, ViewerBundle } from '../../src/graph/bundle.js';
import { dictionaryAdjacency } from '../../src/graph/project.js';
import { edgeDisplay, type DisplayGraph } from './display-graph.js';
import { PER_YIELD, edgeScore, inOrder, orderDescending } from './lod.js';
import { drain, nextTask } from './next-task.js';

/** Work per task (ms) before the page gets its turn; garbage collection comes on top. */
export const SLICE_MS = 8;
/** How many edges are added between looks at the clock. */
const CHECK_EVERY = 128;

/** What was recorded while a large graph's edges went in. */
export interface LoadedEdges {
  /** Node keys in the graph's order (a node's ordinal is its index here). */
  nodes: string[];
  /** Degree by node ordinal (a self-loop counts twice, as graphology counts it). */
  degree: Uint32Array;
  /** Edge keys in the graph's order, with their endpoints' ordinals. */
  keys: string[];
  sources: number[];
  targets: number[];
  /** Keys of the edges from a node to itself. */
  selfLoops: string[];
}

/** A clock for time-sliced work: `due()` is true once the slice is used up; `yield()` starts the next one in a new task. */
export class Slicer {
  private until = performance.now() + SLICE_MS;
  /** `alive` says whether the work is still wanted (another graph may have replaced this one). */
  constructor(private readonly alive: () => boolean) {}
  /** Tasks started so far. */
  tasks = 1;
  due(): boolean {
    return performance.now() > this.until;
  }
  /** Yield to the page; resolves false when the work is no longer wanted. */
  async yield(): Promise<boolean> {
    await nextTask();
    this.tasks++;
    this.until = performance.now() + SLICE_MS;
    return this.alive();
  }
}

/**
 * Add `chunks` of edges (each once, between nodes the graph has) to `graph`, a slice of time per
 * task; `intoBundle` also appends them to `bundle.edges` (edges read as they are added). Resolves
 * to what was recorded, or undefined when `alive()` turned false on the way.
 */
export async function addEdgesSliced(graph: DisplayGraph, bundle: ViewerBundle, chunks: AsyncIterable<BundleEdge[]> | Iterable<BundleEdge[]>, intoBundle: boolean, alive: () => boolean): Promise<LoadedEdges | undefined> {
  const slicer = new Slicer(alive);
  const nodes = graph.nodes();
  const ordinal = new Map<string, number>();
  for (let i = 0; i < nodes.length; i++) {
    ordinal.set(nodes[i]!, i);
    dictionaryAdjacency(graph, nodes[i]!); // (graphology fills plain objects slowly: see there)
    if (i % CHECK_EVERY === 0 && slicer.due() && !(await slicer.yield())) return undefined;
  }
  const loaded: LoadedEdges = { nodes, degree: new Uint32Array(nodes.length), keys: [], sources: [], targets: [], selfLoops: [] };
  const time = { readMs: 0, addMs: 0, tasks: slicer.tasks };
  const it = Symbol.asyncIterator in chunks ? chunks[Symbol.asyncIterator]() : chunks[Symbol.iterator]();
  for (;;) {
    let t = performance.now();
    const next = await it.next();
    time.readMs += performance.now() - t;
    if (next.done) break;
    const chunk = next.value;
    t = performance.now();
    for (let i = 0; i < chunk.length; i++) {
      const e = chunk[i]!;
      if (intoBundle) bundle.edges.push(e);
      addEdge(graph, bundle, e, ordinal, loaded);
      if (i % CHECK_EVERY === CHECK_EVERY - 1 && slicer.due()) {
        time.addMs += performance.now() - t;
        if (!(await slicer.yield())) return undefined;
        t = performance.now();
      }
    }
    time.addMs += performance.now() - t;
    if (slicer.due() && !(await slicer.yield())) return undefined;
  }
  // for the benchmark: time spent reading (parsing, or the edge table) and adding (the graph, display attributes, records)
  performance.mark('newsgraph:edges-read', { detail: { ...time, tasks: slicer.tasks - time.tasks } });
  return loaded;
}

/** Add one edge and record it; an edge whose ends are missing or that is in the graph already is left out. */
function addEdge(graph: DisplayGraph, bundle: ViewerBundle, e: BundleEdge, ordinal: Map<string, number>, loaded: LoadedEdges): void {
  const s = ordinal.get(e.source);
  const t = ordinal.get(e.target);
  if (s === undefined || t === undefined) return;
  try {
    graph.addDirectedEdgeWithKey(e.key, e.source, e.target, edgeDisplay(bundle, e));
  } catch (err) {
    if (graph.hasEdge(e.key)) return; // (asking first would hash every new key twice)
    throw err;
  }
  loaded.degree[s]!++;
  loaded.degree[t]!++;
  loaded.keys.push(e.key);
  loaded.sources.push(s);
  loaded.targets.push(t);
  if (s === t) loaded.selfLoops.push(e.key);
}

/** Node keys, best connected first (ties in the graph's order): `rankNodes` from the recorded degrees. */
export function rankLoadedNodes(loaded: LoadedEdges): string[] {
  return drain(rankingLoadedNodes(loaded));
}

/** {@link rankLoadedNodes}, yielding now and then (see {@link runSliced}). */
export function* rankingLoadedNodes(loaded: LoadedEdges): Generator<void, string[]> {
  return yield* inOrder(loaded.nodes, yield* orderDescending(Float64Array.from(loaded.degree)));
}

/** Edge keys, most telling first (ties in the graph's order): `rankEdges` from the recorded degrees. */
export function rankLoadedEdges(loaded: LoadedEdges): string[] {
  return drain(rankingLoadedEdges(loaded));
}

/** {@link rankLoadedEdges}, yielding now and then (see {@link runSliced}). */
export function* rankingLoadedEdges(loaded: LoadedEdges): Generator<void, string[]> {
  const { degree, sources, targets, keys } = loaded;
  const score = new Float64Array(keys.length);
  for (let i = 0; i < keys.length; i++) {
    score[i] = edgeScore(degree[sources[i]!]!, degree[targets[i]!]!);
    if (i % PER_YIELD === PER_YIELD - 1) yield;
  }
  return yield* inOrder(keys, yield* orderDescending(score));
}

/** Run work that yields now and then a slice of time per task; undefined when the slicer's work is no longer wanted. */
export async function runSliced<T>(work: Generator<void, T>, slicer: Slicer): Promise<T | undefined> {
  for (;;) {
    const r = work.next();
    if (r.done) return r.value;
    if (slicer.due() && !(await slicer.yield())) return undefined;
  }
}
