/**
 * The documented order of query answers, shared by the in-memory engine and the remote one so
 * both give the same lists for the same data: relations by subject, predicate, object; entity
 * lists (neighbourhood nodes, what a statement is about) by hop distance, then IRI; name matches
 * by score, then label, then IRI; timeline entries by date, kind, label; the steps a path search
 * tries from a node by neighbour, predicate, direction (so both find the same paths first).
 * Does not: decide what is in an answer.
 */
import { compareTime } from '../model/time.js';
import type { EntityRef, FindResult, PathStep, Relation, TimelineEntry } from './types.js';

/** Code-unit order of two strings (locale-independent). */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Relations by subject, predicate, object. */
export function compareRelations(a: Relation, b: Relation): number {
  return compareStrings(a.subject, b.subject) || compareStrings(a.predicate, b.predicate) || compareStrings(a.object, b.object);
}

/** Name matches: best score first, then label, then IRI. */
export function compareFindResults(a: FindResult, b: FindResult): number {
  return b.score - a.score || a.label.localeCompare(b.label) || compareStrings(a.iri, b.iri);
}

/** Entity references by IRI. */
export function compareEntityRefs(a: EntityRef, b: EntityRef): number {
  return compareStrings(a.iri, b.iri);
}

/** Nodes of a neighbourhood: the centre (hop 0) first, then by hop distance, then by IRI. */
export function orderByHop(hops: ReadonlyMap<string, number>): string[] {
  return [...hops].sort((a, b) => a[1] - b[1] || compareStrings(a[0], b[0])).map(([k]) => k);
}

const KIND_RANK = { event: 0, fact: 1, statement: 2 } as const;

/** Timeline entries: by date, then events before facts before statements, then label. */
export function compareTimelineEntries(x: TimelineEntry, y: TimelineEntry): number {
  return compareTime(x.date, y.date) || KIND_RANK[x.kind] - KIND_RANK[y.kind] || x.label.localeCompare(y.label);
}

/** Steps out of one node, in the order a path search tries them: neighbour, predicate, forward first. */
export function comparePathSteps(p: Pick<PathStep, 'to' | 'predicate' | 'direction'>, q: Pick<PathStep, 'to' | 'predicate' | 'direction'>): number {
  return compareStrings(p.to, q.to) || compareStrings(p.predicate, q.predicate) || compareStrings(p.direction, q.direction);
}
