/**
 * Evidence model → RDF: the one encoder behind curated and extracted knowledge.
 *
 * Does: turn a {@link DocumentGraph} into the quads of the document's named graph exactly as
 * `ontology/README.md` describes (asserted triple + `ng:Fact` node + `ng:Evidence`; statements
 * with unasserted `ng:Claim`s; `ng:TimeValue` nodes; sentences and mentions), and entity records
 * into quads of any graph. Does not: read or write files, check spans against text (that is
 * `src/validate/invariants.ts`), or decide what is true.
 */
import { DataFactory, Literal } from 'n3';
import type { Quad } from '@rdfjs/types';
import type { DocumentGraph, EntityRecord, Evidence, FactObject, Iri, Statement, TimeValue } from './types.js';
import { NG, NG_CLASS, NG_INDIVIDUAL, OA, OWL, PREFIXES, RDF, RDFS, XSD } from './vocab.js';
import { claimIri, documentGraphIri, evidenceIri, factIri, mentionIri, sentenceIri, statementIri, timeIri } from './iri.js';
import { timeLabel } from './time.js';
import { CodePointText } from './offsets.js';

const { namedNode, literal, quad } = DataFactory;

type Obj = Quad['object'];

/**
 * Collects quads into one named graph, dropping exact duplicates. Each IRI gets one term object
 * per graph (an evidence node's eight quads share its subject; every quad its predicate), so a
 * corpus of millions of quads does not hold millions of copies of the same terms.
 */
class QuadSink {
  readonly quads: Quad[] = [];
  private readonly seen = new Set<string>();
  private readonly graph: Quad['graph'];
  private readonly nodes = new Map<Iri, Obj>();

  constructor(graph: Iri | undefined) {
    this.graph = (graph ? namedNode(graph) : DataFactory.defaultGraph()) as Quad['graph'];
  }

  /** The one term of this IRI in this graph. */
  node(iri: Iri): Obj {
    let n = this.nodes.get(iri);
    if (!n) this.nodes.set(iri, (n = namedNode(iri) as Obj));
    return n;
  }

  add(s: Iri, p: Iri, o: Obj): void {
    // an n3 literal's id is its value, language and datatype in one string (this encoder makes no directional literals)
    const key = `${s}\u0001${p}\u0001${o.termType}\u0001${o instanceof Literal ? o.id : o.value}`;
    const before = this.seen.size;
    if (this.seen.add(key).size === before) return; // (one hash of the key, not two)
    this.quads.push(quad(this.node(s) as Quad['subject'], this.node(p) as Quad['predicate'], o, this.graph) as Quad);
  }

  iri(s: Iri, p: Iri, o: Iri): void {
    this.add(s, p, this.node(o));
  }

  /**
   * A quad about a node only one call describes, once (a sentence, a mention, an evidence span):
   * it cannot repeat, so it skips the duplicate check and its key (most of a corpus's quads).
   */
  fresh(s: Iri, p: Iri, o: Obj): void {
    this.quads.push(quad(this.node(s) as Quad['subject'], this.node(p) as Quad['predicate'], o, this.graph) as Quad);
  }

  /** Nodes already described through {@link fresh}. */
  private readonly described = new Set<Iri>();

  /** True the first time a node is named: describe it then (with {@link fresh}), and never again. */
  first(iri: Iri): boolean {
    if (this.described.has(iri)) return false;
    this.described.add(iri);
    return true;
  }
}

/** A literal term per number, made once (offsets and confidences repeat across a corpus; terms are immutable). */
function memo(make: (n: number) => Obj): (n: number) => Obj {
  const made = new Map<number, Obj>();
  return (n) => {
    let t = made.get(n);
    if (!t) made.set(n, (t = make(n)));
    return t;
  };
}
const int = memo((n) => literal(String(n), namedNode(XSD.nonNegativeInteger)) as Obj);
const dec = memo((n) => literal(n.toFixed(n === 1 || n === 0 ? 1 : 3).replace(/(\.\d*?)0+$/, '$1').replace(/\.$/, '.0'), namedNode(XSD.decimal)) as Obj);
const str = (s: string, lang?: string): Obj => (lang ? literal(s, lang) : literal(s)) as Obj;

function timeDatatype(t: TimeValue): Iri {
  return t.precision === 'day' ? XSD.date : t.precision === 'month' ? XSD.gYearMonth : XSD.gYear;
}

/** Write a time value node into the sink and return its IRI. */
function encodeTime(sink: QuadSink, t: TimeValue): Iri {
  const iri = timeIri(t);
  sink.iri(iri, RDF.type, NG_CLASS.TimeValue);
  sink.add(iri, NG.value, literal(t.value, namedNode(timeDatatype(t))) as Obj);
  sink.iri(iri, NG.precision, t.precision === 'day' ? NG_INDIVIDUAL.Day : t.precision === 'month' ? NG_INDIVIDUAL.Month : NG_INDIVIDUAL.Year);
  if (t.bound === 'upper') sink.iri(iri, NG.bound, NG_INDIVIDUAL.UpperBound);
  if (t.part) sink.iri(iri, NG.part, t.part === 'early' ? NG_INDIVIDUAL.Early : t.part === 'mid' ? NG_INDIVIDUAL.Mid : NG_INDIVIDUAL.Late);
  sink.add(iri, NG.earliest, literal(t.earliest, namedNode(XSD.date)) as Obj);
  sink.add(iri, NG.latest, literal(t.latest, namedNode(XSD.date)) as Obj);
  sink.add(iri, RDFS.label, str(timeLabel(t), 'en'));
  return iri;
}

function objectTerm(sink: QuadSink, o: FactObject): Obj {
  if ('iri' in o) return sink.node(o.iri);
  if ('time' in o) return sink.node(encodeTime(sink, o.time));
  if (o.language) return literal(o.literal, o.language) as Obj;
  return literal(o.literal, o.datatype ? namedNode(o.datatype) : undefined) as Obj;
}

function encodeEvidence(sink: QuadSink, ev: Evidence, language: string | undefined): Iri {
  const iri = evidenceIri(ev.document, ev.span.start, ev.span.end, ev.rule, ev.confidence);
  if (!sink.first(iri)) return iri; // one span can support several facts and statements
  sink.fresh(iri, RDF.type, sink.node(NG_CLASS.Evidence));
  sink.fresh(iri, NG.document, sink.node(ev.document));
  sink.fresh(iri, NG.sentence, sink.node(sentenceIri(ev.document, ev.sentence)));
  sink.fresh(iri, OA.start, int(ev.span.start));
  sink.fresh(iri, OA.end, int(ev.span.end));
  sink.fresh(iri, OA.exact, str(ev.span.exact, language));
  sink.fresh(iri, NG.rule, sink.node(ev.rule));
  sink.fresh(iri, NG.confidence, dec(ev.confidence));
  return iri;
}

/** Quads describing an entity (types, labels, aliases, sameAs) in the given graph. */
export function encodeEntity(entity: EntityRecord, graph?: Iri): Quad[] {
  const sink = new QuadSink(graph);
  encodeEntityInto(sink, entity);
  return sink.quads;
}

function encodeEntityInto(sink: QuadSink, e: EntityRecord): void {
  for (const t of e.types) sink.iri(e.iri, RDF.type, t);
  for (const l of e.labels) sink.add(e.iri, RDFS.label, str(l.value, l.lang));
  for (const a of e.aliases) sink.add(e.iri, NG.alias, str(a.value, a.lang));
  for (const s of e.sameAs ?? []) sink.iri(e.iri, OWL.sameAs, s);
}

function encodeStatement(sink: QuadSink, st: Statement, language: string, document: Iri): Iri {
  const first = st.evidence[0];
  if (!first) throw new RangeError(`statement by <${st.speaker}> has no evidence`);
  const iri = statementIri(document, first.span.start, first.span.end);
  sink.iri(iri, RDF.type, NG_CLASS.Statement);
  sink.iri(iri, NG.speaker, st.speaker);
  if (st.date) sink.iri(iri, NG.statementDate, encodeTime(sink, st.date));
  if (st.place) sink.iri(iri, NG.statementPlace, st.place);
  if (st.occasion) sink.iri(iri, NG.occasion, st.occasion);
  sink.iri(iri, NG.speechMode, st.mode === 'direct' ? NG_INDIVIDUAL.DirectSpeech : NG_INDIVIDUAL.IndirectSpeech);
  if (st.quote !== undefined) sink.add(iri, NG.quote, str(st.quote, language));
  sink.add(iri, NG.content, str(st.content, language));
  if (st.reasonGiven !== undefined) sink.add(iri, NG.reasonText, str(st.reasonGiven, language));
  for (const a of st.about) sink.iri(iri, NG.about, a);
  st.claims.forEach((c, i) => {
    const ci = claimIri(iri, i);
    sink.iri(iri, NG.claims, ci);
    sink.iri(ci, RDF.type, NG_CLASS.Claim);
    sink.iri(ci, RDF.subject, c.subject);
    sink.iri(ci, RDF.predicate, c.predicate);
    sink.add(ci, RDF.object, objectTerm(sink, c.object));
    sink.iri(ci, NG.polarity, c.polarity === 'negative' ? NG_INDIVIDUAL.Negative : NG_INDIVIDUAL.Affirmative);
  });
  for (const ev of st.evidence) sink.iri(iri, NG.evidence, encodeEvidence(sink, ev, language));
  return iri;
}

/**
 * All quads one document contributes, in its named graph (the document IRI).
 * @throws RangeError when a fact or statement has no evidence.
 */
export function encodeDocumentGraph(dg: DocumentGraph): Quad[] {
  const doc = dg.document;
  const sink = new QuadSink(documentGraphIri(doc.iri));
  const lang = doc.language;

  sink.iri(doc.iri, RDF.type, NG_CLASS.SourceDocument);
  sink.add(doc.iri, NG.text, str(doc.text, lang));
  sink.add(doc.iri, NG.language, str(lang));
  sink.add(doc.iri, NG.published, literal(doc.published, namedNode(XSD.date)) as Obj);
  if (doc.publisher) sink.add(doc.iri, NG.publisher, str(doc.publisher));
  if (doc.title) sink.add(doc.iri, NG.title, str(doc.title, lang));
  if (doc.url) sink.iri(doc.iri, PREFIXES.schema + 'url', doc.url);
  const cpText = new CodePointText(doc.text);
  doc.sentences.forEach((s, i) => {
    const si = sentenceIri(doc.iri, i);
    sink.fresh(si, RDF.type, sink.node(NG_CLASS.Sentence));
    sink.fresh(si, NG.document, sink.node(doc.iri));
    sink.fresh(si, NG.index, int(i));
    sink.fresh(si, OA.start, int(s.start));
    sink.fresh(si, OA.end, int(s.end));
    sink.fresh(si, NG.text, str(cpText.slice(s.start, s.end), lang));
  });

  for (const e of dg.entities) encodeEntityInto(sink, e);

  for (const f of dg.facts) {
    if (f.evidence.length === 0) throw new RangeError(`fact <${f.subject}> <${f.predicate}> has no evidence`);
    const o = objectTerm(sink, f.object);
    sink.add(f.subject, f.predicate, o);
    const fi = factIri(f.subject, f.predicate, f.object);
    sink.iri(fi, RDF.type, NG_CLASS.Fact);
    sink.iri(fi, RDF.subject, f.subject);
    sink.iri(fi, RDF.predicate, f.predicate);
    sink.add(fi, RDF.object, o);
    if (f.date) sink.iri(fi, NG.date, encodeTime(sink, f.date));
    for (const ev of f.evidence) sink.iri(fi, NG.evidence, encodeEvidence(sink, ev, lang));
  }

  for (const st of dg.statements) encodeStatement(sink, st, lang, doc.iri);

  // one span can be read twice (a capital for its state and the city itself): the second reading gets its own node
  const readings = new Map<string, number>();
  const mentioned = new Set<Iri>(); // the document names most entities many times: one ng:mentions each
  for (const m of dg.mentions) {
    const span = `${m.evidence.span.start}-${m.evidence.span.end}`;
    const reading = readings.get(span) ?? 0;
    readings.set(span, reading + 1);
    const mi = mentionIri(doc.iri, m.evidence.span.start, m.evidence.span.end, reading);
    sink.fresh(mi, RDF.type, sink.node(NG_CLASS.Mention));
    sink.fresh(mi, NG.refersTo, sink.node(m.entity));
    sink.fresh(mi, NG.document, sink.node(doc.iri));
    sink.fresh(mi, NG.sentence, sink.node(sentenceIri(doc.iri, m.evidence.sentence)));
    sink.fresh(mi, OA.start, int(m.evidence.span.start));
    sink.fresh(mi, OA.end, int(m.evidence.span.end));
    sink.fresh(mi, OA.exact, str(m.evidence.span.exact, lang));
    sink.fresh(mi, NG.rule, sink.node(m.evidence.rule));
    sink.fresh(mi, NG.confidence, dec(m.evidence.confidence));
    if (!mentioned.has(m.entity)) sink.iri(doc.iri, NG.mentions, m.entity);
    mentioned.add(m.entity);
  }
  return sink.quads;
}
