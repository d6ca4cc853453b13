/**
 * `newsgraph serve [--port N] [--data DIR] [--out DIR] [--no-build] [--endpoint URL]`: build the graph (unless
 * --no-build), build the viewer if stale, serve both on localhost and print the URL. What
 * `npm start` runs. With `--endpoint` (or NEWSGRAPH_ENDPOINT) nothing is built: the viewer browses
 * that SPARQL store one neighbourhood at a time through this server, which keeps the credentials.
 * Does not: open a browser.
 */
import type { Command } from 'commander';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ensureViewerBuilt } from '../../serve/viewer-build.js';
import { startServer } from '../../serve/server.js';
import { CliError, EXIT } from '../errors.js';
import { buildOrFail } from '../report.js';
import { endpointFromOptions, withEndpointOptions, type EndpointCommandOptions } from '../endpoint-options.js';
import { createRemoteApi } from '../../serve/remote-api.js';
import { withDataOption, type DataOption } from '../input.js';

export function register(program: Command): void {
  withEndpointOptions(
    withDataOption(program.command('serve'))
      .description('build the graph and serve the viewer on localhost (or browse a SPARQL store with --endpoint)')
      .option('--port <port>', 'port (0 picks a free one)', '5173')
      .option('--out <dir>', 'build output directory', 'out')
      .option('--no-build', 'serve the existing build without rebuilding'),
    'browse this SPARQL 1.1 store instead of the local graph (or NEWSGRAPH_ENDPOINT)',
  ).action(async (opts: EndpointCommandOptions & DataOption & { port: string; out: string; build: boolean }) => {
    const port = Number(opts.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new CliError(`--port must be 0..65535, got ${JSON.stringify(opts.port)}`);
    const outDir = resolve(opts.out);
    const endpoint = endpointFromOptions(opts);
    if (endpoint) {
      process.stdout.write(`browsing the SPARQL store at ${endpoint.location}\n`);
    } else if (opts.build) {
      const result = await buildOrFail({ outDir, ...(opts.data !== undefined ? { dataDir: opts.data } : {}) }, 'fix the data or run with --no-build');
      process.stdout.write(`built ${result.counts.quads} quads from ${result.counts.documents} source document(s)\n`);
    } else if (!existsSync(join(outDir, 'bundle.json'))) {
      throw new CliError(`${join(opts.out, 'bundle.json')} does not exist; run \`newsgraph build\` first or drop --no-build`);
    }
    const viewerDir = await ensureViewerBuilt();
    let started;
    try {
      started = await startServer({ viewerDir, dataDir: outDir, port, ...(endpoint ? { remoteApi: createRemoteApi(endpoint) } : {}) });
    } catch (err) {
      throw new CliError((err as Error).message, EXIT.failure);
    }
    process.stdout.write(`newsgraph viewer: ${started.url}\n(press Ctrl+C to stop)\n`);
    // SIGINT (Ctrl+C) and SIGTERM close the server and its open (keep-alive) connections
    await new Promise<void>((done) => {
      const stop = () => {
        started.server.close(() => done());
        started.server.closeAllConnections();
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
  });
}
