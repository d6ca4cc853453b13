/**
 * Showing a graph: a bundle becomes the display graph, gets starting positions (cached, given, or
 * for small graphs a quick synchronous ForceAtlas2 pass with isolated nodes placed and overlaps
 * removed), a renderer, a layout worker and a filled filters panel. Large graphs are drawn nodes
 * first: their nodes are built, and after the first frame their edges added (as they are read,
 * for a bundle still being read: edge-loading.ts), a slice of time per task, the page answering
 * input between them; each later step is a task of its own. Also opening a file the user picked
 * or dropped. Performance marks (`newsgraph:*`) time each stage for the benchmark.
 * Does not: fetch the page's bundle (main.ts) or browse a store (store-browsing.ts).
 */
import type Sigma from 'sigma';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import type { BundleEdge, BundleNode, ViewerBundle } from '../../src/graph/bundle.js';
import type { ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
import type { DisplayGraph } from './display-graph.js';
import { $, status, type Viewer } from './app-state.js';
import { addDisplayNodes, applySizes, buildDisplayGraph, bundleSignature, createDisplayGraph, loadPositions, savePositions, signing } from './display-graph.js';
import { buildFilterPanel } from './filter-panel.js';
import { findPath, resolveFocusLink, showFocusDetails } from './focus.js';
import { fitCameraTo } from './camera-fit.js';
import { placedLabels } from './labels.js';
import { prepareLayout, stopLayoutWorker } from './layout-control.js';
import { loadFile } from './load.js';
import { FIRST_FRAME_NODES, LOD_EDGE_THRESHOLD, extentOf, nodesOnlyView } from './lod.js';
import { Slicer, addEdgesSliced, rankingLoadedEdges, rankingLoadedNodes, runSliced } from './edge-loading.js';
import { gatherFacets } from './facets.js';
import { softwareRendering } from './gpu.js';
import { createRenderer } from './render.js';
import { drawSelfLoops } from './self-loops.js';
import { placeIsolated, removeOverlaps } from './tidy-layout.js';
import { recompute, recomputeInSteps } from './visibility.js';
import { nextTask } from './next-task.js';

/**
 * Draw a bundle; `positions` (else the positions cache) places nodes already known. `moreEdges`
 * (a large bundle still being read, see bundle-loader.ts) brings the edges not yet in `b`.
 */
export function show(v: Viewer, b: ViewerBundle, positions?: Record<string, [number, number]>, moreEdges?: AsyncIterable<BundleEdge[]>): void {
  v.bundle = b;
  v.search = undefined;
  stopLayoutWorker(v);
  if (v.renderer) retire(v.renderer);
  const sizeBy = $<HTMLSelectElement>('size-by').value as 'degree' | 'pagerank';
  // large graphs are drawn nodes first; their edges follow in chunks, without blocking the page
  const largeGraph = moreEdges !== undefined || b.edges.length > LOD_EDGE_THRESHOLD;
  v.showCount++;
  if (v.lodTimer) clearTimeout(v.lodTimer);
  v.lod = largeGraph;
  v.nodeLod = largeGraph && b.nodes.length > v.nodeBudget;
  v.rankedEdges = [];
  v.rankedNodes = [];
  if (largeGraph) {
    showLarge(v, b, positions, sizeBy, moreEdges);
    return;
  }
  v.nodesByKey = new Map(b.nodes.map((n) => [n.key, n]));
  v.signature = bundleSignature(b);
  const cached = positions ?? loadPositions(v.signature);
  v.graph = buildDisplayGraph(b, sizeBy, cached);
  v.drawn = v.graph;
  performance.mark('newsgraph:graph-built');
  const settings = layoutSettings(v.graph);
  // a sensible start: without cached positions, small graphs get a synchronous ForceAtlas2 pass
  if (Object.keys(cached).length === 0 && v.graph.order > 0 && v.graph.order <= 3000) {
    forceAtlas2.assign(v.graph as never, { iterations: v.graph.order <= 300 ? 300 : 60, settings });
    placeIsolated(v.graph);
    removeOverlaps(v.graph, $('graph').getBoundingClientRect());
    placeIsolated(v.graph); // again: the no-overlap pass may have pushed them into the graph
    savePositions(v.signature, v.graph);
  }
  const painted = draw(v);
  void painted.then(() => performance.mark('newsgraph:first-render'));
  drawSelfLoops(v.renderer!, v.graph);
  prepareLayout(v, settings);
  buildFilterPanel(v);
  performance.mark('newsgraph:filters-built');
  recompute(v);
  finish(v);
}

/** ForceAtlas2's settings for a graph (Barnes–Hut above 500 nodes). */
const layoutSettings = (g: DisplayGraph): ForceAtlas2Settings => ({ ...forceAtlas2.inferSettings(g as never), barnesHutOptimize: g.order > 500 });

/**
 * A large graph: its nodes built and its renderer made in tasks of their own, the page answering
 * input meanwhile; then its edges a slice of time per task (see `show`).
 */
function showLarge(v: Viewer, b: ViewerBundle, positions: Record<string, [number, number]> | undefined, sizeBy: 'degree' | 'pagerank', moreEdges?: AsyncIterable<BundleEdge[]>): void {
  const shown = v.showCount;
  const alive = () => shown === v.showCount; // (false once another graph was opened)
  const target = (v.graph = createDisplayGraph());
  v.drawn = target; // (drawn by no renderer until its nodes are in)
  v.renderer = undefined;
  const byKey = (v.nodesByKey = new Map());
  v.signature = '';
  status(`Drawing ${b.nodes.length} nodes; ${moreEdges ? 'reading and adding the edges' : `adding ${b.edges.length} edges`}…`);
  void nextTask().then(async () => {
    const slicer = new Slicer(alive);
    // the records by key and the bundle's signature (for the positions cache) a slice of time per task too
    for (const _ of indexingNodes(byKey, b.nodes)) if (slicer.due() && !(await slicer.yield())) return;
    const signature = await runSliced(signing(b), slicer);
    if (signature === undefined) return;
    v.signature = signature;
    const cached = positions ?? loadPositions(signature);
    for (const _ of addDisplayNodes(target, b, cached)) if (slicer.due() && !(await slicer.yield())) return;
    // software WebGL pays for every drawn node: the first frame draws a sample, the rest follow
    const sample = nodesOnlyView(target, Math.min(v.nodeLod ? v.nodeBudget : Infinity, softwareRendering() ? FIRST_FRAME_NODES : Infinity));
    performance.mark('newsgraph:graph-built');
    if (!(await slicer.yield())) return;
    await draw(v, { sample, alive });
    performance.mark('newsgraph:first-render');
    // once the nodes are on screen: add the edges to the (undrawn) display graph a slice of time
    // per task, the page answering input between them; then draw the ones that matter (visibility.ts)
    const settings = layoutSettings(target);
    const loaded = await addEdgesSliced(target, b, moreEdges ?? [b.edges], moreEdges !== undefined, alive);
    if (!loaded) return;
    const after = new Slicer(alive);
    if (!(await gatherFacets(b, after))) return; // (for the filters panel)
    // ranks: sorted a slice of time per task
    const rankedEdges = await runSliced(rankingLoadedEdges(loaded), after);
    const rankedNodes = v.nodeLod ? await runSliced(rankingLoadedNodes(loaded), after) : [];
    if (!rankedEdges || !rankedNodes) return;
    // each step its own task, the page answering input between them
    const steps: Array<[string, () => unknown]> = [
      ['sizes', () => applySizes(target, sizeBy, loaded.degree)], // the nodes were sized before their edges were all known
      ['ranks', () => ([v.rankedEdges, v.rankedNodes] = [rankedEdges, rankedNodes])],
      ['self-loops', () => drawSelfLoops(v.renderer!, target, loaded.selfLoops)],
      ['edges-added', () => undefined],
      ['layout-prepared', () => prepareLayout(v, settings)],
      ['filters-panel', () => buildFilterPanel(v)],
    ];
    for (const [name, step] of steps) {
      await nextTask();
      if (shown !== v.showCount || !v.renderer) return;
      step();
      performance.mark(`newsgraph:${name}`);
    }
    performance.mark('newsgraph:filters-built');
    if (!(await recomputeInSteps(v, alive))) return;
    finish(v);
    status(`${b.nodes.length} nodes, ${b.edges.length} edges from ${b.documents.length} source(s); drawing up to ${v.edgeBudget} of them at a time (zoom in for all edges in view)`);
  });
}

/** Put each node record in `byKey`, yielding every few thousand. */
function* indexingNodes(byKey: Map<string, BundleNode>, nodes: readonly BundleNode[]): Generator<void, void> {
  for (let i = 0; i < nodes.length; i++) {
    byKey.set(nodes[i]!.key, nodes[i]!);
    if (i % 4096 === 4095) yield;
  }
}

/**
 * Kill the renderer of the graph being replaced so that nothing still holding it can draw with
 * it: a late refresh (a position sync or an event already queued) is a no-op, not an error
 * from its emptied programs ("could not find a suitable program").
 */
function retire(renderer: Sigma): void {
  renderer.kill();
  renderer.refresh = () => renderer;
  renderer.scheduleRender = () => renderer;
}

/**
 * The renderer for what `show` built, the focus from the link resolved first; resolves once its
 * first frame is on screen (sigma draws in its constructor; the frame is shown with the next
 * animation frame). A large graph's renderer is set up on an empty graph and given its `sample`
 * of nodes in the next task (unless `alive()` turned false): sigma's set-up and its first
 * processing of the nodes are two tasks.
 */
async function draw(v: Viewer, large?: { sample: DisplayGraph; alive: () => boolean }): Promise<void> {
  performance.mark('newsgraph:start-layout');
  resolveFocusLink(v);
  if (large) v.drawn = createDisplayGraph();
  const renderer = (v.renderer = createRenderer(v));
  performance.mark('newsgraph:sigma-created');
  if (large) {
    await nextTask();
    if (!large.alive()) return;
    // the camera frames the whole graph, not the nodes drawn now
    if (v.nodeLod) renderer.setCustomBBox(extentOf(v.graph));
    v.drawn = large.sample;
    renderer.setGraph(large.sample as never);
  } else if (v.nodeLod) renderer.setCustomBBox(extentOf(v.graph)).refresh();
  return new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

/**
 * Once all edges are in, the filters panel is filled and what is visible worked out (`recompute`,
 * for a large graph in steps): focus and path from the link; the viewer's parts for tests.
 */
function finish(v: Viewer): void {
  performance.mark('newsgraph:shown');
  if (v.state.focus) {
    showFocusDetails(v);
    fitCameraTo(v.renderer!, v.visibleNodes, 0);
  }
  if (v.state.path) findPath(v, v.state.path[0], v.state.path[1]);
  // for tests and the benchmark: the viewer's parts, read from the page
  (window as unknown as { newsgraph: unknown }).newsgraph = {
    graph: v.graph,
    get drawn() {
      return v.drawn; // (a large graph's changes as the camera moves)
    },
    renderer: v.renderer,
    bundle: v.bundle,
    state: v.state,
    layout: v.layout,
    actions: v.actions,
    findPath: (from: string, to: string) => findPath(v, from, to),
    visible: () => [...v.visibleNodes],
    placedLabels,
  };
  document.body.dataset.ready = 'true';
}

/** Open a file the user picked or dropped; `leaveStore` ends store browsing first. */
export async function openFile(v: Viewer, file: File, leaveStore: () => void): Promise<void> {
  try {
    status(`Reading ${file.name}…`);
    const opened = await loadFile(file);
    leaveStore();
    show(v, opened);
    status(`Opened ${file.name}`);
  } catch (err) {
    status(`Could not open ${file.name}: ${(err as Error).message}`);
  }
}
