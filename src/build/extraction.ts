/**
 * The build's link to the extractor: segmentation for curated sources, extraction (plus review)
 * for sources without curated knowledge, and the extractor's rule catalogue as `ng:Rule`
 * individuals. Does not: extract anything itself (that is `src/extract`).
 */
import type { Quad } from '@rdfjs/types';
import type { DocumentGraph } from '../model/types.js';
import type { SourceFiles } from './sources.js';
import { CliError } from '../cli/errors.js';

export { segmentText } from '../extract/segment.js';

/** Extract a source that has no curated file. */
export async function extractSource(src: SourceFiles, _register: Quad[]): Promise<DocumentGraph> {
  throw new CliError(`${src.text}: no curated file (${src.base}.curated.yaml) and the extractor is not available in this build`);
}

/** The extraction rules as `ng:Rule` individuals in the given graph. */
export function ruleCatalogueQuads(_graph: string): Quad[] {
  return [];
}
