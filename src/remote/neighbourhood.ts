/**
 * One entity's neighbourhood in a remote store, as quads the viewer bundle can be built from: the
 * triples that touch the entity (relations both ways, its classes, names and literal facts); for
 * each neighbour its classes, names, literals and dates, but not its own relations (expanding it
 * is the next request); and, followed to the end, the model records behind them — fact nodes,
 * evidence, sentences, time values, statements with their claims, and the source documents whose
 * text the evidence quotes. Every pattern is matched in the scope's named graphs only, and the
 * quads keep their graphs, so source filters work on what comes back.
 *
 * Does not: fetch the whole store (at most `maxTouching` triples around the entity; the answer
 * says when it was cut), or build the bundle (see `src/graph/bundle.ts`).
 */
import type { Quad, Term } from '@rdfjs/types';
import { DataFactory } from 'n3';
import { NG_CLASS, RDF } from '../model/vocab.js';
import { RECORD_CLASSES } from '../model/structure.js';
import type { SparqlEndpoint } from './endpoint.js';
import { RemoteIndex, VALUES_CHUNK } from './remote-index.js';
import { iriRef, isResource, nodeKeyOf } from './terms.js';

/** Options of {@link fetchNeighbourhood}. */
export interface NeighbourhoodOptions {
  /** Only graphs whose IRI starts with this are read (default `https://w3id.org/newsgraph/`). */
  graphPrefix?: string;
  /** Most triples touching the entity that are read (default 2000). */
  maxTouching?: number;
  /** Predicates whose objects are time values: kept for neighbours so their dates show. */
  datePredicates?: Iterable<string>;
}

/** What {@link fetchNeighbourhood} found. */
export interface Neighbourhood {
  quads: Quad[];
  /** True when the entity has more than `maxTouching` triples and only the first were read. */
  truncated: boolean;
}

/** Records whose every outgoing triple is part of what they mean. */
/** Objects that name vocabulary, not things: classes and the predicates of fact nodes and claims. */
const NOT_FOLLOWED = new Set<string>([RDF.type, RDF.predicate]);
const ROUNDS = 6;

/** The neighbourhood of `iri`; see the module comment. */
export async function fetchNeighbourhood(endpoint: SparqlEndpoint, iri: string, options: NeighbourhoodOptions = {}): Promise<Neighbourhood> {
  const idx = new RemoteIndex(endpoint, options.graphPrefix ?? 'https://w3id.org/newsgraph/');
  const maxTouching = options.maxTouching ?? 2000;
  const datePredicates = new Set(options.datePredicates ?? []);
  const x = iriRef(iri);
  const quads: Quad[] = [];
  const seen = new Set<string>();
  const add = (s: Term, p: Term, o: Term, g: Term) => {
    const key = `${nodeKeyOf(s)}\u0001${p.value}\u0001${o.termType}${o.value}\u0001${g.value}`;
    if (seen.has(key)) return;
    seen.add(key);
    quads.push(DataFactory.quad(s as never, p as never, o as never, g as never) as unknown as Quad);
  };
  const touching = await idx.select(
    ['s', 'p', 'o', 'g'],
    `{ GRAPH ?g { ${x} ?p ?o } BIND(${x} AS ?s) } UNION { GRAPH ?g { ?s ?p ${x} } BIND(${x} AS ?o) } ${idx.scope('?g')}`,
    true,
    maxTouching + 1,
  );
  const truncated = touching.length > maxTouching;
  const described = new Set<string>([iri]);
  let todo = new Set<string>();
  for (const r of touching.slice(0, maxTouching)) {
    add(r.s!, r.p!, r.o!, r.g!);
    if (r.p!.value === RDF.type) continue;
    for (const t of [r.s!, r.o!]) if (isResource(t) && t.termType === 'NamedNode' && !described.has(t.value)) todo.add(t.value);
  }
  // neighbours and records, a round per level of the model (record → evidence → sentence …)
  for (let round = 0; round < ROUNDS && todo.size > 0; round++) {
    const nodes = [...todo];
    todo = new Set();
    for (const n of nodes) described.add(n);
    const outgoing = new Map<string, Array<{ p: Term; o: Term; g: Term }>>();
    for (let i = 0; i < nodes.length; i += VALUES_CHUNK) {
      const rows = await idx.select(['x', 'p', 'o', 'g'], `${idx.values('x', nodes.slice(i, i + VALUES_CHUNK))} GRAPH ?g { ?x ?p ?o } ${idx.scope('?g')}`);
      for (const r of rows) {
        const k = nodeKeyOf(r.x!);
        const list = outgoing.get(k) ?? [];
        list.push({ p: r.p!, o: r.o!, g: r.g! });
        outgoing.set(k, list);
      }
    }
    for (const n of nodes) {
      const triples = outgoing.get(n) ?? [];
      const record = triples.some((t) => t.p.value === RDF.type && RECORD_CLASSES.has(t.o.value));
      const subject = DataFactory.namedNode(n);
      for (const t of triples) {
        // a neighbour brings its names, classes, literals and dates; a record brings everything
        const keep = record || t.p.value === RDF.type || t.o.termType === 'Literal' || datePredicates.has(t.p.value);
        if (!keep) continue;
        add(subject, t.p, t.o, t.g);
        if (!NOT_FOLLOWED.has(t.p.value) && t.o.termType === 'NamedNode' && !described.has(t.o.value)) todo.add(t.o.value);
      }
    }
  }
  return { quads, truncated };
}
