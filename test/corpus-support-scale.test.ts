/**
 * Fact support at corpus scale: a generated corpus (src/bench/corpus-generator.ts) of a few hundred
 * articles, whose facts are shared by many documents each. `corroborated` counts support from the
 * quads locally, and in lean paged queries over oxigraph behind the standard protocols — where
 * one aggregate query, or a join of a shared fact node's triples in the union default graph,
 * overflowed the store — and both give the same answer.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateCorpus } from '../src/bench/corpus-generator.js';
import { readArticles } from '../src/ingest/read.js';
import { storeArticle } from '../src/ingest/store.js';
import { buildGraph, type BuildResult } from '../src/build/pipeline.js';
import { CorpusQueries } from '../src/corpus/corpus-queries.js';
import { SparqlEndpoint } from '../src/remote/endpoint.js';
import { pushDataset } from '../src/remote/push.js';
import { startProtocolStore } from './support/protocol-store.js';

const ARTICLES = 240;
let dir: string;
let built: BuildResult;
const plain = (x: unknown) => JSON.parse(JSON.stringify(x)) as unknown;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'newsgraph-support-scale-'));
  const inputs = join(dir, 'inputs');
  const sources = join(dir, 'data', 'sources');
  for (const d of [inputs, sources]) mkdirSync(d, { recursive: true });
  copyFileSync('data/entities.ttl', join(dir, 'data', 'entities.ttl'));
  for (const a of generateCorpus({ articles: ARTICLES, seed: 12 })) {
    writeFileSync(join(inputs, a.fileName), a.content);
    if (a.format === 'txt') writeFileSync(join(inputs, `${a.id}.meta.json`), JSON.stringify({ id: a.id, language: a.language, published: a.published, publisher: a.publisher, title: a.title }));
  }
  for (const a of readArticles([inputs], {}).articles) storeArticle(a, sources);
  built = await buildGraph({ dataDir: join(dir, 'data'), write: false, validate: false, cacheDir: false });
}, 300_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('corroborated at corpus scale', () => {
  it('counts support from the quads: every answer has its publishers, widely shared facts included', async () => {
    const facts = await CorpusQueries.fromQuads(built.quads).corroborated({ min: 2 });
    expect(facts.length).toBeGreaterThan(50);
    for (const f of facts) {
      expect(f.publishers.length).toBeGreaterThanOrEqual(2);
      expect(new Set(f.sources.map((s) => s.document)).size).toBe(f.sources.length);
      expect(f.firstSeen <= f.lastSeen).toBe(true);
    }
    // some facts are told by many outlets (each told by every document: their rdf:object triple once per document graph)
    expect(Math.max(...facts.map((f) => f.sources.length))).toBeGreaterThanOrEqual(20);
  });

  it('gives the same answer from oxigraph behind the standard protocols, in lean paged queries', async () => {
    const store = await startProtocolStore();
    try {
      const endpoint = new SparqlEndpoint({ query: store.query, credentials: store.credentials });
      await pushDataset(endpoint, built.quads);
      const local = CorpusQueries.fromQuads(built.quads);
      const remote = CorpusQueries.fromEndpoint(endpoint);
      expect(plain(await remote.corroborated({ min: 2 }))).toEqual(plain(await local.corroborated({ min: 2 })));
      expect(plain(await remote.corroborated({ min: 4, subject: 'Russia' }))).toEqual(plain(await local.corroborated({ min: 4, subject: 'Russia' })));
    } finally {
      await store.close();
    }
  }, 300_000);
});
