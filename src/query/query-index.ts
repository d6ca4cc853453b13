/**
 * The one index interface the typed queries run over, implemented by the in-memory graph
 * (`graph-index.ts`) and by a SPARQL 1.1 store (`src/remote/remote-index.ts`).
 *
 * An index answers in two ways: *fetches* and *loads* return a value now (the local graph) or a
 * promise (a remote store, which prefetches in batches), and *reads* answer synchronously from
 * what the loads brought in (locally: from the graph, the loads do nothing). The queries
 * (`plans.ts`) are generators that yield every fetch and load; {@link runSync} drives them over
 * the local graph without ever waiting, {@link runAsync} over a store. So each query is written
 * once. Does not: answer queries, or know SPARQL or graphology.
 */
import type { Term } from '@rdfjs/types';
import { termToId } from 'n3';
import type { TimeValue } from '../model/types.js';
import type { EntityRef, EvidenceRecord } from './types.js';

/** A value now (local graph) or later (remote store). */
export type Maybe<T> = T | Promise<T>;

/** A query written once: a generator yielding fetches and loads, returning the answer. */
export type Plan<T> = Generator<unknown, T, unknown>;

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

/** A node-valued triple between two nodes, with the named graphs holding it. */
export interface Edge {
  s: string;
  p: string;
  o: string;
  graphs: string[];
}

/** A triple whose object may be a literal. */
export interface TripleRef {
  s: string;
  p: string;
  o: Term;
}

/** A triple pointing at a time value node. */
export interface DatedTriple {
  s: string;
  p: string;
  tv: string;
}

/** Edges touching a node, both directions. */
export interface Adjacency {
  out: Edge[];
  in: Edge[];
}

/** Which node-valued triples {@link QueryIndex.edges} returns (all given positions must match). */
export interface EdgeFilter {
  s?: string;
  p?: string;
  o?: string;
  /** Only triples in this named graph (their `graphs` still list every graph). */
  source?: string;
}

/** What the typed queries need from a backend. */
export interface QueryIndex {
  /** Most nodes `neighbors` and `paths` expand before refusing. */
  readonly maxNodes: number;

  // fetches
  /** Is there a node with this key? */
  exists(key: string): Maybe<boolean>;
  /** Does some triple use this predicate (rdf:type aside)? */
  hasPredicate(iri: string): Maybe<boolean>;
  /** Name entries that may match `text` (a superset: the queries score them). */
  names(text: string): Maybe<NameEntry[]>;
  /** Node-valued edges touching these nodes, only of `predicates` if given (relations only otherwise; more is allowed). */
  adjacency(nodes: readonly string[], predicates?: ReadonlySet<string>): Maybe<Map<string, Adjacency>>;
  /** Node-valued edges matching a filter (relations only when no predicate is given; more is allowed). */
  edges(filter: EdgeFilter): Maybe<Edge[]>;
  /** Instances of a class, subclasses included. */
  instancesOf(c: string): Maybe<string[]>;
  /** Subjects of `? p o`. */
  subjectsOf(p: string, o: string): Maybe<string[]>;
  /** Triples pointing at time values: of subjects in `scope` and statements by or about `center`; every one without a scope (more is allowed). */
  datedTriples(scope?: ReadonlySet<string>, center?: string): Maybe<DatedTriple[]>;
  /** Which of these triples are asserted, as {@link tripleKey}s. */
  assertedTriples(triples: readonly TripleRef[]): Maybe<Set<string>>;
  /** The literal object of `s p` whose lexical form is `value`. */
  literalObject(s: string, p: string, value: string): Maybe<Term | undefined>;

  // loads (the local graph has nothing to load)
  /** Classes and labels of these nodes. */
  loadEntities(keys: Iterable<string>): Maybe<void>;
  /** The subclass hierarchy. */
  loadClassHierarchy(): Maybe<void>;
  /** All outgoing triples of these nodes (records, not hubs). */
  describe(keys: Iterable<string>): Maybe<void>;
  /** The fact nodes of these triples. */
  loadFactNodes(triples: readonly TripleRef[]): Maybe<void>;
  /** What the evidence and dates of these records (fact nodes, statements) need. */
  loadRecords(records: Iterable<string>): Maybe<void>;

  // reads (after the loads)
  isStructural(key: string): boolean;
  label(key: string): string;
  entity(key: string): EntityRef;
  classClosure(c: string): Set<string>;
  isA(key: string, c: string): boolean;
  objectOf(s: string, p: string): string | undefined;
  objectsOf(s: string, p: string): string[];
  literalOf(s: string, p: string): Term | undefined;
  literalValue(s: string, p: string): string | undefined;
  /** Fact nodes of a triple; the object as {@link objectKey}. */
  factNodes(s: string, p: string, o: string): string[];
  evidenceOf(record: string): EvidenceRecord[];
  time(node: string | undefined): TimeValue | undefined;
}

/** A class hierarchy: the closure of a class under `rdfs:subClassOf`, computed once per class. */
export class ClassHierarchy {
  private readonly closures = new Map<string, Set<string>>();

  /** @param subclasses class → its direct subclasses */
  constructor(private readonly subclasses: ReadonlyMap<string, readonly string[]>) {}

  /** A class and every class below it. */
  closure(c: string): Set<string> {
    let set = this.closures.get(c);
    if (set) return set;
    set = new Set([c]);
    const queue = [c];
    while (queue.length) {
      for (const sub of this.subclasses.get(queue.shift()!) ?? []) {
        if (!set.has(sub)) {
          set.add(sub);
          queue.push(sub);
        }
      }
    }
    this.closures.set(c, set);
    return set;
  }
}

/** Is this a resource (IRI or blank node) rather than a literal? */
export function isResource(t: Term): boolean {
  return t.termType === 'NamedNode' || t.termType === 'BlankNode';
}

/** The key of an object: a node key (IRI, `_:label`) or a literal's n3 id, as the local graph stores it. */
export function objectKey(t: Term): string {
  if (t.termType === 'BlankNode') return `_:${t.value}`;
  if (t.termType === 'NamedNode') return t.value;
  return termToId(t as Parameters<typeof termToId>[0]);
}

/** Key of a triple for lookups. */
export function tripleKey(s: string, p: string, o: Term): string {
  return `${s}\u0001${p}\u0001${objectKey(o)}`;
}

/** Yield a fetch or load and take its value: `const x = yield* get(idx.names(t))`. */
export function* get<T>(value: Maybe<T>): Generator<Maybe<T>, T, unknown> {
  return (yield value) as T;
}

/** Run a plan over an index that answers at once (the local graph). */
export function runSync<T>(plan: Plan<T>): T {
  let step = plan.next();
  while (!step.done) {
    if (step.value instanceof Promise) throw new TypeError('runSync: the index returned a promise; use runAsync');
    step = plan.next(step.value);
  }
  return step.value;
}

/** Run a plan over an index that answers later (a remote store); a failed fetch is thrown into the plan. */
export async function runAsync<T>(plan: Plan<T>): Promise<T> {
  let step = plan.next();
  while (!step.done) {
    let value: unknown;
    try {
      value = await step.value;
    } catch (err) {
      step = plan.throw(err);
      continue;
    }
    step = plan.next(value);
  }
  return step.value;
}
