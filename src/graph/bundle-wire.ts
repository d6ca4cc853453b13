/**
 * The viewer bundle on the wire (`bundle.json`): a packed form of {@link ViewerBundle} that is
 * about a fifth of the size, because fetching and decoding the bytes is what a large graph waits
 * for first in the browser.
 *
 * Does: pack (version 2: edges as `[source, target, predicate, kind, extras?]` with node and
 * predicate indices, empty lists and derivable edge keys left out) and unpack (version 2, or a
 * version 1 bundle passed through unchanged). Browser-safe. Does not: decide what is in a bundle
 * (see bundle.ts).
 */
import type { BundleEdge, BundleNode, ViewerBundle } from './bundle.js';

const KINDS = ['fact', 'background', 'statement'] as const;
const NODE_LISTS = ['labels', 'aliases', 'classes', 'dates', 'literals', 'sources'] as const;

/** What an edge carries beyond its endpoints, predicate and kind; only what is not the default. */
interface EdgeExtras {
  /** Present when not `source predicate target`. */
  key?: string;
  date?: BundleEdge['date'];
  evidence?: BundleEdge['evidence'];
  sources?: string[];
}

/** An edge on the wire: node and predicate indices, kind index, and what is not the default. */
export type PackedEdge = [source: number, target: number, predicate: number, kind: 0 | 1 | 2, extras?: EdgeExtras];
/** A node on the wire: empty lists left out. */
export type PackedNode = Omit<BundleNode, (typeof NODE_LISTS)[number]> & Partial<Pick<BundleNode, (typeof NODE_LISTS)[number]>>;

/** `bundle.json` as written by `newsgraph build`. */
export interface PackedBundle {
  version: 2;
  prefixes: ViewerBundle['prefixes'];
  terms: ViewerBundle['terms'];
  documents: ViewerBundle['documents'];
  nodes: PackedNode[];
  /** Predicate IRIs, indexed by the edges. */
  predicates: string[];
  edges: PackedEdge[];
}

/** Pack a bundle for writing. Edges whose ends are not nodes of the bundle are dropped. */
export function packBundle(b: ViewerBundle): PackedBundle {
  const index = new Map<string, number>();
  const nodes = b.nodes.map((n, i) => {
    index.set(n.key, i);
    const out: PackedNode = { ...n };
    for (const k of NODE_LISTS) if (out[k]?.length === 0) delete out[k];
    return out;
  });
  const predicates: string[] = [];
  const predicateIndex = new Map<string, number>();
  const edges: PackedEdge[] = [];
  for (const e of b.edges) {
    const s = index.get(e.source);
    const t = index.get(e.target);
    if (s === undefined || t === undefined) continue;
    let p = predicateIndex.get(e.predicate);
    if (p === undefined) predicateIndex.set(e.predicate, (p = predicates.push(e.predicate) - 1));
    const extras: EdgeExtras = {};
    if (e.key !== `${e.source} ${e.predicate} ${e.target}`) extras.key = e.key;
    if (e.date) extras.date = e.date;
    if (e.evidence.length) extras.evidence = e.evidence;
    if (e.sources.length) extras.sources = e.sources;
    const packed: PackedEdge = [s, t, p, KINDS.indexOf(e.kind) as 0 | 1 | 2];
    if (Object.keys(extras).length) packed.push(extras);
    edges.push(packed);
  }
  return { version: 2, prefixes: b.prefixes, terms: b.terms, documents: b.documents, nodes, predicates, edges };
}

/** True for a packed (version 2) or plain (version 1) bundle. */
export function isBundle(x: unknown): x is ViewerBundle | PackedBundle {
  const v = (x as { version?: unknown } | null)?.version;
  return typeof x === 'object' && x !== null && (v === 1 || v === 2) && Array.isArray((x as ViewerBundle).nodes) && Array.isArray((x as ViewerBundle).edges);
}

/** The bundle a packed one stands for; a version 1 bundle is returned as it is. */
export function unpackBundle(x: ViewerBundle | PackedBundle): ViewerBundle {
  if (x.version === 1) return x;
  const nodes = x.nodes.map(unpackNode);
  const edges = x.edges.map((e) => unpackEdge(e, nodes, x.predicates));
  return { version: 1, prefixes: x.prefixes, terms: x.terms, documents: x.documents, nodes, edges };
}

/** One node as the bundle holds it (the lists the wire leaves out when empty restored). */
export function unpackNode(n: PackedNode): BundleNode {
  return {
    ...n,
    labels: n.labels ?? [],
    aliases: n.aliases ?? [],
    classes: n.classes ?? [],
    dates: n.dates ?? [],
    literals: n.literals ?? [],
    sources: n.sources ?? [],
  };
}

/** One edge as the bundle holds it; `nodes` and `predicates` are the ones its indices point into. */
export function unpackEdge([s, t, p, k, extras]: PackedEdge, nodes: readonly BundleNode[], predicates: readonly string[]): BundleEdge {
  const source = nodes[s]!.key;
  const target = nodes[t]!.key;
  const predicate = predicates[p]!;
  const e: BundleEdge = {
    key: extras?.key ?? `${source} ${predicate} ${target}`,
    source,
    target,
    predicate,
    kind: KINDS[k],
    evidence: extras?.evidence ?? [],
    sources: extras?.sources ?? [],
  };
  if (extras?.date) e.date = extras.date;
  return e;
}
