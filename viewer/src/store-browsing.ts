/**
 * Browsing a remote SPARQL store (store mode): loading an entity's neighbourhood from the store
 * into the graph on screen (newcomers placed around it, then focused), and switching store mode on
 * or off — which gives the details panel its "load neighbours" action.
 * Does not: talk to the store or merge bundles (remote.ts), or draw (show.ts).
 */
import { status, type Viewer } from './app-state.js';
import { expandFromStore, mergeBundles, placeNewcomers, type RemoteInfo } from './remote.js';
import { show } from './show.js';

/** Load an entity's neighbourhood from the store into the graph, then focus it. */
export async function expand(v: Viewer, key: string): Promise<void> {
  if (!v.remote) return;
  status(`Loading neighbours from ${v.remote.endpoint}…`);
  try {
    const { bundle: fragment, truncated } = await expandFromStore(key);
    v.expanded.add(key);
    const drawn = new Map<string, [number, number]>();
    if (v.graph) v.graph.forEachNode((k, a) => drawn.set(k, [a.x, a.y]));
    const merged = mergeBundles(v.bundle, fragment, key);
    show(v, merged, placeNewcomers(merged, drawn, key));
    v.actions.focusNode(key);
    status(`${v.bundle.nodes.length} nodes loaded from ${v.remote.endpoint}${truncated ? ' — this entity has more relations than one request loads' : ''}`);
  } catch (err) {
    status(`Could not load from the store: ${(err as Error).message}`);
  }
}

/** Browse a store (`info`), or stop browsing one (undefined: a file was opened). */
export function setRemote(v: Viewer, info: RemoteInfo | undefined): void {
  v.remote = info;
  v.expanded.clear();
  if (info) {
    v.actions.expand = (key) => void expand(v, key);
    v.actions.isExpanded = (key) => v.expanded.has(key);
  } else {
    delete v.actions.expand;
    delete v.actions.isExpanded;
  }
}
