/**
 * Shared plumbing of the query commands: pick the graph (`--in` files; else a remote store from
 * `--endpoint` or NEWSGRAPH_ENDPOINT; else `out/graph.trig`, else an in-memory build), run a query,
 * turn resolution and query errors into exit code 2 (an unreachable or failing store: 1), and
 * print either a table or JSON. Does not: implement queries (see `src/query`, `src/remote`).
 */
import type { Command } from 'commander';
import { NewsGraphQuery } from '../query/engine.js';
import { EntityResolutionError, QueryError, type GraphQueries } from '../query/types.js';
import { RemoteQueries } from '../remote/queries.js';
import { EndpointError } from '../remote/endpoint.js';
import { endpointFromOptions, withEndpointOptions, type EndpointCommandOptions } from './endpoint-options.js';
import { loadInputDataset, withDataOption } from './input.js';
import { CliError, EXIT } from './errors.js';
import { withOutputOptions, wantsJson, type OutputOptions } from './output-format.js';
import { formatTable } from '../sparql/format.js';
import { compactIri } from '../model/vocab.js';

/** Options every query command has. */
export interface QueryCommandOptions extends EndpointCommandOptions, OutputOptions {
  in?: string[];
  data?: string;
}

/** Add `--in`, `--data`, `--endpoint` (+ credentials) and `--json` (alias `--format json`) to a command. */
export function withQueryOptions(cmd: Command): Command {
  return withOutputOptions(withEndpointOptions(withDataOption(cmd.option('--in <files...>', 'query these RDF files instead of the built graph'))));
}

/** Run `run`, turning resolution and query errors into exit 2 and store failures into exit 1. */
export async function mapErrors<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (err) {
    if (err instanceof EntityResolutionError || err instanceof QueryError) throw new CliError(err.message);
    if (err instanceof EndpointError) throw new CliError(err.message, EXIT.failure);
    throw err;
  }
}

/** Run `fn` on the local graph or the remote store the options name; user errors exit 2. */
export async function runQuery<T>(opts: QueryCommandOptions, fn: (q: GraphQueries) => T | Promise<T>): Promise<T> {
  const endpoint = opts.in ? undefined : endpointFromOptions(opts);
  const q: GraphQueries = endpoint ? new RemoteQueries(endpoint) : NewsGraphQuery.fromQuads(await loadInputDataset(opts.in, opts.data));
  return mapErrors(async () => fn(q));
}

/** Run `fn` on the local graph only (queries with no remote translation); refuses `--endpoint`. */
export async function runLocalQuery<T>(opts: QueryCommandOptions, what: string, fn: (q: NewsGraphQuery) => T): Promise<T> {
  if (opts.endpoint) throw new CliError(`${what} runs on the local graph only; drop --endpoint (or use --in FILE)`);
  const q = NewsGraphQuery.fromQuads(await loadInputDataset(opts.in, opts.data));
  return mapErrors(async () => fn(q));
}

/** Print JSON or a table. */
export function output(opts: QueryCommandOptions, json: unknown, headers: string[], rows: string[][]): void {
  if (wantsJson(opts)) process.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
  else if (rows.length === 0) process.stdout.write('(no results)\n');
  else process.stdout.write(formatTable(headers, rows, 100));
}

export const short = compactIri;
