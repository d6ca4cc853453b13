/**
 * Reading one reporting clause: who its verb belongs to (subjects before or after the verb,
 * appositions, coordinated subjects, participles, documents), which words are reported (a
 * dass/that clause, the words before a trailing clause, the rest after the verb), attribution
 * markers ("laut X", "according to X", "X zufolge", ", so X") and Konjunktiv I. One reader per
 * text and language; it keeps no state between clauses. Does not: decide between constructions or
 * resolve pronouns to earlier speakers (see `../speech.ts`).
 */
import { ATTRIBUTION_AFTER, ATTRIBUTION_BEFORE, COMPLEMENTISER, KONJUNKTIV, NOT_KONJUNKTIV, OBJECT_PRONOUNS, SO_X } from '../lexicon/speech-verbs.js';
import type { RuleId } from '../rules.js';
import type { AgentRef, SentenceInfo } from '../sentence.js';
import { APPOSITION_GAP } from '../coref.js';

/** Verbs a document is the subject of when its text is reported ("Die Doktrin besagt", "the treaty stipulates"). */
const DOCUMENT_VERBS = /^(besagt|besagte|besagen|heißt|hieß|stipulates|stipulated)$/i;

/** "heißt es": the impersonal report of what a source or document says. */
const IMPERSONAL_SAYS = /^(heißt|hieß|heisst)$/i;

/** Prepositions: a name after one is not the subject of a clause. */
const PREPOSITION = /^(in|im|zur|zum|mit|für|gegen|über|aus|von|vom|nach|bei|beim|an|am|auf|unter|zwischen|to|at|from|with|for|against|on|about|of|into|toward|towards|by)$/i;
/** What may stand between a subject and its reporting verb ("Netanyahu earlier said", "Russia has said"). */
const AUX_OR_ADVERB = /^(has|have|had|also|earlier|later|then|again|once|previously|recently|repeatedly|publicly|already|on|in|a|the|statement|hat|hatte|haben|hatten|auch|bereits|zuvor|später|nun|jetzt|erneut|wiederholt|zudem|außerdem)$/i;

/** What may stand between a reporting verb and its inverted subject ("sagte am Dienstag der Minister", "äußerte sich auch X"). */
const INVERTED_SUBJECT_GAP = /^(der|die|das|the|am|on|in|auf|at|laut|zufolge|gestern|heute|yesterday|today|sich|auch|ebenfalls|erneut|zuvor|bereits|dazu|später|\p{Lu}\p{Ll}+s)$/iu;

/** Nouns of things, not people: "Die Nachricht warnte", "the report said" name no one (German by ending, English whole words). */
const THING_NOUN = /(ung|heit|keit|schaft|tion|ismus|ität|tum|nis|ment|richt|text|brief|papier|^report|^statement|^letter|^message|^document|^alert|^study|^analysis|^paper|^survey|^text)$/iu;

/** German auxiliaries that open a verb frame ("hat … kritisiert", "will … sagen"). */
const GERMAN_AUXILIARY = /^(hat|hatte|haben|hatten|hätte|hätten|wird|werde|wurde|will|wollte)$/;
const LOWER_WORD = /^\p{Ll}+$/u;
const KONJUNKTIV_FORM = /^\p{Ll}{3,}(?<!ie|t)e$/u;
const KONJUNKTIV_BEFORE = /^(\p{Lu}\p{L}*|er|sie|es|man|dies|das|dazu|dabei|daher|nun|zudem|außerdem|jetzt|momentan|derzeit|so)$/u;

/** An attribution marker in a sentence: the source it names, if any, and the marker's span. */
export interface Attribution {
  agent?: AgentRef;
  markerStart: number;
  markerEnd: number;
}

/** Reads reporting clauses of one text in one language. */
export class ClauseReader {
  constructor(
    readonly text: string,
    readonly language: 'de' | 'en',
  ) {}

  /**
   * A subject set off by commas right before its verb: "Admiral Rob Bauer, the chair of NATO's
   * military committee, said …", "Der oberste US-Diplomat für Ostasien, Daniel Kritenbrink,
   * bezeichnete …". The clause before the verb is then the subject, not trailing reported words.
   */
  appositiveSubject(s: SentenceInfo, v: number): AgentRef | undefined {
    const text = this.text;
    const vt = s.tokens[v]!;
    const parts = text.slice(s.start, vt.start).split(',');
    if (parts.length !== 3 || parts[2]!.trim() !== '' || s.tokens.filter((t) => t.end <= s.start + parts[0]!.length).length > 8) return undefined;
    const firstEnd = s.start + parts[0]!.length;
    const secondEnd = firstEnd + 1 + parts[1]!.length;
    const persons = s.agents.filter((a) => a.person && a.entity && a.kind !== 'pronoun');
    return persons.find((a) => a.end === firstEnd || (a.start > firstEnd && a.end === secondEnd)) ?? persons.find((a) => a.start > firstEnd && a.end <= secondEnd);
  }

  /**
   * The agent a reporting verb belongs to. German puts the subject after the verb when anything
   * else opens the clause ("Zur Lage sagte Bauer", "…, sagte X"); English only after a quote or a
   * comma ("…," said X). A name after a preposition is not a subject ("in der Ukraine"), nor the
   * one told ("told Reuters"); after "and" the sentence's first agent is ("Kim called Putin … and
   * said").
   */
  speakerOf(s: SentenceInfo, v: number, outside: (pos: number) => boolean): AgentRef | undefined {
    const text = this.text;
    const appositive = this.appositiveSubject(s, v);
    if (appositive && outside(appositive.start)) return appositive;
    // the word before a name, over articles: "in der Ukraine" is after a preposition
    const governing = (a: AgentRef) => {
      let k = a.token - 1;
      while (k >= 0 && /^(der|die|das|dem|den|des|the|a|an)$/i.test(s.tokens[k]!.t)) k--;
      return s.tokens[k]?.t ?? '';
    };
    // "In dem Dokument heißt es", "heißt es in der Doktrin", "Aus Moskau hieß es": the source the words are in or come from;
    // a bare "heißt es" reports the document the text is describing, if any, never a name inside the words
    if (IMPERSONAL_SAYS.test(s.tokens[v]!.t)) {
      const source = s.agents.find((a) => outside(a.start) && /^(in|im|aus)$/i.test(governing(a))) ?? s.agents.filter((a) => outside(a.start) && a.tokenEnd <= v).at(-1);
      // "hieß es in einer Erklärung": a source the text does not name
      const unnamed = s.tokens.slice(v + 1, v + 3).some((t) => /^(in|im|aus)$/i.test(t.t));
      return source ?? { start: s.tokens[v]!.start, end: s.tokens[v]!.end, kind: unnamed ? 'anonymous' : 'pronoun', token: v, tokenEnd: v + 1, person: false, document: true };
    }
    const agents = s.agents.filter((a) => outside(a.start) && !PREPOSITION.test(governing(a)) && (!a.document || DOCUMENT_VERBS.test(s.tokens[v]!.t)));
    const prevTok = s.tokens[v - 1];
    const verb = s.tokens[v]!.t.toLowerCase();
    const afterPunct = !prevTok || /[,“”"»«:—–-]\s*$/.test(text.slice(prevTok.end, s.tokens[v]!.start));
    const subjectBefore = agents.some((a) => a.tokenEnd <= v && v - a.tokenEnd <= 3 && s.tokens.slice(a.tokenEnd, v).every((t) => AUX_OR_ADVERB.test(t.t)));
    // "Die Nachricht warnte die Bürger": a noun phrase opening the sentence right before the verb is its subject, whoever it is
    const nounFirst = v === 2 && /^(der|die|das|the)$/i.test(s.tokens[0]!.t);
    const inverted = this.language === 'de' ? afterPunct || (!subjectBefore && !nounFirst) : afterPunct && !subjectBefore;
    // "Trump had held off for months, saying he hoped …": a participle's speaker is the main clause's subject
    // ("Putin thanked his host saying …"), unless a form of "be" makes it progressive ("is saying")
    if (/ing$/.test(verb) && !/^(is|are|was|were|be|been|am)$/i.test(prevTok?.t ?? '')) {
      const main = agents.find((a) => a.token <= 3 && a.tokenEnd <= v);
      if (main) return main;
    }
    if (/^(and|und|sowie|but|aber)$/i.test(prevTok?.t ?? '')) {
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
    if (!after && inverted && det && /^(der|die|the)$/i.test(det.t) && s.tokens[v + 2] && outside(det.start) && (s.tokens.length - v <= 6 || PREPOSITION.test(s.tokens[v + 3]?.t ?? ''))) after = { start: det.start, end: s.tokens[v + 2]!.end, kind: 'pronoun', token: v + 1, tokenEnd: v + 3, person: true };
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
    if (!before && art && /^(der|die|the)$/i.test(art.t) && v - 2 <= 1 && !agents.some((a) => a.token === v - 1) && !THING_NOUN.test(s.tokens[v - 1]!.t)) before = { start: art.start, end: s.tokens[v - 1]!.end, kind: 'pronoun', token: v - 2, tokenEnd: v, person: true };
    // "Blinken hat die Ankündigung Putins … kritisiert": the agent before the auxiliary is the subject of the verb that closes the frame
    const framed = this.language === 'de' ? this.frameSubject(s, v, agents) : undefined;
    const chosen = inverted ? (after ?? framed ?? before) : (framed ?? before ?? (this.language === 'de' ? after : undefined));
    // "The United States imposed what it said were …": "it" is the sentence's own subject, named outside the words
    const subject = chosen?.kind === 'pronoun' && !chosen.person ? agents.find((a) => a.token <= 2 && a.entity && !a.person && a.tokenEnd <= chosen.token) : undefined;
    return subject ?? chosen;
  }

  /**
   * The content of indirect speech around the reporting verb at token `v`: a dass/that clause, the
   * words before a trailing reporting clause (", sagte X"), or the rest of the sentence after the
   * verb, its speaker and a comma ("X sagte, Y sei …", "X said Y would …").
   */
  indirectContent(s: SentenceInfo, v: number, taken?: number): { start: number; end: number; id: RuleId } | undefined {
    const text = this.text;
    const vt = s.tokens[v]!;
    const end = this.trimEnd(s.start, s.end);
    // German "dass" always opens the clause; English "that" only close to the verb with no name between ("said Iran began an attack that …": a relative pronoun)
    // German: the clause is the verb's only when no earlier comma opens other words first ("sagt X, Russland habe …, dass …")
    const ownClause = (k: number) => !/,/.test(text.slice(vt.end, s.tokens[k - 1]!.end));
    const compl = s.tokens.findIndex((t, k) => k > v && k - v <= 12 && COMPLEMENTISER.has(t.t.toLowerCase()) && (this.language === 'de' ? ownClause(k) : k - v <= 6 && !s.agents.some((a) => a.token > v && a.token < k)));
    if (compl >= 0) return { start: s.tokens[compl]!.start, end, id: 'speech.indirect' };
    // ", sagte Putin." / ", Putin said." / ", the minister said": the reporting clause trails the content
    const appositive = this.appositiveSubject(s, v);
    // the subject right before the verb, maybe with a descriptor ("the Politico news outlet reported")
    const subject = s.agents.filter((a) => a.tokenEnd <= v && (v - a.tokenEnd <= 1 || (v - a.tokenEnd === 2 && s.tokens.slice(a.tokenEnd, v).every((t) => LOWER_WORD.test(t.t))))).at(-1);
    // "…, U.S. General Christopher Cavoli, NATO's Supreme Allied Commander Europe, told journalists": the clause starts at the name the office is in apposition to
    const named = subject?.kind === 'role' && subject.entity ? s.agents.find((a) => a.entity === subject.entity && a.end <= subject.start && APPOSITION_GAP.test(text.slice(a.end, subject.start))) : undefined;
    const clauseStart = subject && !/,\s*$/.test(text.slice(s.tokens[v - 1]!.end, vt.start)) ? subject.start : (named?.start ?? vt.start);
    const before = text.slice(s.start, clauseStart);
    const comma = /[,“”"»«]\s*$/.exec(before.replace(/\b(the|der|die|das)\s+$/i, '').replace(/\s+$/, ' '));
    // an opener ("Speaking on Monday, the president said …", "In a statement, X said …") is not reported words
    const opener = s.tokens.filter((t) => t.end <= clauseStart).length < 6;
    const participle = /ing$/i.test(vt.t); // "…, saying he hoped": the words follow the participle
    const carried = taken !== undefined && clauseStart - taken <= 3;
    if (comma && before.trim().length > 10 && !appositive && !opener && !participle && !carried) return { start: s.start, end: s.start + before.replace(/[\s,]+$/, '').length, id: 'speech.trailing-clause' };
    // the rest of the sentence after the verb and its inverted speaker (German, or English after a comma or quote: "…," said X); an English name after the verb is its object ("accused Israel of …")
    const inverted = this.language === 'de' || /[,“”"»«:]\s*$/.test(text.slice(s.tokens[v - 1]?.end ?? s.start, vt.start));
    const after = inverted ? s.agents.find((a) => a.token > v && a.token - v <= 5) : undefined;
    const skipped = after !== undefined && s.tokens.slice(v + 1, after.token).every((t) => INVERTED_SUBJECT_GAP.test(t.t) || s.dates.some((d) => d.start <= t.start && t.end <= d.end));
    // "told the UN they are prepared …": the one told is not what was said
    const told = /^(told|tells|tell|informed)$/i.test(vt.t) ? s.agents.find((a) => a.token > v && a.token - v <= 2) : undefined;
    let start = skipped ? after.end : (told?.end ?? vt.end);
    // "said Wednesday the talks had failed": a date right after the verb belongs to the reporting clause
    for (const d of s.dates) if (d.start >= start && /^\s*(on\s+|am\s+)?$/i.test(text.slice(start, d.start)) && d.end < s.end - 5) start = d.end;
    const c = text.indexOf(',', start);
    // "sagte am Mittwoch, der Vertrag sei …": the words start after the comma that closes the reporting clause
    const gapOnly = s.tokens.filter((t) => t.start >= start && t.end <= c).every((t) => INVERTED_SUBJECT_GAP.test(t.t) || s.dates.some((d) => d.start <= t.start && t.end <= d.end));
    // German: "erklärte am Donnerstag vor Journalisten, Moskau werde …" — a short reporting clause ends at its comma
    const shortClause = this.language === 'de' && s.tokens.filter((t) => t.start >= start && t.end <= c).length <= 5 && !s.agents.some((a) => a.start >= start && a.end <= c && a !== after);
    if ((skipped || gapOnly || shortClause) && c >= 0 && c < s.end - 5 && c - start < 40) start = c + 1;
    while (start < end && /[\s:,]/.test(text[start]!)) start++;
    if (end - start >= 8) return { start, end, id: 'speech.indirect' };
    // "Ähnlich äußerte sich auch Nato-Generalsekretär Jens Stoltenberg.": the words are the manner before the verb
    const manner = text.slice(s.start, vt.start).trim();
    return skipped && manner.length >= 3 ? { start: s.start, end: s.start + manner.length, id: 'speech.indirect' } : this.framedContent(s, v);
  }

  /**
   * The subject of a German verb frame closed by the verb at `v`: the agent that opens the
   * sentence before the auxiliary ("Blinken hat … kritisiert"), else the one right after it
   * ("Angesichts … hat Polens Ministerpräsident Tusk … angekündigt").
   */
  private frameSubject(s: SentenceInfo, v: number, agents: readonly AgentRef[]): AgentRef | undefined {
    const aux = s.tokens.findIndex((t, k) => k < v - 1 && GERMAN_AUXILIARY.test(t.t));
    if (aux < 1) return undefined;
    return agents.find((a) => a.tokenEnd === aux && a.token <= 2) ?? agents.find((a) => a.token === aux + 1);
  }

  /** "Blinken hat die Ankündigung Putins … kritisiert.": the words inside a German verb frame closed by the reporting verb. */
  private framedContent(s: SentenceInfo, v: number): { start: number; end: number; id: RuleId } | undefined {
    const subject = this.language === 'de' && v === s.tokens.length - 1 ? this.frameSubject(s, v, s.agents) : undefined;
    const from = subject ? Math.max(subject.tokenEnd, s.tokens.findIndex((t) => GERMAN_AUXILIARY.test(t.t)) + 1) : -1;
    // the frame must hold the words, not only a date ("Den Plan … hatte Putin im März 2023 angekündigt": the words came first)
    const words = s.tokens.slice(Math.max(from, 0), v).filter((t) => !PREPOSITION.test(t.t) && !s.dates.some((d) => d.start <= t.start && t.end <= d.end));
    return subject && from < v && words.length >= 2 ? { start: s.tokens[from]!.start, end: s.tokens[v - 1]!.end, id: 'speech.indirect' } : undefined;
  }

  /**
   * Does the sentence speak in Konjunktiv I: a listed form ("sei", "habe", "werde", "könne"), or a
   * finite verb in -e standing where a verb stands ("Es handle sich", "Dazu gehöre auch", "Dies
   * stehe im Einklang") — lower-case, not an article or adjective before a noun.
   */
  konjunktiv(s: SentenceInfo): boolean {
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

  /** The end of text[from, to) without trailing spaces and punctuation. */
  trimEnd(from: number, to: number): number {
    const text = this.text;
    let e = to;
    while (e > from && /[\s.!?:;,]/.test(text[e - 1]!)) e--;
    return e;
  }

  /** "laut X", "according to X", "X zufolge", ", so X": the agent and the marker's span. */
  attribution(s: SentenceInfo): Attribution | undefined {
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
