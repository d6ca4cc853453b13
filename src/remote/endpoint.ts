/**
 * A SPARQL 1.1 store reached over the standard protocols: Query (SELECT/ASK as SPARQL JSON,
 * CONSTRUCT as N-Triples), Update, and the Graph Store HTTP Protocol (PUT/POST/DELETE a graph).
 * Works with Virtuoso, Fuseki, GraphDB/RDF4J and others: the update and Graph Store URLs are
 * derived from the query URL by each server's conventions (see {@link storeUrls}), or given.
 * On Virtuoso with credentials it also reaches the store's own N-Quads loader over the same
 * protocol ({@link SparqlEndpoint.loadQuads}): many graphs in one request. Does not: decide what
 * to push (see `push.ts`).
 */
import { NewsgraphError } from '../errors.js';
import type { Quad } from '@rdfjs/types';
import { Parser } from 'n3';
import { authRequest, type Credentials } from './http-auth.js';
import type { HttpRequest, HttpResponse } from './http-request.js';
import { queryForm, withProjectPrefixes, type SparqlBindingsJson, type SparqlResult } from '../sparql/engine.js';

/** Where a store listens. */
export interface EndpointOptions {
  /** SPARQL query endpoint, e.g. `http://localhost:8890/sparql`. */
  query: string;
  /** SPARQL update endpoint (default: derived from `query`, see {@link storeUrls}). */
  update?: string;
  /** Graph Store Protocol endpoint (default: derived from `query`, see {@link storeUrls}). */
  gsp?: string;
  credentials?: Credentials;
}

/**
 * Update and Graph Store URLs by the conventions of common stores, from the query URL:
 * - Virtuoso, `http://host:8890/sparql` → `/sparql-auth` (with credentials, else `/sparql`) and
 *   `/sparql-graph-crud-auth` (`/sparql-graph-crud`);
 * - Fuseki, `…/DATASET/query` or `…/DATASET/sparql` → `…/DATASET/update` and `…/DATASET/data`;
 * - GraphDB and RDF4J, `…/repositories/REPO` → `…/statements` and `…/rdf-graphs/service`;
 * - anything else: the query URL for both.
 */
export function storeUrls(query: string, authenticated: boolean): { update: string; gsp: string; virtuoso: boolean } {
  const url = new URL(query);
  if (url.pathname.replace(/\/$/, '') === '/sparql') {
    const base = `${url.origin}`;
    return { update: authenticated ? `${base}/sparql-auth` : query, gsp: `${base}/sparql-graph-crud${authenticated ? '-auth' : ''}`, virtuoso: true };
  }
  const fuseki = /^(.*)\/(query|sparql)\/?$/.exec(query);
  if (fuseki) return { update: `${fuseki[1]}/update`, gsp: `${fuseki[1]}/data`, virtuoso: false };
  const rdf4j = /^(.*\/repositories\/[^/?#]+)\/?$/.exec(query);
  if (rdf4j) return { update: `${rdf4j[1]}/statements`, gsp: `${rdf4j[1]}/rdf-graphs/service`, virtuoso: false };
  return { update: query, gsp: query, virtuoso: false };
}

/** An HTML error page as its title or text, without markup. */
function pageText(body: string): string {
  const title = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(body)?.[1];
  const text = title ?? body.replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ').replace(/<[^>]*>/g, ' ');
  return text.replace(/&nbsp;/g, ' ').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/** Why the server refused a request, in a line: a refused login or permission in words, else the status and the start of its answer. */
function refusal(res: HttpResponse, withCredentials: boolean): string {
  const raw = res.body.toString('utf8');
  if (res.status === 401) return withCredentials ? '401 Unauthorized: the store refused the user and password' : '401 Unauthorized: the store needs a user and password';
  if (res.status === 403) return `403 Forbidden: the store does not allow ${withCredentials ? 'this user' : 'anonymous requests'} to do this`;
  const html = /^\s*<(!doctype|html)/i.test(raw) || /text\/html/.test(res.headers['content-type'] ?? '');
  const body = (html ? pageText(raw) : raw).replace(/\s+/g, ' ').replace(/SPARQL query:.*$/, '').slice(0, 300).trim();
  return `${res.status} ${res.statusText}${body ? ` — ${body}` : ''}`;
}

/** A failed request: status and the start of the server's answer (never the credentials). */
export class EndpointError extends NewsgraphError {
  constructor(
    readonly status: number,
    message: string,
  ) {
    // a request the store refused as malformed is bad input; anything else a failure
    super(message, status === 400 ? 'bad-input' : 'failure');
  }
}

/**
 * Virtuoso's N-Quads loader `DB.DBA.TTLP` reading the request body, called by a SPARQL query:
 * flags 512 = N-Quads (a triple without a graph goes to the unused graph named here), log mode 1,
 * transactional 1 = the body in one logged transaction, rolled back on an error (Virtuoso's
 * Graph Store PUT and POST commit as they go).
 */
const VIRTUOSO_QUAD_LOADER = 'SELECT (<sql:TTLP>(bif:http_body_read(), "", "urn:newsgraph:no-graph", 512, 1, 1) AS ?loaded) WHERE { }';

export class SparqlEndpoint {
  readonly query: string;
  readonly update: string;
  readonly gsp: string;
  /** A Virtuoso, by its URL convention ({@link storeUrls}): it reads updates from a `query` parameter, the standard says `update`. */
  readonly virtuoso: boolean;
  private readonly credentials?: Credentials;

  constructor(options: EndpointOptions) {
    let url: URL;
    try {
      url = new URL(options.query);
    } catch {
      throw new RangeError(`not a URL: ${JSON.stringify(options.query)}`);
    }
    if (url.username || url.password) throw new RangeError('put credentials in --user/--password or NEWSGRAPH_USER/NEWSGRAPH_PASSWORD, not in the URL');
    const derived = storeUrls(options.query, options.credentials !== undefined);
    this.query = options.query;
    this.update = options.update ?? derived.update;
    this.gsp = options.gsp ?? derived.gsp;
    this.virtuoso = derived.virtuoso;
    if (options.credentials) this.credentials = options.credentials;
  }

  /** Where the store is, to show people: the query URL without its query string. */
  get location(): string {
    const url = new URL(this.query);
    return `${url.origin}${url.pathname}`;
  }

  private async send(url: string, req: HttpRequest, what: string): Promise<HttpResponse> {
    let res: HttpResponse;
    try {
      res = await authRequest(url, req, this.credentials);
    } catch (err) {
      throw new EndpointError(0, `${what}: cannot reach ${new URL(url).origin} (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
    }
    if (res.status < 200 || res.status > 299) throw new EndpointError(res.status, `${what}: ${refusal(res, this.credentials !== undefined)} (${url.replace(/\?.*$/s, '')})`);
    return res;
  }

  /** A query or update as a form (`query=…`), answered as `accept` says. */
  private form(url: string, params: Record<string, string>, what: string, accept?: string): Promise<HttpResponse> {
    const headers: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded', ...(accept ? { accept } : {}) };
    return this.send(url, { method: 'POST', headers, body: new URLSearchParams(params).toString() }, what);
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
    const res = await this.form(this.query, { query: sparql }, 'query', 'application/sparql-results+json');
    const json = JSON.parse(res.body.toString('utf8')) as SparqlBindingsJson & { boolean?: boolean };
    // SPARQL 1.0-era servers (Virtuoso) still say "typed-literal"; the W3C format says "literal"
    for (const row of json.results?.bindings ?? []) {
      for (const t of Object.values(row)) if ((t.type as string) === 'typed-literal') (t as { type: string }).type = 'literal';
    }
    return json;
  }

  /** Run an ASK query. */
  async ask(sparql: string): Promise<boolean> {
    const res = await this.form(this.query, { query: sparql }, 'query', 'application/sparql-results+json');
    const json = JSON.parse(res.body.toString('utf8')) as { boolean?: unknown };
    if (typeof json.boolean !== 'boolean') throw new EndpointError(res.status, 'query: the server did not answer the ASK query with a boolean');
    return json.boolean;
  }

  /** Run a CONSTRUCT query; the resulting triples. */
  async construct(sparql: string): Promise<Quad[]> {
    const res = await this.form(this.query, { query: sparql }, 'construct', 'application/n-triples');
    return new Parser({ format: 'N-Triples' }).parse(res.body.toString('utf8')) as unknown as Quad[];
  }

  /** Run a SPARQL 1.1 Update. */
  async runUpdate(sparql: string): Promise<void> {
    await this.form(this.update, this.virtuoso ? { query: sparql } : { update: sparql }, 'update');
  }

  /** Replace a graph's content with N-Triples in one request (GSP PUT). */
  async replaceGraph(graph: string, ntriples: string | Buffer): Promise<void> {
    await this.send(`${this.gsp}?graph=${encodeURIComponent(graph)}`, { method: 'PUT', headers: { 'content-type': 'application/n-triples' }, body: ntriples }, `replace <${graph}>`);
  }

  /**
   * Whether {@link loadQuads} may work here: a Virtuoso (by its URL convention) reached with
   * credentials. Whether the user may call the loader is learnt by calling it.
   */
  get quadLoader(): boolean {
    return this.virtuoso && this.credentials !== undefined;
  }

  /**
   * Load N-Quads — any number of named graphs — in one request and one transaction, by
   * Virtuoso's own loader (see {@link VIRTUOSO_QUAD_LOADER}); adds to the graphs, replaces
   * nothing. Not a standard protocol: only where {@link quadLoader} is true.
   */
  async loadQuads(nquads: string | Buffer): Promise<void> {
    if (!this.quadLoader) throw new RangeError(`${this.location} is not a Virtuoso reached with credentials: its N-Quads loader cannot be called`);
    const url = `${this.update}?query=${encodeURIComponent(VIRTUOSO_QUAD_LOADER)}`;
    try {
      await this.send(url, { method: 'POST', headers: { 'content-type': 'application/n-quads', accept: 'application/sparql-results+json' }, body: nquads }, 'load N-Quads');
    } catch (err) {
      // the loader refusing the data answers 500, but sending it again cannot help
      if (err instanceof EndpointError && err.status === 500 && /RDF loader/.test(err.message)) throw new EndpointError(400, err.message);
      throw err;
    }
  }

  /**
   * Replace a graph's content with N-Triples by one SPARQL Update (`DROP` + `INSERT DATA`): one
   * transaction where the store runs a request as one (SPARQL 1.1 Update 2.2). Not for Virtuoso 7
   * (SP031 on an article).
   */
  async replaceGraphByUpdate(graph: string, ntriples: string): Promise<void> {
    await this.runUpdate(`DROP SILENT GRAPH <${graph}> ;\nINSERT DATA { GRAPH <${graph}> {\n${ntriples}} }`);
  }

  /** Add N-Triples to a graph (GSP POST). */
  async appendToGraph(graph: string, ntriples: string | Buffer): Promise<void> {
    await this.send(`${this.gsp}?graph=${encodeURIComponent(graph)}`, { method: 'POST', headers: { 'content-type': 'application/n-triples' }, body: ntriples }, `append to <${graph}>`);
  }
}
