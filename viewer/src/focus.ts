/**
 * Focus and paths: focusing a node (its neighbourhood shown, the camera fitted, its details in
 * the panel) or an edge (its details and evidence), clearing the focus, turning a deep link's
 * `focus` (key, prefixed name or name) into a node, and the path finder (the CLI's path search).
 * Does not: render the details (details.ts) or work out what is visible (visibility.ts).
 */
import { $, searchIndex, type Viewer } from './app-state.js';
import { showEdge, showNode } from './details.js';
import { fitCameraTo } from './camera-fit.js';
import { resolveLinkTarget } from './deep-link.js';
import { shortestPath } from './paths.js';
import { el } from './text.js';
import { recompute } from './visibility.js';

/** Wire the details panel's focus links to this viewer (store browsing adds `expand`). */
export function wireFocusActions(v: Viewer): void {
  v.actions.focusNode = (key) => focusNode(v, key);
  v.actions.focusEdge = (key) => {
    if (v.graph.hasEdge(key)) showEdge($('details'), v.bundle, v.nodesByKey, v.graph.getEdgeAttribute(key, 'record'), v.actions);
  };
}

/** Show a node's details and neighbourhood, the camera fitted to it. */
function focusNode(v: Viewer, key: string): void {
  if (!v.graph.hasNode(key)) return;
  v.state.focus = key;
  v.state.path = undefined;
  v.pathNodes = v.pathEdges = undefined;
  showFocusDetails(v);
  recompute(v);
  if (v.renderer) fitCameraTo(v.renderer, v.visibleNodes);
}

/** Put the focused node's details in the panel. */
export function showFocusDetails(v: Viewer): void {
  if (v.state.focus && v.graph.hasNode(v.state.focus)) showNode($('details'), v.bundle, v.nodesByKey, v.graph.getNodeAttribute(v.state.focus, 'record'), v.actions);
}

/** Show everything again. */
export function clearFocus(v: Viewer): void {
  v.state.focus = undefined;
  v.state.path = undefined;
  v.pathNodes = v.pathEdges = undefined;
  $('path-result').textContent = '';
  recompute(v);
  v.renderer?.getCamera().animatedReset({ duration: 300 });
}

/** Turn the link's `focus` (key, prefixed name or name) into a node key; say so in the details panel when nothing matches. */
export function resolveFocusLink(v: Viewer): void {
  const { state } = v;
  if (!state.focus || v.graph.hasNode(state.focus)) return;
  const target = resolveLinkTarget(state.focus, (k) => v.graph.hasNode(k), (q, n) => searchIndex(v).suggest(q, n));
  if (target.key !== undefined) {
    state.focus = target.key;
    return;
  }
  state.focus = undefined;
  $('details').replaceChildren(el('p', target.message, { class: 'notice', role: 'alert' }));
}

function resolveName(v: Viewer, text: string): string | undefined {
  if (v.graph.hasNode(text)) return text;
  return searchIndex(v).suggest(text, 1)[0]?.node.key;
}

/** Find and highlight the shortest path between two entities (keys or names). */
export function findPath(v: Viewer, fromText: string, toText: string): void {
  const from = resolveName(v, fromText);
  const to = resolveName(v, toText);
  const out = $('path-result');
  if (!from || !to) {
    out.textContent = `Unknown entity: ${!from ? fromText : toText}`;
    return;
  }
  // the CLI's path search, over relations in either direction
  const path = shortestPath(v.graph, from, to);
  if (!path) {
    out.textContent = 'No path between them.';
    v.pathNodes = v.pathEdges = undefined;
  } else {
    v.pathNodes = new Set(path.nodes);
    v.pathEdges = new Set(path.edges);
    out.textContent = `${path.nodes.length - 1} steps: ${path.nodes.map((k) => v.graph.getNodeAttribute(k, 'label')).join(' → ')}`;
  }
  v.state.path = [from, to];
  v.state.focus = undefined;
  recompute(v);
}
