/**
 * The typed query API ({@link GraphQueries}: find, neighbors, match, paths, statements, facts,
 * timeline, evidence) over a remote SPARQL 1.1 store, with the same answers as the in-memory
 * engine (`src/query/engine.ts`) on the same data: both run the same queries (`src/query/plans.ts`)
 * over one index interface, here {@link RemoteIndex}, which sends a few batched SELECTs per call —
 * never the whole store. Only graphs whose IRI starts with the scope prefix are read (default
 * `https://w3id.org/newsgraph/`), so store system graphs and push bookkeeping never show.
 *
 * `match` is written for the store: one SELECT; its solutions, as in SPARQL, come in no particular
 * order. Differences from the local engine: a store's blank nodes are leaves (they cannot be
 * named in a follow-up query); `paths` and `neighbors` refuse to expand more than `maxNodes` nodes
 * (default 50 000); there is no `centrality` (it needs the whole graph).
 * Does not: cache between calls, or write to the store.
 */
import { RDF } from '../model/vocab.js';
import * as plans from '../query/plans.js';
import { runAsync } from '../query/query-index.js';
import { type Binding, type EvidenceRecord, type FactQuery, type FindResult, type GraphQueries, type NeighborOptions, type Path, type PathOptions, type Pattern, type Relation, type StatementQuery, type StatementRecord, type Subgraph, type TimelineEntry } from '../query/types.js';
import type { SparqlEndpoint } from './endpoint.js';
import { RemoteIndex, type SharedCache } from './remote-index.js';
import { iriRef, nodeKeyOf } from './terms.js';

/** Options of {@link RemoteQueries}. */
export interface RemoteQueryOptions {
  /** Only graphs whose IRI starts with this are read (default `https://w3id.org/newsgraph/`; '' reads every graph). */
  graphPrefix?: string;
  /** Most nodes `neighbors` and `paths` expand before refusing (default 50 000). */
  maxNodes?: number;
}

/** The typed query API over a SPARQL 1.1 endpoint. */
export class RemoteQueries implements GraphQueries {
  readonly graphPrefix: string;
  readonly maxNodes: number;
  private readonly shared: SharedCache = {};

  constructor(
    readonly endpoint: SparqlEndpoint,
    options: RemoteQueryOptions = {},
  ) {
    this.graphPrefix = options.graphPrefix ?? 'https://w3id.org/newsgraph/';
    this.maxNodes = options.maxNodes ?? 50_000;
    if (!Number.isInteger(this.maxNodes) || this.maxNodes < 1) throw new RangeError(`maxNodes must be a positive integer, got ${options.maxNodes}`);
  }

  /** A fresh per-call index (the store may change between calls; the class hierarchy is shared). */
  private index(): RemoteIndex {
    return new RemoteIndex(this.endpoint, this.graphPrefix, this.shared, this.maxNodes);
  }

  /** Entities by any label or alias in any language, best first. Statements are not entities. */
  async find(text: string, limit = 10): Promise<FindResult[]> {
    return runAsync(plans.find(this.index(), text, limit));
  }

  /**
   * The IRI of an entity given as IRI, prefixed name or label.
   * @throws EntityResolutionError listing candidates when nothing or several things match equally.
   */
  async resolve(name: string): Promise<string> {
    return runAsync(plans.resolve(this.index(), name));
  }

  /** The ego network of an entity: neighbours up to `depth` hops and the relations between them. */
  async neighbors(entity: string, options: NeighborOptions = {}): Promise<Subgraph> {
    return runAsync(plans.neighbors(this.index(), entity, options));
  }

  /** Shortest and all simple paths between two entities (at most `maxLength` steps), each step with its predicate and evidence. */
  async paths(from: string, to: string, options: PathOptions = {}): Promise<Path[]> {
    return runAsync(plans.paths(this.index(), from, to, options));
  }

  /** Reported speech, filtered by speaker, topic and date range; in date order. Never facts. */
  async statements(query: StatementQuery = {}): Promise<StatementRecord[]> {
    return runAsync(plans.statements(this.index(), query));
  }

  /** Asserted relations between things, with evidence; never statement content. */
  async facts(query: FactQuery = {}): Promise<Relation[]> {
    return runAsync(plans.facts(this.index(), query));
  }

  /** Evidence of an asserted triple (subject, predicate, object as IRIs, prefixed names or labels). */
  async evidence(subject: string, predicate: string, object: string): Promise<EvidenceRecord[]> {
    return runAsync(plans.evidence(this.index(), subject, predicate, object));
  }

  /**
   * Dated events, dated facts and statements in date order. For an entity: those connected to it
   * within two hops, and statements about it or by it.
   */
  async timeline(entity?: string): Promise<TimelineEntry[]> {
    return runAsync(plans.timeline(this.index(), entity));
  }

  /**
   * Solutions of a small graph pattern, translated to one SPARQL SELECT: classes include their
   * subclasses, variables bind to resources only, `source` restricts the relation triples to
   * one document's graph.
   */
  async match(pattern: string | Pattern): Promise<Binding[]> {
    const idx = this.index();
    const { triples, vars, types, source, limit } = await runAsync(plans.compilePattern(idx, pattern));
    await idx.loadClassHierarchy();
    const t = (x: string) => (x.startsWith('?') ? `?v_${x.slice(1)}` : iriRef(x));
    const isA = (x: string, c: string, n: number) => `VALUES ?c_${n} { ${[...idx.classClosure(c)].map(iriRef).join(' ')} } ${idx.quad(x, iriRef(RDF.type), `?c_${n}`)}`;
    const parts: string[] = [];
    triples.forEach(([s, pr, o], i) => {
      if (pr === RDF.type) parts.push(isA(t(s), o, i));
      else {
        const objectFilter = o.startsWith('?') ? `FILTER(!isLiteral(${t(o)}))` : '';
        parts.push(source ? `GRAPH ${iriRef(source)} { ${t(s)} ${iriRef(pr)} ${t(o)} } ${objectFilter}` : `${idx.quad(t(s), iriRef(pr), t(o))} ${objectFilter}`);
      }
    });
    types.forEach(([v, c], i) => parts.push(isA(`?v_${v}`, c, triples.length + i)));
    if (vars.length === 0) return (await idx.ask(parts.join(' '))) ? [{}] : [];
    const rows = await idx.select(
      vars.map((v) => `v_${v}`),
      parts.join(' '),
    );
    const out: Binding[] = [];
    for (const r of rows) {
      const b: Binding = {};
      for (const v of vars) b[v] = nodeKeyOf(r[`v_${v}`]!);
      out.push(b);
      if (limit !== undefined && out.length >= limit) break;
    }
    return out;
  }
}
