/**
 * Indexes over a {@link NewsGraph} that make typed queries fast: names (labels and aliases in every
 * language, normalised and stemmed, sorted for prefix search), edges by predicate, instances by
 * class with subclass closure, fact nodes by triple, and readers for the model's records (evidence,
 * time values, labels). Built once per graph. Does not: answer queries (see `engine.ts`).
 */
import { readEvidence, readEvidenceOf, readTime } from './records.js';
import type { NewsGraph } from '../graph/project.js';
import { literalTerm } from '../graph/project.js';
import { NG, NG_CLASS, PREFIXES, RDF, RDFS } from '../model/vocab.js';
import type { TimeValue } from '../model/types.js';
import type { EntityRef, EvidenceRecord } from './types.js';
import { normalise, stem, typoScore } from './normalize.js';

/** Classes whose instances are records of the model, not news content. */
export const STRUCTURAL_CLASSES = new Set<string>([
  NG_CLASS.Fact, NG_CLASS.Claim, NG_CLASS.Evidence, NG_CLASS.Mention, NG_CLASS.Sentence, NG_CLASS.TimeValue,
  NG_CLASS.SourceDocument, NG_CLASS.Rule, RDF.Statement, PREFIXES.owl + 'Class', PREFIXES.owl + 'ObjectProperty',
  PREFIXES.owl + 'DatatypeProperty', PREFIXES.owl + 'Ontology', PREFIXES.owl + 'NamedIndividual',
]);

/** Predicates that are structure of the model rather than relations between things. */
export const STRUCTURAL_PREDICATES = new Set<string>([
  RDF.subject, RDF.predicate, RDF.object, NG.evidence, NG.document, NG.sentence, NG.rule, NG.refersTo, NG.mentions,
  NG.claims, NG.polarity, NG.speechMode, NG.precision, NG.part, RDFS.subClassOf, RDFS.subPropertyOf,
  PREFIXES.rdfs + 'domain', PREFIXES.rdfs + 'range', PREFIXES.owl + 'sameAs', PREFIXES.owl + 'equivalentProperty',
  PREFIXES.owl + 'inverseOf', PREFIXES.skos + 'closeMatch', PREFIXES.skos + 'exactMatch',
]);

/** A name (label or alias) of a node, normalised for lookup. */
export interface NameEntry {
  iri: string;
  /** True for rdfs:label, false for aliases (labels rank higher). */
  preferred: boolean;
  text: string;
  lang: string;
  norm: string;
  stemmed: string;
}

export class GraphIndex {
  readonly graph: NewsGraph;
  /** Normalised name → entries. */
  private readonly names = new Map<string, NameEntry[]>();
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
  private readonly closureCache = new Map<string, Set<string>>();
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
          push(this.names, norm, e);
          push(this.stems, e.stemmed, e);
        }
      }
    });
    this.sortedNames = [...this.names.keys()].sort();
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
    for (const f of this.instances.get(NG_CLASS.Fact) ?? []) {
      const s = this.objectOf(f, RDF.subject);
      const p = this.objectOf(f, RDF.predicate);
      const o = this.objectOf(f, RDF.object) ?? this.literal(f, RDF.object);
      if (s && p && o !== undefined) push(this.facts, `${s}\u0001${p}\u0001${o}`, f);
    }
  }

  /** Is this node a record of the model (fact node, evidence, time value …)? */
  isStructural(key: string): boolean {
    const classes = this.graph.getNodeAttribute(key, 'classes');
    for (const c of classes) if (STRUCTURAL_CLASSES.has(c)) return true;
    return false;
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
    return this.adjacency(this.forward, p, true);
  }

  /** Object → subjects of one predicate (built on first use). */
  subjectsByPredicate(p: string): Map<string, string[]> {
    return this.adjacency(this.backward, p, false);
  }

  private adjacency(cache: Map<string, Map<string, string[]>>, p: string, forward: boolean): Map<string, string[]> {
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

  /** Preferred label: English, German, any, else the local name. */
  label(key: string): string {
    if (!this.graph.hasNode(key)) return localName(key);
    const ids = this.graph.getNodeAttribute(key, 'literals')[RDFS.label] ?? [];
    const terms = ids.map((id) => literalTerm(id) as { value: string; language?: string });
    for (const lang of ['en', 'de', '']) {
      const t = terms.find((x) => (x.language ?? '') === lang);
      if (t) return t.value;
    }
    return terms[0]?.value ?? localName(key);
  }

  entity(key: string): EntityRef {
    return { iri: key, label: this.label(key), classes: this.graph.hasNode(key) ? [...new Set(this.graph.getNodeAttribute(key, 'classes'))] : [] };
  }

  /** A class and all its subclasses. */
  classClosure(c: string): Set<string> {
    let set = this.closureCache.get(c);
    if (set) return set;
    set = subclassClosure(this.subclasses, c);
    this.closureCache.set(c, set);
    return set;
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

  /** Name lookup: exact, inflected, prefix, word-prefix and substring matches, scored (aliases 5 below labels). */
  lookup(text: string): Array<NameEntry & { score: number }> {
    const q = normalise(text);
    if (!q) return [];
    const qs = stem(q);
    const hits: Array<NameEntry & { score: number }> = [];
    const add = (entries: NameEntry[] | undefined, score: number) => {
      for (const e of entries ?? []) hits.push({ ...e, score: e.preferred ? score : score - 5 });
    };
    add(this.names.get(q), 100);
    add(this.stems.get(qs), 90);
    for (let i = lowerBound(this.sortedNames, q); i < this.sortedNames.length && this.sortedNames[i]!.startsWith(q); i++) {
      const n = this.sortedNames[i]!;
      if (n !== q) add(this.names.get(n), 80 - Math.min(20, n.length - q.length) / 2);
    }
    for (let i = lowerBound(this.words, q); i < this.words.length && this.words[i]!.startsWith(q); i++) {
      for (const n of this.wordToNames.get(this.words[i]!) ?? []) if (!n.startsWith(q)) add(this.names.get(n), 60);
    }
    if (hits.length === 0 && q.length >= 3) {
      for (const n of this.sortedNames) {
        const typo = typoScore(q, n);
        if (typo !== undefined) add(this.names.get(n), typo);
        else if (n.includes(q)) add(this.names.get(n), 40);
      }
    }
    return hits;
  }
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

/** A class and every class below it in `subclasses` (class → its direct subclasses). */
export function subclassClosure(subclasses: ReadonlyMap<string, readonly string[]>, c: string): Set<string> {
  const set = new Set([c]);
  const queue = [c];
  while (queue.length) {
    for (const sub of subclasses.get(queue.shift()!) ?? []) {
      if (!set.has(sub)) {
        set.add(sub);
        queue.push(sub);
      }
    }
  }
  return set;
}

/** The local name of an IRI, underscores as spaces. */
export function localName(iri: string): string {
  const m = /[#/]([^#/]+)$/.exec(iri);
  return (m ? m[1]! : iri).replace(/_/g, ' ');
}
