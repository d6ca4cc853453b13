/**
 * Fits sigma's camera to a set of nodes: centred on them, zoomed so all of them (and room for
 * the labels to their right) are on the canvas — used when a focus shows a neighbourhood.
 * Does not: decide which nodes (focus.ts passes the visible ones).
 */
import type Sigma from 'sigma';

/** Margin around the fitted nodes, as a share of the view. */
const MARGIN = 1.3;
/** Closest zoom: a single node is not blown up to fill the canvas. */
const MIN_RATIO = 0.15;

/** Animate the camera to show `keys` (sigma's framed coordinates: the whole graph is about 1 × 1 at ratio 1). */
export function fitCameraTo(renderer: Sigma, keys: Iterable<string>, duration = 400): void {
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  for (const k of keys) {
    const d = renderer.getNodeDisplayData(k);
    if (!d) continue;
    minX = Math.min(minX, d.x);
    maxX = Math.max(maxX, d.x);
    minY = Math.min(minY, d.y);
    maxY = Math.max(maxY, d.y);
  }
  if (minX === Infinity) return;
  // labels run to the right of their nodes: leave them a little more room on that side
  const width = (maxX - minX) * 1.15;
  const needed = Math.max(width, maxY - minY) * MARGIN;
  // nodes spread over most of the graph: show the whole of it, as the start does
  const target = needed >= 1 ? { x: 0.5, y: 0.5, ratio: 1 } : { x: minX + width / 2, y: (minY + maxY) / 2, ratio: Math.max(MIN_RATIO, needed) };
  void renderer.getCamera().animate(target, { duration });
}
