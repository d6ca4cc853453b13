/**
 * Where commands get their graph: `--in FILE…`, else the built `out/graph.trig`, else an
 * in-memory build from `ontology/` and `data/`. Does not: validate.
 */
import { existsSync } from 'node:fs';
import type { Quad } from '@rdfjs/types';
import { readRdfFile } from '../rdf/parse.js';
import { assembleDataset } from '../build/pipeline.js';

/** The default built dataset path. */
export const DEFAULT_GRAPH_FILE = 'out/graph.trig';

/** Load the dataset a command works on. */
export async function loadInputDataset(files: string[] | undefined): Promise<Quad[]> {
  if (files && files.length > 0) {
    const all: Quad[] = [];
    for (const f of files) all.push(...(await readRdfFile(f)));
    return all;
  }
  if (existsSync(DEFAULT_GRAPH_FILE)) return readRdfFile(DEFAULT_GRAPH_FILE);
  return (await assembleDataset()).quads;
}
