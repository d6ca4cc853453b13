/**
 * Fetching the page's bundle off the page's thread: a worker (bundle-worker.ts) fetches the text
 * and cuts it into pieces, which arrive here one message each, for bundle-loader.ts to read a
 * slice per task. The browser reads a large body on the thread that fetches it in tasks as long as
 * the download, and the whole text of a large bundle is a long task to decode and to copy; the
 * page does neither. Without workers, the page fetches the text itself (decoded a chunk per task)
 * and cuts it as it reads.
 * Does not: read the pieces (bundle-loader.ts).
 */
import { cutBundle, responseText, type BundlePiece } from './bundle-loader.js';
import type { BundleRequest } from './bundle-worker.js';

/** The pieces as they arrive, in order; an error once the worker reports one. */
class Arrivals implements AsyncIterator<BundlePiece> {
  private readonly items: BundlePiece[] = [];
  private waiting: { resolve: (r: IteratorResult<BundlePiece>) => void; reject: (e: Error) => void } | undefined;
  private error: Error | undefined;
  private ended = false;
  /** Pieces received so far. */
  received = 0;

  push(piece: BundlePiece): void {
    if (this.received++ === 0) performance.mark('newsgraph:bundle-fetched');
    const w = this.waiting;
    this.waiting = undefined;
    if (w) w.resolve({ value: piece, done: false });
    else this.items.push(piece);
  }

  end(error?: Error): void {
    this.ended = true;
    this.error = error;
    const w = this.waiting;
    this.waiting = undefined;
    if (w && error) w.reject(error);
    else if (w) w.resolve({ value: undefined, done: true });
  }

  next(): Promise<IteratorResult<BundlePiece>> {
    if (this.items.length > 0) return Promise.resolve({ value: this.items.shift(), done: false });
    if (this.error) return Promise.reject(this.error);
    if (this.ended) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve, reject) => (this.waiting = { resolve, reject }));
  }
}

/**
 * The pieces of the bundle at `src` (relative to the page), fetched from now on; reading them
 * fails with `status statusText` for a response that is not ok. `signal` stops the fetch.
 */
export function fetchBundle(src: string, edgeLimit: number, signal: AbortSignal): AsyncIterator<BundlePiece> {
  const url = new URL(src, location.href).href;
  let worker: Worker;
  try {
    worker = new Worker(new URL('./bundle-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return fetchOnPage(url, edgeLimit, signal);
  }
  const arrivals = new Arrivals();
  let fallback: AsyncIterator<BundlePiece> | undefined;
  signal.addEventListener('abort', () => {
    worker.terminate();
    arrivals.end(new DOMException('aborted', 'AbortError'));
  });
  worker.onmessage = (e: MessageEvent<{ piece?: BundlePiece; done?: true; error?: string }>) => {
    if (e.data.error !== undefined || e.data.done) {
      worker.terminate();
      arrivals.end(e.data.error !== undefined ? new Error(e.data.error) : undefined);
    } else arrivals.push(e.data.piece);
  };
  worker.onerror = (e) => {
    // a worker that cannot start: the page fetches the bundle itself
    e.preventDefault();
    worker.terminate();
    if (arrivals.received === 0) fallback = fetchOnPage(url, edgeLimit, signal);
    else arrivals.end(new Error(e.message || 'the bundle worker failed'));
  };
  worker.postMessage({ url, edgeLimit } satisfies BundleRequest);
  return { next: () => (fallback ?? arrivals).next() };
}

/** {@link fetchBundle} on the page: the text decoded a chunk per task, then cut as it is read. */
function fetchOnPage(url: string, edgeLimit: number, signal: AbortSignal): AsyncIterator<BundlePiece> {
  const pieces = (async function* () {
    const res = await fetch(url, { signal });
    if (!res.ok) throw new Error(`${res.status} ${res.statusText}`);
    const text = await responseText(res);
    performance.mark('newsgraph:bundle-fetched');
    yield* cutBundle(text, edgeLimit);
  })();
  return pieces;
}
