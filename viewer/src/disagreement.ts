/**
 * Where sources disagree about one node, from what the bundle holds: a single-valued relation
 * (`SINGLE_VALUED`, the same list `newsgraph disagreements` uses) with two dates whose ranges do
 * not overlap, or two different targets, told by different documents. Does not: touch the DOM,
 * or find event-level and asserted-versus-claimed disagreements (`newsgraph disagreements` does).
 */
import type { BundleEdge, BundleEvidence, BundleNode, ViewerBundle } from '../../src/graph/bundle.js';
import { SINGLE_VALUED } from '../../src/corpus/sparql.js';
import { PREFIXES } from '../../src/model/vocab.js';
import { publishersOf } from './support.js';

const SINGLE = new Set<string>(SINGLE_VALUED.map((p) => PREFIXES.ng + p));

/** One relation the sources disagree on, with each value and who says it. */
export interface NodeDisagreement {
  predicate: string;
  values: Array<{ label: string; publishers: string[] }>;
}

const docsOf = (evidence: readonly BundleEvidence[], sources: readonly string[] = []) => [...new Set([...evidence.map((e) => e.document), ...sources])].sort();

/** The disagreements about `node` (its dates, and its outgoing single-valued relations). */
export function nodeDisagreements(bundle: ViewerBundle, node: BundleNode, outgoing: readonly BundleEdge[], label: (iri: string) => string): NodeDisagreement[] {
  const out: NodeDisagreement[] = [];
  const byPredicate = new Map<string, Array<{ label: string; docs: string[]; range?: [string, string] }>>();
  for (const d of node.dates) {
    if (!SINGLE.has(d.predicate)) continue;
    byPredicate.set(d.predicate, [...(byPredicate.get(d.predicate) ?? []), { label: d.date.label, docs: docsOf(d.evidence), range: [d.date.earliest, d.date.latest] }]);
  }
  for (const e of outgoing) {
    if (!SINGLE.has(e.predicate) || e.kind !== 'fact') continue;
    byPredicate.set(e.predicate, [...(byPredicate.get(e.predicate) ?? []), { label: label(e.target), docs: docsOf(e.evidence, e.sources) }]);
  }
  for (const [predicate, values] of byPredicate) {
    const clash = values.some((a, i) =>
      values.slice(i + 1).some((b) => a.docs.join(' ') !== b.docs.join(' ') && (a.range && b.range ? a.range[1] < b.range[0] || b.range[1] < a.range[0] : a.label !== b.label)),
    );
    if (clash) out.push({ predicate, values: values.sort((a, b) => b.docs.length - a.docs.length).map((v) => ({ label: v.label, publishers: publishersOf(bundle, v.docs) })) });
  }
  return out;
}
