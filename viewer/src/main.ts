/**
 * The newsgraph viewer: draws a bundle with sigma, lays it out with ForceAtlas2 in a web worker,
 * and lets people search, filter (class, relation, facts/statements, source, support, time), focus
 * neighbourhoods, find paths, read evidence, share deep links, open other graphs and export;
 * or browses a remote SPARQL store one neighbourhood at a time (remote.ts).
 * Does not: parse RDF itself beyond handing files to n3/jsonld (see load.ts).
 */
import Sigma from 'sigma';
import { EdgeArrowProgram } from 'sigma/rendering';
import { EdgeCurvedArrowProgram } from '@sigma/edge-curve';
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { bidirectional } from 'graphology-shortest-path/unweighted';
import { downloadAsPNG } from '@sigma/export-image';
import { Writer, DataFactory } from 'n3';
import type { BundleEdge, BundleNode, ViewerBundle } from '../../src/graph/bundle.js';
import { CATEGORY_COLORS, addDisplayEdges, applySizes, buildDisplayGraph, buildDisplayNodes, bundleSignature, finishDisplayEdges, loadPositions, savePositions, type DisplayGraph } from './display-graph.js';
import { SearchIndex } from './search.js';
import { showEdge, showNode, type DetailsActions } from './details.js';
import { el } from './text.js';
import { loadFile } from './load.js';
import { isBundle, unpackBundle } from '../../src/graph/bundle-wire.js';
import { drawSelfLoops } from './self-loops.js';
import { DEFAULT_EDGE_BUDGET, LOD_EDGE_THRESHOLD, nodesOnlyView, pickEdges, rankEdges, setDrawnEdges } from './lod.js';
import { mountSourceFilter, sourceMatcher } from './source-filter.js';
import { publisherCount } from './support.js';
import { detectRemote, expandFromStore, findInStore, mergeBundles, placeNewcomers, type RemoteInfo, type RemoteMatch } from './remote.js';

interface ViewState {
  focus?: string;
  depth: number;
  hiddenCategories: Set<string>;
  predicates: Set<string>;
  showFacts: boolean;
  showStatements: boolean;
  showBackground: boolean;
  source: string;
  /** Facts supported by at least this many publishers (1: all). */
  minSources: number;
  until?: string;
  path?: [string, string];
}

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const status = (msg: string) => ($('status').textContent = msg);

let bundle: ViewerBundle;
let graph: DisplayGraph;
let renderer: Sigma | undefined;
/** ForceAtlas2 in its worker, started and stopped through {@link controlLayout}. */
interface LayoutControl {
  start(): void;
  stop(): void;
  isRunning(): boolean;
  kill(): void;
}
let layout: LayoutControl | undefined;
/** The layout runs on a copy; positions are copied to the drawn graph at a bounded rate. */
let layoutGraph: DisplayGraph | undefined;
let syncTimer: ReturnType<typeof setInterval> | undefined;
let signature = '';
let nodesByKey = new Map<string, BundleNode>();
/** Built on first use: indexing every name of a large graph need not delay its first render. */
let search: SearchIndex | undefined;
const searchIndex = (): SearchIndex => (search ??= new SearchIndex(bundle.nodes));
let hoveredEdge: string | undefined;
let visibleNodes = new Set<string>();
/** Edges hidden by the current filters (computed on filter changes, not per frame). */
let hiddenEdges = new Set<string>();
/** True when a filter, focus or path changes how things are drawn (else reducers pass data through). */
let styled = false;
let egoSet: Set<string> | undefined;
let pathNodes: Set<string> | undefined;
let pathEdges: Set<string> | undefined;
let dates: string[] = [];
/** Large graphs (more than LOD_EDGE_THRESHOLD edges) get their edges in chunks of EDGE_CHUNK. */
const EDGE_CHUNK = 10_000;
/**
 * What sigma draws: `graph` itself, or for a large graph its nodes (attributes shared) and a
 * bounded, view-dependent set of edges (lod.ts) — software WebGL pays for every drawn edge on
 * every frame.
 */
let drawn: DisplayGraph;
let lod = false;
let rankedEdges: string[] = [];
let lodTimer: ReturnType<typeof setTimeout> | undefined;
const edgeBudget = Math.max(0, Number(new URLSearchParams(location.search).get('edges') ?? DEFAULT_EDGE_BUDGET) || DEFAULT_EDGE_BUDGET);
/** Counts show() calls, so an unfinished edge loading stops when another graph replaces it. */
let showCount = 0;
/** Set when the server browses a remote store: the graph grows by expanding neighbourhoods. */
let remote: RemoteInfo | undefined;
const expanded = new Set<string>();
const state: ViewState = { depth: 1, hiddenCategories: new Set(), predicates: new Set(), showFacts: true, showStatements: true, showBackground: true, source: '', minSources: 1 };

// ---------------------------------------------------------------- deep links

function readUrl(): void {
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
  state.minSources = Math.max(1, Math.floor(Number(p.get('min') ?? 1)) || 1);
  state.until = p.get('until') ?? undefined;
  const path = p.get('path');
  state.path = path && path.includes('|') ? (path.split('|', 2) as [string, string]) : undefined;
}

function writeUrl(): void {
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

// ---------------------------------------------------------------- visibility

/** The source filter's test, rebuilt when the filter or the bundle changes. */
let inSource: (sources: readonly string[]) => boolean = () => true;

function passesFilters(n: BundleNode): boolean {
  if (state.hiddenCategories.has(n.category)) return false;
  if (state.source && !inSource(n.sources) && n.category !== 'Other') return false;
  if (state.until && n.date && n.date.earliest > state.until) return false;
  return true;
}

function edgePasses(e: BundleEdge): boolean {
  if (e.kind === 'fact' && !state.showFacts) return false;
  if (e.kind === 'statement' && !state.showStatements) return false;
  if (e.kind === 'background' && !state.showBackground) return false;
  if (state.predicates.size && !state.predicates.has(e.predicate)) return false;
  if (state.source && !inSource(e.sources)) return false;
  if (state.minSources > 1 && e.kind === 'fact' && publisherCount(bundle, e) < state.minSources) return false;
  if (state.until && e.date && e.date.earliest > state.until) return false;
  return true;
}

/** Nodes within `depth` hops of `center`, over edges that pass the filters. */
function ego(center: string, depth: number): Set<string> {
  const seen = new Set([center]);
  let frontier = [center];
  for (let d = 0; d < depth; d++) {
    const next: string[] = [];
    for (const n of frontier) {
      graph.forEachEdge(n, (edge, attrs, s, t) => {
        if (!edgePasses(attrs.record)) return;
        const other = s === n ? t : s;
        if (!seen.has(other) && passesFilters(graph.getNodeAttribute(other, 'record'))) {
          seen.add(other);
          next.push(other);
        }
      });
    }
    frontier = next;
  }
  return seen;
}

function recompute(): void {
  egoSet = state.focus && graph.hasNode(state.focus) ? ego(state.focus, state.depth) : undefined;
  visibleNodes = new Set();
  graph.forEachNode((k, a) => {
    if ((egoSet ? egoSet.has(k) : true) && passesFilters(a.record)) visibleNodes.add(k);
  });
  if (!state.showStatements) {
    // statements without their links are noise
    graph.forEachNode((k, a) => {
      if (a.category === 'Statement') visibleNodes.delete(k);
    });
  }
  hiddenEdges = new Set();
  graph.forEachEdge((e, a, s, t) => {
    if (!visibleNodes.has(s) || !visibleNodes.has(t) || !edgePasses(a.record)) hiddenEdges.add(e);
  });
  styled = visibleNodes.size !== graph.order || hiddenEdges.size > 0 || state.focus !== undefined || pathNodes !== undefined;
  updateDrawnEdges();
  renderer?.refresh();
  const shown = visibleNodes.size;
  status(`${shown} of ${graph.order} nodes shown`);
  ($('graph') as HTMLElement).dataset.visibleNodes = String(shown);
  writeUrl();
}

/**
 * Large graphs: draw the edges that matter now — path and focus edges first, then the best
 * ranked edges that pass the filters and touch a node in view — up to the edge budget; none while
 * the layout runs or before the edges are built.
 */
function updateDrawnEdges(): void {
  if (!lod || !renderer) return;
  if (lodTimer) clearTimeout(lodTimer);
  lodTimer = undefined;
  if (rankedEdges.length === 0 || layout?.isRunning()) {
    setDrawnEdges(drawn, graph, []);
    return;
  }
  const { width, height } = renderer.getDimensions();
  const a = renderer.viewportToGraph({ x: 0, y: 0 });
  const b = renderer.viewportToGraph({ x: width, y: height });
  const [x0, x1, y0, y1] = [Math.min(a.x, b.x), Math.max(a.x, b.x), Math.min(a.y, b.y), Math.max(a.y, b.y)];
  const inView = (n: string) => {
    const p = graph.getNodeAttributes(n);
    return p.x >= x0 && p.x <= x1 && p.y >= y0 && p.y <= y1;
  };
  const passes = (e: string) => !styled || !hiddenEdges.has(e);
  const first = [...(pathEdges ?? []), ...(state.focus && graph.hasNode(state.focus) ? graph.edges(state.focus) : [])];
  setDrawnEdges(drawn, graph, pickEdges(rankedEdges, edgeBudget, (e) => passes(e) && (inView(graph.source(e)) || inView(graph.target(e))), first, passes));
}

// ---------------------------------------------------------------- focus & details

const actions: DetailsActions = {
  focusNode(key: string): void {
    if (!graph.hasNode(key)) return;
    state.focus = key;
    state.path = undefined;
    pathNodes = pathEdges = undefined;
    showNode($('details'), bundle, nodesByKey, graph.getNodeAttribute(key, 'record'), actions);
    recompute();
    const pos = renderer?.getNodeDisplayData(key);
    if (pos && renderer) renderer.getCamera().animate({ x: pos.x, y: pos.y, ratio: 0.6 }, { duration: 400 });
  },
  focusEdge(key: string): void {
    if (!graph.hasEdge(key)) return;
    showEdge($('details'), bundle, nodesByKey, graph.getEdgeAttribute(key, 'record'), actions);
  },
};

// ---------------------------------------------------------------- remote store

/** Load an entity's neighbourhood from the store into the graph, then focus it. */
async function expand(key: string): Promise<void> {
  if (!remote) return;
  status(`Loading neighbours from ${remote.endpoint}…`);
  try {
    const { bundle: fragment, truncated } = await expandFromStore(key);
    expanded.add(key);
    const drawn = new Map<string, [number, number]>();
    if (graph) graph.forEachNode((k, a) => drawn.set(k, [a.x, a.y]));
    const merged = mergeBundles(bundle, fragment, key);
    show(merged, placeNewcomers(merged, drawn, key));
    actions.focusNode(key);
    status(`${bundle.nodes.length} nodes loaded from ${remote.endpoint}${truncated ? ' — this entity has more relations than one request loads' : ''}`);
  } catch (err) {
    status(`Could not load from the store: ${(err as Error).message}`);
  }
}

/** Browse a store (`info`), or stop browsing one (undefined: a file was opened). */
function setRemote(info: RemoteInfo | undefined): void {
  remote = info;
  expanded.clear();
  if (info) {
    actions.expand = (key) => void expand(key);
    actions.isExpanded = (key) => expanded.has(key);
  } else {
    delete actions.expand;
    delete actions.isExpanded;
  }
}

function clearFocus(): void {
  state.focus = undefined;
  state.path = undefined;
  pathNodes = pathEdges = undefined;
  $('path-result').textContent = '';
  recompute();
  renderer?.getCamera().animatedReset({ duration: 300 });
}

// ---------------------------------------------------------------- path finder

function resolveName(text: string): string | undefined {
  if (graph.hasNode(text)) return text;
  return searchIndex().suggest(text, 1)[0]?.node.key;
}

function findPath(fromText: string, toText: string): void {
  const from = resolveName(fromText);
  const to = resolveName(toText);
  const out = $('path-result');
  if (!from || !to) {
    out.textContent = `Unknown entity: ${!from ? fromText : toText}`;
    return;
  }
  // paths run over relations in either direction
  const path = bidirectional(graph as never, from, to) as string[] | null;
  const undirectedPath = path ?? shortestUndirected(from, to);
  if (!undirectedPath) {
    out.textContent = 'No path between them.';
    pathNodes = pathEdges = undefined;
  } else {
    pathNodes = new Set(undirectedPath);
    pathEdges = new Set();
    for (let i = 0; i + 1 < undirectedPath.length; i++) {
      const a = undirectedPath[i]!;
      const b = undirectedPath[i + 1]!;
      for (const e of [...graph.edges(a, b), ...graph.edges(b, a)]) pathEdges.add(e);
    }
    out.textContent = `${undirectedPath.length - 1} steps: ${undirectedPath.map((k) => graph.getNodeAttribute(k, 'label')).join(' → ')}`;
  }
  state.path = [from, to];
  state.focus = undefined;
  recompute();
}

function shortestUndirected(from: string, to: string): string[] | null {
  const prev = new Map<string, string | null>([[from, null]]);
  const queue = [from];
  while (queue.length) {
    const n = queue.shift()!;
    if (n === to) break;
    for (const m of graph.neighbors(n)) {
      if (prev.has(m)) continue;
      prev.set(m, n);
      queue.push(m);
    }
  }
  if (!prev.has(to)) return null;
  const path: string[] = [];
  for (let n: string | null = to; n !== null; n = prev.get(n) ?? null) path.unshift(n);
  return path;
}

// ---------------------------------------------------------------- UI building

function buildLegend(): void {
  const legend = $('legend');
  legend.replaceChildren();
  const counts = new Map<string, number>();
  for (const n of bundle.nodes) counts.set(n.category, (counts.get(n.category) ?? 0) + 1);
  for (const [cat, count] of [...counts].sort()) {
    const li = el('li');
    const id = `cat-${cat}`;
    const box = el('input', undefined, { type: 'checkbox', id });
    (box as HTMLInputElement).checked = !state.hiddenCategories.has(cat);
    box.addEventListener('change', () => {
      if ((box as HTMLInputElement).checked) state.hiddenCategories.delete(cat);
      else state.hiddenCategories.add(cat);
      recompute();
    });
    const swatch = el('span', undefined, { class: 'swatch', 'aria-hidden': 'true' });
    swatch.style.background = CATEGORY_COLORS[cat as keyof typeof CATEGORY_COLORS] ?? '#999';
    const label = el('label', undefined, { for: id });
    label.append(swatch, document.createTextNode(` ${cat} (${count})`));
    li.append(box, label);
    legend.append(li);
  }
}

/** The searchable source filter (publishers and documents); choosing one recomputes the view. */
function buildSourceFilter(): void {
  inSource = sourceMatcher(bundle, state.source);
  mountSourceFilter(bundle, state.source, (value) => {
    state.source = value;
    buildSourceFilter();
    recompute();
  });
}

function buildFilters(): void {
  const preds = $('predicate-filter') as HTMLSelectElement;
  preds.replaceChildren();
  for (const p of [...new Set(bundle.edges.map((e) => e.predicate))].sort((a, b) => (bundle.terms[a]?.label ?? a).localeCompare(bundle.terms[b]?.label ?? b))) {
    const o = el('option', bundle.terms[p]?.label ?? p, { value: p });
    o.selected = state.predicates.has(p);
    preds.append(o);
  }
  buildSourceFilter();
  ($('show-facts') as HTMLInputElement).checked = state.showFacts;
  ($('show-statements') as HTMLInputElement).checked = state.showStatements;
  ($('show-background') as HTMLInputElement).checked = state.showBackground;
  ($('min-sources') as HTMLInputElement).value = String(state.minSources);
  ($('depth') as HTMLSelectElement).value = String(state.depth);

  dates = [...new Set([...bundle.nodes.flatMap((n) => (n.date ? [n.date.earliest] : [])), ...bundle.edges.flatMap((e) => (e.date ? [e.date.earliest] : []))])].sort();
  const slider = $('time-slider') as HTMLInputElement;
  slider.max = String(dates.length);
  const idx = state.until ? dates.findIndex((d) => d > state.until!) : -1;
  slider.value = String(idx < 0 ? dates.length : Math.max(0, idx - 1));
  slider.disabled = dates.length === 0;
  updateTimeLabel();

  // the path finder's name list is filled when a path field is first used: thousands of
  // <option>s would otherwise delay the first render of a large graph
  $('entity-names').replaceChildren();
  entityNamesFilled = false;
}

let entityNamesFilled = false;
function fillEntityNames(): void {
  if (entityNamesFilled) return;
  entityNamesFilled = true;
  $('entity-names').replaceChildren(...bundle.nodes.filter((n) => n.category !== 'Statement').map((n) => el('option', undefined, { value: n.label })));
}

function updateTimeLabel(): void {
  ($('time-label') as HTMLOutputElement).textContent = state.until ? `up to ${state.until}` : 'all dates';
}

let suggestionIndex = -1;
let remoteSearch: ReturnType<typeof setTimeout> | undefined;
let remoteQuery = 0;

/** Suggestions from the graph on screen, or (browsing a store) from the store, debounced. */
function renderSuggestions(): void {
  const input = $('search') as HTMLInputElement;
  if (!remote) {
    showSuggestions(searchIndex().suggest(input.value, 8).map((s) => ({ key: s.node.key, label: s.node.label, matched: s.matched, kind: s.node.category })));
    return;
  }
  if (remoteSearch) clearTimeout(remoteSearch);
  const query = ++remoteQuery;
  remoteSearch = setTimeout(() => {
    findInStore(input.value).then(
      (hits: RemoteMatch[]) => {
        if (query === remoteQuery) showSuggestions(hits.map((h) => ({ key: h.iri, label: h.label, matched: h.matched, kind: h.classes.map((c) => c.replace(/^.*[#/]/, '')).join(', ') })));
      },
      (err: unknown) => status(`Search failed: ${(err as Error).message}`),
    );
  }, 200);
}

function showSuggestions(items: Array<{ key: string; label: string; matched: string; kind: string }>): void {
  const input = $('search') as HTMLInputElement;
  const list = $('suggestions');
  list.replaceChildren();
  suggestionIndex = -1;
  items.forEach((s, i) => {
    const li = el('li', undefined, { role: 'option', id: `sugg-${i}`, 'aria-selected': 'false', 'data-key': s.key, 'data-label': s.label });
    li.append(el('span', s.label, { class: 'sugg-label' }));
    if (s.matched !== s.label) li.append(el('span', ` (${s.matched})`, { class: 'muted' }));
    li.append(el('span', ` · ${s.kind}`, { class: 'muted' }));
    li.addEventListener('mousedown', (ev) => {
      ev.preventDefault();
      choose(s.key, s.label);
    });
    list.append(li);
  });
  list.hidden = items.length === 0;
  input.setAttribute('aria-expanded', String(items.length > 0));
}

function choose(key: string, label: string): void {
  const input = $('search') as HTMLInputElement;
  input.value = label;
  $('suggestions').hidden = true;
  input.setAttribute('aria-expanded', 'false');
  if (remote && !expanded.has(key)) void expand(key);
  else actions.focusNode(key);
}

function wireUi(): void {
  const input = $('search') as HTMLInputElement;
  input.addEventListener('input', renderSuggestions);
  input.addEventListener('keydown', (ev) => {
    const items = [...$('suggestions').querySelectorAll<HTMLLIElement>('li')];
    if (ev.key === 'ArrowDown' || ev.key === 'ArrowUp') {
      ev.preventDefault();
      if (!items.length) return;
      suggestionIndex = (suggestionIndex + (ev.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length;
      items.forEach((li, i) => li.setAttribute('aria-selected', String(i === suggestionIndex)));
      input.setAttribute('aria-activedescendant', `sugg-${suggestionIndex}`);
    } else if (ev.key === 'Enter') {
      const li = items[Math.max(0, suggestionIndex)];
      if (li?.dataset.key) choose(li.dataset.key, li.dataset.label ?? '');
    } else if (ev.key === 'Escape') {
      $('suggestions').hidden = true;
    }
  });
  input.addEventListener('blur', () => setTimeout(() => ($('suggestions').hidden = true), 150));
  $('clear-focus').addEventListener('click', clearFocus);
  $('depth').addEventListener('change', (e) => {
    state.depth = Number((e.target as HTMLSelectElement).value);
    recompute();
  });
  $('size-by').addEventListener('change', (e) => {
    applySizes(graph, (e.target as HTMLSelectElement).value as 'degree' | 'pagerank');
    renderer?.refresh();
  });
  for (const [id, keyName] of [['show-facts', 'showFacts'], ['show-statements', 'showStatements'], ['show-background', 'showBackground']] as const) {
    $(id).addEventListener('change', (e) => {
      state[keyName] = (e.target as HTMLInputElement).checked;
      recompute();
    });
  }
  $('min-sources').addEventListener('change', (e) => {
    state.minSources = Math.max(1, Math.floor(Number((e.target as HTMLInputElement).value)) || 1);
    recompute();
  });
  $('predicate-filter').addEventListener('change', (e) => {
    state.predicates = new Set([...(e.target as HTMLSelectElement).selectedOptions].map((o) => o.value));
    recompute();
  });
  $('time-slider').addEventListener('input', (e) => {
    const v = Number((e.target as HTMLInputElement).value);
    state.until = v >= dates.length ? undefined : dates[v];
    updateTimeLabel();
    recompute();
  });
  for (const id of ['path-from', 'path-to']) $(id).addEventListener('focus', fillEntityNames);
  $('path-find').addEventListener('click', () => findPath(($('path-from') as HTMLInputElement).value, ($('path-to') as HTMLInputElement).value));
  $('layout-toggle').addEventListener('click', toggleLayout);
  $('export-png').addEventListener('click', () => {
    if (renderer) void downloadAsPNG(renderer, { fileName: 'newsgraph', backgroundColor: '#ffffff' });
  });
  $('export-ttl').addEventListener('click', exportTurtle);
  $('open-file').addEventListener('change', async (e) => {
    const file = (e.target as HTMLInputElement).files?.[0];
    if (file) await openFile(file);
  });
  window.addEventListener('dragover', (e) => {
    e.preventDefault();
    $('drop-hint').hidden = false;
  });
  window.addEventListener('dragleave', () => ($('drop-hint').hidden = true));
  window.addEventListener('drop', async (e) => {
    e.preventDefault();
    $('drop-hint').hidden = true;
    const file = e.dataTransfer?.files?.[0];
    if (file) await openFile(file);
  });
  window.addEventListener('hashchange', () => {
    readUrl();
    buildFilters();
    recompute();
  });
  $('graph').addEventListener('keydown', (e) => {
    if (e.key === 'Escape') clearFocus();
  });
}

// ---------------------------------------------------------------- layout

function syncPositions(): void {
  if (!layout?.isRunning() || !layoutGraph || !renderer) return;
  const src = layoutGraph;
  if (lod) {
    // large graphs (no edges drawn while the layout runs): move the nodes in sigma's buffers
    // only (the drawn graph shares their attributes); the label grid and hover index catch up
    // with the full refresh when the layout stops
    const nodes: string[] = [];
    graph.forEachNode((k, a) => {
      const p = src.getNodeAttributes(k);
      a.x = p.x;
      a.y = p.y;
      nodes.push(k);
    });
    renderer.refresh({ partialGraph: { nodes }, skipIndexation: true, schedule: true });
    return;
  }
  graph.updateEachNodeAttributes(
    (k, a) => {
      const p = src.getNodeAttributes(k);
      a.x = p.x;
      a.y = p.y;
      return a;
    },
    { attributes: ['x', 'y'] },
  );
}

/**
 * Start and stop the worker so that the drawing follows: a large graph's edges are hidden while
 * it runs (one full refresh on start), and everything is re-indexed at its final place on stop.
 */
function controlLayout(worker: FA2Layout): LayoutControl {
  return {
    start() {
      worker.start();
      updateDrawnEdges();
    },
    stop() {
      syncPositions();
      worker.stop();
      updateDrawnEdges();
      renderer?.refresh();
    },
    isRunning: () => worker.isRunning(),
    kill: () => worker.kill(),
  };
}

function toggleLayout(): void {
  const button = $('layout-toggle');
  if (!layout) return;
  if (layout.isRunning()) {
    layout.stop();
    savePositions(signature, graph);
    button.textContent = 'Start layout';
    button.setAttribute('aria-pressed', 'false');
  } else {
    layout.start();
    button.textContent = 'Stop layout';
    button.setAttribute('aria-pressed', 'true');
  }
}

setInterval(() => {
  if (layout?.isRunning()) savePositions(signature, graph);
}, 3000);

// ---------------------------------------------------------------- export

function exportTurtle(): void {
  const writer = new Writer({ prefixes: bundle.prefixes });
  const { namedNode, literal, quad } = DataFactory;
  for (const k of visibleNodes) {
    const n = graph.getNodeAttribute(k, 'record');
    for (const c of n.classes) writer.addQuad(quad(namedNode(k), namedNode('http://www.w3.org/1999/02/22-rdf-syntax-ns#type'), namedNode(c)));
    for (const l of n.labels) writer.addQuad(quad(namedNode(k), namedNode('http://www.w3.org/2000/01/rdf-schema#label'), literal(l.value, l.lang || undefined)));
  }
  graph.forEachEdge((e, a, s, t) => {
    if (visibleNodes.has(s) && visibleNodes.has(t) && edgePasses(a.record)) writer.addQuad(quad(namedNode(s), namedNode(a.record.predicate), namedNode(t)));
  });
  writer.end((err, text) => {
    if (err) return status(`Export failed: ${err.message}`);
    const url = URL.createObjectURL(new Blob([text], { type: 'text/turtle' }));
    const a = el('a', undefined, { href: url, download: 'newsgraph-view.ttl' });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  });
}

// ---------------------------------------------------------------- loading

async function openFile(file: File): Promise<void> {
  try {
    status(`Reading ${file.name}…`);
    const opened = await loadFile(file);
    setRemote(undefined);
    show(opened);
    status(`Opened ${file.name}`);
  } catch (err) {
    status(`Could not open ${file.name}: ${(err as Error).message}`);
  }
}

/** Draw a bundle; `positions` (else the positions cache) places nodes already known. */
function show(b: ViewerBundle, positions?: Record<string, [number, number]>): void {
  bundle = b;
  nodesByKey = new Map(b.nodes.map((n) => [n.key, n]));
  search = undefined;
  signature = bundleSignature(b);
  layout?.kill();
  renderer?.kill();
  if (syncTimer) clearInterval(syncTimer);
  const cached = positions ?? loadPositions(signature);
  const sizeBy = ($('size-by') as HTMLSelectElement).value as 'degree' | 'pagerank';
  // large graphs are drawn nodes first; their edges follow in chunks, without blocking the page
  const largeGraph = b.edges.length > LOD_EDGE_THRESHOLD;
  const shown = ++showCount;
  if (lodTimer) clearTimeout(lodTimer);
  lod = largeGraph;
  rankedEdges = [];
  graph = largeGraph ? buildDisplayNodes(b, cached) : buildDisplayGraph(b, sizeBy, cached);
  drawn = largeGraph ? nodesOnlyView(graph) : graph;
  performance.mark('newsgraph:graph-built');
  const settings = { ...forceAtlas2.inferSettings(graph as never), barnesHutOptimize: graph.order > 500 };
  // a sensible start: without cached positions, small graphs get a synchronous ForceAtlas2 pass
  if (!largeGraph && Object.keys(cached).length === 0 && graph.order > 0 && graph.order <= 3000) {
    forceAtlas2.assign(graph as never, { iterations: graph.order <= 300 ? 300 : 60, settings });
    savePositions(signature, graph);
  }
  performance.mark('newsgraph:start-layout');
  if (state.focus && !graph.hasNode(state.focus)) state.focus = undefined;
  renderer = new Sigma(drawn as never, $('graph'), {
    // large graphs: no edge labels but the hovered one, edges hidden while the camera moves
    renderEdgeLabels: !largeGraph,
    hideEdgesOnMove: largeGraph,
    hideLabelsOnMove: largeGraph,
    labelDensity: 0.35,
    labelGridCellSize: 90,
    labelRenderedSizeThreshold: 7,
    labelFont: 'system-ui, sans-serif',
    edgeLabelFont: 'system-ui, sans-serif',
    // edge picking draws every edge twice and reads pixels back: only for graphs of a readable size
    enableEdgeEvents: !largeGraph,
    // z-ordering sorts every item on each refresh: only worth it on readable graphs
    zIndex: !largeGraph,
    defaultEdgeType: 'straight',
    edgeProgramClasses: { straight: EdgeArrowProgram, curved: EdgeCurvedArrowProgram },
    nodeReducer: (key, data) => {
      if (!styled) return data;
      if (!visibleNodes.has(key)) return { ...data, hidden: true };
      if (key === state.focus || pathNodes?.has(key)) return { ...data, highlighted: true, zIndex: 2, forceLabel: true };
      return pathNodes ? { ...data, color: '#ddd' } : data;
    },
    edgeReducer: (key, data) => {
      const onPath = pathEdges?.has(key) ?? false;
      const labelled = key === hoveredEdge || onPath || (largeGraph ? false : (renderer?.getCamera().ratio ?? 1) < 0.35);
      if (!styled && labelled && key !== hoveredEdge) return data;
      if (styled && hiddenEdges.has(key)) return { ...data, hidden: true };
      if (onPath) return { ...data, color: '#c00', size: 3, zIndex: 2 };
      if (key === hoveredEdge) return { ...data, color: '#000' };
      if (pathEdges) return { ...data, color: '#eee', label: '' };
      return labelled ? data : { ...data, label: '' };
    },
  });
  performance.mark('newsgraph:sigma-created');
  // sigma draws once in its constructor; the frame is on screen after the next animation frame
  const painted = new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  void painted.then(() => performance.mark('newsgraph:first-render'));
  if (!largeGraph) drawSelfLoops(renderer, graph);
  renderer.on('clickNode', ({ node }) => actions.focusNode(node));
  renderer.on('doubleClickNode', ({ node, preventSigmaDefault }) => {
    if (!remote) return;
    preventSigmaDefault();
    void expand(node);
  });
  renderer.on('clickEdge', ({ edge }) => actions.focusEdge(edge));
  renderer.on('enterEdge', ({ edge }) => {
    hoveredEdge = edge;
    renderer?.refresh();
  });
  renderer.on('leaveEdge', () => {
    hoveredEdge = undefined;
    renderer?.refresh();
  });
  renderer.getCamera().on('updated', () => {
    renderer?.scheduleRefresh();
    // large graphs: pick the edges in view again once the camera rests
    if (lod && rankedEdges.length) {
      if (lodTimer) clearTimeout(lodTimer);
      lodTimer = setTimeout(updateDrawnEdges, 250);
    }
  });
  const finish = () => {
    layoutGraph = graph.copy() as DisplayGraph;
    layout = controlLayout(new FA2Layout(layoutGraph as never, { settings }));
    if (syncTimer) clearInterval(syncTimer);
    // drawing is the expensive part (software WebGL): copy positions 10×/s, large graphs 1×/s
    syncTimer = setInterval(syncPositions, largeGraph ? 1000 : 100);
    buildLegend();
    buildFilters();
    performance.mark('newsgraph:filters-built');
    recompute();
    performance.mark('newsgraph:shown');
    if (state.focus) showNode($('details'), bundle, nodesByKey, graph.getNodeAttribute(state.focus, 'record'), actions);
    if (state.path) findPath(state.path[0], state.path[1]);
    (window as unknown as { newsgraph: unknown }).newsgraph = { graph, drawn, layoutGraph, renderer, bundle, state, layout, actions, findPath, visible: () => [...visibleNodes] };
    document.body.dataset.ready = 'true';
  };
  if (!largeGraph) {
    finish();
    return;
  }
  status(`${b.nodes.length} nodes drawn; adding ${b.edges.length} edges…`);
  // once the nodes are on screen: add the edges to the (undrawn) display graph in chunks, the
  // page answering input between them; then draw the ones that matter (updateDrawnEdges)
  const target = graph;
  void painted.then(() => {
    void (async () => {
      for (let i = 0; i < b.edges.length; i += EDGE_CHUNK) {
        await new Promise((r) => setTimeout(r, 0));
        if (shown !== showCount) return; // another graph was opened meanwhile
        addDisplayEdges(target, b.edges.slice(i, i + EDGE_CHUNK), b);
      }
      finishDisplayEdges(target);
      if (sizeBy !== 'degree') applySizes(target, sizeBy);
      rankedEdges = rankEdges(target);
      await new Promise((r) => setTimeout(r, 0));
      if (shown !== showCount || !renderer) return;
      drawSelfLoops(renderer, target);
      performance.mark('newsgraph:edges-added');
      finish();
      status(`${b.nodes.length} nodes, ${b.edges.length} edges from ${b.documents.length} source(s); drawing up to ${edgeBudget} of them at a time (zoom in for all edges in view)`);
    })();
  });
}

async function main(): Promise<void> {
  performance.mark('newsgraph:start');
  readUrl();
  wireUi();
  const params = new URLSearchParams(location.search);
  const src = params.get('bundle') ?? 'bundle.json';
  // ask whether the server browses a store while the bundle is already on its way
  const aborter = new AbortController();
  const bundleResponse = fetch(src, { signal: aborter.signal });
  bundleResponse.catch(() => undefined); // a store needs no bundle: its failure is not an error
  try {
    const info = params.has('bundle') ? undefined : await detectRemote();
    if (info) {
      aborter.abort();
      setRemote(info);
      const focus = state.focus;
      show(info.bundle);
      status(`Browsing the store at ${info.endpoint}: search for an entity to start`);
      if (focus) await expand(focus);
      return;
    }
  } catch (err) {
    aborter.abort();
    status(`Could not reach the store: ${(err as Error).message}`);
    return;
  }
  try {
    const res = await bundleResponse;
    if (!res.ok) throw new Error(`${res.status} ${res.statusText}`);
    const data = (await res.json()) as unknown;
    if (!isBundle(data)) throw new Error('not a newsgraph bundle');
    const unpacked = unpackBundle(data);
    performance.mark('newsgraph:bundle-parsed');
    show(unpacked);
    status(`${bundle.nodes.length} nodes, ${bundle.edges.length} edges from ${bundle.documents.length} source(s)`);
  } catch (err) {
    status(`Could not load ${src}: ${(err as Error).message}. Open a graph file instead.`);
  }
}

void main();
