/**
 * Browsing a remote SPARQL store through `newsgraph serve --endpoint`: asks the server whether it
 * browses a store, searches the store by name, fetches one entity's neighbourhood at a time as a
 * bundle fragment, and merges fragments into the bundle on screen, placing newcomers around the
 * node they were reached from. Never loads the whole store. Does not: draw (show.ts, store-browsing.ts do) or talk
 * to the store itself (the server does, and keeps its credentials).
 */
import type { BundleNode, ViewerBundle } from '../../src/graph/bundle.js';

/** What the server says about the store it browses. */
export interface RemoteInfo {
  /** The store's query URL (no credentials). */
  endpoint: string;
  /** An empty bundle with the vocabulary to start from. */
  bundle: ViewerBundle;
}

/** A name match in the store (the typed `find`). */
export interface RemoteMatch {
  iri: string;
  label: string;
  matched: string;
  classes: string[];
  score: number;
}

async function getJson<T>(url: string): Promise<T> {
  const res = await fetch(url);
  const body = (await res.json().catch(() => ({}))) as T & { error?: string };
  if (!res.ok) throw new Error(body.error ?? `${res.status} ${res.statusText}`);
  return body;
}

/** The store the server browses, or undefined when it serves a local build. */
export async function detectRemote(): Promise<RemoteInfo | undefined> {
  const res = await fetch('api/remote');
  if (res.status === 404) return undefined;
  if (!res.ok) throw new Error(((await res.json().catch(() => ({}))) as { error?: string }).error ?? `${res.status} ${res.statusText}`);
  return (await res.json()) as RemoteInfo;
}

/** Entities of the store matching a name. */
export function findInStore(text: string): Promise<RemoteMatch[]> {
  return getJson<RemoteMatch[]>(`api/remote/find?q=${encodeURIComponent(text)}`);
}

/** One entity's neighbourhood as a bundle fragment; `truncated` when the store had more. */
export function expandFromStore(iri: string): Promise<{ bundle: ViewerBundle; truncated: boolean }> {
  return getJson(`api/remote/expand?iri=${encodeURIComponent(iri)}`);
}

/** A node's richer record wins: the one with more names, literals and dates. */
function richer(a: BundleNode, b: BundleNode): BundleNode {
  const weight = (n: BundleNode) => n.labels.length + n.aliases.length + n.literals.length + n.dates.length + (n.statement ? 10 : 0) + n.sources.length;
  return weight(b) > weight(a) ? b : a;
}

/**
 * The union of two bundles: nodes, edges, documents and terms by key. `center` is the node `b`
 * was fetched for: `b` holds all of it (with the evidence of its dates and literals), so its
 * record replaces the one `a` had from being someone's neighbour.
 */
export function mergeBundles(a: ViewerBundle, b: ViewerBundle, center?: string): ViewerBundle {
  const nodes = new Map(a.nodes.map((n) => [n.key, n]));
  for (const n of b.nodes) nodes.set(n.key, nodes.has(n.key) && n.key !== center ? richer(nodes.get(n.key)!, n) : n);
  const edges = new Map(a.edges.map((e) => [e.key, e]));
  for (const e of b.edges) if (!edges.has(e.key)) edges.set(e.key, e);
  const documents = new Map(a.documents.map((d) => [d.iri, d]));
  for (const d of b.documents) if (!documents.has(d.iri)) documents.set(d.iri, d);
  return {
    version: 1,
    prefixes: { ...a.prefixes, ...b.prefixes },
    terms: { ...a.terms, ...b.terms },
    documents: [...documents.values()],
    nodes: [...nodes.values()],
    edges: [...edges.values()],
  };
}

/**
 * Positions for a merged bundle: nodes already drawn keep theirs; newcomers go on a ring around
 * the node they were reached from (or the origin), so an expansion grows the picture in place.
 */
export function placeNewcomers(merged: ViewerBundle, drawn: ReadonlyMap<string, [number, number]>, around: string): Record<string, [number, number]> {
  const out: Record<string, [number, number]> = Object.fromEntries(drawn);
  const [cx, cy] = drawn.get(around) ?? [0, 0];
  const newcomers = merged.nodes.filter((n) => !drawn.has(n.key) && n.key !== around);
  if (!drawn.has(around)) out[around] = [cx, cy];
  const radius = 20 + 10 * Math.sqrt(newcomers.length);
  newcomers.forEach((n, i) => {
    const angle = (2 * Math.PI * i) / Math.max(1, newcomers.length) + 0.3;
    const r = radius * (0.8 + 0.4 * ((i * 0.618) % 1));
    out[n.key] = [cx + r * Math.cos(angle), cy + r * Math.sin(angle)];
  });
  return out;
}
