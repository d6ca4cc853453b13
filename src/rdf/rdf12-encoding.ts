/**
 * RDF 1.2 terms as plain RDF 1.1, and back: each distinct triple term becomes a fresh blank node
 * with three describing triples, and a directional language-tagged literal gets a stand-in
 * datatype. Used where a library only knows RDF 1.1 (RDFC-1.0 canonical labels in the writers,
 * rdf-isomorphic in `isomorphic`). Does not: parse or write text. The stand-in IRIs
 * (`urn:newsgraph:triple-term#…`, `urn:newsgraph:dir-lang-string#…`) are reserved.
 */
import { DataFactory } from 'n3';
import type { Quad, Term } from '@rdfjs/types';

function termKey(t: Term): string {
  if (t.termType === 'Literal') return `L${t.value}\u0000${t.language}\u0000${(t as { direction?: string }).direction ?? ''}\u0000${t.datatype.value}`;
  return `${t.termType[0]}${t.value}`;
}

export function isTripleTerm(t: Term): t is Term & Quad {
  return (t.termType as string) === 'Quad';
}

/** Predicates that stand for a triple term's parts while canonicalising (never written out). */
const TRIPLE_TERM = 'urn:newsgraph:triple-term#';
/** Datatypes that stand for a language tag with base direction while canonicalising. */
const DIR_LANG = 'urn:newsgraph:dir-lang-string#';

export function isDirLiteral(t: Term): t is Term & { termType: 'Literal'; language: string; direction: string } {
  return t.termType === 'Literal' && !!(t as { direction?: string }).direction;
}

function exactKey(t: Term): string {
  return isTripleTerm(t) ? `<<${exactKey(t.subject)} ${exactKey(t.predicate)} ${exactKey(t.object)}>>` : termKey(t);
}

/**
 * RDFC-1.0 knows no triple terms and no base direction (RDF 1.2). Directional literals get a
 * stand-in datatype, and each distinct triple term becomes a fresh blank node
 * described by three plain triples (subject, predicate, object), so the canonical labels of the
 * blank nodes inside and around triple terms are still independent of input labels and order;
 * `decodeRdf12` turns the description back into triple terms.
 */
export function encodeRdf12(quads: readonly Quad[]): Quad[] {
  const labels = new Set<string>();
  const collect = (t: Term): void => {
    if (t.termType === 'BlankNode') labels.add(t.value);
    else if (isTripleTerm(t)) [t.subject, t.object].forEach(collect);
  };
  for (const q of quads) [q.subject, q.object, q.graph].forEach(collect);
  let prefix = 'tt';
  while ([...labels].some((l) => l.startsWith(prefix))) prefix += 'x';
  const ids = new Map<string, Term>();
  const extra: Quad[] = [];
  const encode = (t: Term): Term => {
    if (isDirLiteral(t)) return DataFactory.literal(t.value, DataFactory.namedNode(`${DIR_LANG}${t.language}_${t.direction}`));
    if (!isTripleTerm(t)) return t;
    const key = exactKey(t);
    let node = ids.get(key);
    if (!node) {
      node = DataFactory.blankNode(`${prefix}${ids.size}`);
      ids.set(key, node);
      for (const [part, value] of [['subject', encode(t.subject)], ['predicate', t.predicate], ['object', encode(t.object)]] as const) {
        extra.push(DataFactory.quad(node as never, DataFactory.namedNode(TRIPLE_TERM + part), value as never) as unknown as Quad);
      }
    }
    return node;
  };
  const encoded = quads.map((q) => DataFactory.quad(encode(q.subject) as never, q.predicate as never, encode(q.object) as never, q.graph as never) as unknown as Quad);
  return [...encoded, ...extra];
}

export function decodeRdf12(quads: readonly Quad[]): Quad[] {
  const parts = new Map<string, Partial<Record<'subject' | 'predicate' | 'object', Term>>>();
  const rest: Quad[] = [];
  for (const q of quads) {
    if (q.predicate.value.startsWith(TRIPLE_TERM) && q.subject.termType === 'BlankNode' && q.graph.termType === 'DefaultGraph') {
      const entry = parts.get(q.subject.value) ?? {};
      entry[q.predicate.value.slice(TRIPLE_TERM.length) as 'subject' | 'predicate' | 'object'] = q.object;
      parts.set(q.subject.value, entry);
    } else {
      rest.push(q);
    }
  }
  const decode = (t: Term): Term => {
    if (t.termType === 'Literal' && t.datatype.value.startsWith(DIR_LANG)) {
      const [language, direction] = t.datatype.value.slice(DIR_LANG.length).split('_') as [string, string];
      return DataFactory.literal(t.value, { language, direction } as never);
    }
    const p = t.termType === 'BlankNode' ? parts.get(t.value) : undefined;
    if (!p) return t;
    return DataFactory.quad(decode(p.subject!) as never, p.predicate as never, decode(p.object!) as never) as unknown as Term;
  };
  return rest.map((q) => DataFactory.quad(decode(q.subject) as never, q.predicate as never, decode(q.object) as never, q.graph as never) as unknown as Quad);
}

