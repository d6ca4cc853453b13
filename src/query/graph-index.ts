/**
 * The local graph's {@link QueryIndex}: indexes over a {@link NewsGraph} that make typed queries
 * fast — names (labels and aliases in every language, normalised and stemmed, sorted for prefix
 * search), edges by predicate, instances by class with subclass closure, fact nodes by triple, and
 * readers for the model's records (evidence, time values, labels). Built once per graph; its
 * fetches answer at once and its loads do nothing. Does not: answer queries (see `plans.ts`).
 */
import { readEvidence, readEvidenceOf, readTime } from './records.js';
import type { NewsGraph } from '../graph/project.js';
import { literalTerm } from '../graph/project.js';
import { NG, NG_CLASS, RDF, RDFS } from '../model/vocab.js';
import { hasStructuralClass, NOT_RELATIONS, preferredLabel } from '../model/structure.js';
import type { TimeValue } from '../model/types.js';
import type { EntityRef, EvidenceRecord } from './types.js';
import type { Term } from '@rdfjs/types';
import { ClassHierarchy, isResource, objectKey, tripleKey, type Adjacency, type DatedTriple, type Edge, type EdgeFilter, type NameEntry, type QueryIndex, type TripleRef } from './query-index.js';
import { normalise, stem, typoScore } from './normalize.js';

export class GraphIndex implements QueryIndex {
  /** The local graph is whole: no expansion limit. */
  readonly maxNodes = Infinity;
  readonly graph: NewsGraph;
  /** Normalised name → entries. */
  private readonly names_ = new Map<string, NameEntry[]>();
  private literalPredicates?: Set<string>;
  /** Stemmed name → entries. */
  private readonly stems = new Map<string, NameEntry[]>();
  /** Sorted distinct normalised names, for prefix search. */
  private readonly sortedNames: string[];
  /** Word (normalised) → names containing it, for word-prefix search. */
  private readonly words: string[];
  private readonly wordToNames = new Map<string, Set<string>>();
  /** Predicate → edge keys. */
  readonly edgesByPredicate = new Map<string, string[]>();
  /** Class → direct subclasses. */
  private readonly subclasses = new Map<string, string[]>();
  /** Class → instances (direct). */
  private readonly instances = new Map<string, string[]>();
  /** `s \x01 p \x01 o` (o: node key or literal id) → fact nodes. */
  private readonly facts = new Map<string, string[]>();
  private readonly hierarchy: ClassHierarchy;
  private readonly forward = new Map<string, Map<string, string[]>>();
  private readonly backward = new Map<string, Map<string, string[]>>();

  constructor(graph: NewsGraph) {
    this.graph = graph;
    graph.forEachNode((key, attrs) => {
      for (const c of attrs.classes) {
        let list = this.instances.get(c);
        if (!list) this.instances.set(c, (list = []));
        if (list[list.length - 1] !== key) list.push(key);
      }
      if (this.isStructural(key)) return;
      for (const p of [RDFS.label, NG.alias]) {
        for (const id of attrs.literals[p] ?? []) {
          const t = literalTerm(id) as { value: string; language?: string };
          const norm = normalise(t.value);
          if (!norm) continue;
          const e: NameEntry = { iri: key, preferred: p === RDFS.label, text: t.value, lang: t.language ?? '', norm, stemmed: stem(norm) };
          push(this.names_, norm, e);
          push(this.stems, e.stemmed, e);
        }
      }
    });
    this.sortedNames = [...this.names_.keys()].sort();
    for (const n of this.sortedNames) {
      for (const w of n.split(/[\s-]+/)) {
        let set = this.wordToNames.get(w);
        if (!set) this.wordToNames.set(w, (set = new Set()));
        set.add(n);
      }
    }
    this.words = [...this.wordToNames.keys()].sort();
    graph.forEachEdge((key, attrs, source, target) => {
      let list = this.edgesByPredicate.get(attrs.predicate);
      if (!list) this.edgesByPredicate.set(attrs.predicate, (list = []));
      list.push(key);
      if (attrs.predicate === RDFS.subClassOf) {
        const subs = this.subclasses.get(target) ?? [];
        subs.push(source);
        this.subclasses.set(target, subs);
      }
    });
    this.hierarchy = new ClassHierarchy(this.subclasses);
    for (const f of this.instances.get(NG_CLASS.Fact) ?? []) {
      const s = this.objectOf(f, RDF.subject);
      const p = this.objectOf(f, RDF.predicate);
      const o = this.objectOf(f, RDF.object) ?? this.literal(f, RDF.object);
      if (s && p && o !== undefined) push(this.facts, `${s}\u0001${p}\u0001${o}`, f);
    }
  }

  /** Is this node a record of the model (fact node, evidence, time value …)? */
  isStructural(key: string): boolean {
    return hasStructuralClass(this.graph.getNodeAttribute(key, 'classes'));
  }

  /** The first object of `s p` that is a node. */
  objectOf(s: string, p: string): string | undefined {
    let found: string | undefined;
    this.graph.someOutEdge(s, (_e, a, _s, t) => {
      if (a.predicate === p) {
        found = t;
        return true;
      }
      return false;
    });
    return found;
  }

  /** All node objects of `s p`. */
  objectsOf(s: string, p: string): string[] {
    const out: string[] = [];
    this.graph.forEachOutEdge(s, (_e, a, _s, t) => {
      if (a.predicate === p && !out.includes(t)) out.push(t);
    });
    return out;
  }

  /** All subjects of `? p o`. */
  subjectsOf(p: string, o: string): string[] {
    const out: string[] = [];
    if (!this.graph.hasNode(o)) return out;
    this.graph.forEachInEdge(o, (_e, a, s) => {
      if (a.predicate === p && !out.includes(s)) out.push(s);
    });
    return out;
  }

  /** Subject → objects of one predicate (built on first use, then O(1) per lookup). */
  objectsByPredicate(p: string): Map<string, string[]> {
    return this.predicateAdjacency(this.forward, p, true);
  }

  /** Object → subjects of one predicate (built on first use). */
  subjectsByPredicate(p: string): Map<string, string[]> {
    return this.predicateAdjacency(this.backward, p, false);
  }

  private predicateAdjacency(cache: Map<string, Map<string, string[]>>, p: string, forward: boolean): Map<string, string[]> {
    let map = cache.get(p);
    if (!map) {
      map = new Map();
      for (const edge of this.edgesByPredicate.get(p) ?? []) {
        const [s, t] = this.graph.extremities(edge);
        push(map, forward ? s : t, forward ? t : s);
      }
      cache.set(p, map);
    }
    return map;
  }

  /** The first literal id of `s p`. */
  literal(s: string, p: string): string | undefined {
    return this.graph.getNodeAttribute(s, 'literals')[p]?.[0];
  }

  /** The first literal value of `s p`. */
  literalValue(s: string, p: string): string | undefined {
    const id = this.literal(s, p);
    return id === undefined ? undefined : literalTerm(id).value;
  }

  /** Preferred label (see {@link preferredLabel}). */
  label(key: string): string {
    const ids = this.graph.hasNode(key) ? (this.graph.getNodeAttribute(key, 'literals')[RDFS.label] ?? []) : [];
    return preferredLabel(ids.map((id) => literalTerm(id) as { value: string; language?: string }).map((t) => ({ value: t.value, lang: t.language ?? '' })), key);
  }

  entity(key: string): EntityRef {
    return { iri: key, label: this.label(key), classes: this.graph.hasNode(key) ? [...new Set(this.graph.getNodeAttribute(key, 'classes'))] : [] };
  }

  /** A class and all its subclasses. */
  classClosure(c: string): Set<string> {
    return this.hierarchy.closure(c);
  }

  /** Is `key` an instance of class `c` (subclasses included)? */
  isA(key: string, c: string): boolean {
    if (!this.graph.hasNode(key)) return false;
    const closure = this.classClosure(c);
    return this.graph.getNodeAttribute(key, 'classes').some((x) => closure.has(x));
  }

  /** Instances of a class (subclasses included). */
  instancesOf(c: string): string[] {
    const out = new Set<string>();
    for (const cls of this.classClosure(c)) for (const i of this.instances.get(cls) ?? []) out.add(i);
    return [...out];
  }

  /** Fact nodes of a triple (object: node key or literal id). */
  factNodes(s: string, p: string, o: string): string[] {
    return this.facts.get(`${s}\u0001${p}\u0001${o}`) ?? [];
  }

  /** Evidence of a record (fact node, statement) as records. */
  evidenceOf(record: string): EvidenceRecord[] {
    return readEvidenceOf(this, record);
  }

  evidenceRecord(ev: string): EvidenceRecord | undefined {
    return readEvidence(this, ev);
  }

  /** A time value node as a {@link TimeValue}. */
  time(node: string | undefined): TimeValue | undefined {
    if (!node || !this.graph.hasNode(node)) return undefined;
    return readTime(this, node);
  }

  /** Names that may match `text`: exact, inflected, prefix and word-prefix matches; substring matches only when there are none (scored by `plans.ts`). */
  names(text: string): NameEntry[] {
    const q = normalise(text);
    if (!q) return [];
    const hits: NameEntry[] = [...(this.names_.get(q) ?? []), ...(this.stems.get(stem(q)) ?? [])];
    for (let i = lowerBound(this.sortedNames, q); i < this.sortedNames.length && this.sortedNames[i]!.startsWith(q); i++) {
      if (this.sortedNames[i] !== q) hits.push(...this.names_.get(this.sortedNames[i]!)!);
    }
    for (let i = lowerBound(this.words, q); i < this.words.length && this.words[i]!.startsWith(q); i++) {
      for (const n of this.wordToNames.get(this.words[i]!) ?? []) if (!n.startsWith(q)) hits.push(...this.names_.get(n)!);
    }
    if (hits.length === 0 && q.length >= 3) {
      for (const n of this.sortedNames) if (n.includes(q) || typoScore(q, n) !== undefined) hits.push(...this.names_.get(n)!);
    }
    return hits;
  }

  // ------------------------------------------------------------ the rest of QueryIndex (see query-index.ts)

  exists(key: string): boolean {
    return this.graph.hasNode(key);
  }

  hasPredicate(iri: string): boolean {
    if (this.edgesByPredicate.has(iri)) return true;
    if (!this.literalPredicates) {
      this.literalPredicates = new Set();
      this.graph.forEachNode((_k, a) => {
        for (const p in a.literals) this.literalPredicates!.add(p);
      });
    }
    return this.literalPredicates.has(iri);
  }

  private edge(edge: string): Edge {
    const a = this.graph.getEdgeAttributes(edge);
    return { s: this.graph.source(edge), p: a.predicate, o: this.graph.target(edge), graphs: [...a.graphs] };
  }

  adjacency(nodes: readonly string[], predicates?: ReadonlySet<string>): Map<string, Adjacency> {
    const out = new Map<string, Adjacency>();
    const keep = (p: string) => (predicates ? predicates.has(p) : !NOT_RELATIONS.has(p));
    for (const n of nodes) {
      const a: Adjacency = { out: [], in: [] };
      out.set(n, a);
      if (!this.graph.hasNode(n)) continue;
      this.graph.forEachOutEdge(n, (e, attrs) => void (keep(attrs.predicate) && a.out.push(this.edge(e))));
      this.graph.forEachInEdge(n, (e, attrs) => void (keep(attrs.predicate) && a.in.push(this.edge(e))));
    }
    return out;
  }

  edges(f: EdgeFilter): Edge[] {
    const out: Edge[] = [];
    const consider = (e: string) => {
      const a = this.graph.getEdgeAttributes(e);
      if (f.p ? a.predicate !== f.p : NOT_RELATIONS.has(a.predicate)) return;
      if ((f.s && this.graph.source(e) !== f.s) || (f.o && this.graph.target(e) !== f.o) || (f.source && !a.graphs.includes(f.source))) return;
      out.push(this.edge(e));
    };
    if (f.s) {
      if (this.graph.hasNode(f.s)) this.graph.forEachOutEdge(f.s, consider);
    } else if (f.o) {
      if (this.graph.hasNode(f.o)) this.graph.forEachInEdge(f.o, consider);
    } else if (f.p) for (const e of this.edgesByPredicate.get(f.p) ?? []) consider(e);
    else this.graph.forEachEdge(consider);
    return out;
  }

  datedTriples(): DatedTriple[] {
    const out: DatedTriple[] = [];
    for (const tv of this.instancesOf(NG_CLASS.TimeValue)) this.graph.forEachInEdge(tv, (_e, a, s) => void out.push({ s, p: a.predicate, tv }));
    return out;
  }

  assertedTriples(triples: readonly TripleRef[]): Set<string> {
    const out = new Set<string>();
    for (const { s, p, o } of triples) {
      if (!this.graph.hasNode(s)) continue;
      const o_ = objectKey(o);
      const asserted = isResource(o) ? this.graph.someOutEdge(s, (_e, a, _s, t) => a.predicate === p && t === o_) : (this.graph.getNodeAttribute(s, 'literals')[p] ?? []).includes(o_);
      if (asserted) out.add(tripleKey(s, p, o));
    }
    return out;
  }

  literalObject(s: string, p: string, value: string): Term | undefined {
    if (!this.graph.hasNode(s)) return undefined;
    const id = (this.graph.getNodeAttribute(s, 'literals')[p] ?? []).find((x) => literalTerm(x).value === value);
    return id === undefined ? undefined : literalTerm(id);
  }

  literalOf(s: string, p: string): Term | undefined {
    const id = this.literal(s, p);
    return id === undefined ? undefined : literalTerm(id);
  }

  // loads: the whole graph is here
  loadEntities(): void {}
  loadClassHierarchy(): void {}
  describe(): void {}
  loadFactNodes(): void {}
  loadRecords(): void {}
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function lowerBound(sorted: string[], q: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < q) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
