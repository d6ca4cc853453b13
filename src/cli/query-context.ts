/**
 * Shared plumbing of the query commands: load the graph (`--in`, else `out/graph.trig`, else an
 * in-memory build), run a query, turn resolution and query errors into exit code 2, and print
 * either a table or JSON. Does not: implement queries (see `src/query`).
 */
import type { Command } from 'commander';
import { NewsGraphQuery } from '../query/engine.js';
import { EntityResolutionError, QueryError } from '../query/types.js';
import { loadInputDataset } from './input.js';
import { CliError } from './errors.js';
import { formatTable } from '../sparql/format.js';
import { compactIri } from '../model/vocab.js';

/** Options every query command has. */
export interface QueryCommandOptions {
  in?: string[];
  json?: boolean;
}

/** Add `--in` and `--json` to a command. */
export function withQueryOptions(cmd: Command): Command {
  return cmd.option('--in <files...>', 'query these RDF files instead of the built graph').option('--json', 'print JSON instead of a table');
}

/** Load the graph, run `fn`, map user errors to exit code 2. */
export async function runQuery<T>(opts: QueryCommandOptions, fn: (q: NewsGraphQuery) => T): Promise<T> {
  const q = NewsGraphQuery.fromQuads(await loadInputDataset(opts.in));
  try {
    return fn(q);
  } catch (err) {
    if (err instanceof EntityResolutionError || err instanceof QueryError) throw new CliError(err.message);
    throw err;
  }
}

/** Print JSON or a table. */
export function output(opts: QueryCommandOptions, json: unknown, headers: string[], rows: string[][]): void {
  if (opts.json) process.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
  else if (rows.length === 0) process.stdout.write('(no results)\n');
  else process.stdout.write(formatTable(headers, rows, 100));
}

export const short = compactIri;
