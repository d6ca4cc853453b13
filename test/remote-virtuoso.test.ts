import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import type { Quad } from '@rdfjs/types';
import { DataFactory } from 'n3';
import { assembleDataset } from '../src/build/pipeline.js';
import { SparqlEndpoint } from '../src/remote/endpoint.js';
import { pushDataset, PushError, PUSH_MANIFEST_GRAPH } from '../src/remote/push.js';
import { isomorphicByValue as isomorphic } from '../src/rdf/isomorphic.js';
import { generateSyntheticDataset } from '../src/bench/synthetic.js';
import { Virtuoso } from '../src/remote/virtuoso-process.js';
import { cli } from './support/cli.js';

if (!existsSync('/usr/bin/virtuoso-t')) throw new Error('virtuoso-t is missing: install Debian virtuoso-opensource (see .ci/run)');

let v: Virtuoso;
let endpoint: SparqlEndpoint;
const credentials = { user: 'dba', password: 'dba' };

async function graphCounts(e: SparqlEndpoint): Promise<Map<string, number>> {
  const res = await e.select(`SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), "https://w3id.org/newsgraph/") || STRSTARTS(STR(?g), "urn:newsgraph:")) } GROUP BY ?g`);
  return new Map(res.results.bindings.map((b) => [b.g!.value as string, Number(b.n!.value)]));
}

function localCounts(quads: Quad[]): Map<string, number> {
  const sets = new Map<string, Set<string>>();
  for (const q of quads) {
    const s = sets.get(q.graph.value) ?? new Set();
    s.add(`${q.subject.value} ${q.predicate.value} ${q.object.termType}${q.object.value}${q.object.termType === 'Literal' ? q.object.language + q.object.datatype.value : ''}`);
    sets.set(q.graph.value, s);
  }
  return new Map([...sets].map(([g, s]) => [g, s.size]));
}

beforeAll(async () => {
  v = await Virtuoso.create();
  endpoint = new SparqlEndpoint({ query: v.endpoint, credentials });
}, 90_000);

afterAll(async () => {
  await v?.stop();
});

describe('push to a real Virtuoso', () => {
  it('pushes the seed graph, one named graph per source, and reads each back isomorphic', async () => {
    const { quads } = await assembleDataset();
    const report = await pushDataset(endpoint, quads);
    expect(report.graphs.every((g) => g.status === 'written')).toBe(true);
    for (const graph of new Set(quads.map((q) => q.graph.value))) {
      const local = quads.filter((q) => q.graph.value === graph).map((q) => DataFactory.quad(q.subject, q.predicate, q.object) as Quad);
      const remote = await endpoint.construct(`CONSTRUCT { ?s ?p ?o } WHERE { GRAPH <${graph}> { ?s ?p ?o } }`);
      expect(remote.length, graph).toBe(localCounts(quads).get(graph));
      expect(isomorphic(remote, local), graph).toBe(true);
    }
    // a re-run changes nothing and doubles nothing
    const before = await graphCounts(endpoint);
    const again = await pushDataset(endpoint, quads);
    expect(again.graphs.every((g) => g.status === 'unchanged')).toBe(true);
    expect(await graphCounts(endpoint)).toEqual(before);
    // a forced re-push replaces, never appends
    await pushDataset(endpoint, quads, { replace: true });
    expect(await graphCounts(endpoint)).toEqual(before);
    expect([...before.keys()].some((g) => g.startsWith('urn:newsgraph:staging'))).toBe(false);
    expect(before.has(PUSH_MANIFEST_GRAPH)).toBe(true);
  }, 120_000);

  it('survives the server being killed mid-push: the re-run completes and the store holds exactly the graph', async () => {
    const quads = generateSyntheticDataset({ triples: 60_000, seed: 11 });
    let killed = false;
    const crash = pushDataset(endpoint, quads, {
      batchSize: 1000,
      attempts: 2,
      onProgress: (done) => {
        if (!killed && done > 15_000) {
          killed = true;
          void v.kill();
        }
      },
    });
    const err = await crash.then(() => undefined, (e: unknown) => e);
    expect(err).toBeInstanceOf(PushError);
    expect((err as Error).message).toMatch(/push stopped at (or after )?<.*>: .*running the push again completes it/);
    await v.start();
    const done = await pushDataset(endpoint, quads, { batchSize: 1000 });
    expect(done.graphs.some((g) => g.status === 'written')).toBe(true);
    const remote = await graphCounts(endpoint);
    for (const [g, n] of localCounts(quads)) expect(remote.get(g), g).toBe(n);
    expect([...remote.keys()].filter((g) => g.startsWith('urn:newsgraph:staging'))).toEqual([]);
    const g = [...localCounts(quads).keys()].find((x) => x.includes('synthetic-7'))!;
    const back = await endpoint.construct(`CONSTRUCT { ?s ?p ?o } WHERE { GRAPH <${g}> { ?s ?p ?o } }`);
    expect(isomorphic(back, quads.filter((q) => q.graph.value === g).map((q) => DataFactory.quad(q.subject, q.predicate, q.object) as Quad))).toBe(true);
  }, 180_000);

  it('never prints credentials, and reports a refused login clearly', async () => {
    const secret = 'not-the-password-4711';
    const r = await cli('push', '--endpoint', v.endpoint, '--user', 'dba', '--password', secret, '--in', 'data/entities.ttl', '--graph', 'https://w3id.org/newsgraph/graph/test');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/401/);
    expect(r.err + r.out).not.toContain(secret);
    const missing = await cli('push', '--in', 'data/entities.ttl');
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/--endpoint URL or set NEWSGRAPH_ENDPOINT/);
  }, 60_000);
});
