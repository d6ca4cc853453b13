/**
 * The corpus questions as a typed API, over the local graph or a SPARQL 1.1 store alike:
 * facts supported by at least N independent publishers, what a speaker said (about a topic) over
 * time across sources, and where sources disagree. Every answer comes from the SELECTs in
 * `sparql.ts`, run by the embedded engine or the store, and is shaped here by the same code, so
 * local and remote answers are equal.
 *
 * Does: run the queries, label terms, shape answers. Does not: build indexes of its own (entity
 * names are resolved by the query engine given to it), or decide the grouping and disagreement
 * rules (`utterances.ts`, `disagreements.ts`).
 */
import type { Quad } from '@rdfjs/types';
import type { Iri } from '../model/types.js';
import { expandPrefixed, NG, NG_INDIVIDUAL, PREFIXES } from '../model/vocab.js';
import { SparqlEngine, withProjectPrefixes, type SparqlBindingsJson, type SparqlJsonTerm } from '../sparql/engine.js';
import type { SparqlEndpoint } from '../remote/endpoint.js';
import { NewsGraphQuery } from '../query/engine.js';
import { RemoteQueries } from '../remote/queries.js';
import { claimedFactsQuery, claimsQuery, eventClassesQuery, eventsQuery, labelsQuery, singleValuedQuery, statementsQuery } from './sparql.js';
import { remoteSupport, type SupportSource } from './support.js';
import { addLabel, localLabels, localSupport, type LabelLookup } from './local.js';
import { allDisagreements, publisherKey, type ClaimRow, type EventRow, type ValueRow } from './disagreements.js';
import { groupReports, narrowestDate } from './utterances.js';
import type { DateRef, Disagreement, FactSupport, Report, SourceRef, TermRef, Utterance } from './types.js';

/** Anything that runs a SPARQL SELECT: the embedded engine or a store. */
export interface SelectRunner {
  select(sparql: string): SparqlBindingsJson | Promise<SparqlBindingsJson>;
}

/** Turns an entity name (label, alias, prefixed name or IRI) into its IRI. */
export type EntityResolver = (name: string) => string | Promise<string>;

/** Options of {@link CorpusQueries.said}. */
export interface SaidOptions {
  /** Only utterances about this entity (a topic of the statement, or an end of one of its claims). */
  about?: string;
  /** ISO date bounds on the utterance date (or, undated, the publication date). */
  from?: string;
  to?: string;
}

type Row = Record<string, SparqlJsonTerm | undefined>;
/** IRIs per VALUES block. */
const LABEL_CHUNK = 200;

const v = (row: Row, name: string): string | undefined => {
  const t = row[name];
  return t && t.type !== 'triple' ? t.value : undefined;
};
const langOf = (t: SparqlJsonTerm | undefined): string | undefined => (t?.type === 'literal' ? t['xml:lang'] : undefined);

/** The corpus questions. */
export class CorpusQueries {
  private readonly labels = new Map<string, string>();

  private readonly support: SupportSource;
  private readonly labelLookup: LabelLookup;

  /**
   * @param direct fact support and labels taken from the data directly (default: lean paged
   * queries through `runner`, see `support.ts`, and label queries).
   */
  constructor(
    private readonly runner: SelectRunner,
    private readonly resolver: EntityResolver,
    direct?: { support: SupportSource; labels: LabelLookup },
  ) {
    this.support = direct?.support ?? remoteSupport(async (q) => runner.select(q));
    this.labelLookup = direct?.labels ?? ((iris) => this.queryLabels(iris));
  }

  /**
   * Over a dataset in memory: fact support and labels from the quads (`local.ts`), the other
   * questions by the embedded SPARQL engine (loaded on first use); names resolved like `NewsGraphQuery`.
   */
  static fromQuads(quads: readonly Quad[]): CorpusQueries {
    let index: NewsGraphQuery | undefined;
    let engine: SparqlEngine | undefined;
    return new CorpusQueries({ select: (q) => (engine ??= SparqlEngine.fromQuads(quads)).select(q) }, (name) => (index ??= NewsGraphQuery.fromQuads([...quads])).resolve(name), {
      support: localSupport(quads),
      labels: localLabels(quads),
    });
  }

  /** Over a SPARQL 1.1 store (names resolved like `RemoteQueries`). */
  static fromEndpoint(endpoint: SparqlEndpoint): CorpusQueries {
    const remote = new RemoteQueries(endpoint);
    return new CorpusQueries({ select: (q) => endpoint.select(withProjectPrefixes(q).text) }, (name) => remote.resolve(name));
  }

  private async rows(sparql: string): Promise<Row[]> {
    return (await this.runner.select(sparql)).results.bindings as Row[];
  }

  private async iriOf(name: string): Promise<Iri> {
    const expanded = expandPrefixed(name.trim());
    return /^https?:\/\//.test(expanded) ? expanded : this.resolver(name);
  }

  /** Labels of some IRIs by language (the least spelling where a language has several), by label queries. */
  private async queryLabels(iris: readonly Iri[]): Promise<Map<Iri, Map<string, string>>> {
    const found = new Map<Iri, Map<string, string>>();
    for (let i = 0; i < iris.length; i += LABEL_CHUNK) {
      for (const r of await this.rows(labelsQuery(iris.slice(i, i + LABEL_CHUNK)))) {
        const byLang = found.get(v(r, 'x')!) ?? (found.set(v(r, 'x')!, new Map()), found.get(v(r, 'x')!)!);
        addLabel(byLang, langOf(r.l) ?? '', v(r, 'l')!);
      }
    }
    return found;
  }

  /** Fetch labels (English first, then German, then any) for the IRIs not labelled yet. */
  private async label(iris: Iterable<string>): Promise<void> {
    const todo = [...new Set(iris)].filter((x) => !this.labels.has(x) && /^https?:|^urn:/.test(x));
    const found = await this.labelLookup(todo);
    for (const x of todo) {
      const byLang = found.get(x);
      const pick = byLang && (byLang.get('en') ?? byLang.get('de') ?? [...byLang.entries()].sort()[0]?.[1]);
      this.labels.set(x, pick ?? x.replace(PREFIXES.ng, 'ng:').replace(/^.*\/(?=[^/]+$)/, ''));
    }
  }

  private term(t: SparqlJsonTerm | undefined): TermRef {
    if (!t) return { value: '', kind: 'literal', label: '' };
    if (t.type === 'uri') return { value: t.value, kind: 'iri', label: this.labels.get(t.value) ?? t.value };
    const value = t.type === 'triple' ? JSON.stringify(t.value) : t.value;
    return { value, kind: 'literal', label: value };
  }

  private iriTerm(iri: string): TermRef {
    return { value: iri, kind: 'iri', label: this.labels.get(iri) ?? iri };
  }

  private static source(row: Row, p = ''): SourceRef {
    const doc = v(row, `${p}doc`)!;
    return { document: doc, publisher: v(row, `${p}publisher`) ?? doc.replace(/^.*\//, ''), published: v(row, `${p}published`)!.slice(0, 10) };
  }

  private static date(row: Row, value = 'date'): DateRef | undefined {
    const earliest = v(row, 'earliest');
    const latest = v(row, 'latest');
    const val = v(row, value);
    return earliest && latest && val ? { value: val, earliest: earliest.slice(0, 10), latest: latest.slice(0, 10) } : undefined;
  }

  private async labelRows(rows: Row[], vars: string[]): Promise<void> {
    await this.label(rows.flatMap((r) => vars.map((x) => r[x]).flatMap((t) => (t?.type === 'uri' ? [t.value] : []))));
  }

  /**
   * Asserted facts supported by at least `min` independent publishers (distinct publisher names,
   * case-insensitive; a document without a publisher is its own), most supported first.
   */
  async corroborated(options: { min?: number; subject?: string } = {}): Promise<FactSupport[]> {
    const min = options.min ?? 2;
    if (!Number.isInteger(min) || min < 1) throw new RangeError(`min must be a positive integer, got ${JSON.stringify(options.min)}`);
    const subject = options.subject ? await this.iriOf(options.subject) : undefined;
    const supported = await this.support.supported(min, subject);
    await this.label(supported.flatMap((f) => [f.s, f.p, f.o].flatMap((t) => (t.type === 'uri' ? [t.value] : []))));
    const out = supported.map((f): FactSupport => {
      const names = new Map<string, string>();
      for (const s of f.sources) if (!names.has(publisherKey(s))) names.set(publisherKey(s), s.publisher);
      return { fact: f.fact, subject: this.term(f.s), predicate: this.term(f.p), object: this.term(f.o), sources: f.sources, publishers: [...names.values()].sort(), firstSeen: f.sources[0]!.published, lastSeen: f.sources.at(-1)!.published };
    });
    return out.sort((a, b) => b.publishers.length - a.publishers.length || b.sources.length - a.sources.length || a.subject.label.localeCompare(b.subject.label) || a.predicate.value.localeCompare(b.predicate.value) || a.object.value.localeCompare(b.object.value) || a.fact.localeCompare(b.fact)); // the fact last: two subjects can share a label (two announcements), and the order must not depend on the store's
  }

  /** Every report of reported speech (by one speaker), grouped into utterances across outlets. */
  async utterances(speaker?: string): Promise<Utterance[]> {
    const speakerIri = speaker ? await this.iriOf(speaker) : undefined;
    const rows = await this.rows(statementsQuery(speakerIri));
    const claimRows = await this.rows(claimsQuery(speakerIri));
    await this.labelRows(rows, ['speaker', 'about']);
    const reports = new Map<string, Report & { speaker: string }>();
    for (const r of rows) {
      const id = v(r, 'st')!;
      let rep = reports.get(id);
      if (!rep) {
        const date = CorpusQueries.date(r);
        const lang = langOf(r.content);
        rep = { statement: id, speaker: v(r, 'speaker')!, source: CorpusQueries.source(r), content: v(r, 'content')!, about: [], ...(date ? { date } : {}), ...(r.quote ? { quote: v(r, 'quote')! } : {}), ...(lang ? { language: lang } : {}) };
        reports.set(id, rep);
      }
      const about = v(r, 'about');
      if (about && !rep.about.includes(about)) rep.about.push(about);
    }
    // claims name what a statement is about too
    for (const r of claimRows) {
      const rep = reports.get(v(r, 'st')!);
      for (const end of [r.s, r.o]) if (rep && end?.type === 'uri' && !rep.about.includes(end.value)) rep.about.push(end.value);
    }
    await this.label([...reports.values()].flatMap((r) => r.about));
    const bySpeaker = new Map<string, Report[]>();
    for (const { speaker: who, ...rep } of reports.values()) {
      rep.about.sort();
      bySpeaker.set(who, [...(bySpeaker.get(who) ?? []), rep]);
    }
    const out: Utterance[] = [];
    for (const [who, list] of [...bySpeaker].sort((a, b) => a[0].localeCompare(b[0]))) {
      for (const group of groupReports(list)) {
        const date = narrowestDate(group);
        const publishers = new Map<string, string>();
        for (const r of group) if (!publishers.has(publisherKey(r.source))) publishers.set(publisherKey(r.source), r.source.publisher);
        out.push({ speaker: this.iriTerm(who), ...(date ? { date } : {}), about: [...new Set(group.flatMap((r) => r.about))].sort().map((x) => this.iriTerm(x)), reports: group, publishers: [...publishers.values()].sort() });
      }
    }
    return out;
  }

  /** What `speaker` said (about a topic), over time, across sources: utterances in date order. */
  async said(speaker: string, options: SaidOptions = {}): Promise<Utterance[]> {
    const about = options.about ? await this.iriOf(options.about) : undefined;
    const day = (u: Utterance) => u.date?.earliest ?? u.reports[0]!.source.published;
    return (await this.utterances(speaker)).filter(
      (u) => (!about || u.about.some((a) => a.value === about)) && (!options.from || (u.date?.latest ?? day(u)) >= options.from) && (!options.to || day(u) <= options.to),
    );
  }

  /** Where sources disagree: values, events, and facts asserted by some and only claimed by others. */
  async disagreements(): Promise<Disagreement[]> {
    const classes = (await this.rows(eventClassesQuery())).flatMap((r) => v(r, 'cls') ?? []);
    const [valueRows, eventRows, claimRows] = [await this.rows(singleValuedQuery()), classes.length ? await this.rows(eventsQuery(classes)) : [], await this.rows(claimedFactsQuery())];
    await this.labelRows([...valueRows, ...eventRows, ...claimRows], ['s', 'p', 'o', 'e', 'cls', 'speaker']);
    const values: ValueRow[] = valueRows.map((r) => {
      const date = CorpusQueries.date(r, 'o');
      return { subject: this.term(r.s), predicate: this.term(r.p), object: this.term(r.o), source: CorpusQueries.source(r), ...(date ? { date: { ...date, value: this.term(r.o).label } } : {}) };
    });
    const events: EventRow[] = eventRows.map((r) => {
        const date = CorpusQueries.date(r, 'o');
        return { event: this.term(r.e), eventClass: this.term(r.cls), relation: v(r, 'p')!.replace(PREFIXES.ng, ''), object: this.term(r.o), source: CorpusQueries.source(r), ...(date ? { date: { ...date, value: this.term(r.o).label } } : {}) };
      });
    const claims: ClaimRow[] = claimRows
      .filter((r) => r.o?.type === 'uri' && v(r, 'p') !== NG.about)
      .map((r) => ({
        fact: v(r, 'fact')!,
        subject: this.term(r.s),
        predicate: this.term(r.p),
        object: this.term(r.o),
        basis: v(r, 'basis') === 'claim' ? 'claim' : 'about',
        ...(r.polarity ? { polarity: v(r, 'polarity') === NG_INDIVIDUAL.Negative ? ('negative' as const) : ('affirmative' as const) } : {}),
        statement: v(r, 'st')!,
        speaker: this.term(r.speaker),
        claimedIn: CorpusQueries.source(r, 'c'),
        assertedIn: CorpusQueries.source(r, 'a'),
      }));
    return allDisagreements(values, events, claims);
  }
}

