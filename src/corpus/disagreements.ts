/**
 * Finding where sources disagree, from the rows of `sparql.ts`:
 * - **value**: a single-valued relation (`SINGLE_VALUED`: dates, places of signing, …) or a
 *   numeric one given two values that cannot both hold — time values whose ranges do not overlap
 *   ("Mitte Juni" and "15 June" agree), different places, different numbers — by different sets
 *   of documents;
 * - **event**: events of one class with the same identity (what they are about, else their
 *   agents, else their participants) told with dates that do not overlap but lie within
 *   {@link EVENT_WINDOW_DAYS} days of each other (further apart they are two events), or with
 *   overlapping dates and different places;
 * - **claimed**: a fact some publishers assert that another publisher only reports as said (a
 *   statement's claim is the triple, or the statement is about both its ends) and never asserts.
 * Does not: query anything.
 */
import type { ClaimDisagreement, DateRef, Disagreement, EventDisagreement, SourceRef, TermRef, ValueDisagreement } from './types.js';
import { datesOverlap } from './utterances.js';

/** Dates of one event told further apart than this are two events, not a disagreement. */
export const EVENT_WINDOW_DAYS = 31;

const DAY = 86_400_000;

/** A fact row as `disagreements` needs it. */
export interface ValueRow {
  subject: TermRef;
  predicate: TermRef;
  object: TermRef;
  date?: DateRef;
  source: SourceRef;
}

/** An event fact row. */
export interface EventRow {
  event: TermRef;
  eventClass: TermRef;
  /** Local name of the predicate (`about`, `agent`, `participant`, `date`, `location`). */
  relation: string;
  object: TermRef;
  date?: DateRef;
  source: SourceRef;
}

/** A claimed-fact row. */
export interface ClaimRow {
  fact: string;
  subject: TermRef;
  predicate: TermRef;
  object: TermRef;
  basis: 'claim' | 'about';
  polarity?: 'affirmative' | 'negative';
  statement: string;
  speaker: TermRef;
  claimedIn: SourceRef;
  assertedIn: SourceRef;
}

/** Publisher identity: case-insensitive name. */
export const publisherKey = (s: SourceRef): string => s.publisher.trim().toLowerCase();

const range = (d: DateRef): [number, number] => [Date.parse(d.earliest), Date.parse(d.latest)];

function addSource(list: SourceRef[], s: SourceRef): void {
  if (!list.some((x) => x.document === s.document)) list.push(s);
}

const bySource = (a: SourceRef, b: SourceRef) => a.published.localeCompare(b.published) || a.document.localeCompare(b.document);
const docSet = (l: SourceRef[]) => l.map((s) => s.document).sort().join(' ');

function compatible(a: { object: TermRef; date?: DateRef }, b: { object: TermRef; date?: DateRef }): boolean {
  if (a.object.value === b.object.value) return true;
  if (a.date && b.date) return datesOverlap(range(a.date), range(b.date));
  return false;
}

/** Value disagreements among single-valued and numeric facts. */
export function valueDisagreements(rows: readonly ValueRow[]): ValueDisagreement[] {
  const groups = new Map<string, Map<string, { object: TermRef; date?: DateRef; sources: SourceRef[] }>>();
  const heads = new Map<string, { subject: TermRef; predicate: TermRef }>();
  for (const r of rows) {
    const k = `${r.subject.value} ${r.predicate.value}`;
    heads.set(k, { subject: r.subject, predicate: r.predicate });
    const vals = groups.get(k) ?? new Map();
    const v = vals.get(r.object.value) ?? { object: r.object, ...(r.date ? { date: r.date } : {}), sources: [] };
    addSource(v.sources, r.source);
    vals.set(r.object.value, v);
    groups.set(k, vals);
  }
  const out: ValueDisagreement[] = [];
  for (const [k, vals] of groups) {
    const list = [...vals.values()];
    const clash = list.some((a, i) => list.slice(i + 1).some((b) => !compatible(a, b) && docSet(a.sources) !== docSet(b.sources)));
    if (!clash) continue;
    out.push({ kind: 'value', ...heads.get(k)!, values: list.map((v) => ({ object: v.object, sources: v.sources.sort(bySource) })).sort((a, b) => b.sources.length - a.sources.length || a.object.value.localeCompare(b.object.value)) });
  }
  return out.sort((a, b) => a.subject.value.localeCompare(b.subject.value) || a.predicate.value.localeCompare(b.predicate.value));
}

interface EventInfo {
  event: TermRef;
  eventClass: TermRef;
  identity: Map<string, TermRef[]>;
  date?: DateRef;
  places: TermRef[];
  sources: SourceRef[];
}

/** Same event, different dates or places. */
export function eventDisagreements(rows: readonly EventRow[]): EventDisagreement[] {
  const events = new Map<string, EventInfo>();
  for (const r of rows) {
    const e: EventInfo = events.get(r.event.value) ?? { event: r.event, eventClass: r.eventClass, identity: new Map(), places: [], sources: [] };
    addSource(e.sources, r.source);
    if (r.relation === 'date' && r.date) e.date ??= r.date;
    else if (r.relation === 'location') {
      if (!e.places.some((p) => p.value === r.object.value)) e.places.push(r.object);
    } else {
      const list = e.identity.get(r.relation) ?? [];
      if (!list.some((x) => x.value === r.object.value)) list.push(r.object);
      e.identity.set(r.relation, list);
    }
    events.set(r.event.value, e);
  }
  const groups = new Map<string, { identity: TermRef[]; events: EventInfo[] }>();
  for (const e of events.values()) {
    const identity = e.identity.get('about') ?? e.identity.get('agent') ?? e.identity.get('participant');
    if (!identity?.length) continue;
    const ids = [...identity].sort((a, b) => a.value.localeCompare(b.value));
    const key = `${e.eventClass.value} ${ids.map((x) => x.value).join(' ')}`;
    const g = groups.get(key) ?? { identity: ids, events: [] };
    g.events.push(e);
    groups.set(key, g);
  }
  const out: EventDisagreement[] = [];
  for (const g of groups.values()) {
    if (g.events.length < 2) continue;
    const differs = new Set<'date' | 'place'>();
    const involved = new Set<EventInfo>();
    for (const [i, a] of g.events.entries()) {
      for (const b of g.events.slice(i + 1)) {
        if (!a.date || !b.date) continue;
        const [ra, rb] = [range(a.date), range(b.date)];
        const near = Math.abs(ra[0] - rb[0]) <= EVENT_WINDOW_DAYS * DAY;
        if (!datesOverlap(ra, rb) && near) differs.add('date');
        else if (datesOverlap(ra, rb) && a.places.length && b.places.length && !a.places.some((p) => b.places.some((q) => q.value === p.value))) differs.add('place');
        else continue;
        involved.add(a).add(b);
      }
    }
    if (!differs.size) continue;
    out.push({
      kind: 'event',
      eventClass: g.events[0]!.eventClass,
      identity: g.identity,
      differs: [...differs].sort(),
      events: [...involved]
        .sort((a, b) => (a.date?.earliest ?? '').localeCompare(b.date?.earliest ?? '') || a.event.value.localeCompare(b.event.value))
        .map((e) => ({ event: e.event, ...(e.date ? { date: e.date } : {}), places: e.places, sources: e.sources.sort(bySource) })),
    });
  }
  return out;
}

/** Facts one publisher asserts and another only reports as said. */
export function claimDisagreements(rows: readonly ClaimRow[]): ClaimDisagreement[] {
  const facts = new Map<string, { head: ClaimRow; asserted: SourceRef[]; claims: Map<string, ClaimRow> }>();
  for (const r of rows) {
    const f = facts.get(r.fact) ?? { head: r, asserted: [], claims: new Map() };
    addSource(f.asserted, r.assertedIn);
    const prev = f.claims.get(r.statement);
    if (!prev || (prev.basis === 'about' && r.basis === 'claim')) f.claims.set(r.statement, r);
    facts.set(r.fact, f);
  }
  const out: ClaimDisagreement[] = [];
  for (const f of facts.values()) {
    const asserting = new Set(f.asserted.map(publisherKey));
    const claimedBy = [...f.claims.values()]
      .filter((c) => !asserting.has(publisherKey(c.claimedIn)))
      .sort((a, b) => bySource(a.claimedIn, b.claimedIn) || a.statement.localeCompare(b.statement))
      .map((c) => ({ statement: c.statement, speaker: c.speaker, source: c.claimedIn, basis: c.basis, ...(c.polarity ? { polarity: c.polarity } : {}) }));
    if (!claimedBy.length) continue;
    out.push({ kind: 'claimed', subject: f.head.subject, predicate: f.head.predicate, object: f.head.object, assertedBy: f.asserted.sort(bySource), claimedBy });
  }
  return out.sort((a, b) => a.subject.value.localeCompare(b.subject.value) || a.predicate.value.localeCompare(b.predicate.value) || a.object.value.localeCompare(b.object.value));
}

/** All three kinds, values first. */
export function allDisagreements(values: readonly ValueRow[], events: readonly EventRow[], claims: readonly ClaimRow[]): Disagreement[] {
  return [...valueDisagreements(values), ...eventDisagreements(events), ...claimDisagreements(claims)];
}
