/**
 * A SPARQL 1.1 store's {@link QueryIndex} (see `src/query/query-index.ts`): what the typed
 * queries need, fetched on demand in batches — names matching a text (a diacritic-tolerant REGEX
 * on the first three characters pre-selects them; `src/query/plans.ts` scores them), node-valued
 * edges of nodes, classes and labels of entities, all outgoing triples of model records (fact
 * nodes, evidence, sentences, time values, statements, claims), fact nodes of triples, the class
 * hierarchy — then read synchronously, through the same record readers as the local graph.
 * Every triple pattern is matched in the named graphs of the scope (graph IRIs starting with a
 * prefix), so a store's system graphs and the push bookkeeping never leak into answers.
 * Blank nodes of a store are leaves: they cannot be named in a follow-up query.
 *
 * Requests: one SELECT per batch of at most {@link VALUES_CHUNK} nodes, each read in ordered pages
 * of {@link PAGE} rows (stores cap result sets — Virtuoso at 10 000 rows by default — and Virtuoso
 * only pages sorted results through a sub-select), so nothing is silently cut off.
 * Does not: cache between calls (a store changes); decide anything about queries (see `plans.ts`).
 */
import { readEvidenceOf, readTime } from '../query/records.js';
import type { Term } from '@rdfjs/types';
import { NG, NG_CLASS, RDF, RDFS } from '../model/vocab.js';
import type { TimeValue } from '../model/types.js';
import { hasStructuralClass, NOT_RELATIONS, preferredLabel } from '../model/structure.js';
import type { EntityRef, EvidenceRecord } from '../query/types.js';
import { normalise, stem } from '../query/normalize.js';
import { looksLikeIri } from '../query/plans.js';
import { ClassHierarchy, tripleKey, type Adjacency, type DatedTriple, type Edge, type EdgeFilter, type NameEntry, type QueryIndex, type TripleRef } from '../query/query-index.js';
import type { SparqlEndpoint } from './endpoint.js';
import { iriRef, isResource, jsonTerm, nodeKeyOf, sparqlString, sparqlTerm } from './terms.js';

/** Rows per result page (below the smallest cap of common stores). */
export const PAGE = 5000;
/** Nodes per VALUES block. */
export const VALUES_CHUNK = 200;

/** Caches shared by all calls of one {@link RemoteQueries}: the class hierarchy changes rarely. */
export interface SharedCache {
  subclasses?: Promise<Map<string, string[]>>;
}

/** The predicates that are never relations, as a SPARQL FILTER on `?p`. */
const NOT_RELATIONS_FILTER = `FILTER(?p NOT IN (${[...NOT_RELATIONS].map(iriRef).join(', ')}))`;

/** Latin letters with diacritics, grouped by the plain letter {@link normalise} folds them to. */
const FOLDS: Map<string, Set<string>> = (() => {
  const map = new Map<string, Set<string>>();
  const add = (cp: number) => {
    const ch = String.fromCodePoint(cp);
    const n = normalise(ch);
    if (n.length !== 1) return;
    let set = map.get(n);
    if (!set) map.set(n, (set = new Set()));
    set.add(ch);
  };
  for (let cp = 0x41; cp <= 0x24f; cp++) add(cp);
  for (let cp = 0x1e00; cp <= 0x1eff; cp++) add(cp);
  return map;
})();

const reEscape = (c: string) => (/[\\^$.*+?()[\]{}|/-]/.test(c) ? `\\${c}` : c);

/** A case- and diacritic-tolerant regular expression for a normalised text (a superset: scoring decides). */
export function foldingRegex(normalised: string): string {
  const chars = [...normalised];
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    const cls = (x: string) => {
      const set = new Set([x, x.toUpperCase(), ...(FOLDS.get(x) ?? [])]);
      return set.size === 1 ? reEscape(x) : `[${[...set].map(reEscape).join('')}]`;
    };
    if (c === ' ') out += '\\s+';
    else if (c === 's' && chars[i + 1] === 's') {
      out += `(?:${cls('s')}${cls('s')}|ß)`;
      i++;
    } else if (c === 's') out += `(?:${cls('s')}|ß)`;
    else out += cls(c);
  }
  return out;
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

export class RemoteIndex implements QueryIndex {
  private graphVars = 0;
  private readonly classMap = new Map<string, string[]>();
  private readonly labelMap = new Map<string, Array<{ value: string; lang: string }>>();
  private readonly outMap = new Map<string, Array<{ p: string; o: Term }>>();
  private readonly factMap = new Map<string, string[]>();
  private hierarchy?: ClassHierarchy;

  constructor(
    readonly endpoint: SparqlEndpoint,
    /** Graph IRIs in scope start with this ('' = every graph). */
    readonly graphPrefix: string,
    private readonly shared: SharedCache = {},
    /** Most nodes `neighbors` and `paths` expand before refusing. */
    readonly maxNodes = 50_000,
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
    if (this.hierarchy) return;
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
      this.hierarchy = new ClassHierarchy(await this.shared.subclasses);
    } catch (err) {
      delete this.shared.subclasses;
      throw err;
    }
  }

  /** A class and its subclasses (call {@link loadClassHierarchy} first). */
  classClosure(c: string): Set<string> {
    if (!this.hierarchy) throw new Error('RemoteIndex: load the class hierarchy first');
    return this.hierarchy.closure(c);
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
  literalOf(s: string, p: string): Term | undefined {
    return this.outMap.get(s)?.find((x) => x.p === p && x.o.termType === 'Literal')?.o;
  }

  /** All literals of `s p`. */
  literals(s: string, p: string): Term[] {
    return (this.outMap.get(s) ?? []).filter((x) => x.p === p && x.o.termType === 'Literal').map((x) => x.o);
  }

  literalValue(s: string, p: string): string | undefined {
    return this.literalOf(s, p)?.value;
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

  /** Fact nodes of a triple, the object as `objectKey` (after {@link loadFactNodes}). */
  factNodes(s: string, p: string, o: string): string[] {
    return this.factMap.get(`${s}\u0001${p}\u0001${o}`) ?? [];
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

  // ------------------------------------------------------------ fetches

  /** Is there a triple with this IRI as subject or object in scope? */
  async exists(key: string): Promise<boolean> {
    if (!looksLikeIri(key)) return false;
    const x = iriRef(key);
    return this.ask(`{ ${this.quad(x, '?p', '?o')} } UNION { ${this.quad('?s', '?p', x)} }`);
  }

  async hasPredicate(iri: string): Promise<boolean> {
    return this.ask(this.quad('?s', iriRef(iri), '?o'));
  }

  /** Labels and aliases whose first three characters match the text's, case and diacritics folded. */
  async names(text: string): Promise<NameEntry[]> {
    const q = normalise(text);
    if (!q) return [];
    const key = [...q].slice(0, 3).join('');
    // Virtuoso's REGEX cannot match letters beyond Latin-1 (Cyrillic, Greek …): those keys are found by CONTAINS
    const match = /[^\u0000-\u00ff]/.test(key) ? `CONTAINS(LCASE(STR(?name)), ${sparqlString(key)})` : `REGEX(STR(?name), ${sparqlString(foldingRegex(key))})`;
    const rows = await this.select(['x', 'p', 'name'], `VALUES ?p { ${iriRef(RDFS.label)} ${iriRef(NG.alias)} } ${this.quad('?x', '?p', '?name')} FILTER(isLiteral(?name) && ${match})`);
    const out: NameEntry[] = [];
    for (const r of rows) {
      const norm = normalise(r.name!.value);
      if (norm) out.push({ iri: nodeKeyOf(r.x!), preferred: r.p!.value === RDFS.label, text: r.name!.value, lang: (r.name as Term & { language: string }).language, norm, stemmed: stem(norm) });
    }
    return out;
  }

  /** Collect rows `s p o g` into edges, one per triple, with their graphs. */
  private static edgesOf(rows: ReadonlyArray<Record<string, Term>>, into: Map<string, Edge> = new Map()): Map<string, Edge> {
    for (const r of rows) {
      const e = { s: nodeKeyOf(r.s!), p: r.p!.value, o: nodeKeyOf(r.o!) };
      const k = `${e.s}\u0001${e.p}\u0001${e.o}`;
      let edge = into.get(k);
      if (!edge) into.set(k, (edge = { ...e, graphs: [] }));
      edge.graphs.push(r.g!.value);
    }
    return into;
  }

  async adjacency(nodes: readonly string[], predicates?: ReadonlySet<string>): Promise<Map<string, Adjacency>> {
    const result = new Map<string, Adjacency>();
    for (const n of nodes) result.set(n, { out: [], in: [] });
    const pFilter = predicates ? `VALUES ?p { ${[...predicates].map(iriRef).join(' ')} }` : NOT_RELATIONS_FILTER;
    for (const batch of chunks(nodes.filter(addressable))) {
      const rows = await this.select(
        ['n', 'dir', 's', 'p', 'o', 'g'],
        `${this.values('n', batch)} { ${pFilter} GRAPH ?g { ?n ?p ?o } BIND(?n AS ?s) BIND("out" AS ?dir) } UNION { ${pFilter} GRAPH ?g { ?s ?p ?n } BIND(?n AS ?o) BIND("in" AS ?dir) } FILTER(!isLiteral(?o)) ${this.scope('?g')}`,
      );
      for (const dir of ['out', 'in'] as const) {
        for (const e of RemoteIndex.edgesOf(rows.filter((r) => r.dir!.value === dir)).values()) result.get(dir === 'out' ? e.s : e.o)![dir].push(e);
      }
    }
    return result;
  }

  async edges(f: EdgeFilter): Promise<Edge[]> {
    const rows = await this.select(
      ['s', 'p', 'o', 'g'],
      `${f.s ? this.values('s', [f.s]) : ''} ${f.p ? this.values('p', [f.p]) : ''} ${f.o ? this.values('o', [f.o]) : ''} GRAPH ?g { ?s ?p ?o } ${this.scope('?g')} FILTER(!isLiteral(?o)) ${f.p ? '' : NOT_RELATIONS_FILTER} ${f.source ? `FILTER EXISTS { GRAPH ${iriRef(f.source)} { ?s ?p ?o } }` : ''}`,
    );
    return [...RemoteIndex.edgesOf(rows).values()];
  }

  async subjectsOf(p: string, o: string): Promise<string[]> {
    return (await this.select(['s'], this.quad('?s', iriRef(p), iriRef(o)))).map((r) => nodeKeyOf(r.s!));
  }

  async datedTriples(scope?: ReadonlySet<string>, center?: string): Promise<DatedTriple[]> {
    await this.loadClassHierarchy();
    const timeClasses = `VALUES ?tc { ${[...this.classClosure(NG_CLASS.TimeValue)].map(iriRef).join(' ')} } ${this.quad('?tv', iriRef(RDF.type), '?tc')}`;
    const rows: Array<Record<string, Term>> = [];
    if (scope === undefined) rows.push(...(await this.select(['s', 'p', 'tv'], `${timeClasses} ${this.quad('?s', '?p', '?tv')}`)));
    else {
      for (const batch of chunks([...scope].filter(addressable))) rows.push(...(await this.select(['s', 'p', 'tv'], `${this.values('s', batch)} ${this.quad('?s', '?p', '?tv')} ${timeClasses}`)));
      if (center !== undefined && addressable(center)) {
        const c = iriRef(center);
        const statementDate = iriRef(NG.statementDate);
        rows.push(
          ...(await this.select(['s', 'p', 'tv'], `{ ${this.quad('?s', iriRef(NG.about), c)} } UNION { ${this.quad('?s', iriRef(NG.speaker), c)} } ${this.quad('?s', statementDate, '?tv')} BIND(${statementDate} AS ?p) ${timeClasses}`)),
        );
      }
    }
    return rows.map((r) => ({ s: nodeKeyOf(r.s!), p: r.p!.value, tv: nodeKeyOf(r.tv!) }));
  }

  async assertedTriples(triples: readonly TripleRef[]): Promise<Set<string>> {
    const out = new Set<string>();
    const askable = triples.filter((t) => addressable(t.s) && t.o.termType !== 'BlankNode');
    for (const batch of chunks(askable, 100)) {
      const values = batch.map((t) => `(${iriRef(t.s)} ${iriRef(t.p)} ${sparqlTerm(t.o)})`).join(' ');
      const rows = await this.select(['s', 'p', 'o'], `VALUES (?s ?p ?o) { ${values} } ${this.quad('?s', '?p', '?o')}`);
      for (const r of rows) out.add(tripleKey(r.s!.value, r.p!.value, r.o!));
    }
    return out;
  }

  async literalObject(s: string, p: string, value: string): Promise<Term | undefined> {
    if (!addressable(s)) return undefined;
    const rows = await this.select(['o'], `${this.quad(iriRef(s), iriRef(p), '?o')} FILTER(isLiteral(?o) && STR(?o) = ${sparqlString(value)})`);
    return rows[0]?.o;
  }
}
