/**
 * A small static HTTP server for the viewer: `viewer/dist` plus the build outputs (`bundle.json`,
 * `graph.ttl` …) on localhost — a file's `.gz` copy, where the build wrote one, to browsers that
 * accept gzip — and optionally the remote-store routes (`remote-api.ts`).
 * Does not: build anything, or serve files outside its two directories.
 */
import { createServer, type Server } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { RemoteApi } from './remote-api.js';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ttl': 'text/turtle; charset=utf-8',
  '.trig': 'application/trig; charset=utf-8',
  '.nq': 'application/n-quads; charset=utf-8',
  '.jsonld': 'application/ld+json; charset=utf-8',
  '.gexf': 'application/xml; charset=utf-8',
};

/** Resolve a URL path inside `dir`, or undefined if it escapes or does not exist. */
function inside(dir: string, urlPath: string): string | undefined {
  const rel = normalize(decodeURIComponent(urlPath)).replace(/^([/\\])+/, '');
  const full = resolve(dir, rel);
  if (full !== resolve(dir) && !full.startsWith(resolve(dir) + sep)) return undefined;
  return existsSync(full) && statSync(full).isFile() ? full : undefined;
}

/** Options of the server. */
export interface ServeOptions {
  /** Built viewer (`viewer/dist`). */
  viewerDir: string;
  /** Build outputs (`out/`), served at the root beside the viewer. */
  dataDir: string;
  port: number;
  host?: string;
  /** Routes onto a remote store (`/api/remote…`), when browsing one. */
  remoteApi?: RemoteApi;
}

/** Start serving; resolves once listening, with the URL. A taken port is a clear error. */
export function startServer(options: ServeOptions): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    if (options.remoteApi?.(req, res)) return;
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const file = path === '/' ? join(options.viewerDir, 'index.html') : (inside(options.dataDir, path) ?? inside(options.viewerDir, path));
    if (!file || (req.method !== 'GET' && req.method !== 'HEAD')) {
      res.writeHead(file ? 405 : 404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(file ? 'method not allowed' : 'not found');
      return;
    }
    // a gzip copy written beside the file (and not older than it) goes to browsers that accept it
    const gz = `${file}.gz`;
    const compressed = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? '')) && existsSync(gz) && statSync(gz).mtimeMs >= statSync(file).mtimeMs;
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
      'x-content-type-options': 'nosniff',
      vary: 'accept-encoding',
      ...(compressed ? { 'content-encoding': 'gzip' } : {}),
    });
    if (req.method === 'HEAD') res.end();
    else createReadStream(compressed ? gz : file).pipe(res);
  });
  const host = options.host ?? '127.0.0.1';
  return new Promise((resolvePromise, reject) => {
    server.once('error', (err: NodeJS.ErrnoException) => {
      reject(err.code === 'EADDRINUSE' ? new Error(`port ${options.port} is already in use; choose another with --port`) : err);
    });
    server.listen(options.port, host, () => {
      const addr = server.address();
      const port = typeof addr === 'object' && addr ? addr.port : options.port;
      resolvePromise({ server, url: `http://localhost:${port}/` });
    });
  });
}
