/**
 * The newsgraph viewer's entry point: creates the viewer's state (app-state.ts), wires the page
 * (search, filters panel, toolbar, file opening and dropping, deep-link changes, keys) to the
 * modules by concern, and loads the first graph — the page's bundle, or, when the server browses a
 * SPARQL store, the store one neighbourhood at a time.
 * Modules: show.ts (showing a bundle), render.ts (sigma and its reducers), visibility.ts (what
 * passes the filters, level of detail), layout-control.ts (ForceAtlas2), focus.ts (focus, paths,
 * details), filter-panel.ts and source-filter.ts (the filters panel), search-ui.ts (the search
 * box), store-browsing.ts (store mode), export-view.ts (PNG, Turtle), bundle-loader.ts (reading a
 * large bundle a slice at a time), fetch-bundle.ts and bundle-worker.ts (fetching and cutting it
 * off the page's thread).
 * Does not: hold state of its own.
 */
import { readPieces } from './bundle-loader.js';
import { fetchBundle } from './fetch-bundle.js';
import { $, createViewer, status, type Viewer } from './app-state.js';
import { exportPng, exportTurtle } from './export-view.js';
import { buildFilters, wireFilterPanel } from './filter-panel.js';
import { clearFocus, resolveFocusLink, showFocusDetails, wireFocusActions } from './focus.js';
import { savePositionsWhileRunning, toggleLayout } from './layout-control.js';
import { wirePanels } from './panels.js';
import { LOD_EDGE_THRESHOLD, SOFTWARE_NODE_BUDGET } from './lod.js';
import { detectRendering, softwareRendering } from './gpu.js';
import { detectRemote } from './remote.js';
import { wireSearch } from './search-ui.js';
import { openFile, show } from './show.js';
import { expand, setRemote } from './store-browsing.js';
import { readUrl } from './view-state.js';
import { recompute } from './visibility.js';

function wireUi(v: Viewer): void {
  wirePanels(() => v.renderer?.refresh());
  wireFocusActions(v);
  wireSearch(v);
  wireFilterPanel(v);
  savePositionsWhileRunning(v);
  $('clear-focus').addEventListener('click', () => clearFocus(v));
  $('layout-toggle').addEventListener('click', () => toggleLayout(v));
  $('export-png').addEventListener('click', () => exportPng(v));
  $('export-ttl').addEventListener('click', () => exportTurtle(v));
  const open = (file: File | undefined) => (file ? openFile(v, file, () => setRemote(v, undefined)) : undefined);
  $('open-file').addEventListener('change', (e) => void open((e.target as HTMLInputElement).files?.[0]));
  window.addEventListener('dragover', (e) => {
    e.preventDefault();
    $('drop-hint').hidden = false;
  });
  window.addEventListener('dragleave', () => ($('drop-hint').hidden = true));
  window.addEventListener('drop', (e) => {
    e.preventDefault();
    $('drop-hint').hidden = true;
    void open(e.dataTransfer?.files?.[0]);
  });
  window.addEventListener('hashchange', () => {
    readUrl(v.state);
    resolveFocusLink(v);
    showFocusDetails(v);
    buildFilters(v);
    recompute(v);
  });
  $('graph').addEventListener('keydown', (e) => {
    if (e.key === 'Escape') clearFocus(v);
  });
}

/** Load the page's bundle, or start browsing the server's store. */
async function start(v: Viewer): Promise<void> {
  const params = new URLSearchParams(location.search);
  const src = params.get('bundle') ?? 'bundle.json';
  // ask whether the server browses a store while the bundle is already on its way
  const aborter = new AbortController();
  const bundlePieces = fetchBundle(src, LOD_EDGE_THRESHOLD, aborter.signal); // (a store needs none: then aborted)
  // while the bundle is on its way: which WebGL this is (and the GPU process started), off the page's thread
  const rendering = detectRendering().then(() => {
    if (!params.has('nodes') && softwareRendering()) v.nodeBudget = SOFTWARE_NODE_BUDGET;
  });
  try {
    const info = params.has('bundle') ? undefined : await detectRemote();
    if (info) {
      aborter.abort();
      setRemote(v, info);
      await rendering;
      const focus = v.state.focus;
      show(v, info.bundle);
      status(`Browsing the store at ${info.endpoint}: search for an entity to start`);
      if (focus) await expand(v, focus);
      return;
    }
  } catch (err) {
    aborter.abort();
    status(`Could not reach the store: ${(err as Error).message}`);
    return;
  }
  try {
    const { bundle, moreEdges } = await readPieces(bundlePieces, LOD_EDGE_THRESHOLD);
    performance.mark('newsgraph:bundle-parsed');
    await rendering;
    show(v, bundle, undefined, moreEdges);
    if (!moreEdges) status(`${bundle.nodes.length} nodes, ${bundle.edges.length} edges from ${bundle.documents.length} source(s)`);
  } catch (err) {
    status(`Could not load ${src}: ${(err as Error).message}. Open a graph file instead.`);
  }
}

performance.mark('newsgraph:start');
const viewer = createViewer(location.search);
readUrl(viewer.state);
wireUi(viewer);
void start(viewer);
