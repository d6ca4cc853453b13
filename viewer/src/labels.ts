/**
 * How sigma draws node labels: how many (density, a grid cell per label, a size threshold below
 * which small nodes stay unlabelled), never one over another — a label that would cover one
 * already drawn in this frame is left out (forced labels of the focus and path excepted), and one
 * that would run off the canvas's right edge goes to the left of its node — and, on hover, the
 * whole label where the canvas shows a shortened one (see names.ts). Does not: decide which nodes
 * are highlighted (render.ts reducers).
 */
import type Sigma from 'sigma';
import { drawDiscNodeHover, drawDiscNodeLabel } from 'sigma/rendering';

type LabelDrawer = typeof drawDiscNodeLabel;

interface Rect {
  x1: number;
  x2: number;
  y1: number;
  y2: number;
}

/** The labels drawn in the current frame (emptied before each render). */
const placed: Rect[] = [];
/** The node discs of the current frame, in viewport pixels: labels keep off other nodes too (readable graphs only). */
let discs: Array<{ key: string; x: number; y: number; r: number }> = [];
/** Up to this many nodes, labels also keep clear of node discs. */
const DISC_CHECK_MAX = 2000;

const overlaps = (a: Rect, b: Rect): boolean => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
const coversDisc = (a: Rect, d: { x: number; y: number; r: number }): boolean => Math.hypot(Math.max(a.x1, Math.min(d.x, a.x2)) - d.x, Math.max(a.y1, Math.min(d.y, a.y2)) - d.y) < d.r;

/** A node label where it fits: right of the node, else left of it; not at all over another label. */
const drawLabelWithoutCollisions: LabelDrawer = (context, data, settings) => {
  if (!data.label) return;
  const size = settings.labelSize;
  context.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
  const width = context.measureText(data.label).width;
  const canvasWidth = context.canvas.width / (window.devicePixelRatio || 1);
  const gap = data.size + 3;
  if (discsFor) measureDiscs(discsFor);
  const key = (data as { key?: string }).key;
  const at = (x: number): Rect => ({ x1: x - 2, x2: x + width + 2, y1: data.y - size / 2 - 1, y2: data.y + size / 2 + 1 });
  const free = (r: Rect): boolean => !placed.some((p) => overlaps(p, r)) && !discs.some((d) => d.key !== key && coversDisc(r, d));
  // right of the node where it fits on the canvas and is free, else left of it
  const right = at(data.x + gap);
  const left = at(data.x - gap - width);
  const rightFits = right.x2 <= canvasWidth;
  const leftFits = left.x1 >= 0;
  // a forced label (focus, path) stays where the highlight box draws it: right of its node
  const rect = data.forceLabel ? right : rightFits && free(right) ? right : leftFits && free(left) ? left : !rightFits && leftFits ? left : right;
  const x = rect.x1 + 2;
  if (!data.forceLabel && !free(rect)) return;
  placed.push(rect);
  context.fillStyle = settings.labelColor.attribute ? String((data as Record<string, unknown>)[settings.labelColor.attribute] ?? settings.labelColor.color ?? '#000') : (settings.labelColor.color ?? '#000');
  context.fillText(data.label, x, data.y + size / 3);
};

/** The hovered node's label in full. */
const drawFullLabelHover: LabelDrawer = (context, data, settings) => {
  const full = (data as { fullLabel?: string }).fullLabel;
  drawDiscNodeHover(context, full ? { ...data, label: full } : data, settings);
};

/** Sigma settings for node labels. */
export const LABEL_SETTINGS = {
  labelDensity: 0.6,
  labelGridCellSize: 100,
  labelRenderedSizeThreshold: 8,
  labelFont: 'system-ui, sans-serif',
  defaultDrawNodeLabel: drawLabelWithoutCollisions,
  defaultDrawNodeHover: drawFullLabelHover,
} as const;

/** The boxes of the labels drawn in the last frame and the node discs they kept clear of, in canvas pixels (for tests). */
export function placedLabels(): { labels: Rect[]; discs: typeof discs } {
  return { labels: placed.map((r) => ({ ...r })), discs: discs.map((d) => ({ ...d })) };
}

/** Forget the labels placed: call before a new renderer draws its first frame. */
export function resetLabels(): void {
  placed.length = 0;
  discs = [];
  discsFor = undefined;
}

/** Set at the start of a frame: the renderer whose node discs the frame's first label measures (its display data is ready by then). */
let discsFor: Sigma | undefined;

function measureDiscs(renderer: Sigma): void {
  discsFor = undefined;
  renderer.getGraph().forEachNode((key) => {
    const d = renderer.getNodeDisplayData(key);
    if (!d || d.hidden) return;
    const v = renderer.framedGraphToViewport({ x: d.x, y: d.y });
    discs.push({ key, x: v.x, y: v.y, r: renderer.scaleSize(d.size) });
  });
}

/** Start each frame of `renderer` with no labels placed, and with where its nodes are drawn. */
export function wireLabelCollisions(renderer: Sigma): void {
  renderer.on('beforeRender', () => {
    resetLabels();
    if (renderer.getGraph().order <= DISC_CHECK_MAX) discsFor = renderer;
  });
  // the renderer drew its first frame in its constructor, before the discs were known
  if (renderer.getGraph().order <= DISC_CHECK_MAX) renderer.refresh();
}
