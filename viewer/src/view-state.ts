/**
 * What the viewer shows, as one state object: focus, depth, filters (classes, relations, kinds of
 * edge, source, support, date), path — and its deep link (`#focus=…&depth=2&min=2&until=2024-11-19`),
 * read and written here. Does not: draw anything, or hold what the viewer has loaded (app-state.ts).
 */

/** The view: what is focused and which filters apply. */
export interface ViewState {
  focus?: string;
  depth: number;
  hiddenCategories: Set<string>;
  predicates: Set<string>;
  showFacts: boolean;
  showStatements: boolean;
  showBackground: boolean;
  /** A document IRI, `publisher:<name>` (all of that publisher's documents), or '' (all). */
  source: string;
  /** Facts supported by at least this many publishers (1: all). */
  minSources: number;
  until?: string;
  path?: [string, string];
}

/** The view when nothing is chosen. */
export function initialViewState(): ViewState {
  return { depth: 1, hiddenCategories: new Set(), predicates: new Set(), showFacts: true, showStatements: true, showBackground: true, source: '', minSources: 1 };
}

/** Read the deep link of the page into `state`. */
export function readUrl(state: ViewState): void {
  const p = new URLSearchParams(location.hash.slice(1));
  state.focus = p.get('focus') ?? undefined;
  state.depth = Math.min(3, Math.max(1, Number(p.get('depth') ?? 1) || 1));
  state.hiddenCategories = new Set((p.get('hide') ?? '').split(',').filter(Boolean));
  state.predicates = new Set((p.get('rel') ?? '').split(',').filter(Boolean));
  const kinds = p.get('kinds');
  if (kinds !== null) {
    state.showFacts = kinds.includes('f');
    state.showStatements = kinds.includes('s');
    state.showBackground = kinds.includes('b');
  }
  state.source = p.get('source') ?? '';
  state.minSources = minSources(p.get('min') ?? '1');
  state.until = p.get('until') ?? undefined;
  const path = p.get('path');
  state.path = path && path.includes('|') ? (path.split('|', 2) as [string, string]) : undefined;
}

/** Write `state` into the page's deep link (without a history entry). */
export function writeUrl(state: ViewState): void {
  const p = new URLSearchParams();
  if (state.focus) p.set('focus', state.focus);
  if (state.depth !== 1) p.set('depth', String(state.depth));
  if (state.hiddenCategories.size) p.set('hide', [...state.hiddenCategories].join(','));
  if (state.predicates.size) p.set('rel', [...state.predicates].join(','));
  if (!(state.showFacts && state.showStatements && state.showBackground)) p.set('kinds', `${state.showFacts ? 'f' : ''}${state.showStatements ? 's' : ''}${state.showBackground ? 'b' : ''}`);
  if (state.source) p.set('source', state.source);
  if (state.minSources > 1) p.set('min', String(state.minSources));
  if (state.until) p.set('until', state.until);
  if (state.path) p.set('path', state.path.join('|'));
  const hash = p.toString();
  history.replaceState(null, '', hash ? `#${hash}` : location.pathname + location.search);
}

/** A publisher minimum from a link or a field: a whole number of at least 1 (anything else is 1). */
export function minSources(text: string): number {
  return Math.max(1, Math.floor(Number(text)) || 1);
}
