/**
 * The typed queries, written once over {@link QueryIndex}: find, resolve, neighbors, paths,
 * statements, facts, evidence, timeline. Each is a generator that yields the index's fetches and
 * loads (see `query-index.ts`): the local engine runs it synchronously over the graph, the remote
 * one asynchronously over a store, and both give the same answers. Names are scored here, with
 * the same normalisation and scores for every backend; neighbours and paths expand breadth-first,
 * one batch of nodes per hop; facts, statements and timelines read the model's records.
 * Answers come in the order `order.ts` defines. Does not: match patterns (`match` is written per
 * backend: hash joins locally, one SELECT remotely) or compute centrality (local only).
 */
import { checkDateBounds, keepStatements, statementLabel } from './statement-filter.js';
import { compareEntityRefs, compareFindResults, comparePathSteps, compareRelations, compareTimelineEntries, orderByHop } from './order.js';
import { DataFactory } from 'n3';
import { expandPrefixed, NG, NG_CLASS, RDF } from '../model/vocab.js';
import { NOT_RELATIONS } from '../model/structure.js';
import { normalise, stem, typoScore } from './normalize.js';
import { parsePattern } from './pattern.js';
import { searchPaths, type BareStep } from './path-search.js';
import { get, objectKey, tripleKey, type Edge, type NameEntry, type Plan, type QueryIndex, type TripleRef } from './query-index.js';
import {
  resolveAmong,
  QueryError,
  type ClaimRecord,
  type EvidenceRecord,
  type FactQuery,
  type FindResult,
  type NeighborOptions,
  type Path,
  type PathOptions,
  type Pattern,
  type Relation,
  type StatementQuery,
  type StatementRecord,
  type Subgraph,
  type TimelineEntry,
} from './types.js';

const named = (key: string) => DataFactory.namedNode(key);
const nodeTerm = (key: string) => (key.startsWith('_:') ? DataFactory.blankNode(key.slice(2)) : named(key));

/** Does this look like an absolute IRI? */
export function looksLikeIri(s: string): boolean {
  return /^[a-z][a-z0-9+.-]*:[^\s<>"{}|^`\\]*$/i.test(s);
}

/** Score name entries against a query: exact 100, inflected 90, prefix 80–70, word prefix 60, substring 40 (only when nothing else matched); aliases 5 below labels. */
export function scoreNames(entries: readonly NameEntry[], text: string): Array<NameEntry & { score: number }> {
  const q = normalise(text);
  if (!q) return [];
  const qs = stem(q);
  const groups: Array<Array<NameEntry & { score: number }>> = [[], [], [], [], []];
  const add = (g: number, e: NameEntry, score: number) => groups[g]!.push({ ...e, score: e.preferred ? score : score - 5 });
  for (const e of entries) {
    if (e.norm === q) add(0, e, 100);
    if (e.stemmed === qs) add(1, e, 90);
    if (e.norm.startsWith(q) && e.norm !== q) add(2, e, 80 - Math.min(20, e.norm.length - q.length) / 2);
    if (!e.norm.startsWith(q) && e.norm.split(/[\s-]+/).some((w) => w.startsWith(q))) add(3, e, 60);
  }
  if (groups.every((g) => g.length === 0) && q.length >= 3) {
    // a typo (one or two edits, by length: 60 and 50) before a mere substring (40)
    for (const e of entries) {
      const typo = typoScore(q, e.norm);
      if (typo !== undefined) add(4, e, typo);
      else if (e.norm.includes(q)) add(4, e, 40);
    }
  }
  return groups.flat();
}

// ------------------------------------------------------------ entities

/** Entities by any label or alias in any language, best first. Statements are not entities. */
export function* find(idx: QueryIndex, text: string, limit = 10): Plan<FindResult[]> {
  if (typeof text !== 'string') throw new TypeError('find: text must be a string');
  const entries = yield* get(idx.names(text));
  yield idx.loadEntities(entries.map((e) => e.iri));
  yield idx.loadClassHierarchy();
  const best = new Map<string, FindResult>();
  for (const h of scoreNames(
    entries.filter((e) => !idx.isStructural(e.iri)),
    text,
  )) {
    if (idx.isA(h.iri, NG_CLASS.Statement)) continue;
    const prev = best.get(h.iri);
    if (!prev || prev.score < h.score) best.set(h.iri, { ...idx.entity(h.iri), matched: h.text, lang: h.lang, score: h.score });
  }
  return [...best.values()].sort(compareFindResults).slice(0, limit);
}

/**
 * The key of an entity given as IRI, prefixed name or label.
 * @throws EntityResolutionError listing candidates when nothing or several things match equally.
 */
export function* resolve(idx: QueryIndex, name: string): Plan<string> {
  const expanded = expandPrefixed(name.trim());
  if (yield* get(idx.exists(expanded))) return expanded;
  // an exact or inflected name wins outright; a partial one only with a clear lead over the rest
  return resolveAmong(name, yield* find(idx, name, 10));
}

/**
 * A predicate given as IRI or prefixed name that some triple uses.
 * @throws QueryError for an unknown predicate.
 */
export function* predicateIri(idx: QueryIndex, p: string): Plan<string> {
  const iri = expandPrefixed(p);
  if (iri === RDF.type || !looksLikeIri(iri) || !(yield* get(idx.hasPredicate(iri)))) throw new QueryError(`unknown predicate ${JSON.stringify(p)}: no triple in the graph uses it`);
  return iri;
}

function* predicateSet(idx: QueryIndex, predicates: string | readonly string[] | undefined): Plan<Set<string> | undefined> {
  if (predicates === undefined) return undefined;
  const out = new Set<string>();
  for (const p of typeof predicates === 'string' ? [predicates] : predicates) out.add(yield* predicateIri(idx, p));
  return out;
}

// ------------------------------------------------------------ patterns

/** A pattern checked and expanded: IRIs in full, variables as `?name`; `match` runs it per backend. */
export interface CompiledPattern {
  triples: Array<readonly [string, string, string]>;
  /** Variable names (without `?`) in order of first use. */
  vars: string[];
  /** Variable name → required class (subclasses included). */
  types: Array<readonly [string, string]>;
  source?: string;
  limit?: number;
}

/**
 * Check and expand a pattern for `match`.
 * @throws QueryError for variables in predicate or class position, unknown predicates, type filters on unused variables, a bad limit.
 */
export function* compilePattern(idx: QueryIndex, pattern: string | Pattern): Plan<CompiledPattern> {
  const p = typeof pattern === 'string' ? parsePattern(pattern) : pattern;
  const term = (t: string) => (t.startsWith('?') ? t : expandPrefixed(t));
  const triples = p.triples.map(([s, pr, o]) => [term(s), pr === 'a' ? RDF.type : expandPrefixed(pr), term(o)] as const);
  for (const [, pr, o] of triples) {
    if (pr.startsWith('?')) throw new QueryError('variables in predicate position are not supported; use SPARQL');
    if (pr === RDF.type && o.startsWith('?')) throw new QueryError('a variable class (?x a ?c) is not supported; use SPARQL');
  }
  for (const [, pr] of triples) if (pr !== RDF.type) yield* predicateIri(idx, pr);
  const vars: string[] = [];
  for (const t of triples) for (const x of [t[0], t[2]]) if (x.startsWith('?') && !vars.includes(x.slice(1))) vars.push(x.slice(1));
  const types = Object.entries(p.types ?? {}).map(([v, c]) => [v.replace(/^\?/, ''), expandPrefixed(c)] as const);
  for (const [v, c] of types) if (!vars.includes(v)) throw new QueryError(`type filter on a variable the pattern does not use (${c})`);
  if (p.limit !== undefined && (!Number.isInteger(p.limit) || p.limit < 0)) throw new QueryError(`limit must be a non-negative integer, got ${p.limit}`);
  return { triples, vars, types, ...(p.source ? { source: expandPrefixed(p.source) } : {}), ...(p.limit !== undefined ? { limit: p.limit } : {}) };
}

// ------------------------------------------------------------ relations

/** Is this triple a relation between things (not structure, not a statement's field)? Needs the ends loaded. */
export function isRelationEdge(idx: QueryIndex, predicate: string, source: string, target: string): boolean {
  return !NOT_RELATIONS.has(predicate) && !idx.isStructural(source) && !idx.isStructural(target) && !idx.isA(source, NG_CLASS.Statement);
}

/** Relations with fact-node evidence and date, for edges known to be relations. */
function* relations(idx: QueryIndex, edges: readonly Edge[]): Plan<Relation[]> {
  yield idx.loadFactNodes(edges.map((e) => ({ s: e.s, p: e.p, o: nodeTerm(e.o) })));
  yield idx.loadRecords(edges.flatMap((e) => idx.factNodes(e.s, e.p, e.o)));
  return edges.map((e) => {
    const facts = idx.factNodes(e.s, e.p, e.o);
    const date = facts.map((f) => idx.time(idx.objectOf(f, NG.date))).find((d) => d !== undefined);
    return { subject: e.s, predicate: e.p, object: e.o, graphs: [...new Set(e.graphs)].sort(), ...(date ? { date } : {}), evidence: facts.flatMap((f) => idx.evidenceOf(f)) };
  });
}

/** The ego network of an entity: neighbours up to `depth` hops and the relations between them. */
export function* neighbors(idx: QueryIndex, entity: string, options: NeighborOptions = {}): Plan<Subgraph> {
  const center = yield* resolve(idx, entity);
  return yield* neighborsOf(idx, center, options);
}

function* neighborsOf(idx: QueryIndex, center: string, options: NeighborOptions): Plan<Subgraph> {
  const depth = options.depth ?? 1;
  if (!Number.isInteger(depth) || depth < 1 || depth > 5) throw new QueryError(`depth must be 1..5, got ${depth}`);
  const direction = options.direction ?? 'both';
  if (!['in', 'out', 'both'].includes(direction)) throw new QueryError(`direction must be in, out or both, got ${JSON.stringify(direction)}`);
  const predicates = yield* predicateSet(idx, options.predicate);
  const types = options.types?.map((t) => expandPrefixed(t));
  yield idx.loadClassHierarchy();
  yield idx.loadEntities([center]);
  const typeOk = (k: string) => !types || types.some((t) => idx.isA(k, t));
  const hops = new Map([[center, 0]]);
  const found = new Map<string, Edge>();
  let frontier = [center];
  for (let d = 0; d < depth && frontier.length; d++) {
    const adjacency = yield* get(idx.adjacency(frontier, predicates));
    yield idx.loadEntities([...adjacency.values()].flatMap((a) => [...a.out.map((e) => e.o), ...a.in.map((e) => e.s)]));
    const next: string[] = [];
    for (const n of frontier) {
      const a = adjacency.get(n)!;
      const visit = (e: Edge) => {
        if (!isRelationEdge(idx, e.p, e.s, e.o) || (predicates && !predicates.has(e.p))) return;
        const other = e.s === n ? e.o : e.s;
        if (!typeOk(other)) return;
        found.set(`${e.s}\u0001${e.p}\u0001${e.o}`, e);
        if (!hops.has(other)) {
          hops.set(other, d + 1);
          next.push(other);
        }
      };
      if (direction !== 'in') a.out.forEach(visit);
      if (direction !== 'out') a.in.forEach(visit);
    }
    if (hops.size > idx.maxNodes) throw new QueryError(`the neighbourhood has more than ${idx.maxNodes} nodes; lower the depth or name predicates or types`);
    frontier = next;
  }
  const rels = yield* relations(idx, [...found.values()]);
  return { center, nodes: orderByHop(hops).map((k) => idx.entity(k)), relations: rels.sort(compareRelations) };
}

/** Shortest and all simple paths between two entities (at most `maxLength` steps), each step with its predicate and evidence. */
export function* paths(idx: QueryIndex, from: string, to: string, options: PathOptions = {}): Plan<Path[]> {
  const a = yield* resolve(idx, from);
  const z = yield* resolve(idx, to);
  const maxLength = options.maxLength ?? 4;
  if (!Number.isInteger(maxLength) || maxLength < 1 || maxLength > 8) throw new QueryError(`maxLength must be 1..8, got ${maxLength}`);
  const limit = options.limit ?? 50;
  const predicates = yield* predicateSet(idx, options.predicates);
  yield idx.loadClassHierarchy();
  const stepsOf = new Map<string, BareStep[]>();
  function* expand(nodes: string[]): Plan<void> {
    const todo = nodes.filter((n) => !stepsOf.has(n));
    if (todo.length === 0) return;
    if (stepsOf.size + todo.length > idx.maxNodes) throw new QueryError(`the paths would explore more than ${idx.maxNodes} nodes; lower maxLength or name predicates`);
    const adjacency = yield* get(idx.adjacency(todo, predicates));
    yield idx.loadEntities([...todo, ...[...adjacency.values()].flatMap((x) => [...x.out.map((e) => e.o), ...x.in.map((e) => e.s)])]);
    for (const n of todo) {
      const steps: BareStep[] = [];
      const x = adjacency.get(n)!;
      const ok = (e: Edge) => isRelationEdge(idx, e.p, e.s, e.o) && (!predicates || predicates.has(e.p));
      for (const e of x.out) if (ok(e)) steps.push({ from: n, predicate: e.p, to: e.o, direction: 'forward' });
      for (const e of x.in) if (ok(e)) steps.push({ from: n, predicate: e.p, to: e.s, direction: 'backward' });
      stepsOf.set(n, steps.sort(comparePathSteps));
    }
  }
  const chosen = yield* searchPaths(a, z, { maxLength, limit }, expand, (n) => stepsOf.get(n) ?? []);
  const oriented = (s: BareStep): [string, string] => (s.direction === 'forward' ? [s.from, s.to] : [s.to, s.from]);
  const allSteps = chosen.flat();
  yield idx.loadFactNodes(allSteps.map((s) => ({ s: oriented(s)[0], p: s.predicate, o: nodeTerm(oriented(s)[1]) })));
  yield idx.loadRecords(allSteps.flatMap((s) => idx.factNodes(oriented(s)[0], s.predicate, oriented(s)[1])));
  return chosen.map((ps) => ({
    nodes: [a, ...ps.map((s) => s.to)].map((k) => idx.entity(k)),
    steps: ps.map((s) => {
      const [subj, obj] = oriented(s);
      return { ...s, evidence: idx.factNodes(subj, s.predicate, obj).flatMap((f) => idx.evidenceOf(f)) };
    }),
  }));
}

// ------------------------------------------------------------ statements and facts

/** Statement records of these statements (loads what they need; skips those without a speaker). */
function* statementRecords(idx: QueryIndex, statements: readonly string[]): Plan<Map<string, StatementRecord>> {
  yield idx.loadRecords(statements);
  const claims = statements.flatMap((st) => idx.objectsOf(st, NG.claims));
  yield idx.describe(claims);
  const refs = statements.flatMap((st) => [idx.objectOf(st, NG.speaker), idx.objectOf(st, NG.statementPlace), ...idx.objectsOf(st, NG.about)]).filter((x): x is string => x !== undefined);
  yield idx.loadEntities(refs);
  const claimTriple = (c: string): TripleRef | undefined => {
    const s = idx.objectOf(c, RDF.subject);
    const p = idx.objectOf(c, RDF.predicate);
    const objNode = idx.objectOf(c, RDF.object);
    const o = objNode !== undefined ? nodeTerm(objNode) : idx.literalOf(c, RDF.object);
    return s !== undefined && p !== undefined && o !== undefined ? { s, p, o } : undefined;
  };
  const asserted = yield* get(idx.assertedTriples(claims.map(claimTriple).filter((t): t is TripleRef => t !== undefined)));
  const out = new Map<string, StatementRecord>();
  for (const st of statements) {
    const speaker = idx.objectOf(st, NG.speaker);
    if (!speaker) continue;
    const date = idx.time(idx.objectOf(st, NG.statementDate));
    const place = idx.objectOf(st, NG.statementPlace);
    const occasion = idx.objectOf(st, NG.occasion);
    const mode = idx.objectOf(st, NG.speechMode)?.endsWith('#DirectSpeech') ? 'direct' : 'indirect';
    const quote = idx.literalValue(st, NG.quote);
    const reason = idx.literalValue(st, NG.reasonText);
    const claimRecords: ClaimRecord[] = idx.objectsOf(st, NG.claims).map((c) => {
      const t = claimTriple(c);
      const objNode = idx.objectOf(c, RDF.object);
      return {
        subject: idx.objectOf(c, RDF.subject) ?? '',
        predicate: idx.objectOf(c, RDF.predicate) ?? '',
        object: objNode ?? idx.literalOf(c, RDF.object)?.value ?? '',
        objectIsLiteral: objNode === undefined,
        polarity: idx.objectOf(c, NG.polarity)?.endsWith('#Negative') ? 'negative' : 'affirmative',
        asserted: t !== undefined && asserted.has(tripleKey(t.s, t.p, t.o)),
      };
    });
    out.set(st, {
      iri: st,
      speaker: idx.entity(speaker),
      ...(date ? { date } : {}),
      ...(place ? { place: idx.entity(place) } : {}),
      ...(occasion ? { occasion } : {}),
      mode,
      ...(quote !== undefined ? { quote } : {}),
      content: idx.literalValue(st, NG.content) ?? quote ?? '',
      ...(reason !== undefined ? { reason } : {}),
      about: idx.objectsOf(st, NG.about).map((x) => idx.entity(x)).sort(compareEntityRefs),
      claims: claimRecords,
      evidence: idx.evidenceOf(st),
    });
  }
  return out;
}

/** Reported speech, filtered by speaker, topic and date range; in date order. Never facts. */
export function* statements(idx: QueryIndex, query: StatementQuery = {}): Plan<StatementRecord[]> {
  const speaker = query.speaker ? yield* resolve(idx, query.speaker) : undefined;
  const about = query.about ? yield* resolve(idx, query.about) : undefined;
  checkDateBounds(query);
  yield idx.loadClassHierarchy();
  const candidates = yield* get(speaker ? idx.subjectsOf(NG.speaker, speaker) : about ? idx.subjectsOf(NG.about, about) : idx.instancesOf(NG_CLASS.Statement));
  yield idx.loadEntities(candidates);
  const kept = candidates.filter((st) => idx.isA(st, NG_CLASS.Statement));
  const records = yield* statementRecords(idx, kept);
  return keepStatements(
    kept.map((st) => records.get(st)).filter((r): r is StatementRecord => r !== undefined),
    query,
    speaker,
    about,
  );
}

/** Asserted relations between things, with evidence; never statement content. */
export function* facts(idx: QueryIndex, query: FactQuery = {}): Plan<Relation[]> {
  const s = query.subject ? yield* resolve(idx, query.subject) : undefined;
  const p = query.predicate ? yield* predicateIri(idx, query.predicate) : undefined;
  const o = query.object ? yield* resolve(idx, query.object) : undefined;
  const source = query.source ? expandPrefixed(query.source) : undefined;
  if (source !== undefined && !looksLikeIri(source)) throw new QueryError(`source must be a document IRI, got ${JSON.stringify(query.source)}`);
  yield idx.loadClassHierarchy();
  const edges = yield* get(idx.edges({ ...(s ? { s } : {}), ...(p ? { p } : {}), ...(o ? { o } : {}), ...(source ? { source } : {}) }));
  yield idx.loadEntities(edges.flatMap((e) => [e.s, e.o]));
  const kept = edges.filter((e) => isRelationEdge(idx, e.p, e.s, e.o) && !idx.isA(e.o, NG_CLASS.TimeValue));
  return (yield* relations(idx, kept)).sort(compareRelations);
}

/** Evidence of an asserted triple (subject, predicate, object as IRIs, prefixed names or labels). */
export function* evidence(idx: QueryIndex, subject: string, predicate: string, object: string): Plan<EvidenceRecord[]> {
  const s = yield* resolve(idx, subject);
  const p = yield* predicateIri(idx, predicate);
  let o;
  try {
    o = named(yield* resolve(idx, object));
  } catch (err) {
    const literal = yield* get(idx.literalObject(s, p, object));
    if (literal === undefined) throw err;
    o = literal;
  }
  yield idx.loadFactNodes([{ s, p, o }]);
  const found = idx.factNodes(s, p, objectKey(o));
  yield idx.loadRecords(found);
  return found.flatMap((f) => idx.evidenceOf(f));
}

// ------------------------------------------------------------ time

/**
 * Dated events, dated facts and statements in date order. For an entity: those connected to it
 * within two hops (events it took part in, things it relates to), and statements about it or by it.
 */
export function* timeline(idx: QueryIndex, entity?: string): Plan<TimelineEntry[]> {
  yield idx.loadClassHierarchy();
  let scope: Set<string> | undefined;
  let center: string | undefined;
  if (entity !== undefined) {
    center = yield* resolve(idx, entity);
    scope = new Set((yield* neighborsOf(idx, center, { depth: 2 })).nodes.map((n) => n.iri));
  }
  const seen = new Set<string>();
  const dated = (yield* get(idx.datedTriples(scope, center))).filter((d) => {
    const k = `${d.s}\u0001${d.p}\u0001${d.tv}`;
    return !seen.has(k) && seen.add(k);
  });
  yield idx.describe(dated.map((d) => d.tv));
  yield idx.loadEntities(dated.flatMap((d) => [d.s, d.p]));
  const statementRows = dated.filter((d) => d.p === NG.statementDate && !idx.isA(d.s, NG_CLASS.Claim));
  yield idx.describe(statementRows.map((d) => d.s));
  const inStatementScope = (s: string) => !center || idx.objectsOf(s, NG.about).includes(center) || idx.objectOf(s, NG.speaker) === center;
  const records = yield* statementRecords(idx, [...new Set(statementRows.filter((d) => inStatementScope(d.s)).map((d) => d.s))]);
  const isFactRow = (d: { s: string; p: string }) => d.p !== NG.statementDate && !(d.p === NG.date && idx.isA(d.s, NG_CLASS.Fact)) && !idx.isA(d.s, NG_CLASS.Claim) && (!scope || scope.has(d.s)) && !idx.isStructural(d.s);
  const factRows = dated.filter(isFactRow);
  yield idx.loadFactNodes(factRows.map((d) => ({ s: d.s, p: d.p, o: nodeTerm(d.tv) })));
  yield idx.loadRecords(factRows.flatMap((d) => idx.factNodes(d.s, d.p, d.tv)));
  const entries: TimelineEntry[] = [];
  for (const d of dated) {
    const date = idx.time(d.tv);
    if (!date) continue;
    if (d.p === NG.statementDate && !idx.isA(d.s, NG_CLASS.Claim)) {
      if (!inStatementScope(d.s)) continue;
      const r = records.get(d.s);
      entries.push({ date, kind: 'statement', iri: d.s, label: r ? statementLabel(r) : d.s, evidence: r?.evidence ?? [] });
      continue;
    }
    if (!isFactRow(d)) continue;
    const isEvent = d.p === NG.date && idx.isA(d.s, NG_CLASS.Event);
    entries.push({
      date,
      kind: isEvent ? 'event' : 'fact',
      iri: d.s,
      label: isEvent ? idx.label(d.s) : `${idx.label(d.s)} — ${idx.label(d.p)}`,
      ...(isEvent ? {} : { predicate: d.p }),
      evidence: idx.factNodes(d.s, d.p, d.tv).flatMap((f) => idx.evidenceOf(f)),
    });
  }
  return entries.sort(compareTimelineEntries);
}
