/**
 * How sigma draws node labels: how many (density, a grid cell per label, a size threshold below
 * which small nodes stay unlabelled) and, on hover, the whole label where the canvas shows a
 * shortened one (see names.ts). Does not: decide which nodes are highlighted (main.ts reducers).
 */
import { drawDiscNodeHover } from 'sigma/rendering';

type HoverDrawer = typeof drawDiscNodeHover;

/** The hovered node's label in full. */
const drawFullLabelHover: HoverDrawer = (context, data, settings) => {
  const full = (data as { fullLabel?: string }).fullLabel;
  drawDiscNodeHover(context, full ? { ...data, label: full } : data, settings);
};

/** Sigma settings for node labels. */
export const LABEL_SETTINGS = {
  labelDensity: 0.5,
  labelGridCellSize: 120,
  labelRenderedSizeThreshold: 8,
  labelFont: 'system-ui, sans-serif',
  defaultDrawNodeHover: drawFullLabelHover,
} as const;
