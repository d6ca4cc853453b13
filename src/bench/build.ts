/**
 * Benchmark: building the graphology projection from N-Quads, against raw n3 parsing of the same
 * text in the same run, and the heap the projection keeps per triple.
 *
 * Prints: raw parse throughput (n3 streaming parse that only counts quads — the fastest way n3
 * reads; n3's array-returning parse is shown too), build throughput (the same parse feeding
 * GraphProjector), their ratio (goal ≥ 0.5), and heap bytes per quad retained by the built graph
 * (goal ≤ 400; needs `--expose-gc`, which `npm run bench` passes). Best of three runs each.
 * Also prints the floor: graphology's own insertion of the same nodes and edges with keys prepared,
 * plain and with the dictionary-mode adjacency the projector gives its nodes, and how the build
 * time splits into parse, that floor, and the projector's own work (including garbage collection).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Parser } from 'n3';
import type { Quad } from '@rdfjs/types';
import { GraphProjector, createNewsGraph, dictionaryAdjacency } from '../graph/project.js';
import { writeSynthetic } from './synthetic.js';

const TRIPLES = Number(process.env.NEWSGRAPH_BENCH_TRIPLES ?? 1_000_000);
const RUNS = 3;

function streamParse(text: string, onQuad: (q: Quad) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    new Parser({ format: 'N-Quads' }).parse(text, (err, quad) => {
      if (err) reject(err);
      else if (quad) onQuad(quad as unknown as Quad);
      else resolve();
    });
  });
}

function gc(): void {
  const g = (globalThis as { gc?: () => void }).gc;
  if (g) {
    g();
    g();
  }
}

async function best(fn: () => Promise<void> | void): Promise<number> {
  let min = Infinity;
  for (let i = 0; i < RUNS; i++) {
    gc();
    const t = performance.now();
    await fn();
    min = Math.min(min, performance.now() - t);
  }
  return min;
}

const rate = (n: number, ms: number) => `${((n / ms) * 1000 / 1e3).toFixed(0)} k quads/s`;

export async function run(): Promise<void> {
  const path = join('.cache', 'bench', `synthetic-${TRIPLES}-42.nq`);
  const made = await writeSynthetic(path, { triples: TRIPLES, seed: 42 });
  const text = readFileSync(made.path, 'utf8');
  let n = 0;
  await streamParse(text, () => n++);
  console.log(`synthetic graph: ${n} quads, ${(text.length / 1e6).toFixed(1)} MB N-Quads (${made.path})`);

  const syncMs = await best(() => {
    new Parser({ format: 'N-Quads' }).parse(text);
  });
  const parseMs = await best(() => streamParse(text, () => {}));
  const buildMs = await best(async () => {
    const p = new GraphProjector();
    await streamParse(text, (q) => p.add(q));
  });

  // the floor: graphology's own insertion of the same nodes and edges, keys prepared beforehand
  const prepared = new GraphProjector();
  await streamParse(text, (q) => prepared.add(q));
  const nodeKeys = prepared.graph.nodes();
  const edgeList: Array<[string, string, string]> = [];
  prepared.graph.forEachEdge((k, _a, s, t) => edgeList.push([k, s, t]));
  const insert = (dictionary: boolean) => () => {
    const g = createNewsGraph();
    const empty = { classes: [], classGraphs: [], literals: {}, literalGraphs: {} };
    for (const k of nodeKeys) {
      g.addNode(k, empty);
      if (dictionary) dictionaryAdjacency(g, k);
    }
    const attrs = { predicate: '', graphs: [] as string[] };
    for (const [k, s, t] of edgeList) g.addDirectedEdgeWithKey(k, s, t, attrs);
  };
  const plainFloorMs = await best(insert(false));
  const floorMs = await best(insert(true));

  gc();
  const before = process.memoryUsage().heapUsed;
  let projector: GraphProjector | undefined = new GraphProjector();
  await streamParse(text, (q) => projector!.add(q));
  gc();
  const after = process.memoryUsage().heapUsed;
  const { order, size } = projector.graph;
  projector = undefined;
  gc();
  const released = process.memoryUsage().heapUsed;
  const retained = Math.max(after - before, after - released);
  const hasGc = typeof (globalThis as { gc?: unknown }).gc === 'function';

  console.log(`raw n3 parse (streaming, reference): ${parseMs.toFixed(0)} ms  ${rate(n, parseMs)}`);
  console.log(`raw n3 parse (array-returning):      ${syncMs.toFixed(0)} ms  ${rate(n, syncMs)}`);
  console.log(`build into graphology:               ${buildMs.toFixed(0)} ms  ${rate(n, buildMs)}  (${order} nodes, ${size} edges)`);
  console.log(`graphology insertion alone (floor): ${floorMs.toFixed(0)} ms  for the same ${nodeKeys.length} nodes and ${edgeList.length} edges, keys prepared, dictionary-mode adjacency (plain graphology: ${plainFloorMs.toFixed(0)} ms)`);
  console.log(`build / raw parse throughput:        ${(parseMs / buildMs).toFixed(2)}×  (goal ≥ 0.5×; vs array-returning parse ${(syncMs / buildMs).toFixed(2)}×)`);
  console.log(`build time = parse ${((parseMs / buildMs) * 100).toFixed(0)}% + graphology floor ${((floorMs / buildMs) * 100).toFixed(0)}% + projection work ${(((buildMs - parseMs - floorMs) / buildMs) * 100).toFixed(0)}%`);
  console.log(`heap per quad retained by the graph: ${hasGc ? `${(retained / n).toFixed(0)} bytes` : 'n/a (run with --expose-gc)'}  (goal ≤ 400)`);
}
