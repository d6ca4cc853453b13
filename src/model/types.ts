/**
 * The evidence model: what a document contributes to the graph, before it is RDF.
 *
 * Does: define the plain data types shared by curation (`data/sources/*.curated.yaml`), the
 * extractor (`src/extract`), review files and the RDF encoder (`src/model/encode.ts`), so that
 * hand-curated and machine-extracted knowledge take one road into the graph. Does not: touch
 * RDF terms, files or the network.
 *
 * Offsets are Unicode code points into the source text exactly as received (the W3C Web
 * Annotation TextPositionSelector convention), half-open: `[start, end)`.
 */

/** An absolute IRI. */
export type Iri = string;

/** A span of the source text: code-point offsets plus the exact text found there. */
export interface TextSpan {
  /** First code point of the span (inclusive). */
  start: number;
  /** Code point after the span (exclusive). */
  end: number;
  /** The source text between `start` and `end`, verbatim. */
  exact: string;
}

/** Why a fact, statement or mention is in the graph: where it was read, and by which rule. */
export interface Evidence {
  /** IRI of the SourceDocument. */
  document: Iri;
  /** 0-based index of the sentence the span lies in. */
  sentence: number;
  /** The evidence span. */
  span: TextSpan;
  /** IRI of the rule that produced this (`ngrule:curated` for hand curation). */
  rule: Iri;
  /** 0..1; curated evidence has 1. */
  confidence: number;
}

/** Granularity of a date. */
export type Precision = 'day' | 'month' | 'year';
/** Part of a month (early = 1–10, mid = 11–20, late = 21–end) or of a year (Jan–Apr, May–Aug, Sep–Dec). */
export type DatePart = 'early' | 'mid' | 'late';

/**
 * A date with its precision: "Mitte Juni 2023" is `{ value: '2023-06', precision: 'month', part: 'mid',
 * earliest: '2023-06-11', latest: '2023-06-20' }`, never 2023-06-15.
 */
export interface TimeValue {
  /** ISO value at its precision: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. */
  value: string;
  precision: Precision;
  part?: DatePart;
  /** First day the expression can mean (ISO date). */
  earliest: string;
  /** Last day the expression can mean (ISO date). */
  latest: string;
  /**
   * `upper`: the text gives no time, only an upper bound (a statement reported in an article is
   * said on or before its publication day). `earliest` then equals `latest`, for ordering only.
   */
  bound?: 'upper';
}

/** A literal value. */
export interface LiteralValue {
  literal: string;
  language?: string;
  datatype?: Iri;
}

/** The object of a fact or claim: a resource, a literal, or a date with precision. */
export type FactObject = { iri: Iri } | LiteralValue | { time: TimeValue };

/** A labelled string in one language. */
export interface LangString {
  value: string;
  lang: string;
}

/** An entity the graph knows: register entries, and new people or events found in a text. */
export interface EntityRecord {
  iri: Iri;
  /** ng: class IRIs (never stored in a renderer's `type` attribute). */
  types: Iri[];
  /** Preferred labels, at most one per language. */
  labels: LangString[];
  /** Other names: inflected forms, abbreviations, metonyms. */
  aliases: LangString[];
  /** Verified external identifiers (Wikidata items), as owl:sameAs IRIs. */
  sameAs?: Iri[];
}

/** An asserted triple with the evidence that supports it. */
export interface Fact {
  subject: Iri;
  predicate: Iri;
  object: FactObject;
  /** When the fact held or happened, where the text says (a qualifier, like Wikidata's P585). */
  date?: TimeValue;
  evidence: Evidence[];
}

/** A proposition somebody stated. Never asserted: it exists only as a reified triple. */
export interface Claim {
  subject: Iri;
  predicate: Iri;
  object: FactObject;
  /** 'negative' for "X is not Y" claims. Default affirmative. */
  polarity?: 'affirmative' | 'negative';
}

/** Reported speech: who said what, when, where, according to which source. */
export interface Statement {
  speaker: Iri;
  /** When it was said (with precision). */
  date?: TimeValue;
  /** Where it was said. */
  place?: Iri;
  /** The event during which it was said. */
  occasion?: Iri;
  mode: 'direct' | 'indirect';
  /** Direct speech: the speaker's words, verbatim from the source. */
  quote?: string;
  /** The reported content as the source words it (for indirect speech, the clause). */
  content: string;
  /** Entities the statement is about. */
  about: Iri[];
  /** Structured content, unasserted. */
  claims: Claim[];
  /** Reason the speaker gave, as the source words it. */
  reasonGiven?: string;
  evidence: Evidence[];
}

/** A recognised and linked mention of an entity in a source text. */
export interface Mention {
  entity: Iri;
  evidence: Evidence;
}

/** A source document: the text as received and what is known about it. */
export interface SourceDocument {
  /** Short stable id, used in IRIs: `[a-z0-9-]+`. */
  id: string;
  /** `ngs:` + id. */
  iri: Iri;
  /** The full text exactly as received. */
  text: string;
  /** BCP 47 language tag of the text. */
  language: string;
  /** Publication date (ISO `YYYY-MM-DD`), the anchor for relative dates. */
  published: string;
  publisher?: string;
  title?: string;
  url?: string;
  /** Sentence spans (code points); boilerplate is not a sentence. */
  sentences: Array<{ start: number; end: number }>;
  /** Publisher page boilerplate spans (teasers, "Meist kommentiert"): not content. */
  boilerplate: Array<{ start: number; end: number }>;
}

/** Everything one source document contributes: one named graph in the dataset. */
export interface DocumentGraph {
  document: SourceDocument;
  /** Entities first found in this document (new people, events); register entities are not repeated. */
  entities: EntityRecord[];
  facts: Fact[];
  statements: Statement[];
  mentions: Mention[];
  /** Date expressions the extractor read, code-point offsets (not encoded; for evaluation and review). */
  dates?: Array<{ start: number; end: number; time: TimeValue; rule: string }>;
}
