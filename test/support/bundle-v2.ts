/** A bundle as `newsgraph build` wrote it before the edge table (version 2: edges as a list of index tuples), to check that such bundles still open. */
import { packBundle, type PackedBundleV2, type PackedEdge } from '../../src/graph/bundle-wire.js';
import type { ViewerBundle } from '../../src/graph/bundle.js';

const KINDS = ['fact', 'background', 'statement'] as const;

/** The text of `b` as a version 2 `bundle.json` (edge keys derived, as the synthetic and built bundles have them). */
export function versionTwoJson(b: ViewerBundle): string {
  const { edgeTable: _table, edgeExtras: _extras, ...rest } = packBundle(b);
  const index = new Map(b.nodes.map((n, i) => [n.key, i]));
  const edges = b.edges.map((e): PackedEdge => {
    const extras = { ...(e.evidence.length ? { evidence: e.evidence } : {}), ...(e.sources.length ? { sources: e.sources } : {}) };
    const packed: PackedEdge = [index.get(e.source)!, index.get(e.target)!, rest.predicates.indexOf(e.predicate), KINDS.indexOf(e.kind) as 0 | 1 | 2];
    if (Object.keys(extras).length) packed.push(extras);
    return packed;
  });
  const v2: PackedBundleV2 = { ...rest, version: 2, edges };
  return JSON.stringify(v2);
}
