/**
 * Fact support at corpus scale: which documents (and so which publishers) support each asserted
 * fact. One aggregate SPARQL query over every fact and its evidence overflows a store on a corpus
 * of hundreds of articles (oxigraph traps with "unreachable" at 600), so support is gathered in
 * small pieces and counted here:
 *
 * - over quads in memory, in one pass over the quads (no query at all: `local.ts`);
 * - over a SPARQL store, in lean pages: the documents (date, publisher) by `LIMIT`/`OFFSET`, the
 *   nodes their evidence supports by `VALUES` blocks of documents, then — for the nodes supported
 *   by enough publishers — their class and triple by `VALUES` blocks, kept when they are facts.
 *
 * The store queries join one pattern at a time on `VALUES` and ask for DISTINCT rows: a fact node
 * is shared by every document that supports it, so in a union default graph that does not
 * collapse duplicates (oxigraph) its `rdf:subject`, `rdf:predicate` and `rdf:object` triples come
 * once per document, and joining them multiplies the rows (oxigraph panics with "capacity
 * overflow").
 *
 * Both give the same {@link SupportedFact} rows, so the typed API shapes local and remote answers
 * with the same code. Does: gather and count support. Does not: label terms or order answers
 * (`corpus-queries.ts`).
 */
import type { Iri } from '../model/types.js';
import { NG_CLASS } from '../model/vocab.js';
import type { SparqlBindingsJson, SparqlJsonTerm } from '../sparql/engine.js';
import { publisherKey } from './disagreements.js';
import { documentsPageQuery, factDocumentsQuery, factTermsQuery } from './sparql.js';
import type { SourceRef } from './types.js';

/** An asserted fact, its triple (as SPARQL JSON terms) and the documents that support it, by date. */
export interface SupportedFact {
  fact: Iri;
  s: SparqlJsonTerm;
  p: SparqlJsonTerm;
  o: SparqlJsonTerm;
  sources: SourceRef[];
}

/** Where support comes from. */
export interface SupportSource {
  /** Facts (of one subject, or all) supported by at least `min` independent publishers. */
  supported(min: number, subject?: Iri): Promise<SupportedFact[]>;
}

/** Rows per page of documents; documents per `VALUES` block; facts per `VALUES` block. */
const PAGE = 5000;
const DOCUMENT_CHUNK = 200;
const FACT_CHUNK = 200;

/** A document as a source: its publisher, or its id when it names none. */
export function sourceRef(doc: Iri, published: string, publisher: string | undefined): SourceRef {
  return { document: doc, publisher: publisher ?? doc.replace(/^.*\//, ''), published: published.slice(0, 10) };
}

/** The facts supported by enough publishers, given each fact's documents; sources by date then id. */
export function countSupport(factDocs: ReadonlyMap<Iri, ReadonlySet<Iri>>, documents: ReadonlyMap<Iri, SourceRef>, min: number): Map<Iri, SourceRef[]> {
  const out = new Map<Iri, SourceRef[]>();
  for (const [fact, docs] of factDocs) {
    const sources = [...docs].flatMap((d) => documents.get(d) ?? []);
    if (new Set(sources.map(publisherKey)).size < min) continue;
    out.set(fact, sources.sort((a, b) => a.published.localeCompare(b.published) || a.document.localeCompare(b.document)));
  }
  return out;
}

type Select = (sparql: string) => Promise<SparqlBindingsJson>;
type Row = Record<string, SparqlJsonTerm | undefined>;
const val = (row: Row, name: string): string | undefined => {
  const t = row[name];
  return t && t.type !== 'triple' ? t.value : undefined;
};

/** Support gathered from a SPARQL store in lean pages (see the header). */
export function remoteSupport(select: Select): SupportSource {
  const rows = async (q: string) => (await select(q)).results.bindings as Row[];
  return {
    async supported(min, subject) {
      const documents = new Map<Iri, SourceRef>();
      for (let offset = 0; ; offset += PAGE) {
        const page = await rows(documentsPageQuery(PAGE, offset));
        for (const r of page) if (!documents.has(val(r, 'doc')!)) documents.set(val(r, 'doc')!, sourceRef(val(r, 'doc')!, val(r, 'published')!, val(r, 'publisher')));
        if (page.length < PAGE) break;
      }
      const ids = [...documents.keys()];
      const factDocs = new Map<Iri, Set<Iri>>();
      for (let i = 0; i < ids.length; i += DOCUMENT_CHUNK) {
        for (const r of await rows(factDocumentsQuery(ids.slice(i, i + DOCUMENT_CHUNK), subject))) {
          const fact = val(r, 'fact')!;
          factDocs.set(fact, (factDocs.get(fact) ?? new Set()).add(val(r, 'doc')!));
        }
      }
      const supported = countSupport(factDocs, documents, min);
      const nodes = [...supported.keys()];
      const parts = new Map<Iri, { fact?: boolean; s?: SparqlJsonTerm; p?: SparqlJsonTerm; o?: SparqlJsonTerm }>();
      for (let i = 0; i < nodes.length; i += FACT_CHUNK) {
        for (const r of await rows(factTermsQuery(nodes.slice(i, i + FACT_CHUNK)))) {
          const node = val(r, 'fact')!;
          const part = parts.get(node) ?? (parts.set(node, {}), parts.get(node)!);
          const k = val(r, 'k');
          if (k === 'type') part.fact ||= val(r, 'x') === NG_CLASS.Fact;
          else if ((k === 's' || k === 'p' || k === 'o') && !part[k]) part[k] = r.x;
        }
      }
      const out: SupportedFact[] = [];
      for (const [fact, sources] of supported) {
        const t = parts.get(fact);
        if (t?.fact && t.s && t.p && t.o) out.push({ fact, s: t.s, p: t.p, o: t.o, sources });
      }
      return out;
    },
  };
}
