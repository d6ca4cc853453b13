/**
 * How many sources back each relation: the documents behind an edge (its evidence and the named
 * graphs that hold it) and the independent publishers among them (distinct publisher names,
 * case-insensitive; a document without a publisher is its own) — the same rule as
 * `newsgraph corroborated`. Also the edge width and label badge that show it.
 * Does not: touch the DOM or filter anything.
 */
import type { BundleEdge, BundleEvidence, ViewerBundle } from '../../src/graph/bundle.js';

/** The sources of one relation. */
export interface Support {
  /** Document IRIs. */
  documents: string[];
  /** Publisher names, sorted. */
  publishers: string[];
}

/** Publisher name of a document (its id when it names none). */
export function publisherName(bundle: ViewerBundle, document: string): string {
  return indexOf(bundle).get(document) ?? document.replace(/^.*\//, '');
}

const publisherIndex = new WeakMap<ViewerBundle, Map<string, string>>();

function indexOf(bundle: ViewerBundle): Map<string, string> {
  let m = publisherIndex.get(bundle);
  if (!m) {
    m = new Map(bundle.documents.flatMap((d) => (d.publisher ? [[d.iri, d.publisher] as [string, string]] : [])));
    publisherIndex.set(bundle, m);
  }
  return m;
}

/** The publishers of a list of documents: distinct names (case-insensitive), sorted. */
export function publishersOf(bundle: ViewerBundle, documents: Iterable<string>): string[] {
  const names = new Map<string, string>();
  for (const d of documents) {
    const name = publisherName(bundle, d);
    if (!names.has(name.trim().toLowerCase())) names.set(name.trim().toLowerCase(), name);
  }
  return [...names.values()].sort();
}

/** The documents and publishers behind an edge. */
export function supportOf(bundle: ViewerBundle, edge: BundleEdge): Support {
  const documents = [...new Set([...edge.evidence.map((e) => e.document), ...edge.sources])].sort();
  return { documents, publishers: publishersOf(bundle, documents) };
}

/** How many publishers back an edge; a quick answer for the common case of one document (large graphs). */
export function publisherCount(bundle: ViewerBundle, edge: BundleEdge): number {
  const first = edge.evidence[0]?.document ?? edge.sources[0];
  if (first === undefined) return 0;
  const single = edge.evidence.every((e) => e.document === first) && edge.sources.every((d) => d === first);
  return single ? 1 : supportOf(bundle, edge).publishers.length;
}

/** Edge width: the kind's base width, growing with the log of the publishers behind it (at most +5 px). */
export function supportWidth(base: number, publishers: number): number {
  return publishers > 1 ? base + Math.min(5, 1.6 * Math.log2(publishers)) : base;
}

/** The label badge: "party to · 3 sources" when more than one publisher backs the relation. */
export function supportLabel(label: string, publishers: number): string {
  return publishers > 1 ? `${label} · ${publishers} sources` : label;
}

/** Evidence grouped by publisher (most evidence first), each group by document and offset. */
export function evidenceByPublisher(bundle: ViewerBundle, evidence: readonly BundleEvidence[]): Array<{ publisher: string; evidence: BundleEvidence[] }> {
  const groups = new Map<string, { publisher: string; evidence: BundleEvidence[] }>();
  for (const ev of evidence) {
    const name = publisherName(bundle, ev.document);
    const g = groups.get(name.toLowerCase()) ?? { publisher: name, evidence: [] };
    g.evidence.push(ev);
    groups.set(name.toLowerCase(), g);
  }
  return [...groups.values()].sort((a, b) => b.evidence.length - a.evidence.length || a.publisher.localeCompare(b.publisher));
}
