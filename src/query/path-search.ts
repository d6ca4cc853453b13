/**
 * The one path search, shared by the typed queries (`plans.ts`: the CLI's `path`, the API's
 * `paths`, over the local graph or a store) and the viewer's path finder, so both give the same
 * paths in the same order: breadth-first distances to the target bound a depth-first walk over
 * simple paths of at most `maxLength` steps, each node's steps in {@link comparePathSteps} order;
 * shortest paths first. Browser-safe. Does not: know where steps come from (the caller's `expand`
 * fetches them, `stepsOf` reads them) or attach evidence.
 */
import type { PathStep } from './types.js';
import type { Plan } from './query-index.js';

/** A step of a path without its evidence. */
export type BareStep = Omit<PathStep, 'evidence'>;

/** Bounds of a search. */
export interface PathBounds {
  maxLength: number;
  limit: number;
}

/**
 * Simple paths from `a` to `z`, shortest first, at most `limit`. `expand(nodes)` makes the steps of
 * those nodes readable through `stepsOf` (a plan: a store fetches them, a graph has them).
 */
export function* searchPaths<S extends BareStep>(a: string, z: string, bounds: PathBounds, expand: (nodes: string[]) => Plan<void>, stepsOf: (n: string) => readonly S[]): Plan<S[][]> {
  const { maxLength, limit } = bounds;
  // distances to the target bound the search
  const dist = new Map<string, number>([[z, 0]]);
  let frontier = [z];
  for (let d = 1; d <= maxLength && frontier.length; d++) {
    yield* expand(frontier);
    const next: string[] = [];
    for (const n of frontier) for (const st of stepsOf(n)) if (!dist.has(st.to)) dist.set(st.to, d), next.push(st.to);
    frontier = next;
  }
  const found: S[][] = [];
  if (!dist.has(a)) return found;
  yield* expand([a]);
  const visit = (n: string, path: S[], onPath: Set<string>) => {
    if (found.length >= limit * 4) return;
    if (n === z) {
      found.push([...path]);
      return;
    }
    if (path.length >= maxLength) return;
    for (const st of stepsOf(n)) {
      const d = dist.get(st.to);
      if (d === undefined || path.length + 1 + d > maxLength || onPath.has(st.to)) continue;
      onPath.add(st.to);
      path.push(st);
      visit(st.to, path, onPath);
      path.pop();
      onPath.delete(st.to);
    }
  };
  visit(a, [], new Set([a]));
  found.sort((x, y) => x.length - y.length);
  return found.slice(0, limit);
}
