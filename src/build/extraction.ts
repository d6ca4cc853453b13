/**
 * The build's link to the extractor: segmentation for curated sources, extraction (plus review)
 * for sources without curated knowledge, and the extractor's rule catalogue as `ng:Rule`
 * individuals. Does not: extract anything itself (that is `src/extract`).
 */
import { readFileSync } from 'node:fs';
import type { Quad } from '@rdfjs/types';
import type { DocumentGraph, EntityRecord } from '../model/types.js';
import type { SourceFiles } from './sources.js';
import { readSourceMeta, sourceDocument, CurationError, type SourceMeta } from '../model/curation.js';
import { decodeText } from '../rdf/parse.js';
import { CodePointText } from '../model/offsets.js';
import { Gazetteer, knownEntity } from '../extract/gazetteer.js';
import { extractDocument } from '../extract/extract.js';
import { applyReview } from '../extract/review.js';
import type { ExtractionCache } from './extraction-cache.js';
import { escapeRegExp } from '../util/regexp.js';

export { segmentText } from '../extract/segment.js';
export { ruleCatalogueQuads } from '../extract/rules.js';

/**
 * Extract one text. The document record comes from the one builder, {@link sourceDocument}: the
 * extractor's own copy drops metadata fields such as the url.
 */
export function extractText(text: string, meta: SourceMeta, gazetteer: Gazetteer): DocumentGraph {
  return withSourceDocument(extractDocument(text, meta, gazetteer), meta, text);
}

function withSourceDocument(extracted: DocumentGraph, meta: SourceMeta, text: string): DocumentGraph {
  return { ...extracted, document: sourceDocument(meta, text, extracted.document) };
}

/**
 * Extract a source that has no curated file, applying its review file if there is one. With a
 * cache, an unchanged source is not extracted again (see `extraction-cache.ts`); `relink` names
 * what the relink step added to `gazetteer` (part of the cache key). `gazetteer` is called only
 * when the source is really extracted.
 */
export function extractSource(src: SourceFiles, gazetteer: () => Gazetteer, cache?: ExtractionCache, relink?: string): DocumentGraph {
  const meta = readSourceMeta(src.meta);
  const text = decodeText(readFileSync(src.text), src.text);
  if (text.trim() === '') throw new CurationError(src.text, 1, 1, 'the source text is empty');
  const graph = withSourceDocument(cache ? cache.extract(text, meta, gazetteer, relink) : extractDocument(text, meta, gazetteer()), meta, text);
  if (!src.review) return graph;
  const reviewed = applyReview(graph, src.review);
  if (reviewed.unmatched.length) throw new CurationError(src.review, 1, 1, `review decisions match no extracted fact: ${reviewed.unmatched.join('; ')}`);
  return reviewed.graph;
}

/**
 * A gazetteer over the register quads. Its indexes of the register's offices, groups and bodies
 * are built here, once: each document's copy (`forDocument`) shares them instead of building its
 * own on first use (what a document learns adds no office, membership or body to them).
 */
export function registerGazetteer(register: Quad[]): Gazetteer {
  return new Gazetteer(register).indexRegister();
}

/**
 * Extract again the documents that mention, without introducing, a person other documents
 * introduced ("Peskow sagte …" after "Kremlsprecher Dmitri Peskow" elsewhere): their gazetteer
 * now knows that person by every unambiguous name (`unambiguousPeople`). Only a bare name counts:
 * one the first extraction linked to nothing, so a surname the document itself already linked (to
 * its own namesake, or inside a longer name) never calls for a second extraction. Returns how many
 * documents changed; `documents[i]` is replaced in place. With a cache, a relinked extraction
 * given the same people as before comes from the cache.
 */
export function relinkKnownPeople(documents: DocumentGraph[], sources: ReadonlyMap<number, SourceFiles>, resolved: readonly DocumentGraph[], people: ReadonlyMap<string, EntityRecord>, base: Gazetteer, cache?: ExtractionCache): number {
  const bySurname = new Map<string, string[]>();
  for (const name of people.keys()) {
    const last = name.split(/\s+/).at(-1)!;
    bySurname.set(last, [...(bySurname.get(last) ?? []), name]);
  }
  let changed = 0;
  for (const [i, src] of sources) {
    const doc = documents[i]!;
    const own = new Set(resolved[i]!.entities.map((e) => e.iri));
    const words = new Set(doc.document.text.match(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu) ?? []);
    const missing = new Map<string, EntityRecord>();
    let linked: ((start: number, end: number) => boolean) | undefined;
    for (const w of words) {
      for (const name of bySurname.get(w) ?? []) {
        const person = people.get(name)!;
        if (own.has(person.iri) || missing.has(person.iri)) continue;
        linked ??= linkedSpans(doc);
        if (bareName(doc.document.text, name, linked)) missing.set(person.iri, person);
      }
    }
    if (missing.size === 0) continue;
    const taught = [...missing.values()].sort((a, b) => a.iri.localeCompare(b.iri)).map((p) => ({ p, names: p.aliases.filter((a) => people.get(a.value)?.iri === p.iri).map((a) => a.value) }));
    const gazetteer = () => {
      const g = base.forDocument();
      for (const { p, names } of taught) {
        g.entities.set(p.iri, knownEntity(p.iri, p.types, p.labels, p.aliases));
        for (const l of p.labels) g.addName(l.value, p.iri, true);
        for (const a of names) g.addName(a, p.iri, false);
      }
      return g;
    };
    documents[i] = extractSource(src, gazetteer, cache, JSON.stringify(taught.map(({ p, names }) => [p.iri, p.types, p.labels, p.aliases, names])));
    changed++;
  }
  return changed;
}

/** Is a UTF-16 range `[start, end)` of the text inside a mention the document's extraction linked? */
function linkedSpans(doc: DocumentGraph): (start: number, end: number) => boolean {
  const cp = new CodePointText(doc.document.text);
  const spans = doc.mentions.map((m) => [cp.toUtf16(m.evidence.span.start), cp.toUtf16(m.evidence.span.end)] as const);
  return (start, end) => spans.some(([s, e]) => s <= start && end <= e);
}

/** Does `name` occur in `text` as a whole name somewhere the extraction linked to nothing? */
function bareName(text: string, name: string, linked: (start: number, end: number) => boolean): boolean {
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, 'gu');
  for (const m of text.matchAll(re)) if (!linked(m.index, m.index + m[0].length)) return true;
  return false;
}
