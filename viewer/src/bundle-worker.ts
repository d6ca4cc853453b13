/**
 * The worker that fetches the page's bundle and cuts it into pieces (bundle-loader.ts:
 * `cutBundle`), posting each as it is cut — the edge table's columns transferred, not copied — so
 * the page never reads, decodes or scans the whole text. Messages: `{ piece }` each, then
 * `{ done: true }`, or `{ error }`.
 * Does not: build anything the page draws (the page reads the pieces, bundle-loader.ts).
 */
import { cutBundle } from './bundle-loader.js';

/** What the page asks: the bundle's address and the edge limit (see `readPieces`). */
export interface BundleRequest {
  url: string;
  edgeLimit: number;
}

const post = (message: unknown, transfer: Transferable[] = []) => (self as unknown as { postMessage(m: unknown, t: Transferable[]): void }).postMessage(message, transfer);

self.onmessage = async (e: MessageEvent<BundleRequest>) => {
  try {
    const res = await fetch(e.data.url);
    if (!res.ok) throw new Error(`${res.status} ${res.statusText}`);
    const text = await res.text();
    for (const piece of cutBundle(text, e.data.edgeLimit)) {
      if (piece === undefined) continue; // (a worker has no page to let in)
      const transfer = 'columns' in piece ? [...new Set([piece.columns.source, piece.columns.target, piece.columns.predicate, piece.columns.kind].map((c) => c.buffer as ArrayBuffer))] : [];
      post({ piece }, transfer);
    }
    post({ done: true });
  } catch (err) {
    post({ error: err instanceof Error ? err.message : String(err) });
  }
};
