/**
 * JSON-LD in and out through jsonld.js, strictly offline.
 *
 * Does: convert JSON-LD documents to quads and quads to compacted JSON-LD with newsgraph's own
 * context, using a document loader that serves only local contexts (newsgraph's context IRI) and
 * refuses every other URL with a clear message — jsonld.js would otherwise fetch remote contexts.
 * Does not: read files.
 */
import jsonld from 'jsonld';
import { DataFactory } from 'n3';
import type { Quad } from '@rdfjs/types';
import { PREFIXES } from '../model/vocab.js';

/** IRI of newsgraph's JSON-LD context, served locally (never fetched). */
export const NEWSGRAPH_CONTEXT_IRI = 'https://w3id.org/newsgraph/context.jsonld';

/** newsgraph's JSON-LD context: the project's prefixes. */
export function newsgraphContext(): Record<string, string> {
  return { ...PREFIXES };
}

const LOCAL_CONTEXTS = new Map<string, unknown>([[NEWSGRAPH_CONTEXT_IRI, { '@context': newsgraphContext() }]]);

/** A jsonld.js document loader that never touches the network. */
export async function localDocumentLoader(url: string): Promise<{ contextUrl: null; documentUrl: string; document: unknown }> {
  const doc = LOCAL_CONTEXTS.get(url);
  if (doc === undefined) {
    throw new Error(`remote JSON-LD context ${url} is not loaded: newsgraph works offline; inline the context or use ${NEWSGRAPH_CONTEXT_IRI}`);
  }
  return { contextUrl: null, documentUrl: url, document: doc };
}

/**
 * Base direction (RDF 1.2 `"text"@ar--rtl`) travels as JSON-LD 1.1 `@direction`; jsonld.js maps it
 * to and from RDF through the i18n-datatype convention (`https://www.w3.org/ns/i18n#ar_rtl`).
 */
const I18N = 'https://www.w3.org/ns/i18n#';

type JsonLdTerm = { termType: string; value: string; language?: string; datatype?: { value: string } };
type JsonLdQuad = { subject: JsonLdTerm; predicate: JsonLdTerm; object: JsonLdTerm; graph: JsonLdTerm };

function term(t: JsonLdTerm): Quad['object'] {
  switch (t.termType) {
    case 'NamedNode':
      return DataFactory.namedNode(t.value) as Quad['object'];
    case 'BlankNode':
      return DataFactory.blankNode(t.value.replace(/^_:/, '')) as Quad['object'];
    case 'Literal': {
      const dt = t.datatype?.value ?? PREFIXES.xsd + 'string';
      if (dt.startsWith(I18N)) {
        const [language, direction] = dt.slice(I18N.length).split('_') as [string, string];
        return DataFactory.literal(t.value, { language, direction } as never) as Quad['object'];
      }
      return (t.language ? DataFactory.literal(t.value, t.language) : DataFactory.literal(t.value, DataFactory.namedNode(dt))) as Quad['object'];
    }
    case 'DefaultGraph':
      return DataFactory.defaultGraph() as unknown as Quad['object'];
    default:
      throw new Error(`unsupported JSON-LD term type ${t.termType}`);
  }
}

const XSD_DOUBLE = PREFIXES.xsd + 'double';
/** Stand-in datatype that keeps an xsd:double's lexical form through jsonld.js (see below). */
const DOUBLE_LEXICAL = 'urn:newsgraph:jsonld:xsd-double-lexical';

/**
 * jsonld.js rewrites every xsd:double string value through parseFloat ("1E0" → "1.0E0"); JSON-LD
 * 1.1 canonicalises only native JSON numbers. Typed string values are marked before and restored
 * after, so the lexical form survives.
 */
function protectDoubles(node: unknown): void {
  if (Array.isArray(node)) {
    for (const x of node) protectDoubles(x);
  } else if (node && typeof node === 'object') {
    const o = node as Record<string, unknown>;
    if (o['@type'] === XSD_DOUBLE && typeof o['@value'] === 'string') o['@type'] = DOUBLE_LEXICAL;
    for (const v of Object.values(o)) protectDoubles(v);
  }
}

/** JSON-LD document → quads (n3 terms). */
export async function jsonLdToQuads(doc: unknown, base?: string): Promise<Quad[]> {
  const options = { documentLoader: localDocumentLoader as never, ...(base ? { base } : {}), safe: true, rdfDirection: 'i18n-datatype' } as never;
  const expanded = (await jsonld.expand(doc as jsonld.JsonLdDocument, options)) as unknown;
  protectDoubles(expanded);
  const raw = (await jsonld.toRDF(expanded as jsonld.JsonLdDocument, options)) as unknown as JsonLdQuad[];
  for (const q of raw) if (q.object.datatype?.value === DOUBLE_LEXICAL) q.object.datatype.value = XSD_DOUBLE;
  return raw.map((q) => DataFactory.quad(term(q.subject) as Quad['subject'], term(q.predicate) as Quad['predicate'], term(q.object), term(q.graph) as unknown as Quad['graph']) as Quad);
}

/**
 * jsonld.js's fromRDF adds `_:` to blank-node subjects and objects but takes a blank graph name's
 * value as it is, so only graph names get the prefix here; otherwise a blank node that names a
 * graph and also appears in a triple would become two nodes.
 */
function toJsonLdTerm(t: Quad['object'] | Quad['graph'], position: 'term' | 'graph' = 'term'): JsonLdTerm {
  if (t.termType === 'Literal') {
    const direction = (t as { direction?: string }).direction;
    if (direction) return { termType: 'Literal', value: t.value, datatype: { value: `${I18N}${t.language}_${direction}` } };
    return { termType: 'Literal', value: t.value, language: t.language, datatype: { value: t.datatype.value } } as JsonLdTerm;
  }
  if (t.termType === 'BlankNode') return { termType: 'BlankNode', value: position === 'graph' ? `_:${t.value}` : t.value };
  if (t.termType === 'DefaultGraph') return { termType: 'DefaultGraph', value: '' };
  return { termType: t.termType, value: t.value };
}

/** Quads → compacted JSON-LD with newsgraph's context (named graphs kept). */
export async function quadsToJsonLd(quads: readonly Quad[]): Promise<object> {
  if (quads.some((q) => (q.subject.termType as string) === 'Quad' || (q.object.termType as string) === 'Quad')) {
    throw new RangeError('this dataset cannot be written as JSON-LD: it holds RDF 1.2 triple terms, which JSON-LD 1.1 cannot express; use Turtle, TriG, N-Triples or N-Quads');
  }
  const input = quads.map((q) => ({
    subject: toJsonLdTerm(q.subject as Quad['object']),
    predicate: toJsonLdTerm(q.predicate as Quad['object']),
    object: toJsonLdTerm(q.object),
    graph: toJsonLdTerm(q.graph, 'graph'),
  }));
  const api = jsonld as unknown as {
    fromRDF(input: unknown, options: object): Promise<object>;
    compact(input: object, context: object, options: object): Promise<object>;
  };
  const expanded = await api.fromRDF(input, { useNativeTypes: false, rdfDirection: 'i18n-datatype' });
  const compacted = (await api.compact(expanded, newsgraphContext(), { documentLoader: localDocumentLoader, compactArrays: true })) as Record<string, unknown>;
  // an empty dataset compacts to a bare context, which readers in safe mode reject
  return Object.keys(compacted).length === 1 ? { ...compacted, '@graph': [] } : compacted;
}
