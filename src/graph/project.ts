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
 * Speed and memory (see `npm run bench -- build`): strings are interned per projection and stored
 * as flat copies (the graph never keeps the parsed text alive); literals are kept as n3 term ids;
 * graph-name lists, single-entry class lists and edge attribute objects are shared frozen values;
 * node adjacency starts in dictionary mode (see {@link dictionaryAdjacency}). About 290 heap bytes
 * per triple. Most of the build time is graphology's own insertion and the garbage collection of
 * what the graph retains, not this module's work.
 */
import { MultiDirectedGraph } from 'graphology';
import { DataFactory, termFromId, termToId } from 'n3';
import type { Quad, Term } from '@rdfjs/types';
import { RDF } from '../model/vocab.js';

/**
 * Attributes of a resource node. `''` in a graph list stands for the default graph.
 * Treat them as read-only: a node without classes or literals shares frozen empty containers, and
 * single-entry `classes`/`classGraphs`/`literalGraphs` lists are shared frozen arrays.
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

/**
 * Attributes of a relation edge: the predicate and the named graphs the triple is in. A frozen
 * value shared by all edges of the same predicate and graphs: to change an edge's attributes,
 * replace them (`graph.replaceEdgeAttributes`), do not set them.
 */
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
 * A flat copy of a string: one sequential string. Parser strings are slices of the whole input
 * or concatenations of such slices: keeping them in the graph would keep the input text alive as
 * long as the graph, and cost two or three heap objects each. (V8 copies short substrings and
 * builds the result of joining two strings in one piece; nothing depends on this but memory.)
 */
function flat(s: string): string {
  return s.length < 13 ? s : [s.slice(0, 1), s.slice(1)].join('');
}

/** The projector's record of a node: canonical key, attributes, id, in-degree, out-edge summary. */
interface ProjectedNode {
  key: string;
  attrs: NodeAttributes;
  id: number;
  /** Base-36 id, the node's part of an edge key. */
  tag: string;
  in: number;
  /**
   * One bit per (predicate, target) hash of the node's out-edges (30 bits, see {@link edgeBit}):
   * an edge whose bit is clear cannot exist yet, so most new edges need no lookup.
   */
  outBits: number;
}

/** Size of the recently-used node cache (a power of two). */
const RECENT = 4096;

/** The slot of a node key in the recently-used cache: a cheap hash of its end (the end of IRIs varies most). */
function recentSlot(key: string): number {
  const end = key.length - 1;
  return (end * 61 + key.charCodeAt(end) * 31 + key.charCodeAt(end - 2)) & (RECENT - 1);
}

/** All 30 bits of {@link ProjectedNode.outBits}: every edge may exist. */
const ALL_BITS = (1 << 30) - 1;

/** The bit of an edge in its subject's {@link ProjectedNode.outBits}. */
function edgeBit(predicate: number, object: number): number {
  return 1 << ((object * 31 + predicate) % 30);
}

/** The projector's record of a predicate: canonical IRI, edge-key part, last shared edge attributes. */
interface ProjectedPredicate {
  iri: string;
  id: number;
  /** `.<base-36 id>.`, the predicate's part of an edge key. */
  tag: string;
  /** Shared edge attributes of this predicate, by graph-name list. */
  attrs: Map<readonly string[], EdgeAttributes>;
  lastGraphs: readonly string[] | undefined;
  lastAttrs: EdgeAttributes | undefined;
}

/** graphology's record of a node (an internal of graphology 0.26, see {@link dictionaryAdjacency}). */
interface GraphologyNodeData {
  inDegree: number;
  outDegree: number;
  in: object;
  out: object;
}

/**
 * Put a new node's adjacency objects in dictionary mode. graphology 0.26 keeps each node's
 * neighbours in plain objects (`{}`) keyed by neighbour key; V8 gives every object built by a new
 * sequence of keys its own chain of hidden classes, and IRIs are all different, so inserting the
 * edges of a large graph spends about half its time and much heap on hidden classes. An object in
 * dictionary mode (a hash table, same prototype, same behaviour) avoids both: at 1M triples,
 * graphology's insertion takes about half the time. This reaches into graphology's internals
 * (`_nodes`, `in`, `out`); if they do not look as expected nothing is changed, so a different
 * graphology version is slower, never wrong — and `test/graph-projection.test.ts` fails when the
 * adjacency of a projected node is no longer a dictionary on the pinned version. Any graphology
 * graph (the viewer's display graph too) before the node's first edge.
 */
export function dictionaryAdjacency(graph: object, key: string): void {
  const nodes = (graph as unknown as { _nodes?: unknown })._nodes;
  if (!(nodes instanceof Map)) return;
  const data = nodes.get(key) as GraphologyNodeData | undefined;
  if (data === undefined || data.inDegree !== 0 || data.outDegree !== 0) return;
  if (Object.getPrototypeOf(data.in) !== Object.prototype || Object.getPrototypeOf(data.out) !== Object.prototype) return;
  data.in = Object.setPrototypeOf(Object.create(null), Object.prototype) as object;
  data.out = Object.setPrototypeOf(Object.create(null), Object.prototype) as object;
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
 * checks on the hot path; the last subject is remembered, since quads come grouped by subject),
 * strings are interned, graph-name lists are shared frozen arrays, edge attribute objects are
 * shared frozen values per (predicate, graph list), single-entry class and graph lists are
 * shared too (copied on the first addition), and edges are keyed by short triple ids
 * (`<subject>.<predicate>.<object>`, base 36): deterministic for a triple within this graph,
 * so re-adding it is a no-op. A projector over a graph that already has nodes and edges takes them
 * over (see `adopt`), and follows `dropNode` and `clear` on its graph, so it stays idempotent.
 */
export class GraphProjector {
  readonly graph: NewsGraph;
  private readonly nodes = new Map<string, ProjectedNode>();
  /** Recently used nodes by a cheap hash of their key (the end of IRIs varies most): most lookups of hubs and just-created nodes stop here. */
  private readonly recent: Array<ProjectedNode | undefined> = new Array<ProjectedNode | undefined>(RECENT).fill(undefined);
  private last: ProjectedNode | undefined;
  private readonly predicates = new Map<string, ProjectedPredicate>();
  /** Ids of new nodes and predicates (never reused: edge keys are made of them). */
  private nextNodeId = 0;
  private nextPredicateId = 0;
  private readonly strings = new Map<string, string>();
  /** Shared frozen lists: `[g]` by graph name, `[c]` by class. */
  private readonly singletons = new Map<string, readonly string[]>();
  /** Shared frozen graph lists by their names joined with NUL. */
  private readonly graphLists = new Map<string, readonly string[]>();
  private lastGraph = '';
  private lastGraphList: readonly string[] | undefined;

  constructor(graph: NewsGraph = createNewsGraph()) {
    if (graph.type !== 'directed' || !graph.multi) {
      throw new TypeError('GraphProjector needs a MultiDirectedGraph (use createNewsGraph())');
    }
    this.graph = graph;
    this.adopt();
    // the graph may change behind the projector's back: forget what it no longer holds
    graph.on('nodeDropped', ({ key }: { key: string }) => this.forget(key));
    graph.on('cleared', () => this.reset());
  }

  /**
   * Take over the nodes and edges a graph already has. Ids are recovered from edge keys this
   * class wrote (`<subject>.<predicate>.<object>`), so a projector over a graph another projector
   * built adds nothing the graph holds; when the keys do not fit (another writer, or nodes
   * dropped since), every edge is re-keyed with fresh ids — duplicate edges of one triple merged.
   */
  private adopt(): void {
    const graph = this.graph;
    if (graph.order === 0) return;
    const nodeIds = new Map<string, number>();
    const predicateIds = new Map<string, number>();
    const taken = { node: new Map<number, string>(), predicate: new Map<number, string>() };
    const claim = (ids: Map<string, number>, owners: Map<number, string>, key: string, id: number): boolean => {
      const known = ids.get(key);
      if (known !== undefined) return known === id;
      if (owners.has(id)) return false;
      ids.set(key, id);
      owners.set(id, key);
      return true;
    };
    let fits = true;
    graph.someEdge((edge, attrs, source, target) => {
      const m = /^([0-9a-z]+)\.([0-9a-z]+)\.([0-9a-z]+)$/.exec(edge);
      fits =
        m !== null &&
        claim(nodeIds, taken.node, source, parseInt(m[1]!, 36)) &&
        claim(predicateIds, taken.predicate, attrs.predicate, parseInt(m[2]!, 36)) &&
        claim(nodeIds, taken.node, target, parseInt(m[3]!, 36));
      return !fits;
    });
    if (!fits) {
      nodeIds.clear();
      predicateIds.clear();
    }
    for (const id of nodeIds.values()) this.nextNodeId = Math.max(this.nextNodeId, id + 1);
    for (const id of predicateIds.values()) this.nextPredicateId = Math.max(this.nextPredicateId, id + 1);
    graph.forEachNode((key, attrs) => {
      const id = nodeIds.get(key) ?? this.nextNodeId++;
      this.nodes.set(key, { key, attrs, id, tag: id.toString(36), in: graph.inDegree(key), outBits: graph.outDegree(key) > 0 ? ALL_BITS : 0 });
    });
    for (const [iri, id] of predicateIds) this.predicates.set(iri, this.newPredicate(iri, id));
    if (fits) return;
    const edges: Array<[string, EdgeAttributes, string, string]> = [];
    graph.forEachEdge((edge, attrs, source, target) => void edges.push([edge, attrs, source, target]));
    graph.clearEdges();
    for (const [, attrs, source, target] of edges) {
      const p = this.predicate(attrs.predicate);
      const s = this.nodes.get(source)!;
      const o = this.nodes.get(target)!;
      const key = s.tag + p.tag + o.tag;
      if (graph.hasEdge(key)) {
        const known = graph.getEdgeAttributes(key).graphs;
        const merged = [...known, ...attrs.graphs.filter((g) => !known.includes(g))];
        graph.replaceEdgeAttributes(key, this.edgeAttributes(p, this.graphList(merged)));
      } else graph.addDirectedEdgeWithKey(key, source, target, this.edgeAttributes(p, this.graphList(attrs.graphs)));
    }
  }

  /** Forget a node dropped from the graph (its edges went with it; a node of that key added again gets a new id). */
  private forget(key: string): void {
    this.nodes.delete(key);
    if (key.length > 0) this.recent[recentSlot(key)] = undefined;
    this.last = undefined;
  }

  /** Forget everything (the graph was cleared). */
  private reset(): void {
    this.nodes.clear();
    this.recent.fill(undefined);
    this.last = undefined;
  }

  private intern(s: string): string {
    let known = this.strings.get(s);
    if (known === undefined) {
      known = flat(s);
      this.strings.set(known, known);
    }
    return known;
  }

  private predicate(iri: string): ProjectedPredicate {
    let p = this.predicates.get(iri);
    if (p === undefined) {
      p = this.newPredicate(iri, this.nextPredicateId++);
      this.predicates.set(p.iri, p);
    }
    return p;
  }

  private newPredicate(iri: string, id: number): ProjectedPredicate {
    return { iri: this.intern(iri), id, tag: `.${id.toString(36)}.`, attrs: new Map(), lastGraphs: undefined, lastAttrs: undefined };
  }

  /** The shared frozen list `[s]`. */
  private singleton(s: string): readonly string[] {
    let arr = this.singletons.get(s);
    if (arr === undefined) {
      arr = Object.freeze([s]);
      this.singletons.set(s, arr);
      this.graphLists.set(s, arr);
    }
    return arr;
  }

  /** `[g]` as a shared frozen list; `g` is the quad's graph name (remembered with the last graph name). */
  private graphSingleton(g: string): readonly string[] {
    if (g !== this.lastGraph) return this.singleton(g);
    return (this.lastGraphList ??= this.singleton(g));
  }

  /** The shared frozen list of these graph names (in this order). */
  private graphList(names: readonly string[]): readonly string[] {
    if (names.length === 1) return this.singleton(names[0]!);
    const id = names.join('\u0000');
    let arr = this.graphLists.get(id);
    if (arr === undefined) {
      arr = Object.freeze([...names]);
      this.graphLists.set(id, arr);
    }
    return arr;
  }

  /** The shared frozen attributes of an edge of predicate `p` in the graphs `graphs` (a shared list). */
  private edgeAttributes(p: ProjectedPredicate, graphs: readonly string[]): EdgeAttributes {
    if (p.lastGraphs === graphs) return p.lastAttrs!;
    let attrs = p.attrs.get(graphs);
    if (attrs === undefined) {
      attrs = Object.freeze({ predicate: p.iri, graphs });
      p.attrs.set(graphs, attrs);
    }
    p.lastGraphs = graphs;
    p.lastAttrs = attrs;
    return attrs;
  }

  /** The graph name of a quad: `''` for the default graph, else the interned node key. */
  private graphName(term: Term): string {
    if (term.termType === 'DefaultGraph') return '';
    const key = term.termType === 'NamedNode' ? term.value : nodeKey(term);
    if (key === this.lastGraph) return this.lastGraph;
    this.lastGraphList = undefined;
    return (this.lastGraph = this.intern(key));
  }

  /** The node of a key; its `key` is the one canonical string graphology also holds (hashed once). */
  private node(key: string): ProjectedNode {
    const slot = recentSlot(key);
    const recent = this.recent[slot];
    if (recent !== undefined && recent.key === key) return recent;
    let n = this.nodes.get(key);
    if (n === undefined) {
      key = flat(key);
      const id = this.nextNodeId++;
      if (this.graph.hasNode(key)) {
        // added to the graph by someone else: take it over as it is
        n = { key, attrs: this.graph.getNodeAttributes(key), id, tag: id.toString(36), in: this.graph.inDegree(key), outBits: ALL_BITS };
      } else {
        n = { key, attrs: { classes: NO_STRINGS, classGraphs: NO_STRINGS, literals: NO_LITERALS, literalGraphs: NO_LITERALS }, id, tag: id.toString(36), in: 0, outBits: 0 };
        this.graph.addNode(key, n.attrs);
        dictionaryAdjacency(this.graph, key);
      }
      this.nodes.set(key, n);
    }
    this.recent[slot] = n;
    return n;
  }

  /** The edge key of a triple in this graph, or undefined if one of its nodes is unknown. */
  edgeKey(subject: string, predicate: string, object: string): string | undefined {
    const s = this.nodes.get(subject);
    const p = this.predicates.get(predicate);
    const o = this.nodes.get(object);
    return s && p && o ? s.tag + p.tag + o.tag : undefined;
  }

  /** Add one quad. Adding a quad that is already there changes nothing. */
  add(quad: Quad): void {
    const { subject, predicate, object } = quad;
    if (predicate.termType !== 'NamedNode') throw new TypeError(`predicate must be an IRI, got ${predicate.termType}`);
    const sKey = subject.termType === 'NamedNode' ? subject.value : nodeKey(subject);
    let s = this.last;
    if (s === undefined || s.key !== sKey) this.last = s = this.node(sKey);
    const g = this.graphName(quad.graph);
    const ot = object.termType;

    if (ot !== 'NamedNode' && ot !== 'BlankNode') {
      this.addLiteral(s.attrs, this.predicate(predicate.value).iri, termToId(object as Parameters<typeof termToId>[0]), g);
      return;
    }

    const oKey = ot === 'NamedNode' ? object.value : `_:${object.value}`;
    if (predicate.value === RDF_TYPE) {
      this.addClass(s.attrs, oKey, g);
      return;
    }

    const p = this.predicate(predicate.value);
    const o = this.node(oKey);
    const key = s.tag + p.tag + o.tag;
    const graph = this.graph;
    const bit = edgeBit(p.id, o.id);
    // an edge can only exist already if its object has in-edges and its bit is set in its subject
    if ((s.outBits & bit) !== 0 && o.in > 0 && graph.hasEdge(key)) {
      const edge = graph.getEdgeAttributes(key);
      if (!edge.graphs.includes(g)) graph.replaceEdgeAttributes(key, this.edgeAttributes(p, this.graphList([...edge.graphs, g])));
      return;
    }
    graph.addDirectedEdgeWithKey(key, s.key, o.key, this.edgeAttributes(p, this.graphSingleton(g)));
    s.outBits |= bit;
    o.in++;
  }

  private addClass(attrs: NodeAttributes, key: string, g: string): void {
    const classes = attrs.classes;
    if (classes === NO_STRINGS) {
      attrs.classes = this.singleton(this.intern(key)) as string[];
      attrs.classGraphs = this.graphSingleton(g) as string[];
      return;
    }
    const graphs = attrs.classGraphs;
    for (let i = 0; i < classes.length; i++) {
      if (classes[i] === key && graphs[i] === g) return;
    }
    // the first two entries are shared frozen lists: copy before adding
    attrs.classes = Object.isFrozen(classes) ? [...classes, this.intern(key)] : (classes.push(this.intern(key)), classes);
    attrs.classGraphs = Object.isFrozen(graphs) ? [...graphs, g] : (graphs.push(g), graphs);
  }

  private addLiteral(attrs: NodeAttributes, p: string, id: string, g: string): void {
    if (attrs.literals === NO_LITERALS) {
      attrs.literals = {};
      attrs.literalGraphs = {};
    }
    const values = attrs.literals[p];
    if (values === undefined) {
      attrs.literals[p] = [flat(id)];
      attrs.literalGraphs[p] = this.graphSingleton(g) as string[];
      return;
    }
    const graphs = attrs.literalGraphs[p]!;
    for (let i = 0; i < values.length; i++) {
      if (values[i] === id && graphs[i] === g) return;
    }
    values.push(flat(id));
    if (Object.isFrozen(graphs)) attrs.literalGraphs[p] = [...graphs, g];
    else graphs.push(g);
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
