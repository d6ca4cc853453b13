/**
 * GEXF and JSON-LD are written piece by piece: GEXF node by node with the bytes graphology-gexf's
 * writer gives for the same graph; JSON-LD one named graph at a time with the bytes of compacting
 * the whole dataset at once; `export --out` streams into a temporary file that is renamed only
 * when complete.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MultiDirectedGraph } from 'graphology';
import { write as graphologyGexf } from 'graphology-gexf';
import { DataFactory } from 'n3';
import type { Quad } from '@rdfjs/types';
import { assembleDataset } from '../src/build/pipeline.js';
import { datasetToBundle, type ViewerBundle } from '../src/graph/bundle.js';
import { writeGexf } from '../src/graph/gexf.js';
import { quadsToJsonLd } from '../src/rdf/jsonld.js';
import { sortQuads, writeRdf } from '../src/rdf/serialize.js';
import { dedupe } from '../src/rdf/isomorphic.js';
import { cli } from './support/cli.js';

let quads: Quad[];
let bundle: ViewerBundle;

beforeAll(async () => {
  quads = (await assembleDataset(join(process.cwd(), 'data'))).quads;
  bundle = datasetToBundle(quads);
}, 120_000);

/** The same graph through graphology-gexf (pretty, GEXF 1.3): the reference text. */
function referenceGexf(b: ViewerBundle): string {
  const g = new MultiDirectedGraph({ allowSelfLoops: true });
  for (const n of b.nodes) g.addNode(n.key, { label: n.label, category: n.category, classes: n.classes.join(' '), ...(n.date ? { date: n.date.value, earliest: n.date.earliest, latest: n.date.latest } : {}), sources: n.sources.length });
  for (const e of b.edges) {
    g.addDirectedEdgeWithKey(e.key, e.source, e.target, { label: b.terms[e.predicate]?.label ?? e.predicate, predicate: e.predicate, kind: e.kind, ...(e.date ? { date: e.date.value, earliest: e.date.earliest, latest: e.date.latest } : {}), evidence: e.evidence.length });
  }
  type Attrs = Record<string, unknown>;
  return graphologyGexf(g, {
    version: '1.3',
    formatNode: (key: string, attrs: Attrs) => ({ label: String(attrs.label ?? key), attributes: attrs }),
    formatEdge: (_key: string, attrs: Attrs) => ({ label: String(attrs.label ?? ''), attributes: attrs }),
  } as never);
}

function pieces(write: (out: (chunk: string) => void) => void): string[] {
  const out: string[] = [];
  write((chunk) => out.push(chunk));
  return out;
}

describe('GEXF, streamed', () => {
  it('gives graphology-gexf’s bytes for the built graph, never the whole text in one piece', () => {
    const parts = pieces((out) => writeGexf(bundle, out));
    const text = parts.join('');
    expect(text).toBe(referenceGexf(bundle));
    expect(bundle.nodes.length).toBeGreaterThan(20);
    expect(Math.max(...parts.map((p) => p.length))).toBeLessThan(text.length / 2);
  });

  it('escapes, infers types and writes empty parts as graphology-gexf does', () => {
    const base = bundle.nodes[0]!;
    const odd: ViewerBundle = {
      ...bundle,
      nodes: [
        { ...base, key: 'a&"<>\t', label: 'A "x" <y> & \'z\'\n\r\t', category: 'state', classes: [] },
        { ...base, key: 'b', label: '', category: '', classes: ['x', 'y'], sources: [] },
      ],
      edges: [{ ...bundle.edges[0]!, key: 'e&1', source: 'a&"<>\t', target: 'b', kind: '' as never, evidence: [] }],
    };
    expect(pieces((out) => writeGexf(odd, out)).join('')).toBe(referenceGexf(odd));
    const empty: ViewerBundle = { ...bundle, nodes: [], edges: [] };
    expect(pieces((out) => writeGexf(empty, out)).join('')).toBe(referenceGexf(empty));
  });

  it('refuses an edge to a missing node, as graphology does', () => {
    const broken: ViewerBundle = { ...bundle, edges: [{ ...bundle.edges[0]!, target: 'nowhere' }] };
    expect(() => writeGexf(broken, () => {})).toThrow(/edge .* refers to the missing node "nowhere"/);
  });
});

describe('JSON-LD, streamed one named graph at a time', () => {
  it('gives the bytes of compacting the whole dataset at once, in pieces no larger than a graph', async () => {
    const parts: string[] = [];
    await writeRdf(quads, 'jsonld', (chunk) => parts.push(chunk));
    const text = parts.join('');
    const whole = `${JSON.stringify(await quadsToJsonLd(sortQuads(dedupe(quads))), null, 2)}\n`;
    expect(text).toBe(whole);
    expect(Math.max(...parts.map((p) => p.length))).toBeLessThan(text.length / 2);
  });

  it('still refuses a graph it cannot read back, naming the way out', async () => {
    const g = DataFactory.namedNode('https://w3id.org/newsgraph/graph/a');
    const bad = [
      DataFactory.quad(DataFactory.namedNode('https://example.org/ok'), DataFactory.namedNode('https://example.org/p'), DataFactory.literal('x'), g),
      DataFactory.quad(DataFactory.namedNode('https://example.org/has\u00a0space'), DataFactory.namedNode('https://example.org/p'), DataFactory.literal('y'), DataFactory.namedNode('https://w3id.org/newsgraph/graph/b')),
    ] as Quad[];
    await expect(writeRdf(bad, 'jsonld', () => {})).rejects.toThrow(/cannot be written as JSON-LD.*use TriG or N-Quads/);
  });
});

describe('`newsgraph export --out`', () => {
  it('streams GEXF and JSON-LD into the file, with the bytes of the build’s writers', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsgraph-export-stream-'));
    for (const format of ['gexf', 'jsonld'] as const) {
      const out = join(dir, `graph.${format}`);
      const r = await cli('export', '--format', format, '--data', 'data', '--out', out);
      expect(r.err).toBe('');
      expect(r.code).toBe(0);
      const parts: string[] = [];
      if (format === 'gexf') writeGexf(bundle, (c) => parts.push(c));
      else await writeRdf(quads, 'jsonld', (c) => parts.push(c));
      expect(readFileSync(out, 'utf8')).toBe(parts.join(''));
    }
    expect(readdirSync(dir).sort()).toEqual(['graph.gexf', 'graph.jsonld']);
  });

  it('a dataset that cannot be written leaves the old file and no temporary file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsgraph-export-fail-'));
    const input = join(dir, 'in.nq');
    writeFileSync(input, '<https://example.org/has\u00a0space> <https://example.org/p> "y" <https://w3id.org/newsgraph/graph/b> .\n<https://example.org/ok> <https://example.org/p> "x" <https://w3id.org/newsgraph/graph/a> .\n');
    const out = join(dir, 'graph.jsonld');
    writeFileSync(out, 'old');
    const r = await cli('export', '--format', 'jsonld', '--in', input, '--out', out);
    expect(r.code).not.toBe(0);
    expect(r.err).toMatch(/JSON-LD/);
    expect(readFileSync(out, 'utf8')).toBe('old');
    expect(readdirSync(dir).sort()).toEqual(['graph.jsonld', 'in.nq']);
    expect(existsSync(join(dir, 'graph.jsonld'))).toBe(true);
  });
});
