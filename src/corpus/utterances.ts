/**
 * Grouping reports into utterances: different outlets telling of the same thing a speaker said.
 *
 * The rule: two reports of one speaker, from different documents, tell of one utterance when
 * their dates can be the same day (date intervals overlap; a report without a date counts from
 * {@link UTTERANCE_RULE.undatedDays} days before its publication to its publication) and they
 * share a topic (an entity the statement is about) or, in one language, their wording overlaps
 * (token Jaccard ≥ {@link UTTERANCE_RULE.similarity}). Groups are closed transitively. Does not:
 * query anything.
 */
import type { DateRef, Report } from './types.js';

/** The parameters of the rule, defined once. */
export const UTTERANCE_RULE = { undatedDays: 2, similarity: 0.3 } as const;

const DAY = 86_400_000;

function interval(r: Report): [number, number] {
  if (r.date) return [Date.parse(r.date.earliest), Date.parse(r.date.latest)];
  const p = Date.parse(r.source.published);
  return [p - UTTERANCE_RULE.undatedDays * DAY, p];
}

/** Two date ranges that share a day. */
export function datesOverlap(a: [number, number], b: [number, number]): boolean {
  return a[0] <= b[1] && b[0] <= a[1];
}

function tokens(s: string): Set<string> {
  return new Set((s.toLowerCase().match(/\p{L}{3,}/gu) ?? []));
}

function jaccard(a: Set<string>, b: Set<string>): number {
  let inter = 0;
  for (const x of a) if (b.has(x)) inter++;
  const union = a.size + b.size - inter;
  return union === 0 ? 0 : inter / union;
}

/** Whether two reports (same speaker) tell of one utterance. */
export function sameUtterance(a: Report, b: Report): boolean {
  if (a.source.document === b.source.document) return false;
  if (!datesOverlap(interval(a), interval(b))) return false;
  if (a.about.some((x) => b.about.includes(x))) return true;
  return a.language !== undefined && a.language === b.language && jaccard(tokens(a.content), tokens(b.content)) >= UTTERANCE_RULE.similarity;
}

/** The narrowest date among reports (the one with the shortest interval). */
export function narrowestDate(reports: readonly Report[]): DateRef | undefined {
  const dated = reports.map((r) => r.date).filter((d): d is DateRef => !!d);
  return dated.sort((x, y) => Date.parse(x.latest) - Date.parse(x.earliest) - (Date.parse(y.latest) - Date.parse(y.earliest)) || x.value.localeCompare(y.value))[0];
}

/** Reports of one speaker → groups of one utterance each, in date order. */
export function groupReports(reports: readonly Report[]): Report[][] {
  const parent = reports.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  for (let i = 0; i < reports.length; i++) {
    for (let j = i + 1; j < reports.length; j++) if (sameUtterance(reports[i]!, reports[j]!)) parent[find(j)] = find(i);
  }
  const groups = new Map<number, Report[]>();
  reports.forEach((r, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), r]));
  const start = (g: Report[]) => Math.min(...g.map((r) => interval(r)[0]));
  return [...groups.values()]
    .map((g) => g.sort((x, y) => x.source.published.localeCompare(y.source.published) || x.statement.localeCompare(y.statement)))
    .sort((x, y) => start(x) - start(y) || x[0]!.statement.localeCompare(y[0]!.statement));
}
