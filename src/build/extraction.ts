/**
 * The build's link to the extractor: segmentation for curated sources, extraction (plus review)
 * for sources without curated knowledge, and the extractor's rule catalogue as `ng:Rule`
 * individuals. Does not: extract anything itself (that is `src/extract`).
 */
import { readFileSync } from 'node:fs';
import type { Quad } from '@rdfjs/types';
import type { DocumentGraph } from '../model/types.js';
import type { SourceFiles } from './sources.js';
import { readSourceMeta, sourceDocument, CurationError, type SourceMeta } from '../model/curation.js';
import { decodeText } from '../rdf/parse.js';
import { Gazetteer } from '../extract/gazetteer.js';
import { extractDocument } from '../extract/extract.js';
import { applyReview } from '../extract/review.js';
import type { ExtractionCache } from './extraction-cache.js';

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
 * cache, an unchanged source is not extracted again (see `extraction-cache.ts`).
 */
export function extractSource(src: SourceFiles, gazetteer: Gazetteer, cache?: ExtractionCache): DocumentGraph {
  const meta = readSourceMeta(src.meta);
  const text = decodeText(readFileSync(src.text), src.text);
  if (text.trim() === '') throw new CurationError(src.text, 1, 1, 'the source text is empty');
  const graph = withSourceDocument(cache ? cache.extract(text, meta, gazetteer) : extractDocument(text, meta, gazetteer), meta, text);
  if (!src.review) return graph;
  const reviewed = applyReview(graph, src.review);
  if (reviewed.unmatched.length) throw new CurationError(src.review, 1, 1, `review decisions match no extracted fact: ${reviewed.unmatched.join('; ')}`);
  return reviewed.graph;
}

/** A gazetteer over the register quads. */
export function registerGazetteer(register: Quad[]): Gazetteer {
  return new Gazetteer(register);
}
