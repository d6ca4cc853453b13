/**
 * The extractor: a news text and its metadata → a {@link DocumentGraph} in the project's evidence
 * model, by deterministic rules only (no network, no model weights). A pipeline of small stages,
 * each adding to the sentences' working view (`sentence.ts`):
 *
 *   segment → tokens → mentions (register) → role phrases → people (new, by role and name) →
 *   mentions again (the new names) → coreference (agents) → dates → speech → relations → graph
 *
 * Every fact, statement and mention gets its evidence: code-point span, sentence, rule and
 * confidence; facts found by several rules or sentences get one fact with several evidence spans.
 * Nothing inside reported speech becomes a fact. Does not: write RDF (see `src/model/encode.ts`)
 * or apply review files (see `review.ts`).
 */
import type { DocumentGraph, EntityRecord, Evidence, Fact, FactObject, Mention, Statement, TimeValue } from '../model/types.js';
import { documentIri, entityIri, objectKey } from '../model/iri.js';
import { CodePointText } from '../model/offsets.js';
import { NG, NG_CLASS } from '../model/vocab.js';
import type { SourceMeta } from '../model/curation.js';
import { isBylineOrStamp, segmentText } from './segment.js';
import { findDates } from './dates.js';
import { findAnaphoricDates, isAnchorDay } from './date-anaphora.js';
import type { Gazetteer, EntityMention } from './gazetteer.js';
import { findStatements, reportingVerbs, type FoundStatement } from './speech.js';
import { findRelations } from './relations.js';
import { CALENDAR, findRolePhrases, OWNER_CLASSES, type RoleKinds } from './role-phrases.js';
import { learnShortNames } from './short-names.js';
import { withDoubleQuotes } from './quote-style.js';
import { counterpartOffices, findIntroductions, findNamedPeople, findSpeakerNames, isTitleWord, learnSurnames, surnamesAheadOfTheirPerson, type Introduction } from './people.js';
import { resolveAgents } from './coref.js';
import { findTreaties } from './treaties.js';
import { findAcronyms } from './acronyms.js';
import { findNames, statesInsideEvents } from './names.js';
import { tokenize, type Token } from './tokens.js';
import type { SentenceInfo } from './sentence.js';
import { rule } from './rules.js';
import { COMPOUND_OWNER_PREFIX, roleAt } from './lexicon/roles.js';
import { mapPacked } from '../util/packed.js';
import { GIVEN_NAMES } from './lexicon/given-names.js';
import { isReportingWord } from './lexicon/speech-verbs.js';

/** The speaker of statements whose text does not say who spoke. */
export const UNKNOWN_SPEAKER = entityIri('Unknown speaker');

/** One word of letters and digits only: a single token. */
const PLAIN_WORD = /^[\p{L}\p{N}]+$/u;


/** The line starting at `from`, without its line break. */
function lineAt(text: string, from: number): string {
  const end = text.indexOf('\n', from);
  return text.slice(from, end < 0 ? text.length : end);
}

/**
 * Stage 1: sentences with tokens, outside boilerplate. The text is tokenised once: sentences start
 * and end next to white space, which no token holds, so a sentence's tokens are the text's tokens
 * inside it.
 */
function sentencesOf(text: string, meta: SourceMeta, cp: CodePointText): { sentences: SentenceInfo[]; tokens: Token[]; inBoiler: (i: number) => boolean; seg: ReturnType<typeof segmentText> } {
  const seg = segmentText(text, meta.language);
  const tokens = tokenize(text);
  const boiler = mapPacked(seg.boilerplate, (b) => [cp.toUtf16(b.start), cp.toUtf16(b.end)] as const);
  const inBoiler = (i: number) => boiler.some(([s, e]) => i >= s && i < e);
  // a paragraph is a line that holds text: blank lines between paragraphs ("…said.\n\n\"…\"") separate, they do not count
  const lineStarts = [0];
  // (nor do a byline or a time stamp between two paragraphs of one speaker's words)
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
    const line = lineAt(text, i + 1);
    if (/\S/u.test(line) && !inBoiler(i + 1) && !isBylineOrStamp(line)) lineStarts.push(i + 1);
  }
  let p = 0;
  let t = 0;
  const sentences = mapPacked(seg.sentences, (sp, index) => {
    const start = cp.toUtf16(sp.start);
    const end = cp.toUtf16(sp.end);
    while (p + 1 < lineStarts.length && lineStarts[p + 1]! <= start) p++;
    while (t < tokens.length && tokens[t]!.start < start) t++;
    const first = t;
    while (t < tokens.length && tokens[t]!.end <= end) t++;
    return { index, start, end, text: text.slice(start, end), paragraph: p, tokens: tokens.slice(first, t), mentions: [], shadows: [], dates: [], roles: [], agents: [], eventDate: undefined } as SentenceInfo;
  });
  return { sentences, tokens, inBoiler, seg };
}

/** Stage 2: register mentions per sentence (`tokens`: the whole text's). */
function linkMentions(text: string, tokens: readonly Token[], sentences: SentenceInfo[], g: Gazetteer, inBoiler: (i: number) => boolean): void {
  const mentions = g.match(text, tokens).filter((m) => !inBoiler(m.start));
  let mi = 0;
  for (const s of sentences) {
    while (mi < mentions.length && mentions[mi]!.start < s.start) mi++;
    const ms: EntityMention[] = [];
    for (let k = mi; k < mentions.length && mentions[k]!.start < s.end; k++) ms.push(mentions[k]!);
    s.mentions = ms.filter((m) => !m.shadow && !insideLongerName(m, s, g) && !givenNameOfAnother(m, s, g) && !anotherStatesBody(m, ms, text, g));
    s.shadows = [...ms.filter((m) => m.shadow), ...statesInsideEvents(s.mentions, g)];
  }
}

/**
 * "Jean-Pierre Thebault" is not Karine Jean-Pierre: a register person's one-word surname that is
 * also a given name, right before another capitalised name word, begins someone else's name.
 */
function givenNameOfAnother(m: EntityMention, s: SentenceInfo, g: Gazetteer): boolean {
  if (/\s/.test(m.text) || !GIVEN_NAMES.has(m.text.split('-')[0]!) || !g.isA(m.entity, NG_CLASS.Person) || g.entities.get(m.entity)?.generated) return false;
  const k = s.tokens.findIndex((t) => t.start === m.start);
  const next = s.tokens[k + 1];
  return k >= 0 && next !== undefined && next.start - m.end === 1 && /^\p{Lu}\p{Ll}+$/u.test(next.t) && !roleAt([next.t], 0) && !isReportingWord(next.t) && !CALENDAR.test(next.t);
}

/**
 * "Japan's Foreign Office", "Pakistani Foreign Office": a register body of one state (the UK's
 * "Foreign Office") named with another state's genitive or adjective is that state's office, not
 * the registered one.
 */
function anotherStatesBody(m: EntityMention, ms: readonly EntityMention[], text: string, g: Gazetteer): boolean {
  const owner = g.stateOf(m.entity);
  if (!owner || owner === m.entity) return false;
  const before = ms.find((x) => x.end <= m.start && /^(['’]s)?\s$/u.test(text.slice(x.end, m.start)) && g.isA(x.entity, NG_CLASS.State));
  return before !== undefined && before.entity !== owner;
}

/**
 * A one-word name of a person right after another capitalised word that is neither a role, a
 * known name nor the sentence's first word belongs to someone else's name: "Li Xi" is not Xi
 * Jinping, "Ben Wallace" not another Wallace.
 */
function insideLongerName(m: EntityMention, s: SentenceInfo, g: Gazetteer): boolean {
  if (/\s/.test(m.text) || !g.isA(m.entity, NG_CLASS.Person) || g.entities.get(m.entity)?.generated) return false;
  const k = s.tokens.findIndex((t) => t.start === m.start);
  const prev = s.tokens[k - 1];
  if (k <= 1 || !prev || m.start - prev.end !== 1 || !/^\p{Lu}\p{Ll}+$/u.test(prev.t)) return false;
  // ("Mr Marles", "Gen Bilton": a form of address or a rank is no part of a name)
  return !roleAt([prev.t], 0) && !isTitleWord(prev.t) && !s.mentions.some((x) => x.end === prev.end) && !CALENDAR.test(prev.t);
}


/** Stage 3: role phrases per sentence. */
function findRoles(text: string, sentences: SentenceInfo[], g: Gazetteer, lang: 'de' | 'en'): void {
  const owner = (e: string) => g.isAny(e, OWNER_CLASSES);
  const kinds: RoleKinds = {
    affiliationOf: (m) => owner(m.entity),
    isPerson: (m) => g.isA(m.entity, NG_CLASS.Person),
    textBetween: (from, to) => text.slice(from, to),
    compoundAffiliation: (prefix, start) => {
      const named = COMPOUND_OWNER_PREFIX[prefix.toLowerCase().replace(/-$/, '')];
      const bare = prefix.replace(/-$/, '');
      if (!named && PLAIN_WORD.test(bare) && !g.startsAName(bare)) return undefined; // most cuts of a word name nothing
      const m = named ? g.match(named)[0] : g.match(bare).find((x) => x.start === 0 && x.end >= bare.length && owner(x.entity));
      return m ? { ...m, start, end: start + prefix.length, text: prefix } : undefined;
    },
  };
  for (const s of sentences) s.roles = findRolePhrases(s.tokens, s.mentions, lang, kinds);
}

/** Stage 5: dates per sentence, and the date of what the sentence narrates. */
function findSentenceDates(text: string, sentences: SentenceInfo[], published: string): void {
  const quoted = (s: SentenceInfo, i: number) => (s.text.slice(0, i - s.start).match(/["„“”»«]/g)?.length ?? 0) % 2 === 1;
  let lastDay: TimeValue | undefined;
  for (const s of sentences) {
    const own = findDates(s.text, published);
    // "a day later", "on the same day": the day dated last before, in this sentence or an earlier one
    const before = (at: number) => own.filter((d) => d.end <= at && isAnchorDay(d.time)).at(-1)?.time ?? lastDay;
    const all = [...own, ...findAnaphoricDates(s.text, before)].sort((a, b) => a.start - b.start);
    s.dates = mapPacked(all, (d) => ({ start: d.start + s.start, end: d.end + s.start, text: d.text, time: d.time, rule: d.rule }));
    lastDay = all.filter((d) => isAnchorDay(d.time)).at(-1)?.time ?? lastDay;
    const eventDate = s.dates.find((d) => !/Jahrestag|anniversary/.test(text.slice(s.start, d.start)) && !quoted(s, d.start) && !/Ende des Jahres|end of the year/.test(d.text));
    s.eventDate = eventDate;
  }
}

/** Relative dates inside reported words resolve against the day they were said ("today" in a quote). */
function reanchorQuotedDates(sentences: SentenceInfo[], statements: readonly FoundStatement[], published: string): void {
  for (const st of statements) {
    if (st.date.precision !== 'day' || st.date.bound || st.date.value === published) continue;
    for (const s of sentences.slice(st.sentence, st.lastSentence + 1)) {
      s.dates = mapPacked(s.dates, (d) => {
        if (d.start < st.contentStart || d.end > st.contentEnd || !/relative|weekday/.test(d.rule)) return d;
        const again = findDates(d.text, st.date.value)[0];
        return again ? { start: d.start, end: d.end, text: d.text, time: again.time, rule: d.rule } : d;
      });
    }
  }
}

/** Options of {@link extractDocument}. */
export interface ExtractOptions {
  /** Called with the working view of every sentence once the speech stage is done (for inspection and debugging). */
  inspect?(sentences: readonly SentenceInfo[]): void;
}

/** Extract one document. The gazetteer learns the new people it finds. */
export function extractDocument(original: string, meta: SourceMeta, g: Gazetteer, options: ExtractOptions = {}): DocumentGraph {
  if (typeof original !== 'string' || original.trim() === '') throw new RangeError('the text is empty');
  // the stages read quotation marks as double ones (offsets unchanged); evidence and the stored text are the original
  const text = withDoubleQuotes(original);
  const doc = documentIri(meta.id);
  const cp = new CodePointText(text);
  const lang = meta.language === 'en' ? 'en' : 'de';
  const { sentences, tokens, inBoiler, seg } = sentencesOf(text, meta, cp);

  linkMentions(text, tokens, sentences, g, inBoiler);
  findRoles(text, sentences, g, lang);
  const learnt = g.namesLearnt;
  const intros = findIntroductions(text, sentences, g);
  intros.push(...findNamedPeople(text, sentences, g, lang));
  // organisations and places by their shape before the speaker names: "agency Traficom said" is no person
  const treaties = [...findTreaties(sentences, g, lang), ...findAcronyms(sentences, g, lang), ...findNames(sentences, g, lang, text)];
  intros.push(...findSpeakerNames(text, sentences, g, lang, meta.published, (s) => reportingVerbs(s, () => false)));
  const surnames = learnSurnames(sentences, g);
  const shortNames = learnShortNames(text, sentences, g);
  if (g.namesLearnt !== learnt || treaties.length || surnames || shortNames) {
    linkMentions(text, tokens, sentences, g, inBoiler);
    findRoles(text, sentences, g, lang);
    // an office whose owner was only now named may now reach its holder ("Chief of Staff of the <minted body> General <name>")
    const known = new Set(intros.map((i) => `${i.sentence} ${i.start}`));
    intros.push(...findIntroductions(text, sentences, g).filter((i) => !known.has(`${i.sentence} ${i.start}`)));
  }
  surnamesAheadOfTheirPerson(sentences, g);
  counterpartOffices(intros, sentences, g, meta.published);
  resolveAgents(sentences, intros, g, meta.published, lang);
  findSentenceDates(text, sentences, meta.published);

  const isPlace = (e: string) => g.isA(e, NG_CLASS.City) || g.isA(e, NG_CLASS.Place);
  const isPerson = (e: string) => g.isA(e, NG_CLASS.Person);
  const canSpeak = (e: string) => isPerson(e) || g.isAny(e, OWNER_CLASSES);
  const found = findStatements(text, sentences, { published: meta.published, language: lang, isPlace, isPerson, isState: (e) => g.isA(e, NG_CLASS.State), stateOfCapital: (e) => g.entities.get(e)?.capitalOf, canSpeak });
  reanchorQuotedDates(sentences, found, meta.published);
  options.inspect?.(sentences);
  const owners = ownersOf(intros, g, meta.published);
  const rel = findRelations({ text, sentences, g, statements: found, ownerOf: (p) => owners.get(p) });

  const evidence = (start: number, end: number, sentence: number, ruleIri: string, confidence: number): Evidence => {
    const s = cp.toCodePoint(start);
    const e = cp.toCodePoint(end);
    return { document: doc, sentence, span: { start: s, end: e, exact: original.slice(start, end) }, rule: ruleIri, confidence };
  };

  const factMap = new Map<string, Fact>();
  const addFact = (subject: string, predicate: string, object: FactObject, ev: Evidence) => {
    const key = `${subject} ${predicate} ${objectKey(object)}`;
    const f = factMap.get(key);
    if (!f) factMap.set(key, { subject, predicate, object, evidence: [ev] });
    else if (!f.evidence.some((x) => x.span.start === ev.span.start && x.span.end === ev.span.end && x.rule === ev.rule)) f.evidence.push(ev);
  };
  for (const f of rel.facts) addFact(f.subject, f.predicate, f.object, evidence(f.start, f.end, f.sentence, f.rule, f.confidence));
  // a name with its office ("Russian President Vladimir Putin") is the narrator's wording even inside indirect speech; inside quotation marks it is the speaker's
  const quoted = mapPacked(found.filter((st) => st.mode === 'direct'), (st) => ({ start: st.contentStart, end: st.contentEnd }));
  for (const i of intros) {
    if (quoted.some((q) => i.start < q.end && i.end > q.start) || !i.role || i.role.descriptive || i.notHeld) continue;
    const ev = evidence(i.start, i.end, i.sentence, rule('ner.role-person'), 0.8);
    addFact(i.person, NG.position, { literal: i.role.key, language: 'en' }, ev);
    // the office's owner: as the text names it, else as the register's tenure on the day says
    const affiliation = i.affiliation ?? owners.get(i.person);
    if (affiliation) addFact(i.person, NG.affiliation, { iri: affiliation }, ev);
    if (affiliation && g.isA(affiliation, NG_CLASS.State) && i.role.head) {
      const head = i.role.head === 'state' ? NG.headOfState : NG.headOfGovernment;
      addFact(affiliation, head, { iri: i.person }, evidence(i.start, i.end, i.sentence, rule(i.role.head === 'state' ? 'rel.head-of-state' : 'rel.head-of-government'), 0.9));
    }
  }

  const speakerOk = (st: FoundStatement) => st.speaker ?? UNKNOWN_SPEAKER;
  const statements: Statement[] = mapPacked(found, (st) => ({
    speaker: speakerOk(st),
    date: st.date,
    place: st.place,
    mode: st.mode,
    quote: st.quote,
    content: st.content,
    about: st.about,
    claims: [],
    evidence: [evidence(st.start, st.end, st.sentence, st.rule, st.confidence)],
  }));

  const mentionList: Mention[] = [];
  for (const s of sentences) {
    for (const m of [...s.mentions, ...s.shadows]) mentionList.push({ entity: m.entity, evidence: evidence(m.start, m.end, s.index, m.rule, m.confidence) });
    for (const a of s.agents) if (a.entity && a.rule && a.kind !== 'name' && !s.mentions.some((m) => m.start === a.start)) mentionList.push({ entity: a.entity, evidence: evidence(a.start, a.end, s.index, a.rule, 0.7) });
  }

  const usedEntities = new Set([...factMap.values()].flatMap((f) => [f.subject, 'iri' in f.object ? f.object.iri : '']));
  const unknown: EntityRecord[] = found.some((st) => !st.speaker) ? [{ iri: UNKNOWN_SPEAKER, types: [NG_CLASS.Agent], labels: [{ value: 'unknown speaker', lang: 'en' }, { value: 'unbekannter Sprecher', lang: 'de' }], aliases: [] }] : [];
  const minted = [...intros.flatMap((i) => (i.record ? [i.record] : [])), ...treaties];
  for (const m of mentionList) usedEntities.add(m.entity);
  for (const st of statements) usedEntities.add(st.speaker);
  const generated = [...usedEntities].flatMap((iri) => {
    const e = g.entities.get(iri);
    return e?.generated && !minted.some((m) => m.iri === iri) ? [{ iri, types: e.types, labels: e.labels, aliases: e.aliases }] : [];
  });
  const entities = [...rel.entities.filter((e) => usedEntities.has(e.iri)), ...minted, ...generated, ...unknown];
  return {
    document: {
      id: meta.id,
      iri: doc,
      text: original,
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
    dates: sentences.flatMap((s) => s.dates).map((d) => ({ start: cp.toCodePoint(d.start), end: cp.toCodePoint(d.end), time: d.time, rule: d.rule })),
  };
}

/** The state or organisation of each person's office: from this text's introductions, else the register on the publication day. */
function ownersOf(intros: readonly Introduction[], g: Gazetteer, published: string): { get(person: string): string | undefined } {
  const fromText = new Map<string, string>();
  for (const i of intros) if (i.affiliation) fromText.set(i.person, i.affiliation);
  return { get: (person) => fromText.get(person) ?? g.tenuresOn(person, published)[0]?.of ?? g.entities.get(person)?.affiliation };
}
