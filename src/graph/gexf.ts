/**
 * Viewer bundle → GEXF 1.3 for Gephi, through graphology-gexf.
 *
 * Does: build a graphology graph of what the viewer draws (entities, events, statements and their
 * relations) with attributes Gephi can filter on — label, category, date (earliest/latest),
 * predicate, kind, evidence count — and write it as GEXF. Does not: carry the full evidence
 * texts (the RDF outputs do) or any layout.
 */
import { MultiDirectedGraph } from 'graphology';
import { write } from 'graphology-gexf';
import type { ViewerBundle } from './bundle.js';

/** GEXF of the bundle's graph. Attribute names avoid `type`, which renderers reserve. */
export function bundleToGexf(bundle: ViewerBundle): string {
  const g = new MultiDirectedGraph({ allowSelfLoops: true });
  for (const n of bundle.nodes) {
    g.addNode(n.key, {
      label: n.label,
      category: n.category,
      classes: n.classes.join(' '),
      ...(n.date ? { date: n.date.value, earliest: n.date.earliest, latest: n.date.latest } : {}),
      sources: n.sources.length,
    });
  }
  for (const e of bundle.edges) {
    g.addDirectedEdgeWithKey(e.key, e.source, e.target, {
      label: bundle.terms[e.predicate]?.label ?? e.predicate,
      predicate: e.predicate,
      kind: e.kind,
      ...(e.date ? { date: e.date.value, earliest: e.date.earliest, latest: e.date.latest } : {}),
      evidence: e.evidence.length,
    });
  }
  type Attrs = Record<string, unknown>;
  return write(g, {
    version: '1.3',
    formatNode: (key: string, attrs: Attrs) => ({ label: String(attrs.label ?? key), attributes: attrs }),
    formatEdge: (_key: string, attrs: Attrs) => ({ label: String(attrs.label ?? ''), attributes: attrs }),
  } as never);
}
