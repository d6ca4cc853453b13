/**
 * The writers on the real built graph, in every format, read back by an independent parser
 * (oxigraph's, not n3's): what was written is what was built. Turtle and N-Triples hold one
 * graph, so they are compared with the dataset merged into the default graph.
 */
import { loadInputDataset } from '../src/cli/input.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import oxigraph from 'oxigraph';
import { DataFactory } from 'n3';
import type { Quad } from '@rdfjs/types';
import { assembleDataset } from '../src/build/pipeline.js';
import { serializeRdf } from '../src/rdf/serialize.js';
import { isomorphicByValue as isomorphic } from '../src/rdf/isomorphic.js';
import type { RdfFormat } from '../src/rdf/formats.js';
import { cli } from './support/cli.js';

const MEDIA: Record<RdfFormat, string> = {
  turtle: 'text/turtle',
  trig: 'application/trig',
  ntriples: 'application/n-triples',
  nquads: 'application/n-quads',
  jsonld: 'application/ld+json',
};

let quads: Quad[];

beforeAll(async () => {
  quads = (await assembleDataset(join(process.cwd(), 'data'))).quads;
}, 120_000);

/** Quads as oxigraph reads them, as RDF/JS quads of n3's factory. */
function readBack(text: string, format: RdfFormat): Quad[] {
  const store = new oxigraph.Store();
  store.load(text, { format: MEDIA[format], base_iri: 'https://w3id.org/newsgraph/' });
  return store.match(null, null, null, null).map((q) => DataFactory.quad(term(q.subject), term(q.predicate), term(q.object), term(q.graph)) as Quad);
}

/** An oxigraph term as an n3 term, field by field (n3's own conversion misreads oxigraph's datatypes). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function term(t: any): any {
  switch (t.termType) {
    case 'NamedNode':
      return DataFactory.namedNode(t.value);
    case 'BlankNode':
      return DataFactory.blankNode(t.value);
    case 'DefaultGraph':
      return DataFactory.defaultGraph();
    case 'Literal':
      return DataFactory.literal(t.value, t.language || DataFactory.namedNode(t.datatype.value));
    default:
      throw new Error(`unexpected term ${t.termType}`);
  }
}

function merged(qs: readonly Quad[]): Quad[] {
  return qs.map((q) => DataFactory.quad(q.subject, q.predicate, q.object));
}

describe('writers on the built graph', () => {
  for (const format of ['turtle', 'trig', 'ntriples', 'nquads', 'jsonld'] as const) {
    it(`writes ${format} that an independent parser reads back as the same dataset`, async () => {
      const text = await serializeRdf(quads, format);
      const back = readBack(text, format);
      const single = format === 'turtle' || format === 'ntriples';
      expect(isomorphic(back, single ? merged(quads) : quads)).toBe(true);
    });
  }

  it('`newsgraph export --format nt` writes the built graph', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'newsgraph-export-')), 'graph.nt');
    const r = await cli('export', '--format', 'nt', '--out', out);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    // the graph the command works on: a build left in out/ when there is one (a developer's checkout), else this data built now (a fresh clone)
    const built = await loadInputDataset(undefined);
    expect(isomorphic(readBack(readFileSync(out, 'utf8'), 'ntriples'), merged(built))).toBe(true);
  });
});
