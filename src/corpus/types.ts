/**
 * Types of the corpus questions: who supports a fact, what a speaker said across sources, where
 * sources disagree. Plain data, the same from the local graph and from a SPARQL store. Does not:
 * compute anything.
 */
import type { Iri } from '../model/types.js';

/** An RDF term as the corpus answers show it: its value and a readable label. */
export interface TermRef {
  /** IRI, or the literal's lexical form. */
  value: string;
  kind: 'iri' | 'literal';
  /** Label (English first) for IRIs; the literal itself otherwise. */
  label: string;
}

/** One source document behind an answer. */
export interface SourceRef {
  document: Iri;
  /** The publisher as the document names it (the document id when it names none). */
  publisher: string;
  /** Publication date, ISO `YYYY-MM-DD`. */
  published: string;
}

/** An asserted fact and the sources that support it. */
export interface FactSupport {
  /** The fact node (`ngf:…`). */
  fact: Iri;
  subject: TermRef;
  predicate: TermRef;
  object: TermRef;
  /** Supporting documents, by publication date. */
  sources: SourceRef[];
  /** Independent publishers (distinct publisher names, case-insensitive), sorted. */
  publishers: string[];
  /** Earliest and latest publication date among the supporting documents. */
  firstSeen: string;
  lastSeen: string;
}

/** A date with its bounds. */
export interface DateRef {
  value: string;
  earliest: string;
  latest: string;
}

/** One outlet's report of something a speaker said. */
export interface Report {
  statement: Iri;
  source: SourceRef;
  date?: DateRef;
  content: string;
  quote?: string;
  language?: string;
  about: Iri[];
}

/** One utterance: the reports of different outlets that tell of the same thing said. */
export interface Utterance {
  speaker: TermRef;
  /** The narrowest date the reports give. */
  date?: DateRef;
  about: TermRef[];
  reports: Report[];
  publishers: string[];
}

/** A value some sources give and others contradict. */
export interface ValueDisagreement {
  kind: 'value';
  subject: TermRef;
  predicate: TermRef;
  values: Array<{ object: TermRef; sources: SourceRef[] }>;
}

/** The same event told with different dates or places. */
export interface EventDisagreement {
  kind: 'event';
  eventClass: TermRef;
  /** What makes the reports one event: the class and what it is about (or its agents/participants). */
  identity: TermRef[];
  differs: Array<'date' | 'place'>;
  events: Array<{ event: TermRef; date?: DateRef; places: TermRef[]; sources: SourceRef[] }>;
}

/** A fact that some sources assert and another only reports as something said. */
export interface ClaimDisagreement {
  kind: 'claimed';
  subject: TermRef;
  predicate: TermRef;
  object: TermRef;
  assertedBy: SourceRef[];
  claimedBy: Array<{
    statement: Iri;
    speaker: TermRef;
    source: SourceRef;
    /** `claim`: the statement's structured claim is this triple; `about`: the statement is about both ends of it. */
    basis: 'claim' | 'about';
    polarity?: 'affirmative' | 'negative';
  }>;
}

/** Where sources disagree. */
export type Disagreement = ValueDisagreement | EventDisagreement | ClaimDisagreement;
