/**
 * What is shown: after a change of focus, filter or path, which nodes and edges pass (the ego
 * network of the focus over what passes the filters), whether the reducers need to style at all,
 * the status line and the deep link; and for large graphs which nodes and edges sigma draws now
 * (lod.ts: path and focus first, then the best ranked in view; no edges while the layout runs),
 * given to sigma as a new graph; after a large graph is loaded, all that in steps of a task each.
 * Does not: decide what the filters are (filters.ts, view-state.ts) or style items (render.ts).
 */
import { $, status, type Viewer } from './app-state.js';
import { compileFilters, ego } from './filters.js';
import { Slicer, runSliced } from './edge-loading.js';
import { buildingDrawnView, drain, drawnView, holds, picking } from './lod.js';
import { writeUrl } from './view-state.js';

/** Work out what is visible, redraw, and write the deep link. */
export function recompute(v: Viewer): void {
  findVisible(v);
  // (a new drawn graph was refreshed as sigma got it)
  if (!updateDrawn(v)) v.renderer?.refresh();
  report(v);
}

/**
 * {@link recompute} for a large graph that was just loaded, in steps of a task each (what is
 * visible; what is drawn; the graph of it; sigma given it), the page answering input between
 * them. A recompute or a new drawn graph meanwhile wins: this one then draws nothing. False when
 * `alive()` turned false on the way.
 */
export async function recomputeInSteps(v: Viewer, alive: () => boolean): Promise<boolean> {
  findVisible(v);
  const [filters, drawn] = [v.filters, v.drawn];
  const slicer = new Slicer(() => alive() && v.filters === filters && v.drawn === drawn && v.renderer !== undefined);
  const picked = (await slicer.yield()) ? await runSliced(pickingDrawn(v), slicer) : undefined;
  const view = picked && !holds(v.drawn, picked.nodes, picked.edges) ? await runSliced(buildingDrawnView(v.graph, picked.nodes, picked.edges), slicer) : undefined;
  if (!picked || !(await slicer.yield())) return alive();
  if (view) {
    v.drawn = view;
    v.renderer!.setGraph(view as never);
  } else if (holds(v.drawn, picked.nodes, picked.edges)) v.renderer!.refresh();
  else return alive();
  report(v);
  return true;
}

/** Which nodes and edges pass the filters and the focus; whether the reducers need to style at all. */
function findVisible(v: Viewer): void {
  const { state, graph } = v;
  const filters = (v.filters = compileFilters(state, v.bundle));
  v.egoSet = state.focus && graph.hasNode(state.focus) ? ego(filters, graph, state.focus, state.depth) : undefined;
  v.visibleNodes = new Set();
  if (!v.egoSet && filters.everyNode) v.visibleNodes = new Set(graph.nodes());
  else
    graph.forEachNode((k, a) => {
      if ((v.egoSet ? v.egoSet.has(k) : true) && filters.node(a.record)) v.visibleNodes.add(k);
    });
  if (!state.showStatements) {
    // statements without their links are noise
    graph.forEachNode((k, a) => {
      if (a.category === 'Statement') v.visibleNodes.delete(k);
    });
  }
  v.hiddenEdges = new Set();
  // (with every node shown and no edge filter, no edge is hidden: a large graph's half a million need no look)
  if (v.visibleNodes.size !== graph.order || !filters.everyEdge)
    graph.forEachEdge((e, a, s, t) => {
      if (!v.visibleNodes.has(s) || !v.visibleNodes.has(t) || !filters.edge(a.record)) v.hiddenEdges.add(e);
    });
  v.styled = v.visibleNodes.size !== graph.order || v.hiddenEdges.size > 0 || state.focus !== undefined || v.pathNodes !== undefined;
}

/** The status line, the count for tests and the deep link. */
function report(v: Viewer): void {
  const shown = v.visibleNodes.size;
  status(`${shown} of ${v.graph.order} nodes shown`);
  $('graph').dataset.visibleNodes = String(shown);
  writeUrl(v.state);
}

/**
 * Large graphs: draw the nodes and edges that matter now — the focus, its neighbourhood and the
 * path first, then the best ranked ones that pass the filters and are in view (an edge: one of its
 * ends) — up to the budgets; no edges while the layout runs or before they are all in. When that
 * changes what is drawn, sigma gets a new graph of them (one refresh); true then.
 */
export function updateDrawn(v: Viewer): boolean {
  if (!v.lod || !v.renderer) return false;
  const { nodes, edges } = drain(pickingDrawn(v));
  if (holds(v.drawn, nodes, edges)) return false;
  v.drawn = drawnView(v.graph, nodes, edges);
  v.renderer.setGraph(v.drawn as never);
  return true;
}

/** The nodes and edges of a large graph to draw now (see {@link updateDrawn}), yielding now and then. */
function* pickingDrawn(v: Viewer): Generator<void, { nodes: string[]; edges: string[] }> {
  if (v.lodTimer) clearTimeout(v.lodTimer);
  v.lodTimer = undefined;
  const { graph, state } = v;
  const { width, height } = v.renderer!.getDimensions();
  const a = v.renderer!.viewportToGraph({ x: 0, y: 0 });
  const b = v.renderer!.viewportToGraph({ x: width, y: height });
  const [x0, x1, y0, y1] = [Math.min(a.x, b.x), Math.max(a.x, b.x), Math.min(a.y, b.y), Math.max(a.y, b.y)];
  const inView = (n: string) => {
    const p = graph.getNodeAttributes(n);
    return p.x >= x0 && p.x <= x1 && p.y >= y0 && p.y <= y1;
  };
  const focus = state.focus && graph.hasNode(state.focus) ? state.focus : undefined;
  let nodes: string[];
  if (!v.nodeLod) nodes = graph.nodes();
  else if (v.rankedNodes.length === 0) nodes = v.drawn.nodes(); // (not ranked yet: the first frame's sample stays)
  else {
    const shown = (n: string) => !v.styled || v.visibleNodes.has(n);
    const first = [...(v.pathNodes ?? []), ...(focus ? [focus] : []), ...(v.egoSet ?? [])];
    nodes = yield* picking(v.rankedNodes, v.nodeBudget, (n) => shown(n) && inView(n), first, shown);
  }
  let edges: string[] = [];
  if (v.rankedEdges.length > 0 && !v.layout?.isRunning()) {
    const drawnNodes = v.nodeLod ? new Set(nodes) : undefined;
    const drawnEnds = (e: string) => !drawnNodes || (drawnNodes.has(graph.source(e)) && drawnNodes.has(graph.target(e)));
    const passes = (e: string) => (!v.styled || !v.hiddenEdges.has(e)) && drawnEnds(e);
    const first = [...(v.pathEdges ?? []), ...(focus ? graph.edges(focus) : [])];
    edges = yield* picking(v.rankedEdges, v.edgeBudget, (e) => passes(e) && (inView(graph.source(e)) || inView(graph.target(e))), first, passes);
  }
  return { nodes, edges };
}
