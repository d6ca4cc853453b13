/**
 * `newsgraph sparql QUERY|@file [--in FILE…] [--endpoint URL] [--format json|table]`: SPARQL 1.1
 * over the built graph with the embedded engine, or over a remote store (SPARQL 1.1 Protocol).
 * SELECT/ASK print a table or W3C SPARQL 1.1 Query Results JSON; CONSTRUCT/DESCRIBE print Turtle.
 * Does not: update anything.
 */
import type { Command } from 'commander';
import { readFileSync } from 'node:fs';
import { SparqlEngine, SparqlQueryError } from '../../sparql/engine.js';
import { formatBindings } from '../../sparql/format.js';
import { serializeRdf } from '../../rdf/serialize.js';
import { loadInputDataset } from '../input.js';
import { CliError, EXIT } from '../errors.js';
import { withOutputOptions, wantsJson, type OutputOptions } from '../output-format.js';
import { endpointFromOptions, withEndpointOptions, type EndpointCommandOptions } from '../endpoint-options.js';
import { EndpointError } from '../../remote/endpoint.js';

/** The query text of `QUERY` or `@file`. */
export function readQueryArgument(arg: string): string {
  if (!arg.startsWith('@')) return arg;
  const path = arg.slice(1);
  try {
    return readFileSync(path, 'utf8');
  } catch (err) {
    throw new CliError(`${path}: cannot read the query file (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }
}

export function register(program: Command): void {
  const cmd = withEndpointOptions(
    program
      .command('sparql')
      .description('run a SPARQL 1.1 query (text or @file) over the built graph or a remote store; the default graph is the union of all graphs')
      .argument('<query>', 'the query, or @path/to/query.rq')
      .option('--in <files...>', 'query these RDF files instead of the built graph'),
  );
  withOutputOptions(cmd, 'a table (W3C SPARQL 1.1 Query Results JSON)').action(async (query: string, opts: EndpointCommandOptions & OutputOptions & { in?: string[] }) => {
    const json = wantsJson(opts);
    const text = readQueryArgument(query);
    const endpoint = opts.in ? undefined : endpointFromOptions(opts);
    let result;
    try {
      result = endpoint ? await endpoint.run(text) : SparqlEngine.fromQuads(await loadInputDataset(opts.in)).query(text);
    } catch (err) {
      if (err instanceof SparqlQueryError || err instanceof RangeError) throw new CliError(err.message);
      // a query the store rejects is the user's to fix; an unreachable or failing store is not
      if (err instanceof EndpointError) throw new CliError(err.message, err.status === 400 ? EXIT.badInput : EXIT.failure);
      throw err;
    }
    if (result.kind === 'quads') process.stdout.write(await serializeRdf(result.quads, 'turtle'));
    else if (json) process.stdout.write(`${JSON.stringify(result.json, null, 2)}\n`);
    else if (result.kind === 'boolean') process.stdout.write(`${result.json.boolean}\n`);
    else process.stdout.write(formatBindings(result.json));
  });
}
