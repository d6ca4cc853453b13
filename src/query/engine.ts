/**
 * The typed query API over the in-memory graph: find, neighbors, match, paths, statements, facts,
 * timeline, evidence and centrality, answered from {@link GraphIndex} without scanning the graph.
 * Entities may be given as IRIs, prefixed names or any label. Facts and statements never mix:
 * `facts()` returns asserted triples only, `statements()` reported speech only. The queries are
 * the ones every backend runs (`plans.ts`, run synchronously here); `match` (hash joins over
 * per-predicate adjacency) and `centrality` are local.
 * Does not: parse RDF or talk to remote stores.
 */
import type { Quad } from '@rdfjs/types';
import pagerankModule from 'graphology-metrics/centrality/pagerank.js';
import louvainModule from 'graphology-communities-louvain';
import { datasetToGraph, type NewsGraph } from '../graph/project.js';
import { NG_CLASS, RDF } from '../model/vocab.js';
import { seededRandom } from '../util/random.js';
import { GraphIndex } from './graph-index.js';
import * as plans from './plans.js';
import { runSync } from './query-index.js';
import { type Binding, type EntityRef, type EvidenceRecord, type FactQuery, type FindResult, type GraphQueries, type NeighborOptions, type Path, type PathOptions, type Pattern, type Relation, type StatementQuery, type StatementRecord, type Subgraph, type TimelineEntry } from './types.js';

// CommonJS packages: under Node's ESM the default import is `module.exports`.
type PagerankFn = (g: unknown, o: { getEdgeWeight: null }) => Record<string, number>;
type LouvainFn = (g: unknown, o: { getEdgeWeight: null; rng: () => number }) => Record<string, number>;
const pagerank = ((pagerankModule as unknown as { default?: PagerankFn }).default ?? pagerankModule) as unknown as PagerankFn;
const louvain = ((louvainModule as unknown as { default?: LouvainFn }).default ?? louvainModule) as unknown as LouvainFn;

/** Centrality of one entity. */
export interface Centrality extends EntityRef {
  degree: number;
  pagerank: number;
  community: number;
}

/** Typed queries over a NewsGraph. */
export class NewsGraphQuery implements GraphQueries {
  readonly index: GraphIndex;
  readonly graph: NewsGraph;

  constructor(graph: NewsGraph) {
    this.graph = graph;
    this.index = new GraphIndex(graph);
  }

  /** Build the graph and the indexes from quads. */
  static fromQuads(quads: Iterable<Quad>): NewsGraphQuery {
    return new NewsGraphQuery(datasetToGraph(quads));
  }

  // ------------------------------------------------------------ the queries written once (plans.ts)

  /** Entities by any label or alias in any language, best first. Statements are not entities. */
  find(text: string, limit = 10): FindResult[] {
    return runSync(plans.find(this.index, text, limit));
  }

  /**
   * The IRI of an entity given as IRI, prefixed name or label.
   * @throws EntityResolutionError listing candidates when nothing or several things match equally.
   */
  resolve(name: string): string {
    return runSync(plans.resolve(this.index, name));
  }

  private isRelationEdge(predicate: string, source: string, target: string): boolean {
    return plans.isRelationEdge(this.index, predicate, source, target);
  }

  /** The ego network of an entity: neighbours up to `depth` hops and the relations between them. */
  neighbors(entity: string, options: NeighborOptions = {}): Subgraph {
    return runSync(plans.neighbors(this.index, entity, options));
  }

  /** Shortest and all simple paths between two entities, each step with its predicate and evidence. */
  paths(from: string, to: string, options: PathOptions = {}): Path[] {
    return runSync(plans.paths(this.index, from, to, options));
  }

  /** Reported speech, filtered by speaker, topic and date range; in date order. Never facts. */
  statements(query: StatementQuery = {}): StatementRecord[] {
    return runSync(plans.statements(this.index, query));
  }

  /** Asserted relations between things, with evidence; never statement content. */
  facts(query: FactQuery = {}): Relation[] {
    return runSync(plans.facts(this.index, query));
  }

  /** Evidence of an asserted triple (subject, predicate, object as IRIs, prefixed names or labels). */
  evidence(subject: string, predicate: string, object: string): EvidenceRecord[] {
    return runSync(plans.evidence(this.index, subject, predicate, object));
  }

  /**
   * Dated events, dated facts and statements in date order. For an entity: those connected to it
   * within two hops (events it took part in, things it relates to), and statements about it or by it.
   */
  timeline(entity?: string): TimelineEntry[] {
    return runSync(plans.timeline(this.index, entity));
  }

  // ------------------------------------------------------------ local only

  /**
   * Solutions of a small graph pattern, e.g. `?weapon ng:stationedIn ?state . ?weapon ng:controlledBy ?controller`.
   * Joins through per-predicate adjacency indexes (hash joins), starting from the most selective triple.
   */
  match(pattern: string | Pattern): Binding[] {
    const { triples, vars, types: typed, source, limit = Infinity } = runSync(plans.compilePattern(this.index, pattern));
    const slot = (x: string) => (x.startsWith('?') ? vars.indexOf(x.slice(1)) : -1);
    const types = typed.map(([v, c]) => [vars.indexOf(v), c] as const);

    // plan: greedily take the triple with most positions bound by what is already bound
    const boundVars = new Set<number>();
    const plan: Array<(typeof triples)[number]> = [];
    const remaining = [...triples];
    while (remaining.length) {
      const score = (t: (typeof triples)[number]) => {
        const b = (x: string) => slot(x) < 0 || boundVars.has(slot(x));
        return (b(t[0]) ? 2 : 0) + (b(t[2]) ? 2 : 0) - Math.log10(1 + (this.index.edgesByPredicate.get(t[1])?.length ?? 0)) / 10;
      };
      remaining.sort((a, b) => score(b) - score(a));
      const t = remaining.shift()!;
      plan.push(t);
      for (const x of [t[0], t[2]]) if (slot(x) >= 0) boundVars.add(slot(x));
    }

    let rows: Array<Array<string | undefined>> = [new Array(vars.length).fill(undefined)];
    for (const [s, pr, o] of plan) {
      const si = slot(s);
      const oi = slot(o);
      const next: Array<Array<string | undefined>> = [];
      const emit = (row: Array<string | undefined>, sv: string, ov: string) => {
        const r = row.slice();
        if (si >= 0) r[si] = sv;
        if (oi >= 0) r[oi] = ov;
        next.push(r);
      };
      if (pr === RDF.type) {
        for (const row of rows) {
          const sv = si >= 0 ? row[si] : s;
          if (sv !== undefined) {
            if (this.index.isA(sv, o)) next.push(row);
          } else for (const c of this.index.instancesOf(o)) emit(row, c, o);
        }
      } else if (source) {
        for (const row of rows) for (const b of this.matchInSource(si >= 0 ? row[si] : s, pr, oi >= 0 ? row[oi] : o, source)) emit(row, b[0], b[1]);
      } else {
        const fwd = this.index.objectsByPredicate(pr);
        for (const row of rows) {
          const sv = si >= 0 ? row[si] : s;
          const ov = oi >= 0 ? row[oi] : o;
          if (sv !== undefined) {
            for (const t of fwd.get(sv) ?? []) if (ov === undefined || t === ov) emit(row, sv, t);
          } else if (ov !== undefined) {
            for (const x of this.index.subjectsByPredicate(pr).get(ov) ?? []) emit(row, x, ov);
          } else {
            for (const [x, targets] of fwd) for (const t of targets) if (si !== oi || x === t) emit(row, x, t);
          }
        }
      }
      rows = next;
      if (rows.length === 0) break;
    }
    const out: Binding[] = [];
    for (const row of rows) {
      if (!types.every(([i, c]) => row[i] !== undefined && this.index.isA(row[i]!, c))) continue;
      const b: Binding = {};
      vars.forEach((v, i) => (b[v] = row[i]!));
      out.push(b);
      if (out.length >= limit) break;
    }
    return out;
  }

  /** `s p o` pairs of one triple pattern, only from triples in `source`. */
  private matchInSource(s: string | undefined, p: string, o: string | undefined, source: string): Array<[string, string]> {
    const out: Array<[string, string]> = [];
    const take = (_e: string, a: { predicate: string; graphs: readonly string[] }, src: string, tgt: string) => {
      if (a.predicate === p && a.graphs.includes(source) && (s === undefined || src === s) && (o === undefined || tgt === o)) out.push([src, tgt]);
    };
    if (s !== undefined) {
      if (this.graph.hasNode(s)) this.graph.forEachOutEdge(s, take);
    } else if (o !== undefined) {
      if (this.graph.hasNode(o)) this.graph.forEachInEdge(o, take);
    } else for (const e of this.index.edgesByPredicate.get(p) ?? []) take(e, this.graph.getEdgeAttributes(e), this.graph.source(e), this.graph.target(e));
    return out;
  }

  // ------------------------------------------------------------ measures

  /** Who is central: degree, PageRank and Louvain community over the relations between entities. */
  centrality(limit = 20): Centrality[] {
    const sub = this.graph.emptyCopy();
    sub.clear();
    this.graph.forEachEdge((edge, a, s, t) => {
      if (!this.isRelationEdge(a.predicate, s, t) || this.index.isA(t, NG_CLASS.TimeValue)) return;
      if (!sub.hasNode(s)) sub.addNode(s);
      if (!sub.hasNode(t)) sub.addNode(t);
      sub.addEdgeWithKey(edge, s, t, a);
    });
    if (sub.order === 0) return [];
    const pr = pagerank(sub, { getEdgeWeight: null });
    const communities = louvain(sub, { getEdgeWeight: null, rng: seededRandom(42) });
    return sub
      .mapNodes((k) => ({ ...this.index.entity(k), degree: sub.degree(k), pagerank: pr[k] ?? 0, community: communities[k] ?? 0 }))
      .sort((a, b) => b.pagerank - a.pagerank || a.label.localeCompare(b.label))
      .slice(0, limit);
  }
}

