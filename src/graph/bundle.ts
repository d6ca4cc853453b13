/**
 * RDF dataset (newsgraph model) → the viewer bundle: what a person sees of the graph.
 *
 * Does: pick the resources worth drawing (entities, events, statements), fold the structure the
 * model keeps around them into attributes — fact nodes and their evidence onto edges, time values
 * onto dates with precision, claims and quotes onto statements, literal facts with their evidence
 * onto nodes — and keep the source texts so evidence can be shown in its sentence. Browser-safe:
 * it imports no Node module, so the viewer runs it on files a user opens. Does not: lay out,
 * colour or filter (the viewer does).
 */
import type { Quad, Term } from '@rdfjs/types';
import { NG, NG_CLASS, OA, PREFIXES, RDF, RDFS, XSD } from '../model/vocab.js';
import { timeLabel } from '../model/time.js';
import type { Precision, TimeValue } from '../model/types.js';
import { NOT_RELATIONS, hasStructuralClass, preferredLabel } from '../model/structure.js';
import { readEvidence, readTime, type TripleReader } from '../query/records.js';

/** A string in one language. */
export interface BundleText {
  value: string;
  lang: string;
}

/** A date with its precision and a readable label. */
export interface BundleDate extends TimeValue {
  label: string;
}

/** One evidence span. Offsets are code points into the document's text. */
export interface BundleEvidence {
  document: string;
  /** Index into the document's `sentences`, or -1 when unknown. */
  sentence: number;
  start: number;
  end: number;
  exact: string;
  rule: string;
  confidence: number;
}

/** A literal value of a node, with the evidence of the fact behind it (empty for background data). */
export interface BundleLiteral {
  predicate: string;
  value: string;
  lang?: string;
  datatype?: string;
  evidence: BundleEvidence[];
}

/** A claim of a statement, with labels to show; never asserted. */
export interface BundleClaim {
  subject: string;
  predicate: string;
  object: string;
  objectIsLiteral: boolean;
  objectDate?: BundleDate;
  polarity: 'affirmative' | 'negative';
}

/** What a statement node carries. */
export interface BundleStatement {
  speaker?: string;
  mode: 'direct' | 'indirect';
  quote?: string;
  content: string;
  reason?: string;
  place?: string;
  occasion?: string;
  about: string[];
  claims: BundleClaim[];
  evidence: BundleEvidence[];
}

/** Top-level categories, used for colour and the legend. */
export type BundleCategory =
  | 'State' | 'Person' | 'Organisation' | 'Treaty' | 'PolicyDocument' | 'Weapon' | 'Place' | 'Event' | 'Statement' | 'Other';

/** A node to draw. */
export interface BundleNode {
  key: string;
  label: string;
  labels: BundleText[];
  aliases: BundleText[];
  /** Class IRIs as stated (not sigma's `type`). */
  classes: string[];
  category: BundleCategory;
  /** Date of an event (`ng:date`) or statement (`ng:statementDate`). */
  date?: BundleDate;
  /** Dates the node has through facts (`ng:signedOn`, `ng:updatedOn` …), with evidence. */
  dates: Array<{ predicate: string; date: BundleDate; evidence: BundleEvidence[] }>;
  literals: BundleLiteral[];
  statement?: BundleStatement;
  /** Documents this node is mentioned in or supported by. */
  sources: string[];
}

/** An edge to draw: an asserted relation, or a statement's speaker/about link. */
export interface BundleEdge {
  /** `subject predicate object` (IRIs contain no spaces). */
  key: string;
  source: string;
  target: string;
  predicate: string;
  /** `fact`: asserted with evidence; `background`: from the entity register; `statement`: who said it / what about. */
  kind: 'fact' | 'background' | 'statement';
  date?: BundleDate;
  evidence: BundleEvidence[];
  sources: string[];
}

/** A source document with its text exactly as received. */
export interface BundleDocument {
  iri: string;
  title?: string;
  publisher?: string;
  published?: string;
  language?: string;
  text: string;
  sentences: Array<{ start: number; end: number }>;
}

/** Everything the viewer draws. */
export interface ViewerBundle {
  version: 1;
  prefixes: Record<string, string>;
  /** Labels of classes and predicates (English first), for legends and edge labels. */
  terms: Record<string, { label: string; labels: BundleText[] }>;
  documents: BundleDocument[];
  nodes: BundleNode[];
  edges: BundleEdge[];
}

const CATEGORY_ROOTS: Array<[string, BundleCategory]> = [
  [NG_CLASS.Statement, 'Statement'],
  [NG_CLASS.State, 'State'],
  [NG_CLASS.Person, 'Person'],
  [NG_CLASS.Organisation, 'Organisation'],
  [NG_CLASS.Treaty, 'Treaty'],
  [NG_CLASS.PolicyDocument, 'PolicyDocument'],
  [NG_CLASS.Weapon, 'Weapon'],
  [NG_CLASS.Place, 'Place'],
  [NG_CLASS.Event, 'Event'],
];

/** Built-in superclass links, used when a dataset comes without the ontology. */
const BUILTIN_SUPERCLASS: Record<string, string> = {
  Alliance: 'Organisation', Union: 'Organisation', Council: 'Organisation', Doctrine: 'PolicyDocument',
  WeaponType: 'Weapon', WeaponStock: 'Weapon', City: 'Place', Region: 'Place', Signing: 'Event', Meeting: 'Event',
  Deployment: 'Event', Announcement: 'Event', DoctrineChange: 'Event',
};

function key(t: Term): string {
  return t.termType === 'BlankNode' ? `_:${t.value}` : t.value;
}

function tripleKey(s: string, p: string, o: Term): string {
  return `${s}\u0001${p}\u0001${o.termType === 'Literal' ? `"${o.value}"@${(o as { language?: string }).language ?? ''}^^${(o as { datatype?: Term }).datatype?.value ?? ''}` : key(o)}`;
}

/** Index of a dataset by subject, with the graphs of each triple; reads the model's records through `records.ts`. */
class Index implements TripleReader {
  readonly out = new Map<string, Quad[]>();
  readonly types = new Map<string, Set<string>>();
  constructor(quads: readonly Quad[]) {
    for (const q of quads) {
      const s = key(q.subject);
      let list = this.out.get(s);
      if (!list) this.out.set(s, (list = []));
      list.push(q);
      if (q.predicate.value === RDF.type) {
        let set = this.types.get(s);
        if (!set) this.types.set(s, (set = new Set()));
        set.add(key(q.object));
      }
    }
  }
  all(s: string, p: string): Term[] {
    const seen = new Set<string>();
    const out: Term[] = [];
    for (const q of this.out.get(s) ?? []) {
      if (q.predicate.value !== p) continue;
      const k = tripleKey('', '', q.object);
      if (!seen.has(k)) {
        seen.add(k);
        out.push(q.object);
      }
    }
    return out;
  }
  one(s: string, p: string): Term | undefined {
    return (this.out.get(s) ?? []).find((q) => q.predicate.value === p)?.object;
  }
  is(s: string, c: string): boolean {
    return this.types.get(s)?.has(c) ?? false;
  }
  objectOf(s: string, p: string): string | undefined {
    const o = (this.out.get(s) ?? []).find((q) => q.predicate.value === p && q.object.termType !== 'Literal')?.object;
    return o ? key(o) : undefined;
  }
  objectsOf(s: string, p: string): string[] {
    return this.all(s, p).filter((o) => o.termType !== 'Literal').map(key);
  }
  literalValue(s: string, p: string): string | undefined {
    return (this.out.get(s) ?? []).find((q) => q.predicate.value === p && q.object.termType === 'Literal')?.object.value;
  }
}

function langStrings(terms: Term[]): BundleText[] {
  return terms.filter((t) => t.termType === 'Literal').map((t) => ({ value: t.value, lang: (t as { language: string }).language }));
}

/** A date literal (xsd:date, xsd:gYearMonth, xsd:gYear) as a time value, or undefined for other literals. */
function literalTime(t: Term): TimeValue | undefined {
  const dt = (t as { datatype: Term }).datatype.value;
  const precision: Precision | undefined = dt === XSD.date ? 'day' : dt === XSD.gYearMonth ? 'month' : dt === XSD.gYear ? 'year' : undefined;
  if (!precision) return undefined;
  const v = t.value;
  const latestDay = () => new Date(Date.UTC(Number(v.slice(0, 4)), Number(v.slice(5, 7)), 0)).getUTCDate();
  return { value: v, precision, earliest: precision === 'day' ? v : precision === 'month' ? `${v}-01` : `${v}-01-01`, latest: precision === 'day' ? v : precision === 'month' ? `${v}-${latestDay()}` : `${v}-12-31` };
}

/** The category of a resource from its classes, through the dataset's class hierarchy (or the built-in one). */
function categories(quads: readonly Quad[]): (classes: string[]) => BundleCategory {
  const superOf = new Map<string, string[]>();
  for (const q of quads) {
    if (q.predicate.value === RDFS.subClassOf) {
      const list = superOf.get(q.subject.value) ?? [];
      list.push(q.object.value);
      superOf.set(q.subject.value, list);
    }
  }
  for (const [sub, sup] of Object.entries(BUILTIN_SUPERCLASS)) {
    const s = PREFIXES.ng + sub;
    if (!superOf.has(s)) superOf.set(s, [PREFIXES.ng + sup]);
  }
  const categoryCache = new Map<string, BundleCategory>();
  const categoryOfClass = (c: string): BundleCategory => {
    const cached = categoryCache.get(c);
    if (cached) return cached;
    const seen = new Set<string>();
    const queue = [c];
    let found: BundleCategory = 'Other';
    outer: while (queue.length) {
      const x = queue.shift()!;
      if (seen.has(x)) continue;
      seen.add(x);
      for (const [root, cat] of CATEGORY_ROOTS) {
        if (x === root) {
          found = cat;
          break outer;
        }
      }
      queue.push(...(superOf.get(x) ?? []));
    }
    categoryCache.set(c, found);
    return found;
  };
  return (classes) => {
    for (const [, cat] of CATEGORY_ROOTS) if (classes.some((c) => categoryOfClass(c) === cat)) return cat;
    return 'Other';
  };
}

/** The source documents with their texts and sentence spans, by IRI. */
function readDocuments(idx: Index): BundleDocument[] {
  const documents: BundleDocument[] = [];
  const sentencesOf = new Map<string, Array<{ start: number; end: number; index: number }>>();
  for (const [sk] of idx.out) {
    if (!idx.is(sk, NG_CLASS.Sentence)) continue;
    const doc = idx.one(sk, NG.document)?.value;
    if (!doc) continue;
    const list = sentencesOf.get(doc) ?? [];
    list.push({ start: Number(idx.one(sk, OA.start)?.value), end: Number(idx.one(sk, OA.end)?.value), index: Number(idx.one(sk, NG.index)?.value) });
    sentencesOf.set(doc, list);
  }
  for (const [s] of idx.out) {
    if (!idx.is(s, NG_CLASS.SourceDocument)) continue;
    const sentences = sentencesOf.get(s) ?? [];
    sentences.sort((a, b) => a.index - b.index);
    const doc: BundleDocument = { iri: s, text: idx.one(s, NG.text)?.value ?? '', sentences: sentences.map(({ start, end }) => ({ start, end })) };
    const title = idx.one(s, NG.title)?.value;
    const publisher = idx.one(s, NG.publisher)?.value;
    const published = idx.one(s, NG.published)?.value;
    const language = idx.one(s, NG.language)?.value;
    if (title) doc.title = title;
    if (publisher) doc.publisher = publisher;
    if (published) doc.published = published;
    if (language) doc.language = language;
    documents.push(doc);
  }
  return documents.sort((a, b) => (a.iri < b.iri ? -1 : 1));
}

/** The dataset and the readers of its records (through `src/query/records.ts`). */
interface Records {
  idx: Index;
  /** The evidence of a record, by document and start. */
  evidenceList(s: string): BundleEvidence[];
  /** A time value node or a date literal as a date with its label. */
  dateOf(t: Term | undefined): BundleDate | undefined;
}

function recordReaders(idx: Index): Records {
  const evidenceOf = (ev: string): BundleEvidence | undefined => {
    const r = readEvidence(idx, ev);
    return r && { document: r.document, sentence: r.sentence, start: r.start, end: r.end, exact: r.exact, rule: r.rule, confidence: r.confidence };
  };
  return {
    idx,
    evidenceList: (s) =>
      idx.objectsOf(s, NG.evidence).map(evidenceOf).filter((e): e is BundleEvidence => e !== undefined).sort((a, b) => a.document.localeCompare(b.document) || a.start - b.start),
    dateOf: (t) => {
      if (!t) return undefined;
      const tv = t.termType === 'Literal' ? literalTime(t) : readTime(idx, key(t));
      return tv && { ...tv, label: timeLabel(tv) };
    },
  };
}

/** The evidence and date qualifier of a fact. */
interface FactEntry {
  evidence: BundleEvidence[];
  date?: BundleDate;
}

/** Fact nodes folded onto their triples: triple key → evidence and date qualifier. */
function factsByTriple(r: Records): Map<string, FactEntry> {
  const { idx } = r;
  const facts = new Map<string, FactEntry>();
  for (const [s] of idx.out) {
    if (!idx.is(s, NG_CLASS.Fact)) continue;
    const subj = idx.one(s, RDF.subject);
    const pred = idx.one(s, RDF.predicate);
    const obj = idx.one(s, RDF.object);
    if (!subj || !pred || !obj) continue;
    const k = tripleKey(key(subj), pred.value, obj);
    const entry = facts.get(k) ?? { evidence: [] };
    entry.evidence.push(...r.evidenceList(s));
    const d = r.dateOf(idx.one(s, NG.date));
    if (d) entry.date = d;
    facts.set(k, entry);
  }
  return facts;
}

/** The resources worth drawing: typed content, and both ends of every relation between content. */
function drawnResources(idx: Index, quads: readonly Quad[]): Set<string> {
  const isStructural = (s: string): boolean => hasStructuralClass(idx.types.get(s) ?? []);
  const ontologyTerm = (s: string): boolean => s.startsWith(PREFIXES.ng) || s.startsWith(PREFIXES.sh) || s.startsWith(PREFIXES.ngrule);
  const drawn = new Set<string>();
  for (const [s] of idx.out) {
    if (isStructural(s) || ontologyTerm(s)) continue;
    const classes = idx.types.get(s);
    if (classes && classes.size > 0) drawn.add(s);
  }
  for (const q of quads) {
    const s = key(q.subject);
    if (q.object.termType !== 'NamedNode' && q.object.termType !== 'BlankNode') continue;
    if (NOT_RELATIONS.has(q.predicate.value)) continue;
    const o = key(q.object);
    if (isStructural(s) || ontologyTerm(s) || isStructural(o) || ontologyTerm(o) || idx.is(s, NG_CLASS.Statement)) continue;
    drawn.add(s);
    drawn.add(o);
  }
  return drawn;
}

/** The documents each resource is mentioned in or stated in. */
function sourcesByNode(quads: readonly Quad[], documents: ReadonlyMap<string, BundleDocument>): Map<string, Set<string>> {
  const sourcesOf = new Map<string, Set<string>>();
  const addSource = (n: string, doc: string) => {
    let set = sourcesOf.get(n);
    if (!set) sourcesOf.set(n, (set = new Set()));
    set.add(doc);
  };
  for (const q of quads) {
    if (q.predicate.value === NG.mentions) addSource(key(q.object), q.subject.value);
    if (q.graph.termType === 'NamedNode' && documents.has(q.graph.value)) addSource(key(q.subject), q.graph.value);
  }
  return sourcesOf;
}

/** What the node stage reads, and the edges it adds to. */
interface Drawing extends Records {
  documents: ReadonlyMap<string, BundleDocument>;
  facts: ReadonlyMap<string, FactEntry>;
  drawn: ReadonlySet<string>;
  sourcesOf: ReadonlyMap<string, ReadonlySet<string>>;
  categoryOf(classes: string[]): BundleCategory;
  edges: BundleEdge[];
  edgeKeys: Set<string>;
}

/** A drawn resource as a node; its relations, dates and literals (or, for a statement, what was said) added. */
function bundleNode(d: Drawing, s: string): BundleNode {
  const { idx } = d;
  const classes = [...(idx.types.get(s) ?? [])].sort();
  const labels = langStrings(idx.all(s, RDFS.label));
  const node: BundleNode = {
    key: s,
    label: preferredLabel(labels, s),
    labels,
    aliases: langStrings(idx.all(s, NG.alias)),
    classes,
    category: d.categoryOf(classes),
    dates: [],
    literals: [],
    sources: [...(d.sourcesOf.get(s) ?? [])].sort(),
  };
  const isStatement = idx.is(s, NG_CLASS.Statement);
  const date = d.dateOf(idx.one(s, isStatement ? NG.statementDate : NG.date));
  if (date) node.date = date;
  if (isStatement) addStatement(d, node, date);
  else addRelations(d, node, date);
  return node;
}

/** A content node's literals, dates (with evidence) and relation edges. */
function addRelations(d: Drawing, node: BundleNode, date: BundleDate | undefined): void {
  const { idx } = d;
  const s = node.key;
  for (const q of idx.out.get(s) ?? []) {
    const p = q.predicate.value;
    if (p === RDF.type || p === RDFS.label || p === NG.alias) continue;
    const o = q.object;
    const fact = d.facts.get(tripleKey(s, p, o));
    if (o.termType === 'Literal') {
      if (node.literals.some((l) => l.predicate === p && l.value === o.value)) continue;
      node.literals.push({
        predicate: p,
        value: o.value,
        ...((o as { language: string }).language ? { lang: (o as { language: string }).language } : {}),
        ...((o as { datatype: Term }).datatype.value !== XSD.string && (o as { datatype: Term }).datatype.value !== RDF.langString ? { datatype: (o as { datatype: Term }).datatype.value } : {}),
        evidence: fact?.evidence ?? [],
      });
      continue;
    }
    const ok = key(o);
    if (idx.is(ok, NG_CLASS.TimeValue)) {
      const when = d.dateOf(o);
      if (when && p !== NG.date && !node.dates.some((x) => x.predicate === p && x.date.value === when.value)) node.dates.push({ predicate: p, date: when, evidence: fact?.evidence ?? [] });
      continue;
    }
    if (NOT_RELATIONS.has(p) || !d.drawn.has(ok)) continue;
    const ek = `${s} ${p} ${ok}`;
    if (d.edgeKeys.has(ek)) continue;
    d.edgeKeys.add(ek);
    const graphs = new Set((idx.out.get(s) ?? []).filter((x) => x.predicate.value === p && key(x.object) === ok).map((x) => x.graph.value));
    const edgeDate = fact?.date ?? date ?? d.dateOf(idx.one(ok, NG.date));
    d.edges.push({
      key: ek,
      source: s,
      target: ok,
      predicate: p,
      kind: fact && fact.evidence.length > 0 ? 'fact' : 'background',
      ...(edgeDate ? { date: edgeDate } : {}),
      evidence: fact?.evidence ?? [],
      sources: [...graphs].filter((g) => d.documents.has(g)).sort(),
    });
  }
}

/** A statement node's speech (speaker, quote, claims, evidence), label, and its speaker and topic edges. */
function addStatement(d: Drawing, node: BundleNode, date: BundleDate | undefined): void {
  const { idx } = d;
  const s = node.key;
  const evidence = d.evidenceList(s);
  const speaker = idx.one(s, NG.speaker)?.value;
  const about = idx.all(s, NG.about).map((t) => key(t)).sort();
  const claims: BundleClaim[] = idx.all(s, NG.claims).map((c) => {
    const ck = key(c);
    const obj = idx.one(ck, RDF.object);
    const objectDate = obj && obj.termType !== 'Literal' && idx.is(key(obj), NG_CLASS.TimeValue) ? d.dateOf(obj) : undefined;
    return {
      subject: idx.one(ck, RDF.subject)?.value ?? '',
      predicate: idx.one(ck, RDF.predicate)?.value ?? '',
      object: obj?.value ?? '',
      objectIsLiteral: obj?.termType === 'Literal',
      ...(objectDate ? { objectDate } : {}),
      polarity: idx.one(ck, NG.polarity)?.value.endsWith('Negative') ? 'negative' : 'affirmative',
    } satisfies BundleClaim;
  });
  const quote = idx.one(s, NG.quote)?.value;
  const reason = idx.one(s, NG.reasonText)?.value;
  const place = idx.one(s, NG.statementPlace)?.value;
  const occasion = idx.one(s, NG.occasion)?.value;
  const statement: BundleStatement = {
    ...(speaker ? { speaker } : {}),
    mode: idx.one(s, NG.speechMode)?.value.endsWith('DirectSpeech') && !idx.one(s, NG.speechMode)?.value.endsWith('IndirectSpeech') ? 'direct' : 'indirect',
    ...(quote !== undefined ? { quote } : {}),
    content: idx.one(s, NG.content)?.value ?? quote ?? '',
    ...(reason !== undefined ? { reason } : {}),
    ...(place ? { place } : {}),
    ...(occasion ? { occasion } : {}),
    about,
    claims,
    evidence,
  };
  node.statement = statement;
  const who = speaker ? preferredLabel(langStrings(idx.all(speaker, RDFS.label)), speaker) : 'someone';
  const text = quote ?? statement.content;
  node.label = `${who}: “${text.length > 60 ? `${text.slice(0, 57)}…` : text}”`;
  node.sources = [...new Set(evidence.map((e) => e.document))].sort();
  const link = (from: string, to: string, predicate: string) => {
    if (!d.drawn.has(from) || !d.drawn.has(to)) return;
    const ek = `${from} ${predicate} ${to}`;
    if (d.edgeKeys.has(ek)) return;
    d.edgeKeys.add(ek);
    d.edges.push({ key: ek, source: from, target: to, predicate, kind: 'statement', ...(date ? { date } : {}), evidence, sources: node.sources });
  };
  if (speaker) link(s, speaker, NG.speaker);
  for (const a of about) link(s, a, NG.about);
}

/** Labels of the classes and predicates the bundle uses. */
function termLabels(idx: Index, nodes: readonly BundleNode[], edges: readonly BundleEdge[]): ViewerBundle['terms'] {
  const terms: ViewerBundle['terms'] = {};
  const used = new Set<string>([...edges.map((e) => e.predicate), ...nodes.flatMap((n) => [...n.classes, ...n.literals.map((l) => l.predicate), ...n.dates.map((x) => x.predicate)])]);
  for (const c of nodes.flatMap((n) => n.statement?.claims.map((cl) => cl.predicate) ?? [])) used.add(c);
  for (const t of [...used].sort()) {
    const labels = langStrings(idx.all(t, RDFS.label));
    terms[t] = { label: preferredLabel(labels, t), labels };
  }
  return terms;
}

/**
 * Turn a dataset in the newsgraph model into the viewer bundle, in stages: categories from the
 * class hierarchy, documents, fact nodes folded onto their triples, the resources worth drawing,
 * their sources, then one node per drawn resource (with its edges), then term labels.
 */
export function datasetToBundle(quads: readonly Quad[]): ViewerBundle {
  const idx = new Index(quads);
  const records = recordReaders(idx);
  const documents = readDocuments(idx);
  const byIri = new Map(documents.map((doc) => [doc.iri, doc]));
  const d: Drawing = {
    ...records,
    documents: byIri,
    facts: factsByTriple(records),
    drawn: drawnResources(idx, quads),
    sourcesOf: sourcesByNode(quads, byIri),
    categoryOf: categories(quads),
    edges: [],
    edgeKeys: new Set(),
  };
  const nodes = [...d.drawn].sort().map((s) => bundleNode(d, s));
  const terms = termLabels(idx, nodes, d.edges);
  d.edges.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return { version: 1, prefixes: { ...PREFIXES }, terms, documents, nodes, edges: d.edges };
}
