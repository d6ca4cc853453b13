/**
 * Benchmark: the typed query API against the embedded SPARQL engine (oxigraph) on the ~1M-quad
 * synthetic graph, in one run: a two-hop typed pattern and a point lookup. Results are compared
 * (the run fails if they differ) and the ratio printed. Goal: typed API ≥ 5× faster on the
 * two-hop pattern. Index and load times are shown separately.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Parser } from 'n3';
import type { Quad } from '@rdfjs/types';
import { GraphProjector } from '../graph/project.js';
import { NewsGraphQuery } from '../query/engine.js';
import { SparqlEngine } from '../sparql/engine.js';
import { writeSynthetic } from './synthetic.js';

const TRIPLES = Number(process.env.NEWSGRAPH_BENCH_TRIPLES ?? 1_000_000);

function time<T>(fn: () => T, runs = 5): { ms: number; result: T } {
  let result = fn();
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    result = fn();
    best = Math.min(best, performance.now() - t);
  }
  return { ms: best, result };
}

function same(a: string[], b: string[], what: string): void {
  const x = [...a].sort();
  const y = [...b].sort();
  if (x.length !== y.length || x.some((v, i) => v !== y[i])) throw new Error(`${what}: typed API and SPARQL disagree (${x.length} vs ${y.length} results)`);
}

export async function run(): Promise<void> {
  const path = join('.cache', 'bench', `synthetic-${TRIPLES}-42.nq`);
  await writeSynthetic(path, { triples: TRIPLES, seed: 42 });
  const text = readFileSync(path, 'utf8');

  let t = performance.now();
  const projector = new GraphProjector();
  await new Promise<void>((resolve, reject) =>
    new Parser({ format: 'N-Quads' }).parse(text, (err, q) => (err ? reject(err) : q ? projector.add(q as unknown as Quad) : resolve())),
  );
  const q = new NewsGraphQuery(projector.graph);
  const typedLoad = performance.now() - t;
  t = performance.now();
  const sparql = SparqlEngine.fromNQuads(text);
  const sparqlLoad = performance.now() - t;
  console.log(`loaded ${sparql.size} quads: graphology + indexes ${typedLoad.toFixed(0)} ms, oxigraph ${sparqlLoad.toFixed(0)} ms`);

  // two hops: weapon stocks, where they are stationed, who controls them, and what the controller is a member of
  const pattern = '?stock ng:stationedIn ?state . ?stock ng:controlledBy ?controller . ?controller ng:memberOf ?org';
  const query = `SELECT DISTINCT ?stock ?state ?controller ?org WHERE { ?stock ng:stationedIn ?state . ?stock ng:controlledBy ?controller . ?controller ng:memberOf ?org }`;
  const typed = time(() => q.match(pattern).map((b) => `${b.stock} ${b.state} ${b.controller} ${b.org}`));
  const sp = time(() => sparql.select(query).results.bindings.map((b) => `${String(b.stock!.value)} ${String(b.state!.value)} ${String(b.controller!.value)} ${String(b.org!.value)}`));
  same(typed.result, sp.result, 'two-hop pattern');

  const state = typed.result[0]!.split(' ')[1]!;
  const typedPoint = time(() => q.match(`?stock ng:stationedIn <${state}>`).map((b) => b.stock!), 50);
  const spPoint = time(() => sparql.select(`SELECT DISTINCT ?stock WHERE { ?stock ng:stationedIn <${state}> }`).results.bindings.map((b) => String(b.stock!.value)), 50);
  same(typedPoint.result, spPoint.result, 'point lookup');

  console.log(`two-hop pattern (${typed.result.length} rows): typed API ${typed.ms.toFixed(1)} ms, SPARQL ${sp.ms.toFixed(1)} ms → typed is ${(sp.ms / typed.ms).toFixed(1)}× faster (goal ≥ 5×)`);
  console.log(`point lookup (${typedPoint.result.length} rows):   typed API ${typedPoint.ms.toFixed(3)} ms, SPARQL ${spPoint.ms.toFixed(3)} ms → typed is ${(spPoint.ms / typedPoint.ms).toFixed(1)}× faster`);
}
