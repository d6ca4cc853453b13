/**
 * How sigma draws node labels: how many (density, a grid cell per label, a size threshold below
 * which small nodes stay unlabelled), never one over another — a label that would cover one
 * already drawn in this frame is left out (forced labels of the focus and path excepted), and one
 * that would run off the canvas's right edge goes to the left of its node — and, on hover, the
 * whole label where the canvas shows a shortened one (see names.ts). Does not: decide which nodes
 * are highlighted (main.ts reducers).
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

const overlaps = (a: Rect, b: Rect): boolean => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

/** A node label where it fits: right of the node, else left of it; not at all over another label. */
const drawLabelWithoutCollisions: LabelDrawer = (context, data, settings) => {
  if (!data.label) return;
  const size = settings.labelSize;
  context.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
  const width = context.measureText(data.label).width;
  const canvasWidth = context.canvas.width / (window.devicePixelRatio || 1);
  const gap = data.size + 3;
  const x = data.x + gap + width > canvasWidth && data.x - gap - width >= 0 ? data.x - gap - width : data.x + gap;
  const rect = { x1: x - 2, x2: x + width + 2, y1: data.y - size / 2 - 1, y2: data.y + size / 2 + 1 };
  if (!data.forceLabel && placed.some((r) => overlaps(r, rect))) return;
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

/** The boxes of the labels drawn in the last frame, in canvas pixels (for tests). */
export function placedLabels(): Rect[] {
  return placed.map((r) => ({ ...r }));
}

/** Forget the labels placed: call before a new renderer draws its first frame. */
export function resetLabels(): void {
  placed.length = 0;
}

/** Start each frame of `renderer` with no labels placed. */
export function wireLabelCollisions(renderer: Sigma): void {
  renderer.on('beforeRender', resetLabels);
}
