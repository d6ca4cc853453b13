/**
 * The viewer's colours by category: Paul Tol's "muted" scheme, made for colour-blind readers —
 * every two categories stay apart under protanopia, deuteranopia and tritanopia as well (tested in
 * test/viewer-first-impression.test.ts), and statements, weapons and people differ in lightness too.
 * Does not: draw anything.
 */
import type { BundleCategory } from '../../src/graph/bundle.js';

export const CATEGORY_COLORS: Record<BundleCategory, string> = {
  State: '#332288',
  Person: '#CC6677',
  Organisation: '#44AA99',
  Treaty: '#AA4499',
  PolicyDocument: '#882255',
  Weapon: '#999933',
  Place: '#88CCEE',
  Event: '#117733',
  Statement: '#DDCC77',
  Other: '#DDDDDD',
};
