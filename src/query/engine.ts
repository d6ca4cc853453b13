/**
 * The typed query API over the in-memory graph: find, neighbors, match, paths, statements, facts,
 * timeline, evidence and centrality, all answered from {@link GraphIndex} without scanning the
 * graph. Entities may be given as IRIs, prefixed names or any label. Facts and statements never
 * mix: `facts()` returns asserted triples only, `statements()` reported speech only.
 * Does not: parse RDF or talk to remote stores.
 */
import { checkDateBounds, keepStatements, statementLabel } from './statement-filter.js';
import { compareEntityRefs, compareFindResults, comparePathSteps, compareRelations, compareTimelineEntries, orderByHop } from './order.js';
import type { Quad } from '@rdfjs/types';
import pagerankModule from 'graphology-metrics/centrality/pagerank.js';
import louvainModule from 'graphology-communities-louvain';
import { datasetToGraph, literalTerm, type NewsGraph } from '../graph/project.js';
import { expandPrefixed, NG, NG_CLASS, RDF } from '../model/vocab.js';
import { seededRandom } from '../util/random.js';
import { GraphIndex, STRUCTURAL_PREDICATES } from './graph-index.js';
import {
  EntityResolutionError,
  resolveAmong,
  QueryError,
  type Binding,
  type ClaimRecord,
  type EntityRef,
  type EvidenceRecord,
  type FactQuery,
  type FindResult,
  type GraphQueries,
  type NeighborOptions,
  type Path,
  type PathOptions,
  type PathStep,
  type Pattern,
  type Relation,
  type StatementQuery,
  type StatementRecord,
  type Subgraph,
  type TimelineEntry,
} from './types.js';
import { parsePattern } from './pattern.js';

// CommonJS packages: under Node's ESM the default import is `module.exports`.
type PagerankFn = (g: unknown, o: { getEdgeWeight: null }) => Record<string, number>;
type LouvainFn = (g: unknown, o: { getEdgeWeight: null; rng: () => number }) => Record<string, number>;
const pagerank = ((pagerankModule as unknown as { default?: PagerankFn }).default ?? pagerankModule) as unknown as PagerankFn;
const louvain = ((louvainModule as unknown as { default?: LouvainFn }).default ?? louvainModule) as unknown as LouvainFn;

/** Relations that are not drawn between things (labels, records, statement fields). */
const NOT_RELATIONS = new Set<string>([...STRUCTURAL_PREDICATES, RDF.type, NG.speaker, NG.statementDate, NG.statementPlace, NG.occasion]);

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

  // ------------------------------------------------------------ entities

  /** Entities by any label or alias in any language, best first. Statements are not entities. */
  find(text: string, limit = 10): FindResult[] {
    if (typeof text !== 'string') throw new TypeError('find: text must be a string');
    const best = new Map<string, FindResult>();
    for (const h of this.index.lookup(text)) {
      if (this.index.isA(h.iri, NG_CLASS.Statement)) continue;
      const prev = best.get(h.iri);
      if (!prev || prev.score < h.score) best.set(h.iri, { ...this.index.entity(h.iri), matched: h.text, lang: h.lang, score: h.score });
    }
    return [...best.values()].sort(compareFindResults).slice(0, limit);
  }

  /**
   * The IRI of an entity given as IRI, prefixed name or label.
   * @throws EntityResolutionError listing candidates when nothing or several things match equally.
   */
  resolve(name: string): string {
    const expanded = expandPrefixed(name.trim());
    if (this.graph.hasNode(expanded)) return expanded;
    return resolveAmong(name, this.find(name, 10));
  }

  private predicateIri(p: string): string {
    const iri = expandPrefixed(p);
    if (!this.index.edgesByPredicate.has(iri) && !this.hasLiteralPredicate(iri)) throw new QueryError(`unknown predicate ${JSON.stringify(p)}: no triple in the graph uses it`);
    return iri;
  }

  private hasLiteralPredicate(p: string): boolean {
    return this.graph.someNode((_k, a) => a.literals[p] !== undefined);
  }

  // ------------------------------------------------------------ relations

  private relation(s: string, p: string, o: string, graphs: readonly string[]): Relation {
    const facts = this.index.factNodes(s, p, o);
    const evidence = facts.flatMap((f) => this.index.evidenceOf(f));
    const date = facts.map((f) => this.index.time(this.index.objectOf(f, NG.date))).find((d) => d !== undefined);
    return { subject: s, predicate: p, object: o, graphs: [...graphs], ...(date ? { date } : {}), evidence };
  }

  private isRelationEdge(predicate: string, source: string, target: string): boolean {
    return !NOT_RELATIONS.has(predicate) && !this.index.isStructural(source) && !this.index.isStructural(target) && !this.index.isA(source, NG_CLASS.Statement);
  }

  /** The ego network of an entity: neighbours up to `depth` hops and the relations between them. */
  neighbors(entity: string, options: NeighborOptions = {}): Subgraph {
    const center = this.resolve(entity);
    const depth = options.depth ?? 1;
    if (!Number.isInteger(depth) || depth < 1 || depth > 5) throw new QueryError(`depth must be 1..5, got ${depth}`);
    const direction = options.direction ?? 'both';
    if (!['in', 'out', 'both'].includes(direction)) throw new QueryError(`direction must be in, out or both, got ${JSON.stringify(direction)}`);
    const predicates = options.predicate === undefined ? undefined : new Set((Array.isArray(options.predicate) ? options.predicate : [options.predicate]).map((p) => this.predicateIri(p)));
    const types = options.types?.map((t) => expandPrefixed(t));
    const typeOk = (k: string) => !types || types.some((t) => this.index.isA(k, t));
    const hops = new Map([[center, 0]]);
    const relations = new Map<string, Relation>();
    let frontier = [center];
    for (let d = 0; d < depth; d++) {
      const next: string[] = [];
      for (const n of frontier) {
        const visit = (edge: string, a: { predicate: string; graphs: readonly string[] }, s: string, t: string) => {
          if (!this.isRelationEdge(a.predicate, s, t) || (predicates && !predicates.has(a.predicate))) return;
          const other = s === n ? t : s;
          if (!typeOk(other)) return;
          relations.set(edge, this.relation(s, a.predicate, t, a.graphs));
          if (!hops.has(other)) {
            hops.set(other, d + 1);
            next.push(other);
          }
        };
        if (direction !== 'in') this.graph.forEachOutEdge(n, visit);
        if (direction !== 'out') this.graph.forEachInEdge(n, visit);
      }
      frontier = next;
    }
    return {
      center,
      nodes: orderByHop(hops).map((k) => this.index.entity(k)),
      relations: [...relations.values()].sort(compareRelations),
    };
  }

  /**
   * Solutions of a small graph pattern, e.g. `?weapon ng:stationedIn ?state . ?weapon ng:controlledBy ?controller`.
   * Joins through per-predicate adjacency indexes (hash joins), starting from the most selective triple.
   */
  match(pattern: string | Pattern): Binding[] {
    const p = typeof pattern === 'string' ? parsePattern(pattern) : pattern;
    const triples = p.triples.map(([s, pr, o]) => [term(s), pr === 'a' ? RDF.type : expandPrefixed(pr), term(o)] as const);
    for (const [, pr] of triples) if (pr.startsWith('?')) throw new QueryError('variables in predicate position are not supported; use SPARQL');
    for (const [, pr] of triples) if (pr !== RDF.type) this.predicateIri(pr);
    const vars: string[] = [];
    for (const t of triples) for (const x of [t[0], t[2]]) if (x.startsWith('?') && !vars.includes(x.slice(1))) vars.push(x.slice(1));
    const slot = (x: string) => (x.startsWith('?') ? vars.indexOf(x.slice(1)) : -1);
    const types = Object.entries(p.types ?? {}).map(([v, c]) => [vars.indexOf(v.replace(/^\?/, '')), expandPrefixed(c)] as const);
    for (const [i, c] of types) if (i < 0) throw new QueryError(`type filter on a variable the pattern does not use (${c})`);
    const source = p.source ? expandPrefixed(p.source) : undefined;
    const limit = p.limit ?? Infinity;

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
        if (oi >= 0) throw new QueryError('a variable class (?x a ?c) is not supported; use SPARQL');
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

  /** Shortest and all simple paths between two entities, each step with its predicate and evidence. */
  paths(from: string, to: string, options: PathOptions = {}): Path[] {
    const a = this.resolve(from);
    const z = this.resolve(to);
    const maxLength = options.maxLength ?? 4;
    if (!Number.isInteger(maxLength) || maxLength < 1 || maxLength > 8) throw new QueryError(`maxLength must be 1..8, got ${maxLength}`);
    const limit = options.limit ?? 50;
    const predicates = options.predicates ? new Set(options.predicates.map((p) => this.predicateIri(p))) : undefined;
    const steps = (n: string): PathStep[] => {
      const out: PathStep[] = [];
      const add = (subject: string, p: string, object: string, forward: boolean) => {
        if (!this.isRelationEdge(p, subject, object) || (predicates && !predicates.has(p))) return;
        out.push({ from: n, predicate: p, to: forward ? object : subject, direction: forward ? 'forward' : 'backward', evidence: [] });
      };
      this.graph.forEachOutEdge(n, (_e, attr, s, t) => add(s, attr.predicate, t, true));
      this.graph.forEachInEdge(n, (_e, attr, s, t) => add(s, attr.predicate, t, false));
      return out.sort(comparePathSteps);
    };
    // distances to the target bound the search
    const dist = new Map<string, number>([[z, 0]]);
    let frontier = [z];
    for (let d = 1; d <= maxLength && frontier.length; d++) {
      const next: string[] = [];
      for (const n of frontier) for (const st of steps(n)) if (!dist.has(st.to)) dist.set(st.to, d), next.push(st.to);
      frontier = next;
    }
    const found: PathStep[][] = [];
    const visit = (n: string, path: PathStep[], onPath: Set<string>) => {
      if (found.length >= limit * 4) return;
      if (n === z) {
        found.push([...path]);
        return;
      }
      if (path.length >= maxLength) return;
      for (const st of steps(n)) {
        const d = dist.get(st.to);
        if (d === undefined || path.length + 1 + d > maxLength || onPath.has(st.to)) continue;
        onPath.add(st.to);
        path.push(st);
        visit(st.to, path, onPath);
        path.pop();
        onPath.delete(st.to);
      }
    };
    if (dist.has(a)) visit(a, [], new Set([a]));
    found.sort((x, y) => x.length - y.length);
    return found.slice(0, limit).map((ps) => ({
      nodes: [a, ...ps.map((s) => s.to)].map((k) => this.index.entity(k)),
      steps: ps.map((s) => {
        const [subj, obj] = s.direction === 'forward' ? [s.from, s.to] : [s.to, s.from];
        return { ...s, evidence: this.index.factNodes(subj, s.predicate, obj).flatMap((f) => this.index.evidenceOf(f)) };
      }),
    }));
  }

  // ------------------------------------------------------------ statements and facts

  private statementRecord(st: string): StatementRecord | undefined {
    const speaker = this.index.objectOf(st, NG.speaker);
    if (!speaker) return undefined;
    const date = this.index.time(this.index.objectOf(st, NG.statementDate));
    const place = this.index.objectOf(st, NG.statementPlace);
    const occasion = this.index.objectOf(st, NG.occasion);
    const mode = this.index.objectOf(st, NG.speechMode)?.endsWith('#DirectSpeech') ? 'direct' : 'indirect';
    const quote = this.index.literalValue(st, NG.quote);
    const reason = this.index.literalValue(st, NG.reasonText);
    const claims: ClaimRecord[] = this.index.objectsOf(st, NG.claims).map((c) => {
      const subject = this.index.objectOf(c, RDF.subject) ?? '';
      const predicate = this.index.objectOf(c, RDF.predicate) ?? '';
      const objNode = this.index.objectOf(c, RDF.object);
      const objLit = objNode === undefined ? this.index.literal(c, RDF.object) : undefined;
      const object = objNode ?? (objLit !== undefined ? literalTerm(objLit).value : '');
      const asserted = objNode !== undefined ? this.graph.someOutEdge(subject, (_e, a, _s, t) => a.predicate === predicate && t === objNode) : this.graph.hasNode(subject) && (this.graph.getNodeAttribute(subject, 'literals')[predicate] ?? []).includes(objLit!);
      return {
        subject,
        predicate,
        object,
        objectIsLiteral: objNode === undefined,
        polarity: this.index.objectOf(c, NG.polarity)?.endsWith('#Negative') ? 'negative' : 'affirmative',
        asserted: Boolean(asserted),
      };
    });
    return {
      iri: st,
      speaker: this.index.entity(speaker),
      ...(date ? { date } : {}),
      ...(place ? { place: this.index.entity(place) } : {}),
      ...(occasion ? { occasion } : {}),
      mode,
      ...(quote !== undefined ? { quote } : {}),
      content: this.index.literalValue(st, NG.content) ?? quote ?? '',
      ...(reason !== undefined ? { reason } : {}),
      about: this.index.objectsOf(st, NG.about).map((x) => this.index.entity(x)).sort(compareEntityRefs),
      claims,
      evidence: this.index.evidenceOf(st),
    };
  }

  /** Reported speech, filtered by speaker, topic and date range; in date order. Never facts. */
  statements(query: StatementQuery = {}): StatementRecord[] {
    const speaker = query.speaker ? this.resolve(query.speaker) : undefined;
    const about = query.about ? this.resolve(query.about) : undefined;
    checkDateBounds(query);
    const candidates = speaker ? this.index.subjectsOf(NG.speaker, speaker) : about ? this.index.subjectsOf(NG.about, about) : this.index.instancesOf(NG_CLASS.Statement);
    const records: StatementRecord[] = [];
    for (const st of candidates) {
      const r = this.index.isA(st, NG_CLASS.Statement) ? this.statementRecord(st) : undefined;
      if (r) records.push(r);
    }
    return keepStatements(records, query, speaker, about);
  }

  /** Asserted relations between things, with evidence; never statement content. */
  facts(query: FactQuery = {}): Relation[] {
    const s = query.subject ? this.resolve(query.subject) : undefined;
    const p = query.predicate ? this.predicateIri(query.predicate) : undefined;
    const o = query.object ? this.resolve(query.object) : undefined;
    const source = query.source ? expandPrefixed(query.source) : undefined;
    const out: Relation[] = [];
    const consider = (edge: string) => {
      const a = this.graph.getEdgeAttributes(edge);
      const [src, tgt] = this.graph.extremities(edge);
      if ((s && src !== s) || (o && tgt !== o) || (p && a.predicate !== p)) return;
      if (!this.isRelationEdge(a.predicate, src, tgt) || this.index.isA(tgt, NG_CLASS.TimeValue)) return;
      if (source && !a.graphs.includes(source)) return;
      out.push(this.relation(src, a.predicate, tgt, a.graphs));
    };
    if (s) this.graph.forEachOutEdge(s, (e) => consider(e));
    else if (o) this.graph.forEachInEdge(o, (e) => consider(e));
    else if (p) for (const e of this.index.edgesByPredicate.get(p) ?? []) consider(e);
    else this.graph.forEachEdge((e) => consider(e));
    return out.sort(compareRelations);
  }

  /** Evidence of an asserted triple (subject, predicate, object as IRIs, prefixed names or labels). */
  evidence(subject: string, predicate: string, object: string): EvidenceRecord[] {
    const s = this.resolve(subject);
    const p = this.predicateIri(predicate);
    let o: string;
    try {
      o = this.resolve(object);
    } catch (err) {
      const lit = (this.graph.getNodeAttribute(s, 'literals')[p] ?? []).find((id) => literalTerm(id).value === object);
      if (lit === undefined) throw err;
      o = lit;
    }
    return this.index.factNodes(s, p, o).flatMap((f) => this.index.evidenceOf(f));
  }

  // ------------------------------------------------------------ time

  /**
   * Dated events, dated facts and statements in date order. For an entity: those connected to it
   * within two hops (events it took part in, things it relates to), and statements about it or by it.
   */
  timeline(entity?: string): TimelineEntry[] {
    let scope: Set<string> | undefined;
    let center: string | undefined;
    if (entity !== undefined) {
      center = this.resolve(entity);
      scope = new Set(this.neighbors(center, { depth: 2 }).nodes.map((n) => n.iri));
    }
    const entries: TimelineEntry[] = [];
    const inScope = (k: string) => !scope || scope.has(k);
    for (const tv of this.index.instancesOf(NG_CLASS.TimeValue)) {
      const date = this.index.time(tv);
      if (!date) continue;
      this.graph.forEachInEdge(tv, (_e, a, s) => {
        if (a.predicate === NG.date && this.index.isA(s, NG_CLASS.Fact)) return;
        if (this.index.isA(s, NG_CLASS.Claim)) return;
        if (a.predicate === NG.statementDate) {
          if (scope && center) {
            const about = this.index.objectsOf(s, NG.about);
            if (!about.includes(center) && this.index.objectOf(s, NG.speaker) !== center) return;
          }
          const r = this.statementRecord(s);
          entries.push({ date, kind: 'statement', iri: s, label: r ? statementLabel(r) : s, evidence: r?.evidence ?? [] });
          return;
        }
        if (!inScope(s) || this.index.isStructural(s)) return;
        const isEvent = a.predicate === NG.date && this.index.isA(s, NG_CLASS.Event);
        entries.push({
          date,
          kind: isEvent ? 'event' : 'fact',
          iri: s,
          label: isEvent ? this.index.label(s) : `${this.index.label(s)} — ${this.index.label(a.predicate)}`,
          ...(isEvent ? {} : { predicate: a.predicate }),
          evidence: this.index.factNodes(s, a.predicate, tv).flatMap((f) => this.index.evidenceOf(f)),
        });
      });
    }
    return entries.sort(compareTimelineEntries);
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

function term(t: string): string {
  return t.startsWith('?') ? t : expandPrefixed(t);
}

