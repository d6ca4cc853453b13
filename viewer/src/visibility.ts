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
import { buildingDrawnView, drawnView, holds, picking } from './lod.js';
import { drain } from './next-task.js';
import { writeUrl } from './view-state.js';

/** Work out what is visible, redraw, and write the deep link. */
export function recompute(v: Viewer): void {
  drain(findingVisible(v));
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
  const drawn = v.drawn;
  const visibleNodes = v.visibleNodes;
  let filters: Viewer['filters'] | undefined;
  const slicer = new Slicer(() => alive() && v.drawn === drawn && v.renderer !== undefined && (filters === undefined ? v.visibleNodes === visibleNodes : v.filters === filters));
  if (!(await slicer.yield()) || (await runSliced(findingVisible(v), slicer)) === undefined) return alive();
  filters = v.filters;
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

/** Items looked at between the yields of {@link findingVisible}. */
const ITEMS_PER_YIELD = 8192;

/**
 * Which nodes and edges pass the filters and the focus; whether the reducers need to style at
 * all. Yields every few thousand items; the results are set once all are known (true then).
 */
function* findingVisible(v: Viewer): Generator<void, true> {
  const { state, graph } = v;
  const filters = (v.filters = compileFilters(state, v.bundle));
  const egoSet = (v.egoSet = state.focus && graph.hasNode(state.focus) ? ego(filters, graph, state.focus, state.depth) : undefined);
  const visibleNodes = new Set<string>();
  let i = 0;
  for (const { node, attributes } of graph.nodeEntries()) {
    // (statements without their links are noise)
    if ((!egoSet || egoSet.has(node)) && (filters.everyNode || filters.node(attributes.record)) && (state.showStatements || attributes.category !== 'Statement')) visibleNodes.add(node);
    if (++i % ITEMS_PER_YIELD === 0) yield;
  }
  const hiddenEdges = new Set<string>();
  // (with every node shown and no edge filter, no edge is hidden: a large graph's half a million need no look)
  if (visibleNodes.size !== graph.order || !filters.everyEdge)
    for (const { edge, attributes, source, target } of graph.edgeEntries()) {
      if (!visibleNodes.has(source) || !visibleNodes.has(target) || !filters.edge(attributes.record)) hiddenEdges.add(edge);
      if (++i % ITEMS_PER_YIELD === 0) yield;
    }
  v.visibleNodes = visibleNodes;
  v.hiddenEdges = hiddenEdges;
  v.styled = visibleNodes.size !== graph.order || hiddenEdges.size > 0 || state.focus !== undefined || v.pathNodes !== undefined;
  return true;
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
