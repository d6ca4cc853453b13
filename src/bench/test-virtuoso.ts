/**
 * The throw-away Virtuoso of the tests (`test/support/virtuoso.ts`: test tooling, outside the
 * library's sources), loaded on demand for the benchmarks that measure a real store; the
 * protocol's one-PUT ceiling they compare against, and a timed push, each on a fresh server with
 * the same settings ({@link BENCH_INI}). Does not: push by itself (see `src/remote/push.ts`).
 */
import { Writer } from 'n3';
import type { Quad } from '@rdfjs/types';
import { SparqlEndpoint } from '../remote/endpoint.js';
import { pushDataset, type PushOptions } from '../remote/push.js';

/**
 * virtuoso.ini settings of every benchmark server, reference and push alike: the buffer pool the
 * stock ini suggests for 2 GB of RAM (1.3 GB; its default is 80 MB), so that pushing a corpus of
 * millions of triples is not measured against the disk while the one-PUT reference fits in memory.
 */
export const BENCH_INI = { Parameters: { NumberOfBuffers: 170_000, MaxDirtyBuffers: 130_000 } };

/** What the benchmarks use of the test harness's Virtuoso. */
export interface TestVirtuoso {
  readonly dir: string;
  readonly endpoint: string;
  bulkLoad(dir: string, file: string): void;
  stop(): Promise<void>;
}

/** The harness's `Virtuoso` class. */
export async function testVirtuoso(): Promise<{ create(settings?: typeof BENCH_INI): Promise<TestVirtuoso> }> {
  const harness = new URL('../../test/support/virtuoso.ts', import.meta.url).href;
  return ((await import(harness)) as { Virtuoso: { create(settings?: typeof BENCH_INI): Promise<TestVirtuoso> } }).Virtuoso;
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
  const store = await Virtuoso.create(BENCH_INI);
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

/**
 * The quads of the first whole named graphs of `quads` (in their order) whose distinct triples
 * fit in one reference PUT ({@link ONE_PUT_MAX_TRIPLES}): the same triples for both sides.
 */
export function firstGraphs(quads: readonly Quad[], max = ONE_PUT_MAX_TRIPLES): Quad[] {
  const nt = new Writer({ format: 'N-Triples' });
  const byGraph = new Map<string, Quad[]>();
  for (const q of quads) {
    const list = byGraph.get(q.graph.value);
    if (list) list.push(q);
    else byGraph.set(q.graph.value, [q]);
  }
  const lines = new Set<string>();
  const out: Quad[] = [];
  for (const graph of byGraph.values()) {
    const own = graph.map((q) => nt.quadToString(q.subject, q.predicate, q.object));
    if (lines.size + new Set(own.filter((l) => !lines.has(l))).size > max) break;
    for (const l of own) lines.add(l);
    out.push(...graph);
  }
  return out;
}

/** `newsgraph push` of `quads` into a fresh server: wall and client CPU time (ms), graphs and triples written. */
export async function timedPush(quads: readonly Quad[], options: PushOptions = {}): Promise<{ ms: number; cpuMs: number; graphs: number; triples: number }> {
  const Virtuoso = await testVirtuoso();
  const store = await Virtuoso.create(BENCH_INI);
  try {
    const endpoint = new SparqlEndpoint({ query: store.endpoint, credentials: { user: 'dba', password: 'dba' } });
    const t = performance.now();
    const c0 = process.cpuUsage();
    const report = await pushDataset(endpoint, quads, options);
    const c = process.cpuUsage(c0);
    return { ms: performance.now() - t, cpuMs: (c.user + c.system) / 1000, graphs: report.graphs.length, triples: report.triplesWritten };
  } finally {
    await store.stop();
  }
}
