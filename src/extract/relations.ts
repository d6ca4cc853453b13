/**
 * The relation stage: every fact the extractor reads between entities, from the linked mentions
 * and dates of the sentences. Two kinds of rules, both data: the declarative entity-level patterns
 * (`lexicon/relation-patterns.ts`, applied by `relation-matcher.ts`) and the event rules
 * (`lexicon/event-rules.ts`) applied here as a pipeline of small per-sentence stages — the place of
 * the paragraph, meetings, treaty parties and signings, anniversaries, union members, weapon stocks,
 * announcements and the reasons given, doctrine updates and their conditions — then the weapon
 * stocks are named and the speakers at a meeting become its participants. The patterns read each
 * sentence without the place of its dateline, and the war patterns also the states named inside a
 * registered war's name. Every fact of every rule passes one in-speech guard (`narratedOnly`):
 * spans inside reported speech never yield facts.
 * Does not: find mentions, dates or speech, or write the graph.
 */
import { eventIri, entityIri } from '../model/iri.js';
import type { EntityRecord, FactObject, TimeValue } from '../model/types.js';
import { NG, NG_CLASS } from '../model/vocab.js';
import type { EntityMention, Gazetteer } from './gazetteer.js';
import type { SentenceInfo } from './sentence.js';
import type { FoundStatement } from './speech.js';
import { rule, type RuleId } from './rules.js';
import { matchRelations } from './relation-matcher.js';
import { pairReferences } from './pair-references.js';
import { twinFor } from '../util/case-fold.js';
import { NOT_YET, RELATION_PATTERNS } from './lexicon/relation-patterns.js';
import {
  ANNOUNCEMENT_RULE as ANN, DATELINE_AFTER, COMMEMORATION_RULE as COMM, DOCTRINE_CONDITION_RULE as COND, DOCTRINE_UPDATE_RULE as DOC, ESTABLISHES_RULE as EST,
  KIND_PLURAL_EN, MEETING_RULE as MEET, OWNER_ADJECTIVE_EN, PARAGRAPH_PLACE, REASON_RULE as REASON, SIGNING_RULE as SIGN,
  TREATY_PARTIES_RULE as PARTIES, UNION_MEMBERS_RULE as UNION, WEAPON_STOCK_RULE as STOCK,
} from './lexicon/event-rules.js';
import { mapPacked } from '../util/packed.js';

/** A fact before evidence is attached: UTF-16 span in the document. */
export interface FoundFact {
  subject: string;
  predicate: string;
  object: FactObject;
  start: number;
  end: number;
  sentence: number;
  rule: string;
  confidence: number;
}

/** What the relation stage produces for a document. */
export interface RelationOutput {
  facts: FoundFact[];
  entities: EntityRecord[];
}

/** What the relation stage reads. */
export interface RelationInput {
  text: string;
  sentences: readonly SentenceInfo[];
  g: Gazetteer;
  /** The reported speech of the text: its words yield no fact; its speakers may take part in a meeting. */
  statements: readonly FoundStatement[];
  /** The state or organisation of a person's office, as far as the text tells. */
  ownerOf(person: string): string | undefined;
}

type Span = readonly [number, number];

/** A weapon stock: one per owner and place, of the most specific kind the text names. */
interface Stock {
  owner: string;
  kind: string;
  place: string;
}

interface StockFact {
  key: string;
  s: SentenceInfo;
  span: Span;
  kindSpan: Span;
  ownerSpan?: Span;
}

/** The state the event rules carry from sentence to sentence, and what they found. */
interface Context {
  text: string;
  g: Gazetteer;
  facts: FoundFact[];
  entities: Map<string, EntityRecord>;
  stocks: Map<string, Stock>;
  stockFacts: StockFact[];
  paragraphPlace: Map<number, string>;
  lastDate?: TimeValue;
  meeting?: { iri: string; date: TimeValue };
  lastAnnouncement?: { iri: string; sentence: number };
  lastDoctrine?: { iri: string; issuer: string; sentence: number };
  /** The sentence before the one being read. */
  previous?: SentenceInfo;
}

/** One sentence as the event stages read it. */
interface View {
  s: SentenceInfo;
  /** The sentence's own event date, else the last one before. */
  date?: TimeValue;
  states: EntityMention[];
  treaties: EntityMention[];
  kinds: EntityMention[];
  session: RegExpExecArray | null;
}

/** The meeting trigger as this sentence is best read (see `case-fold.ts`). */
const MEETING_TRIGGER = twinFor(MEET.trigger);

const PLAIN_PATTERNS = RELATION_PATTERNS.filter((p) => !p.insideEvents);
const EVENT_NAME_PATTERNS = RELATION_PATTERNS.filter((p) => p.insideEvents);

/** Classes that count as a broader one for the event rules (a city is a place). */
const BROADER: Readonly<Record<string, readonly string[]>> = {
  [NG_CLASS.Weapon]: [NG_CLASS.WeaponType, NG_CLASS.WeaponStock],
  [NG_CLASS.Organisation]: [NG_CLASS.Union, NG_CLASS.Council, NG_CLASS.Alliance],
  [NG_CLASS.Place]: [NG_CLASS.City, NG_CLASS.Region],
};

function isA(g: Gazetteer, e: string, c: string): boolean {
  return g.isA(e, c) || g.isAny(e, BROADER[c] ?? []);
}

function fact(cx: Context, s: SentenceInfo, id: RuleId, subject: string, predicate: string, object: FactObject, [start, end]: Span, confidence: number): void {
  cx.facts.push({ subject, predicate, object, start, end, sentence: s.index, rule: rule(id), confidence });
}

/**
 * The one in-speech guard: claims stay claims, whichever rule found the fact. A fact read within
 * reported words is dropped; one whose evidence encloses them is about the act of saying
 * ("Blinken hat [Putins Ankündigung …] kritisiert": he criticised; nothing inside the brackets is
 * asserted).
 */
function narratedOnly(facts: readonly FoundFact[], statements: readonly FoundStatement[]): FoundFact[] {
  const within = (f: FoundFact, st: FoundStatement) => f.start < st.contentEnd && f.end > st.contentStart && !(f.start < st.contentStart && f.end > st.contentEnd);
  return facts.filter((f) => !statements.some((st) => within(f, st)));
}

function event(cx: Context, cls: keyof typeof NG_CLASS, time: TimeValue, labelEn: string): string {
  const iri = eventIri(cls, time);
  if (!cx.entities.has(iri)) cx.entities.set(iri, { iri, types: [NG_CLASS[cls]], labels: [{ value: labelEn, lang: 'en' }], aliases: [] });
  return iri;
}

/** The sentence with the pair references' mentions beside its own (the sentence itself when it has none). */
function withPairs(s: SentenceInfo, pairs: readonly EntityMention[] | undefined): SentenceInfo {
  return pairs ? { ...s, mentions: [...s.mentions, ...pairs] } : s;
}

/** Every relation of the text: event rules, then the entity-level patterns, through the in-speech guard. */
export function findRelations(input: RelationInput): RelationOutput {
  const { text, sentences, g, statements } = input;
  const cx: Context = { text, g, facts: [], entities: new Map(), stocks: new Map(), stockFacts: [], paragraphPlace: new Map() };
  for (const s of sentences) {
    const v = view(cx, s);
    for (const stage of SENTENCE_STAGES) stage(cx, v);
    cx.previous = s;
  }
  nameStocks(cx);
  meetingParticipants(cx, statements);
  const inSpeech = (start: number, end: number) => statements.some((st) => start < st.contentEnd && end > st.contentStart);
  const mc = { g, inSpeech, ownerOf: input.ownerOf };
  // "the two leaders signed": the pair's members stand in the sentence beside its own mentions
  const pairs = pairReferences(sentences, g);
  const plain = mapPacked(sentences, (s) => withPairs(withoutDateline(cx, s), pairs.get(s.index)));
  cx.facts.push(...matchRelations(plain, mc, PLAIN_PATTERNS), ...matchRelations(mapPacked(plain, (s) => withNamesInEvents(cx, s)), mc, EVENT_NAME_PATTERNS));
  return { facts: narratedOnly(cx.facts, statements), entities: [...cx.entities.values()] };
}

function view(cx: Context, s: SentenceInfo): View {
  if (s.eventDate) cx.lastDate = s.eventDate.time;
  const date = s.eventDate?.time ?? cx.lastDate;
  const { g } = cx;
  return {
    s,
    ...(date ? { date } : {}),
    states: s.mentions.filter((x) => g.isA(x.entity, NG_CLASS.State)),
    treaties: s.mentions.filter((x) => g.isA(x.entity, NG_CLASS.Treaty)),
    kinds: s.mentions.filter((x) => g.isA(x.entity, NG_CLASS.WeaponType)),
    session: MEETING_TRIGGER(s.text).exec(s.text),
  };
}

/** The sentence without the place of its dateline ("Seoul, June 19 (IANS) –", "MINSK (dpa) -"): where it was reported from, not who acted. */
function withoutDateline(cx: Context, s: SentenceInfo): SentenceInfo {
  const first = s.mentions[0];
  if (!first || cx.text.slice(s.start, first.start).trim() !== '' || !DATELINE_AFTER.test(cx.text.slice(first.end, first.end + 40))) return s;
  return { ...s, mentions: s.mentions.slice(1) };
}

/** The sentence as the patterns read it: states named inside an event's name ("russischer Angriffskrieg gegen die Ukraine") are mentions too. */
function withNamesInEvents(cx: Context, s: SentenceInfo): SentenceInfo {
  const events = s.mentions.filter((m) => cx.g.isA(m.entity, NG_CLASS.Event));
  if (events.length === 0) return s;
  const inner = events.flatMap((m) => {
    const first = m.start + firstWordLength(cx, m);
    return [...namesIn(cx, m.start, first), ...namesIn(cx, first, m.end)].filter((x) => cx.g.isA(x.entity, NG_CLASS.State));
  });
  return { ...s, mentions: [...s.mentions, ...inner].sort((a, b) => a.start - b.start) };
}

/** "in Minsk": the place of the paragraph, for the meetings and signings narrated in it. */
function notePlace(cx: Context, { s }: View): void {
  const { before, lookback } = PARAGRAPH_PLACE;
  const place = s.mentions.find((x) => isA(cx.g, x.entity, NG_CLASS.Place) && before.test(cx.text.slice(Math.max(s.start, x.start - lookback), x.start)));
  if (place) cx.paragraphPlace.set(s.paragraph, place.entity);
}

/** "Sitzung des Obersten Staatsrats …" on a date: the (first) Meeting event, its body, date and place. */
function meetings(cx: Context, { s, date, session }: View): void {
  if (!session || !date || cx.meeting) return;
  const at = s.start + session.index;
  const body = s.mentions.find((x) => isA(cx.g, x.entity, NG_CLASS.Organisation) && x.start > at && x.start - at < MEET.bodyWithin);
  if (!body) return;
  const iri = event(cx, 'Meeting', date, `Session of the ${cx.g.label(body.entity)}`);
  cx.meeting = { iri, date };
  const span = [at, body.end] as const;
  fact(cx, s, MEET.id, iri, NG.agent, { iri: body.entity }, span, MEET.confidence.agent);
  fact(cx, s, MEET.id, iri, NG.date, { time: date }, span, MEET.confidence.date);
  const where = cx.paragraphPlace.get(s.paragraph);
  if (where) fact(cx, s, MEET.id, iri, NG.location, { iri: where }, span, MEET.confidence.location);
}

/** Where a signing word stands in the sentence, if it has one. */
function signingWord(s: SentenceInfo): Span | undefined {
  const x = SIGN.trigger.exec(s.text);
  return x ? [s.start + x.index, s.start + x.index + x[0].length] : undefined;
}

/** Treaties: their parties (between, joined signers, in the name), signings, what they establish, the signing year. */
function treaties(cx: Context, v: View): void {
  if (v.treaties.length === 0) return;
  const sign = signingWord(v.s);
  for (const tr of v.treaties) {
    if (!partiesBetween(cx, v, tr, sign)) joinedSigners(cx, v, tr, sign);
    const inside = namesIn(cx, tr.start + firstWordLength(cx, tr), tr.end);
    partiesInName(cx, v.s, tr, inside);
    establishes(cx, v.s, tr, inside);
    signingYear(cx, v.s, tr);
    if (sign) signingDay(cx, v.s, tr, sign);
  }
}

/** "der Vertrag … zwischen A und B (unterzeichnet)": both are parties; with a signing word, a Signing event. */
function partiesBetween(cx: Context, v: View, tr: EntityMention, sign: Span | undefined): boolean {
  const { s } = v;
  const between = PARTIES.between.exec(cx.text.slice(tr.end, Math.min(s.end, tr.end + PARTIES.betweenWithin)));
  if (!between) return false;
  const bStart = tr.end + between.index;
  const parties = listAfter(cx, v.states, bStart + between[0].length);
  if (parties.length === 0) return false;
  const bEnd = parties.at(-1)!.end;
  const end = sign && sign[0] < bEnd + SIGN.spanWithin ? sign[1] : bEnd;
  for (const p of parties) fact(cx, s, PARTIES.id, p.entity, NG.partyTo, { iri: tr.entity }, [tr.start, end], PARTIES.confidence.between);
  if (sign && v.date) {
    const spans = { participants: [bStart, end], about: [tr.start, end], dated: [tr.start, end], during: [s.start, end] } as const;
    signing(cx, s, tr, parties, v.date, spans, SIGN.confidence.about);
  }
  return true;
}

/** The states listed from `at` on: "Russland und Weißrussland", "the US, the UK and Australia". */
function listAfter(cx: Context, states: readonly EntityMention[], at: number): EntityMention[] {
  const out: EntityMention[] = [];
  for (const x of states) {
    if (x.start < at) continue;
    if (!(out.length ? PARTIES.listGap : PARTIES.listStart).test(cx.text.slice(at, x.start))) break;
    out.push(x);
    at = x.end;
  }
  return out;
}

/** Does a word of what did not (yet) happen stand in the sentence between `from` and `to` ("will sign", "planen die Unterzeichnung")? */
function notYet(s: SentenceInfo, from: number, to: number): boolean {
  return s.tokens.some((t) => t.start >= from && t.end <= to && NOT_YET.test(t.t));
}

/** "A und B unterzeichneten den Vertrag …", "A und B haben den Vertrag … unterzeichnet": the two states before treaty and signing word are parties. */
function joinedSigners(cx: Context, v: View, tr: EntityMention, sign: Span | undefined): void {
  const { s } = v;
  if (!sign) return;
  const before = v.states.filter((x) => x.end <= Math.min(sign[0], tr.start));
  if (before.length < 2 || !PARTIES.joined.test(cx.text.slice(before.at(-2)!.end, before.at(-1)!.start))) return;
  const parties = before.slice(-2);
  const from = parties[0]!.start;
  if (notYet(s, from, Math.max(sign[1], tr.end))) return;
  for (const p of parties) fact(cx, s, PARTIES.id, p.entity, NG.partyTo, { iri: tr.entity }, [from, tr.end], PARTIES.confidence.joined);
  if (v.date) signing(cx, s, tr, parties, v.date, { participants: [from, tr.end], about: [from, tr.end], dated: [from, s.end - 1] }, SIGN.confidence.aboutJoined);
}

interface SigningSpans {
  participants: Span;
  about: Span;
  /** Evidence of the date and place. */
  dated: Span;
  /** Evidence of the meeting it was signed during (only when given). */
  during?: Span;
}

/** The Signing event of a treaty: parties, date, the paragraph's place, the meeting it was part of. */
function signing(cx: Context, s: SentenceInfo, tr: EntityMention, parties: readonly EntityMention[], date: TimeValue, spans: SigningSpans, aboutConfidence: number): void {
  const c = SIGN.confidence;
  const iri = event(cx, 'Signing', date, `Signing of the ${cx.g.label(tr.entity)}`);
  for (const p of parties) fact(cx, s, SIGN.id, iri, NG.participant, { iri: p.entity }, spans.participants, c.participant);
  fact(cx, s, SIGN.id, iri, NG.about, { iri: tr.entity }, spans.about, aboutConfidence);
  fact(cx, s, SIGN.id, tr.entity, NG.signedOn, { time: date }, spans.dated, c.date);
  fact(cx, s, SIGN.id, iri, NG.date, { time: date }, spans.dated, c.date);
  const where = cx.paragraphPlace.get(s.paragraph);
  if (where) {
    fact(cx, s, SIGN.id, tr.entity, NG.signedAt, { iri: where }, spans.dated, c.place);
    fact(cx, s, SIGN.id, iri, NG.location, { iri: where }, spans.dated, c.place);
  }
  if (cx.meeting && spans.during) {
    fact(cx, s, SIGN.id, tr.entity, NG.signedDuring, { iri: cx.meeting.iri }, spans.during, c.during);
    fact(cx, s, SIGN.id, iri, NG.subEventOf, { iri: cx.meeting.iri }, spans.during, c.during);
  }
}

/** The length of a mention's first word with the space after it. */
function firstWordLength(cx: Context, m: EntityMention): number {
  return /^\S+\s*/.exec(cx.text.slice(m.start, m.end))?.[0].length ?? 0;
}

/** The names the register finds in [from, to) of the text. */
function namesIn(cx: Context, from: number, to: number): EntityMention[] {
  return cx.g.match(cx.text.slice(from, to)).map((x) => ({ ...x, start: x.start + from, end: x.end + from }));
}

/** "der russisch-weißrussische Vertrag": states named in the treaty's name are its parties. */
function partiesInName(cx: Context, s: SentenceInfo, tr: EntityMention, inside: readonly EntityMention[]): void {
  for (const p of inside) {
    if (cx.g.isA(p.entity, NG_CLASS.State) && PARTIES.namePartRule.test(p.rule)) fact(cx, s, PARTIES.id, p.entity, NG.partyTo, { iri: tr.entity }, [tr.start, tr.end], PARTIES.confidence.inName);
  }
}

/** "Vertrag über die Bildung des X" establishes X. */
function establishes(cx: Context, s: SentenceInfo, tr: EntityMention, inside: readonly EntityMention[]): void {
  const org = inside.find((x) => isA(cx.g, x.entity, NG_CLASS.Organisation));
  if (org && EST.trigger.test(cx.text.slice(tr.start, tr.end))) fact(cx, s, EST.id, tr.entity, NG.establishes, { iri: org.entity }, [tr.start, tr.end], EST.confidence);
}

/** "Unterzeichnung des Vertrags … im Jahr 1999": the treaty was signed then. */
function signingYear(cx: Context, s: SentenceInfo, tr: EntityMention): void {
  const year = s.dates.find((d) => d.start >= tr.end && d.start - tr.end < SIGN.yearWithin);
  const from = Math.max(s.start, tr.start - SIGN.nounLookback);
  if (year && SIGN.noun.test(cx.text.slice(from, tr.start))) fact(cx, s, SIGN.id, tr.entity, NG.signedOn, { time: year.time }, [from, year.end], SIGN.confidence.date);
}

/** "the treaty, signed in Prague on 8 April 2010": a treaty near a signing word, and the date nearest to the two. */
function signingDay(cx: Context, s: SentenceInfo, tr: EntityMention, sign: Span): void {
  const gap = (a: number, b: number, c: number, d: number) => Math.max(0, c - b, a - d);
  if (gap(tr.start, tr.end, sign[0], sign[1]) > SIGN.treatyWithin || notYet(s, s.start, s.end)) return;
  const [from, to] = [Math.min(tr.start, sign[0]), Math.max(tr.end, sign[1])];
  const days = s.dates.filter((d) => gap(d.start, d.end, from, to) <= SIGN.dateWithin && !SIGN.notTheDay.test(cx.text.slice(s.start, d.start)));
  const day = days.sort((a, b) => gap(a.start, a.end, from, to) - gap(b.start, b.end, from, to))[0];
  if (!day && s.dates.length === 0 && SIGN.dateFromSentenceBefore && cx.previous?.paragraph === s.paragraph && cx.previous.eventDate) {
    fact(cx, s, SIGN.id, tr.entity, NG.signedOn, { time: cx.previous.eventDate.time }, [Math.min(tr.start, sign[0]), Math.max(tr.end, sign[1])], SIGN.confidence.date);
  }
  if (day) fact(cx, s, SIGN.id, tr.entity, NG.signedOn, { time: day.time }, [Math.min(tr.start, sign[0], day.start), Math.max(tr.end, sign[1], day.end)], SIGN.confidence.date);
}

/** "anlässlich des 25. Jahrestags des Vertrags …" in a meeting's sentence: the meeting commemorates it. */
function commemorations(cx: Context, { s, session, treaties: trs }: View): void {
  if (!session || !cx.meeting) return;
  const anniv = COMM.trigger.exec(s.text);
  const tr = anniv ? trs.find((x) => x.start > s.start + anniv.index) : undefined;
  if (tr) fact(cx, s, COMM.id, cx.meeting.iri, NG.commemorates, { iri: tr.entity }, [s.start, s.end - 1], COMM.confidence);
}

/** "Unionsstaat Russlands und Weißrusslands": the states after a union are its members; a council right before it belongs to it. */
function unionMembers(cx: Context, { s, states }: View): void {
  const unions = s.mentions.filter((x) => cx.g.isA(x.entity, NG_CLASS.Union));
  for (const org of unions) {
    const after = UNION.members.exec(cx.text.slice(org.end, org.end + UNION.within));
    if (!after) continue;
    const end = org.end + after[0].length;
    for (const st of states.filter((x) => x.start > org.end && x.end <= end)) fact(cx, s, UNION.id, st.entity, NG.memberOf, { iri: org.entity }, [org.start, end], UNION.confidence.members);
  }
  for (const council of s.mentions.filter((x) => cx.g.isA(x.entity, NG_CLASS.Council))) {
    const union = unions.find((x) => x.start > council.end && x.start - council.end < UNION.councilGap);
    if (union) fact(cx, s, UNION.id, council.entity, NG.memberOf, { iri: union.entity }, [council.start, union.end], UNION.confidence.council);
  }
}

/** The owner state named right before a weapon kind ("russische taktische Atomwaffen"). */
function ownerBefore(cx: Context, { states }: View, k: EntityMention): EntityMention | undefined {
  return states.filter((x) => x.end <= k.start && k.start - x.end < STOCK.ownerWithin).at(-1);
}

/** The first state (or region, with `regions`) after a weapon kind that is not its owner. */
function placeAfter(cx: Context, { s }: View, k: EntityMention, owner: EntityMention | undefined, regions: boolean, within = Infinity): EntityMention | undefined {
  const fits = (e: string) => cx.g.isA(e, NG_CLASS.State) || (regions && cx.g.isA(e, NG_CLASS.Region));
  return s.mentions.find((x) => fits(x.entity) && x.start > k.end && x.entity !== owner?.entity && x.start - k.end < within);
}

/** One stock per owner and place: the most specific kind named in the text. Its key, or undefined without owner or place. */
function stockOf(cx: Context, owner: string | undefined, kind: string, place: string | undefined): string | undefined {
  if (!owner || !place) return undefined;
  const key = `${owner}|${place}`;
  const prev = cx.stocks.get(key);
  if (!prev || cx.g.entities.get(kind)?.subtypeOf === prev.kind) cx.stocks.set(key, { owner, kind, place });
  return key;
}

/** Owner adjective + weapon kind + place where they are stationed → a weapon stock. */
function weaponStocks(cx: Context, v: View): void {
  if (v.kinds.length === 0) return;
  const stationed = STOCK.stationed.test(v.s.text);
  for (const k of v.kinds) {
    const owner = ownerBefore(cx, v, k);
    const place = placeAfter(cx, v, k, owner, true, STOCK.placeWithin);
    if (!owner || !place || !(stationed || STOCK.placeBefore.test(cx.text.slice(place.start - 4, place.start)))) continue;
    const key = stockOf(cx, owner.entity, k.entity, place.entity)!;
    cx.stockFacts.push({ key, s: v.s, span: [Math.min(owner.start, k.start), Math.max(k.end, place.end)], kindSpan: [k.start, k.end], ownerSpan: [owner.start, k.end] });
  }
}

/** "<person> hatte … angekündigt" in a dated sentence: an Announcement by the nearest person, about the weapon stocks named. */
function announcements(cx: Context, v: View): void {
  const { s } = v;
  const ann = s.eventDate ? ANN.trigger.exec(s.text) : null;
  if (!ann || !s.eventDate) return;
  const at = s.start + ann.index;
  const person = s.mentions.filter((x) => cx.g.isA(x.entity, NG_CLASS.Person)).sort((a, b) => Math.abs(a.start - at) - Math.abs(b.start - at))[0];
  if (!person) return;
  const ed = s.eventDate;
  const iri = event(cx, 'Announcement', ed.time, `${cx.g.label(person.entity)} announcement`);
  cx.lastAnnouncement = { iri, sentence: s.index };
  const from = Math.min(person.start, ed.start);
  fact(cx, s, ANN.id, iri, NG.agent, { iri: person.entity }, [from, Math.max(person.end, ed.end, Math.min(at + ann[0].length, s.end))], ANN.confidence.agent);
  fact(cx, s, ANN.id, iri, NG.date, { time: ed.time }, [from, Math.max(person.end, ed.end)], ANN.confidence.date);
  for (const k of v.kinds) {
    const owner = ownerBefore(cx, v, k);
    const place = placeAfter(cx, v, k, owner, false);
    const key = stockOf(cx, owner?.entity ?? v.states.find((x) => x.start < k.start)?.entity, k.entity, place?.entity);
    if (!key) continue;
    cx.stockFacts.push({ key, s, span: [k.start, place!.end], kindSpan: [k.start, k.end], ...(owner ? { ownerSpan: [owner.start, k.end] as const } : {}) });
    // the evidence is the whole announcing clause: the words announced are not asserted, the announcement is
    fact(cx, s, ANN.id, iri, NG.about, { iri: `stock:${key}` }, [Math.min(from, k.start, owner?.start ?? k.start), Math.max(place!.end, Math.min(at + ann[0].length, s.end))], ANN.confidence.about);
  }
}

/** "Als Grund dafür führte er … an" shortly after an announcement: the weapon stocks named are the reason given. */
function reasons(cx: Context, v: View): void {
  const { s } = v;
  const last = cx.lastAnnouncement;
  if (!last || s.index - last.sentence > REASON.sentencesAfter || !REASON.trigger.test(s.text)) return;
  for (const k of v.kinds) {
    const owner = ownerBefore(cx, v, k);
    const place = placeAfter(cx, v, k, owner, true);
    const key = stockOf(cx, owner?.entity, k.entity, place?.entity);
    if (!key) continue;
    cx.stockFacts.push({ key, s, span: [owner!.start, place!.end], kindSpan: [k.start, k.end], ownerSpan: [owner!.start, k.end] });
    fact(cx, s, REASON.id, last.iri, NG.reasonGiven, { iri: `stock:${key}` }, [s.start, s.end - 1], REASON.confidence);
  }
}

/** "Russland hat seine Nukleardoktrin aktualisiert": issued by the state named before; dated, a DoctrineChange event. */
function doctrineUpdates(cx: Context, { s, states }: View): void {
  const doctrine = s.mentions.find((x) => cx.g.isA(x.entity, NG_CLASS.Doctrine) || cx.g.isA(x.entity, NG_CLASS.PolicyDocument));
  if (!doctrine || !DOC.trigger.test(s.text)) return;
  const issuer = states.filter((x) => x.end <= doctrine.start).at(-1);
  if (!issuer) return;
  const whole = [s.start, s.end - 1] as const;
  fact(cx, s, DOC.id, doctrine.entity, NG.issuedBy, { iri: issuer.entity }, [issuer.start, s.end - 1], DOC.confidence);
  cx.lastDoctrine = { iri: doctrine.entity, issuer: issuer.entity, sentence: s.index };
  const ed = s.eventDate;
  if (!ed) return;
  const iri = event(cx, 'DoctrineChange', ed.time, `${cx.g.label(issuer.entity)} updates its ${cx.g.label(doctrine.entity)}`);
  fact(cx, s, DOC.id, doctrine.entity, NG.updatedOn, { time: ed.time }, whole, DOC.confidence);
  fact(cx, s, DOC.id, iri, NG.date, { time: ed.time }, [ed.start, ed.end], DOC.confidence);
  fact(cx, s, DOC.id, iri, NG.agent, { iri: issuer.entity }, [issuer.start, s.end - 1], DOC.confidence);
  fact(cx, s, DOC.id, iri, NG.about, { iri: doctrine.entity }, whole, DOC.confidence);
}

/** "Demnach könnte …, falls …" right after a doctrine update: its condition, and the other states it names. */
function doctrineConditions(cx: Context, { s, states }: View): void {
  const doc = cx.lastDoctrine;
  const t = s.text;
  if (!doc || s.index !== doc.sentence + 1 || !COND.opener.test(t.trim())) return;
  const condition = { literal: t.trim().replace(COND.strip, '').replace(/\.$/, ''), language: COND.german.test(t) ? 'de' : 'en' };
  fact(cx, s, COND.id, doc.iri, NG.condition, condition, [s.start, s.end - 1], COND.confidence);
  const falls = COND.conditional.exec(t);
  if (!falls) return;
  const at = s.start + falls.index;
  for (const st of states.filter((x) => x.start > at && x.entity !== doc.issuer)) fact(cx, s, COND.id, doc.iri, NG.about, { iri: st.entity }, [at, s.end - 1], COND.confidence);
}

/** The per-sentence event stages, in order (later stages read what earlier ones noted). */
const SENTENCE_STAGES: ReadonlyArray<(cx: Context, v: View) => void> = [notePlace, meetings, treaties, commemorations, unionMembers, weaponStocks, announcements, reasons, doctrineUpdates, doctrineConditions];

/** "Russian tactical nuclear weapons in Belarus": the stock's English name. */
function stockName(g: Gazetteer, st: Stock): string {
  const kind = KIND_PLURAL_EN.reduce((l, [re, plural]) => l.replace(re, plural), g.label(st.kind, 'en'));
  const owner = g.label(st.owner, 'en');
  return `${OWNER_ADJECTIVE_EN[owner] ?? owner} ${kind} in ${g.label(st.place, 'en')}`;
}

/** Name the weapon stocks, state their place, kind and owner, and point the facts about them at them. */
function nameStocks(cx: Context): void {
  const iris = new Map<string, string>();
  for (const [key, st] of cx.stocks) {
    const name = stockName(cx.g, st);
    const iri = entityIri(name);
    iris.set(key, iri);
    if (!cx.g.entities.has(iri)) cx.entities.set(iri, { iri, types: [NG_CLASS.WeaponStock], labels: [{ value: name, lang: 'en' }], aliases: [] });
  }
  const c = STOCK.confidence;
  for (const f of cx.stockFacts) {
    const iri = iris.get(f.key)!;
    const st = cx.stocks.get(f.key)!;
    fact(cx, f.s, STOCK.id, iri, NG.stationedIn, { iri: st.place }, f.span, c.stationedIn);
    fact(cx, f.s, STOCK.id, iri, NG.weaponType, { iri: st.kind }, f.kindSpan, c.kind);
    if (f.ownerSpan) fact(cx, f.s, STOCK.ownerId, iri, NG.controlledBy, { iri: st.owner }, f.ownerSpan, c.owner);
  }
  for (const f of cx.facts) if ('iri' in f.object && f.object.iri.startsWith('stock:')) f.object = { iri: iris.get(f.object.iri.slice(6))! };
}

/** Speakers quoted (indirectly) on the day of the meeting took part in it: evidence is the narrator's reporting clause. */
function meetingParticipants(cx: Context, statements: readonly FoundStatement[]): void {
  const mt = cx.meeting;
  if (!mt) return;
  const inSpeech = (start: number, end: number) => statements.some((x) => start < x.contentEnd && end > x.contentStart);
  for (const st of statements) {
    if (!st.speaker || st.date.value !== mt.date.value || st.date.bound || st.mode === 'direct') continue;
    const clauseEnd = st.contentStart > st.start ? st.contentStart : st.end;
    const clause = cx.text.slice(st.start, clauseEnd);
    if (clause.trim().length < 10 || inSpeech(st.start, clauseEnd)) continue;
    const end = st.start + clause.replace(/[\s,:]+$/, '').replace(/,\s*(dass|that)$/, '').length;
    cx.facts.push({ subject: mt.iri, predicate: NG.participant, object: { iri: st.speaker }, start: st.start, end, sentence: st.sentence, rule: rule(MEET.id), confidence: MEET.confidence.participant });
  }
}
