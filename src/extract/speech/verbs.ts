/**
 * Reporting verbs in a sentence: the lexicon's verbs (`../lexicon/speech-verbs.ts`) with their
 * separable particles present, outside quotations. Does not: find speakers or content.
 */
import { ADVERBIAL_CONJUNCTIONS, ATTRIBUTING_CONJUNCTIONS, DE_PARTICIPLES_WITH, DE_REPORTING, MODALS, DE_REPORTING_PARTICIPLES, EN_REPORTING, isReportingForm, WEAK_REPORTING } from '../lexicon/speech-verbs.js';
import type { SentenceInfo } from '../sentence.js';
import { isDocumentNoun } from '../lexicon/body-nouns.js';

/** Determiners before a noun: a reporting word after one is a noun ("his demands", "die Forderung"). */
const DETERMINER = /^(his|her|its|their|our|my|your|the|a|an|these|those|such)$/i;

/** English reporting words in -s that are plural nouns before "of" ("fears of", "claims of"). */
const PLURAL_NOUN_BEFORE_OF = /^(fears|claims|hopes|demands|promises|pledges|threats|reports|vows|accusations|allegations)$/i;

/** English prepositions after which a reporting word in -s is a plural noun ("amid fears", "despite warnings"). */
const NOUN_BEFORE = /^(amid|despite|over|of|about|after|following|against|among|with|without)$/i;

/** English verbs that report only without a following "to", "at" or indefinite object ("added to the tension", "added an element", "pointed at the map"; "he added" reports). */
const NOT_SPEECH_AFTER = new Set(['added', 'adds', 'pointed', 'hinted', 'responded', 'responds']);
/** What one responds to in words. */
const ANSWERED = /^(questions?|remarks|comments|criticism|accusations|allegations|claims|reports|journalists|reporters|statements?)$/iu;

/** A reporting verb: its token index; weak verbs ("reported", "called") need more to be speech. */
export interface Verb {
  token: number;
  weak: boolean;
}

/** The reporting verbs of a sentence outside quotations, in order. */
export function reportingVerbs(s: SentenceInfo, inQuote: (pos: number) => boolean): Verb[] {
  return found(s).main.filter((v) => !inQuote(s.tokens[v.token]!.start));
}

/** A sentence's verbs, found once (see {@link FOUND}). */
function found(s: SentenceInfo): { all: readonly Verb[]; main: readonly Verb[] } {
  let f = FOUND.get(s);
  if (f?.mentions !== s.mentions) {
    const all = verbsIn(s);
    FOUND.set(s, (f = { mentions: s.mentions, all, main: mainClauseFirst(s, all) }));
  }
  return f;
}

/** A clause that opens a sentence: its reporting verb and the offset of the comma that closes it. */
export interface LeadingReport {
  verb: Verb;
  end: number;
}

/**
 * "Nachdem Lawrow erklärt hatte, man sei bereit, teilte das Ministerium mit, …", "After Lavrov
 * said the talks had stalled, the ministry announced …": an adverbial clause opening the sentence
 * reports words of its own before the main clause reports others'. The clause ends at the last
 * comma before the main clause's verb (and its subject). Not a "wie"/"as" clause, which attributes
 * the main clause ("Wie Peskow sagte, …").
 */
export function leadingReport(s: SentenceInfo, inQuote: (pos: number) => boolean): LeadingReport | undefined {
  const opener = s.tokens[0]?.t.toLowerCase() ?? '';
  if (!ADVERBIAL_CONJUNCTIONS.has(opener) || ATTRIBUTING_CONJUNCTIONS.has(opener)) return undefined;
  const { all, main } = found(s);
  const verb = all.find((v) => !main.includes(v) && !inQuote(s.tokens[v.token]!.start));
  const head = main.find((v) => !inQuote(s.tokens[v.token]!.start));
  if (!verb || !head || head.token < verb.token) return undefined;
  const end = s.start + s.text.slice(0, s.tokens[head.token]!.start - s.start).lastIndexOf(',');
  const between = s.tokens.filter((t) => t.start > end && t.start < s.tokens[head.token]!.start).length;
  return end > s.tokens[verb.token]!.end && between <= 8 ? { verb, end } : undefined;
}

/**
 * Each sentence's reporting verbs wherever they stand, found once per sentence object (several
 * stages ask) and again only when its mentions are linked anew (a sentence's tokens never change;
 * the stages that link mentions give it a new list); the quotation test is applied per call.
 * Keyed by the object, so nothing is kept across documents.
 */
const FOUND = new WeakMap<SentenceInfo, { mentions: SentenceInfo['mentions']; all: readonly Verb[]; main: readonly Verb[] }>();

/**
 * Does the verb at `k` have its separable particle later in the clause? "von" after a noun and before
 * a name belongs to the noun ("spricht im Parlament von Litauen"), not to the verb ("sprach in seiner Rede von einem Erfolg").
 */
function particleAfter(s: SentenceInfo, k: number, particle: string): boolean {
  const toks = s.tokens;
  return toks.some((x, j) => j > k && x.t.toLowerCase() === particle && !(particle === 'von' && /^\p{Lu}/u.test(toks[j - 1]!.t) && j - 1 > k && s.mentions.some((m) => m.start === toks[j + 1]?.start)));
}

/** Does a word of `words` stand before token `k` in its clause (since the last comma)? */
function inClauseBefore(s: SentenceInfo, k: number, words: string | ReadonlySet<string>): boolean {
  const comma = s.text.lastIndexOf(',', s.tokens[k]!.start - s.start);
  const has = typeof words === 'string' ? (w: string) => w === words : (w: string) => words.has(w);
  return s.tokens.some((t, j) => j < k && t.start - s.start > comma && has(t.t.toLowerCase()));
}

/** Is the participle at `k` in a passive of "werden" with no "von"/"durch" agent in the sentence? */
function agentlessPassive(s: SentenceInfo, k: number): boolean {
  return inClauseBefore(s, k, PASSIVE_WERDEN) && !s.tokens.some((t) => /^(von|vom|durch)$/iu.test(t.t));
}
const PASSIVE_WERDEN: ReadonlySet<string> = new Set(['wird', 'werden', 'wurde', 'wurden']);

/** "…, Reuters reports", "…, Reuters has learned": a named source after a comma, then "reports" or "has learned" closing the sentence. */
export function outletBefore(s: SentenceInfo, k: number): boolean {
  return outletBeforeWord(s, k, s.tokens[k]!.t.toLowerCase());
}

/** {@link outletBefore} of token `k`, `w` its word in lower case. */
function outletBeforeWord(s: SentenceInfo, k: number, w: string): boolean {
  const toks = s.tokens;
  const perfect = (w === 'learned' || w === 'learnt') && /^(has|have)$/iu.test(toks[k - 1]?.t ?? '');
  if (w !== 'reports' && !perfect) return false;
  const before = toks[k - (perfect ? 2 : 1)];
  const outlet = before && s.mentions.find((m) => m.end === before.end);
  return outlet !== undefined && /,\s*(?:the\s+)?$/u.test(s.text.slice(0, outlet.start - s.start)) && toks.slice(k + 1).every((t) => /^[.!?]$/u.test(t.t));
}

/** A German infinitive's ending. */
const INFINITIVE = /(?:en|rn|ln)$/u;

/** Is the German infinitive at `k` governed by a modal verb earlier in its clause? */
const afterModal = (s: SentenceInfo, k: number) => inClauseBefore(s, k, MODALS);

function verbsIn(s: SentenceInfo): Verb[] {
  const out: Verb[] = [];
  const toks = s.tokens;
  for (let k = 0; k < toks.length; k++) {
    const w = toks[k]!.t.toLowerCase();
    // "his demands", "the claims", "its warnings": a noun after a determiner, not a verb
    // "…, Yuri Ushakov made this statement to Russian media": a statement named after the words it closes
    if ((w === 'made' || w === 'gave') && /^(this|the|these)$/i.test(toks[k + 1]?.t ?? '') && /^(statement|remarks|comments)$/i.test(toks[k + 2]?.t ?? '')) {
      out.push({ token: k, weak: false });
      continue;
    }
    // "…, Reuters reports.", "…, Reuters has learned.": a trailing clause with the outlet before the verb
    if (outletBeforeWord(s, k, w)) {
      out.push({ token: k, weak: false });
      continue;
    }
    if (!isReportingForm(w) || DETERMINER.test(toks[k - 1]?.t ?? '')) continue;
    if (reportsAt(s, k, w)) out.push({ token: k, weak: WEAK_REPORTING.has(w) });
  }
  return out;
}

/** Is the reporting form `w` at token `k` (not after a determiner) a reporting verb here, not a noun, a deed or a negated report? */
function reportsAt(s: SentenceInfo, k: number, w: string): boolean {
  const toks = s.tokens;
  const t = toks[k]!;
  // "amid fears of", "despite warnings", "over claims": a plural noun after a preposition
  if (/s$/.test(w) && NOUN_BEFORE.test(toks[k - 1]?.t ?? '')) return false;
  // "as fears of a Russian assault grew", "claims of fraud": these plurals before "of" are nouns ("warns of" is a verb)
  if (PLURAL_NOUN_BEFORE_OF.test(w) && /^of$/i.test(toks[k + 1]?.t ?? '')) return false;
  // "traue sich nicht, das Trump direkt zu sagen": a zu-infinitive is no one's report; nor one after a modal ("müsse sich entschuldigen")
  // (infinitives end in -en, -ern, -eln: "fordern", "äußern")
  if (toks[k - 1]?.t === 'zu' && INFINITIVE.test(w)) return false;
  if (INFINITIVE.test(w) && afterModal(s, k)) return false;
  // "its maximalist demands": a possessive, an adjective, then the plural noun ("its allies indicated" is a verb)
  if (/s$/.test(w) && /^(its|his|her|their|our|my|your)$/i.test(toks[k - 2]?.t ?? '') && /^\p{Ll}+$/u.test(toks[k - 1]!.t)) return false;
  // "the leak added to questions", "pointed to the map", "responded to the sanctions": a preposition right after makes it no reporting verb
  // ("Russia responded angrily to the sanctions": an adverb may stand between)
  // ("responded to questions", "responded to the accusations": an answer in words)
  const a = /ly$/u.test(toks[k + 1]?.t ?? '') ? k + 2 : k + 1;
  if (NOT_SPEECH_AFTER.has(w) && /^(to|at|a|an)$/i.test(toks[a]?.t ?? '') && !(/^respond/.test(w) && toks.slice(a + 1, a + 4).some((x) => ANSWERED.test(x.t)))) return false;
  // "the benchmark, expected to be discussed", "it is widely expected that": what is expected, nobody's words
  if (w === 'expected' && (/^(to|is|are|was|were|be|been|being|widely|generally|'s)$/i.test(toks[k + 1]?.t ?? '') || /^(is|are|was|were|be|been|being|widely|generally|'s|,)$/i.test(toks[k - 1]?.t ?? '') || /,\s*$/.test(s.text.slice(0, t.start - s.start)))) return false;
  // "Russia will warn civilians": an English verb after a modal is what may be said, not a report
  if (EN_REPORTING.has(w) && /^(will|would|could|may|might|should|must|can|cannot|shall)$/i.test(toks[k - 1]?.t ?? '')) return false;
  // "Tehran's alleged drone deliveries", "Erdogan's reported plan": a participle before a noun after a possessive is an adjective
  if (/^(alleged|reported|claimed|purported)$/.test(w) && /^(['’]s|its|his|her|their)$/i.test(toks[k - 1]?.t ?? '') && /^\p{Ll}/u.test(toks[k + 1]?.t ?? '')) return false;
  // "the truce is said to be holding": an agentless passive with an infinitive reports no one; "has the final say" is a noun
  if (w === 'said' && /^(is|are|was|were)$/i.test(toks[k - 1]?.t ?? '') && toks[k + 1]?.t === 'to') return false;
  if (w === 'say' && /^(final|last|little|much|more|equal)$/i.test(toks[k - 1]?.t ?? '')) return false;
  // "Der Vertrag sieht eine Reduzierung vor": "vorsehen" provides for; only "sieht vor, dass …" states what a document says
  if (/^(sieht|sah|sehen|sahen)$/.test(w) && particleAfter(s, k, 'vor') && !toks.some((x) => /^dass$/iu.test(x.t))) return false;
  // "Wann sie beginnt, wird in Kürze bekannt gegeben": a German passive with no agent reports no one ("wurde Leonards zitiert" names its speaker)
  if ((DE_REPORTING_PARTICIPLES.has(w) || DE_PARTICIPLES_WITH.has(w)) && w !== 'zitiert' && agentlessPassive(s, k)) return false;
  // "France recalls its ambassador": calling a diplomat home is no report
  if (/^recall(s|ed)?$/.test(w) && toks.slice(k + 1, k + 4).some((x) => /^(ambassadors?|envoys?|diplomats?|troops|forces)$/iu.test(x.t))) return false;
  // "has not yet announced whether …", "did not say": a negated report says nothing
  if (EN_REPORTING.has(w) && [toks[k - 1]?.t, toks[k - 2]?.t].some((x) => x !== undefined && /^(not|never|n['’]t)$/i.test(x))) return false;
  // "claimed responsibility for the attack" is a deed, not words
  if (/^claim(ed|s|ing)?$/.test(w) && /^responsibility$/i.test(toks[k + 1]?.t ?? '')) return false;
  // "drohten beide Länder ohne Abkommen zu bleiben": "drohen" with a zu-infinitive is a risk, not a threat
  if (/^droh/.test(w) && toks.some((t, j) => j > k && t.t === 'zu' && /^\p{Ll}+en$/u.test(toks[j + 1]?.t ?? ''))) return false;
  const particles = DE_REPORTING.get(w) ?? [];
  return (
    particles.some((particle) => particle === '' || particleAfter(s, k, particle)) ||
    DE_REPORTING_PARTICIPLES.has(w) ||
    (DE_PARTICIPLES_WITH.has(w) && inClauseBefore(s, k, DE_PARTICIPLES_WITH.get(w)!)) ||
    (EN_REPORTING.has(w) && !/^(reports?|calls?|called|calling|states)$/.test(w)) ||
    // "the document states": a verb after a document noun, elsewhere mostly the noun ("the United States")
    (w === 'states' && isDocumentNoun(toks[k - 1]?.t ?? '', 'en')) ||
    // "calling it a provocation" is speech, "a treaty calling for …" is not
    (w === 'calling' && /^(it|him|her|them|this|that)$/i.test(toks[k + 1]?.t ?? '')) ||
    (/^(called|reported)$/.test(w) && /^(for|on|it|that)$/i.test(toks[k + 1]?.t ?? '')) ||
    // "called the plans provocative", "calls the move a provocation": a judgement, not a phone call
    (/^(called|calls)$/.test(w) && calledAJudgement(s, k)) ||
    // "…, reports Meduza": a trailing clause with the outlet after the verb
    (/^(reports|reported)$/.test(w) && /,\s*$/.test(s.text.slice(0, t.start - s.start)) && s.mentions.some((m) => m.start === toks[k + 1]?.start))
  );
}

/** An evaluative adjective's ending ("provocative", "dangerous", "unacceptable", "irresponsible"). */
const JUDGEMENT_ADJECTIVE = /^\p{Ll}{4,}(?:ive|ous|ble|ful|less|ant|ent|ic|al|ed)$/u;

/** "called the plans provocative", "called the move a provocation": the object, then "a/an" or an adjective that closes the clause. */
function calledAJudgement(s: SentenceInfo, k: number): boolean {
  const toks = s.tokens;
  for (let j = k + 2; j < Math.min(toks.length, k + 8); j++) {
    const t = toks[j]!.t;
    if (/^(a|an)$/i.test(t)) return true;
    const closes = j + 1 === toks.length || /^[,.;:!?]|^(and|but|as|after|before|while|because|in|on|at|during)$/u.test(toks[j + 1]!.t) || /^\s*[,.;:!?]/u.test(s.text.slice(toks[j]!.end - s.start, toks[j + 1]!.start - s.start));
    if (JUDGEMENT_ADJECTIVE.test(t) && closes) return true;
  }
  return false;
}

/** A verb in a leading subordinate clause reports only when the main clause has none. */
function mainClauseFirst(s: SentenceInfo, verbs: readonly Verb[]): readonly Verb[] {
  // "Announcing the truce, Grundberg said …": a participle opening the sentence is the main verb's occasion
  if (verbs.length > 1 && verbs[0]!.token === 0 && /ing$/u.test(s.tokens[0]!.t)) return verbs.slice(1);
  // "Nachdem X erklärt hatte, …, teilte Y mit: …": a clause the sentence opens with
  if (verbs.length < 2 || !ADVERBIAL_CONJUNCTIONS.has(s.tokens[0]?.t.toLowerCase() ?? '')) return verbs;
  const comma = s.text.indexOf(',');
  if (comma < 0) return verbs;
  const main = verbs.filter((v) => s.tokens[v.token]!.start - s.start > comma);
  return main.length ? main : verbs;
}
