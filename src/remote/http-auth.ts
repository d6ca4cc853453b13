/**
 * HTTP with credentials for SPARQL stores: Basic, or Digest (RFC 7616, MD5, qop=auth) answered on
 * the server's 401 challenge, over `http-request.ts`. After the first challenge the
 * answer is sent up front on every request to that server (a fresh nonce count each time), so a
 * push does not pay a refused round trip — and a second upload of its body — per request; a
 * stale or refused answer falls back to a new challenge. Credentials never appear in errors or
 * logs. Does not: retry (see `push.ts`).
 */
import { createHash, randomBytes } from 'node:crypto';
import { httpRequest, type HttpRequest, type HttpResponse } from './http-request.js';

/** User and password for a store. */
export interface Credentials {
  user: string;
  password: string;
}

const md5 = (s: string) => createHash('md5').update(s).digest('hex');

function parseChallenge(header: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of header.replace(/^Digest\s+/i, '').matchAll(/(\w+)=(?:"([^"]*)"|([^,\s]*))/g)) out[m[1]!.toLowerCase()] = m[2] ?? m[3] ?? '';
  return out;
}

let nonceCount = 0;

function digestHeader(challenge: Record<string, string>, method: string, url: URL, creds: Credentials): string {
  const uri = url.pathname + url.search;
  const cnonce = randomBytes(8).toString('hex');
  const nc = (++nonceCount).toString(16).padStart(8, '0');
  const ha1 = md5(`${creds.user}:${challenge.realm}:${creds.password}`);
  const ha2 = md5(`${method}:${uri}`);
  const qop = challenge.qop?.split(',').map((q) => q.trim()).includes('auth') ? 'auth' : undefined;
  const response = qop ? md5(`${ha1}:${challenge.nonce}:${nc}:${cnonce}:${qop}:${ha2}`) : md5(`${ha1}:${challenge.nonce}:${ha2}`);
  return [
    `Digest username="${creds.user}"`,
    `realm="${challenge.realm}"`,
    `nonce="${challenge.nonce}"`,
    `uri="${uri}"`,
    ...(qop ? [`qop=${qop}`, `nc=${nc}`, `cnonce="${cnonce}"`] : []),
    `response="${response}"`,
    ...(challenge.opaque ? [`opaque="${challenge.opaque}"`] : []),
    'algorithm=MD5',
  ].join(', ');
}

/** The last challenge each server sent, per set of credentials. */
const challenges = new WeakMap<Credentials, Map<string, string>>();

function authorization(challenge: string, method: string, url: URL, creds: Credentials): string {
  return /^Digest/i.test(challenge) ? digestHeader(parseChallenge(challenge), method, url, creds) : `Basic ${Buffer.from(`${creds.user}:${creds.password}`).toString('base64')}`;
}

function withAuthorization(req: HttpRequest, value: string): HttpRequest {
  return { ...req, headers: { ...req.headers, authorization: value } };
}

/** A request with Basic or Digest authentication as the server asks. */
export async function authRequest(url: string, req: HttpRequest, creds?: Credentials): Promise<HttpResponse> {
  if (!creds) return httpRequest(url, req);
  const target = new URL(url);
  let known = challenges.get(creds);
  if (!known) challenges.set(creds, (known = new Map()));
  const cached = known.get(target.origin);
  const first = await httpRequest(target, cached ? withAuthorization(req, authorization(cached, req.method, target, creds)) : req);
  if (first.status !== 401) return first;
  const challenge = String(first.headers['www-authenticate'] ?? '');
  // refused although we answered the very challenge the server sent again: wrong credentials
  if (cached && cached === challenge) known.delete(target.origin);
  else known.set(target.origin, challenge);
  return httpRequest(target, withAuthorization(req, authorization(challenge, req.method, target, creds)));
}
