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
 * Triples in the one-PUT reference at most: Virtuoso 7 answers one PUT of about a million triples
 * with "SR172: Transaction deadlocked" (its parallel loader deadlocks within the one transaction),
 * so the reference rate of a corpus is measured on its first triples.
 */
export const ONE_PUT_MAX_TRIPLES = 300_000;

/**
 * The standard protocol's ceiling on a fresh Virtuoso: the distinct triples of `quads` (graphs
 * dropped; at most {@link ONE_PUT_MAX_TRIPLES}) in one Graph Store PUT, after an authenticated
 * request so the timed PUT is not refused once for its Digest challenge. Returns its time in ms
 * and the triples it carried.
 */
export async function onePutCeiling(quads: readonly Quad[], graph: string): Promise<{ ms: number; triples: number }> {
  const Virtuoso = await testVirtuoso();
  const nt = new Writer({ format: 'N-Triples' });
  const lines = new Set<string>();
  for (const q of quads) {
    if (lines.size >= ONE_PUT_MAX_TRIPLES) break;
    lines.add(nt.quadToString(q.subject, q.predicate, q.object));
  }
  const body = [...lines].join('');
  const store = await Virtuoso.create();
  try {
    const endpoint = new SparqlEndpoint({ query: store.endpoint, credentials: { user: 'dba', password: 'dba' } });
    await endpoint.replaceGraph(`${graph}:warm-up`, '<urn:newsgraph:a> <urn:newsgraph:b> <urn:newsgraph:c> .\n');
    const t = performance.now();
    await endpoint.replaceGraph(graph, body);
    return { ms: performance.now() - t, triples: lines.size };
  } finally {
    await store.stop();
  }
}
