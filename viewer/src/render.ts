/**
 * Rendering set-up: the sigma renderer for the graph on screen — its settings (large graphs: no
 * edge labels, edge picking or z-ordering, edges and labels hidden while the camera moves), the
 * node and edge reducers that show the filters, focus, path and hovered edge, and its events
 * (click to focus, double-click to expand when browsing a store, hover, camera moves re-picking a
 * large graph's drawn edges).
 * Does not: decide what is visible (visibility.ts) or build the display graph (display-graph.ts).
 */
import Sigma from 'sigma';
import { EdgeArrowProgram } from 'sigma/rendering';
import { EdgeCurvedArrowProgram } from '@sigma/edge-curve';
import { $, type Viewer } from './app-state.js';
import { LABEL_SETTINGS, resetLabels, wireLabelCollisions } from './labels.js';
import { updateDrawn } from './visibility.js';

/** Create the renderer for `v.drawn` (replacing none: the caller kills the previous one). */
export function createRenderer(v: Viewer): Sigma {
  const large = v.lod;
  resetLabels();
  const renderer = new Sigma(v.drawn as never, $('graph'), {
    renderEdgeLabels: !large,
    hideEdgesOnMove: large,
    hideLabelsOnMove: large,
    ...LABEL_SETTINGS,
    edgeLabelFont: 'system-ui, sans-serif',
    // edge picking draws every edge twice and reads pixels back: only for graphs of a readable size
    enableEdgeEvents: !large,
    // z-ordering sorts every item on each refresh: only worth it on readable graphs
    zIndex: !large,
    defaultEdgeType: 'straight',
    edgeProgramClasses: { straight: EdgeArrowProgram, curved: EdgeCurvedArrowProgram },
    nodeReducer: (key, data) => {
      if (!v.styled) return data;
      if (!v.visibleNodes.has(key)) return { ...data, hidden: true };
      if (key === v.state.focus || v.pathNodes?.has(key)) return { ...data, highlighted: true, zIndex: 2, forceLabel: true };
      return v.pathNodes ? { ...data, color: '#ddd' } : data;
    },
    edgeReducer: (key, data) => {
      const onPath = v.pathEdges?.has(key) ?? false;
      const labelled = key === v.hoveredEdge || onPath || (large ? false : (v.renderer?.getCamera().ratio ?? 1) < 0.35);
      if (!v.styled && labelled && key !== v.hoveredEdge) return data;
      if (v.styled && v.hiddenEdges.has(key)) return { ...data, hidden: true };
      if (onPath) return { ...data, color: '#c00', size: Math.max(3, data.size), zIndex: 2 };
      if (key === v.hoveredEdge) return { ...data, color: '#000' };
      if (v.pathEdges) return { ...data, color: '#eee', label: '' };
      return labelled ? data : { ...data, label: '' };
    },
  });
  wireLabelCollisions(renderer);
  wireEvents(v, renderer);
  return renderer;
}

function wireEvents(v: Viewer, renderer: Sigma): void {
  renderer.on('clickNode', ({ node }) => v.actions.focusNode(node));
  renderer.on('doubleClickNode', ({ node, preventSigmaDefault }) => {
    if (!v.actions.expand) return;
    preventSigmaDefault();
    v.actions.expand(node);
  });
  renderer.on('clickEdge', ({ edge }) => v.actions.focusEdge(edge));
  renderer.on('enterEdge', ({ edge }) => {
    v.hoveredEdge = edge;
    renderer.refresh();
  });
  renderer.on('leaveEdge', () => {
    v.hoveredEdge = undefined;
    renderer.refresh();
  });
  renderer.getCamera().on('updated', () => {
    renderer.scheduleRefresh();
    // large graphs: pick the nodes and edges in view again once the camera rests
    if (v.lod && (v.rankedEdges.length || v.rankedNodes.length)) {
      if (v.lodTimer) clearTimeout(v.lodTimer);
      v.lodTimer = setTimeout(() => updateDrawn(v), 250);
    }
  });
}
