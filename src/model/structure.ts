/**
 * What of the model is structure rather than news content, and how a resource is named — defined
 * once for the query engines, the viewer bundle, the remote store's neighbourhoods and the
 * invariant checks, so the viewer and the CLI never disagree about what is drawn or what a thing
 * is called.
 *
 * Does: the classes whose instances are records of the model (fact nodes, evidence, time values,
 * ontology terms …), the predicates that are structure, the predicates that are never relations
 * between things, an IRI's local name and a resource's preferred label. Browser-safe (no Node
 * module). Does not: read a graph (callers pass what they hold).
 */
import { NG, NG_CLASS, PREFIXES, RDF, RDFS } from './vocab.js';

/** Classes whose instances are records of the model (or ontology terms), not news content. */
export const STRUCTURAL_CLASSES: ReadonlySet<string> = new Set<string>([
  NG_CLASS.Fact, NG_CLASS.Claim, NG_CLASS.Evidence, NG_CLASS.Mention, NG_CLASS.Sentence, NG_CLASS.TimeValue,
  NG_CLASS.SourceDocument, NG_CLASS.Rule, RDF.Statement, PREFIXES.owl + 'Class', PREFIXES.owl + 'ObjectProperty',
  PREFIXES.owl + 'DatatypeProperty', PREFIXES.owl + 'Ontology', PREFIXES.owl + 'NamedIndividual', PREFIXES.rdfs + 'Class',
  PREFIXES.sh + 'NodeShape', PREFIXES.sh + 'PropertyShape',
]);

/** Structural classes and statements: everything that is a record about content rather than content. */
export const RECORD_CLASSES: ReadonlySet<string> = new Set<string>([...STRUCTURAL_CLASSES, NG_CLASS.Statement]);

/** Predicates that are structure of the model rather than relations between things. */
export const STRUCTURAL_PREDICATES: ReadonlySet<string> = new Set<string>([
  RDF.subject, RDF.predicate, RDF.object, NG.evidence, NG.document, NG.sentence, NG.rule, NG.refersTo, NG.mentions,
  NG.claims, NG.polarity, NG.speechMode, NG.precision, NG.part, RDFS.subClassOf, RDFS.subPropertyOf,
  PREFIXES.rdfs + 'domain', PREFIXES.rdfs + 'range', PREFIXES.owl + 'sameAs', PREFIXES.owl + 'equivalentProperty',
  PREFIXES.owl + 'inverseOf', PREFIXES.skos + 'closeMatch', PREFIXES.skos + 'exactMatch',
]);

/** Predicates that are never relations between things: structure, types, names, statement fields. */
export const NOT_RELATIONS: ReadonlySet<string> = new Set<string>([
  ...STRUCTURAL_PREDICATES, RDF.type, RDFS.label, NG.alias, NG.speaker, NG.statementDate, NG.statementPlace, NG.occasion,
]);

/** Does any of these classes make a resource a record of the model? */
export function hasStructuralClass(classes: Iterable<string>): boolean {
  for (const c of classes) if (STRUCTURAL_CLASSES.has(c)) return true;
  return false;
}

/** The local name of an IRI for people: after the last `#` or `/`, %-escapes decoded, underscores as spaces. */
export function localName(iri: string): string {
  const m = /[#/]([^#/]+)$/.exec(iri);
  const local = m ? m[1]! : iri;
  let decoded = local;
  try {
    decoded = decodeURIComponent(local);
  } catch {
    // a malformed %-escape: show it as written
  }
  return decoded.replace(/_/g, ' ');
}

/** A label with its language tag ('' for none). */
export interface LangText {
  value: string;
  lang: string;
}

/** The preferred label of a resource: English, German, untagged, any, else the IRI's local name. */
export function preferredLabel(labels: readonly LangText[], iri: string): string {
  for (const lang of ['en', 'de', '']) {
    const l = labels.find((x) => x.lang === lang);
    if (l) return l.value;
  }
  return labels[0]?.value ?? localName(iri);
}
