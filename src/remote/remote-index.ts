/**
 * What the typed queries need to know about nodes of a remote store, fetched on demand in batches:
 * classes and labels of entities, all outgoing triples of model records (fact nodes, evidence,
 * sentences, time values, statements, claims), fact nodes of triples, the class hierarchy, and
 * readers for evidence and time values that give exactly what `src/query/graph-index.ts` gives
 * locally. Every triple pattern is matched in the named graphs of the scope (graph IRIs starting
 * with a prefix), so a store's system graphs and the push bookkeeping never leak into answers.
 *
 * Requests: one SELECT per batch of at most {@link VALUES_CHUNK} nodes, each read in ordered pages
 * of {@link PAGE} rows (stores cap result sets — Virtuoso at 10 000 rows by default — and Virtuoso
 * only pages sorted results through a sub-select), so nothing is silently cut off.
 * Does not: cache between calls (a store changes); decide anything about queries (see `queries.ts`).
 */
import { readEvidenceOf, readTime } from '../query/records.js';
import type { Term } from '@rdfjs/types';
import { NG, NG_CLASS, RDF, RDFS } from '../model/vocab.js';
import type { TimeValue } from '../model/types.js';
import { subclassClosure } from '../query/graph-index.js';
import { hasStructuralClass, preferredLabel } from '../model/structure.js';
import type { EntityRef, EvidenceRecord } from '../query/types.js';
import type { SparqlEndpoint } from './endpoint.js';
import { iriRef, isResource, jsonTerm, literalId, nodeKeyOf, sparqlString, sparqlTerm } from './terms.js';

/** Rows per result page (below the smallest cap of common stores). */
export const PAGE = 5000;
/** Nodes per VALUES block. */
export const VALUES_CHUNK = 200;

/** A triple whose object may be a literal. */
export interface TripleRef {
  s: string;
  p: string;
  o: Term;
}

/** Caches shared by all calls of one {@link RemoteQueries}: the class hierarchy changes rarely. */
export interface SharedCache {
  subclasses?: Promise<Map<string, string[]>>;
}

/** Key of a triple for lookups: object as node key or n3 literal id, as the local index keys it. */
export function tripleKey(s: string, p: string, o: Term): string {
  return `${s}\u0001${p}\u0001${isResource(o) ? nodeKeyOf(o) : literalId(o)}`;
}

function chunks<T>(list: readonly T[], size = VALUES_CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

/** Nodes a query can name (blank nodes of a remote store cannot be addressed portably). */
function addressable(key: string): boolean {
  return !key.startsWith('_:');
}

export class RemoteIndex {
  private graphVars = 0;
  private readonly classMap = new Map<string, string[]>();
  private readonly labelMap = new Map<string, Array<{ value: string; lang: string }>>();
  private readonly outMap = new Map<string, Array<{ p: string; o: Term }>>();
  private readonly factMap = new Map<string, string[]>();
  private subclassMap?: Map<string, string[]>;
  private readonly closures = new Map<string, Set<string>>();

  constructor(
    readonly endpoint: SparqlEndpoint,
    /** Graph IRIs in scope start with this ('' = every graph). */
    readonly graphPrefix: string,
    private readonly shared: SharedCache = {},
  ) {}

  // ------------------------------------------------------------ query building

  /** A FILTER keeping a graph variable inside the scope. */
  scope(graphVar: string): string {
    return this.graphPrefix ? `FILTER(STRSTARTS(STR(${graphVar}), ${sparqlString(this.graphPrefix)}))` : '';
  }

  /** One triple pattern matched in any graph of the scope: `{ GRAPH ?gN { s p o } FILTER(…) }`. */
  quad(s: string, p: string, o: string, graphVar = `?g_${this.graphVars++}`): string {
    return `{ GRAPH ${graphVar} { ${s} ${p} ${o} } ${this.scope(graphVar)} }`;
  }

  /** `VALUES ?v { … }` over node keys. */
  values(v: string, keys: readonly string[]): string {
    return `VALUES ?${v} { ${keys.map(iriRef).join(' ')} }`;
  }

  /**
   * Every solution of `SELECT [DISTINCT] vars WHERE { body }` (at most `limit`), read in ordered
   * pages. Unbound variables are absent from a row.
   */
  async select(vars: readonly string[], body: string, distinct = true, limit = Infinity): Promise<Array<Record<string, Term>>> {
    const projection = vars.map((v) => `?${v}`).join(' ');
    const out: Array<Record<string, Term>> = [];
    for (let offset = 0; offset < limit; offset += PAGE) {
      const text = `SELECT * WHERE { { SELECT ${distinct ? 'DISTINCT ' : ''}${projection} WHERE { ${body} } ORDER BY ${projection} } } LIMIT ${Math.min(PAGE, limit - offset)} OFFSET ${offset}`;
      const json = await this.endpoint.select(text);
      const rows = json.results.bindings;
      for (const b of rows) {
        const row: Record<string, Term> = {};
        for (const v of vars) if (b[v]) row[v] = jsonTerm(b[v]!);
        out.push(row);
      }
      if (rows.length < PAGE) return out;
    }
    return out;
  }

  async ask(body: string): Promise<boolean> {
    return this.endpoint.ask(`ASK { ${body} }`);
  }

  // ------------------------------------------------------------ entities: classes and labels

  /** Fetch classes and labels of these nodes (once per node). */
  async loadEntities(keys: Iterable<string>): Promise<void> {
    const todo = [...new Set(keys)].filter((k) => !this.classMap.has(k));
    for (const k of todo) {
      this.classMap.set(k, []);
      this.labelMap.set(k, []);
    }
    for (const batch of chunks(todo.filter(addressable))) {
      const rows = await this.select(['x', 'p', 'v'], `${this.values('x', batch)} VALUES ?p { ${iriRef(RDF.type)} ${iriRef(RDFS.label)} } ${this.quad('?x', '?p', '?v')}`);
      for (const r of rows) {
        const x = nodeKeyOf(r.x!);
        if (r.p!.value === RDF.type) {
          if (isResource(r.v!)) this.classMap.get(x)!.push(nodeKeyOf(r.v!));
        } else if (r.v!.termType === 'Literal') this.labelMap.get(x)!.push({ value: r.v!.value, lang: (r.v as Term & { language: string }).language });
      }
    }
  }

  /** Classes of a loaded node (as stated, no inference). */
  classes(key: string): string[] {
    return this.classMap.get(key) ?? [];
  }

  /** Is this node a record of the model (fact node, evidence, time value …)? */
  isStructural(key: string): boolean {
    return hasStructuralClass(this.classes(key));
  }

  /** Preferred label: English, German, untagged, any, else the IRI's local name. */
  label(key: string): string {
    return preferredLabel(this.labelMap.get(key) ?? [], key);
  }

  entity(key: string): EntityRef {
    return { iri: key, label: this.label(key), classes: [...new Set(this.classes(key))] };
  }

  // ------------------------------------------------------------ class hierarchy

  /** Load the subclass hierarchy of the scope (once per {@link SharedCache}). */
  async loadClassHierarchy(): Promise<void> {
    if (this.subclassMap) return;
    this.shared.subclasses ??= this.select(['sub', 'sup'], this.quad('?sub', iriRef(RDFS.subClassOf), '?sup')).then((rows) => {
      const map = new Map<string, string[]>();
      for (const r of rows) {
        if (!isResource(r.sup!) || !isResource(r.sub!)) continue;
        const sup = nodeKeyOf(r.sup!);
        const list = map.get(sup) ?? [];
        list.push(nodeKeyOf(r.sub!));
        map.set(sup, list);
      }
      return map;
    });
    try {
      this.subclassMap = await this.shared.subclasses;
    } catch (err) {
      delete this.shared.subclasses;
      throw err;
    }
  }

  /** A class and its subclasses (call {@link loadClassHierarchy} first). */
  classClosure(c: string): Set<string> {
    if (!this.subclassMap) throw new Error('RemoteIndex: load the class hierarchy first');
    let set = this.closures.get(c);
    if (set) return set;
    set = subclassClosure(this.subclassMap, c);
    this.closures.set(c, set);
    return set;
  }

  /** Is a loaded node an instance of `c` (subclasses included)? */
  isA(key: string, c: string): boolean {
    const closure = this.classClosure(c);
    return this.classes(key).some((x) => closure.has(x));
  }

  /** Instances of a class, subclasses included (not loaded as entities). */
  async instancesOf(c: string): Promise<string[]> {
    await this.loadClassHierarchy();
    const rows = await this.select(['x'], `VALUES ?c { ${[...this.classClosure(c)].map(iriRef).join(' ')} } ${this.quad('?x', iriRef(RDF.type), '?c')}`);
    return rows.map((r) => nodeKeyOf(r.x!));
  }

  // ------------------------------------------------------------ records: all outgoing triples

  /** Fetch all outgoing triples of these nodes (once per node). Meant for records, not for hubs. */
  async describe(keys: Iterable<string>): Promise<void> {
    const todo = [...new Set(keys)].filter((k) => !this.outMap.has(k));
    for (const k of todo) this.outMap.set(k, []);
    for (const batch of chunks(todo.filter(addressable))) {
      const rows = await this.select(['x', 'p', 'o'], `${this.values('x', batch)} ${this.quad('?x', '?p', '?o')}`);
      for (const r of rows) this.outMap.get(nodeKeyOf(r.x!))!.push({ p: r.p!.value, o: r.o! });
    }
  }

  /** The first object of `s p` that is a node (described nodes only). */
  objectOf(s: string, p: string): string | undefined {
    const hit = this.outMap.get(s)?.find((x) => x.p === p && isResource(x.o));
    return hit ? nodeKeyOf(hit.o) : undefined;
  }

  /** All node objects of `s p`, without repeats. */
  objectsOf(s: string, p: string): string[] {
    const out: string[] = [];
    for (const x of this.outMap.get(s) ?? []) if (x.p === p && isResource(x.o) && !out.includes(nodeKeyOf(x.o))) out.push(nodeKeyOf(x.o));
    return out;
  }

  /** The first literal of `s p`. */
  literal(s: string, p: string): Term | undefined {
    return this.outMap.get(s)?.find((x) => x.p === p && x.o.termType === 'Literal')?.o;
  }

  /** All literals of `s p`. */
  literals(s: string, p: string): Term[] {
    return (this.outMap.get(s) ?? []).filter((x) => x.p === p && x.o.termType === 'Literal').map((x) => x.o);
  }

  literalValue(s: string, p: string): string | undefined {
    return this.literal(s, p)?.value;
  }

  // ------------------------------------------------------------ fact nodes, evidence, time

  /** Find the fact nodes (`ng:Fact` reifying the triple) of these triples. */
  async loadFactNodes(triples: readonly TripleRef[]): Promise<void> {
    const todo = new Map<string, TripleRef>();
    for (const t of triples) {
      const k = tripleKey(t.s, t.p, t.o);
      if (!this.factMap.has(k) && addressable(t.s) && t.o.termType !== 'BlankNode') todo.set(k, t);
      if (!this.factMap.has(k)) this.factMap.set(k, []);
    }
    for (const batch of chunks([...todo.values()], 100)) {
      const values = batch.map((t) => `(${iriRef(t.s)} ${iriRef(t.p)} ${sparqlTerm(t.o)})`).join(' ');
      const rows = await this.select(
        ['s', 'p', 'o', 'f'],
        `VALUES (?s ?p ?o) { ${values} } ${this.quad('?f', iriRef(RDF.subject), '?s')} ${this.quad('?f', iriRef(RDF.predicate), '?p')} ${this.quad('?f', iriRef(RDF.object), '?o')} ${this.quad('?f', iriRef(RDF.type), iriRef(NG_CLASS.Fact))}`,
      );
      for (const r of rows) {
        const list = this.factMap.get(tripleKey(r.s!.value, r.p!.value, r.o!));
        if (list && !list.includes(nodeKeyOf(r.f!))) list.push(nodeKeyOf(r.f!));
      }
    }
  }

  /** Fact nodes of a triple (after {@link loadFactNodes}). */
  factNodes(s: string, p: string, o: Term): string[] {
    return this.factMap.get(tripleKey(s, p, o)) ?? [];
  }

  /** Load what evidence, dates and sentences of these records (fact nodes, statements) need. */
  async loadRecords(records: Iterable<string>): Promise<void> {
    const list = [...records];
    await this.describe(list);
    const evidence = list.flatMap((r) => this.objectsOf(r, NG.evidence));
    const times = list.flatMap((r) => [this.objectOf(r, NG.date), this.objectOf(r, NG.statementDate)]).filter((x): x is string => x !== undefined);
    await this.describe([...evidence, ...times]);
    await this.describe(evidence.map((e) => this.objectOf(e, NG.sentence)).filter((x): x is string => x !== undefined));
  }

  /** Evidence of a record, sorted by document and start (after {@link loadRecords}). */
  evidenceOf(record: string): EvidenceRecord[] {
    return readEvidenceOf(this, record);
  }

  /** A described time value node as a {@link TimeValue}. */
  time(node: string | undefined): TimeValue | undefined {
    if (!node) return undefined;
    return readTime(this, node);
  }
}
