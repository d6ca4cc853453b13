/**
 * RDF terms between SPARQL text, SPARQL JSON results and the keys the query layer uses.
 *
 * Does: write IRIs and literals as SPARQL terms (escaped), read W3C SPARQL 1.1 Query Results JSON
 * terms back into RDF/JS terms, and give node keys as `src/graph/project.ts` does (IRI, `_:label`)
 * plus literal ids as n3 does, so remote answers compare equal to local ones. Does not: send
 * requests (see `endpoint.ts`).
 */
import type { Term } from '@rdfjs/types';
import { DataFactory, termToId } from 'n3';
import type { SparqlJsonTerm } from '../sparql/engine.js';

const XSD_STRING = 'http://www.w3.org/2001/XMLSchema#string';
const RDF_LANG_STRING = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#langString';

/** `<iri>` for a SPARQL query. @throws RangeError for characters an IRI reference cannot hold. */
export function iriRef(iri: string): string {
  if (typeof iri !== 'string' || iri === '' || /[\u0000-\u0020<>"{}|^`\\]/.test(iri)) throw new RangeError(`not an IRI: ${JSON.stringify(iri)}`);
  return `<${iri}>`;
}

/** A SPARQL string literal body, escaped. */
export function sparqlString(s: string): string {
  return `"${s.replace(/[\\"\n\r\t]/g, (c) => ({ '\\': '\\\\', '"': '\\"', '\n': '\\n', '\r': '\\r', '\t': '\\t' })[c]!)}"`;
}

/** A term in SPARQL syntax (IRI or literal). Blank nodes cannot be named in a query. */
export function sparqlTerm(t: Term): string {
  if (t.termType === 'NamedNode') return iriRef(t.value);
  if (t.termType === 'Literal') {
    const lit = t as Term & { language: string; datatype: Term };
    if (lit.language) return `${sparqlString(lit.value)}@${lit.language}`;
    if (lit.datatype && lit.datatype.value !== XSD_STRING) return `${sparqlString(lit.value)}^^${iriRef(lit.datatype.value)}`;
    return sparqlString(lit.value);
  }
  throw new RangeError(`a ${t.termType} cannot be used in a query to a remote store`);
}

/** RDF/JS term of a SPARQL JSON result term. */
export function jsonTerm(t: SparqlJsonTerm): Term {
  switch (t.type) {
    case 'uri':
      return DataFactory.namedNode(t.value);
    case 'bnode':
      return DataFactory.blankNode(t.value);
    case 'literal': {
      const lang = t['xml:lang'];
      if (lang) return DataFactory.literal(t.value, lang);
      return t.datatype && t.datatype !== RDF_LANG_STRING ? DataFactory.literal(t.value, DataFactory.namedNode(t.datatype)) : DataFactory.literal(t.value);
    }
    default:
      throw new RangeError(`unsupported term in SPARQL results: ${t.type}`);
  }
}

/** SPARQL JSON result term of an RDF/JS term (the inverse of {@link jsonTerm}; quoted triples unsupported). */
export function termJson(t: Term): SparqlJsonTerm {
  if (t.termType === 'NamedNode') return { type: 'uri', value: t.value };
  if (t.termType === 'BlankNode') return { type: 'bnode', value: t.value };
  if (t.termType === 'Literal') {
    const lit = t as Term & { language: string; datatype: Term };
    if (lit.language) return { type: 'literal', value: lit.value, 'xml:lang': lit.language };
    return lit.datatype && lit.datatype.value !== XSD_STRING ? { type: 'literal', value: lit.value, datatype: lit.datatype.value } : { type: 'literal', value: lit.value };
  }
  throw new RangeError(`unsupported term: ${t.termType}`);
}

/** Node key as the local graph uses it: the IRI, or `_:label` for a blank node. */
export function nodeKeyOf(t: Term): string {
  return t.termType === 'BlankNode' ? `_:${t.value}` : t.value;
}

/** Literal id as n3 writes it (what the local graph stores for literals). */
export function literalId(t: Term): string {
  return termToId(t as Parameters<typeof termToId>[0]);
}

/** Is this a resource (IRI or blank node) rather than a literal? */
export function isResource(t: Term): boolean {
  return t.termType === 'NamedNode' || t.termType === 'BlankNode';
}
