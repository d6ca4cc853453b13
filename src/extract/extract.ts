/**
 * The extractor: a news text and its metadata → a {@link DocumentGraph} in the project's evidence
 * model, by deterministic rules only (no network, no model weights).
 *
 * Does: segment the text, find new people by their roles, link entity mentions, find dates,
 * attribute reported speech, apply the relation rules to narrator text, and attach to every fact,
 * statement and mention its evidence: code-point span, sentence, rule and confidence. Facts found
 * by several rules or sentences get one fact with several evidence spans. Does not: write RDF
 * (see `src/model/encode.ts`) or apply review files (see `review.ts`).
 */
import type { DocumentGraph, EntityRecord, Evidence, Fact, FactObject, Mention, Statement } from '../model/types.js';
import { documentIri, entityIri, objectKey } from '../model/iri.js';
import { CodePointText } from '../model/offsets.js';
import { NG, NG_CLASS } from '../model/vocab.js';
import type { SourceMeta } from '../model/curation.js';
import { segmentText } from './segment.js';
import { findDates } from './dates.js';
import type { Gazetteer, EntityMention } from './gazetteer.js';
import { findStatements, type SentenceInfo } from './speech.js';
import { findRelations } from './relations.js';
import { rule } from './rules.js';

const ROLE = /\b(?:(\p{L}+(?:isch|ische|ischen|ian|ese|can))\s+)?(Präsident(?:in)?|Verteidigungsminister(?:in)?|Außenminister(?:in)?|Ministerpräsident(?:in)?|Regierungschef(?:in)?|Bundeskanzler(?:in)?|Kanzler(?:in)?|Generalsekretär(?:in)?|Sprecher(?:in)?|President|Prime Minister|Defen[cs]e Minister|Foreign Minister|Chancellor|Secretary of State|Secretary-General|spokes(?:man|woman))\s+(\p{Lu}[\p{Ll}-]+(?:\s+\p{Lu}[\p{Ll}-]+){1,2})/gu;

/** Find people introduced by a role ("Verteidigungsminister Viktor Chrenin") that the register does not know. */
function findNewPeople(text: string, g: Gazetteer, skip: (i: number) => boolean): Array<{ record: EntityRecord; start: number; end: number; role: string; roleStart: number; affiliation?: string }> {
  const found: Array<{ record: EntityRecord; start: number; end: number; role: string; roleStart: number; affiliation?: string }> = [];
  for (const m of text.matchAll(ROLE)) {
    const name = m[3]!;
    const nameStart = m.index + m[0].length - name.length;
    if (skip(m.index)) continue;
    const known = g.match(name);
    if (known.length > 0 && known[0]!.start === 0) continue;
    const iri = entityIri(name);
    const adjective = m[1] ? g.match(m[1]).find((x) => g.isA(x.entity, NG_CLASS.State))?.entity : undefined;
    const before = g.match(text.slice(Math.max(0, m.index - 30), m.index)).filter((x) => g.isA(x.entity, NG_CLASS.State)).at(-1)?.entity;
    const surname = name.split(/\s+/).at(-1)!;
    const record: EntityRecord = { iri, types: [NG_CLASS.Person], labels: [{ value: name, lang: /[äöüß]|isch/.test(m[0]) ? 'de' : 'en' }], aliases: surname !== name ? [{ value: surname, lang: '' }] : [] };
    found.push({ record, start: nameStart, end: nameStart + name.length, role: m[2]!, roleStart: m.index + (m[1] ? m[1].length + 1 : 0), ...((adjective ?? before) ? { affiliation: (adjective ?? before)! } : {}) });
  }
  return found;
}

/** Extract one document. The gazetteer learns the new people it finds. */
export function extractDocument(text: string, meta: SourceMeta, g: Gazetteer): DocumentGraph {
  if (typeof text !== 'string' || text.trim() === '') throw new RangeError('the text is empty');
  const doc = documentIri(meta.id);
  const cp = new CodePointText(text);
  const seg = segmentText(text, meta.language);
  const boiler = seg.boilerplate.map((b) => [cp.toUtf16(b.start), cp.toUtf16(b.end)] as const);
  const inBoiler = (i: number) => boiler.some(([s, e]) => i >= s && i < e);

  // new people first, so that they are linked like register entities
  const people = findNewPeople(text, g, inBoiler);
  for (const p of people) {
    g.entities.set(p.record.iri, { iri: p.record.iri, types: p.record.types, labels: p.record.labels, aliases: p.record.aliases });
    for (const l of [...p.record.labels]) g.addName(l.value, p.record.iri, true);
    for (const a of p.record.aliases) g.addName(a.value, p.record.iri, false);
  }

  const mentions = g.match(text).filter((m) => !inBoiler(m.start));
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  const paragraphOf = (i: number) => {
    let p = 0;
    while (p + 1 < lineStarts.length && lineStarts[p + 1]! <= i) p++;
    return p;
  };
  let mi = 0;
  const sentences: SentenceInfo[] = seg.sentences.map((sp, index) => {
    const start = cp.toUtf16(sp.start);
    const end = cp.toUtf16(sp.end);
    const sText = text.slice(start, end);
    const ms: EntityMention[] = [];
    while (mi < mentions.length && mentions[mi]!.start < start) mi++;
    for (let k = mi; k < mentions.length && mentions[k]!.start < end; k++) ms.push(mentions[k]!);
    const dates = findDates(sText, meta.published).map((d) => ({ ...d, start: d.start + start, end: d.end + start }));
    const quoted = (i: number) => (sText.slice(0, i - start).match(/["„“”»«]/g)?.length ?? 0) % 2 === 1;
    const eventDate = dates.find((d) => !/Jahrestag|anniversary/.test(text.slice(start, d.start)) && !quoted(d.start) && !/Ende des Jahres|end of the year/.test(d.text));
    return { index, start, end, text: sText, paragraph: paragraphOf(start), mentions: ms, dates, ...(eventDate ? { eventDate } : {}) };
  });

  const isPerson = (e: string) => g.isA(e, NG_CLASS.Person);
  const isPlace = (e: string) => g.isA(e, NG_CLASS.City) || g.isA(e, NG_CLASS.Place);
  const found = findStatements(text, sentences, isPerson, isPlace);
  const speechSpans = found.map((st) => {
    const at = text.indexOf(st.content, st.start);
    return at >= 0 ? { start: at, end: at + st.content.length } : { start: st.start, end: st.end };
  });
  const rel = findRelations(text, sentences, speechSpans, g);

  const evidence = (start: number, end: number, sentence: number, ruleIri: string, confidence: number): Evidence => {
    const s = cp.toCodePoint(start);
    const e = cp.toCodePoint(end);
    return { document: doc, sentence, span: { start: s, end: e, exact: text.slice(start, end) }, rule: ruleIri, confidence };
  };

  const factMap = new Map<string, Fact>();
  const addFact = (subject: string, predicate: string, object: FactObject, ev: Evidence) => {
    const key = `${subject} ${predicate} ${objectKey(object)}`;
    const f = factMap.get(key);
    if (!f) factMap.set(key, { subject, predicate, object, evidence: [ev] });
    else if (!f.evidence.some((x) => x.span.start === ev.span.start && x.span.end === ev.span.end && x.rule === ev.rule)) f.evidence.push(ev);
  };
  for (const f of rel.facts) addFact(f.subject, f.predicate, f.object, evidence(f.start, f.end, f.sentence, f.rule, f.confidence));
  for (const p of people) {
    const sentence = sentences.findIndex((s) => p.start >= s.start && p.start < s.end);
    if (sentence < 0 || speechSpans.some((s) => p.start < s.end && p.end > s.start)) continue;
    const ev = evidence(p.roleStart, p.end, sentence, rule('ner.role-person'), 0.8);
    addFact(p.record.iri, NG.position, { literal: p.role, language: p.record.labels[0]!.lang }, ev);
    if (p.affiliation) addFact(p.record.iri, NG.affiliation, { iri: p.affiliation }, ev);
  }

  // speakers at a meeting took part in it: evidence is the narrator's reporting clause
  const meetings = rel.entities.filter((e) => e.types.includes(NG_CLASS.Meeting));
  for (const mt of meetings) {
    const dateFact = [...factMap.values()].find((f) => f.subject === mt.iri && f.predicate === NG.date);
    const mtDate = dateFact && 'time' in dateFact.object ? dateFact.object.time.value : undefined;
    found.forEach((st, i) => {
      if (!mtDate || st.date?.value !== mtDate) return;
      const clauseEnd = speechSpans[i]!.start > st.start ? speechSpans[i]!.start : st.end;
      const clause = text.slice(st.start, clauseEnd);
      if (st.mode === 'direct' || clause.trim().length < 10 || speechSpans.some((x) => st.start < x.end && clauseEnd > x.start)) return;
      const end = st.start + clause.replace(/[\s,:]+$/, '').replace(/,\s*(dass|that)$/, '').length;
      addFact(mt.iri, NG.participant, { iri: st.speaker }, evidence(st.start, end, st.sentence, rule('rel.meeting'), 0.6));
    });
  }

  const statements: Statement[] = found.map((st) => ({
    speaker: st.speaker,
    ...(st.date ? { date: st.date } : {}),
    ...(st.place ? { place: st.place } : {}),
    mode: st.mode,
    ...(st.quote !== undefined ? { quote: st.quote } : {}),
    content: st.content,
    about: st.about,
    claims: [],
    evidence: [evidence(st.start, st.end, st.sentence, st.rule, st.confidence)],
  }));

  const mentionList: Mention[] = [];
  for (const s of sentences) for (const m of s.mentions) mentionList.push({ entity: m.entity, evidence: evidence(m.start, m.end, s.index, m.rule, m.confidence) });

  const usedEntities = new Set([...factMap.values()].flatMap((f) => [f.subject, 'iri' in f.object ? f.object.iri : '']));
  const entities = [...rel.entities.filter((e) => usedEntities.has(e.iri)), ...people.map((p) => p.record)];
  return {
    document: {
      id: meta.id,
      iri: doc,
      text,
      language: meta.language,
      published: meta.published,
      ...(meta.publisher ? { publisher: meta.publisher } : {}),
      ...(meta.title ? { title: meta.title } : {}),
      sentences: seg.sentences,
      boilerplate: seg.boilerplate,
    },
    entities,
    facts: [...factMap.values()],
    statements,
    mentions: mentionList,
  };
}
