/**
 * Dataset isomorphism (equality up to blank-node renaming), through rdf-isomorphic.
 * Does not: compare across term families beyond RDF/JS `equals`.
 */
import { isomorphic as rdfIsomorphic } from 'rdf-isomorphic';
import type { Quad } from '@rdfjs/types';
import { DataFactory } from 'n3';
import { encodeRdf12, isDirLiteral, isTripleTerm } from './rdf12-encoding.js';

/** True when the two datasets are the same up to blank-node labels (duplicates ignored). */
export function isomorphic(a: readonly Quad[], b: readonly Quad[]): boolean {
  // rdf-isomorphic mis-handles triple terms (its term strings break on literals holding '<'), so
  // RDF 1.2 terms are compared in their plain RDF 1.1 encoding, which is isomorphic iff they are
  const rdf12 = (qs: readonly Quad[]) => qs.some((q) => isTripleTerm(q.subject) || isTripleTerm(q.object) || isDirLiteral(q.object));
  if (rdf12(a) || rdf12(b)) return rdfIsomorphic(encodeRdf12(dedupe(a)), encodeRdf12(dedupe(b)));
  return rdfIsomorphic(dedupe(a), dedupe(b));
}

function termKey(t: Quad['object'] | Quad['graph']): string {
  if (t.termType === 'Literal') return `L${t.value}\u0000${t.language}\u0000${(t as { direction?: string }).direction ?? ''}\u0000${t.datatype.value}`;
  if (t.termType === 'Quad') return `Q${quadKey(t as unknown as Quad)}`;
  return `${t.termType[0]}${t.value}`;
}

function quadKey(q: Quad): string {
  return `${termKey(q.subject as Quad['object'])}\u0001${q.predicate.value}\u0001${termKey(q.object)}\u0001${termKey(q.graph)}`;
}

/** The quads without exact duplicates. */
export function dedupe(quads: readonly Quad[]): Quad[] {
  const seen = new Set<string>();
  const out: Quad[] = [];
  for (const q of quads) {
    const k = quadKey(q);
    if (!seen.has(k)) {
      seen.add(k);
      out.push(q);
    }
  }
  return out;
}

const XSD = 'http://www.w3.org/2001/XMLSchema#';
/** Datatypes derived from xsd:integer: their values are integers. */
const INTEGERS = new Set(['integer', 'nonNegativeInteger', 'nonPositiveInteger', 'positiveInteger', 'negativeInteger', 'long', 'int', 'short', 'byte', 'unsignedLong', 'unsignedInt', 'unsignedShort', 'unsignedByte'].map((t) => XSD + t));
const NUMERIC = new Set([...INTEGERS, ...['decimal', 'double', 'float'].map((t) => XSD + t)]);

/**
 * Isomorphism up to the value of numeric literals: stores keep numbers by value, so Virtuoso gives
 * `"1.0"^^xsd:decimal` back as `"1"^^xsd:decimal` and oxigraph gives `"0"^^xsd:nonNegativeInteger`
 * back as `"0"^^xsd:integer` (the same value: a derived integer type's values are integers).
 * Everything else compares exactly.
 */
export function isomorphicByValue(a: readonly Quad[], b: readonly Quad[]): boolean {
  const norm = (quads: readonly Quad[]) =>
    quads.map((q) => {
      const o = q.object;
      if (o.termType !== 'Literal' || !NUMERIC.has(o.datatype.value) || !Number.isFinite(Number(o.value))) return q;
      const datatype = INTEGERS.has(o.datatype.value) ? DataFactory.namedNode(XSD + 'integer') : o.datatype;
      return DataFactory.quad(q.subject, q.predicate, DataFactory.literal(String(Number(o.value)), datatype), q.graph) as unknown as Quad;
    });
  return isomorphic(norm(a), norm(b));
}
