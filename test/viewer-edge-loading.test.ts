/**
 * Adding a large graph's edges a slice of time per task (viewer/src/edge-loading.ts): every edge
 * between known nodes goes in once (duplicates and dangling edges left out), the records kept on
 * the way rank nodes and edges exactly as a walk over the finished graph does (lod.ts), self-loops
 * are found, the bundle receives the edges read as they are added, and the work stops when the
 * graph is replaced.
 */
import { describe, expect, it } from 'vitest';
import type { BundleEdge } from '../src/graph/bundle.js';
import { syntheticBundle } from '../src/bench/viewer.js';

// display-graph.ts reaches sigma's edge programs, which name WebGL's classes when loaded
Object.assign(globalThis, { WebGL2RenderingContext: class {}, WebGLRenderingContext: class {} });
const { addEdgesSliced, rankLoadedEdges, rankLoadedNodes } = await import('../viewer/src/edge-loading.js');
const { buildDisplayNodes } = await import('../viewer/src/display-graph.js');
const { rankEdges, rankNodes } = await import('../viewer/src/lod.js');

function chunked(edges: BundleEdge[], size: number): BundleEdge[][] {
  const out: BundleEdge[][] = [];
  for (let i = 0; i < edges.length; i += size) out.push(edges.slice(i, i + size));
  return out;
}

describe('adding a large graph’s edges in slices', () => {
  const source = syntheticBundle(2000, 9000);
  const loop = { ...source.edges[0]!, key: 'loop', target: source.edges[0]!.source };
  const dangling = { ...source.edges[1]!, key: 'dangling', target: 'https://example.org/missing' };
  const edges = [...source.edges, loop, source.edges[5]!, dangling];

  it('adds each edge once, records what ranks them, and fills the bundle as it reads', async () => {
    const bundle = { ...source, edges: [] as BundleEdge[] };
    const graph = buildDisplayNodes(bundle, {});
    async function* reading() {
      for (const c of chunked(edges, 700)) yield c;
    }
    const loaded = (await addEdgesSliced(graph, bundle, reading(), true, () => true))!;
    expect(bundle.edges).toHaveLength(edges.length);
    expect(graph.size).toBe(9001); // the repeated and the dangling edge left out
    expect(loaded.keys).toEqual(graph.edges());
    expect(loaded.selfLoops).toEqual(graph.edges().filter((e) => graph.source(e) === graph.target(e)));
    expect(loaded.selfLoops).toContain('loop');
    expect(Array.from(loaded.degree)).toEqual(graph.nodes().map((n) => graph.degree(n)));
    expect(rankLoadedEdges(loaded)).toEqual(rankEdges(graph));
    expect(rankLoadedNodes(loaded)).toEqual(rankNodes(graph));
    expect(graph.hasDirectedEdge(loop.source, loop.source)).toBe(true); // graphology's own questions still answered
    expect(graph.neighbors(edges[2]!.source)).toContain(edges[2]!.target);
  });

  it('stops when the graph it fills is replaced', async () => {
    const graph = buildDisplayNodes(source, {});
    let alive = true;
    const slow = function* () {
      for (const c of chunked(source.edges, 50)) {
        const until = performance.now() + 3;
        while (performance.now() < until); // work that uses up slices
        alive = false;
        yield c;
      }
    };
    expect(await addEdgesSliced(graph, source, slow(), false, () => alive)).toBeUndefined();
    expect(graph.size).toBeLessThan(source.edges.length);
  });
});
