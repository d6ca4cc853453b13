/**
 * One specification of the typed queries (test/support/query-spec.ts), run against every backend:
 * the in-memory graph, oxigraph behind the standard protocols (Fuseki's URLs, Basic auth), and a
 * real Virtuoso (Digest auth).
 */
import { existsSync } from 'node:fs';
import { NewsGraphQuery } from '../src/query/engine.js';
import { SparqlEndpoint } from '../src/remote/endpoint.js';
import { pushDataset } from '../src/remote/push.js';
import { RemoteQueries } from '../src/remote/queries.js';
import { querySpecs } from './support/query-spec.js';
import { startProtocolStore } from './support/protocol-store.js';
import { Virtuoso } from './support/virtuoso.js';

if (!existsSync('/usr/bin/virtuoso-t')) throw new Error('virtuoso-t is missing: install Debian virtuoso-opensource (see .ci/run)');

querySpecs('the local graph', async (quads) => ({ queries: NewsGraphQuery.fromQuads(quads), close: async () => {} }));

querySpecs('oxigraph behind the SPARQL 1.1 protocols', async (quads) => {
  const store = await startProtocolStore();
  const endpoint = new SparqlEndpoint({ query: store.query, credentials: store.credentials });
  await pushDataset(endpoint, quads);
  return { queries: new RemoteQueries(endpoint), close: () => store.close() };
});

querySpecs('Virtuoso', async (quads) => {
  const v = await Virtuoso.create();
  const endpoint = new SparqlEndpoint({ query: v.endpoint, credentials: { user: 'dba', password: 'dba' } });
  await pushDataset(endpoint, quads);
  return { queries: new RemoteQueries(endpoint), close: () => v.stop() };
});
