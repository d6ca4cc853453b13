/**
 * The build's link to the extractor: segmentation for curated sources, extraction (plus review)
 * for sources without curated knowledge, and the extractor's rule catalogue as `ng:Rule`
 * individuals. Does not: extract anything itself (that is `src/extract`).
 */
import { readFileSync } from 'node:fs';
import type { Quad } from '@rdfjs/types';
import type { DocumentGraph } from '../model/types.js';
import type { SourceFiles } from './sources.js';
import { readSourceMeta, CurationError } from '../model/curation.js';
import { decodeText } from '../rdf/parse.js';
import { Gazetteer } from '../extract/gazetteer.js';
import { extractDocument } from '../extract/extract.js';
import { applyReview } from '../extract/review.js';

export { segmentText } from '../extract/segment.js';
export { ruleCatalogueQuads } from '../extract/rules.js';

/** Extract a source that has no curated file, applying its review file if there is one. */
export function extractSource(src: SourceFiles, gazetteer: Gazetteer): DocumentGraph {
  const meta = readSourceMeta(src.meta);
  const text = decodeText(readFileSync(src.text), src.text);
  if (text.trim() === '') throw new CurationError(src.text, 1, 1, 'the source text is empty');
  const graph = extractDocument(text, meta, gazetteer);
  if (!src.review) return graph;
  const reviewed = applyReview(graph, src.review);
  if (reviewed.unmatched.length) throw new CurationError(src.review, 1, 1, `review decisions match no extracted fact: ${reviewed.unmatched.join('; ')}`);
  return reviewed.graph;
}

/** A gazetteer over the register quads. */
export function registerGazetteer(register: Quad[]): Gazetteer {
  return new Gazetteer(register);
}

/**
 * A copy of a gazetteer for one document: the extractor teaches its gazetteer the people a text
 * introduces, and each document must mint its own (cross-document identity is decided afterwards,
 * by `src/resolve`, where namesakes can be kept apart). Copying the name index is far cheaper than
 * building it again from the register. Relies on the gazetteer's two maps (`entities`, `byFirst`).
 */
export function documentGazetteer(base: Gazetteer): Gazetteer {
  const copy = Object.create(Object.getPrototypeOf(base) as object) as Gazetteer;
  const fields = base as unknown as { entities: Map<string, unknown>; byFirst: Map<string, unknown[]> };
  Object.assign(copy, base, {
    entities: new Map(fields.entities),
    byFirst: new Map([...fields.byFirst].map(([k, v]) => [k, [...v]])),
  });
  return copy;
}
