/**
 * The viewer's window onto a remote SPARQL store: three JSON routes the viewer calls when
 * `newsgraph serve --endpoint URL` runs, so a browser can browse a store of any size one
 * neighbourhood at a time, and the store's credentials stay in this process.
 *
 * - `GET /api/remote` → `{ endpoint, bundle }`: where the store is (no credentials) and an empty
 *   bundle with the vocabulary (class and relation names) to start from;
 * - `GET /api/remote/find?q=TEXT` → entities matching a name (the typed `find`);
 * - `GET /api/remote/expand?iri=IRI` → `{ bundle, truncated }`: the entity's neighbourhood as a
 *   viewer bundle (see `src/remote/neighbourhood.ts`), evidence and source texts included.
 *
 * Errors are JSON `{ error }` with 400 for bad parameters and 502 when the store fails.
 * Does not: serve files (see `server.ts`), or cache answers (a store changes).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Quad } from '@rdfjs/types';
import { DataFactory } from 'n3';
import { datasetToBundle } from '../graph/bundle.js';
import { ONTOLOGY_GRAPH, PREFIXES } from '../model/vocab.js';
import { readRdfFile } from '../rdf/parse.js';
import { EndpointError, type SparqlEndpoint } from '../remote/endpoint.js';
import { fetchNeighbourhood } from '../remote/neighbourhood.js';
import { RemoteQueries } from '../remote/queries.js';
import { iriRef } from '../remote/terms.js';
import { PACKAGE_FILES } from '../util/package-root.js';

/** Options of {@link createRemoteApi}. */
export interface RemoteApiOptions {
  /** Only graphs whose IRI starts with this are read (default `https://w3id.org/newsgraph/`). */
  graphPrefix?: string;
  /** Most triples touching one entity that an expansion reads (default 2000). */
  maxTouching?: number;
}

/** A request handler for `/api/remote…`; returns false for other paths. */
export type RemoteApi = (req: IncomingMessage, res: ServerResponse) => boolean;

const RANGE = 'http://www.w3.org/2000/01/rdf-schema#range';

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
  res.end(JSON.stringify(body));
}

/** The API over `endpoint`. */
export function createRemoteApi(endpoint: SparqlEndpoint, options: RemoteApiOptions = {}): RemoteApi {
  const graphPrefix = options.graphPrefix ?? 'https://w3id.org/newsgraph/';
  const queries = new RemoteQueries(endpoint, { graphPrefix });
  /** The vocabulary, and the predicates whose objects are time values (kept for neighbours). */
  interface Vocabulary {
    quads: Quad[];
    datePredicates: string[];
  }
  let vocabulary: Promise<Vocabulary> | undefined;
  // the store's ontology graph (what was pushed), else the project's own ontology; read once
  const loadVocabulary = (): Promise<Vocabulary> =>
    (vocabulary ??= endpoint
      .construct(`CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ${iriRef(ONTOLOGY_GRAPH)} { ?s ?p ?o } }`)
      .then(async (triples) => (triples.length > 0 ? triples : readRdfFile(PACKAGE_FILES.ontology)))
      .then((triples) => ({
        quads: triples.map((q) => DataFactory.quad(q.subject, q.predicate, q.object, DataFactory.namedNode(ONTOLOGY_GRAPH)) as unknown as Quad),
        datePredicates: triples.filter((q) => q.predicate.value === RANGE && q.object.value === `${PREFIXES.ng}TimeValue`).map((q) => q.subject.value),
      }))
      .catch((err: unknown) => {
        vocabulary = undefined;
        throw err;
      }));

  const routes: Record<string, (params: URLSearchParams) => Promise<unknown>> = {
    '/api/remote': async () => ({ endpoint: endpoint.location, bundle: datasetToBundle((await loadVocabulary()).quads) }),
    '/api/remote/find': async (params) => {
      const q = params.get('q') ?? '';
      if (q.trim().length === 0) return [];
      if (q.length > 200) throw new RangeError('q: at most 200 characters');
      return queries.find(q, 12);
    },
    '/api/remote/expand': async (params) => {
      const iri = params.get('iri') ?? '';
      iriRef(iri); // throws RangeError for what is not an IRI
      const { quads, datePredicates } = await loadVocabulary();
      const found = await fetchNeighbourhood(endpoint, iri, { graphPrefix, datePredicates, ...(options.maxTouching ? { maxTouching: options.maxTouching } : {}) });
      return { bundle: datasetToBundle([...quads, ...found.quads]), truncated: found.truncated };
    },
  };

  return (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const route = routes[url.pathname];
    if (!route) return false;
    if (req.method !== 'GET') {
      send(res, 405, { error: 'method not allowed' });
      return true;
    }
    route(url.searchParams).then(
      (body) => send(res, 200, body),
      (err: unknown) => {
        if (err instanceof RangeError) send(res, 400, { error: err.message });
        else if (err instanceof EndpointError) send(res, 502, { error: `the store failed: ${err.message}` });
        else send(res, 500, { error: (err as Error).message });
      },
    );
    return true;
  };
}
