import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { createServer as createTcpServer } from 'node:net';
import { httpRequest } from '../src/remote/http-request.js';
import { authRequest } from '../src/remote/http-auth.js';
import { EndpointError, SparqlEndpoint } from '../src/remote/endpoint.js';

const USER = 'dba';
const PASSWORD = 'digest-secret-93';
const REALM = 'test';
const NONCE = 'n0nce';
const md5 = (s: string) => createHash('md5').update(s).digest('hex');

/** Whether a Digest answer is right for this request (RFC 7616, MD5, qop=auth). */
function digestValid(req: IncomingMessage): boolean {
  const h = req.headers.authorization ?? '';
  if (!h.startsWith('Digest ')) return false;
  const f = Object.fromEntries([...h.slice(7).matchAll(/(\w+)=(?:"([^"]*)"|([^,\s]*))/g)].map((m) => [m[1], m[2] ?? m[3]]));
  if (f.username !== USER || f.nonce !== NONCE || f.uri !== req.url) return false;
  const ha1 = md5(`${USER}:${REALM}:${PASSWORD}`);
  const ha2 = md5(`${req.method}:${f.uri}`);
  return f.response === md5(`${ha1}:${NONCE}:${f.nc}:${f.cnonce}:auth:${ha2}`);
}

let server: Server;
let base: string;
const seen: Array<{ method: string; url: string; authorized: boolean; bytes: Buffer; socket: number }> = [];
const sockets = new WeakMap<object, number>();

beforeAll(async () => {
  let nextSocket = 0;
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      if (!sockets.has(req.socket)) sockets.set(req.socket, ++nextSocket);
      const url = new URL(req.url!, 'http://x');
      const authorized = digestValid(req);
      // a kept-alive connection that the server drops as the next request arrives on it
      if (url.pathname === '/drop-reused' && seen.some((s) => s.socket === sockets.get(req.socket))) {
        seen.push({ method: req.method!, url: req.url!, authorized, bytes: Buffer.concat(chunks), socket: -1 });
        req.socket.destroy();
        return;
      }
      seen.push({ method: req.method!, url: req.url!, authorized, bytes: Buffer.concat(chunks), socket: sockets.get(req.socket)! });
      if (url.pathname.startsWith('/auth') && !authorized) {
        res.writeHead(401, { 'www-authenticate': `Digest realm="${REALM}", nonce="${NONCE}", qop="auth"` }).end('log in');
      } else if (url.pathname.startsWith('/auth/fail/')) {
        res.writeHead(Number(url.pathname.slice(11)), { 'content-type': 'text/plain' }).end('SR172: Transaction deadlocked');
      } else if (url.pathname.endsWith('/sparql')) {
        res.writeHead(200, { 'content-type': 'application/sparql-results+json' }).end(JSON.stringify({ head: { vars: ['x'] }, results: { bindings: [{ x: { type: 'typed-literal', value: '1' } }] } }));
      } else {
        res.writeHead(200, { 'content-type': 'application/octet-stream' }).end(Buffer.concat(chunks));
      }
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
});

describe('the store client over node:http', () => {
  it('sends body bytes intact (multi-byte text and a large Buffer) and reuses its keep-alive connection', async () => {
    seen.length = 0;
    const text = 'Zürich „Ansage“ 北京 🙂\n'.repeat(1000);
    const echoed = await httpRequest(`${base}/echo`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: text });
    expect(echoed.status).toBe(200);
    expect(echoed.body.toString('utf8')).toBe(text);
    const big = Buffer.alloc(8 * 2 ** 20, 'abcdefghij\u00e9');
    const back = await httpRequest(`${base}/echo`, { method: 'PUT', body: big });
    expect(back.body.equals(big)).toBe(true);
    expect(seen.map((s) => s.bytes.length)).toEqual([Buffer.byteLength(text), big.length]);
    expect(seen[0]!.socket).toBe(seen[1]!.socket);
  });

  it('sends a request again on a new connection when the server dropped the kept-alive one', async () => {
    seen.length = 0;
    await httpRequest(`${base}/echo`, { method: 'POST', body: 'one' });
    const res = await httpRequest(`${base}/drop-reused`, { method: 'POST', body: 'two' });
    expect(res.body.toString()).toBe('two');
    expect(seen.map((s) => s.socket)).toEqual([seen[0]!.socket, -1, seen[0]!.socket + 1]);
  });

  it('answers a Digest challenge once, then sends the answer up front; the body arrives each time', async () => {
    seen.length = 0;
    const creds = { user: USER, password: PASSWORD };
    const body = Buffer.from('<urn:a> <urn:b> "ä" .\n');
    const first = await authRequest(`${base}/auth/load?graph=${encodeURIComponent('urn:g 1')}`, { method: 'POST', body }, creds);
    expect(first.status).toBe(200);
    expect(first.body.equals(body)).toBe(true);
    expect(seen.map((s) => s.authorized)).toEqual([false, true]);
    expect(seen[1]!.bytes.equals(body)).toBe(true);
    await authRequest(`${base}/auth/load`, { method: 'POST', body }, creds);
    expect(seen.map((s) => s.authorized)).toEqual([false, true, true]);
    // a wrong password: the challenge is answered, and refused again
    const wrong = await authRequest(`${base}/auth/load`, { method: 'POST', body }, { user: USER, password: 'wrong' });
    expect(wrong.status).toBe(401);
  });

  it('reads query answers and gives errors naming the store, the operation and the status, never the password', async () => {
    const endpoint = new SparqlEndpoint({ query: `${base}/auth/sparql`, credentials: { user: USER, password: PASSWORD } });
    const json = await endpoint.select('SELECT ?x WHERE { }');
    expect(json.results.bindings[0]!.x!.type).toBe('literal');
    const failing = new SparqlEndpoint({ query: `${base}/auth/sparql`, update: `${base}/auth/fail/500`, gsp: `${base}/auth/fail/404`, credentials: { user: USER, password: PASSWORD } });
    const server = await failing.runUpdate('CLEAR ALL').catch((e: unknown) => e);
    expect(server).toBeInstanceOf(EndpointError);
    expect(server).toMatchObject({ status: 500, message: `update: 500 Internal Server Error — SR172: Transaction deadlocked (${base}/auth/fail/500)` });
    const missing = await failing.replaceGraph('urn:g', '').catch((e: unknown) => e);
    expect(missing).toMatchObject({ status: 404, message: `replace <urn:g>: 404 Not Found — SR172: Transaction deadlocked (${base}/auth/fail/404)` });
    const refused = await new SparqlEndpoint({ query: `${base}/auth/sparql`, credentials: { user: USER, password: 'wrong-secret-5' } }).select('ASK {}').catch((e: unknown) => e);
    expect(refused).toMatchObject({ status: 401, message: `query: 401 Unauthorized: the store refused the user and password (${base}/auth/sparql)` });
    expect((refused as Error).message).not.toContain('wrong-secret-5');
  });

  it('says clearly when nothing listens', async () => {
    const closed = createTcpServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const port = (closed.address() as { port: number }).port;
    await new Promise((r) => closed.close(r));
    await expect(httpRequest(`http://127.0.0.1:${port}/sparql`, { method: 'GET' })).rejects.toMatchObject({ code: 'ECONNREFUSED' });
    const err = await new SparqlEndpoint({ query: `http://127.0.0.1:${port}/sparql` }).select('ASK {}').catch((e: unknown) => e);
    expect(err).toMatchObject({ status: 0, message: `query: cannot reach http://127.0.0.1:${port} (ECONNREFUSED)` });
  });
});
