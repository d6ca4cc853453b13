/**
 * The viewer's path finder: the shortest path between two drawn nodes, found by the same search
 * as the CLI's `path` and the API's `paths` (`src/query/path-search.ts`) over the same relations
 * (a statement's speaker and topic links are not relations), so both name the same path.
 * Does not: draw it or resolve names (focus.ts does).
 */
import { comparePathSteps } from '../../src/query/order.js';
import { searchPaths, type BareStep } from '../../src/query/path-search.js';
import { runSync } from '../../src/query/query-index.js';
import type { DisplayGraph } from './display-graph.js';

/** The most steps a path may have (as the API allows). */
const MAX_LENGTH = 8;

/** The shortest path from `from` to `to`: its nodes and the edges of each step, or undefined. */
export function shortestPath(graph: DisplayGraph, from: string, to: string): { nodes: string[]; edges: string[] } | undefined {
  const steps = new Map<string, Array<BareStep & { edge: string }>>();
  const stepsOf = (n: string) => {
    let list = steps.get(n);
    if (!list) {
      list = [];
      graph.forEachOutEdge(n, (edge, a, _s, t) => void (a.record.kind !== 'statement' && list!.push({ from: n, predicate: a.record.predicate, to: t, direction: 'forward', edge })));
      graph.forEachInEdge(n, (edge, a, s) => void (a.record.kind !== 'statement' && list!.push({ from: n, predicate: a.record.predicate, to: s, direction: 'backward', edge })));
      list.sort(comparePathSteps);
      steps.set(n, list);
    }
    return list;
  };
  function* nothingToFetch(): Generator<never, void> {}
  // shortest first: the first length that has a path
  for (let maxLength = 1; maxLength <= MAX_LENGTH; maxLength++) {
    const [path] = runSync(searchPaths(from, to, { maxLength, limit: 1 }, nothingToFetch, stepsOf));
    if (path) return { nodes: [from, ...path.map((s) => s.to)], edges: path.map((s) => s.edge) };
  }
  return undefined;
}
