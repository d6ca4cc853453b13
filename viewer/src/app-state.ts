/**
 * Everything the viewer holds between events, as one object passed to every module that reads or
 * changes it (no module keeps state of its own): the bundle on screen, the display graph and what
 * sigma draws of it, the view (focus, filters — view-state.ts), what the filters let through, the
 * layout, the level of detail of large graphs, and store browsing. Also the page's elements by id
 * and its status line. Does not: change anything (the modules by concern do).
 */
import type Sigma from 'sigma';
import type { BundleNode, ViewerBundle } from '../../src/graph/bundle.js';
import type { DisplayGraph } from './display-graph.js';
import type { DetailsActions } from './details.js';
import type { RemoteInfo } from './remote.js';
import { SearchIndex } from './search.js';
import type { CompiledFilters } from './filters.js';
import { DEFAULT_EDGE_BUDGET, DEFAULT_NODE_BUDGET } from './lod.js';
import { initialViewState, type ViewState } from './view-state.js';

/** ForceAtlas2 in its worker, started and stopped so that the drawing follows (layout-control.ts). */
export interface LayoutControl {
  start(): void;
  stop(): void;
  isRunning(): boolean;
  kill(): void;
  /** Iterations done so far (for the benchmark). */
  iterations(): number;
}

/** The viewer's state. */
export interface Viewer {
  /** What is focused and which filters apply (and the deep link). */
  state: ViewState;
  bundle: ViewerBundle;
  graph: DisplayGraph;
  renderer: Sigma | undefined;
  layout: LayoutControl | undefined;
  /** Copies the layout's positions to the drawn graph at a bounded rate. */
  syncTimer: ReturnType<typeof setInterval> | undefined;
  signature: string;
  nodesByKey: Map<string, BundleNode>;
  /** Built on first use: indexing every name of a large graph need not delay its first render. */
  search: SearchIndex | undefined;
  /** What the details panel's links do (focus, and when browsing a store, expand). */
  actions: DetailsActions;
  /** The filters of the last recompute, compiled for the bundle on screen. */
  filters: CompiledFilters | undefined;
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
  /** Edges drawn at most at a time on a large graph (`?edges=N`). */
  edgeBudget: number;
  rankedEdges: string[];
  /** A graph of more nodes than `nodeBudget` (`?nodes=N`) draws that many at a time, best ranked first. */
  nodeLod: boolean;
  nodeBudget: number;
  rankedNodes: string[];
  lodTimer: ReturnType<typeof setTimeout> | undefined;
  /** Counts show() calls, so an unfinished edge loading stops when another graph replaces it. */
  showCount: number;
  /** Set when the server browses a remote store: the graph grows by expanding neighbourhoods. */
  remote: RemoteInfo | undefined;
  /** Nodes whose neighbourhood was loaded from the store. */
  expanded: Set<string>;
  entityNamesFilled: boolean;
  suggestionIndex: number;
  remoteSearch: ReturnType<typeof setTimeout> | undefined;
  remoteQuery: number;
}

/** A budget from the page URL's query (`?edges=N`, `?nodes=N`); a missing or bad value gives the default. */
function budget(search: string, name: string, fallback: number): number {
  return Math.max(0, Math.floor(Number(new URLSearchParams(search).get(name) ?? fallback))) || fallback;
}

/** The viewer before a graph is shown; `search` is the page URL's query (`?edges=N`, `?nodes=N`). */
export function createViewer(search: string): Viewer {
  return {
    state: initialViewState(),
    bundle: { version: 1, prefixes: {}, terms: {}, documents: [], nodes: [], edges: [] },
    graph: undefined as unknown as DisplayGraph,
    renderer: undefined,
    layout: undefined,
    syncTimer: undefined,
    signature: '',
    nodesByKey: new Map(),
    search: undefined,
    actions: { focusNode: () => undefined, focusEdge: () => undefined },
    filters: undefined,
    hoveredEdge: undefined,
    visibleNodes: new Set(),
    hiddenEdges: new Set(),
    styled: false,
    egoSet: undefined,
    pathNodes: undefined,
    pathEdges: undefined,
    dates: [],
    drawn: undefined as unknown as DisplayGraph,
    lod: false,
    edgeBudget: budget(search, 'edges', DEFAULT_EDGE_BUDGET),
    rankedEdges: [],
    nodeLod: false,
    nodeBudget: budget(search, 'nodes', DEFAULT_NODE_BUDGET),
    rankedNodes: [],
    lodTimer: undefined,
    showCount: 0,
    remote: undefined,
    expanded: new Set(),
    entityNamesFilled: false,
    suggestionIndex: -1,
    remoteSearch: undefined,
    remoteQuery: 0,
  };
}

/** A page element by id. */
export const $ = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;

/** Say something in the status line. */
export function status(message: string): void {
  $('status').textContent = message;
}

/** The name index of the bundle on screen, built on first use. */
export function searchIndex(v: Viewer): SearchIndex {
  return (v.search ??= new SearchIndex(v.bundle.nodes));
}
