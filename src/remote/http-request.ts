/**
 * The store client's HTTP: node:http(s) over keep-alive connections, bodies sent as bytes, answers
 * read whole (fetch cost a push more CPU than serialising its triples). Resolves with any status;
 * rejects when the connection fails or stays silent for 300 s (as fetch), its `code` saying how.
 */
import http from 'node:http';
import https from 'node:https';

/** A request: headers in lower case; the body is sent as given, again after an auth challenge. */
export interface HttpRequest {
  method: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
}

/** A whole answer. */
export interface HttpResponse {
  status: number;
  statusText: string;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/** Silence on a connection that ends a request, as fetch's header and body timeouts. */
const TIMEOUT_MS = 300_000;
// idle connections closed before the common 5 s server keep-alive runs out
const agents = { 'http:': new http.Agent({ keepAlive: true, timeout: 4_000 }), 'https:': new https.Agent({ keepAlive: true, timeout: 4_000 }) };

function once(url: URL, req: HttpRequest, body: Buffer | undefined): Promise<HttpResponse> {
  const transport = url.protocol === 'https:' ? https : url.protocol === 'http:' ? http : undefined;
  if (!transport) return Promise.reject(new RangeError(`not an http(s) URL: ${url.origin}`));
  const headers = { ...req.headers, ...(body ? { 'content-length': String(body.length) } : {}) };
  return new Promise((resolve, reject) => {
    let answer: HttpResponse | undefined;
    const r = transport.request(url, { method: req.method, headers, agent: agents[url.protocol as 'http:'], timeout: TIMEOUT_MS }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => (answer = { status: res.statusCode ?? 0, statusText: res.statusMessage ?? '', headers: res.headers, body: Buffer.concat(chunks) }));
    });
    // settled once the request is done with its body too: the caller may then reuse the buffer
    r.on('close', () => (answer ? resolve(answer) : reject(Object.assign(new Error('the connection closed before the answer was complete'), { code: 'ECONNRESET' }))));
    r.on('timeout', () => r.destroy(Object.assign(new Error(`no answer within ${TIMEOUT_MS / 1000} s`), { code: 'ETIMEDOUT' })));
    // a kept-alive connection the server closed as we sent: the request never reached it
    r.on('error', (err: NodeJS.ErrnoException) => reject(Object.assign(err, { stale: r.reusedSocket && err.code === 'ECONNRESET' })));
    r.end(body);
  });
}

/** Send one request and read its answer whole. */
export async function httpRequest(url: string | URL, req: HttpRequest): Promise<HttpResponse> {
  const target = typeof url === 'string' ? new URL(url) : url;
  const body = typeof req.body === 'string' ? Buffer.from(req.body) : req.body;
  try {
    return await once(target, req, body);
  } catch (err) {
    if ((err as { stale?: boolean }).stale) return once(target, req, body);
    throw err;
  }
}
