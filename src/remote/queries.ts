/**
 * The typed query API ({@link GraphQueries}: find, neighbors, match, paths, statements, facts,
 * timeline, evidence) over a remote SPARQL 1.1 store, with the same answers as the in-memory engine
 * (`src/query/engine.ts`) on the same data.
 *
 * How: each call sends a few batched SELECTs (see `remote-index.ts`) — never the whole store —
 * and applies the local engine's rules in TypeScript to what comes back, so semantics cannot
 * drift: names are matched with the same normalisation and scores (the store pre-selects
 * candidates with a diacritic-tolerant REGEX on the first three characters), neighbours and
 * paths expand breadth-first one hop per request, facts, statements and timelines read the
 * model's records. Only graphs whose IRI starts with the scope prefix are read
 * (default `https://w3id.org/newsgraph/`), so store system graphs and push bookkeeping never show.
 *
 * Answers come in the order `src/query/order.ts` defines for both engines; `match` solutions, as
 * in SPARQL, in no particular order. Differences from the local engine: a store's blank nodes are
 * leaves (they cannot be named in a follow-up query); `paths` and `neighbors` refuse to expand
 * more than `maxNodes` nodes (default 50 000); there is no `centrality` (it needs the whole graph).
 * Does not: cache between calls, or write to the store.
 */
import { checkDateBounds, keepStatements, statementLabel } from '../query/statement-filter.js';
import { compareEntityRefs, compareFindResults, comparePathSteps, compareRelations, compareTimelineEntries, orderByHop } from '../query/order.js';
import type { Term } from '@rdfjs/types';
import { DataFactory } from 'n3';
import { expandPrefixed, NG, NG_CLASS, RDF, RDFS } from '../model/vocab.js';
import { STRUCTURAL_PREDICATES, type NameEntry } from '../query/graph-index.js';
import { normalise, stem, typoScore } from '../query/normalize.js';
import { parsePattern } from '../query/pattern.js';
import {
  EntityResolutionError,
  resolveAmong,
  QueryError,
  type Binding,
  type ClaimRecord,
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
} from '../query/types.js';
import type { SparqlEndpoint } from './endpoint.js';
import { RemoteIndex, type SharedCache } from './remote-index.js';
import { iriRef, isResource, nodeKeyOf, sparqlString, sparqlTerm } from './terms.js';

/** Relations that are not drawn between things (as in the local engine). */
const NOT_RELATIONS = new Set<string>([...STRUCTURAL_PREDICATES, RDF.type, NG.speaker, NG.statementDate, NG.statementPlace, NG.occasion]);
const NOT_RELATIONS_FILTER = `FILTER(?p NOT IN (${[...NOT_RELATIONS].map(iriRef).join(', ')}))`;

/** Options of {@link RemoteQueries}. */
export interface RemoteQueryOptions {
  /** Only graphs whose IRI starts with this are read (default `https://w3id.org/newsgraph/`; '' reads every graph). */
  graphPrefix?: string;
  /** Most nodes `neighbors` and `paths` expand before refusing (default 50 000). */
  maxNodes?: number;
}

/** An edge of the store between two nodes, with the graphs holding it. */
interface Edge {
  s: string;
  p: string;
  o: string;
  graphs: string[];
}

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

/** Score names against a query exactly as the local name index does. */
function scoreNames(entries: readonly NameEntry[], text: string): Array<NameEntry & { score: number }> {
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
    for (const e of entries) {
      const typo = typoScore(q, e.norm);
      if (typo !== undefined || e.norm.includes(q)) add(4, e, typo ?? 40);
    }
  }
  return groups.flat();
}

const named = (key: string) => DataFactory.namedNode(key);
const looksLikeIri = (s: string) => /^[a-z][a-z0-9+.-]*:[^\s<>"{}|^`\\]*$/i.test(s);

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
    return new RemoteIndex(this.endpoint, this.graphPrefix, this.shared);
  }

  // ------------------------------------------------------------ entities

  /** Entities by any label or alias in any language, best first. Statements are not entities. */
  async find(text: string, limit = 10): Promise<FindResult[]> {
    if (typeof text !== 'string') throw new TypeError('find: text must be a string');
    return this.findWith(this.index(), text, limit);
  }

  private async findWith(idx: RemoteIndex, text: string, limit: number): Promise<FindResult[]> {
    const q = normalise(text);
    if (!q) return [];
    const key = [...q].slice(0, 3).join('');
    const rows = await idx.select(
      ['x', 'p', 'name'],
      `VALUES ?p { ${iriRef(RDFS.label)} ${iriRef(NG.alias)} } ${idx.quad('?x', '?p', '?name')} FILTER(isLiteral(?name) && REGEX(STR(?name), ${sparqlString(foldingRegex(key))}))`,
    );
    await idx.loadEntities(rows.map((r) => nodeKeyOf(r.x!)));
    await idx.loadClassHierarchy();
    const entries: NameEntry[] = [];
    for (const r of rows) {
      const iri = nodeKeyOf(r.x!);
      if (idx.isStructural(iri)) continue;
      const norm = normalise(r.name!.value);
      if (!norm) continue;
      entries.push({ iri, preferred: r.p!.value === RDFS.label, text: r.name!.value, lang: (r.name as Term & { language: string }).language, norm, stemmed: stem(norm) });
    }
    const best = new Map<string, FindResult>();
    for (const h of scoreNames(entries, text)) {
      if (idx.isA(h.iri, NG_CLASS.Statement)) continue;
      const prev = best.get(h.iri);
      if (!prev || prev.score < h.score) best.set(h.iri, { ...idx.entity(h.iri), matched: h.text, lang: h.lang, score: h.score });
    }
    return [...best.values()].sort(compareFindResults).slice(0, limit);
  }

  /**
   * The IRI of an entity given as IRI, prefixed name or label.
   * @throws EntityResolutionError listing candidates when nothing or several things match equally.
   */
  async resolve(name: string): Promise<string> {
    return this.resolveWith(this.index(), name);
  }

  private async resolveWith(idx: RemoteIndex, name: string): Promise<string> {
    const expanded = expandPrefixed(name.trim());
    if (looksLikeIri(expanded)) {
      const x = iriRef(expanded);
      if (await idx.ask(`{ ${idx.quad(x, '?p', '?o')} } UNION { ${idx.quad('?s', '?p', x)} }`)) return expanded;
    }
    return resolveAmong(name, await this.findWith(idx, name, 10));
  }

  /** A predicate given as IRI or prefixed name that some triple in scope uses. */
  private async predicateIri(idx: RemoteIndex, p: string): Promise<string> {
    const iri = expandPrefixed(p);
    const unknown = () => new QueryError(`unknown predicate ${JSON.stringify(p)}: no triple in the graph uses it`);
    if (iri === RDF.type || !looksLikeIri(iri)) throw unknown();
    if (!(await idx.ask(idx.quad('?s', iriRef(iri), '?o')))) throw unknown();
    return iri;
  }

  // ------------------------------------------------------------ relations

  private isRelationEdge(idx: RemoteIndex, predicate: string, source: string, target: string): boolean {
    return !NOT_RELATIONS.has(predicate) && !idx.isStructural(source) && !idx.isStructural(target) && !idx.isA(source, NG_CLASS.Statement);
  }

  /** Node-valued edges touching these nodes (both directions), grouped per triple with their graphs. */
  private async adjacency(idx: RemoteIndex, nodes: readonly string[], predicates?: ReadonlySet<string>): Promise<Map<string, { out: Edge[]; in: Edge[] }>> {
    const result = new Map<string, { out: Edge[]; in: Edge[] }>();
    for (const n of nodes) result.set(n, { out: [], in: [] });
    const named = nodes.filter((n) => !n.startsWith('_:'));
    const pFilter = predicates ? `VALUES ?p { ${[...predicates].map(iriRef).join(' ')} }` : NOT_RELATIONS_FILTER;
    for (let i = 0; i < named.length; i += 200) {
      const batch = named.slice(i, i + 200);
      const rows = await idx.select(
        ['n', 'dir', 'p', 'x', 'g'],
        `${idx.values('n', batch)} { ${pFilter} GRAPH ?g { ?n ?p ?x } BIND("out" AS ?dir) } UNION { ${pFilter} GRAPH ?g { ?x ?p ?n } BIND("in" AS ?dir) } FILTER(!isLiteral(?x)) ${idx.scope('?g')}`,
      );
      const byTriple = new Map<string, Edge>();
      for (const r of rows) {
        const n = nodeKeyOf(r.n!);
        const x = nodeKeyOf(r.x!);
        const out = r.dir!.value === 'out';
        const k = `${n}\u0001${r.dir!.value}\u0001${r.p!.value}\u0001${x}`;
        let e = byTriple.get(k);
        if (!e) {
          e = out ? { s: n, p: r.p!.value, o: x, graphs: [] } : { s: x, p: r.p!.value, o: n, graphs: [] };
          byTriple.set(k, e);
          result.get(n)![out ? 'out' : 'in'].push(e);
        }
        e.graphs.push(r.g!.value);
      }
    }
    return result;
  }

  /** Relations with fact-node evidence and date, for edges already known to be relations. */
  private async relations(idx: RemoteIndex, edges: readonly Edge[]): Promise<Relation[]> {
    await idx.loadFactNodes(edges.map((e) => ({ s: e.s, p: e.p, o: named(e.o) })));
    await idx.loadRecords(edges.flatMap((e) => idx.factNodes(e.s, e.p, named(e.o))));
    return edges.map((e) => {
      const facts = idx.factNodes(e.s, e.p, named(e.o));
      const date = facts.map((f) => idx.time(idx.objectOf(f, NG.date))).find((d) => d !== undefined);
      return { subject: e.s, predicate: e.p, object: e.o, graphs: [...new Set(e.graphs)].sort(), ...(date ? { date } : {}), evidence: facts.flatMap((f) => idx.evidenceOf(f)) };
    });
  }

  /** The ego network of an entity: neighbours up to `depth` hops and the relations between them. */
  async neighbors(entity: string, options: NeighborOptions = {}): Promise<Subgraph> {
    const idx = this.index();
    const center = await this.resolveWith(idx, entity);
    return this.neighborsWith(idx, center, options);
  }

  private async neighborsWith(idx: RemoteIndex, center: string, options: NeighborOptions): Promise<Subgraph> {
    const depth = options.depth ?? 1;
    if (!Number.isInteger(depth) || depth < 1 || depth > 5) throw new QueryError(`depth must be 1..5, got ${depth}`);
    const direction = options.direction ?? 'both';
    if (!['in', 'out', 'both'].includes(direction)) throw new QueryError(`direction must be in, out or both, got ${JSON.stringify(direction)}`);
    const predicates =
      options.predicate === undefined ? undefined : new Set(await Promise.all((Array.isArray(options.predicate) ? options.predicate : [options.predicate]).map((p) => this.predicateIri(idx, p))));
    const types = options.types?.map((t) => expandPrefixed(t));
    await idx.loadClassHierarchy();
    await idx.loadEntities([center]);
    const typeOk = (k: string) => !types || types.some((t) => idx.isA(k, t));
    const hops = new Map([[center, 0]]);
    const relations = new Map<string, Edge>();
    let frontier = [center];
    for (let d = 0; d < depth && frontier.length; d++) {
      const adjacency = await this.adjacency(idx, frontier, predicates);
      await idx.loadEntities([...adjacency.values()].flatMap((a) => [...a.out.map((e) => e.o), ...a.in.map((e) => e.s)]));
      const next: string[] = [];
      for (const n of frontier) {
        const a = adjacency.get(n)!;
        const visit = (e: Edge) => {
          if (!this.isRelationEdge(idx, e.p, e.s, e.o)) return;
          const other = e.s === n ? e.o : e.s;
          if (!typeOk(other)) return;
          relations.set(`${e.s}\u0001${e.p}\u0001${e.o}`, e);
          if (!hops.has(other)) {
            hops.set(other, d + 1);
            next.push(other);
          }
        };
        if (direction !== 'in') a.out.forEach(visit);
        if (direction !== 'out') a.in.forEach(visit);
      }
      if (hops.size > this.maxNodes) throw new QueryError(`the neighbourhood has more than ${this.maxNodes} nodes; lower the depth or name predicates or types`);
      frontier = next;
    }
    const rels = await this.relations(idx, [...relations.values()]);
    return {
      center,
      nodes: orderByHop(hops).map((k) => idx.entity(k)),
      relations: rels.sort(compareRelations),
    };
  }

  /**
   * Solutions of a small graph pattern, translated to one SPARQL SELECT: classes include their
   * subclasses, variables bind to resources only, `source` restricts the relation triples to
   * one document's graph.
   */
  async match(pattern: string | Pattern): Promise<Binding[]> {
    const idx = this.index();
    const p = typeof pattern === 'string' ? parsePattern(pattern) : pattern;
    const term = (t: string) => (t.startsWith('?') ? t : expandPrefixed(t));
    const triples = p.triples.map(([s, pr, o]) => [term(s), pr === 'a' ? RDF.type : expandPrefixed(pr), term(o)] as const);
    for (const [, pr] of triples) if (pr.startsWith('?')) throw new QueryError('variables in predicate position are not supported; use SPARQL');
    for (const [, pr] of triples) if (pr !== RDF.type) await this.predicateIri(idx, pr);
    const vars: string[] = [];
    for (const t of triples) for (const x of [t[0], t[2]]) if (x.startsWith('?') && !vars.includes(x.slice(1))) vars.push(x.slice(1));
    const types = Object.entries(p.types ?? {}).map(([v, c]) => [v.replace(/^\?/, ''), expandPrefixed(c)] as const);
    for (const [v, c] of types) if (!vars.includes(v)) throw new QueryError(`type filter on a variable the pattern does not use (${c})`);
    for (const [, pr, o] of triples) if (pr === RDF.type && o.startsWith('?')) throw new QueryError('a variable class (?x a ?c) is not supported; use SPARQL');
    const source = p.source ? expandPrefixed(p.source) : undefined;
    if (p.limit !== undefined && (!Number.isInteger(p.limit) || p.limit < 0)) throw new QueryError(`limit must be a non-negative integer, got ${p.limit}`);
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
      if (p.limit !== undefined && out.length >= p.limit) break;
    }
    return out;
  }

  /** Shortest and all simple paths between two entities (at most `maxLength` steps), each step with its predicate and evidence. */
  async paths(from: string, to: string, options: PathOptions = {}): Promise<Path[]> {
    const idx = this.index();
    const a = await this.resolveWith(idx, from);
    const z = await this.resolveWith(idx, to);
    const maxLength = options.maxLength ?? 4;
    if (!Number.isInteger(maxLength) || maxLength < 1 || maxLength > 8) throw new QueryError(`maxLength must be 1..8, got ${maxLength}`);
    const limit = options.limit ?? 50;
    const predicates = options.predicates ? new Set(await Promise.all(options.predicates.map((p) => this.predicateIri(idx, p)))) : undefined;
    await idx.loadClassHierarchy();
    const stepsOf = new Map<string, PathStep[]>();
    const expand = async (nodes: string[]) => {
      const todo = nodes.filter((n) => !stepsOf.has(n));
      if (todo.length === 0) return;
      if (stepsOf.size + todo.length > this.maxNodes) throw new QueryError(`the paths would explore more than ${this.maxNodes} nodes; lower maxLength or name predicates`);
      const adjacency = await this.adjacency(idx, todo, predicates);
      await idx.loadEntities([...todo, ...[...adjacency.values()].flatMap((x) => [...x.out.map((e) => e.o), ...x.in.map((e) => e.s)])]);
      for (const n of todo) {
        const steps: PathStep[] = [];
        const x = adjacency.get(n)!;
        for (const e of x.out) if (this.isRelationEdge(idx, e.p, e.s, e.o)) steps.push({ from: n, predicate: e.p, to: e.o, direction: 'forward', evidence: [] });
        for (const e of x.in) if (this.isRelationEdge(idx, e.p, e.s, e.o)) steps.push({ from: n, predicate: e.p, to: e.s, direction: 'backward', evidence: [] });
        steps.sort(comparePathSteps);
        stepsOf.set(n, steps);
      }
    };
    // distances to the target bound the search
    const dist = new Map<string, number>([[z, 0]]);
    let frontier = [z];
    for (let d = 1; d <= maxLength && frontier.length; d++) {
      await expand(frontier);
      const next: string[] = [];
      for (const n of frontier) for (const st of stepsOf.get(n)!) if (!dist.has(st.to)) dist.set(st.to, d), next.push(st.to);
      frontier = next;
    }
    const found: PathStep[][] = [];
    if (dist.has(a)) {
      await expand([a]);
      const visit = (n: string, path: PathStep[], onPath: Set<string>) => {
        if (found.length >= limit * 4) return;
        if (n === z) {
          found.push([...path]);
          return;
        }
        if (path.length >= maxLength) return;
        for (const st of stepsOf.get(n) ?? []) {
          const d = dist.get(st.to);
          if (d === undefined || path.length + 1 + d > maxLength || onPath.has(st.to)) continue;
          onPath.add(st.to);
          path.push(st);
          visit(st.to, path, onPath);
          path.pop();
          onPath.delete(st.to);
        }
      };
      visit(a, [], new Set([a]));
    }
    found.sort((x, y) => x.length - y.length);
    const chosen = found.slice(0, limit);
    const oriented = (s: PathStep): [string, string] => (s.direction === 'forward' ? [s.from, s.to] : [s.to, s.from]);
    const allSteps = chosen.flat();
    await idx.loadFactNodes(allSteps.map((s) => ({ s: oriented(s)[0], p: s.predicate, o: named(oriented(s)[1]) })));
    await idx.loadRecords(allSteps.flatMap((s) => idx.factNodes(oriented(s)[0], s.predicate, named(oriented(s)[1]))));
    return chosen.map((ps) => ({
      nodes: [a, ...ps.map((s) => s.to)].map((k) => idx.entity(k)),
      steps: ps.map((s) => {
        const [subj, obj] = oriented(s);
        return { ...s, evidence: idx.factNodes(subj, s.predicate, named(obj)).flatMap((f) => idx.evidenceOf(f)) };
      }),
    }));
  }

  // ------------------------------------------------------------ statements and facts

  /** Statement records of these statements (loads what they need; skips those without a speaker). */
  private async statementRecords(idx: RemoteIndex, statements: readonly string[]): Promise<Map<string, StatementRecord>> {
    await idx.loadRecords(statements);
    const claims = statements.flatMap((st) => idx.objectsOf(st, NG.claims));
    await idx.describe(claims);
    const refs = statements.flatMap((st) => [idx.objectOf(st, NG.speaker), idx.objectOf(st, NG.statementPlace), ...idx.objectsOf(st, NG.about)]).filter((x): x is string => x !== undefined);
    await idx.loadEntities(refs);
    // which claim triples are asserted anywhere in scope
    const claimTriples = claims
      .map((c) => ({ c, s: idx.objectOf(c, RDF.subject), p: idx.objectOf(c, RDF.predicate), o: idx.objectOf(c, RDF.object) !== undefined ? named(idx.objectOf(c, RDF.object)!) : idx.literal(c, RDF.object) }))
      .filter((x): x is { c: string; s: string; p: string; o: Term } => x.s !== undefined && x.p !== undefined && x.o !== undefined && !x.s.startsWith('_:') && !(isResource(x.o) && x.o.value.startsWith('_:')));
    const asserted = new Set<string>();
    for (let i = 0; i < claimTriples.length; i += 100) {
      const batch = claimTriples.slice(i, i + 100);
      const values = batch.map((x) => `(${iriRef(x.s)} ${iriRef(x.p)} ${sparqlTerm(x.o)})`).join(' ');
      const rows = await idx.select(['s', 'p', 'o'], `VALUES (?s ?p ?o) { ${values} } ${idx.quad('?s', '?p', '?o')}`);
      for (const r of rows) asserted.add(`${r.s!.value}\u0001${r.p!.value}\u0001${r.o!.termType}\u0001${r.o!.value}`);
    }
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
        const subject = idx.objectOf(c, RDF.subject) ?? '';
        const predicate = idx.objectOf(c, RDF.predicate) ?? '';
        const objNode = idx.objectOf(c, RDF.object);
        const objLit = objNode === undefined ? idx.literal(c, RDF.object) : undefined;
        const object = objNode ?? objLit?.value ?? '';
        const o = objNode !== undefined ? named(objNode) : objLit;
        return {
          subject,
          predicate,
          object,
          objectIsLiteral: objNode === undefined,
          polarity: idx.objectOf(c, NG.polarity)?.endsWith('#Negative') ? 'negative' : 'affirmative',
          asserted: o !== undefined && asserted.has(`${subject}\u0001${predicate}\u0001${o.termType}\u0001${o.value}`),
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
  async statements(query: StatementQuery = {}): Promise<StatementRecord[]> {
    const idx = this.index();
    const speaker = query.speaker ? await this.resolveWith(idx, query.speaker) : undefined;
    const about = query.about ? await this.resolveWith(idx, query.about) : undefined;
    checkDateBounds(query);
    await idx.loadClassHierarchy();
    const candidates = speaker
      ? (await idx.select(['st'], idx.quad('?st', iriRef(NG.speaker), iriRef(speaker)))).map((r) => nodeKeyOf(r.st!))
      : about
        ? (await idx.select(['st'], idx.quad('?st', iriRef(NG.about), iriRef(about)))).map((r) => nodeKeyOf(r.st!))
        : await idx.instancesOf(NG_CLASS.Statement);
    await idx.loadEntities(candidates);
    const statements = candidates.filter((st) => idx.isA(st, NG_CLASS.Statement));
    const records = await this.statementRecords(idx, statements);
    return keepStatements(
      statements.map((st) => records.get(st)).filter((r): r is StatementRecord => r !== undefined),
      query,
      speaker,
      about,
    );
  }

  /** Asserted relations between things, with evidence; never statement content. */
  async facts(query: FactQuery = {}): Promise<Relation[]> {
    const idx = this.index();
    const s = query.subject ? await this.resolveWith(idx, query.subject) : undefined;
    const p = query.predicate ? await this.predicateIri(idx, query.predicate) : undefined;
    const o = query.object ? await this.resolveWith(idx, query.object) : undefined;
    const source = query.source ? expandPrefixed(query.source) : undefined;
    if (source !== undefined && !looksLikeIri(source)) throw new QueryError(`source must be a document IRI, got ${JSON.stringify(query.source)}`);
    await idx.loadClassHierarchy();
    const rows = await idx.select(
      ['s', 'p', 'o', 'g'],
      `${s ? idx.values('s', [s]) : ''} ${p ? idx.values('p', [p]) : ''} ${o ? idx.values('o', [o]) : ''} GRAPH ?g { ?s ?p ?o } ${idx.scope('?g')} FILTER(!isLiteral(?o)) ${p ? '' : NOT_RELATIONS_FILTER} ${source ? `FILTER EXISTS { GRAPH ${iriRef(source)} { ?s ?p ?o } }` : ''}`,
    );
    const edges = new Map<string, Edge>();
    for (const r of rows) {
      const k = `${nodeKeyOf(r.s!)}\u0001${r.p!.value}\u0001${nodeKeyOf(r.o!)}`;
      let e = edges.get(k);
      if (!e) edges.set(k, (e = { s: nodeKeyOf(r.s!), p: r.p!.value, o: nodeKeyOf(r.o!), graphs: [] }));
      e.graphs.push(r.g!.value);
    }
    await idx.loadEntities([...edges.values()].flatMap((e) => [e.s, e.o]));
    const kept = [...edges.values()].filter((e) => this.isRelationEdge(idx, e.p, e.s, e.o) && !idx.isA(e.o, NG_CLASS.TimeValue));
    const out = await this.relations(idx, kept);
    return out.sort(compareRelations);
  }

  /** Evidence of an asserted triple (subject, predicate, object as IRIs, prefixed names or labels). */
  async evidence(subject: string, predicate: string, object: string): Promise<EvidenceRecord[]> {
    const idx = this.index();
    const s = await this.resolveWith(idx, subject);
    const p = await this.predicateIri(idx, predicate);
    let o: Term;
    try {
      o = named(await this.resolveWith(idx, object));
    } catch (err) {
      const rows = await idx.select(['o'], `${idx.quad(iriRef(s), iriRef(p), '?o')} FILTER(isLiteral(?o) && STR(?o) = ${sparqlString(object)})`);
      if (rows.length === 0) throw err;
      o = rows[0]!.o!;
    }
    await idx.loadFactNodes([{ s, p, o }]);
    const facts = idx.factNodes(s, p, o);
    await idx.loadRecords(facts);
    return facts.flatMap((f) => idx.evidenceOf(f));
  }

  // ------------------------------------------------------------ time

  /**
   * Dated events, dated facts and statements in date order. For an entity: those connected to it
   * within two hops, and statements about it or by it.
   */
  async timeline(entity?: string): Promise<TimelineEntry[]> {
    const idx = this.index();
    await idx.loadClassHierarchy();
    const timeClasses = `VALUES ?tc { ${[...idx.classClosure(NG_CLASS.TimeValue)].map(iriRef).join(' ')} } ${idx.quad('?tv', iriRef(RDF.type), '?tc')}`;
    let scope: Set<string> | undefined;
    let center: string | undefined;
    const rows: Array<Record<string, Term>> = [];
    if (entity !== undefined) {
      center = await this.resolveWith(idx, entity);
      scope = new Set((await this.neighborsWith(idx, center, { depth: 2 })).nodes.map((n) => n.iri));
      const named = [...scope].filter((k) => !k.startsWith('_:'));
      for (let i = 0; i < named.length; i += 200) {
        rows.push(...(await idx.select(['s', 'p', 'tv'], `${idx.values('s', named.slice(i, i + 200))} ${idx.quad('?s', '?p', '?tv')} ${timeClasses}`)));
      }
      const c = iriRef(center);
      rows.push(
        ...(await idx.select(
          ['s', 'p', 'tv'],
          `{ ${idx.quad('?s', iriRef(NG.about), c)} } UNION { ${idx.quad('?s', iriRef(NG.speaker), c)} } ${idx.quad('?s', iriRef(NG.statementDate), '?tv')} BIND(${iriRef(NG.statementDate)} AS ?p) ${timeClasses}`,
        )),
      );
    } else {
      rows.push(...(await idx.select(['s', 'p', 'tv'], `${timeClasses} ${idx.quad('?s', '?p', '?tv')}`)));
    }
    const seenRows = new Set<string>();
    const dated: Array<{ s: string; p: string; tv: string }> = [];
    for (const r of rows) {
      const x = { s: nodeKeyOf(r.s!), p: r.p!.value, tv: nodeKeyOf(r.tv!) };
      const k = `${x.s}\u0001${x.p}\u0001${x.tv}`;
      if (seenRows.has(k)) continue;
      seenRows.add(k);
      dated.push(x);
    }
    await idx.describe(dated.map((d) => d.tv));
    await idx.loadEntities(dated.flatMap((d) => [d.s, d.p]));
    const statementRows = dated.filter((d) => d.p === NG.statementDate && !idx.isA(d.s, NG_CLASS.Claim));
    await idx.describe(statementRows.map((d) => d.s));
    const inStatementScope = (s: string) => !scope || !center || idx.objectsOf(s, NG.about).includes(center) || idx.objectOf(s, NG.speaker) === center;
    const records = await this.statementRecords(idx, [...new Set(statementRows.filter((d) => inStatementScope(d.s)).map((d) => d.s))]);
    const factRows = dated.filter((d) => d.p !== NG.statementDate && !(d.p === NG.date && idx.isA(d.s, NG_CLASS.Fact)) && !idx.isA(d.s, NG_CLASS.Claim) && (!scope || scope.has(d.s)) && !idx.isStructural(d.s));
    await idx.loadFactNodes(factRows.map((d) => ({ s: d.s, p: d.p, o: named(d.tv) })));
    await idx.loadRecords(factRows.flatMap((d) => idx.factNodes(d.s, d.p, named(d.tv))));
    const entries: TimelineEntry[] = [];
    for (const d of dated) {
      const date = idx.time(d.tv);
      if (!date) continue;
      if (d.p === NG.date && idx.isA(d.s, NG_CLASS.Fact)) continue;
      if (idx.isA(d.s, NG_CLASS.Claim)) continue;
      if (d.p === NG.statementDate) {
        if (!inStatementScope(d.s)) continue;
        const r = records.get(d.s);
        entries.push({ date, kind: 'statement', iri: d.s, label: r ? statementLabel(r) : d.s, evidence: r?.evidence ?? [] });
        continue;
      }
      if ((scope && !scope.has(d.s)) || idx.isStructural(d.s)) continue;
      const isEvent = d.p === NG.date && idx.isA(d.s, NG_CLASS.Event);
      entries.push({
        date,
        kind: isEvent ? 'event' : 'fact',
        iri: d.s,
        label: isEvent ? idx.label(d.s) : `${idx.label(d.s)} — ${idx.label(d.p)}`,
        ...(isEvent ? {} : { predicate: d.p }),
        evidence: idx.factNodes(d.s, d.p, named(d.tv)).flatMap((f) => idx.evidenceOf(f)),
      });
    }
    return entries.sort(compareTimelineEntries);
  }
}
