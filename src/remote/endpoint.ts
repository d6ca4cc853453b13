/**
 * A SPARQL 1.1 store reached over the standard protocols: Query (SELECT/ASK as SPARQL JSON,
 * CONSTRUCT as N-Triples), Update, and the Graph Store HTTP Protocol (PUT/POST/DELETE a graph).
 * Works with Virtuoso, Fuseki, GraphDB and others; Virtuoso's conventional URLs are derived from
 * its `/sparql` endpoint. Does not: decide what to push (see `push.ts`).
 */
import type { Quad } from '@rdfjs/types';
import { Parser } from 'n3';
import { authFetch, type Credentials } from './http-auth.js';
import { queryForm, withProjectPrefixes, type SparqlBindingsJson, type SparqlResult } from '../sparql/engine.js';

/** Where a store listens. */
export interface EndpointOptions {
  /** SPARQL query endpoint, e.g. `http://localhost:8890/sparql`. */
  query: string;
  /** SPARQL update endpoint (default: Virtuoso's `/sparql-auth` beside `/sparql` when credentials are given, else the query endpoint). */
  update?: string;
  /** Graph Store Protocol endpoint (default: Virtuoso's `/sparql-graph-crud-auth` or `/sparql-graph-crud`). */
  gsp?: string;
  credentials?: Credentials;
}

/** A failed request: status and the start of the server's answer (never the credentials). */
export class EndpointError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'EndpointError';
  }
}

export class SparqlEndpoint {
  readonly query: string;
  readonly update: string;
  readonly gsp: string;
  private readonly credentials?: Credentials;

  constructor(options: EndpointOptions) {
    let url: URL;
    try {
      url = new URL(options.query);
    } catch {
      throw new RangeError(`not a URL: ${JSON.stringify(options.query)}`);
    }
    if (url.username || url.password) throw new RangeError('put credentials in --user/--password or NEWSGRAPH_USER/NEWSGRAPH_PASSWORD, not in the URL');
    const auth = options.credentials !== undefined;
    const base = options.query.replace(/\/sparql\/?$/, '');
    const virtuoso = base !== options.query;
    this.query = options.query;
    this.update = options.update ?? (virtuoso && auth ? `${base}/sparql-auth` : options.query);
    this.gsp = options.gsp ?? (virtuoso ? `${base}/sparql-graph-crud${auth ? '-auth' : ''}` : `${base}/rdf-graph-store`);
    if (options.credentials) this.credentials = options.credentials;
  }

  private async send(url: string, init: RequestInit & { method: string }, what: string): Promise<Response> {
    let res: Response;
    try {
      res = await authFetch(url, init, this.credentials);
    } catch (err) {
      throw new EndpointError(0, `${what}: cannot reach ${new URL(url).origin} (${(err as { cause?: { code?: string } }).cause?.code ?? (err as Error).message})`);
    }
    if (!res.ok) {
      const body = (await res.text()).replace(/\s+/g, ' ').replace(/SPARQL query:.*$/, '').slice(0, 300).trim();
      throw new EndpointError(res.status, `${what}: ${res.status} ${res.statusText}${body ? ` — ${body}` : ''}`);
    }
    return res;
  }

  /**
   * Run any query as the embedded engine would (`SparqlEngine.query`): the project's prefixes
   * (ng:, ngr: …) are declared when the query uses them without declaring them; SELECT and ASK
   * give W3C SPARQL 1.1 Query Results JSON, CONSTRUCT and DESCRIBE give triples.
   */
  async run(sparql: string): Promise<SparqlResult> {
    if (typeof sparql !== 'string' || sparql.trim() === '') throw new RangeError('the query is empty');
    const { text } = withProjectPrefixes(sparql);
    const form = queryForm(sparql);
    // an update sent to a query URL may be run by some stores: refuse it here
    if (form === undefined) throw new RangeError('not a query: expected SELECT, ASK, CONSTRUCT or DESCRIBE (updates are not run through a query)');
    if (form === 'CONSTRUCT' || form === 'DESCRIBE') return { kind: 'quads', quads: await this.construct(text) };
    if (form === 'ASK') return { kind: 'boolean', json: { head: {}, boolean: await this.ask(text) } };
    return { kind: 'bindings', json: await this.select(text) };
  }

  /** Run a SELECT or ASK query; W3C SPARQL 1.1 Query Results JSON. */
  async select(sparql: string): Promise<SparqlBindingsJson> {
    const res = await this.send(this.query, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/sparql-results+json' }, body: new URLSearchParams({ query: sparql }) }, 'query');
    const json = (await res.json()) as SparqlBindingsJson & { boolean?: boolean };
    // SPARQL 1.0-era servers (Virtuoso) still say "typed-literal"; the W3C format says "literal"
    for (const row of json.results?.bindings ?? []) {
      for (const t of Object.values(row)) if ((t.type as string) === 'typed-literal') (t as { type: string }).type = 'literal';
    }
    return json;
  }

  /** Run an ASK query. */
  async ask(sparql: string): Promise<boolean> {
    const res = await this.send(this.query, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/sparql-results+json' }, body: new URLSearchParams({ query: sparql }) }, 'query');
    const json = (await res.json()) as { boolean?: unknown };
    if (typeof json.boolean !== 'boolean') throw new EndpointError(res.status, 'query: the server did not answer the ASK query with a boolean');
    return json.boolean;
  }

  /** Run a CONSTRUCT query; the resulting triples. */
  async construct(sparql: string): Promise<Quad[]> {
    const res = await this.send(this.query, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/n-triples' }, body: new URLSearchParams({ query: sparql }) }, 'construct');
    return new Parser({ format: 'N-Triples' }).parse(await res.text()) as unknown as Quad[];
  }

  /** Run a SPARQL 1.1 Update. */
  async runUpdate(sparql: string): Promise<void> {
    const res = await this.send(this.update, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ query: sparql, update: sparql }) }, 'update');
    await res.arrayBuffer();
  }

  /** Replace a graph's content with N-Triples in one request (GSP PUT). */
  async replaceGraph(graph: string, ntriples: string): Promise<void> {
    const res = await this.send(`${this.gsp}?graph-uri=${encodeURIComponent(graph)}`, { method: 'PUT', headers: { 'content-type': 'application/n-triples' }, body: ntriples }, `replace <${graph}>`);
    await res.arrayBuffer();
  }

  /** Add N-Triples to a graph (GSP POST). */
  async appendToGraph(graph: string, ntriples: string): Promise<void> {
    const res = await this.send(`${this.gsp}?graph-uri=${encodeURIComponent(graph)}`, { method: 'POST', headers: { 'content-type': 'application/n-triples' }, body: ntriples }, `append to <${graph}>`);
    await res.arrayBuffer();
  }
}
