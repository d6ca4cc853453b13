/**
 * The filters panel: filled for the bundle on screen (class legend with counts, relations,
 * kinds of edge, the minimum number of publishers, the searchable source filter, depth, the time
 * slider, the path finder's name list) and wired so that every change updates the view state and
 * what is visible. Does not: decide what passes (filters.ts) or open and close the panel (panels.ts).
 */
import { $, type Viewer } from './app-state.js';
import { CATEGORY_COLORS, applySizes } from './display-graph.js';
import { findPath } from './focus.js';
import { mountSourceFilter } from './source-filter.js';
import { el } from './text.js';
import { facetsOf } from './facets.js';
import { minSources } from './view-state.js';
import { recompute } from './visibility.js';

/** Fill the panel for the bundle on screen and the current view state. */
export function buildFilterPanel(v: Viewer): void {
  buildLegend(v);
  buildFilters(v);
}

function buildLegend(v: Viewer): void {
  const legend = $('legend');
  legend.replaceChildren();
  const counts = new Map<string, number>();
  for (const n of v.bundle.nodes) counts.set(n.category, (counts.get(n.category) ?? 0) + 1);
  for (const [cat, count] of [...counts].sort()) {
    const li = el('li');
    const id = `cat-${cat}`;
    const box = el('input', undefined, { type: 'checkbox', id });
    box.checked = !v.state.hiddenCategories.has(cat);
    box.addEventListener('change', () => {
      if (box.checked) v.state.hiddenCategories.delete(cat);
      else v.state.hiddenCategories.add(cat);
      recompute(v);
    });
    const swatch = el('span', undefined, { class: 'swatch', 'aria-hidden': 'true' });
    swatch.style.background = CATEGORY_COLORS[cat as keyof typeof CATEGORY_COLORS] ?? '#999';
    const label = el('label', undefined, { for: id });
    label.append(swatch, document.createTextNode(` ${cat} (${count})`));
    li.append(box, label);
    legend.append(li);
  }
}

/** The filters' controls from the view state (also after the deep link changed). */
export function buildFilters(v: Viewer): void {
  const { bundle, state } = v;
  const preds = $<HTMLSelectElement>('predicate-filter');
  preds.replaceChildren();
  const facets = facetsOf(bundle);
  // (by lower-cased label, not localeCompare: its first call sets up the collator, a long task while a large graph loads)
  const label = (p: string) => (bundle.terms[p]?.label ?? p).toLowerCase();
  for (const p of [...facets.predicates].sort((a, b) => (label(a) < label(b) ? -1 : label(a) > label(b) ? 1 : 0))) {
    const o = el('option', bundle.terms[p]?.label ?? p, { value: p });
    o.selected = state.predicates.has(p);
    preds.append(o);
  }
  buildSourceFilter(v);
  $<HTMLInputElement>('show-facts').checked = state.showFacts;
  $<HTMLInputElement>('show-statements').checked = state.showStatements;
  $<HTMLInputElement>('show-background').checked = state.showBackground;
  $<HTMLInputElement>('min-sources').value = String(state.minSources);
  $<HTMLSelectElement>('depth').value = String(state.depth);

  v.dates = [...facets.dates].sort();
  const slider = $<HTMLInputElement>('time-slider');
  slider.max = String(v.dates.length);
  const idx = state.until ? v.dates.findIndex((d) => d > state.until!) : -1;
  slider.value = String(idx < 0 ? v.dates.length : Math.max(0, idx - 1));
  slider.disabled = v.dates.length === 0;
  updateTimeLabel(v);

  // the path finder's name list is filled when a path field is first used: thousands of
  // <option>s would otherwise delay the first render of a large graph
  $('entity-names').replaceChildren();
  v.entityNamesFilled = false;
}

/** The searchable source filter (publishers and documents); choosing one updates the view. */
function buildSourceFilter(v: Viewer): void {
  mountSourceFilter(v.bundle, v.state.source, (value) => {
    v.state.source = value;
    buildSourceFilter(v);
    recompute(v);
  });
}

function fillEntityNames(v: Viewer): void {
  if (v.entityNamesFilled) return;
  v.entityNamesFilled = true;
  $('entity-names').replaceChildren(...v.bundle.nodes.filter((n) => n.category !== 'Statement').map((n) => el('option', undefined, { value: n.label })));
}

function updateTimeLabel(v: Viewer): void {
  $<HTMLOutputElement>('time-label').textContent = v.state.until ? `up to ${v.state.until}` : 'all dates';
}

/** Wire the panel's controls (once; they read the bundle on screen when used). */
export function wireFilterPanel(v: Viewer): void {
  const { state } = v;
  $('depth').addEventListener('change', (e) => {
    state.depth = Number((e.target as HTMLSelectElement).value);
    recompute(v);
  });
  $('size-by').addEventListener('change', (e) => {
    applySizes(v.graph, (e.target as HTMLSelectElement).value as 'degree' | 'pagerank');
    v.renderer?.refresh();
  });
  for (const [id, keyName] of [['show-facts', 'showFacts'], ['show-statements', 'showStatements'], ['show-background', 'showBackground']] as const) {
    $(id).addEventListener('change', (e) => {
      state[keyName] = (e.target as HTMLInputElement).checked;
      recompute(v);
    });
  }
  $('min-sources').addEventListener('change', (e) => {
    state.minSources = minSources((e.target as HTMLInputElement).value);
    (e.target as HTMLInputElement).value = String(state.minSources);
    recompute(v);
  });
  $('predicate-filter').addEventListener('change', (e) => {
    state.predicates = new Set([...(e.target as HTMLSelectElement).selectedOptions].map((o) => o.value));
    recompute(v);
  });
  $('time-slider').addEventListener('input', (e) => {
    const i = Number((e.target as HTMLInputElement).value);
    state.until = i >= v.dates.length ? undefined : v.dates[i];
    updateTimeLabel(v);
    recompute(v);
  });
  for (const id of ['path-from', 'path-to']) $(id).addEventListener('focus', () => fillEntityNames(v));
  $('path-find').addEventListener('click', () => findPath(v, $<HTMLInputElement>('path-from').value, $<HTMLInputElement>('path-to').value));
}
