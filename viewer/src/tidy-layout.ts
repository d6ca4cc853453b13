/**
 * Tidies a laid-out graph for reading: nodes without relations are lined up just under the graph
 * (not left where the start layout threw them, stretching the picture), then a no-overlap pass
 * (graphology-layout-noverlap) moves nodes apart until each node with its label has room at the
 * scale the canvas will draw it. Does not: run ForceAtlas2 or touch the DOM.
 */
import noverlap from 'graphology-layout-noverlap';
import type { DisplayGraph } from './display-graph.js';

/** Pixels per character of a canvas label (sigma's 14 px system-ui), for the room a label needs. */
const LABEL_CHAR_PX = 7;
/** The most room a label claims around its node: more would spread the graph until sigma shrinks it again. */
const LABEL_ROOM_PX = 40;
/** Rounds of no-overlap: each round re-measures the scale, which the previous round changed. */
const ROUNDS = 3;

interface Box {
  minX: number;
  maxX: number;
  minY: number;
  maxY: number;
}

function boxOf(graph: DisplayGraph, keys: Iterable<string>): Box | undefined {
  let box: Box | undefined;
  for (const k of keys) {
    const { x, y } = graph.getNodeAttributes(k);
    box = box ? { minX: Math.min(box.minX, x), maxX: Math.max(box.maxX, x), minY: Math.min(box.minY, y), maxY: Math.max(box.maxY, y) } : { minX: x, maxX: x, minY: y, maxY: y };
  }
  return box;
}

/** Line up the nodes that have no relation in a row just below the rest of the graph. */
export function placeIsolated(graph: DisplayGraph): string[] {
  const isolated = graph.filterNodes((k) => graph.degree(k) === 0);
  if (isolated.length === 0 || isolated.length === graph.order) return isolated;
  const box = boxOf(graph, graph.filterNodes((k) => graph.degree(k) > 0))!;
  const width = Math.max(box.maxX - box.minX, 1);
  const height = Math.max(box.maxY - box.minY, 1);
  const perRow = Math.max(1, Math.ceil(Math.sqrt(isolated.length * 4)));
  const step = width / (perRow + 1);
  isolated.sort().forEach((k, i) => {
    const row = Math.floor(i / perRow);
    graph.mergeNodeAttributes(k, { x: box.minX + step * ((i % perRow) + 1), y: box.minY - height * 0.08 - row * step });
  });
  return isolated;
}

/** Most nodes for the exact pairwise pass that follows noverlap (whose grid can miss a pair). */
const EXACT_PASS_MAX = 1500;

/** Move nodes apart until no two overlap, counting each node's label, at the scale a `viewport` of this size draws the graph. */
export function removeOverlaps(graph: DisplayGraph, viewport: { width: number; height: number }): void {
  if (graph.order < 2) return;
  let unitsPerPixel = 1;
  for (let round = 0; round < ROUNDS; round++) {
    const box = boxOf(graph, graph.nodes())!;
    const extent = Math.max(box.maxX - box.minX, box.maxY - box.minY, 1e-9);
    unitsPerPixel = extent / Math.max(100, Math.min(viewport.width, viewport.height));
    const upp = unitsPerPixel;
    noverlap.assign(graph as never, {
      maxIterations: 200,
      settings: { margin: 6 * upp, ratio: 1.2, expansion: 1.1, speed: 3, gridSize: 40 },
      inputReducer: (key, attr) => ({ x: attr.x, y: attr.y, size: room(graph, key) * upp }),
      outputReducer: (_key, attr) => ({ x: attr.x, y: attr.y }),
    });
  }
  if (graph.order <= EXACT_PASS_MAX) separatePairs(graph, (k) => (room(graph, k) + 3) * unitsPerPixel);
}

/** The radius, in pixels, a node needs: its disc and part of its label (labels run to the right of the disc). */
function room(graph: DisplayGraph, key: string): number {
  const a = graph.getNodeAttributes(key);
  return a.size + (a.label ? Math.min(LABEL_ROOM_PX, (a.label.length * LABEL_CHAR_PX) / 2) : 0);
}

/** Push every overlapping pair apart along the line between them, until none overlaps (or 50 sweeps). */
function separatePairs(graph: DisplayGraph, radius: (key: string) => number): void {
  const nodes = graph.nodes().map((k) => ({ k, r: radius(k), a: graph.getNodeAttributes(k) }));
  for (let sweep = 0; sweep < 50; sweep++) {
    let moved = false;
    for (let i = 0; i < nodes.length; i++) {
      for (let j = i + 1; j < nodes.length; j++) {
        const p = nodes[i]!;
        const q = nodes[j]!;
        const dx = q.a.x - p.a.x;
        const dy = q.a.y - p.a.y;
        const dist = Math.hypot(dx, dy);
        const need = p.r + q.r;
        if (dist >= need) continue;
        const [ux, uy] = dist > 1e-9 ? [dx / dist, dy / dist] : [Math.cos(i + j), Math.sin(i + j)];
        const push = (need - dist) / 2;
        p.a.x -= ux * push;
        p.a.y -= uy * push;
        q.a.x += ux * push;
        q.a.y += uy * push;
        moved = true;
      }
    }
    if (!moved) break;
  }
  for (const { k, a } of nodes) graph.mergeNodeAttributes(k, { x: a.x, y: a.y });
}
