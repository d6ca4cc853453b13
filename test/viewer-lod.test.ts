/**
 * The viewer's ranking of a large graph's nodes and edges (viewer/src/lod.ts), which decides
 * what is drawn first: best connected first, ties in the graph's order — the same order as a
 * plain comparator sort, whether the scores are packed and sorted natively or not.
 */
import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import type { DisplayGraph } from '../viewer/src/display-graph.js';
import { seededRandom } from '../src/util/random.js';

// lod.ts reaches sigma's edge programs (through display-graph.ts), which name WebGL's classes when loaded
Object.assign(globalThis, { WebGL2RenderingContext: class {}, WebGLRenderingContext: class {} });
const { descendingOrder, rankEdges, rankNodes } = await import('../viewer/src/lod.js');

/** Indices by score, highest first, ties by index: what descendingOrder must give. */
const reference = (score: ArrayLike<number>) => Array.from(score, (_v, i) => i).sort((a, b) => score[b]! - score[a]! || a - b);

describe('ranking what a large graph draws first', () => {
  const r = seededRandom(7);

  it('orders whole scores (packed, native sort) and fractional or huge ones (comparator) the same way', () => {
    const whole = Float64Array.from({ length: 20_000 }, () => Math.floor(r() * 50)); // many ties
    expect([...descendingOrder(whole)]).toEqual(reference(whole));
    const fractional = Float64Array.from({ length: 5000 }, () => r() * 10);
    expect([...descendingOrder(fractional)]).toEqual(reference(fractional));
    const huge = Float64Array.from({ length: 5000 }, () => Math.floor(r() * 2 ** 50));
    expect([...descendingOrder(huge)]).toEqual(reference(huge));
    expect([...descendingOrder(new Float64Array(0))]).toEqual([]);
  });

  it('ranks edges between well-connected nodes first and nodes by degree', () => {
    const g: DisplayGraph = new MultiDirectedGraph({ allowSelfLoops: true });
    for (let i = 0; i < 300; i++) g.addNode(`n${i}`, { x: 0, y: 0 } as never);
    for (let i = 0; i < 2000; i++) g.addEdge(`n${Math.floor(r() ** 2 * 300)}`, `n${Math.floor(r() * 300)}`, {} as never);
    const edges = g.edges();
    const edgeScore = edges.map((e) => {
      const [s, t] = [g.degree(g.source(e)), g.degree(g.target(e))];
      return Math.min(s, t) * 1e6 + s + t;
    });
    expect(rankEdges(g)).toEqual(reference(edgeScore).map((i) => edges[i]));
    const nodes = g.nodes();
    expect(rankNodes(g)).toEqual(reference(nodes.map((n) => g.degree(n))).map((i) => nodes[i]));
  });
});
