/**
 * The result and option types of newsgraph's typed query API. The in-memory engine
 * (`engine.ts`) and any remote implementation return exactly these shapes.
 * Does not: implement anything.
 */
import type { TimeValue } from '../model/types.js';

/** An entity as queries return it. */
export interface EntityRef {
  iri: string;
  /** Preferred label (English, else German, else any, else the IRI's local name). */
  label: string;
  classes: string[];
}

/** A hit of {@link GraphQueries.find}. */
export interface FindResult extends EntityRef {
  /** The label or alias that matched. */
  matched: string;
  /** Language of the matched name. */
  lang: string;
  /** Higher is better: 100 exact, 90 inflected form, 80 prefix, 60 word prefix or one typo, 50 two typos, 40 substring; an alias scores 5 less than a label. */
  score: number;
}

/** Where a fact or statement was read. Offsets are code points into the document text. */
export interface EvidenceRecord {
  document: string;
  sentence: number;
  /** The sentence the span lies in, when the dataset has it. */
  sentenceText?: string;
  start: number;
  end: number;
  exact: string;
  rule: string;
  confidence: number;
}

/** A literal object. */
export interface LiteralObject {
  value: string;
  language?: string;
  datatype?: string;
}

/** An asserted relation (a fact) with its evidence. Background facts from the register have none. */
export interface Relation {
  subject: string;
  predicate: string;
  object: string;
  /** Named graphs (source documents, `ngg:register` …) holding the triple. */
  graphs: string[];
  /** When the fact held or happened (fact-node qualifier), if known. */
  date?: TimeValue;
  evidence: EvidenceRecord[];
}

/** Options of {@link GraphQueries.neighbors}. */
export interface NeighborOptions {
  /** Only these predicates (IRIs or prefixed names). */
  predicate?: string | string[];
  /** Follow outgoing, incoming or both (default both). */
  direction?: 'in' | 'out' | 'both';
  /** Only neighbours of these classes (subclasses included). */
  types?: string[];
  /** Hops, 1–5 (default 1). */
  depth?: number;
}

/** An ego network. */
export interface Subgraph {
  center: string;
  nodes: EntityRef[];
  relations: Relation[];
}

/** One step of a path. `direction` says whether the relation was followed as stated or in reverse. */
export interface PathStep {
  from: string;
  predicate: string;
  to: string;
  direction: 'forward' | 'backward';
  evidence: EvidenceRecord[];
}

/** A path between two entities. */
export interface Path {
  nodes: EntityRef[];
  steps: PathStep[];
}

/** Options of {@link GraphQueries.paths}. */
export interface PathOptions {
  /** Longest path in steps (default 4, at most 8). */
  maxLength?: number;
  /** Only these predicates. */
  predicates?: string[];
  /** At most this many paths (default 50). */
  limit?: number;
}

/** A claim inside a statement; never asserted. */
export interface ClaimRecord {
  subject: string;
  predicate: string;
  object: string;
  objectIsLiteral: boolean;
  polarity: 'affirmative' | 'negative';
  /** Always false: claims are not facts (a test checks the graph agrees). */
  asserted: boolean;
}

/** Reported speech. */
export interface StatementRecord {
  iri: string;
  speaker: EntityRef;
  date?: TimeValue;
  place?: EntityRef;
  occasion?: string;
  mode: 'direct' | 'indirect';
  quote?: string;
  content: string;
  reason?: string;
  about: EntityRef[];
  claims: ClaimRecord[];
  evidence: EvidenceRecord[];
}

/** Options of {@link GraphQueries.statements}. */
export interface StatementQuery {
  speaker?: string;
  about?: string;
  /** ISO date: statements whose date may fall on or after it. */
  from?: string;
  /** ISO date: statements whose date may fall on or before it. */
  to?: string;
}

/** Options of {@link GraphQueries.facts}. */
export interface FactQuery {
  subject?: string;
  predicate?: string;
  object?: string;
  /** Only facts from this source document. */
  source?: string;
}

/** One dated entry of a timeline. */
export interface TimelineEntry {
  date: TimeValue;
  kind: 'event' | 'fact' | 'statement';
  iri: string;
  label: string;
  /** For facts: the dated property (e.g. ng:signedOn, ng:updatedOn). */
  predicate?: string;
  evidence: EvidenceRecord[];
}

/** A triple pattern term: a variable `?x`, an IRI, a prefixed name, or `a`. */
export type PatternTerm = string;

/** A small graph pattern with filters. */
export interface Pattern {
  triples: Array<[PatternTerm, PatternTerm, PatternTerm]>;
  /** Variable → required class (subclasses included). */
  types?: Record<string, string>;
  /** Only solutions whose asserted triples come from this source document. */
  source?: string;
  /** Variable → date range (ISO dates) its time value must overlap. */
  dates?: Record<string, { from?: string; to?: string }>;
  limit?: number;
}

/** A solution: variable name (without `?`) → IRI. */
export type Binding = Record<string, string>;

/**
 * The typed query API, the same over the local graph (`NewsGraphQuery`, synchronous) and a remote
 * store (`RemoteQueries`, promises): for the same data both give the same answers in the same
 * order (`src/query/order.ts`), except `match`, whose solutions come in no particular order.
 */
export interface GraphQueries {
  /** Entities by any label or alias in any language, best first. */
  find(text: string, limit?: number): FindResult[] | Promise<FindResult[]>;
  /** The ego network of an entity: nodes by hop distance, relations with evidence. */
  neighbors(entity: string, options?: NeighborOptions): Subgraph | Promise<Subgraph>;
  /** Solutions of a small graph pattern (unordered). */
  match(pattern: string | Pattern): Binding[] | Promise<Binding[]>;
  /** Bounded simple paths between two entities, shortest first, evidence per step. */
  paths(from: string, to: string, options?: PathOptions): Path[] | Promise<Path[]>;
  /** Reported speech by speaker, topic and date range; never facts. */
  statements(query?: StatementQuery): StatementRecord[] | Promise<StatementRecord[]>;
  /** Asserted relations with evidence; never statement content. */
  facts(query?: FactQuery): Relation[] | Promise<Relation[]>;
  /** Dated events, facts and statements in date order. */
  timeline(entity?: string): TimelineEntry[] | Promise<TimelineEntry[]>;
  /** The evidence of one asserted triple. */
  evidence(subject: string, predicate: string, object: string): EvidenceRecord[] | Promise<EvidenceRecord[]>;
}

/** An entity name that matched nothing well enough (`candidates` are then mere suggestions), or several things equally well. */
export class EntityResolutionError extends Error {
  constructor(
    readonly name_: string,
    readonly candidates: FindResult[],
    readonly ambiguous = candidates.length > 1,
  ) {
    const list = candidates.map((c) => `${c.label} <${c.iri}>`).join(', ');
    super(
      candidates.length === 0
        ? `no entity matches ${JSON.stringify(name_)}`
        : ambiguous
          ? `${JSON.stringify(name_)} is ambiguous; candidates: ${list}`
          : `no entity matches ${JSON.stringify(name_)}; similar names: ${list}`,
    );
    this.name = 'EntityResolutionError';
  }
}

/** The least score a name match needs to stand for an entity (a word prefix, or one typo). */
export const RESOLVING_SCORE = 60;

/**
 * The one entity that name hits (best first) stand for: an exact or inflected name wins outright,
 * a partial or misspelt one only with a clear lead over the rest; weaker matches are suggestions.
 * @throws EntityResolutionError otherwise.
 */
export function resolveAmong(name: string, hits: FindResult[]): string {
  if (hits.length === 0) throw new EntityResolutionError(name, []);
  const best = hits[0]!;
  if (best.score < RESOLVING_SCORE) throw new EntityResolutionError(name, hits.slice(0, 5), false);
  const rival = hits.find((h) => h.iri !== best.iri);
  const clear = best.score >= 90 ? !rival || rival.score < best.score : !rival || best.score - rival.score >= 15;
  if (!clear) throw new EntityResolutionError(name, hits.filter((h) => h.score >= RESOLVING_SCORE).slice(0, 8), true);
  return best.iri;
}

/** A malformed pattern or an unknown predicate. */
export class QueryError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'QueryError';
  }
}
