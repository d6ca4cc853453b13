/**
 * A second, independent SPARQL 1.1 store for the remote tests: oxigraph behind the standard
 * protocols with Fuseki's URL layout (`/ds/query`, `/ds/update`, `/ds/data?graph=`) and HTTP Basic
 * authentication — so the client is tested against more than Virtuoso's conventions and Digest.
 * Union default graph, as Virtuoso and Fuseki's `unionDefaultGraph` give.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import oxigraph from 'oxigraph';
import { Writer } from 'n3';

const USER = 'editor';
const PASSWORD = 'secret-77';
/** A user who may read but not write: writes get 403 and an HTML error page. */
const READER = { user: 'reader', password: 'read-only-5' };
const basic = (user: string, password: string) => `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;

async function body(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export interface ProtocolStore {
  /** The query URL (`…/ds/query`); update and GSP URLs follow Fuseki's layout. */
  query: string;
  credentials: { user: string; password: string };
  /** A user who may read, not write. */
  readerCredentials: { user: string; password: string };
  /** Requests the server answered, by method and path. */
  requests: string[];
  close(): Promise<void>;
}

/** Start the store; with `openQueries` anyone may query (as Virtuoso's `/sparql`), writes still need the editor. */
export async function startProtocolStore(options: { openQueries?: boolean } = {}): Promise<ProtocolStore> {
  const store = new oxigraph.Store();
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      requests.push(`${req.method} ${url.pathname}`);
      const auth = req.headers.authorization;
      const reading = url.pathname === '/ds/query' || (url.pathname === '/ds/data' && req.method === 'GET');
      if (auth === basic(READER.user, READER.password) && !reading) {
        res.writeHead(403, { 'content-type': 'text/html' }).end('<!DOCTYPE html><html><head><title>403 Forbidden</title><style>body{}</style></head><body><h1>Forbidden</h1><p>You may not write here.</p></body></html>');
        return;
      }
      if (auth !== basic(USER, PASSWORD) && auth !== basic(READER.user, READER.password) && !(options.openQueries && reading)) {
        res.writeHead(401, { 'www-authenticate': 'Basic realm="ds"' }).end();
        return;
      }
      try {
        const text = await body(req);
        const form = new URLSearchParams(req.headers['content-type']?.startsWith('application/x-www-form-urlencoded') ? text : url.search);
        if (url.pathname === '/ds/query') {
          const query = form.get('query') ?? '';
          const result = store.query(query, { use_default_graph_as_union: true, results_format: 'json' }) as unknown;
          if (typeof result === 'string') res.writeHead(200, { 'content-type': 'application/sparql-results+json' }).end(result);
          else {
            const writer = new Writer({ format: 'N-Triples' });
            const out = (result as Array<{ subject: never; predicate: never; object: never }>).map((q) => writer.quadToString(q.subject, q.predicate, q.object)).join('');
            res.writeHead(200, { 'content-type': 'application/n-triples' }).end(out);
          }
        } else if (url.pathname === '/ds/update') {
          if (form.has('query')) throw new Error('an update comes in the "update" parameter');
          store.update(form.get('update') ?? '');
          res.writeHead(204).end();
        } else if (url.pathname === '/ds/data') {
          const graph = url.searchParams.get('graph');
          if (!graph) throw new Error('?graph= is required');
          const g = oxigraph.namedNode(graph);
          if (req.method === 'PUT' || req.method === 'DELETE') store.update(`DROP SILENT GRAPH <${graph}>`);
          if (req.method === 'PUT' || req.method === 'POST') store.load(text, { format: 'application/n-triples', to_graph_name: g });
          res.writeHead(req.method === 'PUT' ? 201 : 204).end();
        } else res.writeHead(404).end('not found');
      } catch (err) {
        res.writeHead(400, { 'content-type': 'text/plain' }).end((err as Error).message);
      }
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  return {
    query: `http://127.0.0.1:${port}/ds/query`,
    credentials: { user: USER, password: PASSWORD },
    readerCredentials: READER,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
