/**
 * The throw-away Virtuoso of the tests (`test/support/virtuoso.ts`: test tooling, outside the
 * library's sources), loaded on demand for the benchmarks that measure a real store, and the
 * protocol's one-PUT ceiling they compare against. Does not: push (see `src/remote/push.ts`).
 */
import { Writer } from 'n3';
import type { Quad } from '@rdfjs/types';
import { SparqlEndpoint } from '../remote/endpoint.js';

/** What the benchmarks use of the test harness's Virtuoso. */
export interface TestVirtuoso {
  readonly dir: string;
  readonly endpoint: string;
  bulkLoad(dir: string, file: string): void;
  stop(): Promise<void>;
}

/** The harness's `Virtuoso` class. */
export async function testVirtuoso(): Promise<{ create(): Promise<TestVirtuoso> }> {
  const harness = new URL('../../test/support/virtuoso.ts', import.meta.url).href;
  return ((await import(harness)) as { Virtuoso: { create(): Promise<TestVirtuoso> } }).Virtuoso;
}

/**
 * The standard protocol's ceiling on a fresh Virtuoso: every distinct triple of `quads` (graphs
 * dropped) in one Graph Store PUT. Returns its time in ms.
 */
export async function onePutCeilingMs(quads: readonly Quad[], graph: string): Promise<number> {
  const Virtuoso = await testVirtuoso();
  const nt = new Writer({ format: 'N-Triples' });
  const body = [...new Set(quads.map((q) => nt.quadToString(q.subject, q.predicate, q.object)))].join('');
  const store = await Virtuoso.create();
  try {
    const endpoint = new SparqlEndpoint({ query: store.endpoint, credentials: { user: 'dba', password: 'dba' } });
    const t = performance.now();
    await endpoint.replaceGraph(graph, body);
    return performance.now() - t;
  } finally {
    await store.stop();
  }
}
