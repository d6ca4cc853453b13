/**
 * The viewer's ranking of a large graph's nodes and edges (viewer/src/lod.ts), which decides
 * what is drawn first: best connected first, ties in the graph's order — the same order as a
 * plain comparator sort, whether the scores are sorted by their digits (a slice at a time) or not;
 * and the graph sigma is given of what is picked.
 */
import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import type { DisplayGraph } from '../viewer/src/display-graph.js';
import { seededRandom } from '../src/util/random.js';

// lod.ts reaches sigma's edge programs (through display-graph.ts), which name WebGL's classes when loaded
Object.assign(globalThis, { WebGL2RenderingContext: class {}, WebGLRenderingContext: class {} });
const { descendingOrder, drawnView, holds, orderDescending, rankEdges, rankNodes } = await import('../viewer/src/lod.js');

/** Indices by score, highest first, ties by index: what descendingOrder must give. */
const reference = (score: ArrayLike<number>) => Array.from(score, (_v, i) => i).sort((a, b) => score[b]! - score[a]! || a - b);

describe('ranking what a large graph draws first', () => {
  const r = seededRandom(7);

  it('orders whole scores (radix sort) and fractional or huge ones (comparator) the same way', () => {
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

  it('sorts by digits a slice at a time: yields on the way and ends in the same order', () => {
    const scores = Float64Array.from({ length: 100_000 }, () => Math.floor(r() * 2 ** 33)); // edge scores stay below 2^34
    const work = orderDescending(scores);
    let yields = 0;
    let step = work.next();
    for (; !step.done; step = work.next()) yields++;
    expect(yields).toBeGreaterThan(5);
    expect([...step.value]).toEqual(reference(scores));
  });

  it('gives sigma a graph of just the picked nodes and edges, attributes shared, parallel edges curved', () => {
    const g: DisplayGraph = new MultiDirectedGraph({ allowSelfLoops: true });
    for (const n of ['a', 'b', 'c']) g.addNode(n, { x: 0, y: 0 } as never);
    g.addDirectedEdgeWithKey('ab1', 'a', 'b', { type: 'straight' } as never);
    g.addDirectedEdgeWithKey('ab2', 'a', 'b', { type: 'straight' } as never);
    g.addDirectedEdgeWithKey('bc', 'b', 'c', { type: 'straight' } as never);
    const view = drawnView(g, ['a', 'b'], ['ab1', 'ab2']);
    expect([view.nodes(), view.edges()]).toEqual([['a', 'b'], ['ab1', 'ab2']]);
    expect(view.getNodeAttributes('a')).toBe(g.getNodeAttributes('a'));
    expect(view.getEdgeAttribute('ab2', 'type')).toBe('curved');
    expect(holds(view, ['b', 'a'], ['ab2', 'ab1'])).toBe(true);
    expect(holds(view, ['a', 'b'], ['ab1'])).toBe(false);
  });
});
