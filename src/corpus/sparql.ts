/**
 * The SPARQL SELECTs behind the corpus questions, one text for the embedded engine and for any
 * SPARQL 1.1 store (union default graph), so both give the same rows (fact support is gathered in
 * small pieces by `support.ts`; these are its store queries). Support is derived from the
 * graph as `ontology/README.md` encodes it — a fact node's evidence names its documents, a
 * document names its publisher and date — nothing is stored twice. Does not: run queries or shape
 * answers (see `corpus-queries.ts`).
 */
import type { Iri } from '../model/types.js';

/** Predicates that hold one value per subject: two values from two sources are a disagreement. */
export const SINGLE_VALUED = ['signedOn', 'signedAt', 'date', 'location', 'updatedOn', 'plannedCompletion'] as const;

/** Relations that say what an event is (its identity), and what it says about time and place. */
export const EVENT_IDENTITY = ['about', 'agent', 'participant'] as const;
export const EVENT_TIME_PLACE = ['date', 'location'] as const;

const iri = (x: Iri) => `<${x}>`;
const values = (v: string, xs: readonly string[]) => (xs.length ? `VALUES ?${v} { ${xs.join(' ')} }` : '');

/** The document, its date and publisher, for variables named `?doc`, `?published`, `?publisher` with a prefix. */
const source = (ev: string, p = '') => `?${ev} ng:document ?${p}doc . ?${p}doc ng:published ?${p}published . OPTIONAL { ?${p}doc ng:publisher ?${p}publisher }`;

/** One page of source documents, with date and publisher, in a stable order (for `LIMIT`/`OFFSET` paging). */
export function documentsPageQuery(limit: number, offset: number): string {
  return `SELECT ?doc ?published ?publisher WHERE {
  ?doc ng:published ?published . OPTIONAL { ?doc ng:publisher ?publisher }
} ORDER BY ?doc ?publisher LIMIT ${limit} OFFSET ${offset}`;
}

/** The nodes (facts among them; optionally: about one subject) whose evidence names one of these documents. */
export function factDocumentsQuery(documents: readonly Iri[], subject?: Iri): string {
  return `SELECT DISTINCT ?fact ?doc WHERE {
  ${values('doc', documents.map(iri))}
  ?ev ng:document ?doc . ?fact ng:evidence ?ev .
  ${subject ? `?fact rdf:subject ${iri(subject)} .` : ''}
}`;
}

/** The class and the triple of each of these nodes, one part a row (`?k`: type, s, p, o). */
export function factTermsQuery(nodes: readonly Iri[]): string {
  return `SELECT DISTINCT ?fact ?k ?x WHERE {
  ${values('fact', nodes.map(iri))}
  { ?fact rdf:type ?x BIND("type" AS ?k) } UNION { ?fact rdf:subject ?x BIND("s" AS ?k) } UNION { ?fact rdf:predicate ?x BIND("p" AS ?k) } UNION { ?fact rdf:object ?x BIND("o" AS ?k) }
}`;
}

/** One row per (statement, topic) — with its document, date, content and quote. */
export function statementsQuery(speaker?: Iri): string {
  return `SELECT ?st ?speaker ?doc ?published ?publisher ?content ?quote ?date ?earliest ?latest ?about WHERE {
  ${speaker ? values('speaker', [iri(speaker)]) : ''}
  ?st a ng:Statement ; ng:speaker ?speaker ; ng:content ?content ; ng:evidence ?ev .
  ${source('ev')}
  OPTIONAL { ?st ng:quote ?quote }
  OPTIONAL { ?st ng:statementDate ?t . ?t ng:value ?date ; ng:earliest ?earliest ; ng:latest ?latest }
  OPTIONAL { ?st ng:about ?about }
}`;
}

/** Structured claims of statements (by one speaker, or all). */
export function claimsQuery(speaker?: Iri): string {
  return `SELECT ?st ?s ?p ?o WHERE {
  ${speaker ? values('speaker', [iri(speaker)]) : ''}
  ?st ng:speaker ?speaker ; ng:claims ?c . ?c rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o .
}`;
}

/** Facts of single-valued predicates, and facts with numeric objects, with sources and date bounds. */
export function singleValuedQuery(): string {
  return `SELECT ?s ?p ?o ?doc ?published ?publisher ?earliest ?latest WHERE {
  { ${values('p', SINGLE_VALUED.map((p) => `ng:${p}`))} ?fact a ng:Fact ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o . }
  UNION
  { ?fact a ng:Fact ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o . FILTER(isNumeric(?o)) }
  ?fact ng:evidence ?ev .
  ${source('ev')}
  OPTIONAL { ?o ng:earliest ?earliest ; ng:latest ?latest }
}`;
}

/** The subclasses of `ng:Event` (the ontology graph holds them). */
export function eventClassesQuery(): string {
  return 'SELECT DISTINCT ?cls WHERE { ?cls rdfs:subClassOf+ ng:Event }';
}

/** What events of these classes are (topic, agents, participants), when and where, and who says so. */
export function eventsQuery(classes: readonly Iri[]): string {
  return `SELECT ?e ?cls ?p ?o ?doc ?published ?publisher ?earliest ?latest WHERE {
  ${values('cls', classes.map(iri))}
  ?e a ?cls .
  ${values('p', [...EVENT_IDENTITY, ...EVENT_TIME_PLACE].map((p) => `ng:${p}`))}
  ?fact a ng:Fact ; rdf:subject ?e ; rdf:predicate ?p ; rdf:object ?o ; ng:evidence ?ev .
  ${source('ev')}
  OPTIONAL { ?o ng:earliest ?earliest ; ng:latest ?latest }
}`;
}

/**
 * Facts that a statement in some document reports: its structured claim is the triple (`claim`),
 * or it is about both ends of it (`about`). Rows carry the asserting (`a…`) and the claiming
 * (`c…`) sources; the caller keeps the claiming sources that do not assert the fact themselves.
 */
export function claimedFactsQuery(): string {
  return `SELECT ?fact ?s ?p ?o ?basis ?polarity ?st ?speaker ?cdoc ?cpublished ?cpublisher ?adoc ?apublished ?apublisher WHERE {
  {
    ?c a ng:Claim ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o . OPTIONAL { ?c ng:polarity ?polarity }
    ?st ng:claims ?c .
    BIND("claim" AS ?basis)
  } UNION {
    ?st a ng:Statement ; ng:about ?s ; ng:about ?o . FILTER(?s != ?o)
    BIND("about" AS ?basis)
  }
  ?fact a ng:Fact ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; ng:evidence ?aev .
  ?st ng:speaker ?speaker ; ng:evidence ?cev .
  ${source('cev', 'c')}
  ${source('aev', 'a')}
}`;
}

/** Labels of some IRIs. */
export function labelsQuery(iris: readonly Iri[]): string {
  return `SELECT ?x ?l WHERE { ${values('x', iris.map(iri))} ?x rdfs:label ?l }`;
}
