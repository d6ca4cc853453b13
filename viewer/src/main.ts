/**
 * The newsgraph viewer: draws a bundle with sigma, lays it out with ForceAtlas2 in a web worker,
 * and lets people search, filter (class, relation, facts/statements, source, time), focus
 * neighbourhoods, find paths, read evidence, share deep links, open other graphs and export;
 * or browses a remote SPARQL store one neighbourhood at a time (remote.ts). What it holds between
 * events is one object (`viewer`); the view and its deep link are view-state.ts, the filters
 * filters.ts, the path finder paths.ts, the details panel details.ts.
 * Does not: parse RDF itself beyond handing files to n3/jsonld (see load.ts).
 */
import Sigma from 'sigma';
import { EdgeArrowProgram } from 'sigma/rendering';
import { EdgeCurvedArrowProgram } from '@sigma/edge-curve';
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { downloadAsPNG } from '@sigma/export-image';
import { Writer, DataFactory } from 'n3';
import type { BundleNode, ViewerBundle } from '../../src/graph/bundle.js';
import { CATEGORY_COLORS, addDisplayEdges, applySizes, buildDisplayGraph, buildDisplayNodes, bundleSignature, finishDisplayEdges, loadPositions, savePositions, type DisplayGraph } from './display-graph.js';
import { SearchIndex } from './search.js';
import { showEdge, showNode, type DetailsActions } from './details.js';
import { el } from './text.js';
import { loadFile } from './load.js';
import { isBundle, unpackBundle } from '../../src/graph/bundle-wire.js';
import { shortestPath } from './paths.js';
import { initialViewState, readUrl, writeUrl, type ViewState } from './view-state.js';
import { edgePasses, ego, passesFilters } from './filters.js';
import { drawSelfLoops } from './self-loops.js';
import { placeIsolated, removeOverlaps } from './tidy-layout.js';
import { LABEL_SETTINGS, placedLabels, resetLabels, wireLabelCollisions } from './labels.js';
import { wirePanels } from './panels.js';
import { resolveLinkTarget } from './deep-link.js';
import { fitCameraTo } from './camera-fit.js';
import { DEFAULT_EDGE_BUDGET, LOD_EDGE_THRESHOLD, nodesOnlyView, pickEdges, rankEdges, setDrawnEdges } from './lod.js';
import { detectRemote, expandFromStore, findInStore, mergeBundles, placeNewcomers, type RemoteInfo, type RemoteMatch } from './remote.js';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const status = (msg: string) => ($('status').textContent = msg);

/** Everything the viewer holds between events, in one object. */
interface Viewer {
  bundle: ViewerBundle;
  graph: DisplayGraph;
  renderer: Sigma | undefined;
  layout: LayoutControl | undefined;
  /** The layout runs on a copy; positions are copied to the drawn graph at a bounded rate. */
  layoutGraph: DisplayGraph | undefined;
  syncTimer: ReturnType<typeof setInterval> | undefined;
  signature: string;
  nodesByKey: Map<string, BundleNode>;
  /** Built on first use: indexing every name of a large graph need not delay its first render. */
  search: SearchIndex | undefined;
  hoveredEdge: string | undefined;
  visibleNodes: Set<string>;
  /** Edges hidden by the current filters (computed on filter changes, not per frame). */
  hiddenEdges: Set<string>;
  /** True when a filter, focus or path changes how things are drawn (else reducers pass data through). */
  styled: boolean;
  egoSet: Set<string> | undefined;
  pathNodes: Set<string> | undefined;
  pathEdges: Set<string> | undefined;
  dates: string[];
  /**
   * What sigma draws: `graph` itself, or for a large graph its nodes (attributes shared) and a
   * bounded, view-dependent set of edges (lod.ts) — software WebGL pays for every drawn edge on
   * every frame.
   */
  drawn: DisplayGraph;
  lod: boolean;
  rankedEdges: string[];
  lodTimer: ReturnType<typeof setTimeout> | undefined;
  /** Counts show() calls, so an unfinished edge loading stops when another graph replaces it. */
  showCount: number;
  /** Set when the server browses a remote store: the graph grows by expanding neighbourhoods. */
  remote: RemoteInfo | undefined;
  entityNamesFilled: boolean;
  suggestionIndex: number;
  remoteSearch: ReturnType<typeof setTimeout> | undefined;
  remoteQuery: number;
}

const viewer: Viewer = {
  bundle: undefined as unknown as ViewerBundle,
  graph: undefined as unknown as DisplayGraph,
  renderer: undefined,
  layout: undefined,
  layoutGraph: undefined,
  syncTimer: undefined,
  signature: '',
  nodesByKey: new Map<string, BundleNode>(),
  search: undefined,
  hoveredEdge: undefined,
  visibleNodes: new Set<string>(),
  hiddenEdges: new Set<string>(),
  styled: false,
  egoSet: undefined,
  pathNodes: undefined,
  pathEdges: undefined,
  dates: [],
  drawn: undefined as unknown as DisplayGraph,
  lod: false,
  rankedEdges: [],
  lodTimer: undefined,
  showCount: 0,
  remote: undefined,
  entityNamesFilled: false,
  suggestionIndex: -1,
  remoteSearch: undefined,
  remoteQuery: 0,
};

/** ForceAtlas2 in its worker, started and stopped through {@link controlLayout}. */
interface LayoutControl {
  start(): void;
  stop(): void;
  isRunning(): boolean;
  kill(): void;
}
const searchIndex = (): SearchIndex => (viewer.search ??= new SearchIndex(viewer.bundle.nodes));
/** Large graphs (more than LOD_EDGE_THRESHOLD edges) get their edges in chunks of EDGE_CHUNK. */
const EDGE_CHUNK = 10_000;
const edgeBudget = Math.max(0, Number(new URLSearchParams(location.search).get('edges') ?? DEFAULT_EDGE_BUDGET) || DEFAULT_EDGE_BUDGET);
const expanded = new Set<string>();
const state: ViewState = initialViewState();

// ---------------------------------------------------------------- visibility

function recompute(): void {
  viewer.egoSet = state.focus && viewer.graph.hasNode(state.focus) ? ego(state, viewer.graph, state.focus, state.depth) : undefined;
  viewer.visibleNodes = new Set();
  viewer.graph.forEachNode((k, a) => {
    if ((viewer.egoSet ? viewer.egoSet.has(k) : true) && passesFilters(state, a.record)) viewer.visibleNodes.add(k);
  });
  if (!state.showStatements) {
    // statements without their links are noise
    viewer.graph.forEachNode((k, a) => {
      if (a.category === 'Statement') viewer.visibleNodes.delete(k);
    });
  }
  viewer.hiddenEdges = new Set();
  viewer.graph.forEachEdge((e, a, s, t) => {
    if (!viewer.visibleNodes.has(s) || !viewer.visibleNodes.has(t) || !edgePasses(state, a.record)) viewer.hiddenEdges.add(e);
  });
  viewer.styled = viewer.visibleNodes.size !== viewer.graph.order || viewer.hiddenEdges.size > 0 || state.focus !== undefined || viewer.pathNodes !== undefined;
  updateDrawnEdges();
  viewer.renderer?.refresh();
  const shown = viewer.visibleNodes.size;
  status(`${shown} of ${viewer.graph.order} nodes shown`);
  ($('graph') as HTMLElement).dataset.visibleNodes = String(shown);
  writeUrl(state);
}

/**
 * Large graphs: draw the edges that matter now — path and focus edges first, then the best
 * ranked edges that pass the filters and touch a node in view — up to the edge budget; none while
 * the layout runs or before the edges are built.
 */
function updateDrawnEdges(): void {
  if (!viewer.lod || !viewer.renderer) return;
  if (viewer.lodTimer) clearTimeout(viewer.lodTimer);
  viewer.lodTimer = undefined;
  if (viewer.rankedEdges.length === 0 || viewer.layout?.isRunning()) {
    setDrawnEdges(viewer.drawn, viewer.graph, []);
    return;
  }
  const { width, height } = viewer.renderer.getDimensions();
  const a = viewer.renderer.viewportToGraph({ x: 0, y: 0 });
  const b = viewer.renderer.viewportToGraph({ x: width, y: height });
  const [x0, x1, y0, y1] = [Math.min(a.x, b.x), Math.max(a.x, b.x), Math.min(a.y, b.y), Math.max(a.y, b.y)];
  const inView = (n: string) => {
    const p = viewer.graph.getNodeAttributes(n);
    return p.x >= x0 && p.x <= x1 && p.y >= y0 && p.y <= y1;
  };
  const passes = (e: string) => !viewer.styled || !viewer.hiddenEdges.has(e);
  const first = [...(viewer.pathEdges ?? []), ...(state.focus && viewer.graph.hasNode(state.focus) ? viewer.graph.edges(state.focus) : [])];
  setDrawnEdges(viewer.drawn, viewer.graph, pickEdges(viewer.rankedEdges, edgeBudget, (e) => passes(e) && (inView(viewer.graph.source(e)) || inView(viewer.graph.target(e))), first, passes));
}

// ---------------------------------------------------------------- focus & details

const actions: DetailsActions = {
  focusNode(key: string): void {
    if (!viewer.graph.hasNode(key)) return;
    state.focus = key;
    state.path = undefined;
    viewer.pathNodes = viewer.pathEdges = undefined;
    showNode($('details'), viewer.bundle, viewer.nodesByKey, viewer.graph.getNodeAttribute(key, 'record'), actions);
    recompute();
    if (viewer.renderer) fitCameraTo(viewer.renderer, viewer.visibleNodes);
  },
  focusEdge(key: string): void {
    if (!viewer.graph.hasEdge(key)) return;
    showEdge($('details'), viewer.bundle, viewer.nodesByKey, viewer.graph.getEdgeAttribute(key, 'record'), actions);
  },
};

// ---------------------------------------------------------------- remote store

/** Load an entity's neighbourhood from the store into the graph, then focus it. */
async function expand(key: string): Promise<void> {
  if (!viewer.remote) return;
  status(`Loading neighbours from ${viewer.remote.endpoint}…`);
  try {
    const { bundle: fragment, truncated } = await expandFromStore(key);
    expanded.add(key);
    const drawn = new Map<string, [number, number]>();
    if (viewer.graph) viewer.graph.forEachNode((k, a) => drawn.set(k, [a.x, a.y]));
    const merged = mergeBundles(viewer.bundle, fragment, key);
    show(merged, placeNewcomers(merged, drawn, key));
    actions.focusNode(key);
    status(`${viewer.bundle.nodes.length} nodes loaded from ${viewer.remote.endpoint}${truncated ? ' — this entity has more relations than one request loads' : ''}`);
  } catch (err) {
    status(`Could not load from the store: ${(err as Error).message}`);
  }
}

/** Browse a store (`info`), or stop browsing one (undefined: a file was opened). */
function setRemote(info: RemoteInfo | undefined): void {
  viewer.remote = info;
  expanded.clear();
  if (info) {
    actions.expand = (key) => void expand(key);
    actions.isExpanded = (key) => expanded.has(key);
  } else {
    delete actions.expand;
    delete actions.isExpanded;
  }
}

/** Turn the link's `focus` (key, prefixed name or name) into a node key; say so in the details panel when nothing matches. */
function resolveFocusLink(): void {
  if (!state.focus || viewer.graph.hasNode(state.focus)) return;
  const target = resolveLinkTarget(state.focus, (k) => viewer.graph.hasNode(k), (q, n) => searchIndex().suggest(q, n));
  if (target.key !== undefined) {
    state.focus = target.key;
    return;
  }
  state.focus = undefined;
  $('details').replaceChildren(el('p', target.message, { class: 'notice', role: 'alert' }));
}

function clearFocus(): void {
  state.focus = undefined;
  state.path = undefined;
  viewer.pathNodes = viewer.pathEdges = undefined;
  $('path-result').textContent = '';
  recompute();
  viewer.renderer?.getCamera().animatedReset({ duration: 300 });
}

// ---------------------------------------------------------------- path finder

function resolveName(text: string): string | undefined {
  if (viewer.graph.hasNode(text)) return text;
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
  // the CLI's path search, over relations in either direction
  const path = shortestPath(viewer.graph, from, to);
  if (!path) {
    out.textContent = 'No path between them.';
    viewer.pathNodes = viewer.pathEdges = undefined;
  } else {
    viewer.pathNodes = new Set(path.nodes);
    viewer.pathEdges = new Set(path.edges);
    out.textContent = `${path.nodes.length - 1} steps: ${path.nodes.map((k) => viewer.graph.getNodeAttribute(k, 'label')).join(' → ')}`;
  }
  state.path = [from, to];
  state.focus = undefined;
  recompute();
}

// ---------------------------------------------------------------- UI building

function buildLegend(): void {
  const legend = $('legend');
  legend.replaceChildren();
  const counts = new Map<string, number>();
  for (const n of viewer.bundle.nodes) counts.set(n.category, (counts.get(n.category) ?? 0) + 1);
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

function buildFilters(): void {
  const preds = $('predicate-filter') as HTMLSelectElement;
  preds.replaceChildren();
  for (const p of [...new Set(viewer.bundle.edges.map((e) => e.predicate))].sort((a, b) => (viewer.bundle.terms[a]?.label ?? a).localeCompare(viewer.bundle.terms[b]?.label ?? b))) {
    const o = el('option', viewer.bundle.terms[p]?.label ?? p, { value: p });
    o.selected = state.predicates.has(p);
    preds.append(o);
  }
  const sources = $('source-filter') as HTMLSelectElement;
  sources.replaceChildren(el('option', 'all sources', { value: '' }));
  for (const d of viewer.bundle.documents) {
    const o = el('option', `${d.publisher ?? ''} ${d.published ?? ''} ${d.iri.replace(/^.*\//, '')}`.trim(), { value: d.iri });
    o.selected = state.source === d.iri;
    sources.append(o);
  }
  ($('show-facts') as HTMLInputElement).checked = state.showFacts;
  ($('show-statements') as HTMLInputElement).checked = state.showStatements;
  ($('show-background') as HTMLInputElement).checked = state.showBackground;
  ($('depth') as HTMLSelectElement).value = String(state.depth);

  viewer.dates = [...new Set([...viewer.bundle.nodes.flatMap((n) => (n.date ? [n.date.earliest] : [])), ...viewer.bundle.edges.flatMap((e) => (e.date ? [e.date.earliest] : []))])].sort();
  const slider = $('time-slider') as HTMLInputElement;
  slider.max = String(viewer.dates.length);
  const idx = state.until ? viewer.dates.findIndex((d) => d > state.until!) : -1;
  slider.value = String(idx < 0 ? viewer.dates.length : Math.max(0, idx - 1));
  slider.disabled = viewer.dates.length === 0;
  updateTimeLabel();

  // the path finder's name list is filled when a path field is first used: thousands of
  // <option>s would otherwise delay the first render of a large graph
  $('entity-names').replaceChildren();
  viewer.entityNamesFilled = false;
}

function fillEntityNames(): void {
  if (viewer.entityNamesFilled) return;
  viewer.entityNamesFilled = true;
  $('entity-names').replaceChildren(...viewer.bundle.nodes.filter((n) => n.category !== 'Statement').map((n) => el('option', undefined, { value: n.label })));
}

function updateTimeLabel(): void {
  ($('time-label') as HTMLOutputElement).textContent = state.until ? `up to ${state.until}` : 'all dates';
}


/** Suggestions from the graph on screen, or (browsing a store) from the store, debounced. */
function renderSuggestions(): void {
  const input = $('search') as HTMLInputElement;
  if (!viewer.remote) {
    showSuggestions(searchIndex().suggest(input.value, 8).map((s) => ({ key: s.node.key, label: s.node.label, matched: s.matched, kind: s.node.category })));
    return;
  }
  if (viewer.remoteSearch) clearTimeout(viewer.remoteSearch);
  const query = ++viewer.remoteQuery;
  viewer.remoteSearch = setTimeout(() => {
    findInStore(input.value).then(
      (hits: RemoteMatch[]) => {
        if (query === viewer.remoteQuery) showSuggestions(hits.map((h) => ({ key: h.iri, label: h.label, matched: h.matched, kind: h.classes.map((c) => c.replace(/^.*[#/]/, '')).join(', ') })));
      },
      (err: unknown) => status(`Search failed: ${(err as Error).message}`),
    );
  }, 200);
}

function showSuggestions(items: Array<{ key: string; label: string; matched: string; kind: string }>): void {
  const input = $('search') as HTMLInputElement;
  const list = $('suggestions');
  list.replaceChildren();
  viewer.suggestionIndex = -1;
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
  if (viewer.remote && !expanded.has(key)) void expand(key);
  else actions.focusNode(key);
}

function wireUi(): void {
  wirePanels(() => viewer.renderer?.refresh());
  const input = $('search') as HTMLInputElement;
  input.addEventListener('input', renderSuggestions);
  input.addEventListener('keydown', (ev) => {
    const items = [...$('suggestions').querySelectorAll<HTMLLIElement>('li')];
    if (ev.key === 'ArrowDown' || ev.key === 'ArrowUp') {
      ev.preventDefault();
      if (!items.length) return;
      viewer.suggestionIndex = (viewer.suggestionIndex + (ev.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length;
      items.forEach((li, i) => li.setAttribute('aria-selected', String(i === viewer.suggestionIndex)));
      input.setAttribute('aria-activedescendant', `sugg-${viewer.suggestionIndex}`);
    } else if (ev.key === 'Enter') {
      const li = items[Math.max(0, viewer.suggestionIndex)];
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
    applySizes(viewer.graph, (e.target as HTMLSelectElement).value as 'degree' | 'pagerank');
    viewer.renderer?.refresh();
  });
  for (const [id, keyName] of [['show-facts', 'showFacts'], ['show-statements', 'showStatements'], ['show-background', 'showBackground']] as const) {
    $(id).addEventListener('change', (e) => {
      state[keyName] = (e.target as HTMLInputElement).checked;
      recompute();
    });
  }
  $('predicate-filter').addEventListener('change', (e) => {
    state.predicates = new Set([...(e.target as HTMLSelectElement).selectedOptions].map((o) => o.value));
    recompute();
  });
  $('source-filter').addEventListener('change', (e) => {
    state.source = (e.target as HTMLSelectElement).value;
    recompute();
  });
  $('time-slider').addEventListener('input', (e) => {
    const v = Number((e.target as HTMLInputElement).value);
    state.until = v >= viewer.dates.length ? undefined : viewer.dates[v];
    updateTimeLabel();
    recompute();
  });
  for (const id of ['path-from', 'path-to']) $(id).addEventListener('focus', fillEntityNames);
  $('path-find').addEventListener('click', () => findPath(($('path-from') as HTMLInputElement).value, ($('path-to') as HTMLInputElement).value));
  $('layout-toggle').addEventListener('click', toggleLayout);
  $('export-png').addEventListener('click', () => {
    if (viewer.renderer) void downloadAsPNG(viewer.renderer, { fileName: 'newsgraph', backgroundColor: '#ffffff' });
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
    readUrl(state);
    resolveFocusLink();
    if (state.focus) showNode($('details'), viewer.bundle, viewer.nodesByKey, viewer.graph.getNodeAttribute(state.focus, 'record'), actions);
    buildFilters();
    recompute();
  });
  $('graph').addEventListener('keydown', (e) => {
    if (e.key === 'Escape') clearFocus();
  });
}

// ---------------------------------------------------------------- layout

function syncPositions(): void {
  if (!viewer.layout?.isRunning() || !viewer.layoutGraph || !viewer.renderer) return;
  const src = viewer.layoutGraph;
  if (viewer.lod) {
    // large graphs (no edges drawn while the layout runs): move the nodes in sigma's buffers
    // only (the drawn graph shares their attributes); the label grid and hover index catch up
    // with the full refresh when the layout stops
    const nodes: string[] = [];
    viewer.graph.forEachNode((k, a) => {
      const p = src.getNodeAttributes(k);
      a.x = p.x;
      a.y = p.y;
      nodes.push(k);
    });
    viewer.renderer.refresh({ partialGraph: { nodes }, skipIndexation: true, schedule: true });
    return;
  }
  viewer.graph.updateEachNodeAttributes(
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
      viewer.renderer?.refresh();
    },
    isRunning: () => worker.isRunning(),
    kill: () => worker.kill(),
  };
}

function toggleLayout(): void {
  const button = $('layout-toggle');
  if (!viewer.layout) return;
  if (viewer.layout.isRunning()) {
    viewer.layout.stop();
    savePositions(viewer.signature, viewer.graph);
    button.textContent = 'Start layout';
    button.setAttribute('aria-pressed', 'false');
  } else {
    viewer.layout.start();
    button.textContent = 'Stop layout';
    button.setAttribute('aria-pressed', 'true');
  }
}

setInterval(() => {
  if (viewer.layout?.isRunning()) savePositions(viewer.signature, viewer.graph);
}, 3000);

// ---------------------------------------------------------------- export

function exportTurtle(): void {
  const writer = new Writer({ prefixes: viewer.bundle.prefixes });
  const { namedNode, literal, quad } = DataFactory;
  for (const k of viewer.visibleNodes) {
    const n = viewer.graph.getNodeAttribute(k, 'record');
    for (const c of n.classes) writer.addQuad(quad(namedNode(k), namedNode('http://www.w3.org/1999/02/22-rdf-syntax-ns#type'), namedNode(c)));
    for (const l of n.labels) writer.addQuad(quad(namedNode(k), namedNode('http://www.w3.org/2000/01/rdf-schema#label'), literal(l.value, l.lang || undefined)));
  }
  viewer.graph.forEachEdge((e, a, s, t) => {
    if (viewer.visibleNodes.has(s) && viewer.visibleNodes.has(t) && edgePasses(state, a.record)) writer.addQuad(quad(namedNode(s), namedNode(a.record.predicate), namedNode(t)));
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
  viewer.bundle = b;
  viewer.nodesByKey = new Map(b.nodes.map((n) => [n.key, n]));
  viewer.search = undefined;
  viewer.signature = bundleSignature(b);
  viewer.layout?.kill();
  viewer.renderer?.kill();
  if (viewer.syncTimer) clearInterval(viewer.syncTimer);
  const cached = positions ?? loadPositions(viewer.signature);
  const sizeBy = ($('size-by') as HTMLSelectElement).value as 'degree' | 'pagerank';
  // large graphs are drawn nodes first; their edges follow in chunks, without blocking the page
  const largeGraph = b.edges.length > LOD_EDGE_THRESHOLD;
  const shown = ++viewer.showCount;
  if (viewer.lodTimer) clearTimeout(viewer.lodTimer);
  viewer.lod = largeGraph;
  viewer.rankedEdges = [];
  viewer.graph = largeGraph ? buildDisplayNodes(b, cached) : buildDisplayGraph(b, sizeBy, cached);
  viewer.drawn = largeGraph ? nodesOnlyView(viewer.graph) : viewer.graph;
  performance.mark('newsgraph:graph-built');
  const settings = { ...forceAtlas2.inferSettings(viewer.graph as never), barnesHutOptimize: viewer.graph.order > 500 };
  // a sensible start: without cached positions, small graphs get a synchronous ForceAtlas2 pass
  if (!largeGraph && Object.keys(cached).length === 0 && viewer.graph.order > 0 && viewer.graph.order <= 3000) {
    forceAtlas2.assign(viewer.graph as never, { iterations: viewer.graph.order <= 300 ? 300 : 60, settings });
    placeIsolated(viewer.graph);
    removeOverlaps(viewer.graph, $('graph').getBoundingClientRect());
    placeIsolated(viewer.graph); // again: the no-overlap pass may have pushed them into the graph
    savePositions(viewer.signature, viewer.graph);
  }
  performance.mark('newsgraph:start-layout');
  resolveFocusLink();
  resetLabels();
  viewer.renderer = new Sigma(viewer.drawn as never, $('graph'), {
    // large graphs: no edge labels but the hovered one, edges hidden while the camera moves
    renderEdgeLabels: !largeGraph,
    hideEdgesOnMove: largeGraph,
    hideLabelsOnMove: largeGraph,
    ...LABEL_SETTINGS,
    edgeLabelFont: 'system-ui, sans-serif',
    // edge picking draws every edge twice and reads pixels back: only for graphs of a readable size
    enableEdgeEvents: !largeGraph,
    // z-ordering sorts every item on each refresh: only worth it on readable graphs
    zIndex: !largeGraph,
    defaultEdgeType: 'straight',
    edgeProgramClasses: { straight: EdgeArrowProgram, curved: EdgeCurvedArrowProgram },
    nodeReducer: (key, data) => {
      if (!viewer.styled) return data;
      if (!viewer.visibleNodes.has(key)) return { ...data, hidden: true };
      if (key === state.focus || viewer.pathNodes?.has(key)) return { ...data, highlighted: true, zIndex: 2, forceLabel: true };
      return viewer.pathNodes ? { ...data, color: '#ddd' } : data;
    },
    edgeReducer: (key, data) => {
      const onPath = viewer.pathEdges?.has(key) ?? false;
      const labelled = key === viewer.hoveredEdge || onPath || (largeGraph ? false : (viewer.renderer?.getCamera().ratio ?? 1) < 0.35);
      if (!viewer.styled && labelled && key !== viewer.hoveredEdge) return data;
      if (viewer.styled && viewer.hiddenEdges.has(key)) return { ...data, hidden: true };
      if (onPath) return { ...data, color: '#c00', size: 3, zIndex: 2 };
      if (key === viewer.hoveredEdge) return { ...data, color: '#000' };
      if (viewer.pathEdges) return { ...data, color: '#eee', label: '' };
      return labelled ? data : { ...data, label: '' };
    },
  });
  wireLabelCollisions(viewer.renderer);
  performance.mark('newsgraph:sigma-created');
  // sigma draws once in its constructor; the frame is on screen after the next animation frame
  const painted = new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  void painted.then(() => performance.mark('newsgraph:first-render'));
  if (!largeGraph) drawSelfLoops(viewer.renderer, viewer.graph);
  viewer.renderer.on('clickNode', ({ node }) => actions.focusNode(node));
  viewer.renderer.on('doubleClickNode', ({ node, preventSigmaDefault }) => {
    if (!viewer.remote) return;
    preventSigmaDefault();
    void expand(node);
  });
  viewer.renderer.on('clickEdge', ({ edge }) => actions.focusEdge(edge));
  viewer.renderer.on('enterEdge', ({ edge }) => {
    viewer.hoveredEdge = edge;
    viewer.renderer?.refresh();
  });
  viewer.renderer.on('leaveEdge', () => {
    viewer.hoveredEdge = undefined;
    viewer.renderer?.refresh();
  });
  viewer.renderer.getCamera().on('updated', () => {
    viewer.renderer?.scheduleRefresh();
    // large graphs: pick the edges in view again once the camera rests
    if (viewer.lod && viewer.rankedEdges.length) {
      if (viewer.lodTimer) clearTimeout(viewer.lodTimer);
      viewer.lodTimer = setTimeout(updateDrawnEdges, 250);
    }
  });
  const finish = () => {
    viewer.layoutGraph = viewer.graph.copy() as DisplayGraph;
    viewer.layout = controlLayout(new FA2Layout(viewer.layoutGraph as never, { settings }));
    if (viewer.syncTimer) clearInterval(viewer.syncTimer);
    // drawing is the expensive part (software WebGL): copy positions 10×/s, large graphs 1×/s
    viewer.syncTimer = setInterval(syncPositions, largeGraph ? 1000 : 100);
    buildLegend();
    buildFilters();
    performance.mark('newsgraph:filters-built');
    recompute();
    performance.mark('newsgraph:shown');
    if (state.focus) {
      showNode($('details'), viewer.bundle, viewer.nodesByKey, viewer.graph.getNodeAttribute(state.focus, 'record'), actions);
      fitCameraTo(viewer.renderer!, viewer.visibleNodes, 0);
    }
    if (state.path) findPath(state.path[0], state.path[1]);
    (window as unknown as { newsgraph: unknown }).newsgraph = { graph: viewer.graph, drawn: viewer.drawn, layoutGraph: viewer.layoutGraph, renderer: viewer.renderer, bundle: viewer.bundle, state, layout: viewer.layout, actions, findPath, visible: () => [...viewer.visibleNodes], placedLabels };
    document.body.dataset.ready = 'true';
  };
  if (!largeGraph) {
    finish();
    return;
  }
  status(`${b.nodes.length} nodes drawn; adding ${b.edges.length} edges…`);
  // once the nodes are on screen: add the edges to the (undrawn) display graph in chunks, the
  // page answering input between them; then draw the ones that matter (updateDrawnEdges)
  const target = viewer.graph;
  void painted.then(() => {
    void (async () => {
      for (let i = 0; i < b.edges.length; i += EDGE_CHUNK) {
        await new Promise((r) => setTimeout(r, 0));
        if (shown !== viewer.showCount) return; // another graph was opened meanwhile
        addDisplayEdges(target, b.edges.slice(i, i + EDGE_CHUNK), b);
      }
      finishDisplayEdges(target);
      if (sizeBy !== 'degree') applySizes(target, sizeBy);
      viewer.rankedEdges = rankEdges(target);
      await new Promise((r) => setTimeout(r, 0));
      if (shown !== viewer.showCount || !viewer.renderer) return;
      drawSelfLoops(viewer.renderer, target);
      performance.mark('newsgraph:edges-added');
      finish();
      status(`${b.nodes.length} nodes, ${b.edges.length} edges from ${b.documents.length} source(s); drawing up to ${edgeBudget} of them at a time (zoom in for all edges in view)`);
    })();
  });
}

async function main(): Promise<void> {
  performance.mark('newsgraph:start');
  readUrl(state);
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
    status(`${viewer.bundle.nodes.length} nodes, ${viewer.bundle.edges.length} edges from ${viewer.bundle.documents.length} source(s)`);
  } catch (err) {
    status(`Could not load ${src}: ${(err as Error).message}. Open a graph file instead.`);
  }
}

void main();
