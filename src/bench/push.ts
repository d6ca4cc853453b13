/**
 * Benchmark: pushing a synthetic graph into a real Virtuoso (`newsgraph push`: graphs the store
 * lacks several to a request by Virtuoso's N-Quads loader, Graph Store requests per graph for the
 * rest, staging + MOVE for large ones, manifest), against Virtuoso's own
 * bulk loader (ld_dir + rdf_loader_run) on the same N-Quads in the same run, on a fresh
 * database each; plus the ceiling of the standard protocol on this server — every triple in one
 * Graph Store Protocol PUT into one graph, which no per-graph push can beat — and the latency of a
 * remote neighbours query. Goal: push ≥ 50% of bulk load.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Writer } from 'n3';
import { SparqlEndpoint } from '../remote/endpoint.js';
import { pushDataset } from '../remote/push.js';
import { RemoteQueries } from '../remote/queries.js';
import { generateSyntheticDataset } from './synthetic.js';
import { onePutCeiling, testVirtuoso } from './test-virtuoso.js';

const TRIPLES = Number(process.env.NEWSGRAPH_BENCH_PUSH_TRIPLES ?? 200_000);

export async function run(): Promise<void> {
  const Virtuoso = await testVirtuoso();
  const quads = generateSyntheticDataset({ triples: TRIPLES, seed: 5 });
  const writer = new Writer({ format: 'N-Quads' });
  const nquads = quads.map((q) => writer.quadToString(q.subject, q.predicate, q.object, q.graph)).join('');

  const bulk = await Virtuoso.create();
  let bulkMs: number;
  try {
    writeFileSync(join(bulk.dir, 'data.nq'), nquads);
    const t = performance.now();
    bulk.bulkLoad(bulk.dir, 'data.nq');
    bulkMs = performance.now() - t;
  } finally {
    await bulk.stop();
  }

  // the protocol's ceiling: all triples (graphs dropped) in one PUT, on a fresh database
  const { ms: ceilingMs } = await onePutCeiling(quads, 'urn:newsgraph:bench:ceiling');

  const v = await Virtuoso.create();
  try {
    const endpoint = new SparqlEndpoint({ query: v.endpoint, credentials: { user: 'dba', password: 'dba' } });
    const t = performance.now();
    const report = await pushDataset(endpoint, quads, { batchSize: 10_000 });
    const pushMs = performance.now() - t;
    const again = performance.now();
    await pushDataset(endpoint, quads);
    const rerunMs = performance.now() - again;
    const state = quads.find((q) => q.predicate.value.endsWith('#stationedIn'))!.object.value;
    const time = async (fn: () => Promise<unknown>) => {
      const ms: number[] = [];
      for (let i = 0; i < 20; i++) {
        const t0 = performance.now();
        await fn();
        ms.push(performance.now() - t0);
      }
      return ms.sort((a, b) => a - b);
    };
    const latencies = await time(() => endpoint.select(`SELECT ?s ?p WHERE { ?s ?p <${state}> }`));
    const remote = new RemoteQueries(endpoint);
    const typed = await time(() => remote.neighbors(state));
    const hood = await remote.neighbors(state);
    const rate = (ms: number) => `${((report.graphs.reduce((n, g) => n + g.triples, 0) / ms) * 1000).toFixed(0)} triples/s`;
    console.log(`synthetic graph: ${quads.length} quads in ${report.graphs.length} named graphs`);
    console.log(`Virtuoso bulk load (reference): ${bulkMs.toFixed(0)} ms  ${rate(bulkMs)}`);
    console.log(`one GSP PUT of everything:     ${ceilingMs.toFixed(0)} ms  ${rate(ceilingMs)}  → ${((bulkMs / ceilingMs) * 100).toFixed(0)}% of bulk load (the protocol's ceiling here)`);
    console.log(`newsgraph push (GSP, per graph): ${pushMs.toFixed(0)} ms  ${rate(pushMs)}  → ${((bulkMs / pushMs) * 100).toFixed(0)}% of bulk load (goal ≥ 50%), ${((ceilingMs / pushMs) * 100).toFixed(0)}% of the ceiling`);
    console.log(`re-run (all unchanged):         ${rerunMs.toFixed(0)} ms`);
    console.log(`remote neighbours, one SELECT:  median ${latencies[10]!.toFixed(1)} ms, p95 ${latencies[18]!.toFixed(1)} ms`);
    console.log(`remote neighbours, typed API:   median ${typed[10]!.toFixed(1)} ms, p95 ${typed[18]!.toFixed(1)} ms (${hood.nodes.length} nodes, ${hood.relations.length} relations with evidence)`);
  } finally {
    await v.stop();
  }
}
