/**
 * Reading a large bundle a slice at a time (viewer/src/bundle-loader.ts, json-scan.ts): the same
 * bundle as one `JSON.parse` and `unpackBundle`, with strings that hold quotes, backslashes,
 * brackets and the field names themselves; the edges from the edge table (version 3) with their
 * extras, and from a version 2 edge list (older bundles still open); the edges held back only
 * when there are more than the limit; a bundle whose fields are not in the written order read
 * whole; a damaged edge table named in the error.
 */
import { describe, expect, it } from 'vitest';
import { bundleJson } from '../src/build/pipeline.js';
import { packBundle, unpackBundle } from '../src/graph/bundle-wire.js';
import { versionTwoJson } from './support/bundle-v2.js';
import type { BundleEdge, ViewerBundle } from '../src/graph/bundle.js';
import { syntheticBundle } from '../src/bench/viewer.js';
import { readBundle } from '../viewer/src/bundle-loader.js';
import { arraySlices, skipValue } from '../viewer/src/json-scan.js';

const TRICKY = 'a "quoted" \\ back\\slash ] } [ { ,"edges":[ ,"nodes":[ \\"';

/** A synthetic bundle whose texts, evidence and documents hold everything the scanner must step over. */
function trickyBundle(nodes: number, edges: number): ViewerBundle {
  const b = syntheticBundle(nodes, edges);
  b.documents.push({ iri: 'https://example.org/doc', publisher: TRICKY, text: TRICKY, sentences: [{ start: 0, end: 3 }] });
  b.nodes[1]!.label = TRICKY;
  b.nodes[2]!.aliases.push({ value: TRICKY, lang: 'en' });
  b.edges[3]!.evidence.push({ document: 'https://example.org/doc', sentence: 0, start: 0, end: 3, exact: TRICKY, rule: 'r', confidence: 1 });
  b.edges[4]!.sources.push('https://example.org/doc');
  return b;
}

async function readAll(text: string, limit: number, slicedAbove: number): Promise<{ bundle: ViewerBundle; later: number }> {
  const { bundle, moreEdges } = await readBundle(text, limit, slicedAbove);
  let later = 0;
  if (moreEdges)
    for await (const chunk of moreEdges as AsyncIterable<BundleEdge[]>) {
      later += chunk.length;
      bundle.edges.push(...chunk);
    }
  return { bundle, later };
}

describe('reading a bundle in slices', () => {
  const bundle = trickyBundle(3000, 8000);
  const text = bundleJson(bundle);
  const whole = unpackBundle(JSON.parse(text));

  it('gives the same bundle as one JSON.parse, the edges a chunk at a time when there are many', async () => {
    const { bundle: sliced, later } = await readAll(text, 5000, 1000);
    expect(later).toBe(8000);
    expect(sliced).toEqual(whole);
  });

  it('reads a few edges at once, and small texts whole', async () => {
    const few = bundleJson(trickyBundle(200, 300));
    expect((await readAll(few, 5000, 1000)).later).toBe(0);
    expect((await readAll(few, 5000, 1000)).bundle).toEqual(unpackBundle(JSON.parse(few)));
    expect((await readAll(text, 5000, Infinity)).later).toBe(0);
  });

  it('writes the edges as an edge table with the extras of the edges that have any', () => {
    const packed = packBundle(bundle);
    expect(packed.version).toBe(3);
    expect(packed.edgeTable.count).toBe(8000);
    expect(packed.edgeExtras.map(([i]) => i)).toEqual([3, 4]);
    expect(text.indexOf('"edgeExtras"')).toBeGreaterThan(text.indexOf('"edgeTable"')); // last, to be read in slices
  });

  it('still reads a version 2 bundle (edges as a list), in slices and whole', async () => {
    const old = versionTwoJson(bundle);
    const { bundle: sliced, later } = await readAll(old, 5000, 1000);
    expect(later).toBe(8000);
    expect(sliced).toEqual(whole);
    expect((await readAll(old, 5000, Infinity)).bundle).toEqual(whole);
  });

  it('reads a bundle whose fields are in another order whole', async () => {
    const { edgeExtras, ...rest } = packBundle(bundle);
    const reordered = JSON.stringify({ version: 3, edgeExtras, ...rest });
    expect((await readAll(reordered, 5000, 1000)).bundle).toEqual(whole);
  });

  it('names a damaged edge table', async () => {
    const packed = packBundle(trickyBundle(200, 300));
    const short = JSON.stringify({ ...packed, edgeTable: { ...packed.edgeTable, source: packed.edgeTable.source.slice(0, 8) } });
    await expect(readAll(short, 5000, 1000)).rejects.toThrow(/edge table source: 6 bytes for 300 values/);
    const wrong = JSON.stringify({ ...packed, edgeTable: { ...packed.edgeTable, count: 301 } });
    await expect(readAll(wrong, 5000, 1000)).rejects.toThrow(/edge table source: 1200 bytes for 301 values/);
  });

  it('finds the ends of values and slices arrays without parsing them', () => {
    const json = `[1, "x\\"]", {"a": [2, "}"]}, [[]], true, null, -3.5e2 ]`;
    expect(skipValue(json, 0)).toBe(json.length);
    expect([...arraySlices(json, 0, 3)].map((s) => JSON.parse(s) as unknown)).toEqual([
      [1, 'x"]', { a: [2, '}'] }],
      [[[]], true, null],
      [-350],
    ]);
    expect(() => skipValue('["open', 0)).toThrow(/unterminated string at character 1/);
  });
});
