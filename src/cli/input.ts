/**
 * Where commands get their graph: `--in FILE…`, else the built `out/graph.trig`, else an
 * in-memory build from the package's ontology and register and the data folder (`--data DIR`,
 * default `./data` where it exists, else the package's example data). Does not: validate.
 */
import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import type { Quad } from '@rdfjs/types';
import { readRdfFile } from '../rdf/parse.js';
import { assembleDataset } from '../build/pipeline.js';

/** The default built dataset path. */
export const DEFAULT_GRAPH_FILE = 'out/graph.trig';

/** The `--data DIR` option as commander parses it. */
export interface DataOption {
  data?: string;
}

/** Add `--data DIR` to a command. */
export function withDataOption(cmd: Command): Command {
  return cmd.option('--data <dir>', 'the data folder: entities.ttl (optional register extension) and sources/ (default: ./data where it exists, else the example data)');
}

/** Load the dataset a command works on. */
export async function loadInputDataset(files: string[] | undefined, dataDir?: string): Promise<Quad[]> {
  if (files && files.length > 0) {
    const all: Quad[] = [];
    for (const f of files) all.push(...(await readRdfFile(f)));
    return all;
  }
  if (dataDir === undefined && existsSync(DEFAULT_GRAPH_FILE)) return readRdfFile(DEFAULT_GRAPH_FILE);
  return (await assembleDataset(dataDir)).quads;
}
