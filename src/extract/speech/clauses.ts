/**
 * Reading one reporting clause: who its verb belongs to (subjects before or after the verb,
 * appositions, coordinated subjects, participles, documents), which words are reported (a
 * dass/that clause, the words before a trailing clause, the rest after the verb), attribution
 * markers ("laut X", "according to X", "X zufolge", ", so X") and Konjunktiv I. One reader per
 * text and language; it keeps no state between clauses. Does not: decide between constructions or
 * resolve pronouns to earlier speakers (see `../speech.ts`).
 */
import { ADVERBIAL_CONJUNCTIONS, LEADING_ADVERBIAL, AFTER_DEMONSTRATIVE_OBJECT, ATTRIBUTION_AFTER, DEMONSTRATIVE_OBJECT, ATTRIBUTION_BEFORE, COMPLEMENTISER, IMPERSONAL_REPORTING, isReportingWord, KONJUNKTIV, NOT_KONJUNKTIV, OBJECT_PRONOUNS, NARRATION_TAIL, OCCASION_ONLY, OCCASION_THEN_PARTICIPLE, PREPOSITION, SO_X } from '../lexicon/speech-verbs.js';
import type { RuleId } from '../rules.js';
import { clauseStart, type AgentRef, type SentenceInfo } from '../sentence.js';
import { APPOSITION_GAP } from '../coref.js';
import { ORIGIN } from '../role-phrases.js';
import { twinFor } from '../../util/case-fold.js';
import { ARTICLE } from '../lexicon/relation-patterns.js';
import { mapPacked } from '../../util/packed.js';

/** Verbs a document is the subject of when its text is reported ("Die Doktrin besagt", "Die Vereinbarung sieht vor", "the treaty stipulates"). */
const DOCUMENT_VERBS = /^(besagt|besagte|besagen|heißt|hieß|sieht|sah|regelt|stellt|stellte|betont|betonte|nennt|nannte|bezeichnet|bezeichnete|warnt|warnte|hält|hielt|legt|legte|definiert|definierte|stipulates|stipulated|provides|states|stated|says|said|notes|noted|warns|warned|describes|described|calls|called|labels|labelled|labeled|identifies|identified|defines|defined|declares|declared|stresses|stressed|emphasises|emphasizes)$/i;


/** Prepositions: a name after one is not the subject of a clause. */
/** What may stand between a subject and its reporting verb ("Netanyahu earlier said", "Russia has said"). */
const AUX_OR_ADVERB = /^(has|have|had|also|earlier|later|then|again|once|previously|recently|repeatedly|publicly|already|on|in|a|the|statement|hat|hatte|haben|hatten|auch|bereits|zuvor|später|nun|jetzt|erneut|wiederholt|zudem|außerdem)$/i;

/** First words of an English opening phrase before a subject ("Speaking on Monday,", "In a statement,", "Asked about it,", "Earlier,"). */
const OPENING_PHRASE = /^(?:\p{L}+ing|\p{L}+ed|asked|on|in|at|after|before|during|since|from|for|with|without|following|amid|despite|by|as|earlier|later|meanwhile|however|separately|last|this|next|then|also|still|yet|instead|now|today|yesterday|once|when|while|but|and|so|thus)$/iu;

/** What may stand between two coordinated subjects: nothing (a comma), "und", "and the", "und sein" (a role and name follow). */
const COORDINATOR = /^(?:(?:und|and|sowie)(?: (?:der|die|das|the|sein|seine|ihr|ihre|his|her|its))?)?$/iu;
/** An adverb between a participle's own subject and the participle ("with Jaishankar later saying"). */
const PARTICIPLE_ADVERB = /^(later|earlier|also|then|again|once|previously|publicly|repeatedly|reportedly|separately)$/iu;
/** An article alone. */
const ARTICLE_ONLY = /^(?:der|die|das|the)$/iu;

/** What may stand between a reporting verb and its inverted subject ("sagte am Dienstag der Minister", "äußerte sich auch X"). */
const INVERTED_SUBJECT_GAP = /^(der|die|das|the|am|on|in|auf|at|laut|zufolge|gestern|heute|yesterday|today|sich|auch|ebenfalls|erneut|zuvor|bereits|dazu|später|beispielsweise|etwa|zum|Beispiel|unter|anderem|nun|jetzt|damals|wiederum|indes|jedoch|allerdings|\p{Lu}\p{Ll}+s)$/iu;

/** Words between an English relative pronoun and its reporting verb ("who had long warned"). */
const RELATIVE_GAP = /^(?:had|has|have|also|long|previously|repeatedly|earlier|already|once|recently|later|then)$/i;

/** Nouns of things, not people: "Die Nachricht warnte", "the report said" name no one (German by ending, English whole words). */
const THING_NOUN = /(ung|heit|keit|schaft|tion|ismus|ität|tum|nis|ment|richt|text|brief|papier|^report|^statement|^letter|^message|^document|^alert|^study|^analysis|^paper|^survey|^text)$/iu;

/** German auxiliaries that open a verb frame ("hat … kritisiert", "will … sagen"). */
const GERMAN_AUXILIARY = /^(hat|hatte|haben|hatten|hätte|hätten|wird|werde|wurde|will|wollte)$/;
/** The auxiliary of a passive ("was criticised by", "has been criticised by", "wurde von … kritisiert"), per language. */
const PASSIVE_AUXILIARY = { en: /^(was|were|been|being|is|are)$/i, de: /^(wurde|wurden|worden|wird|werden)$/ } as const;
/** German auxiliaries that open a reporting clause after the reported words ("…, hatte X erklärt", "…, war X zitiert worden"). */
const CLAUSE_AUXILIARY = /^(hat|hatte|haben|hatten|habe|war|waren|wurde|wurden|ist|sei|wird)$/;
/** What may close a German verb frame after its participle ("zitiert worden", "erklärt habe"). */
const FRAME_CLOSERS = /^(worden|sei|habe|hatte|haben|werden|wurde)$/;
/** "has been criticised": the perfect before a passive auxiliary. */
const PERFECT_AUXILIARY = /^(has|have|had)$/i;
const LOWER_WORD = /^\p{Ll}+$/u;
/** Words that make a part between commas a clause, not an apposition ("das … direkt zu sagen"). */
/** Words opening a clause whose Konjunktiv is hypothetical, not reported ("ob … würde", "als sei", "als ob"). */
const HYPOTHETICAL = /^(ob|als)$/u;
/** A capitalised first letter. */
const UPPER_INITIAL = /^\p{Lu}/u;
/** A lower-case first letter. */
const LOWER_INITIAL = /^\p{Ll}/u;
const CLAUSE_WORD = /\b(zu|dass|ist|sei|war|hat|habe|to|that|is|was|has)\s/iu;

/** The attribution markers as the text at hand is best read (see `case-fold.ts`). */
const ATTRIBUTION_BEFORE_FOR = ATTRIBUTION_BEFORE.map(twinFor);

const KONJUNKTIV_FORM = /^\p{Ll}{3,}(?<!ie|t)e$/u;
const KONJUNKTIV_BEFORE = /^(\p{Lu}\p{L}*|er|sie|es|man|dies|das|dazu|dabei|daher|nun|zudem|außerdem|jetzt|momentan|derzeit|so)$/u;

/** Negations that leave a reporting verb without words: "sagt Scholz nichts", "nannte demnach keine Einzelheiten", "äußerte sich nicht". */
const NOTHING = /^(nicht|nichts|kein|keine|keinen|keiner|not|nothing|none)$/iu;

/** A pronominal adverb or a verb particle: alone after a reporting verb they point at words reported before. */
const POINTER_ONLY = /^(darauf|dazu|daran|davon|darüber|hin|zurück|ein|an|aus)$/iu;

/**
 * Are the few words after a reporting verb (from `start` to `end`; `afterVerb` all text after it) no report: a negation ("Zu
 * Taurus sagt Scholz nichts.", "Weitere Einzelheiten nannte die Hamas demnach nicht."), one
 * adverb of manner ("Scholz antwortet ausweichend.") or only a reflexive and a date ("Merz äußerte sich am Montag.")?
 */
function saidNothing(s: SentenceInfo, start: number, end: number, afterVerb: string): boolean {
  // ("äußerte sich am Montag": the reflexive and a date are no words either)
  const words = s.tokens.filter((t) => t.start >= start && t.end <= end && !s.dates.some((d) => d.start <= t.start && t.end <= d.end));
  if (words.length > 4 || /[,:"“”„»«]/u.test(afterVerb)) return false;
  if (words.length > 0 && words.every((t) => /^(sich|am|on)$/iu.test(t.t))) return true;
  // ("Er wies darauf hin.", "Sie verwies darauf.": a pointer and the verb's particle, the words were before)
  if (words.length > 0 && words.every((t) => POINTER_ONLY.test(t.t))) return true;
  // (the negation right after the verb and its subject: "Moscow is not sure" is words)
  return words.slice(0, 2).some((t) => NOTHING.test(t.t)) || (words.length === 1 && /^\p{Ll}+$/u.test(words[0]!.t));
}

/** Markers by which one source relays another's words: "citing", "quoting", "unter Berufung auf", "mit Bezug auf". */
const RELAY = /\b(?:citing|quoting|(?:unter|mit)\s+(?:Berufung|Bezug)\s+auf)\s+/u;

/** The end of a quotation closed with its comma ('…," ', '…“, '), the last one before a reporting verb. */
const QUOTE_THEN_COMMA = /(?:,\s*["”“»«]|["”“»«]\s*,)\s*(?!.*(?:,\s*["”“»«]|["”“»«]\s*,))/su;

/** Is the word an article in the language: a definite one, or English "a"/"an" (German "an" is a preposition: "Lieferungen an Polen")? */
const isArticle = (word: string, lang: 'de' | 'en') => ARTICLE.test(word) || (lang === 'en' && /^(a|an)$/i.test(word));

/**
 * The word before an agent, over articles: "in der Ukraine" is after a preposition; none across a
 * comma, quotation mark or colon ('"… rules we can abide by," Biden said': "by" governs nothing).
 */
function governing(s: SentenceInfo, a: AgentRef, lang: 'de' | 'en'): string {
  let k = a.token - 1;
  while (k >= 0 && isArticle(s.tokens[k]!.t, lang)) k--;
  const word = s.tokens[k];
  return word && !CLAUSE_BREAK.test(s.text.slice(word.end - s.start, s.tokens[k + 1]!.start - s.start)) ? word.t : '';
}

/** Punctuation between two words that no preposition reaches across. */
const CLAUSE_BREAK = /[,;:"“”„«»]/u;

/** German noun endings of feminine nouns ("Regierung", "Kommission", "Führung", "Sprecherin"). */
const FEMININE_NOUN = /(ung|heit|keit|schaft|ion|tät|erin|innen)$/u;

/**
 * A German noun phrase in an oblique case, never a verb's subject: after "dem", "den" or "des",
 * or after "der" with an adjective in -en or a feminine noun ("Der Regierung in Baku warf er vor",
 * "Der russischen Führung warf X vor"; "Der russische Präsident" is a subject).
 */
export function oblique(s: SentenceInfo, a: AgentRef): boolean {
  const k = /^(der|dem|den|des)$/i.test(s.tokens[a.token]!.t) ? a.token : a.token - 1;
  const art = s.tokens[k]?.t.toLowerCase();
  if (art === 'dem' || art === 'den' || art === 'des') return true;
  const next = s.tokens[k + 1]?.t ?? '';
  return art === 'der' && (/^\p{Ll}+en$/u.test(next) || (/^\p{Lu}/u.test(next) && FEMININE_NOUN.test(next)));
}

/** Reported words: their span and the rule that found them. */
export interface Span {
  start: number;
  end: number;
  id: RuleId;
}

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
    private readonly isState: (iri: string) => boolean = () => false,
    private readonly stateOfCapital: (iri: string) => string | undefined = () => undefined,
  ) {}

  /**
   * A subject set off by commas right before its verb: "Admiral Rob Bauer, the chair of NATO's
   * military committee, said …", "Der oberste US-Diplomat für Ostasien, Daniel Kritenbrink,
   * bezeichnete …". The clause before the verb is then the subject, not trailing reported words.
   */
  appositiveSubject(s: SentenceInfo, v: number): AgentRef | undefined {
    const text = this.text;
    const vt = s.tokens[v]!;
    // ('"We will respond," Li Wei, a spokesman for …, said': the quotation before the subject is no part)
    const quoteEnd = QUOTE_THEN_COMMA.exec(text.slice(s.start, vt.start));
    let base = quoteEnd ? s.start + quoteEnd.index + quoteEnd[0].length : s.start;
    let parts = text.slice(base, vt.start).split(',');
    // "However, Russia's ambassador, Mikhail Ulyanov, said": an opening adverb before the subject
    while (parts.length > 3 && LEADING_ADVERBIAL.test(parts[0]!)) {
      base += parts[0]!.length + 1;
      parts = parts.slice(1);
    }
    // a relative clause may follow the apposition ("Spain's prime minister, Pedro Sánchez, who had objected …, said")
    if (parts.length === 4 && /^\s*(who|which|der|die|das)\b/i.test(parts[2]!)) parts = [parts[0]!, parts[1]!, parts[3]!];
    if (parts.length !== 3 || parts[2]!.trim() !== '' || s.tokens.filter((t) => t.start >= base && t.end <= base + parts[0]!.length).length > 8) return undefined;
    // "Auf die Frage, ob er Lukaschenkos Ankündigung bestätigen könne, antwortete …": a subordinate clause, not an apposition
    const opener = /^\s*(\p{L}+)/u.exec(parts[1]!)?.[1]?.toLowerCase() ?? '';
    if (ADVERBIAL_CONJUNCTIONS.has(opener) || COMPLEMENTISER.has(opener)) return undefined;
    const firstEnd = base + parts[0]!.length;
    const secondEnd = firstEnd + 1 + parts[1]!.length;
    const persons = s.agents.filter((a) => a.person && (a.entity || a.kind === 'anonymous') && a.kind !== 'pronoun');
    // "The head of the committee, Leonid Slutsky, noted": the name in apposition outranks the office it explains
    const wholePart = (a: AgentRef) => a.end === secondEnd && a.kind === 'name' && this.text.slice(firstEnd + 1, a.start).trim() === '';
    // ("Der Präsident der AU, Macky Sall aus Senegal, lobte": where the person comes from closes the part)
    const origin = /\s+(\p{L}+)\s+\p{Lu}[\p{L}-]*\s*$/u.exec(parts[1]!);
    const partEnd = (a: AgentRef) => a.end === secondEnd || (origin !== null && ORIGIN.test(origin[1]!) && a.end === secondEnd - origin[0].length);
    // a name inside the middle part only when that part is no clause ("…, das Trump direkt zu sagen, sagt X" is one)
    const clause = CLAUSE_WORD.test(parts[1]!);
    const inside = persons.filter((a) => a.start >= base);
    return inside.find(wholePart) ?? inside.find((a) => a.end === firstEnd || partEnd(a)) ?? (clause ? undefined : inside.find((a) => a.start > firstEnd && a.end <= secondEnd));
  }

  /**
   * The agent a reporting verb belongs to. German puts the subject after the verb when anything
   * else opens the clause ("Zur Lage sagte Bauer", "…, sagte X"); English only after a quote or a
   * comma ("…," said X). A name after a preposition is not a subject ("in der Ukraine"), nor the
   * one told ("told Reuters"); after "and" the sentence's first agent is ("Kim called Putin … and
   * said").
   */
  speakerOf(s: SentenceInfo, v: number, outside: (pos: number) => boolean): AgentRef | undefined {
    const subject = this.subjectOf(s, v, outside);
    // "KCNA said, citing a statement by Kim Yo-jong", "berichtete TASS unter Berufung auf das Ministerium": a body relays, the source it cites speaks
    return subject && !subject.person ? (this.relayedSource(s) ?? subject) : subject;
  }

  /** The agent a relay marker ("citing", "unter Berufung auf") names: a person, a body or an unnamed source, not a state's bare name. */
  private relayedSource(s: SentenceInfo): AgentRef | undefined {
    const m = RELAY.exec(s.text);
    if (!m) return undefined;
    const at = s.start + m.index + m[0].length;
    // (the marker may stand inside what was read as the words: "KCNA said, citing a statement by X, that …")
    const cited = s.agents.find((a) => a.start >= at && a.start - at <= 30);
    return cited && !(cited.kind === 'name' && cited.entity && !cited.person && this.isState(cited.entity)) ? cited : undefined;
  }

  /** The subject of the reporting verb at `v` (see {@link speakerOf}). */
  private subjectOf(s: SentenceInfo, v: number, outside: (pos: number) => boolean): AgentRef | undefined {
    const appositive = this.appositiveSubject(s, v);
    if (appositive && outside(appositive.start)) return appositive;
    if (IMPERSONAL_REPORTING.has(s.tokens[v]!.t.toLowerCase())) return this.impersonalSource(s, v, outside);
    const agents = s.agents.filter((a) => outside(a.start) && !PREPOSITION.test(governing(s, a, this.language)) && (!a.document || DOCUMENT_VERBS.test(s.tokens[v]!.t)) && !(this.language === 'de' && oblique(s, a)));
    // "wurde X mit den Worten zitiert", "war X von den Medien zitiert worden": the one quoted speaks, not who quoted
    if (/^zitiert$/i.test(s.tokens[v]!.t)) {
      const aux = s.tokens.findIndex((t, k) => k < v && CLAUSE_AUXILIARY.test(t.t));
      const quoted = aux >= 0 ? agents.find((a) => a.token > aux && a.token < v) : undefined;
      if (quoted) return quoted;
    }
    const main = this.passiveAgent(s, v, outside) ?? this.relativeAntecedent(s, v, outside) ?? this.mainClauseSubject(s, v, agents);
    if (main) return main;
    // ("Russia has long been accused of violating the treaty": a passive without its agent; the subject is who is spoken of)
    if (this.language === 'en' && /ed$/u.test(s.tokens[v]!.t) && [1, 2].some((k) => PASSIVE_AUXILIARY.en.test(s.tokens[v - k]?.t ?? '') && (k === 1 || /ly$|^(long|also|repeatedly|often|widely)$/u.test(s.tokens[v - 1]!.t)))) return undefined;
    const inverted = this.inverted(s, v, agents);
    const after = this.subjectAfter(s, v, agents, inverted && outside(s.tokens[v + 1]?.start ?? s.end));
    const before = this.subjectBefore(s, v, agents);
    // "Blinken hat die Ankündigung Putins … kritisiert": the agent before the auxiliary is the subject of the verb that closes the frame
    const frameSubject = this.language === 'de' ? this.frame(s, v, agents)?.subject : undefined;
    const framed = frameSubject && this.listHead(s, frameSubject, agents);
    const chosen = inverted ? (after ?? framed ?? before) : (framed ?? before ?? (this.language === 'de' ? after : undefined));
    // "The United States imposed what it said were …": "it" is the sentence's own subject, named outside the words
    const own = chosen?.kind === 'pronoun' && !chosen.person ? agents.find((a) => a.token <= 2 && a.entity && !a.person && a.tokenEnd <= chosen.token) : undefined;
    return own ?? chosen;
  }

  /**
   * "In dem Dokument heißt es", "heißt es in der Doktrin", "Aus Moskau hieß es": the source the
   * words are in or come from; a bare "heißt es" reports the document the text is describing (a
   * document pronoun for the finder to resolve), "hieß es in einer Erklärung" an unnamed source,
   * never a name inside the words.
   */
  private impersonalSource(s: SentenceInfo, v: number, outside: (pos: number) => boolean): AgentRef {
    // "aus einer Veröffentlichung des Kreml": the owner of the publication the words come from
    const pp = s.tokens.findIndex((t) => /^(in|im|aus)$/i.test(t.t) && outside(t.start));
    const inPhrase = pp >= 0 ? s.agents.find((a) => outside(a.start) && a.token > pp && a.token - pp <= 5) : undefined;
    // "hieß es aus Taipeh", "hieß es in Moskau": a capital the words come from speaks for its state
    const capital = pp >= 0 ? s.mentions.find((m) => outside(m.start) && m.start === s.tokens[pp + 1]?.start && this.stateOfCapital(m.entity)) : undefined;
    const fromCapital = capital ? { entity: this.stateOfCapital(capital.entity), start: capital.start, end: capital.end, kind: 'name' as const, definite: undefined, token: pp + 1, tokenEnd: pp + 2, rule: undefined, person: false, document: undefined } : undefined;
    const source = s.agents.find((a) => outside(a.start) && /^(in|im|aus)$/i.test(governing(s, a, this.language))) ?? inPhrase ?? fromCapital ?? s.agents.filter((a) => outside(a.start) && a.tokenEnd <= v).at(-1);
    const unnamed = s.tokens.slice(v + 1, v + 3).some((t) => /^(in|im|aus)$/i.test(t.t));
    return source ?? { entity: undefined, start: s.tokens[v]!.start, end: s.tokens[v]!.end, kind: unnamed ? 'anonymous' : 'pronoun', definite: undefined, token: v, tokenEnd: v + 1, rule: undefined, person: false, document: true };
  }

  /** A passive's agent: "was criticised by Beijing", "wurde von Peking als Provokation kritisiert". */
  private passiveAgent(s: SentenceInfo, v: number, outside: (pos: number) => boolean): AgentRef | undefined {
    const t = s.tokens;
    if (this.language === 'en') {
      // "was criticised by Beijing", "as indicated by Trump"
      if (!(PASSIVE_AUXILIARY.en.test(t[v - 1]?.t ?? '') || /^as$/i.test(t[v - 1]?.t ?? '')) || !/^by$/i.test(t[v + 1]?.t ?? '')) return undefined;
      // (the agent right after "by" is the speaker even where the words were read as following the verb)
      return s.agents.find((a) => a.token === v + 2 || (a.token === v + 3 && /^the$/i.test(t[v + 2]!.t)));
    }
    const parenthesis = this.participleParenthesis(s, v);
    if (parenthesis) return parenthesis;
    const aux = t.findIndex((x, k) => k < v && PASSIVE_AUXILIARY.de.test(x.t));
    if (aux < 0 || v !== t.length - 1) return undefined;
    return s.agents.find((a) => outside(a.start) && a.token > aux && a.token < v && /^(von|vom)$/i.test(governing(s, a, this.language)));
  }

  /**
   * "Lai, von Peking als „Unruhestifter“ bezeichnet, berief …": a German participle closing a
   * parenthesis between commas that opens with its agent after "von"; that agent.
   */
  private participleParenthesis(s: SentenceInfo, v: number): AgentRef | undefined {
    const vt = s.tokens[v]!;
    const open = this.text.lastIndexOf(',', vt.start);
    if (open <= s.start || !/^\s*,/.test(this.text.slice(vt.end, s.end)) || !/^\s*(von|vom)\s/i.test(this.text.slice(open + 1, vt.start))) return undefined;
    return s.agents.find((a) => a.start > open && a.token < v && /^(von|vom)$/i.test(governing(s, a, this.language)));
  }

  /**
   * A relative clause's speaker is the name it follows: "…, by Beijing, which called it …",
   * "Peskow, der erklärte, …", "…, James Mattis, who had long warned that …" (an auxiliary or an
   * adverb may stand between).
   */
  private relativeAntecedent(s: SentenceInfo, v: number, outside: (pos: number) => boolean): AgentRef | undefined {
    let r = v - 1;
    while (r > v - 3 && RELATIVE_GAP.test(s.tokens[r]?.t ?? '')) r--;
    const rel = s.tokens[r];
    if (!rel || !/^(which|who|der|die)$/i.test(rel.t) || !/,\s*$/.test(this.text.slice(s.start, rel.start))) return undefined;
    return s.agents.filter((a) => outside(a.start) && a.end <= rel.start && /^\s*,\s*$/.test(this.text.slice(a.end, rel.start))).at(-1);
  }

  /**
   * A verb whose subject is the main clause's: a participle ("Trump had held off for months,
   * saying he hoped …", "Putin thanked his host saying …", not the progressive "is saying") or a
   * verb after "and" ("Kim called Putin … and said").
   */
  private mainClauseSubject(s: SentenceInfo, v: number, agents: readonly AgentRef[]): AgentRef | undefined {
    const prev = s.tokens[v - 1]?.t ?? '';
    const participle = /ing$/.test(s.tokens[v]!.t.toLowerCase()) && !/^(is|are|was|were|be|been|am)$/i.test(prev);
    if (participle) {
      // "the broadcaster quoted Hayashi as saying": the one quoted
      const quoted = /^as$/i.test(prev) ? s.agents.find((a) => a.tokenEnd === v - 1 && /^(quoted|cited)$/i.test(s.tokens[a.token - 1]?.t ?? '')) : undefined;
      if (quoted) return quoted;
      // "Lavrov was quoted by TASS as saying": the passive's subject, not who quoted
      const passive = this.passiveQuoted(s, v);
      if (passive !== undefined) return agents.filter((a) => a.tokenEnd <= passive).at(-1);
      // ("it quoted him as saying": the one quoted, whom the pronoun names)
      const q = this.quotedAs(s, v);
      const object = q !== undefined && q === v - 3 && OBJECT_PRONOUNS.has(s.tokens[v - 2]!.t.toLowerCase()) ? s.tokens[v - 2]! : undefined;
      if (object) return { entity: undefined, start: object.start, end: object.end, kind: 'pronoun', definite: undefined, token: v - 2, tokenEnd: v - 1, rule: undefined, person: true, document: undefined };
      // ("… quoted a senior lawmaker as saying": someone the text leaves unnamed)
      if (q !== undefined) return { entity: undefined, start: s.tokens[q + 1]!.start, end: s.tokens[v - 2]!.end, kind: 'anonymous', definite: false, token: q + 1, tokenEnd: v - 1, rule: undefined, person: true, document: undefined };
      // "…, with Kremlin spokesman Dmitry Peskov calling it …": the participle's own subject
      // ("… two years of war with Russia, saying …": after a comma the participle is the main clause's)
      // ("with X later saying": an adverb may stand between)
      const beforeVerb = (a: AgentRef) => a.tokenEnd === v || (a.tokenEnd === v - 1 && PARTICIPLE_ADVERB.test(s.tokens[v - 1]!.t));
      const own = s.agents.find((a) => beforeVerb(a) && /^(with|mit)$/i.test(s.tokens[a.token - 1]?.t ?? '') && !this.text.slice(a.end, s.tokens[v]!.start).includes(','));
      if (own) return own;
      const main = agents.find((a) => a.token <= 3 && a.tokenEnd <= v);
      if (main) return main;
    }
    if (/^(and|und|sowie|but|aber)$/i.test(prev) || this.headlineCoordination(s, v, agents)) return agents.find((a) => a.token <= 2 && a.tokenEnd <= v);
    return undefined;
  }

  /** English headline coordination without a subject: "Kremlin hits out at Obama, says was always ready …" (no quote before, nobody after the verb). */
  private headlineCoordination(s: SentenceInfo, v: number, agents: readonly AgentRef[]): boolean {
    const prev = s.tokens[v - 1];
    if (this.language !== 'en' || !prev || !/^\s*,\s*$/.test(this.text.slice(prev.end, s.tokens[v]!.start)) || !/^(says|said)$/i.test(s.tokens[v]!.t)) return false;
    if (/["“”]/.test(this.text.slice(s.start, prev.end)) || s.agents.some((a) => a.token > v && a.token - v <= 3)) return false;
    return /^(was|were|is|are|has|had|will|would|can|could|must|should|it|there)$/i.test(s.tokens[v + 1]?.t ?? '');
  }

  /**
   * Does the subject follow the verb? German: after punctuation, or when no subject stands right
   * before it (a noun phrase opening the sentence is one: "Die Nachricht warnte die Bürger");
   * English: only after punctuation with no subject before ("…," said X).
   */
  private inverted(s: SentenceInfo, v: number, agents: readonly AgentRef[]): boolean {
    // ('"…," also said X': "also" may stand between the quotation and the verb)
    const also = this.language === 'en' && /^also$/iu.test(s.tokens[v - 1]?.t ?? '') ? 1 : 0;
    const prevTok = s.tokens[v - 1 - also];
    const afterPunct = !prevTok || /[,“”"»«:—–-]\s*$/.test(this.text.slice(prevTok.end, s.tokens[v - also]!.start));
    // ("Steinmeier (SPD) warf der Nato vor": a parenthesis after the subject is no word between)
    // ("Der Sprecher des Ministers Pistorius sagte": a genitive attribute after the subject is no word between either)
    const genitive = (a: AgentRef) => s.agents.filter((b) => b.start >= a.end && b.tokenEnd <= v && this.language === 'de' && oblique(s, b));
    const between = (a: AgentRef) => {
      let t = this.text.slice(a.end, s.tokens[v]!.start);
      for (const b of genitive(a)) t = t.replace(this.text.slice(b.start, b.end), ' ');
      return t.replace(/\([^()]{0,40}\)/gu, ' ').replace(/^\s*(?:des|der)\s+(?=\s)/u, ' ').match(/[\p{L}\p{N}]+/gu) ?? [];
    };
    const subjectBefore = agents.some((a) => {
      const words = a.tokenEnd <= v && v - a.tokenEnd <= 6 ? between(a) : undefined;
      return words !== undefined && words.length <= 3 && words.every((w) => AUX_OR_ADVERB.test(w));
    });
    const nounFirst = v === 2 && /^(der|die|das|the)$/i.test(s.tokens[0]!.t);
    // English: "…," said X — not when the subject opens the sentence before a parenthesis ("The ministry, in a statement, accused …")
    const opens = agents.some((a) => a.token <= 2 && a.tokenEnd <= v);
    // ('… "remains firm", warns Olaf Scholz': right after a closed quotation the subject follows, whoever opened the sentence)
    const afterQuote = prevTok !== undefined && /(?:[“”"»«]\s*,|,\s*[“”"»«])\s*$/u.test(this.text.slice(prevTok.end, s.tokens[v - also]!.start));
    return this.language === 'de' ? afterPunct || (!subjectBefore && !nounFirst) : afterPunct && (afterQuote || (!subjectBefore && !opens));
  }

  /**
   * The subject after the verb: a named person within reach outranks a nearer state or
   * organisation, and may stand further off in apposition ("erklärte die Chefin der
   * EU-Diplomatie, Kaja Kallas"); the one told is none ("told Reuters"). With `describes`, a
   * definite description right after the verb refers back like a pronoun ("…, sagte der Demokrat
   * bei einer Rede", "…, said the veteran diplomat").
   */
  private subjectAfter(s: SentenceInfo, v: number, agents: readonly AgentRef[], describes: boolean): AgentRef | undefined {
    const apposition = (a: AgentRef) => a.person && a.entity !== undefined && a.token - v <= 14 && /,\s*$/.test(this.text.slice(s.start, a.start));
    // "erklärte, sie werde …": after a comma the reported clause begins, not the subject
    const commaAfter = /^\s*[,:]/.test(this.text.slice(s.tokens[v]!.end, s.tokens[v]!.end + 2));
    const reach = /^(told|tells|tell)$/i.test(s.tokens[v]!.t) || commaAfter ? [] : agents.filter((a) => a.token > v && (a.token - v <= 8 || apposition(a))).sort((a, b) => a.token - b.token);
    const after = reach.find((a) => a.person && a.entity) ?? reach.find((a) => a.token - v <= 5);
    const det = s.tokens[v + 1];
    if (after || !describes || !det || !/^(der|die|the)$/i.test(det.t) || !s.tokens[v + 2] || !(s.tokens.length - v <= 6 || PREPOSITION.test(s.tokens[v + 3]?.t ?? ''))) return after;
    return { entity: undefined, start: det.start, end: s.tokens[v + 2]!.end, kind: 'pronoun', definite: undefined, token: v + 1, tokenEnd: v + 3, rule: undefined, person: true, document: undefined };
  }

  /**
   * The subject before the verb: the nearest agent (a person first), a coordinated subject named
   * by its first member ("Finnland und Schweden bestanden"), or a definite description right
   * before the verb that refers back like a pronoun ("Der 71-Jährige sagte"; not a thing: "Die
   * Nachricht warnte").
   */
  private subjectBefore(s: SentenceInfo, v: number, agents: readonly AgentRef[]): AgentRef | undefined {
    const last = agents.filter((a) => a.tokenEnd <= v).sort((a, b) => b.tokenEnd - a.tokenEnd || Number(b.person) - Number(a.person))[0];
    const before = last && this.listHead(s, last, agents);
    const art = s.tokens[v - 2];
    if (before || !art || !/^(der|die|the)$/i.test(art.t) || v - 2 > 1 || agents.some((a) => a.token === v - 1) || THING_NOUN.test(s.tokens[v - 1]!.t)) return before;
    return { entity: undefined, start: art.start, end: s.tokens[v - 1]!.end, kind: 'pronoun', definite: undefined, token: v - 2, tokenEnd: v, rule: undefined, person: true, document: undefined };
  }

  /**
   * The first member of the coordinated subjects that end with `last` ("Moskau und Washington",
   * "Trump und sein Vize JD Vance", "France, Germany and the UK"): a comma links members only in a
   * list that ends with "and", not "Speaking alongside Macron, Scholz said".
   */
  private listHead(s: SentenceInfo, last: AgentRef, agents: readonly AgentRef[]): AgentRef {
    let before = last;
    let listed = false;
    for (;;) {
      const b = before;
      // ("China und die Philippinen": an article may open the next member)
      // ("Spain, Italy, the United Kingdom and Greece": an article may open a member after the comma too)
      const linkWords = (a: AgentRef) => mapPacked(s.tokens.slice(a.tokenEnd, b.token), (t) => t.t).join(' ');
      const commaThenArticle = (a: AgentRef) => ARTICLE_ONLY.test(linkWords(a)) && /^\s*,/u.test(this.text.slice(a.end, b.start));
      const prev = agents.filter((a) => a.tokenEnd <= b.token && b.token - a.tokenEnd <= 2 && (COORDINATOR.test(linkWords(a)) || commaThenArticle(a))).at(-1);
      const comma = prev !== undefined && (b.token - prev.tokenEnd === 0 || commaThenArticle(prev));
      if (!prev || (comma && (!listed || !(/,\s*$/.test(this.text.slice(prev.end, b.start)) || commaThenArticle(prev))))) return before;
      listed ||= !comma;
      before = prev;
    }
  }

  /**
   * The content of indirect speech around the reporting verb at token `v`: a dass/that clause, the
   * words before a trailing reporting clause (", sagte X"), or the rest of the sentence after the
   * verb, its speaker and a comma ("X sagte, Y sei …", "X said Y would …").
   */
  indirectContent(s: SentenceInfo, v: number, taken?: number): Span | undefined {
    const span = this.contentAround(s, v, taken);
    return span && this.withoutNarration(span);
  }

  /**
   * The words without the narrator's own tail: '… that the talks were productive, but did not say
   * whether …', '…, Reuters also writes', '…, nannte aber keine Einzelheiten'.
   */
  private withoutNarration(span: Span): Span {
    const tail = NARRATION_TAIL.exec(this.text.slice(span.start, span.end));
    return tail && tail.index > 0 ? { ...span, end: this.trimEnd(span.start, span.start + tail.index) } : span;
  }

  private contentAround(s: SentenceInfo, v: number, taken?: number): Span | undefined {
    // "…, the RIA news agency quoted a lawmaker as saying on Monday": the words before the clause of "quoted"
    const quoted = this.quotedAs(s, v);
    // ("Lavrov was quoted as saying that …", "RIA quoted Lavrov as saying the …": the words after the participle when none stand before)
    if (quoted !== undefined) return this.trailingClause(s, quoted, taken) ?? this.complementClause(s, v) ?? this.restAfterVerb(s, v);
    const complement = this.complementClause(s, v);
    const trailing = () => this.trailingClause(s, v, taken) ?? this.unnamedTrailingClause(s, v);
    // "Russia launched drones …, the air force said on Monday, adding that …": the words before the reporting clause (the participle's are its own)
    const before = complement && /,/.test(this.text.slice(s.tokens[v]!.end, complement.start)) ? trailing() : undefined;
    if (complement) return before ?? complement;
    return this.passiveSubject(s, v) ?? trailing() ?? this.restAfterVerb(s, v) ?? this.framedContent(s, v);
  }

  /** "X was quoted (by TASS) as saying": the token of the auxiliary before "quoted"/"cited" for the participle at `v`, if it is one. */
  passiveQuoted(s: SentenceInfo, v: number): number | undefined {
    // (the agent "by …" may stand between: the passive reaches further back than the active)
    const q = this.quotedAs(s, v, 10);
    if (q === undefined || q === 0) return undefined;
    const aux = s.tokens[q - 1]!.t;
    return /^(was|were|is|are|been)$/iu.test(aux) ? q - 1 - (/^been$/iu.test(aux) ? 1 : 0) : undefined;
  }

  /** "quoted X as saying", "cited him as saying": the token of "quoted"/"cited" for the participle at `v` (at most `reach` tokens back), if it is one. */
  quotedAs(s: SentenceInfo, v: number, reach = 8): number | undefined {
    if (this.language !== 'en' || !/^saying$/iu.test(s.tokens[v]!.t) || !/^as$/iu.test(s.tokens[v - 1]?.t ?? '')) return undefined;
    for (let q = v - 2; q >= Math.max(0, v - reach); q--) if (/^(quoted|cited)$/iu.test(s.tokens[q]!.t)) return q;
    return undefined;
  }

  /**
   * English words before a trailing reporting clause whose subject the text does not name as an
   * agent ("North Korea launched a missile, the South's Joint Chiefs of Staff announced on
   * Tuesday."): a short noun phrase after the last comma, and after the verb only an occasion or a
   * participle adding more. When in doubt, speech.
   */
  private unnamedTrailingClause(s: SentenceInfo, v: number): Span | undefined {
    const vt = s.tokens[v]!;
    const comma = this.text.lastIndexOf(',', vt.start);
    if (this.language !== 'en' || comma <= s.start + 10) return undefined;
    const phrase = s.tokens.filter((t) => t.start > comma && t.end <= vt.start);
    const rest = this.text.slice(vt.end, s.end);
    const nounPhrase = phrase.length >= 1 && phrase.length <= 7 && /^(?:the|an?|its|his|her|their|\p{Lu}\S*)$/u.test(phrase[0]!.t) && !phrase.some((t) => isReportingWord(t.t));
    if (!nounPhrase || !(OCCASION_ONLY.test(rest) || OCCASION_THEN_PARTICIPLE.test(rest))) return undefined;
    return { start: s.start, end: this.trimEnd(s.start, comma), id: 'speech.trailing-clause' };
  }

  /** A passive's subject is what was said about ("The plan was criticised by Beijing", "Die Übung wurde von China als Provokation kritisiert"). */
  private passiveSubject(s: SentenceInfo, v: number): Span | undefined {
    // the parenthesis of a participle is the words ("von Peking als „Unruhestifter“ bezeichnet")
    const agent = this.language === 'de' ? this.participleParenthesis(s, v) : undefined;
    if (agent) return { start: agent.end + /^\s*/.exec(this.text.slice(agent.end))![0].length, end: s.tokens[v]!.end, id: 'speech.indirect' };
    const aux = s.tokens.findIndex((t, k) => k < v && PASSIVE_AUXILIARY[this.language].test(t.t));
    // "The plan has been criticised by Beijing": the subject ends before the perfect's "has"
    const last = aux - (this.language === 'en' && PERFECT_AUXILIARY.test(s.tokens[aux - 1]?.t ?? '') ? 2 : 1);
    return last >= 0 && this.passiveAgent(s, v, () => true) ? { start: s.start, end: s.tokens[last]!.end, id: 'speech.indirect' } : undefined;
  }

  /**
   * A dass/that clause: German "dass" opens it unless an earlier comma opened other words first
   * ("sagt X, Russland habe …, dass …"); English "that" only close to the verb with no name
   * between ("said Iran began an attack that …" is a relative pronoun).
   */
  private complementClause(s: SentenceInfo, v: number): Span | undefined {
    const vt = s.tokens[v]!;
    const ownClause = (k: number) => !/,/.test(this.text.slice(vt.end, s.tokens[k - 1]!.end));
    // (an agent between the verb and "that" is its object, "told Reuters that", unless a preposition governs it: "wrote on social media Sunday that")
    const object = (a: AgentRef, k: number) => a.token > v && a.token < k && !PREPOSITION.test(governing(s, a, this.language));
    const compl = s.tokens.findIndex((t, k) => k > v && k - v <= 12 && COMPLEMENTISER.has(t.t.toLowerCase()) && (this.language === 'de' ? ownClause(k) : k - v <= 10 && !s.agents.some((a) => object(a, k)) && !s.tokens.slice(v + 1, k).some((t) => isReportingWord(t.t))));
    return compl >= 0 ? { start: s.tokens[compl]!.start, end: this.trimEnd(s.start, s.end), id: 'speech.indirect' } : undefined;
  }

  /**
   * The words before a trailing reporting clause (", sagte Putin.", ", Putin said.", ", the
   * Politico news outlet reported"), which starts at its subject or at the name an office is in
   * apposition to (", U.S. General Christopher Cavoli, NATO's Supreme Allied Commander Europe,
   * told journalists"). Not an opener ("Speaking on Monday, the president said …"), a subject set
   * off by commas, a participle ("…, saying he hoped") or words a noun already carries (`taken`).
   */
  private trailingClause(s: SentenceInfo, v: number, taken: number | undefined): Span | undefined {
    const text = this.text;
    const vt = s.tokens[v]!;
    const subject = s.agents.filter((a) => a.tokenEnd <= v && (v - a.tokenEnd <= 1 || (v - a.tokenEnd === 2 && s.tokens.slice(a.tokenEnd, v).every((t) => LOWER_WORD.test(t.t))))).at(-1);
    const named = subject?.kind === 'role' && subject.entity ? s.agents.find((a) => a.entity === subject.entity && a.end <= subject.start && APPOSITION_GAP.test(text.slice(a.end, subject.start))) : undefined;
    // ("…, the Trump administration announced": a name before the subject's noun is part of it)
    const modifier = subject && s.agents.find((a) => a.tokenEnd === subject.token && /^\s+$/.test(text.slice(a.end, subject.start)));
    const clauseStart = subject && !/,\s*$/.test(text.slice(s.tokens[v - 1]!.end, vt.start)) ? (modifier ?? subject).start : named ? this.titledStart(s, named.start) : (this.auxiliaryClause(s, v) ?? vt.start);
    const before = text.slice(s.start, clauseStart);
    // a comma, or a quotation closed by its punctuation ('…," Putin said', '„…?“ fragte er'); not a quoted name ('Manövers „Freedom Edge“ angekündigt')
    // ("…, regional head X said": adjectives before the office belong to the subject)
    const closed = (b: string) => /(?:,|[,.?!…]\s*[“”"»«]|[“”"»«]\s*,)\s*$/.test(b.replace(/\b(the|der|die|das)\s+$/i, '').replace(/\s+$/, ' '));
    const comma = closed(before) || (this.language === 'en' && closed(before.replace(/(?:\b(?!(?:which|who|whom|whose|that|what|and|but|or|as|while|when|where|if|because|since)\s)\p{Ll}[\p{L}-]*\s+){1,2}$/u, '')));
    // (German puts no comma after an opening phrase: ", berichtete X" always closes reported words, however short)
    // ("The plan is bad, X said" is short words, not an opener)
    const opener = this.language === 'en' && s.tokens.filter((t) => t.end <= clauseStart).length < 6 && (OPENING_PHRASE.test(s.tokens[0]!.t) || clauseStart === vt.start);
    const carried = taken !== undefined && clauseStart - taken <= 3;
    // "The Russian foreign ministry, in a statement, accused …": the subject and a parenthesis, no reported words
    const firstComma = s.start + before.indexOf(',');
    const parenthesis = s.agents.some((a) => a.token <= 2 && a.end === firstComma) && s.tokens.filter((t) => t.start > firstComma && t.end <= clauseStart).length <= 5;
    // "Nachdem die Gespräche gescheitert waren, sagte Lawrow, …": an adverbial clause alone before the verb is no one's words
    const leadingClause = ADVERBIAL_CONJUNCTIONS.has(s.tokens[0]!.t.toLowerCase()) && !before.replace(/[\s,]+$/, '').includes(',');
    // "…, the Philippines' defence chief, Carlito Galvez, said": the words end at the comma before the office the speaker's name explains
    const officeEnd = this.officeThenNameBefore(s, v);
    if (officeEnd !== undefined && !carried) return { start: s.start, end: this.trimEnd(s.start, officeEnd), id: 'speech.trailing-clause' };
    if (!comma || before.trim().length <= 10 || opener || /ing$/i.test(vt.t) || carried || parenthesis || leadingClause || this.appositiveSubject(s, v)) return undefined;
    // (an article before the subject's office is the subject's: "…, the minister said")
    return { start: s.start, end: s.start + before.replace(/\b(the|der|die|das)\s+$/i, '').replace(/[\s,]+$/, '').length, id: 'speech.trailing-clause' };
  }

  /**
   * Where the words end before ", <office>, <Name>, said": the comma before an office part whose
   * next part is a person's name closed by a comma right before the verb; undefined otherwise.
   */
  private officeThenNameBefore(s: SentenceInfo, v: number): number | undefined {
    const vt = s.tokens[v]!;
    const before = this.text.slice(s.start, vt.start);
    const parts = before.split(',');
    if (parts.length < 4 || parts.at(-1)!.trim() !== '') return undefined;
    const nameStart = s.start + before.length - parts.at(-1)!.length - 1 - parts.at(-2)!.length;
    const nameEnd = this.trimEnd(nameStart, nameStart + parts.at(-2)!.length);
    const officeStart = nameStart - 1 - parts.at(-3)!.length;
    // (the office phrase and the name may be one agent: "Russia's ambassador, Vassily Nebenzia")
    const name = s.agents.find((a) => a.person && a.entity && a.end === nameEnd && a.start >= officeStart);
    const office = s.roles.some((r) => r.start >= officeStart && r.end <= nameStart - 1);
    return name && office && parts.at(-3)!.split(/\s+/).filter(Boolean).length <= 6 ? officeStart - 1 : undefined;
  }

  /**
   * "…, war X am Dienstag von den Medien zitiert worden.", "…, hatte X zuvor erklärt.": a German
   * reporting clause closing the sentence that opens with its auxiliary right after a comma; where it starts.
   */
  private auxiliaryClause(s: SentenceInfo, v: number): number | undefined {
    if (this.language !== 'de' || s.tokens.slice(v + 1).some((t) => !FRAME_CLOSERS.test(t.t))) return undefined;
    const comma = this.text.lastIndexOf(',', s.tokens[v]!.start);
    const aux = s.tokens.find((t) => t.start > comma);
    if (comma <= s.start || !aux || aux.start >= s.tokens[v]!.start || !CLAUSE_AUXILIARY.test(aux.t) || !/^\s*$/.test(this.text.slice(comma + 1, aux.start))) return undefined;
    // "Den Plan, Atomwaffen zu stationieren, hatte Putin angekündigt": a fronted object with its infinitive, no reported clause
    const firstComma = this.text.indexOf(',', s.start);
    const head = s.tokens.filter((t) => t.end <= firstComma);
    const nounPhrase = head.length <= 3 && /^(der|die|das|den|dem|ein|eine|einen)$/i.test(head[0]?.t ?? '');
    return nounPhrase ? undefined : aux.start;
  }

  /** Where a name's titles begin after a comma (", Army Lt. Col. Brian Watkins, the … commander, reported"): capitalised words only. */
  private titledStart(s: SentenceInfo, nameStart: number): number {
    const seg = this.text.slice(s.start, nameStart);
    const comma = seg.lastIndexOf(',');
    const titles = seg.slice(comma + 1);
    return comma >= 0 && /^(\s+\p{Lu}[\p{L}.]*)+\s+$/u.test(titles) ? s.start + comma + 1 + titles.search(/\S/) : nameStart;
  }

  /**
   * The rest of the sentence after the verb, its inverted speaker (German, or English after a
   * comma or quote: "…," said X; an English name after the verb is its object: "accused Israel
   * of …"), the one told ("told the UN they are prepared …"), a date ("said Wednesday the talks
   * had failed") and a short reporting clause closed by a comma ("sagte am Mittwoch, der Vertrag
   * sei …"). With nothing after the verb, the manner before it ("Ähnlich äußerte sich auch X.").
   */
  private restAfterVerb(s: SentenceInfo, v: number): Span | undefined {
    const text = this.text;
    const vt = s.tokens[v]!;
    const end = this.trimEnd(s.start, s.end);
    const inDate = (t: { start: number; end: number }) => s.dates.some((d) => d.start <= t.start && t.end <= d.end);
    // (an English participle after a comma has no subject after it: "…, claiming Iran's facilities had been …")
    // (nor after a subject in apposition: "Kim, the sister of leader Kim Jong Un, said U.S. drills were …")
    const inverted = this.language === 'de' || (/[,“”"»«:]\s*$/.test(text.slice(s.tokens[v - 1]?.end ?? s.start, vt.start)) && !/ing$/u.test(vt.t) && !this.appositiveSubject(s, v));
    // an English pronoun after the verb opens the reported clause ("Trump, on Monday, confirmed he had …"), it is no inverted subject
    // (past a comma the words begin: "X sagte, Moskau sei bereit" keeps Moscow)
    const after = inverted ? s.agents.find((a) => a.token > v && a.token - v <= 5 && !(this.language === 'en' && a.kind === 'pronoun') && !text.slice(vt.end, a.start).includes(',')) : undefined;
    const skipped = after !== undefined && s.tokens.slice(v + 1, after.token).every((t) => INVERTED_SUBJECT_GAP.test(t.t) || inDate(t));
    const told = /^(told|tells|tell|informed)$/i.test(vt.t) ? s.agents.find((a) => a.token > v && a.token - v <= 2) : undefined;
    let start = skipped ? after.end : (told?.end ?? vt.end);
    for (const d of s.dates) if (d.start >= start && /^\s*(on\s+|am\s+)?$/i.test(text.slice(start, d.start)) && d.end < s.end - 5) start = d.end;
    // "wies dies am Freitag zurück", "rejected this on Friday": the words are the demonstrative alone (what it points at was reported before)
    const rest = s.tokens.filter((t) => t.start >= start);
    const next = rest[1];
    const pointsBack = next === undefined || AFTER_DEMONSTRATIVE_OBJECT.test(next.t) || inDate(next) || (this.language === 'de' && /^\p{Ll}/u.test(next.t));
    if (rest.length > 0 && rest.length <= 6 && DEMONSTRATIVE_OBJECT.test(rest[0]!.t) && pointsBack && !text.slice(start, end).includes(',')) return { start: rest[0]!.start, end: rest[0]!.end, id: 'speech.indirect' };
    const c = text.indexOf(',', start);
    const clause = s.tokens.filter((t) => t.start >= start && t.end <= c);
    const gapOnly = clause.every((t) => INVERTED_SUBJECT_GAP.test(t.t) || inDate(t));
    const shortClause = this.language === 'de' && clause.length <= 5 && !s.agents.some((a) => a.start >= start && a.end <= c && a !== after);
    if ((skipped || gapOnly || shortClause) && c >= 0 && c < s.end - 5 && c - start < 40) start = c + 1;
    while (start < end && /[\s:,]/.test(text[start]!)) start++;
    if (saidNothing(s, start, end, text.slice(vt.end, end))) return undefined;
    if (end - start >= 8) return { start, end, id: 'speech.indirect' };
    const manner = text.slice(s.start, vt.start).trim();
    return skipped && manner.length >= 3 ? { start: s.start, end: s.start + manner.length, id: 'speech.indirect' } : undefined;
  }

  /**
   * A German verb frame closed by the verb at `v`: its auxiliary and its subject, the agent that
   * opens the sentence before the auxiliary ("Blinken hat … kritisiert"), else the one right after
   * it ("Angesichts … hat Polens Ministerpräsident Tusk … angekündigt").
   */
  private frame(s: SentenceInfo, v: number, agents: readonly AgentRef[]): { subject: AgentRef; aux: number } | undefined {
    const aux = s.tokens.findIndex((t, k) => k < v - 1 && GERMAN_AUXILIARY.test(t.t));
    if (aux < 1) return undefined;
    const first = s.tokens.findIndex((t) => t.start >= clauseStart(s));
    // ("Der Kreml in Moskau hat …": a place after the subject)
    const before = (a: AgentRef) => a.tokenEnd === aux || (a.tokenEnd < aux && aux - a.tokenEnd <= 3 && /^(in|im|aus)$/iu.test(s.tokens[a.tokenEnd]?.t ?? ''));
    const subject = agents.find((a) => before(a) && a.token - first <= 2) ?? agents.find((a) => a.token === aux + 1);
    return subject && { subject, aux };
  }

  /** "Blinken hat die Ankündigung Putins … kritisiert.": the words inside a German verb frame closed by the reporting verb. */
  private framedContent(s: SentenceInfo, v: number): Span | undefined {
    const f = this.language === 'de' && v === s.tokens.length - 1 ? this.frame(s, v, s.agents) : undefined;
    const subject = f?.subject;
    let from = f ? Math.max(f.subject.tokenEnd, f.aux + 1) : -1;
    // the frame must hold the words, not only a date ("Den Plan … hatte Putin im März 2023 angekündigt": the words came first)
    const words = s.tokens.slice(Math.max(from, 0), v).filter((t) => !PREPOSITION.test(t.t) && !s.dates.some((d) => d.start <= t.start && t.end <= d.end));
    // "Trump hatte am Donnerstag den Ausstieg verkündet": a date opening the frame dates the report, it is no word of it
    const opening = from >= 0 ? s.dates.find((d) => d.start <= s.tokens[from]!.start + 3 && d.start >= s.tokens[from]!.start - 1) : undefined;
    if (opening && words.length >= 2) while (from < v && s.tokens[from]!.start < opening.end) from++;
    return subject && from < v && words.length >= 2 ? { start: s.tokens[from]!.start, end: s.tokens[v - 1]!.end, id: 'speech.indirect' } : undefined;
  }

  /**
   * Does the sentence speak in Konjunktiv I: a listed form ("sei", "habe", "werde", "könne"), or a
   * finite verb in -e standing where a verb stands ("Es handle sich", "Dazu gehöre auch", "Dies
   * stehe im Einklang") — lower-case, not an article or adjective before a noun.
   */
  konjunktiv(s: SentenceInfo): boolean {
    // (a German mood: "… handed to the Russian side in Riyadh." is English narration)
    if (this.language !== 'de') return false;
    return s.tokens.some((t, k) => {
      const w = t.t.toLowerCase();
      // ("…, ob das Treffen stattfinden würde", "als sei der Gipfel geplatzt": a narrator's subordinate clause, no report)
      if (k > 0 && HYPOTHETICAL.test(this.clauseOpener(s, k))) return false;
      // (a listed form capitalised inside the sentence is a noun: "die Liste")
      if (KONJUNKTIV.has(w)) return k === 0 || !UPPER_INITIAL.test(t.t);
      // not a weak preterite ("reagierte", "sagte"): Konjunktiv I never ends in -te
      if (!w.endsWith('e') || !KONJUNKTIV_FORM.test(t.t) || NOT_KONJUNKTIV.has(w) || k === 0) return false;
      const next = s.tokens[k + 1];
      const prevTok = s.tokens[k - 1]!;
      const nextOk = !next || /^(sich|er|sie|es|auch|nicht|noch|nur|jedoch|aber|im|in|mit|zu|zur|zum|von|vor|den|dem|der|die|das|ein|eine|einen|dabei|darum|damit|dazu|weiter|bereits|man|wir|ihr|keine|kein)$/u.test(next.t);
      const prevOk = KONJUNKTIV_BEFORE.test(prevTok.t) && !/^(der|die|das|den|dem|des|ein|eine|einer|eines|einem|einen|kein|keine)$/iu.test(prevTok.t);
      return nextOk && prevOk;
    });
  }

  /** The first word of the clause token `k` stands in (after the last comma before it, else the sentence's first), lower case. */
  private clauseOpener(s: SentenceInfo, k: number): string {
    let j = k;
    while (j > 0 && !/,\s*$/.test(this.text.slice(s.tokens[j - 1]!.end, s.tokens[j]!.start)) && s.tokens[j - 1]!.t !== ',') j--;
    // "als sei", "als ob": the word right before the verb may open it too
    return /^als$/iu.test(s.tokens[k - 1]!.t) ? 'als' : s.tokens[j]!.t.toLowerCase();
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
    for (const reFor of ATTRIBUTION_BEFORE_FOR) {
      const m = reFor(s.text).exec(s.text);
      if (!m) continue;
      const at = s.start + m.index + m[0].length;
      const pronoun = s.tokens.find((t) => t.start >= at && t.start - at <= 1 && OBJECT_PRONOUNS.has(t.t.toLowerCase()));
      // "nach ukrainischen Angaben": the state of the adjective inside the marker
      // (not "nach iranischen Medienangaben": the state's media, no word of the state)
      // (an adjective, whether the register lists the inflected form or the gazetteer derives it: "nach russischen Angaben")
      const adjective = /medien/iu.test(m[0]) ? undefined : s.mentions.find((x) => (x.kind === 'adjective' || LOWER_INITIAL.test(x.text)) && x.start >= s.start + m.index && x.end <= at);
      // "According to him, it added …": the pronoun right after the marker, not the next agent
      // (an agent may begin inside the marker: "nach Angaben der Regierung von …" takes "der" into the marker)
      // ("Nach ukrainischen Angaben hat Russland …": the adjective's state, not the subject after the marker)
      const ofAdjective = adjective ? { entity: adjective.entity, start: adjective.start, end: adjective.end, kind: 'name' as const, definite: undefined, token: s.tokens.findIndex((t) => t.start === adjective.start), tokenEnd: s.tokens.findIndex((t) => t.start === adjective.start) + 1, rule: undefined, person: false, document: undefined } : undefined;
      // "Der Iran hat nach eigenen Angaben …": the subject before the marker is its own source
      const own = /\beigenen\b/iu.test(m[0]) ? s.agents.find((a) => a.end <= s.start + m.index && a.kind !== 'pronoun') : undefined;
      // ("North Korea fired a missile, according to its official media": the state or body the sentence opens with)
      const its = !own && /^\s*its\s/iu.test(s.text.slice(at - s.start)) ? s.agents.find((a) => a.end <= s.start + m.index && a.kind === 'name' && !a.person) : undefined;
      const agent = own ?? its ?? (pronoun ? undefined : s.agents.find((a) => a.start < at && a.end > at) ?? ofAdjective ?? s.agents.find((a) => a.start >= at && a.start - at <= 25)) ?? (pronoun ? { entity: undefined, start: pronoun.start, end: pronoun.end, kind: 'pronoun' as const, definite: undefined, token: s.tokens.indexOf(pronoun), tokenEnd: s.tokens.indexOf(pronoun) + 1, rule: undefined, person: true, document: undefined } : undefined);
      // "nach Marineangaben": the source is inside the compound, none after it (unknown unless the compound is named)
      if (/^nach\s+$/i.test(m[0])) {
        const compound = s.agents.find((a) => a.start === at);
        return { agent: compound, markerStart: s.start + m.index, markerEnd: s.tokens.find((t) => t.start >= at)?.end ?? at };
      }
      // "laut …", "according to …", "nach Angaben des Marineamts": a source even when no agent is named
      if (agent || /laut|according|^nach\s/i.test(m[0])) return { agent, markerStart: s.start + m.index, markerEnd: agent ? agent.end : at };
    }
    const z = ATTRIBUTION_AFTER.exec(s.text);
    if (z) {
      const at = s.start + z.index;
      // ("Ihm zufolge", "Ihr zufolge": a pronoun for the one just named)
      const k = s.tokens.findIndex((t) => t.end <= at && at - t.end <= 2 && OBJECT_PRONOUNS.has(t.t.toLowerCase()));
      const pronoun = k >= 0 ? { entity: undefined, start: s.tokens[k]!.start, end: s.tokens[k]!.end, kind: 'pronoun' as const, definite: undefined, token: k, tokenEnd: k + 1, rule: undefined, person: true, document: undefined } : undefined;
      const agent = pronoun ?? s.agents.filter((a) => a.end <= at && at - a.end <= 2).at(-1);
      // "Beobachtern zufolge": a source the text does not name is still a source
      const from = agent?.start ?? s.start + (s.text.slice(0, z.index).search(/\S+(\s+\S+)?$/) ?? 0);
      return { agent, markerStart: from, markerEnd: at + z[0].length };
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
