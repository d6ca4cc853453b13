/**
 * Where commands get their graph: `--in FILE…`, else the built `out/graph.trig` (with a warning on
 * stderr when a file the build reads is newer than it), else an in-memory build from the package's
 * ontology and register and the data folder (`--data DIR`, default `./data` where it exists, else
 * the package's example data). Does not: validate, or rebuild a stale graph (`newsgraph build` does).
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Command } from 'commander';
import type { Quad } from '@rdfjs/types';
import { readRdfFile } from '../rdf/parse.js';
import { assembleDataset } from '../build/pipeline.js';
import { DATA_LAYOUT, PACKAGE_FILES } from '../util/package-root.js';
import { ENTITY_REVIEW_PATH } from '../resolve/review.js';

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
  if (dataDir === undefined && existsSync(DEFAULT_GRAPH_FILE)) {
    const stale = staleBuildWarning();
    if (stale) process.stderr.write(`newsgraph: warning: ${stale}\n`);
    return readRdfFile(DEFAULT_GRAPH_FILE);
  }
  return (await assembleDataset(dataDir)).quads;
}

/** Why the built graph in `cwd` may be stale: a file a build reads (sources, register extension, review file, the package's ontology and register) changed after it. */
export function staleBuildWarning(cwd = process.cwd()): string | undefined {
  const graph = join(cwd, DEFAULT_GRAPH_FILE);
  if (!existsSync(graph)) return undefined;
  const built = statSync(graph).mtimeMs;
  const data = join(cwd, 'data');
  // the package's ontology and register count too (an upgrade changes them)
  const read = [join(data, DATA_LAYOUT.sources), join(data, DATA_LAYOUT.register), join(data, ...ENTITY_REVIEW_PATH), PACKAGE_FILES.ontology, PACKAGE_FILES.shapes, PACKAGE_FILES.registerDir];
  const newer = read.map((p) => newerThan(p, built)).find(Boolean);
  return newer && `${DEFAULT_GRAPH_FILE} is older than ${relative(cwd, newer)}; run \`newsgraph build\` to include the change`;
}

/** `path` if it is a file changed after `ms`, else the first such file under it (depth-first, at most a few thousand entries looked at). */
export function newerThan(path: string, ms: number, budget = { left: 5000 }): string | undefined {
  if (!existsSync(path)) return undefined;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs > ms ? path : undefined;
  for (const entry of readdirSync(path, { withFileTypes: true })) {
    if (budget.left-- <= 0) return undefined;
    const found = newerThan(join(path, entry.name), ms, budget);
    if (found) return found;
  }
  return undefined;
}
