/**
 * Reported speech: every statement of a text with its speaker, mode, content, date and place.
 *
 * Does: find quotations („…“, “…”, "…", »…«) and attribute them to the speaker of a reporting
 * clause before, after or around them ("…“, betonte der russische Staatschef"; "X sagte: „…“"),
 * to the speaker of the paragraph's previous statement (a quote continued), or to an unknown
 * speaker; indirect speech with a reporting verb (lexicon in `lexicon/speech-verbs.ts`) and a
 * dass/that clause, a comma clause, a bare English complement ("said the talks would") or a
 * trailing reporting clause ("…, sagte X"); "laut X", "X zufolge", ", so X", "according to X";
 * Konjunktiv I sentences continuing the previous statement. Speakers are the agent references
 * the coreference stage resolved (names, role nouns, demonyms); pronouns refer to the last
 * speaker. A statement's date comes from its own reporting clause (or a "dabei"/"damals" that
 * points at the occasion the previous sentence dates), else it is the publication day as an upper
 * bound — never a date borrowed from another sentence, not even from the statement it continues.
 * When in doubt, it is speech. Does not: turn anything said into a fact.
 */
import { upperBound } from '../model/time.js';
import type { TimeValue } from '../model/types.js';
import type { DateMention } from './dates.js';
import { ATTRIBUTION_AFTER, ATTRIBUTION_BEFORE, COMPLEMENTISER, DEMONSTRATIVE_CONTENT, isReportingWord, OBJECT_PRONOUNS, DE_REPORTING, DE_REPORTING_PARTICIPLES, EN_REPORTING, KONJUNKTIV, NOT_KONJUNKTIV, SO_X, WEAK_REPORTING } from './lexicon/speech-verbs.js';
import { rule, type RuleId } from './rules.js';
import type { AgentRef, SentenceInfo } from './sentence.js';
import { APPOSITION_GAP } from './coref.js';

/** A statement found in the text (UTF-16 offsets). */
export interface FoundStatement {
  /** Undefined: the text does not say who (an unknown speaker). */
  speaker?: string;
  mode: 'direct' | 'indirect';
  quote?: string;
  content: string;
  /** Evidence span: the reported words with their reporting clause. */
  start: number;
  end: number;
  /** The reported words alone: no fact may come from here. */
  contentStart: number;
  contentEnd: number;
  sentence: number;
  /** Last sentence the statement covers. */
  lastSentence: number;
  date: TimeValue;
  place?: string;
  about: string[];
  rule: string;
  confidence: number;
}

/** A quotation in the text (UTF-16 offsets, quote marks included). */
export interface Quotation {
  start: number;
  end: number;
  inner: string;
}

/** Regexes of the functions below, compiled once. */
const LETTER = /\p{L}/u;
const KONJUNKTIV_FORM = /^\p{Ll}{3,}(?<!ie|t)e$/u;
const KONJUNKTIV_BEFORE = /^(\p{Lu}\p{L}*|er|sie|es|man|dies|das|dazu|dabei|daher|nun|zudem|außerdem|jetzt|momentan|derzeit|so)$/u;

const CLOSERS: Record<string, string> = { '„': '“”', '“': '”', '"': '"', '»': '«', '«': '»', '‚': '‘’' };
const MIN_QUOTE_WORDS = 3;
const OPENERS = new RegExp(`[${Object.keys(CLOSERS).join('')}]`, 'g');

/** The index of the next opening quotation mark in text[from, to), else `to`. */
function nextOpener(text: string, from: number, to: number): number {
  OPENERS.lastIndex = from;
  const m = OPENERS.exec(text);
  return m && m.index < to ? m.index : to;
}

/** Quotations in text[from, to): closed ones, and one left open to the end of its paragraph. */
export function quotations(text: string, from: number, to: number): Quotation[] {
  const out: Quotation[] = [];
  for (let i = nextOpener(text, from, to); i < to; i = nextOpener(text, i + 1, to)) {
    const closers = CLOSERS[text[i]!]!;
    if (text[i] === '‚' && !/\s/.test(text[i - 1] ?? ' ')) continue;
    let close = -1;
    for (let k = i + 1; k < to; k++) if (closers.includes(text[k]!) && !(text[i] === '"' && LETTER.test(text[k - 1] ?? '') && LETTER.test(text[k + 1] ?? ''))) {
      close = k;
      break;
    }
    const end = close < 0 ? to : close + 1;
    out.push({ start: i, end, inner: text.slice(i + 1, close < 0 ? to : close) });
    i = end - 1;
  }
  return out;
}

const words = (s: string) => s.split(/\s+/).filter((w) => LETTER.test(w)).length;

export interface Verb {
  token: number;
  weak: boolean;
}

/** The reporting verbs of a sentence outside quotations, in order. */
export function reportingVerbs(s: SentenceInfo, inQuote: (pos: number) => boolean): Verb[] {
  const out: Verb[] = [];
  const toks = s.tokens;
  toks.forEach((t, k) => {
    const w = t.t.toLowerCase();
    if (!isReportingWord(w) || inQuote(t.start)) return;
    const particles = DE_REPORTING.get(w) ?? [];
    const ok =
      particles.some((particle) => particle === '' || toks.slice(k + 1).some((x) => x.t.toLowerCase() === particle)) ||
      DE_REPORTING_PARTICIPLES.has(w) ||
      (EN_REPORTING.has(w) && !/^(reports?|calls?|called|states)$/.test(w)) ||
      (/^(called|reported)$/.test(w) && /^(for|on|it|that)$/i.test(toks[k + 1]?.t ?? ''));
    if (ok) out.push({ token: k, weak: WEAK_REPORTING.has(w) });
  });
  return out;
}

/** Verbs a document is the subject of when its text is reported ("Die Doktrin besagt", "the treaty stipulates"). */
const DOCUMENT_VERBS = /^(besagt|besagte|besagen|heißt|hieß|stipulates|stipulated)$/i;

/** Prepositions: a name after one is not the subject of a clause. */
const PREPOSITION = /^(in|im|zur|zum|mit|für|gegen|über|aus|von|vom|nach|bei|beim|an|am|auf|unter|zwischen|to|at|from|with|for|against|on|about|of|into|toward|towards|by)$/i;
/** What may stand between a subject and its reporting verb ("Netanyahu earlier said", "Russia has said"). */
const AUX_OR_ADVERB = /^(has|have|had|also|earlier|later|then|again|once|previously|recently|repeatedly|publicly|already|on|in|a|the|statement|hat|hatte|haben|hatten|auch|bereits|zuvor|später|nun|jetzt|erneut|wiederholt|zudem|außerdem)$/i;

/** What may stand between a reporting verb and its inverted subject ("sagte am Dienstag der Minister", "äußerte sich auch X"). */
const INVERTED_SUBJECT_GAP = /^(der|die|das|the|am|on|in|auf|at|laut|zufolge|gestern|heute|yesterday|today|sich|auch|ebenfalls|erneut|zuvor|bereits|dazu|später|\p{Lu}\p{Ll}+s)$/iu;

/** Context the speech stage needs from the rest of the pipeline. */
export interface SpeechContext {
  published: string;
  language: 'de' | 'en';
  isPlace(iri: string): boolean;
  isPerson(iri: string): boolean;
}

/** Find the statements of a text whose sentences carry tokens, mentions, dates and agents. */
export function findStatements(text: string, sentences: readonly SentenceInfo[], ctx: SpeechContext): FoundStatement[] {
  const out: FoundStatement[] = [];
  const byParagraph = new Map<number, SentenceInfo[]>();
  for (const s of sentences) byParagraph.set(s.paragraph, [...(byParagraph.get(s.paragraph) ?? []), s]);
  const quotes: Quotation[] = [];
  for (const ss of byParagraph.values()) quotes.push(...quotations(text, ss[0]!.start, ss.at(-1)!.end));
  const inQuote = (pos: number) => quotes.some((q) => pos > q.start && pos < q.end - 1);
  let lastPerson: string | undefined;

  const resolve = (a: AgentRef | undefined, s: SentenceInfo): string | undefined => {
    if (!a || a.kind === 'anonymous') return undefined;
    const prev = out.at(-1);
    const recent = prev && prev.speaker && s.index - prev.lastSentence <= 3 ? prev.speaker : undefined;
    // "the former Norwegian prime minister said": the speaker just quoted; "westlicher Experten" refers to no one named
    if (a.kind === 'role' && !a.entity) return a.definite ? recent : undefined;
    if (a.kind !== 'pronoun') return a.entity;
    // "it added": the organisation or state just quoted
    if (!a.person) return recent && !ctx.isPerson(recent) ? recent : undefined;
    return recent ?? lastPerson;
  };

  /**
   * A subject set off by commas right before its verb: "Admiral Rob Bauer, the chair of NATO's
   * military committee, said …", "Der oberste US-Diplomat für Ostasien, Daniel Kritenbrink,
   * bezeichnete …". The clause before the verb is then the subject, not trailing reported words.
   */
  const appositiveSubject = (s: SentenceInfo, v: number): AgentRef | undefined => {
    const vt = s.tokens[v]!;
    const parts = text.slice(s.start, vt.start).split(',');
    if (parts.length !== 3 || parts[2]!.trim() !== '' || s.tokens.filter((t) => t.end <= s.start + parts[0]!.length).length > 8) return undefined;
    const firstEnd = s.start + parts[0]!.length;
    const secondEnd = firstEnd + 1 + parts[1]!.length;
    const persons = s.agents.filter((a) => a.person && a.entity && a.kind !== 'pronoun');
    return persons.find((a) => a.end === firstEnd || (a.start > firstEnd && a.end === secondEnd)) ?? persons.find((a) => a.start > firstEnd && a.end <= secondEnd);
  };

  /**
   * The agent a reporting verb belongs to. German puts the subject after the verb when anything
   * else opens the clause ("Zur Lage sagte Bauer", "…, sagte X"); English only after a quote or a
   * comma ("…," said X). A name after a preposition is not a subject ("in der Ukraine"), nor the
   * one told ("told Reuters"); after "and" the sentence's first agent is ("Kim called Putin … and
   * said").
   */
  const speakerOf = (s: SentenceInfo, v: number, outside: (pos: number) => boolean): AgentRef | undefined => {
    const appositive = appositiveSubject(s, v);
    if (appositive && outside(appositive.start)) return appositive;
    // the word before a name, over articles: "in der Ukraine" is after a preposition
    const governing = (a: AgentRef) => {
      let k = a.token - 1;
      while (k >= 0 && /^(der|die|das|dem|den|des|the|a|an)$/i.test(s.tokens[k]!.t)) k--;
      return s.tokens[k]?.t ?? '';
    };
    // "In dem Dokument heißt es", "heißt es in der Doktrin": the document the words are in
    if (/^(heißt|hieß|heisst)$/i.test(s.tokens[v]!.t)) {
      const source = s.agents.find((a) => outside(a.start) && /^(in|im)$/i.test(governing(a)));
      if (source) return source;
    }
    const agents = s.agents.filter((a) => outside(a.start) && !PREPOSITION.test(governing(a)) && (!a.document || DOCUMENT_VERBS.test(s.tokens[v]!.t)));
    const prevTok = s.tokens[v - 1];
    const verb = s.tokens[v]!.t.toLowerCase();
    const afterPunct = !prevTok || /[,“”"»«:—–-]\s*$/.test(text.slice(prevTok.end, s.tokens[v]!.start));
    const subjectBefore = agents.some((a) => a.tokenEnd <= v && v - a.tokenEnd <= 3 && s.tokens.slice(a.tokenEnd, v).every((t) => AUX_OR_ADVERB.test(t.t)));
    const inverted = ctx.language === 'de' ? afterPunct || !subjectBefore : afterPunct && !subjectBefore;
    if (/^(and|und|sowie)$/i.test(prevTok?.t ?? '')) {
      const first = agents.find((a) => a.token <= 2 && a.tokenEnd <= v);
      if (first) return first;
    }
    // after the verb a person within reach outranks a nearer state or organisation ("erklärte die Chefin der EU-Diplomatie, Kaja Kallas")
    // a named person in apposition may stand further off ("erklärte die Chefin der EU-Diplomatie, Kaja Kallas")
    const apposition = (a: AgentRef) => a.person && a.entity !== undefined && a.token - v <= 14 && /,\s*$/.test(text.slice(s.start, a.start));
    const afterAll = /^(told|tells|tell)$/.test(verb) ? [] : agents.filter((a) => a.token > v && (a.token - v <= 8 || apposition(a))).sort((a, b) => a.token - b.token);
    let after = afterAll.find((a) => a.person && a.entity) ?? afterAll.find((a) => a.token - v <= 5);
    // "…, sagte der Demokrat.", "…, said the veteran diplomat": a definite description after the verb refers back like a pronoun
    const det = s.tokens[v + 1];
    if (!after && inverted && det && /^(der|die|the)$/i.test(det.t) && s.tokens[v + 2] && outside(det.start) && s.tokens.length - v <= 6) after = { start: det.start, end: s.tokens[v + 2]!.end, kind: 'pronoun', token: v + 1, tokenEnd: v + 3, person: true };
    let before = agents.filter((a) => a.tokenEnd <= v).sort((a, b) => b.tokenEnd - a.tokenEnd || Number(b.person) - Number(a.person))[0];
    // a coordinated subject ("Finnland und Schweden bestanden") is named by its first member
    while (before) {
      const b = before;
      const prev = agents.filter((a) => a.tokenEnd <= b.token && b.token - a.tokenEnd <= 1 && s.tokens.slice(a.tokenEnd, b.token).every((t) => /^(und|and|sowie)$/i.test(t.t))).at(-1);
      if (!prev || (b.token - prev.tokenEnd === 0 && !/,\s*$/.test(text.slice(prev.end, b.start)))) break;
      before = prev;
    }
    // "Der 71-Jährige sagte": a definite description right before the verb refers back like a pronoun
    const art = s.tokens[v - 2];
    if (!before && art && /^(der|die|the)$/i.test(art.t) && v - 2 <= 1 && !agents.some((a) => a.token === v - 1)) before = { start: art.start, end: s.tokens[v - 1]!.end, kind: 'pronoun', token: v - 2, tokenEnd: v, person: true };
    return inverted ? (after ?? before) : (before ?? (ctx.language === 'de' ? after : undefined));
  };

  /** The date of the speech act: next to the reporting verb, outside the reported words, not a span ("seit 2000") or an anniversary. */
  const dateOf = (ss: readonly SentenceInfo[], outside: (pos: number) => boolean, anchor: number): DateMention | undefined =>
    ss
      .flatMap((x) => x.dates)
      .filter((d) => outside(d.start) && Math.min(Math.abs(d.start - anchor), Math.abs(d.end - anchor)) <= 120 && !/(Jahrestag\w*|anniversary|seit|since|von|vom|bis|until|ab|from|by|zum|of)\s+(de[nrms]\s+|the\s+)?$/i.test(text.slice(Math.max(0, d.start - 40), d.start)))
      .sort((a, b) => Math.abs(a.start - anchor) - Math.abs(b.start - anchor))[0];

  const placeOf = (ss: readonly SentenceInfo[], outside: (pos: number) => boolean) =>
    ss.flatMap((x) => x.mentions).find((m) => outside(m.start) && ctx.isPlace(m.entity) && m.kind === undefined && /\b(in|at)\s+$/.test(text.slice(Math.max(0, m.start - 4), m.start)))?.entity;

  const about = (ss: readonly SentenceInfo[], from: number, to: number, speaker: string | undefined) => [...new Set(ss.flatMap((x) => x.mentions).filter((m) => m.start >= from && m.end <= to && m.entity !== speaker).map((m) => m.entity))];

  const push = (st: Omit<FoundStatement, 'date' | 'about' | 'place'>, ss: readonly SentenceInfo[], date: TimeValue | undefined) => {
    const outside = (pos: number) => pos < st.contentStart || pos >= st.contentEnd;
    const place = placeOf(ss, outside);
    out.push({ ...st, date: date ?? upperBound(ctx.published), about: about(ss, st.contentStart, st.contentEnd, st.speaker), ...(place ? { place } : {}) });
    if (st.speaker) lastPerson = st.speaker;
  };

  const trimEnd = (from: number, to: number) => {
    let e = to;
    while (e > from && /[\s.!?:;,]/.test(text[e - 1]!)) e--;
    return e;
  };

  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i]!;
    for (const a of s.agents) if (a.person && a.entity && a.kind !== 'pronoun') lastPerson = a.entity;
    if (out.some((o) => o.sentence < i && o.lastSentence >= i)) continue;
    // a short quotation counts when a reporting clause follows it ("„Wir reagieren“, sagte Peskow"); alone it may be a scare quote
    const reportedAfter = (q: Quotation) => s.tokens.filter((t) => t.start >= q.end).slice(0, 3).some((t) => isReportingWord(t.t));
    const qs = quotes.filter((q) => q.start < s.end && q.end > s.start && (words(q.inner) >= MIN_QUOTE_WORDS || (words(q.inner) >= 2 && reportedAfter(q))));

    if (qs.length > 0) {
      // direct speech: the quote and the sentences it runs through
      const qEnd = qs.at(-1)!.end;
      let last = i;
      while (last + 1 < sentences.length && sentences[last + 1]!.start < qEnd - 1) last++;
      const ss = sentences.slice(i, last + 1);
      const outside = (pos: number) => !qs.some((q) => pos >= q.start && pos < q.end);
      const verbs = ss.flatMap((x) => reportingVerbs(x, (p) => !outside(p)).map((v) => ({ s: x, v })));
      let speakerRef: AgentRef | undefined;
      let verbAt = qs[0]!.start;
      let id: RuleId = 'speech.direct-quote';
      let inherited: FoundStatement | undefined;
      let content = { start: qs[0]!.start, end: qEnd, dateFrom: outside };
      const attr = verbs.length ? undefined : attribution(s);
      if (verbs.length) {
        const { s: vs, v } = verbs[0]!;
        speakerRef = speakerOf(vs, v.token, outside);
        verbAt = vs.tokens[v.token]!.start;
      } else if (attr) {
        // "According to the ministry, Washington had „…“ when it withdrew in 2019": the whole sentence is the source's, dated by its marker only
        speakerRef = attr.agent;
        verbAt = attr.markerStart;
        id = 'speech.according-to';
        content = { start: Math.min(s.start, qs[0]!.start), end: Math.max(ss.at(-1)!.end, qEnd), dateFrom: (pos) => pos >= attr.markerStart && pos < attr.markerEnd };
      } else {
        const intro = sentences[i - 1];
        const introVerbs = intro && intro.paragraph >= s.paragraph - 1 && /:\s*[„“"»«]?\s*$/.test(text.slice(intro.start, s.start)) ? reportingVerbs(intro, () => false) : [];
        if (intro && introVerbs.length) {
          speakerRef = speakerOf(intro, introVerbs[0]!.token, () => true);
          id = 'speech.direct-quote';
        } else {
          // an agent named in the sentence outside the quote, with no verb ("Putin: „…“")
          speakerRef = s.agents.find((a) => outside(a.start) && a.person);
          const prev = out.at(-1);
          if (!speakerRef && prev && sentences[prev.lastSentence]!.paragraph >= s.paragraph - 1 && i - prev.lastSentence <= 3) {
            inherited = prev;
            id = 'speech.quote-continuation';
          } else if (!speakerRef) id = 'speech.unattributed-quote';
        }
      }
      const speaker = inherited ? inherited.speaker : resolve(speakerRef, s);
      const date = dateOf(ss, content.dateFrom, verbAt)?.time;
      const start = Math.min(s.start, qs[0]!.start);
      const inner = qs.map((q) => q.inner.trim()).join(' … ');
      push({ ...(speaker ? { speaker } : {}), mode: 'direct', quote: inner, content: inner, start, end: trimEnd(start, Math.max(ss.at(-1)!.end, qEnd)), contentStart: content.start, contentEnd: content.end, sentence: i, lastSentence: last, rule: rule(id), confidence: speaker ? 0.9 : 0.6 }, ss, date);
      continue;
    }

    const verbs = reportingVerbs(s, inQuote);
    const full = (pos: number) => pos >= s.start && pos < s.end;
    const introducesQuote = /:\s*$/.test(s.text) && quotes.some((q) => q.start >= s.end && q.start - s.end < 4);
    const prevSentence = sentences[i - 1];
    // "Dies erklärte die Chefin der EU-Diplomatie, Kaja Kallas.": the previous sentence was her words
    if (verbs[0]?.token === 1 && DEMONSTRATIVE_CONTENT.test(s.tokens[0]!.t) && prevSentence && prevSentence.paragraph >= s.paragraph - 1 && !out.some((o) => o.lastSentence >= i - 1)) {
      const speaker = resolve(speakerOf(s, 1, full), s);
      const date = dateOf([s], full, s.tokens[1]!.start)?.time;
      push({ ...(speaker ? { speaker } : {}), mode: 'indirect', content: text.slice(prevSentence.start, trimEnd(prevSentence.start, prevSentence.end)), start: prevSentence.start, end: trimEnd(s.start, s.end), contentStart: prevSentence.start, contentEnd: prevSentence.end, sentence: i - 1, lastSentence: i, rule: rule('speech.demonstrative'), confidence: speaker ? 0.75 : 0.5 }, [prevSentence, s], date);
      continue;
    }
    if (verbs.length && !introducesQuote) {
      const v = verbs[0]!;
      const vt = s.tokens[v.token]!;
      const span = indirectContent(s, v.token);
      if (span) {
        const outside = (pos: number) => full(pos) && (pos < span.start || pos >= span.end);
        const ref = speakerOf(s, v.token, outside);
        const speaker = resolve(ref, s);
        // a weak verb ("reported", "berichtete") is speech with a named speaker, or when it trails the words ("…, state media reported")
        if (speaker || !v.weak || span.id === 'speech.trailing-clause') {
          const date = dateOf([s], outside, vt.start)?.time ?? dabeiDate(s);
          push({ ...(speaker ? { speaker } : {}), mode: 'indirect', content: text.slice(span.start, span.end), start: s.start, end: trimEnd(s.start, s.end), contentStart: span.start, contentEnd: span.end, sentence: i, lastSentence: i, rule: rule(span.id), confidence: speaker ? 0.8 : 0.5 }, [s], date);
          continue;
        }
      }
    }

    // "Wadephul: Sanktionen über Paket hinaus nötig": a name and a colon open the words
    const head = s.agents[0];
    if (head && head.token === 0 && head.person && /^\s*:\s*\S/.test(text.slice(head.end, head.end + 3)) && !introducesQuote) {
      const cStart = text.indexOf(':', head.end) + 1;
      push({ ...(resolve(head, s) ? { speaker: resolve(head, s)! } : {}), mode: 'indirect', content: text.slice(cStart, trimEnd(cStart, s.end)).trim(), start: s.start, end: trimEnd(s.start, s.end), contentStart: cStart, contentEnd: s.end, sentence: i, lastSentence: i, rule: rule('speech.colon'), confidence: 0.6 }, [s], undefined);
      continue;
    }

    const attr = attribution(s);
    if (attr) {
      const speaker = resolve(attr.agent, s);
      const outside = (pos: number) => full(pos) && pos >= attr.markerStart && pos < attr.markerEnd;
      const date = dateOf([s], outside, attr.markerStart)?.time;
      push({ ...(speaker ? { speaker } : {}), mode: 'indirect', content: text.slice(s.start, trimEnd(s.start, s.end)), start: s.start, end: trimEnd(s.start, s.end), contentStart: s.start, contentEnd: s.end, sentence: i, lastSentence: i, rule: rule('speech.according-to'), confidence: speaker ? 0.75 : 0.5 }, [s], date);
      continue;
    }

    // Konjunktiv I after a statement continues it, across sentences and a paragraph or two, until the narrator speaks in the indicative again
    const prev = out.at(-1);
    if (prev && i - prev.lastSentence <= 3 && sentences[prev.lastSentence]!.paragraph >= s.paragraph - 2 && konjunktiv(s) && !s.agents.some((a) => a.person && a.entity && a.entity !== prev.speaker && a.kind !== 'pronoun')) {
      push({ ...(prev.speaker ? { speaker: prev.speaker } : {}), mode: 'indirect', content: text.slice(s.start, trimEnd(s.start, s.end)), start: s.start, end: trimEnd(s.start, s.end), contentStart: s.start, contentEnd: s.end, sentence: i, lastSentence: i, rule: rule('speech.konjunktiv'), confidence: 0.65 }, [s], undefined);
    }
  }
  return out;

  /**
   * The content of indirect speech around the reporting verb at token `v`: a dass/that clause, the
   * words before a trailing reporting clause (", sagte X"), or the rest of the sentence after the
   * verb, its speaker and a comma ("X sagte, Y sei …", "X said Y would …").
   */
  function indirectContent(s: SentenceInfo, v: number): { start: number; end: number; id: RuleId } | undefined {
    const vt = s.tokens[v]!;
    const end = trimEnd(s.start, s.end);
    // German "dass" always opens the clause; English "that" only close to the verb with no name between ("said Iran began an attack that …": a relative pronoun)
    const compl = s.tokens.findIndex((t, k) => k > v && k - v <= 12 && COMPLEMENTISER.has(t.t.toLowerCase()) && (ctx.language === 'de' || (k - v <= 6 && !s.agents.some((a) => a.token > v && a.token < k))));
    if (compl >= 0) return { start: s.tokens[compl]!.start, end, id: 'speech.indirect' };
    // ", sagte Putin." / ", Putin said." / ", the minister said": the reporting clause trails the content
    const appositive = appositiveSubject(s, v);
    const subject = s.agents.filter((a) => a.tokenEnd <= v && v - a.tokenEnd <= 1).at(-1);
    // "…, U.S. General Christopher Cavoli, NATO's Supreme Allied Commander Europe, told journalists": the clause starts at the name the office is in apposition to
    const named = subject?.kind === 'role' && subject.entity ? s.agents.find((a) => a.entity === subject.entity && a.end <= subject.start && APPOSITION_GAP.test(text.slice(a.end, subject.start))) : undefined;
    const clauseStart = subject && !/,\s*$/.test(text.slice(s.tokens[v - 1]!.end, vt.start)) ? subject.start : (named?.start ?? vt.start);
    const before = text.slice(s.start, clauseStart);
    const comma = /[,“”"»«]\s*$/.exec(before.replace(/\b(the|der|die|das)\s+$/i, '').replace(/\s+$/, ' '));
    // an opener ("Speaking on Monday, the president said …", "In a statement, X said …") is not reported words
    const opener = s.tokens.filter((t) => t.end <= clauseStart).length < 6;
    if (comma && before.trim().length > 10 && !appositive && !opener) return { start: s.start, end: s.start + before.replace(/[\s,]+$/, '').length, id: 'speech.trailing-clause' };
    // the rest of the sentence after the verb and its inverted speaker (German, or English after a comma or quote: "…," said X); an English name after the verb is its object ("accused Israel of …")
    const inverted = ctx.language === 'de' || /[,“”"»«:]\s*$/.test(text.slice(s.tokens[v - 1]?.end ?? s.start, vt.start));
    const after = inverted ? s.agents.find((a) => a.token > v && a.token - v <= 5) : undefined;
    const skipped = after !== undefined && s.tokens.slice(v + 1, after.token).every((t) => INVERTED_SUBJECT_GAP.test(t.t) || s.dates.some((d) => d.start <= t.start && t.end <= d.end));
    let start = skipped ? after.end : vt.end;
    // "said Wednesday the talks had failed": a date right after the verb belongs to the reporting clause
    for (const d of s.dates) if (d.start >= start && /^\s*(on\s+|am\s+)?$/i.test(text.slice(start, d.start)) && d.end < s.end - 5) start = d.end;
    const c = text.indexOf(',', start);
    // "sagte am Mittwoch, der Vertrag sei …": the words start after the comma that closes the reporting clause
    const gapOnly = s.tokens.filter((t) => t.start >= start && t.end <= c).every((t) => INVERTED_SUBJECT_GAP.test(t.t) || s.dates.some((d) => d.start <= t.start && t.end <= d.end));
    // German: "erklärte am Donnerstag vor Journalisten, Moskau werde …" — a short reporting clause ends at its comma
    const shortClause = ctx.language === 'de' && s.tokens.filter((t) => t.start >= start && t.end <= c).length <= 5 && !s.agents.some((a) => a.start >= start && a.end <= c && a !== after);
    if ((skipped || gapOnly || shortClause) && c >= 0 && c < s.end - 5 && c - start < 40) start = c + 1;
    while (start < end && /[\s:,]/.test(text[start]!)) start++;
    if (end - start >= 8) return { start, end, id: 'speech.indirect' };
    // "Ähnlich äußerte sich auch Nato-Generalsekretär Jens Stoltenberg.": the words are the manner before the verb
    const manner = text.slice(s.start, vt.start).trim();
    return skipped && manner.length >= 3 ? { start: s.start, end: s.start + manner.length, id: 'speech.indirect' } : undefined;
  }

  /**
   * Does the sentence speak in Konjunktiv I: a listed form ("sei", "habe", "werde", "könne"), or a
   * finite verb in -e standing where a verb stands ("Es handle sich", "Dazu gehöre auch", "Dies
   * stehe im Einklang") — lower-case, not an article or adjective before a noun.
   */
  function konjunktiv(s: SentenceInfo): boolean {
    return s.tokens.some((t, k) => {
      const w = t.t.toLowerCase();
      if (KONJUNKTIV.has(w)) return true;
      // not a weak preterite ("reagierte", "sagte"): Konjunktiv I never ends in -te
      if (!KONJUNKTIV_FORM.test(t.t) || NOT_KONJUNKTIV.has(w) || k === 0) return false;
      const next = s.tokens[k + 1];
      const prevTok = s.tokens[k - 1]!;
      const nextOk = !next || /^(sich|er|sie|es|auch|nicht|noch|nur|jedoch|aber|im|in|mit|zu|zur|zum|von|vor|den|dem|der|die|das|ein|eine|einen|dabei|darum|damit|dazu|weiter|bereits|man|wir|ihr|keine|kein)$/u.test(next.t);
      const prevOk = KONJUNKTIV_BEFORE.test(prevTok.t) && !/^(der|die|das|den|dem|des|ein|eine|einer|eines|einem|einen|kein|keine)$/iu.test(prevTok.t);
      return nextOk && prevOk;
    });
  }

  function dabeiDate(s: SentenceInfo): TimeValue | undefined {
    if (!/\b(dabei|damals|at the time|on that occasion)\b/iu.test(s.text)) return undefined;
    for (const prev of [sentences[s.index - 1], sentences[s.index - 2]]) if (prev?.eventDate && prev.paragraph === s.paragraph) return prev.eventDate.time;
    return undefined;
  }

  /** "laut X", "according to X", "X zufolge", ", so X": the agent and the marker's span. */
  function attribution(s: SentenceInfo): { agent?: AgentRef; markerStart: number; markerEnd: number } | undefined {
    for (const re of ATTRIBUTION_BEFORE) {
      const m = re.exec(s.text);
      if (!m) continue;
      const at = s.start + m.index + m[0].length;
      const pronoun = s.tokens.find((t) => t.start >= at && t.start - at <= 1 && OBJECT_PRONOUNS.has(t.t.toLowerCase()));
      const agent = s.agents.find((a) => a.start >= at && a.start - at <= 25) ?? (pronoun ? { start: pronoun.start, end: pronoun.end, kind: 'pronoun' as const, token: s.tokens.indexOf(pronoun), tokenEnd: s.tokens.indexOf(pronoun) + 1, person: true } : undefined);
      if (agent || /laut|according/i.test(m[0])) return { ...(agent ? { agent } : {}), markerStart: s.start + m.index, markerEnd: agent ? agent.end : at };
    }
    const z = ATTRIBUTION_AFTER.exec(s.text);
    if (z) {
      const at = s.start + z.index;
      const agent = s.agents.filter((a) => a.end <= at && at - a.end <= 2).at(-1);
      // "Beobachtern zufolge": a source the text does not name is still a source
      const from = agent?.start ?? s.start + (s.text.slice(0, z.index).search(/\S+(\s+\S+)?$/) ?? 0);
      return { ...(agent ? { agent } : {}), markerStart: from, markerEnd: at + z[0].length };
    }
    const so = SO_X.exec(s.text);
    if (so) {
      const at = s.start + so.index + so[0].length;
      const agent = s.agents.find((a) => a.start >= at && a.start - at <= 25);
      if (agent) return { agent, markerStart: s.start + so.index, markerEnd: s.end };
    }
    return undefined;
  }
}
