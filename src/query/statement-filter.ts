/**
 * The statement query's rules, shared by the in-memory engine and the remote one: which date
 * bounds are valid, which statement records a query keeps (speaker, topic, date range: a
 * statement dated "March 2023" is inside a range ending 2023-03), their order, and the label a
 * statement has on a timeline. Does not: find candidate statements (each engine does).
 */
import { compareTime, makeTime } from '../model/time.js';
import type { Precision, TimeValue } from '../model/types.js';
import { QueryError, type StatementQuery, type StatementRecord } from './types.js';

const PRECISION_OF_LENGTH: Record<number, Precision> = { 4: 'year', 7: 'month', 10: 'day' };

/** A date bound as a time value. @throws QueryError unless it is a real YYYY, YYYY-MM or YYYY-MM-DD. */
function dateBound(name: 'from' | 'to', d: string): TimeValue {
  const precision = PRECISION_OF_LENGTH[d.length];
  if (!precision || !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(d)) throw new QueryError(`${name}: dates must be YYYY, YYYY-MM or YYYY-MM-DD, got ${JSON.stringify(d)}`);
  try {
    return makeTime(d, precision);
  } catch (err) {
    throw new QueryError(`${name}: ${JSON.stringify(d)} is not a real date (${(err as Error).message})`);
  }
}

/** @throws QueryError unless `from` and `to` are real YYYY, YYYY-MM or YYYY-MM-DD dates and `from` is not after `to`. */
export function checkDateBounds(query: StatementQuery): void {
  const from = query.from === undefined ? undefined : dateBound('from', query.from);
  const to = query.to === undefined ? undefined : dateBound('to', query.to);
  if (from && to && from.earliest > to.latest) throw new QueryError(`the date range is empty: from ${query.from} is after to ${query.to}`);
}

/** The last day a bound of year or month precision covers (a day's own upper end otherwise). */
function padEnd(d: string): string {
  return d.length === 4 ? `${d}-12-31` : d.length === 7 ? `${d}-31` : d;
}

/**
 * The records a query keeps (`speaker` and `about` resolved to IRIs), in date order, then by
 * where their evidence starts.
 */
export function keepStatements(records: Iterable<StatementRecord>, query: StatementQuery, speaker?: string, about?: string): StatementRecord[] {
  const out: StatementRecord[] = [];
  for (const r of records) {
    if (speaker && r.speaker.iri !== speaker) continue;
    if (about && !r.about.some((x) => x.iri === about)) continue;
    if (query.from && (!r.date || r.date.latest < query.from)) continue;
    if (query.to && (!r.date || r.date.earliest > padEnd(query.to))) continue;
    out.push(r);
  }
  return out.sort((a, b) => (a.date && b.date ? compareTime(a.date, b.date) : 0) || (a.evidence[0]?.start ?? 0) - (b.evidence[0]?.start ?? 0));
}

/** A statement on a timeline: speaker and the start of what was said. */
export function statementLabel(r: StatementRecord): string {
  const said = r.quote ?? r.content;
  return `${r.speaker.label}: ${said.length > 80 ? `${said.slice(0, 79)}…` : said}`;
}
