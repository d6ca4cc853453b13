/**
 * Writing RDF: Turtle and TriG a person can read, N-Triples, N-Quads and JSON-LD — always the same
 * bytes for the same dataset.
 *
 * Does: order quads canonically (graph, subject, predicate with rdf:type first, object), name
 * blank nodes canonically (W3C RDFC-1.0 through rdf-canonize, with RDF 1.2 triple terms encoded
 * around it, so input labels and input order do not matter), declare only the prefixes used, and group subjects (`;`) and objects (`,`) in
 * Turtle/TriG through n3's writer. Turtle and N-Triples hold one graph: named graphs are merged.
 * Does not: write files (see `atomic-write.ts`).
 */
import { DataFactory, Literal as N3Literal, Parser, Writer } from 'n3';
import canonize from 'rdf-canonize';
import type { Quad, Term } from '@rdfjs/types';
import type { RdfFormat } from './formats.js';
import { PREFIXES } from '../model/vocab.js';
import { jsonLdToQuads, newsgraphContext, quadsToJsonLd } from './jsonld.js';
import { dedupe } from './isomorphic.js';
import { decodeRdf12, encodeRdf12, isDirLiteral, isTripleTerm } from './rdf12-encoding.js';

/** Options for writing. */
export interface SerializeOptions {
  /** Prefixes to use (default: newsgraph's PREFIXES); only those used are declared. */
  prefixes?: Record<string, string>;
}

const RDF_TYPE = PREFIXES.rdf + 'type';

function sortKey(t: Term): string {
  switch (t.termType) {
    case 'DefaultGraph':
      return '0';
    case 'NamedNode':
      return `1${t.value}`;
    case 'BlankNode':
      return `2${t.value}`;
    case 'Literal':
      return `3${t.value}\u0000${t.language}\u0000${(t as { direction?: string }).direction ?? ''}\u0000${t.datatype.value}`;
    case 'Quad': {
      const q = t as unknown as Quad;
      return `4${sortKey(q.subject)}\u0001${sortKey(q.predicate)}\u0001${sortKey(q.object)}`;
    }
    default:
      return `5${t.value}`;
  }
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Quads in canonical order (graph, subject, predicate with rdf:type first, object). */
export function sortQuads(quads: readonly Quad[]): Quad[] {
  const keyed = quads.map((q) => ({
    q,
    g: sortKey(q.graph),
    s: sortKey(q.subject),
    p: q.predicate.value === RDF_TYPE ? '0' : sortKey(q.predicate),
    o: sortKey(q.object),
  }));
  keyed.sort((a, b) => compare(a.g, b.g) || compare(a.s, b.s) || compare(a.p, b.p) || compare(a.o, b.o));
  return keyed.map((k) => k.q);
}

/** Graph names in canonical order, each with its quads (input order), without building a sort key per quad. */
function byGraph(quads: readonly Quad[]): Array<{ key: string; quads: Quad[] }> {
  const groups = new Map<string, Map<string, Quad[]>>();
  for (const q of quads) {
    let ofType = groups.get(q.graph.termType);
    if (!ofType) groups.set(q.graph.termType, (ofType = new Map()));
    const list = ofType.get(q.graph.value);
    if (list) list.push(q);
    else ofType.set(q.graph.value, [q]);
  }
  const out: Array<{ key: string; quads: Quad[] }> = [];
  for (const ofType of groups.values()) for (const list of ofType.values()) out.push({ key: sortKey(list[0]!.graph), quads: list });
  return out.sort((a, b) => compare(a.key, b.key));
}

/**
 * The quads of one graph in canonical order without exact duplicates: within one graph two quads
 * are equal exactly when their subject, predicate and object sort keys are.
 */
function sortGraph(quads: readonly Quad[]): Quad[] {
  // the order of sortQuads with fewer keys: one graph needs no graph key, and where every subject
  // (predicate) is an IRI its value orders as its key does, rdf:type ('') first. The quads are
  // grouped by subject and the subjects sorted (a graph has several quads per subject: fewer and
  // shorter sorts than one of every quad), then each subject's quads by predicate and object
  const iriSubjects = quads.every((q) => q.subject.termType === 'NamedNode');
  const iriPredicates = quads.every((q) => q.predicate.termType === 'NamedNode');
  const bySubject = new Map<string, Quad[]>();
  for (const q of quads) {
    const s = iriSubjects ? q.subject.value : sortKey(q.subject);
    const group = bySubject.get(s);
    if (group) group.push(q);
    else bySubject.set(s, [q]);
  }
  const out: Quad[] = [];
  for (const s of [...bySubject.keys()].sort()) { // (strings by UTF-16 code units, as `compare`)
    const group = bySubject.get(s)!;
    if (group.length === 1) {
      out.push(group[0]!);
      continue;
    }
    // (an object's key only when predicates tie: most never need one)
    const keyed = group.map((q) => ({
      q,
      p: q.predicate.value === RDF_TYPE ? (iriPredicates ? '' : '0') : iriPredicates ? q.predicate.value : sortKey(q.predicate),
      o: undefined as string | undefined,
    }));
    keyed.sort((a, b) => compare(a.p, b.p) || compare((a.o ??= sortKey(a.q.object)), (b.o ??= sortKey(b.q.object))));
    let last: Quad | undefined;
    for (const { q } of keyed) {
      if (last && q.predicate.equals(last.predicate) && q.object.equals(last.object)) continue;
      out.push(q);
      last = q;
    }
  }
  return out;
}

/**
 * Quads in canonical order without exact duplicates, one graph at a time: the sort keys of one
 * graph exist only while it is sorted, so a corpus of many document graphs is ordered in a
 * fraction of the memory (and time) one sort of everything takes. Yields each graph's quads.
 */
function* canonicalGraphs(quads: readonly Quad[]): Generator<Quad[]> {
  for (const group of byGraph(quads)) yield sortGraph(group.quads);
}

function termHasBlankNode(t: Term): boolean {
  if (t.termType === 'BlankNode') return true;
  if (isTripleTerm(t)) return termHasBlankNode(t.subject) || termHasBlankNode(t.object);
  return false;
}

function hasBlankNodes(quads: readonly Quad[]): boolean {
  return quads.some((q) => termHasBlankNode(q.subject) || termHasBlankNode(q.object) || q.graph.termType === 'BlankNode');
}

/** Rename blank nodes canonically (RDFC-1.0; triple terms are encoded around it, see above). */
async function canonicalBlankNodes(quads: Quad[]): Promise<Quad[]> {
  if (!hasBlankNodes(quads)) return quads;
  const tripleTerms = quads.some((q) => isTripleTerm(q.subject) || isTripleTerm(q.object) || isDirLiteral(q.object));
  const plain = tripleTerms ? encodeRdf12(quads) : quads;
  const writer = new Writer({ format: 'N-Quads' });
  const nquads = plain.map((q) => writer.quadToString(q.subject, q.predicate, q.object, q.graph)).join('');
  try {
    const canonical = (await canonize.canonize(nquads, { algorithm: 'RDFC-1.0', inputFormat: 'application/n-quads', maxWorkFactor: 2 } as never)) as string;
    const parsed = new Parser({ format: 'N-Quads', blankNodePrefix: '' }).parse(canonical) as unknown as Quad[];
    return tripleTerms ? decodeRdf12(parsed) : parsed;
  } catch {
    return quads; // too complex to canonicalise within bounds: labels stay as given
  }
}

/** A character canonical N-Triples and N-Quads escape: U+0000–U+001F, `"`, `\\`, U+007F, U+FFFE, U+FFFF. */
const CANONICAL_ESCAPE = /[^ !#-\[\]-~\u0080-\uFFFD]/;

/** A quoted text with no character {@link CANONICAL_ESCAPE} escapes, from the start (its end in `lastIndex`). */
const PLAIN_VALUE = /^"[ !#-\[\]-~\u0080-\uFFFD]*"/g;

/**
 * The canonical N-Quads line of a quad as n3's `writer` writes it, made faster for what a built
 * corpus is: each IRI is checked for characters to escape once per graph, not once per quad it
 * is in (predicates once), and literals are read from their n3 ids. Anything else — blank nodes,
 * triple terms, directional literals, text with characters to escape — is left to `writer` itself.
 * The quads must come graph by graph.
 */
function canonicalLines(writer: Writer): (q: Quad) => string {
  // the `<iri>` texts of the predicates (few) for the whole run, of other IRIs for the current
  // graph only: a corpus has millions, most in one graph
  const predicates = new Map<string, string>();
  let inGraph = new Map<string, string>();
  let graphValue: string | undefined;
  let graphType: string | undefined;
  let graphText: string | undefined;
  const iri = (t: Term, texts: Map<string, string>): string | undefined => {
    if (t.termType !== 'NamedNode') return undefined;
    const value = t.value;
    let s = texts.get(value);
    if (s === undefined) {
      if (CANONICAL_ESCAPE.test(value)) return undefined;
      texts.set(value, (s = `<${value}>`));
    }
    return s;
  };
  // what follows the value's closing quote in an n3 literal's id ('', '@de', '^^http://…#date') →
  // its canonical text ('', '@de', '^^<http://…#date>'); undefined: leave the literal to `writer`
  const suffixes = new Map<string, string | undefined>();
  const suffix = (rest: string): string | undefined => {
    if (suffixes.has(rest)) return suffixes.get(rest);
    let canonical: string | undefined;
    if (rest === '') canonical = '';
    else if (rest.startsWith('@')) canonical = /^@[a-z]+(?:-[a-z0-9]+)*$/.test(rest) ? rest : undefined; // no direction, lower case as n3 writes it
    else if (rest.startsWith('^^')) canonical = rest === `^^${XSD_STRING}` ? '' : CANONICAL_ESCAPE.test(rest) ? undefined : `^^<${rest.slice(2)}>`;
    suffixes.set(rest, canonical);
    return canonical;
  };
  // the suffixes met so far whose id is already canonical: checked by `endsWith` before any
  // substring of the id is made (a corpus has a handful: '@de', '@en', a few datatypes)
  const canonicalSuffixes: string[] = [];
  // an n3 literal is read from its id once (n3 parses value, language and datatype out of it at every access);
  // most are `"value"` + a suffix that is already canonical, i.e. the id itself
  const literal = (t: Term): string | undefined => {
    if (!(t instanceof N3Literal)) return undefined;
    const id = t.id;
    const end = id.lastIndexOf('"');
    // one scan from the opening quote over characters that need no escape; it must stop at the closing quote
    PLAIN_VALUE.lastIndex = 0;
    if (end < 1 || !PLAIN_VALUE.test(id) || PLAIN_VALUE.lastIndex !== end + 1) return undefined;
    for (const known of canonicalSuffixes) if (id.length - known.length === end + 1 && id.endsWith(known)) return id;
    const rest = id.substring(end + 1);
    const tail = suffix(rest);
    if (tail === rest && canonicalSuffixes.length < 16) canonicalSuffixes.push(rest);
    return tail === undefined ? undefined : tail === rest ? id : id.substring(0, end + 1) + tail;
  };
  return (q) => {
    if (q.graph.value !== graphValue || q.graph.termType !== graphType) {
      graphValue = q.graph.value;
      graphType = q.graph.termType;
      inGraph = new Map();
      graphText = graphType === 'DefaultGraph' ? '' : iri(q.graph, inGraph);
    }
    const g = graphText;
    const s = iri(q.subject, inGraph);
    const p = iri(q.predicate, predicates);
    const o = q.object.termType === 'Literal' ? literal(q.object) : iri(q.object, inGraph);
    if (s === undefined || p === undefined || o === undefined || g === undefined) return writer.quadToString(q.subject, q.predicate, q.object, q.graph);
    return g ? `${s} ${p} ${o} ${g} .\n` : `${s} ${p} ${o} .\n`;
  };
}

const XSD_STRING = PREFIXES.xsd + 'string';

/** Datatypes Turtle writes without `^^` (plain and language-tagged strings). */
const IMPLICIT_DATATYPES = new Set([PREFIXES.xsd + 'string', PREFIXES.rdf + 'langString', PREFIXES.rdf + 'dirLangString']);

function usedPrefixes(quads: readonly Quad[], prefixes: Record<string, string>): Record<string, string> {
  const used: Record<string, string> = {};
  const iris = new Set<string>();
  for (const q of quads) {
    for (const t of [q.subject, q.predicate, q.object, q.graph]) {
      if (t.termType === 'NamedNode') iris.add(t.value);
      else if (t.termType === 'Literal' && !IMPLICIT_DATATYPES.has(t.datatype.value)) iris.add(t.datatype.value);
    }
  }
  for (const [p, ns] of Object.entries(prefixes)) {
    for (const iri of iris) {
      if (iri.startsWith(ns) && /^[A-Za-z_][\w-]*$/.test(iri.slice(ns.length))) {
        used[p] = ns;
        break;
      }
    }
  }
  return used;
}

/** The quads merged into the default graph (a new quad each: n3's quads keep their terms behind getters, which a spread loses). */
function toDefaultGraph(quads: readonly Quad[]): Quad[] {
  return dedupe(quads.map((q) => (q.graph.termType === 'DefaultGraph' ? q : (DataFactory.quad(q.subject, q.predicate, q.object) as Quad))));
}

/** Where written text goes, piece by piece. */
export type TextSink = (chunk: string) => void;

/**
 * Characters a writer gathers (by `+=`) before handing them to a {@link TextSink}: well under
 * 64 Ki. V8 flattens and encodes a rope of 64 Ki characters or more several times slower than
 * a shorter one (the N-Quads of 1,000 articles into a file: 4.0 s of CPU with 64 Ki pieces,
 * 1.2 s with 32 Ki).
 */
export const TEXT_CHUNK = 1 << 15;

/** Turtle/TriG through n3's writer, each piece handed to `out` as it is made. */
function writeWithN3(graphs: Iterable<Quad[]>, format: string, out: TextSink, prefixes?: Record<string, string>): Promise<void> {
  return new Promise((resolve, reject) => {
    const stream = {
      write: (chunk: string, _encoding: string, done?: () => void) => {
        out(chunk);
        done?.();
      },
      end: (done?: (err?: Error | null) => void) => done?.(null),
    };
    const writer = new Writer(stream as never, { format, ...(prefixes ? { prefixes } : {}) });
    try {
      for (const graph of graphs) for (const q of graph) writer.addQuad(q);
    } catch (err) {
      reject(err as Error);
      return;
    }
    writer.end((err) => (err ? reject(err) : resolve()));
  });
}

/** `JSON.stringify(doc, null, 2)` written piece by piece: each member of a top-level array on its own. */
function writeJsonPretty(doc: unknown, out: TextSink): void {
  if (!doc || typeof doc !== 'object' || Array.isArray(doc)) {
    out(JSON.stringify(doc, null, 2));
    return;
  }
  const entries = Object.entries(doc as Record<string, unknown>).filter(([, v]) => v !== undefined);
  if (entries.length === 0) {
    out('{}');
    return;
  }
  out('{');
  entries.forEach(([k, v], i) => {
    out(`${i ? ',' : ''}\n  ${JSON.stringify(k)}: `);
    if (Array.isArray(v) && v.length > 0) {
      out('[');
      v.forEach((x, j) => out(`${j ? ',' : ''}\n    ${(JSON.stringify(x, null, 2) ?? 'null').replace(/\n/g, '\n    ')}`));
      out('\n  ]');
    } else out(JSON.stringify(v, null, 2).replace(/\n/g, '\n  '));
  });
  out('\n}');
}

/**
 * Serialise quads piece by piece into `out` (the whole text is never one string, so datasets
 * larger than a JavaScript string can hold are written); the same dataset always gives the same
 * text, equal to {@link serializeRdf}'s.
 */
export async function writeRdf(quads: readonly Quad[], format: RdfFormat, out: TextSink, options: SerializeOptions = {}): Promise<void> {
  const single = format === 'turtle' || format === 'ntriples';
  const input = single ? toDefaultGraph(quads) : quads;
  // blank nodes are named canonically over the whole dataset; without them (a built corpus) each
  // graph is sorted on its own
  const graphs: Iterable<Quad[]> = hasBlankNodes(input) ? [sortQuads(await canonicalBlankNodes(dedupe(input)))] : canonicalGraphs(input);
  switch (format) {
    case 'turtle':
    case 'trig':
      return writeWithN3(graphs, format === 'turtle' ? 'Turtle' : 'TriG', out, usedPrefixes(input, options.prefixes ?? PREFIXES));
    case 'ntriples':
    case 'nquads': {
      const line = canonicalLines(new Writer({ format: format === 'ntriples' ? 'N-Triples' : 'N-Quads' }));
      let chunk = '';
      for (const graph of graphs) {
        for (const q of graph) {
          chunk += line(q);
          if (chunk.length > TEXT_CHUNK) {
            out(chunk);
            chunk = '';
          }
        }
      }
      if (chunk) out(chunk);
      return;
    }
    case 'jsonld':
      return writeJsonLd([...graphs], out);
    default:
      throw new RangeError(`serializeRdf: unknown format ${JSON.stringify(format)}`);
  }
}

/** One JSON-LD document (of a dataset or of one of its graphs), checked to read back to as many quads. */
async function checkedJsonLd(quads: readonly Quad[]): Promise<Record<string, unknown>> {
  const doc = (await quadsToJsonLd(quads)) as Record<string, unknown>;
  // jsonld.js rejects some legal IRIs (e.g. with Unicode white space); never write a file it cannot read back
  let back: Quad[];
  try {
    back = await jsonLdToQuads(doc);
  } catch (err) {
    throw new RangeError(`this dataset cannot be written as JSON-LD: ${(err as Error).message}; use TriG or N-Quads`);
  }
  if (back.length !== quads.length) throw new RangeError(`this dataset cannot be written as JSON-LD without loss (${quads.length} quads, ${back.length} read back); use TriG or N-Quads`);
  return doc;
}

/**
 * JSON-LD of sorted graphs. A dataset whose quads are all in named graphs (a built corpus) is
 * compacted and checked one named graph at a time — each graph object of the top-level `@graph`
 * is what compacting the whole dataset gives for it, so the text is the same — and written as it
 * is made; anything else (default-graph or blank-node graphs) as one document.
 */
async function writeJsonLd(graphs: Quad[][], out: TextSink): Promise<void> {
  const named = graphs.length > 1 && graphs.every((g) => g.length > 0 && g[0]!.graph.termType === 'NamedNode');
  if (!named) {
    writeJsonPretty(await checkedJsonLd(graphs.flat()), out);
    out('\n');
    return;
  }
  out(`{\n  "@context": ${JSON.stringify(newsgraphContext(), null, 2).replace(/\n/g, '\n  ')},\n  "@graph": [`);
  for (let i = 0; i < graphs.length; i++) {
    const { '@context': _context, ...graph } = await checkedJsonLd(graphs[i]!);
    graphs[i] = []; // written: let it go
    out(`${i ? ',' : ''}\n    ${JSON.stringify(graph, null, 2).replace(/\n/g, '\n    ')}`);
  }
  out('\n  ]\n}\n');
}

/** Serialise quads into one string; the same dataset always gives the same string (see {@link writeRdf} for large datasets). */
export async function serializeRdf(quads: readonly Quad[], format: RdfFormat, options: SerializeOptions = {}): Promise<string> {
  const parts: string[] = [];
  await writeRdf(quads, format, (chunk) => parts.push(chunk), options);
  return parts.join('');
}
