/**
 * Self-loops on the graph: sigma's edge programs draw nothing for an edge from a node to itself,
 * so this module draws each visible self-loop as a ring beside its node on a 2D canvas layer,
 * after every render, in the edge's colour.
 *
 * Does: add the layer and redraw it on `afterRender`. Does not: make loops clickable (the loop's
 * relation and evidence are listed in the node's details panel).
 */
import type Sigma from 'sigma';
import type { DisplayGraph } from './display-graph.js';

const LAYER = 'self-loops';

/** Draw `graph`'s self-loops on `renderer`, now and after every render; `known` (their keys, when known already) saves looking for them. */
export function drawSelfLoops(renderer: Sigma, graph: DisplayGraph, known?: readonly string[]): void {
  const loops: string[] = known ? [...known] : [];
  if (!known)
    graph.forEachEdge((edge, _a, source, target) => {
      if (source === target) loops.push(edge);
    });
  if (loops.length === 0) return;
  // just above the edges, below nodes and labels (sigma passes `afterLayer` on to createCanvas)
  const options = { style: { pointerEvents: 'none' }, afterLayer: 'edges' };
  renderer.createCanvasContext(LAYER, options);
  renderer.resize(true); // sizes the new canvas and scales its context to the pixel ratio
  const canvas = renderer.getCanvases()[LAYER];
  const ctx = canvas?.getContext('2d');
  if (!canvas || !ctx) return;
  const draw = (): void => {
    ctx.clearRect(0, 0, canvas.width, canvas.height);
    const perNode = new Map<string, number>();
    for (const edge of loops) {
      const node = graph.source(edge);
      const edgeData = renderer.getEdgeDisplayData(edge);
      const nodeData = renderer.getNodeDisplayData(node);
      if (!edgeData || !nodeData || edgeData.hidden || nodeData.hidden) continue;
      const nth = perNode.get(node) ?? 0;
      perNode.set(node, nth + 1);
      const { x, y } = renderer.framedGraphToViewport(nodeData);
      const r = renderer.scaleSize(nodeData.size);
      const ring = r * (0.7 + 0.35 * nth);
      ctx.beginPath();
      ctx.arc(x + r * 0.75 + ring * 0.5, y - r * 0.75 - ring * 0.5, ring, 0, 2 * Math.PI);
      ctx.strokeStyle = edgeData.color;
      ctx.lineWidth = Math.max(1.5, edgeData.size);
      ctx.stroke();
    }
  };
  renderer.on('afterRender', draw);
  draw();
}
