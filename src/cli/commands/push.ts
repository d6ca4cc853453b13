/**
 * `newsgraph push --endpoint URL [--graph IRI] [--user U --password P] [--replace] [--in FILE…]`:
 * load the built graph (default `out/graph.trig`) into a SPARQL 1.1 store, one named graph per
 * source document, atomically per graph and idempotently. The endpoint and credentials may also
 * come from NEWSGRAPH_ENDPOINT, NEWSGRAPH_USER and NEWSGRAPH_PASSWORD; credentials are never
 * printed. Does not: delete graphs the dataset does not have.
 */
import type { Command } from 'commander';
import cliProgress from 'cli-progress';
import { loadInputDataset } from '../input.js';
import { endpointFromOptions, withEndpointOptions, type EndpointCommandOptions } from '../endpoint-options.js';
import { PushError, pushDataset } from '../../remote/push.js';
import { CliError, EXIT } from '../errors.js';

interface PushCommandOptions extends EndpointCommandOptions {
  graph?: string;
  replace?: boolean;
  in?: string[];
  batch: string;
}

export function register(program: Command): void {
  withEndpointOptions(
    program.command('push').description('load the graph into a SPARQL 1.1 store (Graph Store Protocol + Update), one named graph per source, re-runs idempotent'),
    'SPARQL query endpoint, e.g. http://localhost:8890/sparql (or NEWSGRAPH_ENDPOINT)',
  )
    .option('--update <url>', 'SPARQL update endpoint (default: derived from --endpoint)')
    .option('--gsp <url>', 'Graph Store Protocol endpoint (default: derived from --endpoint)')
    .option('--graph <iri>', 'put default-graph triples into this named graph')
    .option('--replace', 'rewrite every graph, even unchanged ones')
    .option('--in <files...>', 'push these RDF files instead of the built graph')
    .option('--batch <n>', 'triples per request', '20000')
    .action(async (opts: PushCommandOptions) => {
      const endpoint = endpointFromOptions(opts);
      if (!endpoint) throw new CliError('give --endpoint URL or set NEWSGRAPH_ENDPOINT');
      const batchSize = Number(opts.batch);
      if (!Number.isInteger(batchSize) || batchSize < 1) throw new CliError(`--batch must be a positive integer, got ${JSON.stringify(opts.batch)}`);
      const quads = await loadInputDataset(opts.in);
      const bar = process.stderr.isTTY ? new cliProgress.SingleBar({ format: 'push [{bar}] {percentage}% | {value}/{total} triples', stream: process.stderr }, cliProgress.Presets.shades_classic) : undefined;
      let started = false;
      try {
        const report = await pushDataset(endpoint, quads, {
          batchSize,
          ...(opts.replace ? { replace: true } : {}),
          ...(opts.graph ? { defaultGraph: opts.graph } : {}),
          onProgress: (done, total) => {
            if (!bar) return;
            if (!started) bar.start(total, 0);
            started = true;
            bar.update(done);
          },
        });
        bar?.stop();
        const written = report.graphs.filter((g) => g.status === 'written').length;
        process.stdout.write(`pushed ${report.triplesWritten} triples in ${written} graph(s); ${report.graphs.length - written} unchanged graph(s) skipped\n`);
      } catch (err) {
        bar?.stop();
        if (err instanceof PushError) throw new CliError(err.message, EXIT.failure);
        if (err instanceof RangeError) throw new CliError(err.message);
        throw err;
      }
    });
}
