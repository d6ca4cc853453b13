/**
 * Layout control: ForceAtlas2 in its web worker (layout-worker.ts: its matrices made from the
 * display graph a slice at a time on the first start, no copy of the graph), started and stopped
 * so that the drawing follows (a large graph's edges hidden while it runs, everything re-indexed
 * at its final place on stop), positions copied to the drawn graph at a bounded rate, the
 * toolbar's start/stop button, and positions saved for the next visit.
 * Does not: pick the starting positions (show.ts) or decide which edges are drawn (visibility.ts).
 */
import type { ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
import { $, type Viewer } from './app-state.js';
import { savePositions } from './display-graph.js';
import { LayoutWorker } from './layout-worker.js';
import { updateDrawn } from './visibility.js';
import { extentOf } from './lod.js';

/** Copy the worker's newest positions to the display graph and redraw them. */
function syncPositions(v: Viewer, worker: LayoutWorker): void {
  if (!v.renderer || !worker.copyPositions()) return;
  if (v.lod) {
    // large graphs (no edges drawn while the layout runs): move the nodes in sigma's buffers
    // only (the drawn graph shares their attributes); the label grid and hover index catch up
    // with the full refresh when the layout stops
    v.renderer.refresh({ partialGraph: { nodes: v.drawn.nodes() }, skipIndexation: true, schedule: true });
    return;
  }
  // (the positions are in place already: the event tells sigma they changed)
  v.graph.updateEachNodeAttributes((_k, a) => a, { attributes: ['x', 'y'] });
}

/**
 * The layout of the graph on screen. Its worker is made when the layout first starts — not worth
 * doing before anyone asks. Drawing is the expensive part: positions are copied 10×/s (large
 * graphs 1×/s).
 */
export function prepareLayout(v: Viewer, settings: ForceAtlas2Settings): void {
  let worker: LayoutWorker | undefined;
  const ensureWorker = (): LayoutWorker => {
    if (worker) return worker;
    const w = (worker = new LayoutWorker(v.graph, settings));
    if (v.syncTimer) clearInterval(v.syncTimer);
    v.syncTimer = setInterval(() => syncPositions(v, w), v.lod ? 1000 : 100);
    return w;
  };
  v.layout = {
    start() {
      ensureWorker().start();
      updateDrawn(v);
    },
    stop() {
      if (!worker) return;
      worker.stop();
      syncPositions(v, worker);
      // the camera frames where the nodes went; what is in view is picked in that frame
      if (v.nodeLod) v.renderer?.setCustomBBox(extentOf(v.graph)).refresh();
      if (!updateDrawn(v)) v.renderer?.refresh(); // (a new drawn graph was refreshed as sigma got it)
    },
    isRunning: () => worker?.isRunning() ?? false,
    kill: () => worker?.kill(),
    iterations: () => worker?.iterations ?? 0,
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
