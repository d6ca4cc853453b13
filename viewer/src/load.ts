/**
 * Opening graphs in the browser: a bundle written by `newsgraph build`, or any Turtle, TriG,
 * N-Triples, N-Quads or JSON-LD file (parsed with n3 / jsonld.js, offline), turned into a bundle.
 * Does not: draw.
 */
import { Parser } from 'n3';
import type { Quad } from '@rdfjs/types';
import { datasetToBundle, type ViewerBundle } from '../../src/graph/bundle.js';
import { isBundle, unpackBundle } from '../../src/graph/bundle-wire.js';

/** Read a file the user picked or dropped. */
export async function loadFile(file: File): Promise<ViewerBundle> {
  const text = await file.text();
  const name = file.name.toLowerCase();
  if (name.endsWith('.json') || name.endsWith('.jsonld')) {
    const json = JSON.parse(text) as unknown;
    if (isBundle(json)) return unpackBundle(json);
    const { jsonLdToQuads } = await import('../../src/rdf/jsonld.js');
    return datasetToBundle(await jsonLdToQuads(json));
  }
  const format = name.endsWith('.nt') ? 'N-Triples' : name.endsWith('.nq') ? 'N-Quads' : name.endsWith('.trig') ? 'TriG' : 'Turtle';
  const quads = new Parser({ format }).parse(text) as unknown as Quad[];
  return datasetToBundle(quads);
}
