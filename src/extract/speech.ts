/**
 * Reported speech: every statement of a text with its speaker, mode, content, date and place.
 *
 * Does: find quotations („…“, “…”, "…", »…«) and attribute them to the speaker of a reporting
 * clause before, after or around them ("…“, betonte der russische Staatschef"; "X sagte: „…“"),
 * to the speaker of the paragraph's previous statement (a quote continued), or to an unknown
 * speaker; indirect speech with a reporting verb (lexicon in `lexicon/speech-verbs.ts`) and a
 * dass/that clause, a comma clause, a bare English complement ("said the talks would") or a
 * trailing reporting clause ("…, sagte X"), a passive ("was criticised by Beijing") or a German
 * verb frame ("hat … kritisiert"); "laut X", "X zufolge", ", so X", "according to X"; a speech
 * noun with its owner ("Putins Vorwurf, …"), which may share a sentence with another statement;
 * Konjunktiv I (and II) sentences continuing the previous statement until a narrated sentence;
 * "Dies erklärte X" for the sentence before; "He said this at … on Thursday" / "Das sagte er am
 * Montag" restating it (its date, no new statement); "Name: …" and "Name after X: …". Quoted titles, names and headings are not
 * speech. The constructions are methods of one finder, tried in order per sentence;
 * reading a single clause (subject, reported words, markers) is `speech/clauses.ts`, quotations
 * `speech/quotations.ts`, reporting verbs `speech/verbs.ts`. Speakers are the agent references
 * the coreference stage resolved (names, role nouns, demonyms); pronouns refer to a person
 * named before them in the sentence, else the last speaker. A statement's date comes from its own reporting clause (or a "dabei"/"damals" that
 * points at the occasion the previous sentence dates), else it is the publication day as an upper
 * bound — never a date borrowed from another sentence, not even from the statement it continues,
 * and never a date after publication.
 * When in doubt, it is speech. Does not: turn anything said into a fact.
 */
import { upperBound } from '../model/time.js';
import type { TimeValue } from '../model/types.js';
import type { DateMention } from './dates.js';
import { AFTER_DEMONSTRATIVE_OBJECT, DEMONSTRATIVE_CONTENT, DEMONSTRATIVE_OBJECT, isReportingWord, KONJUNKTIV, OBJECT_PREPOSITIONS, OCCASION_ONLY, PREPOSITION, PERFECT_INFINITIVE_AUX, REPORTIVE_ADVERB, REPORTIVE_KONJUNKTIV, REPORTIVE_MODAL, SPEECH_NOUNS } from './lexicon/speech-verbs.js';
import { rule, type RuleId } from './rules.js';
import { sentenceUpTo, type AgentRef, type SentenceInfo } from './sentence.js';
import { isTitle, MIN_QUOTE_WORDS, quotations, quoteWords, type Quotation } from './speech/quotations.js';
import { leadingReport, reportingVerbs, type Verb } from './speech/verbs.js';
import { ClauseReader, oblique, type Attribution } from './speech/clauses.js';
import { twinFor } from '../util/case-fold.js';
import { bodyNounAt } from './lexicon/body-nouns.js';
import { mapPacked } from '../util/packed.js';
import { ARTICLE } from './lexicon/relation-patterns.js';
import type { RolePhrase } from './role-phrases.js';

/** "dabei", "damals": the reporting clause points at the occasion narrated before (see `case-fold.ts` for the twin). */
const DABEI = twinFor(/\b(dabei|damals|at the time|on that occasion)\b/iu);

export { quotations, type Quotation } from './speech/quotations.js';
export { reportingVerbs, type Verb } from './speech/verbs.js';

/**
 * What before a date makes it no speech act's date: a span or an anniversary ("seit 2000", "from
 * 2019", "zum Jahrestag"), or the start of the reported clause ("said that on Tuesday, …").
 */
const NOT_SPEECH_DATE = /((Jahrestag\w*|anniversary|seit|since|von|vom|bis|until|ab|from|by|zum|of)\s+(de[nrms]\s+|the\s+)?|\b(that|dass)\s+(on\s+|am\s+)?)$/i;

/** After a name opening a headline: a colon, or an occasion then a colon ("after the ministers' meeting:", "nach dem Gipfel:"). */
const COLON_AFTER_NAME = /^\s*(?:(?:after|before|at|during|on|ahead\s+of|nach|vor|bei|beim|auf|im|zum|zur|über)\s+[^:.!?"„“”«»]{1,60})?:(?=\s*\S)/u;


/** "demnach": according to the source just named. */
const DEMNACH = /^demnach$/iu;
/** A date inside a participle's attribute ("des 2015 geschlossenen Abkommens", "the 1987-signed treaty"): it dates the thing, not the speech. */
const ATTRIBUTIVE_DATE = /^(?:\s+\p{Ll}+(?:ten|enen|ene[mnrs]?)\s+\p{Lu}|-signed\b)/u;
/** The word right before a date (an article there makes the date open a noun phrase: "des 2015 …", "the 1987-signed …"). */
const WORD_BEFORE = /(\p{L}+)\s+$/u;
/** A relative clause's opening after a comma ("Putin, der am Dienstag angekommen war, dankte"): its date is its own. */
const RELATIVE_OPENER = /,\s*(?:der|die|das|dem|den|deren|dessen|who|which)\s[^,]*$/u;
/** Does the date stand in a relative clause that closes before the reporting verb at `anchor`? */
function inRelativeClause(text: string, d: { start: number; end: number }, anchor: number): boolean {
  return anchor > d.end && RELATIVE_OPENER.test(text.slice(Math.max(0, d.start - 60), d.start)) && text.slice(d.end, anchor).includes(',');
}

/** A comma and a conjunction opening a coordinated clause, then at most eight words before its verb. */
const COORDINATED_REPORT = /,\s+(?:and|while|but|whereas|even\s+as|even\s+though|although|und|während|aber|doch|obwohl)\s+(?:[^\s,]+\s+){0,8}?(?:[^\s,]+\s+)?$/u;

/** "… and added that", "… und betonte, dass": the subject's second report, coordinated without a subject of its own. */
const SAME_SPEAKER_AGAIN = /,?\s+(?:and|und)\s+$/u;
/** Its words open with a complementiser ("added that", "betonte, dass"): a report of its own, not an object ("praised the hosts"). */
const COMPLEMENT_OPENS = /^[\s,]*(?:that|dass)\b/u;

/** Participles that add the same speaker's words after a quotation (", adding that …"). */
const ADDING = /^(adding|noting|stressing|insisting|warning|hinzufügend)$/iu;

/** Text before a word that puts it inside a dass/that-clause. */
const IN_DASS_CLAUSE = /,\s*(?:dass|that)\s[^,]*$/u;

/** Konjunktiv II forms that are also the indicative past ("sollten", "wollte"). */
const PAST_LIKE_KONJUNKTIV = /^(sollte|sollten|wollte|wollten)$/iu;

/** A source named at the end of reported words: ", according to …", ", laut …" (the last comma's). */
const SOURCE_LAST = /,\s*(?:according\s+to|laut)\s+(?!.*,\s*(?:according\s+to|laut)\s)/su;
/** Participles of an impersonal passive that hedge rather than report ("Es wird erwartet, dass …"). */
const NARRATOR_HEDGE = /^(erwartet|angenommen|vermutet|geschätzt)$/u;
/** A noun phrase for words said before, as a reporting verb's object: "the comment", "these remarks", "diese Äußerung". */
const REMARK_OBJECT = /^(?:the|these|those|his|her|diese|die|seine|ihre) (?:comment|comments|remark|remarks|Äußerung|Äußerungen|Aussage|Aussagen|Worte)$/u;
/** A definite release as the source of words: "the statement said", "hieß es in der Mitteilung" (not "a statement said"; not "the report": a newspaper's may be meant). */
const RELEASE = /^(?:the|this|der|die|dieser|diese)\s+(?:statement|communiqu[eé]|press release|release|announcement|Mitteilung|Erklärung|Pressemitteilung|Presseerklärung|Stellungnahme)$/iu;

/** How many sentences below a headline may name the holder of its bare office ("…, PM says"). */
const HEADLINE_REACH = 3;

/** The rules that give a sentence the speaker of the statement before it (no attribution of its own). */
const CONTINUATIONS: ReadonlySet<string> = new Set([rule('speech.konjunktiv'), rule('speech.quote-continuation')]);


/** Words after which a reportive adverb modifies an adjective, not the clause ("der angeblich neuen Rakete", "the allegedly stolen"). */
const ATTRIBUTIVE_BEFORE = /^(der|die|das|den|dem|des|ein|eine|einer|einem|eines|einen|the|a|an|its|his|her|their|mit|von|zu|with|of)$/iu;

/** "joint statement", "gemeinsame Erklärung": a group's words. */
const JOINT = /^(joint|gemeinsame[nmr]?)$/iu;

/** A definite determiner before a noun. */
const DEFINITE = /^(der|die|das|dem|den|des|diese[rmns]?|the|this|that)$/iu;

/** Personal pronouns that refer back to one person ("sie" too, which may also be a group). */
const SINGULAR_PERSONAL_OR_SIE = /^(er|sie|he|she)$/i;

/** Pronouns that can only refer to a person. */
const SINGULAR_PERSONAL = /^(er|he|she)$/i;

/** A statement found in the text (UTF-16 offsets); every field set, undefined when absent (one object shape for all). */
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

/** Context the speech stage needs from the rest of the pipeline. */
export interface SpeechContext {
  published: string;
  language: 'de' | 'en';
  isPlace(iri: string): boolean;
  isPerson(iri: string): boolean;
  isState(iri: string): boolean;
  /** The state a capital city stands for ("aus Taipeh"), if it is one. */
  stateOfCapital(iri: string): string | undefined;
  /** Can it speak: a person, state or organisation (not a place or an event)? */
  canSpeak(iri: string): boolean;
}

/** Find the statements of a text whose sentences carry tokens, mentions, dates and agents. */
export function findStatements(text: string, sentences: readonly SentenceInfo[], ctx: SpeechContext): FoundStatement[] {
  return new StatementFinder(text, sentences, ctx).find();
}

/** How a quotation is attributed: a speaker to resolve or a statement it continues, the anchor for its date, and the rule. */
interface QuoteAttribution {
  speakerRef?: AgentRef;
  inherited?: FoundStatement;
  verbAt: number;
  id: RuleId;
  /** The reported words and where the date may come from, when not just the quotation. */
  content?: { start: number; end: number; dateFrom: (pos: number) => boolean };
  /** The sentence after the quotation that holds its reporting clause, when the page split it off. */
  clause?: SentenceInfo;
}

/** A statement before its date, place and topics are filled in. */
type Draft = Omit<FoundStatement, 'date' | 'about' | 'place'>;

/** The statement of a draft, with its speaker, date, place and topics (every field listed: one object shape for all statements). */
function statementOf(d: Draft, speaker: string | undefined, date: TimeValue, place: string | undefined, about: string[]): FoundStatement {
  return { speaker, mode: d.mode, quote: d.quote, content: d.content, start: d.start, end: d.end, contentStart: d.contentStart, contentEnd: d.contentEnd, sentence: d.sentence, lastSentence: d.lastSentence, date, place, about, rule: d.rule, confidence: d.confidence };
}

/**
 * One pass over a text's sentences. Each sentence is tried against the constructions in order —
 * a quotation, "Dies erklärte X", a reporting verb with its clause, "Name: …", an attribution
 * marker, a Konjunktiv I continuation — and the first that reads it makes its statement. Keeps the
 * statements so far and the last person named (for pronouns).
 */
class StatementFinder {
  private readonly out: FoundStatement[] = [];
  private readonly quotes: Quotation[] = [];
  private readonly clauses: ClauseReader;
  private lastPerson: string | undefined;
  /** The sentence that named `lastPerson` as its subject. */
  private lastPersonAt = -1;
  /** The sentence where an unnamed person last spoke ("eine Sprecherin sagte", "an official said"). */
  private unnamedAt = -2;
  /** Who last spoke through a statement, notice or communiqué the text named ("schreibt das Ministerium in einer Mitteilung"), and in which sentence. */
  private issuer: { speaker: string; sentence: number } | undefined;

  constructor(
    private readonly text: string,
    private readonly sentences: readonly SentenceInfo[],
    private readonly ctx: SpeechContext,
  ) {
    this.clauses = new ClauseReader(text, ctx.language, ctx.isState, ctx.stateOfCapital);
    const byParagraph = new Map<number, SentenceInfo[]>();
    for (const s of sentences) {
      const list = byParagraph.get(s.paragraph);
      if (list) list.push(s);
      else byParagraph.set(s.paragraph, [s]);
    }
    for (const ss of byParagraph.values()) this.quotes.push(...quotations(text, ss[0]!.start, ss.at(-1)!.end));
  }

  find(): FoundStatement[] {
    for (let i = 0; i < this.sentences.length; i++) {
      const s = this.sentences[i]!;
      // the person a sentence is about is its first (the subject, mostly): "Scholz telefonierte mit Biden. Er betonte …" is Scholz
      // (only one named before a pronoun: '"…," he told Zelensky' is not Zelensky's)
      const subject = s.agents.find((a) => a.person && a.entity && a.kind !== 'pronoun' && !/^['’]s\b/.test(this.text.slice(a.end, a.end + 3)));
      const pronounFirst = subject && s.agents.some((a) => a.kind === 'pronoun' && a.person && a.start < subject.start);
      if (subject && !pronounFirst) {
        this.lastPerson = subject.entity;
        this.lastPersonAt = i;
      }
      if (this.out.some((o) => o.sentence < i && o.lastSentence >= i)) continue;
      const nominal = this.nominal(s);
      const lead = this.leading(s);
      if (!this.direct(s)) {
        const verbs = reportingVerbs(s, (p) => this.inQuote(p));
        this.restated(s, verbs) || this.demonstrative(s, verbs) || this.indirect(s, verbs) || this.colon(s) || this.attributed(s) || (!nominal && this.continuation(s)) || this.reportive(s);
      }
      // the main clause's statement begins after the clause that reported first
      const main = this.out.at(-1)!;
      if (lead && main !== lead && main.sentence === s.index) main.start = Math.max(main.start, lead.end + 1 + /^\s*/.exec(this.text.slice(lead.end + 1))![0].length);
    }
    return this.out;
  }

  /** "Nachdem Lawrow erklärt hatte, man sei bereit, teilte …": the opening clause's report, a statement of its own before the main clause's (read on the clause alone). */
  private leading(s: SentenceInfo): FoundStatement | undefined {
    const lead = leadingReport(s, (p) => this.inQuote(p));
    return lead && this.indirect(sentenceUpTo(s, lead.end), [lead.verb]) ? this.out.at(-1) : undefined;
  }

  private inQuote(pos: number): boolean {
    return this.quotes.some((q) => pos > q.start && pos < q.end - 1);
  }

  /** Quotations in the sentence: long ones, and short ones a reporting clause follows ("„Wir reagieren“, sagte Peskow"); alone a short one may be a scare quote. */
  private quotationsIn(s: SentenceInfo): Quotation[] {
    const reportedAfter = (q: Quotation) => s.tokens.filter((t) => t.start >= q.end).slice(0, 3).some((t) => isReportingWord(t.t));
    return this.quotes.filter((q) => q.start < s.end && q.end > s.start && !isTitle(this.text, q.start) && !this.isName(s, q) && (quoteWords(q.inner) >= MIN_QUOTE_WORDS || (quoteWords(q.inner) >= 2 && reportedAfter(q))));
  }

  /** Is the sentence a paragraph of its own? */
  private isParagraph(s: SentenceInfo): boolean {
    return this.sentences[s.index - 1]?.paragraph !== s.paragraph && this.sentences[s.index + 1]?.paragraph !== s.paragraph;
  }

  /** A quotation that only holds a name ('den "Neuen START-Vertrag"') is no one's words. */
  private isName(s: SentenceInfo, q: Quotation): boolean {
    const inner = q.inner.trim();
    return s.mentions.some((m) => m.start >= q.start && m.end <= q.end && m.text.length >= inner.length - 8 && inner.endsWith(m.text));
  }

  /** Direct speech: the quotation and the sentences it runs through, attributed by its verb, an attribution marker, an introducing sentence, a name beside it, or the statement it continues. */
  private direct(s: SentenceInfo): boolean {
    const qs = this.quotationsIn(s);
    if (qs.length === 0) return false;
    const i = s.index;
    const qEnd = qs.at(-1)!.end;
    let last = i;
    while (last + 1 < this.sentences.length && this.sentences[last + 1]!.start < qEnd - 1) last++;
    const ss = this.sentences.slice(i, last + 1);
    const outside = (pos: number) => !qs.some((q) => pos >= q.start && pos < q.end);
    const a = this.quoteAttribution(s, qs, ss, outside);
    if (a.clause) {
      ss.push(a.clause);
      last = a.clause.index;
    }
    const speaker = a.inherited ? a.inherited.speaker : this.resolve(a.speakerRef, a.clause ?? s, outside);
    const content = a.content ?? { start: qs[0]!.start, end: qEnd, dateFrom: outside };
    const date = this.dateOf(ss, content.dateFrom, a.verbAt)?.time;
    const start = Math.min(s.start, qs[0]!.start);
    const inner = mapPacked(qs, (q) => q.inner.trim()).join(' … ');
    // (a quotation inside a reported clause: indirect speech with its verbatim part, the narrator's wording around it)
    const mixed = a.content !== undefined && a.id === 'speech.direct-quote';
    const words = mixed ? this.text.slice(content.start, this.clauses.trimEnd(content.start, content.end)) : inner;
    this.push({ speaker, mode: mixed ? 'indirect' : 'direct', quote: inner, content: words, start, end: this.clauses.trimEnd(start, Math.max(ss.at(-1)!.end, qEnd)), contentStart: content.start, contentEnd: content.end, sentence: i, lastSentence: last, rule: rule(a.id), confidence: speaker ? 0.9 : 0.6 }, ss, date);
    this.addedAfterQuote(ss.at(-1)!, qEnd, speaker);
    return true;
  }

  /** '"…," Peskov said, adding that the talks had failed': the participle's words after a quotation are the same speaker's, a statement of their own. */
  private addedAfterQuote(s: SentenceInfo, qEnd: number, speaker: string | undefined): void {
    // ('"…", sagte Lawrow und fügte hinzu, dass …': a verb coordinated with the attribution, its words opening with "dass"/"that")
    const coordinated = (at: number) => SAME_SPEAKER_AGAIN.test(this.text.slice(qEnd, at));
    const v = reportingVerbs(s, (p) => p < qEnd).find((x) => s.tokens[x.token]!.start >= qEnd && (ADDING.test(s.tokens[x.token]!.t) || coordinated(s.tokens[x.token]!.start)));
    const more = v && this.clauses.indirectContent(s, v.token);
    if (!v || !more || more.start < s.tokens[v.token]!.end || more.id !== 'speech.indirect') return;
    if (!ADDING.test(s.tokens[v.token]!.t) && !COMPLEMENT_OPENS.test(this.text.slice(s.tokens[v.token]!.end, more.start + 6).replace(/^\s*\p{L}+(?=\s*,)/u, ''))) return;
    const date = this.dateOf([s], (pos) => pos >= qEnd && (pos < more.start || pos >= more.end), s.tokens[v.token]!.start)?.time;
    this.push({ speaker, mode: 'indirect', quote: undefined, content: this.text.slice(more.start, this.clauses.trimEnd(more.start, more.end)), start: s.tokens[v.token]!.start, end: this.clauses.trimEnd(s.start, s.end), contentStart: more.start, contentEnd: more.end, sentence: s.index, lastSentence: s.index, rule: rule('speech.indirect'), confidence: speaker ? 0.8 : 0.5 }, [s], date);
  }

  /**
   * Who a quotation is by: the speaker of a reporting verb outside it, an attribution marker
   * ("According to the ministry, Washington had „…“": the whole sentence is the source's, dated by
   * its marker only), a reporting verb in the sentence that introduces it with a colon, an agent
   * beside it ("Putin: „…“"), or the statement it continues — not when a sentence of its own
   * frames it ("In Europa ist man sich sicher, dass „…“") or it is a heading (a quoted line alone
   * without a full stop).
   */
  private quoteAttribution(s: SentenceInfo, qs: readonly Quotation[], ss: readonly SentenceInfo[], outside: (pos: number) => boolean): QuoteAttribution {
    const verbs = ss.flatMap((x) => reportingVerbs(x, (p) => !outside(p)).map((v) => ({ s: x, v })));
    if (verbs.length) {
      // the first verb that names its speaker ("After pressure from Washington, which threatened buyers …, Medvedev called it „…“")
      const speakers = verbs.map((x) => this.clauses.speakerOf(x.s, x.v.token, outside));
      const k = Math.max(0, speakers.findIndex((a) => a !== undefined));
      const { s: vs, v } = verbs[k]!;
      // (a reporting verb after the last quotation attributes it: no mixed quotation then)
      const attributedAfter = verbs.some((x) => x.s.tokens[x.v.token]!.start >= qs.at(-1)!.end);
      return { speakerRef: speakers[k], verbAt: vs.tokens[v.token]!.start, id: 'speech.direct-quote', ...(attributedAfter ? {} : this.mixedQuotation(vs, v.token, qs, outside)) };
    }
    const split = this.splitClause(ss.at(-1)!, qs.at(-1)!);
    if (split) return split;
    const attr = this.clauses.attribution(s);
    if (attr) {
      const content = { start: Math.min(s.start, qs[0]!.start), end: Math.max(ss.at(-1)!.end, qs.at(-1)!.end), dateFrom: (pos: number) => pos >= attr.markerStart && pos < attr.markerEnd };
      return { speakerRef: attr.agent, verbAt: attr.markerStart, id: 'speech.according-to', content };
    }
    const verbAt = qs[0]!.start;
    const intro = this.sentences[s.index - 1];
    const introVerbs = intro && intro.paragraph >= s.paragraph - 1 && /:\s*[„“"»«]?\s*$/.test(this.text.slice(intro.start, s.start)) ? reportingVerbs(intro, () => false) : [];
    if (intro && introVerbs.length) return { speakerRef: this.clauses.speakerOf(intro, introVerbs[0]!.token, () => true), verbAt, id: 'speech.direct-quote' };
    const prev = this.out.at(-1);
    // "Macron müsse sich entschuldigen, dass er sie „in die Irre geführt“ habe": Konjunktiv right after a statement continues it, whoever it names
    const recent = prev && s.index - prev.lastSentence === 1 && this.sentences[prev.lastSentence]!.paragraph === s.paragraph;
    if (recent && this.clauses.konjunktiv(s)) return { inherited: prev, verbAt, id: 'speech.quote-continuation' };
    // ("Deutschland hat die Sanktionen «mit Bedauern zur Kenntnis genommen»": a state or body opening the sentence whose words it quotes)
    const beside = s.agents.find((a) => outside(a.start) && a.person) ?? s.agents.find((a) => a.token <= 1 && a.entity !== undefined && a.kind === 'name' && a.end <= qs[0]!.start);
    if (beside) return { speakerRef: beside, verbAt, id: 'speech.direct-quote' };
    const ownWords = ss.flatMap((x) => x.tokens).filter((t) => outside(t.start)).length;
    const heading = ownWords === 0 && ss.length === 1 && !/[.!?…]\s*$/.test(qs.at(-1)!.inner) && this.isParagraph(s);
    const continues = prev && this.sentences[prev.lastSentence]!.paragraph >= s.paragraph - 1 && s.index - prev.lastSentence <= 3 && !heading && (ownWords <= 5 || this.clauses.konjunktiv(s));
    return continues ? { inherited: prev, verbAt, id: 'speech.quote-continuation' } : { verbAt, id: 'speech.unattributed-quote' };
  }

  /**
   * 'Baerbock sagte, der Wunsch sei „nicht nur verständlich, sondern natürlich“', 'X said that Ukraine
   * needs a "very clear path" to membership': quoted words inside the clause a reporting verb before
   * them reports; the words are the whole clause, the quotation stays its verbatim part. (Not when
   * a reporting clause follows the quotation, which the caller knows: '… revealed the allies'
   * "hostile policy," Kim said' is Kim's quotation.)
   */
  private mixedQuotation(s: SentenceInfo, v: number, qs: readonly Quotation[], outside: (pos: number) => boolean): Pick<QuoteAttribution, 'content'> {
    const verbAt = s.tokens[v]!.end;
    if (verbAt > qs[0]!.start || qs.some((q) => q.start < s.start || q.end > s.end)) return {};
    const span = this.clauses.indirectContent(s, v);
    // (a colon introduces the quotation itself: 'X told reporters: "…"')
    const lead = span ? this.text.slice(span.start, qs[0]!.start) : '';
    const opensBefore = span !== undefined && span.id === 'speech.indirect' && span.start >= verbAt && span.start < qs[0]!.start && /\p{L}/u.test(lead) && !/:\s*$/u.test(lead);
    if (!opensBefore || span.end < qs.at(-1)!.end - 1) return {};
    return { content: { start: span.start, end: Math.max(span.end, qs.at(-1)!.end), dateFrom: outside } };
  }

  /**
   * '“… further punishment.” U.S. Ambassador Nikki Haley said after the vote.': a quotation that
   * ends its sentence, and a next sentence that only reports it (its speaker and verb, then at most
   * an occasion or a date: no words of its own; or 'Das sagte Maas am Montag').
   */
  private splitClause(s: SentenceInfo, q: Quotation): QuoteAttribution | undefined {
    const next = this.sentences[s.index + 1];
    if (!next || next.paragraph !== s.paragraph || !/^\s*$/.test(this.text.slice(q.end, s.end)) || this.quotationsIn(next).length) return undefined;
    const v = reportingVerbs(next, () => false)[0];
    if (!v) return undefined;
    const demonstrative = v.token === 1 && DEMONSTRATIVE_CONTENT.test(next.tokens[0]!.t); // „…“ Das sagte Maas am Montag.
    if (!demonstrative && !OCCASION_ONLY.test(this.text.slice(next.tokens[v.token]!.end, next.end))) return undefined;
    const speakerRef = this.clauses.speakerOf(next, v.token, () => true);
    return speakerRef ? { speakerRef, verbAt: next.tokens[v.token]!.start, id: 'speech.direct-quote', clause: next } : undefined;
  }

  /** "Dies erklärte die Chefin der EU-Diplomatie, Kaja Kallas.": the previous sentence was her words. */
  private demonstrative(s: SentenceInfo, verbs: readonly Verb[]): boolean {
    const i = s.index;
    const prev = this.sentences[i - 1];
    // (the same speaker's "Das sagte er" is `restated`; another's "Dies erklärte Scholz" makes the words Scholz's too)
    if (verbs[0]?.token !== 1 || !DEMONSTRATIVE_CONTENT.test(s.tokens[0]!.t) || !prev || prev.paragraph < s.paragraph - 1) return false;
    const full = (pos: number) => pos >= s.start && pos < s.end;
    const speaker = this.resolve(this.clauses.speakerOf(s, 1, full), s);
    const date = this.dateOf([s], full, s.tokens[1]!.start)?.time;
    const trimEnd = (a: number, b: number) => this.clauses.trimEnd(a, b);
    // the words of the statement the previous sentence belongs to, else that sentence
    const earlier = this.out.find((o) => o.sentence <= i - 1 && o.lastSentence >= i - 1);
    const [cs, ce] = earlier ? [earlier.contentStart, earlier.contentEnd] : [prev.start, prev.end];
    // a continuation only guessed its speaker from the statement before; the attribution names it ("Russland warf … vor. Bei den Übungen werde … Das sagte Patruschew")
    if (earlier && speaker && CONTINUATIONS.has(earlier.rule)) this.out[this.out.indexOf(earlier)] = { ...earlier, speaker };
    this.push({ speaker, mode: 'indirect', quote: undefined, content: this.text.slice(cs, trimEnd(cs, ce)), start: earlier?.start ?? prev.start, end: trimEnd(s.start, s.end), contentStart: cs, contentEnd: ce, sentence: earlier?.sentence ?? i - 1, lastSentence: i, rule: rule('speech.demonstrative'), confidence: speaker ? 0.75 : 0.5 }, [prev, s], date);
    return true;
  }

  /**
   * "He said this at a press conference on Thursday", "Das sagte er am Montag in Vilnius": a reporting
   * verb whose object is a demonstrative tells when and where the previous statement was made. The
   * statement gains the sentence, and its date when it had only the publication day; no new one is made.
   */
  private restated(s: SentenceInfo, verbs: readonly Verb[]): boolean {
    const v = verbs[0];
    const prev = this.out.at(-1);
    if (!v || !prev || prev.lastSentence !== s.index - 1 || this.sentences[prev.lastSentence]!.paragraph < s.paragraph - 1) return false;
    // ("… posted the comment on Telegram", "wiederholte diese Äußerung": a noun for the words said before)
    const noun = REMARK_OBJECT.test(`${s.tokens[v.token + 1]?.t ?? ''} ${s.tokens[v.token + 2]?.t ?? ''}`) ? 1 : 0;
    const object = s.tokens[v.token + 1 + noun];
    const after = s.tokens[v.token + 2 + noun];
    const full = (pos: number) => pos >= s.start && pos < s.end;
    // the same speaker: a pronoun or the name again ("Das sagte er am Montag", "Dies erklärte Scholz am Dienstag" after Scholz's words);
    // or the name of one the words before left unnamed ("The chief of staff to the president said … Andriy Yermak posted the comment on Telegram")
    const demonstrativeObject = object && (noun === 1 || DEMONSTRATIVE_OBJECT.test(object.t)) && (!after || AFTER_DEMONSTRATIVE_OBJECT.test(after.t));
    const demonstrativeFirst = v.token === 1 && DEMONSTRATIVE_CONTENT.test(s.tokens[0]!.t);
    if (!demonstrativeObject && !demonstrativeFirst) return false;
    const agent = this.clauses.speakerOf(s, v.token, full);
    const named = agent?.kind === 'name' || agent?.kind === 'role' ? this.resolve(agent, s) : undefined;
    const sameSpeaker = agent?.kind === 'pronoun' || (prev.speaker !== undefined && named === prev.speaker) || (prev.speaker === undefined && named !== undefined && this.ctx.isPerson(named));
    if (!sameSpeaker) return false;
    const date = prev.date.bound ? this.dateOf([s], full, s.tokens[v.token]!.start)?.time : undefined;
    prev.end = this.clauses.trimEnd(s.start, s.end);
    prev.lastSentence = s.index;
    if (date) prev.date = date;
    if (prev.speaker === undefined && named !== undefined) prev.speaker = named;
    return true;
  }

  /**
   * "Zu Putins Anschuldigung, der Westen versuche …, sagt Stoltenberg, …", "Russia's claim that
   * …": a speech noun with its owner right before it carries the owner's words, from the comma or
   * "that" after it to the next comma (or the end); the sentence may report someone else's words too.
   */
  private nominal(s: SentenceInfo): boolean {
    const k = s.tokens.findIndex((t, j) => j > 0 && SPEECH_NOUNS.has(t.t) && !this.inQuote(t.start));
    if (k < 0) return false;
    const noun = s.tokens[k]!;
    // the owner in the genitive right before the noun: "Putins", "Russia's" (a state's genitive is a mention, not an agent of its own)
    const genitive = (a: { start: number; end: number }) => /^('s|’s)?$/.test(this.text.slice(a.end, noun.start).trim()) && /(s|'s|’s)$/.test(this.text.slice(a.start, noun.start).trim());
    const mention = s.mentions.find((m) => m.end <= noun.start && genitive(m));
    const owner = s.agents.find((a) => a.tokenEnd === k && a.kind !== 'anonymous' && genitive(a)) ?? (mention && { entity: mention.entity, start: mention.start, end: mention.end, kind: 'name' as const, definite: undefined, token: k - 1, tokenEnd: k, rule: undefined, person: this.ctx.isPerson(mention.entity), document: undefined });
    const opener = /^\s*(,|that\b)/.exec(this.text.slice(noun.end, s.end));
    if (!owner || !opener) return false;
    const start = noun.end + opener[0].length;
    const comma = this.text.indexOf(',', start);
    const end = this.clauses.trimEnd(start, comma > start && comma < s.end ? comma : s.end);
    if (end - start < 8) return false;
    const speaker = this.resolve(owner, s);
    this.push({ speaker, mode: 'indirect', quote: undefined, content: this.text.slice(start, end).trim(), start: Math.min(owner.start, noun.start), end, contentStart: start, contentEnd: end, sentence: s.index, lastSentence: s.index, rule: rule('speech.nominal'), confidence: speaker ? 0.7 : 0.5 }, [s], undefined);
    return true;
  }

  /** Does the sentence end in a colon that opens a quotation right after it? */
  private introducesQuote(s: SentenceInfo): boolean {
    return /:\s*$/.test(s.text) && this.quotes.some((q) => q.start >= s.end && q.start - s.end < 4);
  }

  /** Indirect speech: a reporting verb and the words its clause reports. */
  private indirect(s: SentenceInfo, verbs: readonly Verb[]): boolean {
    if (!verbs[0] || this.introducesQuote(s)) return false;
    if (this.relayedComparison(s, verbs) && this.continuation(s)) return true;
    // words a noun already carries ("Zu Putins Anschuldigung, …, sagt X, …") are not this verb's
    const taken = this.out.at(-1)?.sentence === s.index ? this.out.at(-1)!.contentEnd : undefined;
    // "Stoltenberg … urged a quick vote, NATO spokeswoman Oana Lungescu said": a trailing reporting clause reports the verbs before it
    const last = verbs.length > 1 ? verbs.at(-1)! : undefined;
    const trailing = last && this.clauses.indirectContent(s, last.token, taken);
    // (its subject a person named in it: "…, Reuters reported" relays the speaker before it, "…, sagte aber, …" coordinates)
    const closingSubject = trailing && this.clauses.speakerOf(s, last!.token, (pos) => pos >= trailing.end && pos < s.end);
    // (not when the first verb's own dass/that-clause holds it: "Zarif said that …, Trump continues to insist …" is Zarif's)
    const firstWords = last ? this.clauses.indirectContent(s, verbs[0].token, taken) : undefined;
    const holdsLast = firstWords !== undefined && firstWords.id === 'speech.indirect' && COMPLEMENT_OPENS.test(this.text.slice(firstWords.start, firstWords.start + 6)) && firstWords.end >= s.tokens[last!.token]!.end;
    const closing = !holdsLast && trailing?.id === 'speech.trailing-clause' && trailing.end >= s.tokens[verbs[0].token]!.end && closingSubject?.person === true && closingSubject.kind !== 'pronoun' && closingSubject.start > trailing.end;
    const v = closing ? last! : verbs[0];
    // ("Es wird erwartet, dass …": an expectation or estimate nobody voices is the narrator's hedge, no report)
    if (this.ctx.language === 'de' && NARRATOR_HEDGE.test(s.tokens[v.token]!.t) && /\bes\s+(?:wird|wurde)\s+$/iu.test(this.text.slice(s.start, s.tokens[v.token]!.start))) return false;
    const span = closing ? trailing : this.clauses.indirectContent(s, v.token, taken);
    if (!span) return false;
    const outside = (pos: number) => pos >= s.start && pos < s.end && (pos < span.start || pos >= span.end);
    const ref = this.clauses.speakerOf(s, v.token, outside);
    // ("Senior officers confirmed that …, according to the force's chief, General X": the source named last speaks for the unnamed)
    const speaker = this.resolve(ref, s, outside) ?? this.namedLastAsSource(s, span);
    // a weak verb ("reported", "berichtete") is speech with a named speaker or source ("Ägyptische Sicherheitskreise hatten … berichtet"), or when it trails the words ("…, state media reported")
    if (!speaker && v.weak && span.id !== 'speech.trailing-clause' && ref?.rule !== rule('coref.anonymous-source')) return false;
    const date = this.dateOf([s], outside, s.tokens[v.token]!.start)?.time ?? this.dabeiDate(s);
    // (the statement's span is the sentence, or the part of it a coordinated second report leaves)
    const push = (c: { start: number; end: number; id: RuleId }, who: string | undefined, when: TimeValue | undefined, from = s.start, to = s.end) => this.push({ speaker: who, mode: 'indirect', quote: undefined, content: this.text.slice(c.start, this.clauses.trimEnd(c.start, c.end)), start: from, end: this.clauses.trimEnd(from, to), contentStart: c.start, contentEnd: c.end, sentence: s.index, lastSentence: s.index, rule: rule(c.id), confidence: who ? 0.8 : 0.5 }, [s], when);
    // "Moscow called for …, and the Russian Defence Ministry has said it will respond": a second report coordinated in the words is its own
    const second = this.coordinatedReport(s, verbs, v, span, speaker);
    if (second) {
      const opens = second.cut + /^[,\s]*/u.exec(this.text.slice(second.cut))![0].length;
      push({ ...span, end: second.cut }, speaker, date, s.start, second.cut);
      push(second.content, second.speaker, this.dateOf([s], (pos) => pos >= second.cut && (pos < second.content.start || pos >= second.content.end), s.tokens[second.verb]!.start)?.time, opens);
      return true;
    }
    push(span, speaker, date);
    // "…, the air force said on Monday, adding that …": the participle's words are the same speaker's too
    const adding = span.id === 'speech.trailing-clause' ? verbs.find((x) => x.token > v.token && /ing$/iu.test(s.tokens[x.token]!.t)) : undefined;
    const more = adding && this.clauses.indirectContent(s, adding.token);
    if (more && more.start >= span.end) push(more, speaker, date);
    return true;
  }

  /**
   * A reporting verb inside the words of another, after ", and|while|but|und|während|aber" and its
   * own named subject ("…, while European officials have expressed concern that …"): where the first
   * words end, the second verb, its words and its speaker.
   */
  private coordinatedReport(s: SentenceInfo, verbs: readonly Verb[], v: Verb, span: { start: number; end: number }, first: string | undefined): { cut: number; verb: number; content: { start: number; end: number; id: RuleId }; speaker: string | undefined } | undefined {
    for (const w of verbs) {
      const at = s.tokens[w.token]!.start;
      if (w.token <= v.token || at <= span.start || at >= span.end) continue;
      // "Kallas said the summit had gone well and added that …": the same speaker reports again
      const again = SAME_SPEAKER_AGAIN.exec(this.text.slice(span.start, at));
      const more = again && !w.weak ? this.clauses.indirectContent(s, w.token) : undefined;
      if (again && more && more.start >= at && more.id === 'speech.indirect' && COMPLEMENT_OPENS.test(this.text.slice(s.tokens[w.token]!.end, more.start + 6))) return { cut: span.start + again.index, verb: w.token, content: more, speaker: first };
      const m = COORDINATED_REPORT.exec(this.text.slice(span.start, at));
      if (!m) continue;
      const cut = span.start + m.index;
      const subject = s.agents.find((a) => a.start > cut && a.end <= at && a.kind !== 'pronoun' && (a.entity !== undefined || a.kind === 'anonymous'));
      const content = subject && this.clauses.indirectContent(s, w.token);
      if (!subject || !content || content.start < at || content.id !== 'speech.indirect') continue;
      return { cut, verb: w.token, content, speaker: this.resolve(subject, s) };
    }
    return undefined;
  }

  /** "Wadephul: Sanktionen über Paket hinaus nötig", "Rutte after the summit: allies agree": a name (and an occasion) and a colon open the words. */
  private colon(s: SentenceInfo): boolean {
    const { text } = this;
    // a person, or in a heading any source named in its first words ("Pentagon: Russia deployed …", "Südkoreas Geheimdienst: Nordkorea liefert …")
    const colonAt = text.indexOf(':', s.start);
    const heading = this.isParagraph(s) && !/[.!?]["“”»«]?\s*$/.test(s.text) && colonAt > s.start && colonAt < s.end && s.tokens.filter((t) => t.end <= colonAt).length <= 4;
    const named = heading ? s.mentions.filter((m) => m.end <= colonAt && this.ctx.canSpeak(m.entity)).at(-1) : undefined;
    const head = heading ? (s.agents.filter((a) => a.end <= colonAt && a.kind !== 'pronoun').at(-1) ?? (named && { entity: named.entity, start: named.start, end: colonAt, kind: 'name' as const, definite: undefined, token: 0, tokenEnd: 1, rule: undefined, person: this.ctx.isPerson(named.entity), document: undefined })) : s.agents[0];
    const lead = head ? COLON_AFTER_NAME.exec(text.slice(head.end, s.end)) : null;
    if (!head || !(heading || (head.token === 0 && head.person)) || !lead || this.introducesQuote(s)) return false;
    const cStart = head.end + lead[0].length;
    const speaker = this.resolve(head, s);
    this.push({ speaker, mode: 'indirect', quote: undefined, content: text.slice(cStart, this.clauses.trimEnd(cStart, s.end)).trim(), start: s.start, end: this.clauses.trimEnd(s.start, s.end), contentStart: cStart, contentEnd: s.end, sentence: s.index, lastSentence: s.index, rule: rule('speech.colon'), confidence: 0.6 }, [s], undefined);
    return true;
  }

  /** "laut X", "X zufolge", "according to X": the whole sentence is X's; "Beteiligt sind demnach …" the source of the sentence before's. */
  private attributed(s: SentenceInfo): boolean {
    const attr = this.clauses.attribution(s) ?? this.demnach(s);
    if (!attr) return false;
    const speaker = this.resolve(attr.agent, s);
    const marker = (pos: number) => pos >= s.start && pos < s.end && pos >= attr.markerStart && pos < attr.markerEnd;
    const date = this.dateOf([s], marker, attr.markerStart)?.time;
    const end = this.clauses.trimEnd(s.start, s.end);
    this.push({ speaker, mode: 'indirect', quote: undefined, content: this.text.slice(s.start, end), start: s.start, end, contentStart: s.start, contentEnd: s.end, sentence: s.index, lastSentence: s.index, rule: rule('speech.according-to'), confidence: speaker ? 0.75 : 0.5 }, [s], date, marker);
    return true;
  }

  /** "Angeblich hat Russland …", "Russland soll Raketen stationiert haben", "Russia reportedly …": someone unnamed's words, passed on. */
  private reportive(s: SentenceInfo): boolean {
    const t = s.tokens.filter((x) => !this.inQuote(x.start));
    // (not inside a noun phrase: "der angeblich neu entwickelten Rakete")
    const adverb = t.find((x, k) => REPORTIVE_ADVERB.test(x.t) && !ATTRIBUTIVE_BEFORE.test(t[k - 1]?.t ?? ''));
    const last = t.at(-1);
    const modal = last && PERFECT_INFINITIVE_AUX.test(last.t) && t.length >= 3 && /^\p{Ll}+(t|en)$/u.test(t.at(-2)!.t) ? t.find((x) => REPORTIVE_MODAL.test(x.t)) : undefined;
    // Konjunktiv I with no report before it: still someone's words (not "als sei", not "ich habe")
    const konjunktiv = this.ctx.language === 'de' && s.index > 0 && !t.some((x) => /^ich$/iu.test(x.t)) ? t.find((x, k) => REPORTIVE_KONJUNKTIV.test(x.t) && k > 0 && !/^(als|ob)$/iu.test(t[k - 1]!.t)) : undefined;
    const marker = adverb ?? modal ?? konjunktiv;
    if (!marker) return false;
    const end = this.clauses.trimEnd(s.start, s.end);
    // ("Duda sagte, … Er hatte Gelegenheit, mit Scholz zu sprechen. Er habe dabei auf … verwiesen": Konjunktiv I of a pronoun opening the sentence reports its words)
    const own = konjunktiv && marker === konjunktiv ? s.agents.find((a) => a.token === 0 && a.kind === 'pronoun' && a.person && SINGULAR_PERSONAL.test(this.text.slice(a.start, a.end))) : undefined;
    const speaker = own && this.resolve(own, s);
    this.push({ speaker, mode: 'indirect', quote: undefined, content: this.text.slice(s.start, end), start: s.start, end, contentStart: s.start, contentEnd: s.end, sentence: s.index, lastSentence: s.index, rule: rule('speech.reportive'), confidence: speaker ? 0.6 : 0.5 }, [s], undefined);
    return true;
  }

  /** "Beteiligt sind demnach etwa 200.000 Soldaten": "demnach" points at the source of the statement in the sentence before. */
  private demnach(s: SentenceInfo): Attribution | undefined {
    const prev = this.out.at(-1);
    const k = s.tokens.findIndex((t) => DEMNACH.test(t.t) && !this.inQuote(t.start));
    if (k < 0 || !prev || prev.lastSentence !== s.index - 1) return undefined;
    const t = s.tokens[k]!;
    const agent = prev.speaker ? { entity: prev.speaker, start: t.start, end: t.end, kind: 'name' as const, definite: undefined, token: k, tokenEnd: k + 1, rule: undefined, person: this.ctx.isPerson(prev.speaker), document: undefined } : undefined;
    return { agent, markerStart: t.start, markerEnd: t.end };
  }

  /** Is a sentence strictly between `from` and `to` narrated: a full sentence (not a heading) in no statement? It ends the reported speech before it. */
  private narratedBetween(from: number, to: number): boolean {
    for (let k = from + 1; k < to; k++) if (/[.!?]["“”»«]?\s*$/.test(this.sentences[k]!.text) && !this.out.some((o) => o.sentence <= k && o.lastSentence >= k)) return true;
    return false;
  }

  /**
   * Is the person named in a role that cannot be the sentence's source: after a preposition ("Für
   * Präsident Putin sei …", "Der Besuch von Stoltenberg werde …"), in an oblique case, in a relative
   * clause ("Zäune gebaut, die er Stoltenberg gezeigt habe") or in a dass-clause ("Er finde es gut,
   * dass Putin …")?
   */
  private namedAsObject(s: SentenceInfo, a: AgentRef): boolean {
    let k = a.token - 1;
    while (k > 0 && ARTICLE.test(s.tokens[k]!.t)) k--;
    const before = s.tokens[k]?.t.toLowerCase() ?? '';
    const opening = this.text.slice(s.start, a.start);
    return a.token > 0 && (OBJECT_PREPOSITIONS.has(before) || PREPOSITION.test(before) || (this.ctx.language === 'de' && oblique(s, a)) || RELATIVE_OPENER.test(opening) || IN_DASS_CLAUSE.test(opening));
  }

  /**
   * "Wie viele Redner gesagt hätten, müssten beide Parteien …": a sentence opened by a "wie" clause
   * whose reporting verb is in the Konjunktiv relays others' words inside the current speaker's
   * report (the indicative "Wie Peskow sagte, …" names its own speaker).
   */
  private relayedComparison(s: SentenceInfo, verbs: readonly Verb[]): boolean {
    const comma = s.text.indexOf(',');
    if (this.ctx.language !== 'de' || comma < 0 || !/^wie$/iu.test(s.tokens[0]?.t ?? '')) return false;
    const clause = s.tokens.filter((t) => t.end - s.start <= comma);
    return s.tokens[verbs[0]!.token]!.end - s.start <= comma && clause.some((t) => KONJUNKTIV.has(t.t.toLowerCase()));
  }

  /** Konjunktiv I after a statement continues it, across sentences and a paragraph or two, until the narrator speaks in the indicative again. */
  private continuation(s: SentenceInfo): boolean {
    const prev = this.out.at(-1);
    const i = s.index;
    if (!prev || i - prev.lastSentence > 3 || this.sentences[prev.lastSentence]!.paragraph < s.paragraph - 2 || this.narratedBetween(prev.lastSentence, i) || !this.clauses.konjunktiv(s)) return false;
    // a person named as the subject may be a new source, unless a clear Konjunktiv says the words are still reported ("Scholz habe bereits mit
    // Biden telefoniert", "Er finde es gut, dass Putin …"; "Selenskyj und Trump sollten … unterzeichnen" may be narrated: "sollten" is also a past tense)
    const relative = (pos: number) => RELATIVE_OPENER.test(this.text.slice(s.start, pos));
    const clearKonjunktiv = s.tokens.some((x) => KONJUNKTIV.has(x.t.toLowerCase()) && !PAST_LIKE_KONJUNKTIV.test(x.t) && !relative(x.start));
    if (!clearKonjunktiv && s.agents.some((a) => a.person && a.entity && a.entity !== prev.speaker && a.kind === 'name' && !this.namedAsObject(s, a))) return false;
    const end = this.clauses.trimEnd(s.start, s.end);
    this.push({ speaker: prev.speaker, mode: 'indirect', quote: undefined, content: this.text.slice(s.start, end), start: s.start, end, contentStart: s.start, contentEnd: s.end, sentence: i, lastSentence: i, rule: rule('speech.konjunktiv'), confidence: 0.65 }, [s], undefined);
    return true;
  }

  /**
   * Who an agent reference names as a speaker: pronouns refer to a person named earlier in the
   * same sentence outside the words ("Trump made the announcement, where he revealed …"), else to
   * the speaker just quoted or the person the last sentence was about; unnamed definite roles to
   * the speaker just quoted; "heißt es" to the document described.
   */
  private resolve(a: AgentRef | undefined, s: SentenceInfo, outside: (pos: number) => boolean = () => false): string | undefined {
    const prev = this.out.at(-1);
    // "…, the statement said", "hieß es in der Mitteilung": the release of the speaker just reported
    if (a?.kind === 'anonymous' && prev && s.index - prev.lastSentence <= 2 && this.namesTheRelease(a)) return prev.speaker;
    if (!a || a.kind === 'anonymous') return undefined;
    if (a.kind === 'pronoun' && a.document) return this.recentDocument(s);
    const recent = prev && prev.speaker && s.index - prev.lastSentence <= 3 ? prev.speaker : undefined;
    // "the former Norwegian prime minister said": the speaker just quoted; "westlicher Experten" refers to no one named
    if (a.kind === 'role' && !a.entity) {
      const later = s.index === 0 && this.isParagraph(s) ? this.namedBelowHeadline(s, a) : undefined;
      if (later) return later;
      if (!a.definite) this.unnamedAt = s.index;
      return a.definite ? recent : undefined;
    }
    if (a.kind !== 'pronoun') return a.entity;
    // "it added": the organisation or state just quoted
    if (!a.person) return recent && !this.ctx.isPerson(recent) ? recent : undefined;
    // "Trump made the announcement on X, where he revealed …": a person named earlier in the same sentence
    // ("Markovic's encounter with Trump …, when the U.S. president pushed him aside at a summit at which he demanded …": the nearest
    // one standing as a subject, not after a preposition or as an owner; else the first)
    const before = s.agents.filter((x) => x.person && x.entity && x.kind !== 'pronoun' && x.end <= a.start && outside(x.start));
    const subjectLike = (x: AgentRef) => !PREPOSITION.test(s.tokens[x.token - 1]?.t ?? '') && !/^['’]s\b/u.test(this.text.slice(x.end, x.end + 2));
    const here = before.length > 1 ? (before.filter(subjectLike).at(-1) ?? before[0]) : before[0];
    if (here?.entity) return here.entity;
    // "…, officials said. …, they added": the unnamed sources of the statement just before
    if (prev && !prev.speaker && s.index - prev.lastSentence <= 1 && /^they$/iu.test(this.text.slice(a.start, a.end))) return undefined;
    // "…, wie eine Sprecherin sagte. …, betonte sie": the person the text left unnamed just before, unless someone was named since
    if (this.unnamedAt >= s.index - 1 && this.lastPersonAt < this.unnamedAt && SINGULAR_PERSONAL_OR_SIE.test(this.text.slice(a.start, a.end))) return undefined;
    // "Putin himself spoke on the matter. He said …": the subject of a narrated sentence just before, not the last speaker
    const narrated = this.lastPersonAt === s.index - 1 && !this.out.some((o) => o.sentence <= s.index - 1 && o.lastSentence >= s.index - 1);
    if (narrated && this.lastPerson && SINGULAR_PERSONAL.test(this.text.slice(a.start, a.end))) return this.lastPerson;
    // "er", "he", "she" are people; "sie", "they" may be a state or group just quoted
    return recent && (this.ctx.isPerson(recent) || !SINGULAR_PERSONAL.test(this.text.slice(a.start, a.end))) ? recent : this.lastPerson;
  }

  /** The person an "according to" closing the words names, the last words of the sentence: "…, according to General X." (a medium there relays the unnamed, it does not speak) */
  private namedLastAsSource(s: SentenceInfo, span: { start: number; end: number }): string | undefined {
    const marker = SOURCE_LAST.exec(this.text.slice(span.start, span.end));
    if (!marker) return undefined;
    const from = span.start + marker.index + marker[0].length;
    const last = s.agents.filter((a) => a.start >= from && a.entity && a.person && a.kind !== 'pronoun').at(-1);
    return last && /^[\s.!?"”]*$/u.test(this.text.slice(last.end, s.end)) ? last.entity : undefined;
  }

  /** Is the unnamed source "the statement" ("hieß es in der Mitteilung"): a release the text has spoken of? */
  private namesTheRelease(a: AgentRef): boolean {
    return RELEASE.test(this.text.slice(a.start, a.end));
  }

  /**
   * "Zapad drills not a threat to Lithuania, PM says" over "… Prime Minister Gintautas Paluckas
   * said": a headline's bare office is the first person the next sentences name in the same office.
   */
  private namedBelowHeadline(s: SentenceInfo, a: AgentRef): string | undefined {
    const office = (r: RolePhrase) => `${r.deputy ? 'deputy ' : ''}${r.role.key}`;
    const role = s.roles.find((r) => r.start <= a.start && a.start < r.end);
    if (!role) return undefined;
    for (const next of this.sentences.slice(1, HEADLINE_REACH + 1)) {
      const holder = next.roles.find((r) => r.nameAfter && office(r) === office(role));
      const named = holder && next.agents.find((x) => x.kind === 'role' && x.start === holder.start && x.entity);
      if (named) return named.entity;
    }
    return undefined;
  }

  /**
   * The treaty or policy document named in the three sentences before ("Es reiche …, heißt es"
   * after "die Doktrin …"), unless the words themselves name it: a text does not speak of itself
   * ("Der Ausstieg aus dem Vertrag bedeute …, hieß es" is someone else's).
   */
  private recentDocument(s: SentenceInfo): string | undefined {
    const named = new Set(s.agents.map((a) => a.entity));
    for (let k = s.index - 1; k >= Math.max(0, s.index - 3); k--) {
      const doc = this.sentences[k]!.agents.filter((a) => a.document && a.entity).at(-1);
      if (doc) return named.has(doc.entity) ? undefined : doc.entity;
    }
    return undefined;
  }

  /**
   * The date of the speech act: next to the reporting verb, outside the reported words, not a span ("seit 2000") or an
   * anniversary, and not after publication (words reported today were not said in 2025: "…, wenn es bereits 2025 geschehe").
   */
  private dateOf(ss: readonly SentenceInfo[], outside: (pos: number) => boolean, anchor: number): DateMention | undefined {
    const { text } = this;
    const published = this.ctx.published;
    // the nearest to the anchor; of equally near ones the first
    let nearest: DateMention | undefined;
    for (const x of ss) {
      for (const d of x.dates) {
        if (!outside(d.start) || d.time.earliest > published || Math.min(Math.abs(d.start - anchor), Math.abs(d.end - anchor)) > 120 || NOT_SPEECH_DATE.test(text.slice(Math.max(0, d.start - 40), d.start)) || (ARTICLE.test(WORD_BEFORE.exec(text.slice(Math.max(0, d.start - 6), d.start))?.[1] ?? '') && ATTRIBUTIVE_DATE.test(text.slice(d.end, d.end + 40))) || inRelativeClause(text, d, anchor)) continue;
        if (!nearest || Math.abs(d.start - anchor) < Math.abs(nearest.start - anchor)) nearest = d;
      }
    }
    return nearest;
  }

  /** "dabei", "damals": the occasion the previous sentence dates. */
  private dabeiDate(s: SentenceInfo): TimeValue | undefined {
    if (!DABEI(s.text).test(s.text)) return undefined;
    for (const prev of [this.sentences[s.index - 1], this.sentences[s.index - 2]]) if (prev?.eventDate && prev.paragraph === s.paragraph) return prev.eventDate.time;
    return undefined;
  }

  /**
   * The statement or notice a reporting clause names outside the words ("in einer Mitteilung",
   * "der Mitteilung zufolge", "the statement said"), and whether it is definite (one named before).
   */
  private medium(ss: readonly SentenceInfo[], outside: (pos: number) => boolean): 'definite' | 'indefinite' | undefined {
    for (const x of ss) {
      const k = x.tokens.findIndex((t) => outside(t.start) && bodyNounAt(t.t, this.ctx.language)?.anyOwner);
      // a joint statement is a group's: no one issuer
      if (k >= 0) return JOINT.test(x.tokens[k - 1]?.t ?? '') ? undefined : DEFINITE.test(x.tokens[k - 1]?.t ?? '') ? 'definite' : 'indefinite';
    }
    return undefined;
  }

  /** Record a statement with its date (else the publication day as an upper bound), place and topics. */
  private push(draft: Draft, ss: readonly SentenceInfo[], date: TimeValue | undefined, clause?: (pos: number) => boolean): void {
    const outside = (pos: number) => pos < draft.contentStart || pos >= draft.contentEnd;
    // "heißt es in der Mitteilung weiter", "Der Mitteilung zufolge": the notice named before speaks for whoever issued it
    const medium = this.medium(ss, clause ?? outside);
    // "…, drohte KCNA. …, hieß es in einem Kommentar": an unowned notice right after a statement is that speaker's
    const prev = this.out.at(-1);
    // (not when the clause names someone the text leaves unnamed: '"…," a representative for the group said in a statement')
    const unnamed = ss.some((x) => x.index === this.unnamedAt);
    const issued = draft.speaker ? undefined : medium === 'definite' && this.issuer && ss[0]!.index - this.issuer.sentence <= 4 ? this.issuer.speaker : medium === 'indefinite' && prev?.speaker && ss[0]!.index - prev.lastSentence <= 1 && !unnamed ? prev.speaker : undefined;
    const speaker = draft.speaker ?? issued;
    if (speaker && medium) this.issuer = { speaker, sentence: draft.lastSentence };
    const place = ss.flatMap((x) => x.mentions).find((m) => outside(m.start) && m.kind === undefined && /\b(in|at)\s+$/.test(this.text.slice(Math.max(0, m.start - 4), m.start)) && this.ctx.isPlace(m.entity))?.entity;
    const about = new Set<string>();
    for (const x of ss) for (const m of x.mentions) if (m.start >= draft.contentStart && m.end <= draft.contentEnd && m.entity !== speaker) about.add(m.entity);
    this.out.push(statementOf(draft, speaker, date ?? upperBound(this.ctx.published), place, [...about]));
    if (speaker && this.ctx.isPerson(speaker)) this.lastPerson = speaker;
  }
}
