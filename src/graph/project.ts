/**
 * RDF dataset ⇄ graphology graph, without loss.
 *
 * Does: project quads into a graphology `MultiDirectedGraph` — one node per IRI or blank node,
 * one edge per object-valued triple (keyed by its triple, so adding a quad twice changes nothing),
 * `rdf:type` objects and literals as node attributes, the named graphs of every triple kept — and
 * turn such a graph back into quads. dataset → graph → dataset is isomorphic, blank nodes included.
 * Does not: interpret the newsgraph model (fact nodes, evidence, statements): that is `src/query`
 * and `src/graph/bundle.ts`; nothing is dropped or folded here.
 *
 * Memory: strings are interned per projection, graph-name arrays are shared where they are
 * equal, and literals are kept as n3 term ids (the parser's own strings), so the build stays
 * under ~400 heap bytes per triple (see `npm run bench -- build`).
 */
import { MultiDirectedGraph } from 'graphology';
import { DataFactory, termFromId, termToId } from 'n3';
import type { Quad, Term } from '@rdfjs/types';
import { RDF } from '../model/vocab.js';

/**
 * Attributes of a resource node. `''` in a graph list stands for the default graph.
 * Treat them as read-only: a node without classes or literals shares frozen empty containers.
 */
export interface NodeAttributes {
  /** `rdf:type` objects (IRIs or blank-node ids). Not sigma's `type`, which picks a renderer. */
  classes: string[];
  /** Named graph of each entry of `classes` (parallel array). */
  classGraphs: string[];
  /** Literal (and other non-resource) objects by predicate IRI, as n3 term ids: decode with {@link literalTerm}. */
  literals: Record<string, string[]>;
  /** Named graph of each literal (parallel to `literals`). */
  literalGraphs: Record<string, string[]>;
}

/** Attributes of a relation edge: the predicate and the named graphs the triple is in. */
export interface EdgeAttributes {
  predicate: string;
  /** Named graphs holding this triple; `''` is the default graph. Shared, read-only arrays. */
  graphs: readonly string[];
}

/** The projection: a graphology multigraph of resources and relations. */
export type NewsGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes>;

const RDF_TYPE = RDF.type;

/** Shared empty containers: a node gets its own only when it has a class or a literal. */
const NO_STRINGS: string[] = Object.freeze([]) as unknown as string[];
const NO_LITERALS: Record<string, string[]> = Object.freeze({}) as Record<string, string[]>;

/** Node key of a subject or object term: the IRI, `_:label` for blank nodes, the n3 id for triple terms. */
export function nodeKey(term: Term): string {
  if (term.termType === 'NamedNode') return term.value;
  if (term.termType === 'BlankNode') return `_:${term.value}`;
  return termToId(term as Parameters<typeof termToId>[0]);
}

/** The RDF term of a node key (inverse of {@link nodeKey}). */
export function nodeTerm(key: string): Term {
  if (key.startsWith('_:')) return DataFactory.blankNode(key.slice(2));
  if (key.startsWith('<<')) return termFromId(key) as Term;
  return DataFactory.namedNode(key);
}

/** Decode a stored literal id (from `literals`) into an RDF term. */
export function literalTerm(id: string): Term {
  return termFromId(id) as Term;
}

/**
 * A flat copy of a string. Parser strings are often slices of the whole input: keeping them as
 * node keys would keep the input text alive as long as the graph.
 */
function flat(s: string): string {
  return (' ' + s).slice(1);
}

function graphKey(term: Term): string {
  return term.termType === 'DefaultGraph' ? '' : nodeKey(term);
}

function isResource(term: Term): boolean {
  return term.termType === 'NamedNode' || term.termType === 'BlankNode';
}

/** The projector's record of a node: numeric id, canonical key, attributes, edge counts. */
interface ProjectedNode {
  id: number;
  key: string;
  attrs: NodeAttributes;
  out: number;
  in: number;
}

/** Create an empty projection graph. */
export function createNewsGraph(): NewsGraph {
  return new MultiDirectedGraph<NodeAttributes, EdgeAttributes>({ allowSelfLoops: true });
}

/**
 * Adds quads to a {@link NewsGraph}. Keeps its indexes between calls, so streaming many batches
 * into one graph costs no more than one big batch.
 *
 * Speed and memory: nodes are looked up in the projector's own map (no graphology argument
 * checks on the hot path), strings are interned, graph-name arrays are shared, and edges are
 * keyed by short numeric triple ids (`<subject#>.<predicate#>.<object#>`): deterministic for
 * a triple within this graph, so re-adding it is a no-op.
 */
export class GraphProjector {
  readonly graph: NewsGraph;
  private readonly nodes = new Map<string, ProjectedNode>();
  private last: ProjectedNode | undefined;
  private readonly predicates = new Map<string, { id: number; iri: string }>();
  private readonly strings = new Map<string, string>();
  private readonly singletonGraphs = new Map<string, readonly string[]>();

  constructor(graph: NewsGraph = createNewsGraph()) {
    if (graph.type !== 'directed' || !graph.multi) {
      throw new TypeError('GraphProjector needs a MultiDirectedGraph (use createNewsGraph())');
    }
    this.graph = graph;
    graph.forEachNode((key, attrs) => this.nodes.set(key, { id: this.nodes.size, key, attrs, out: graph.outDegree(key), in: graph.inDegree(key) }));
    graph.forEachEdge((_k, attrs) => this.predicate(attrs.predicate));
  }

  private intern(s: string): string {
    let known = this.strings.get(s);
    if (known === undefined) {
      known = flat(s);
      this.strings.set(known, known);
    }
    return known;
  }

  private predicate(iri: string): { id: number; iri: string } {
    let p = this.predicates.get(iri);
    if (!p) {
      p = { id: this.predicates.size, iri: flat(iri) };
      this.predicates.set(iri, p);
    }
    return p;
  }

  private graphsOf(g: string): readonly string[] {
    let arr = this.singletonGraphs.get(g);
    if (!arr) {
      arr = Object.freeze([g]);
      this.singletonGraphs.set(g, arr);
    }
    return arr;
  }

  /** The node of a key; its `key` is the one canonical string graphology also holds (hashed once). */
  private node(key: string): ProjectedNode {
    const last = this.last;
    if (last !== undefined && last.key === key) return last;
    let n = this.nodes.get(key);
    if (!n) {
      key = flat(key);
      n = { id: this.nodes.size, key, attrs: { classes: NO_STRINGS, classGraphs: NO_STRINGS, literals: NO_LITERALS, literalGraphs: NO_LITERALS }, out: 0, in: 0 };
      this.nodes.set(key, n);
      this.graph.addNode(key, n.attrs);
    }
    return n;
  }

  /** The edge key of a triple in this graph, or undefined if one of its nodes is unknown. */
  edgeKey(subject: string, predicate: string, object: string): string | undefined {
    const s = this.nodes.get(subject);
    const p = this.predicates.get(predicate);
    const o = this.nodes.get(object);
    return s && p && o ? `${s.id}.${p.id}.${o.id}` : undefined;
  }

  /** Add one quad. Adding a quad that is already there changes nothing. */
  add(quad: Quad): void {
    const { subject, predicate, object } = quad;
    if (predicate.termType !== 'NamedNode') throw new TypeError(`predicate must be an IRI, got ${predicate.termType}`);
    const s = this.node(nodeKey(subject));
    this.last = s;
    const g = quad.graph.termType === 'DefaultGraph' ? '' : this.intern(graphKey(quad.graph));
    const attrs = s.attrs;

    if (!isResource(object)) {
      const p = this.predicate(predicate.value).iri;
      const id = termToId(object as Parameters<typeof termToId>[0]);
      if (attrs.literals === NO_LITERALS) {
        attrs.literals = {};
        attrs.literalGraphs = {};
      }
      const values = attrs.literals[p];
      if (values === undefined) {
        attrs.literals[p] = [id];
        attrs.literalGraphs[p] = [g];
        return;
      }
      const graphs = attrs.literalGraphs[p];
      for (let i = 0; i < values.length; i++) {
        if (values[i] === id && graphs[i] === g) return;
      }
      values.push(id);
      graphs.push(g);
      return;
    }

    if (predicate.value === RDF_TYPE) {
      const o = this.intern(nodeKey(object));
      if (attrs.classes === NO_STRINGS) {
        attrs.classes = [o];
        attrs.classGraphs = [g];
        return;
      }
      const classes = attrs.classes;
      for (let i = 0; i < classes.length; i++) {
        if (classes[i] === o && attrs.classGraphs[i] === g) return;
      }
      classes.push(o);
      attrs.classGraphs.push(g);
      return;
    }

    const p = this.predicate(predicate.value);
    const o = this.node(nodeKey(object));
    const key = `${s.id}.${p.id}.${o.id}`;
    const graph = this.graph;
    // an edge can only exist already if its subject has out-edges and its object in-edges
    if (s.out > 0 && o.in > 0 && graph.hasEdge(key)) {
      const edge = graph.getEdgeAttributes(key);
      if (!edge.graphs.includes(g)) edge.graphs = [...edge.graphs, g];
      return;
    }
    graph.addDirectedEdgeWithKey(key, s.key, o.key, { predicate: p.iri, graphs: this.graphsOf(g) });
    s.out++;
    o.in++;
  }

  /** Add many quads. */
  addAll(quads: Iterable<Quad>): this {
    for (const q of quads) this.add(q);
    return this;
  }
}

/** Project a dataset into a new graph. */
export function datasetToGraph(quads: Iterable<Quad>): NewsGraph {
  return new GraphProjector().addAll(quads).graph;
}

function graphTerm(g: string): Quad['graph'] {
  return (g === '' ? DataFactory.defaultGraph() : nodeTerm(g)) as Quad['graph'];
}

/** Turn a projection back into quads (the inverse of {@link datasetToGraph}). */
export function graphToDataset(graph: NewsGraph): Quad[] {
  const quads: Quad[] = [];
  const { quad, namedNode } = DataFactory;
  const typePredicate = namedNode(RDF_TYPE);
  graph.forEachNode((key, attrs) => {
    const subject = nodeTerm(key) as Quad['subject'];
    for (let i = 0; i < attrs.classes.length; i++) {
      quads.push(quad(subject, typePredicate, nodeTerm(attrs.classes[i]) as Quad['object'], graphTerm(attrs.classGraphs[i])));
    }
    for (const p of Object.keys(attrs.literals)) {
      const predicate = namedNode(p);
      const values = attrs.literals[p];
      const graphs = attrs.literalGraphs[p];
      for (let i = 0; i < values.length; i++) {
        quads.push(quad(subject, predicate, literalTerm(values[i]) as Quad['object'], graphTerm(graphs[i])));
      }
    }
  });
  graph.forEachEdge((_key, attrs, source, target) => {
    const subject = nodeTerm(source) as Quad['subject'];
    const object = nodeTerm(target) as Quad['object'];
    const predicate = namedNode(attrs.predicate);
    for (const g of attrs.graphs) quads.push(quad(subject, predicate, object, graphTerm(g)));
  });
  return quads;
}
