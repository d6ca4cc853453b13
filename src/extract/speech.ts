/**
 * Reported speech: direct quotes and indirect speech attributed to a speaker, with date and place.
 *
 * Does: find quotations („…“, "…", »…«, “…”) introduced by a reporting sentence ("führte er aus:")
 * or followed by one (", sagte X"); indirect speech with reporting verbs (sagte, erklärte, betonte,
 * meldete, said, stressed …) and a dass/that clause or a trailing reporting clause; Konjunktiv I
 * sentences that continue a speaker's statement; "laut X", "X zufolge", "according to X".
 * Pronouns ("er", "he") refer to the last speaker. Dates come from the sentence, "dabei" from the
 * preceding dated event, otherwise from the speaker's previous statement. Does not: turn anything
 * said into a fact — statements carry no asserted triples.
 */
import type { DateMention } from './dates.js';
import type { EntityMention } from './gazetteer.js';
import { rule } from './rules.js';

/** A sentence with what the earlier stages found in it (UTF-16 offsets into the document). */
export interface SentenceInfo {
  index: number;
  start: number;
  end: number;
  text: string;
  /** Paragraph (line) number. */
  paragraph: number;
  mentions: EntityMention[];
  dates: DateMention[];
  /** The date of what the sentence narrates (not anniversaries or dates inside quotes), if any. */
  eventDate?: DateMention;
}

/** A statement found in the text (UTF-16 offsets). */
export interface FoundStatement {
  speaker: string;
  mode: 'direct' | 'indirect';
  quote?: string;
  content: string;
  /** Evidence span. */
  start: number;
  end: number;
  sentence: number;
  date?: DateMention['time'];
  place?: string;
  about: string[];
  rule: string;
  confidence: number;
}

const REPORTING_DE = /\b(sagte|sagt|erklärte|erklärt|betonte|betont|führte|meldete|meldet|teilte|warnte|bekräftigte|versicherte|behauptete|unterstrich|hob|bezeichnete|kündigte|räumte|fügte|schrieb|verkündete|bestätigte)\b/u;
const REPORTING_EN = /\b(said|says|stated|told|stressed|emphasi[sz]ed|announced|reported|warned|claimed|added|noted|insisted|declared|confirmed|argued)\b/u;
const KONJUNKTIV = /\b(sei|seien|habe|werde|könne|müsse|solle|wolle|dürfe|stelle|garantiere|verbleibe|gebe|bleibe|liege|stehe|gehe|diene|bedeute|erfordere|verstoße|hätte|wäre|würde)\b/u;
const PRONOUN = /^(er|sie|he|she)$/iu;
const QUOTE_PAIRS: Array<[string, string]> = [['„', '“'], ['"', '"'], ['»', '«'], ['“', '”'], ['«', '»']];

/** Quotations in a paragraph (UTF-16 offsets into the document). */
function quotations(text: string, from: number, to: number): Array<{ start: number; end: number; inner: string }> {
  const out: Array<{ start: number; end: number; inner: string }> = [];
  for (let i = from; i < to; i++) {
    const pair = QUOTE_PAIRS.find(([open]) => text[i] === open);
    if (!pair) continue;
    const close = text.indexOf(pair[1], i + 1);
    if (close < 0 || close >= to) continue;
    out.push({ start: i, end: close + 1, inner: text.slice(i + 1, close) });
    i = close;
  }
  return out;
}

/**
 * Find statements.
 * @param isSpeaker tells which entities can speak (people).
 * @param isPlace tells which entities are places (for "in Minsk").
 */
export function findStatements(text: string, sentences: SentenceInfo[], isSpeaker: (iri: string) => boolean, isPlace: (iri: string) => boolean): FoundStatement[] {
  const out: FoundStatement[] = [];
  let lastSpeaker: string | undefined;
  const lastDateOf = new Map<string, { date?: DateMention['time']; place?: string; paragraph: number }>();

  const speakerIn = (s: SentenceInfo, verbAt: number): string | undefined => {
    const candidates = s.mentions.filter((m) => isSpeaker(m.entity));
    if (candidates.length === 0) {
      const words = s.text.slice(Math.max(0, verbAt - s.start - 20), verbAt - s.start + 30).split(/\s+/);
      return words.some((w) => PRONOUN.test(w)) ? lastSpeaker : undefined;
    }
    // the speaker nearest to the reporting verb
    return candidates.sort((a, b) => Math.abs(a.start - verbAt) - Math.abs(b.start - verbAt))[0]!.entity;
  };
  const dateFor = (s: SentenceInfo, speaker: string, contentStart: number, contentEnd: number): DateMention['time'] | undefined => {
    const own = s.dates.find((d) => (d.end <= contentStart || d.start >= contentEnd) && !/Jahrestag/.test(text.slice(s.start, d.start)));
    if (own) return own.time;
    if (/\b(dabei|damals|at the time)\b/.test(s.text)) {
      for (const prev of [sentences[s.index - 1], sentences[s.index - 2]]) if (prev?.eventDate && prev.paragraph === s.paragraph) return prev.eventDate.time;
    }
    const earlier = sentences.slice(0, s.index).reverse().find((x) => x.eventDate)?.eventDate?.time;
    return lastDateOf.get(speaker)?.date ?? [...lastDateOf.values()].at(-1)?.date ?? earlier;
  };
  const placeFor = (s: SentenceInfo, speaker: string, date: DateMention['time'] | undefined): string | undefined => {
    const own = s.mentions.find((m) => isPlace(m.entity) && /\b(in|at)\s+$/.test(text.slice(Math.max(s.start, m.start - 4), m.start)));
    if (own) return own.entity;
    const prev = lastDateOf.get(speaker) ?? [...lastDateOf.values()].at(-1);
    return prev && date && prev.date?.value === date.value ? prev.place : undefined;
  };
  const about = (s: SentenceInfo, from: number, to: number, speaker: string) => [...new Set(s.mentions.filter((m) => m.start >= from && m.end <= to && m.entity !== speaker).map((m) => m.entity))];
  const add = (st: Omit<FoundStatement, 'date' | 'place'>, s: SentenceInfo, contentStart: number, contentEnd: number) => {
    const date = dateFor(s, st.speaker, contentStart, contentEnd);
    const place = placeFor(s, st.speaker, date);
    out.push({ ...st, ...(date ? { date } : {}), ...(place ? { place } : {}) });
    lastSpeaker = st.speaker;
    lastDateOf.set(st.speaker, { ...(date ? { date } : {}), ...(place ? { place } : {}), paragraph: s.paragraph });
  };

  const quoteCovered = new Set<number>();
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i]!;
    if (quoteCovered.has(i)) continue;
    const reporting = REPORTING_DE.exec(s.text) ?? REPORTING_EN.exec(s.text);
    const trimmed = s.text.trim();

    // a whole-sentence (or multi-sentence) quotation introduced by the previous sentence's colon
    const q = quotations(text, s.start, sentences.filter((x) => x.paragraph === s.paragraph).at(-1)!.end)[0];
    if (q && q.start === s.start && q.inner.length >= 20) {
      const intro = sentences[i - 1];
      const introVerb = intro && /:\s*$/.test(intro.text) ? (REPORTING_DE.exec(intro.text) ?? REPORTING_EN.exec(intro.text)) : null;
      const after = text.slice(q.end, s.end);
      const trailing = REPORTING_DE.exec(after) ?? REPORTING_EN.exec(after);
      let speaker: string | undefined;
      if (intro && introVerb) speaker = speakerIn(intro, intro.start + introVerb.index);
      else if (trailing) speaker = speakerIn(s, q.end + trailing.index);
      if (speaker) {
        const last = sentences.findIndex((x) => x.start <= q.end - 1 && x.end >= q.end - 1);
        for (let k = i; k <= last; k++) quoteCovered.add(k);
        add({ speaker, mode: 'direct', quote: q.inner, content: q.inner, start: q.start, end: q.end, sentence: i, about: about(s, q.start, q.end, speaker).concat(...sentences.slice(i + 1, last + 1).map((x) => about(x, q.start, q.end, speaker))), rule: rule('speech.direct-quote'), confidence: 0.9 }, s, q.start, q.end);
        continue;
      }
    }

    if (reporting) {
      const verbAt = s.start + reporting.index;
      const dass = /,\s*(dass|that)\s/u.exec(s.text) ?? /\b(?:said|says|stated|told \w+|stressed|emphasi[sz]ed|announced|reported|warned|claimed|added|noted|insisted|declared|confirmed|argued)(?:\s+on\s+\w+)?\s+(that)\s/u.exec(s.text);
      const speaker = speakerIn(s, verbAt);
      if (speaker && dass && dass.index > reporting.index - 5) {
        const cStart = s.start + dass.index + dass[0].indexOf(dass[1]!);
        const cEnd = s.end - (/[:.!?]$/.test(trimmed) ? 1 : 0);
        add({ speaker, mode: 'indirect', content: text.slice(cStart, cEnd), start: s.start, end: s.end, sentence: i, about: about(s, cStart, cEnd, speaker), rule: rule('speech.indirect'), confidence: 0.8 }, s, cStart, cEnd);
        continue;
      }
      // "Content …, erklärte X am …": the reporting clause trails the content
      const trailing = /,\s*(erklärte|sagte|betonte|said|stated)\b/u.exec(s.text);
      if (speaker && trailing && trailing.index > 20) {
        const cEnd = s.start + trailing.index;
        add({ speaker, mode: 'indirect', content: text.slice(s.start, cEnd), start: s.start, end: s.end - 1, sentence: i, about: about(s, s.start, cEnd, speaker), rule: rule('speech.indirect'), confidence: 0.75 }, s, s.start, cEnd);
        continue;
      }
    }
    const according = /\b(laut|according to)\s+/iu.exec(s.text) ?? /\s(zufolge)\b/u.exec(s.text) ?? /,\s*so\s+/u.exec(s.text);
    if (according) {
      const m = s.mentions.filter((x) => isSpeaker(x.entity)).sort((a, b) => Math.abs(a.start - (s.start + according.index)) - Math.abs(b.start - (s.start + according.index)))[0];
      if (m) {
        add({ speaker: m.entity, mode: 'indirect', content: s.text, start: s.start, end: s.end, sentence: i, about: about(s, s.start, s.end, m.entity), rule: rule('speech.according-to'), confidence: 0.7 }, s, s.start, s.end);
        continue;
      }
    }
    // Konjunktiv I right after a statement continues it
    const prev = out.at(-1);
    if (prev && prev.sentence >= i - 2 && sentences[prev.sentence]?.paragraph === s.paragraph && KONJUNKTIV.test(s.text) && !s.mentions.some((m) => isSpeaker(m.entity) && m.entity !== prev.speaker)) {
      add({ speaker: prev.speaker, mode: 'indirect', content: trimmed, start: s.start, end: s.end, sentence: i, about: about(s, s.start, s.end, prev.speaker), rule: rule('speech.konjunktiv'), confidence: 0.65 }, s, s.start, s.end);
    }
  }
  return out;
}
