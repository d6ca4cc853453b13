/**
 * Layout control: ForceAtlas2 in its web worker on a copy of the display graph (made on first
 * start), started and stopped so that the drawing follows (a large graph's edges hidden while it runs, everything
 * re-indexed at its final place on stop), positions copied to the drawn graph at a bounded rate,
 * the toolbar's start/stop button, and positions saved for the next visit.
 * Does not: pick the starting positions (show.ts) or decide which edges are drawn (visibility.ts).
 */
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import type { ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
import { $, type LayoutControl, type Viewer } from './app-state.js';
import { savePositions, type DisplayGraph } from './display-graph.js';
import { updateDrawn } from './visibility.js';
import { extentOf } from './lod.js';

/** Copy the worker's positions to the drawn graph (while it runs). */
function syncPositions(v: Viewer): void {
  if (!v.layout?.isRunning() || !v.layoutGraph || !v.renderer) return;
  const src = v.layoutGraph;
  if (v.lod) {
    // large graphs (no edges drawn while the layout runs): move the nodes in sigma's buffers
    // only (the drawn graph shares their attributes); the label grid and hover index catch up
    // with the full refresh when the layout stops
    const nodes: string[] = [];
    v.graph.forEachNode((k, a) => {
      const p = src.getNodeAttributes(k);
      a.x = p.x;
      a.y = p.y;
      if (v.drawn.hasNode(k)) nodes.push(k);
    });
    v.renderer.refresh({ partialGraph: { nodes }, skipIndexation: true, schedule: true });
    return;
  }
  v.graph.updateEachNodeAttributes(
    (k, a) => {
      const p = src.getNodeAttributes(k);
      a.x = p.x;
      a.y = p.y;
      return a;
    },
    { attributes: ['x', 'y'] },
  );
}

/**
 * The layout of the graph on screen. Its worker (and the copy of the graph it runs on) is made when
 * the layout first starts — copying a large graph is not worth doing before anyone asks. Drawing
 * is the expensive part: positions are copied 10×/s (large graphs 1×/s).
 */
export function prepareLayout(v: Viewer, settings: ForceAtlas2Settings): void {
  let worker: FA2Layout | undefined;
  const ensureWorker = (): FA2Layout => {
    if (worker) return worker;
    v.layoutGraph = v.graph.copy() as DisplayGraph;
    worker = new FA2Layout(v.layoutGraph as never, { settings });
    if (v.syncTimer) clearInterval(v.syncTimer);
    v.syncTimer = setInterval(() => syncPositions(v), v.lod ? 1000 : 100);
    return worker;
  };
  v.layoutGraph = undefined;
  v.layout = {
    start() {
      ensureWorker().start();
      updateDrawn(v);
    },
    stop() {
      if (!worker) return;
      syncPositions(v);
      worker.stop();
      if (v.nodeLod) v.renderer?.setCustomBBox(extentOf(v.graph));
      updateDrawn(v);
      v.renderer?.refresh();
    },
    isRunning: () => worker?.isRunning() ?? false,
    kill: () => worker?.kill(),
  };
}

/** Stop the worker of the graph that is being replaced. */
export function stopLayoutWorker(v: Viewer): void {
  v.layout?.kill();
  if (v.syncTimer) clearInterval(v.syncTimer);
  v.syncTimer = undefined;
}

/** The toolbar button: start or stop the layout (positions saved when it stops). */
export function toggleLayout(v: Viewer): void {
  const button = $('layout-toggle');
  if (!v.layout) return;
  if (v.layout.isRunning()) {
    v.layout.stop();
    savePositions(v.signature, v.graph);
    button.textContent = 'Start layout';
    button.setAttribute('aria-pressed', 'false');
  } else {
    v.layout.start();
    button.textContent = 'Stop layout';
    button.setAttribute('aria-pressed', 'true');
  }
}

/** While the layout runs, save the positions every 3 s. */
export function savePositionsWhileRunning(v: Viewer): void {
  setInterval(() => {
    if (v.layout?.isRunning()) savePositions(v.signature, v.graph);
  }, 3000);
}
