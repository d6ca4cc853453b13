/**
 * Role phrases: where a sentence names an office ("der russische Präsident", "Russia's foreign
 * minister", "Nato-Generalsekretär", "Kremlsprecher", "the President of Finland"), with the state
 * or organisation it belongs to and the name that follows or precedes it ("Außenminister Pekka
 * Haavisto", "Haavisto, Finland's foreign minister,"). Works on tokens and linked mentions, never
 * on character windows. Does not: decide who an unnamed role refers to (see `coref.ts`) or mint
 * people (see `people.ts`).
 */
import type { EntityMention } from './gazetteer.js';
import { NG_CLASS } from '../model/vocab.js';
import { MILITARY_RANK, rankAt, ROLE_NAMES, roleAt, type RoleEntry } from './lexicon/roles.js';
import { isReportingWord } from './lexicon/speech-verbs.js';
import { NEVER_PERSON_DE, NEVER_PERSON_EN, ORG_HEADS_EN } from './lexicon/name-shapes.js';
import { COORDINATORS } from './lexicon/relation-patterns.js';
import type { Token } from './tokens.js';
import { GIVEN_NAMES } from './lexicon/given-names.js';
import { mapPacked } from '../util/packed.js';

/** The kinds of entity that can own an office. */
export const OWNER_CLASSES = [NG_CLASS.State, NG_CLASS.Organisation, NG_CLASS.Alliance, NG_CLASS.Union, NG_CLASS.Council];

/** An office named in a sentence (UTF-16 document offsets). */
export interface RolePhrase {
  role: RoleEntry;
  lang: 'de' | 'en';
  /** The role noun itself, with its affiliation words when they are adjacent. */
  start: number;
  end: number;
  /** Index of the role noun's first token in the sentence's tokens. */
  token: number;
  tokenEnd: number;
  affiliation?: EntityMention;
  /** Capitalised name tokens right after the role ("Präsident Alexander Lukaschenko"). */
  nameAfter?: { start: number; end: number; text: string; tokens: number };
  /** A preceding determiner or possessive makes the phrase a definite description ("der Präsident", "Putin's aide"). */
  definite: boolean;
  /** After an indefinite article ("an aide", "ein Berater"): someone the text does not name. */
  indefinite?: true;
  /** "the former Norwegian prime minister", "der ehemalige Präsident": not the holder on the day. */
  former?: true;
  /** "Deputy Prime Minister", "stellvertretende Regierungschefin": the office's deputy, not its holder. */
  deputy?: true;
}

/** A word before an office that says its holder no longer holds it. */
const FORMER = /^(former|ex|ehemalige[nrms]?|frühere[nrms]?|einstige[nrms]?|damalige[nrms]?)$/iu;
/** A deputy's word before an office that has no deputy role of its own ("Deputy Energy Minister", "stellvertretende Regierungschefin", "Under Secretary of State"). */
const DEPUTY = /^(?:[Dd]eputy|[Vv]ice|[Ss]tellvertretende[nrms]?|Under|Assistant)$/u;
const DETERMINERS = new Set(['der', 'die', 'das', 'des', 'dem', 'den', 'the', 'ein', 'eine', 'einen', 'a', 'an', 'sein', 'seine', 'seinen', 'ihr', 'ihre', 'its', 'his', 'her']);
/** Words that end a name ("Präsident Putin hat", "Lukaschenko sagte"). */
const NAME_STOP = new Set([
  'Der', 'Die', 'Das', 'Den', 'Dem', 'Des', 'Ein', 'Eine', 'Am', 'Im', 'In', 'Auf', 'Bei', 'Mit', 'Nach', 'Von', 'The', 'A', 'An', 'On', 'At', 'For', 'Of', 'And', 'Und', 'But', 'Aber',
  'He', 'She', 'Er', 'Sie', 'It', 'Es', 'We', 'Wir', 'They',
  // subordinating conjunctions open a clause ("Although Japan said …")
  'Although', 'Though', 'While', 'When', 'If', 'After', 'Before', 'Since', 'Because', 'Obwohl', 'Während', 'Wenn', 'Nachdem', 'Weil',
  // quantifiers and demonstratives open a noun phrase, never a name ("Beide Staaten werfen sich vor")
  'Beide', 'Both', 'Alle', 'All', 'Viele', 'Many', 'Einige', 'Some', 'Mehrere', 'Several', 'Diese', 'Dieser', 'Dieses', 'These', 'Those', 'This', 'Andere', 'Other', 'Weitere', 'Most',
]);
/** German noun endings that are not names. */
const COMMON_NOUN = /(ung|heit|keit|schaft|tion|ismus|ität|tum|nis|ment|ien|gen|chen|lein|ik|ur|enz|anz|er|ern|en)$/u;
const NOBILIARY = new Set(['von', 'van', 'de', 'der', 'al', 'bin', 'ibn', 'da', 'di', 'le', 'la']);
/** Calendar words are capitalised but never names. */
export const CALENDAR = /^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|Januar|Februar|März|Mai|Juni|Juli|Oktober|Dezember)$/u;

/** A capitalised word, possibly with apostrophes, dots and hyphens. */
const NAME_WORD = /^(?:\p{Lu}|(?:al|el|as|ash|ad|abu|bin|ibn)-\p{Lu})[\p{L}'’.-]*$/u; // "al-Ansari", "el-Sisi" too
const ACRONYM = /^\p{Lu}+$/u;
const UPPER_FIRST = /^\p{Lu}/u;
const LOWER_FIRST = /^\p{Ll}/u;

function isNameToken(t: string, lang: 'de' | 'en', first: boolean): boolean {
  if (!NAME_WORD.test(t) || NAME_STOP.has(t) || CALENDAR.test(t) || roleAt([t], 0) || isReportingWord(t)) return false; // "Turkish FM Urges …": a headline's verb
  if (ACRONYM.test(t) && t.length > 1) return false; // acronyms are organisations
  if (NEVER_PERSON_EN.has(t) || NEVER_PERSON_DE.test(t.toLowerCase())) return false; // bodies ("General Staff", "Befehlshaber der Streitkräfte")
  // German common nouns are capitalised too: only the first name token may look like one if more follow
  if (lang === 'de' && !first && COMMON_NOUN.test(t) && t.length > 9) return false;
  return true;
}

/** The capitalised name starting at token `i`: up to four tokens, "von der Leyen" allowed inside. */
export function nameAt(tokens: readonly Token[], i: number, lang: 'de' | 'en', known: (start: number) => EntityMention | undefined, isPerson: (m: EntityMention) => boolean): { start: number; end: number; text: string; tokens: number } | undefined {
  const whole = tokens[i] ? known(tokens[i]!.start) : undefined;
  if (whole && whole.start === tokens[i]!.start) {
    if (!isPerson(whole)) return undefined;
    const n = tokens.filter((t) => t.start >= whole.start && t.end <= whole.end).length;
    return { start: whole.start, end: whole.end, text: whole.text, tokens: n };
  }
  const knownNonPerson = (t: Token) => {
    const m = known(t.start);
    return m !== undefined && m.start === t.start && !isPerson(m);
  };
  let k = i;
  const parts: Token[] = [];
  while (k < tokens.length && parts.length < 4) {
    const t = tokens[k]!;
    const gap = parts.length ? t.start - parts.at(-1)!.end : 1;
    // names are single-spaced, no punctuation between, but for a middle initial's period ("Steven T. Mnuchin")
    if (parts.length && gap !== 1 && !(gap === 2 && parts.length > 1 && MIDDLE_INITIAL.test(parts.at(-1)!.t))) break;
    if (isNameToken(t.t, lang, parts.length === 0)) parts.push(t);
    // (not before a known non-person: "Anwar Ibrahim von Thailand und Kambodscha")
    else if (parts.length && NOBILIARY.has(t.t) && (t.t !== 'der' || parts.at(-1)!.t === 'von') && tokens[k + 1] && UPPER_FIRST.test(tokens[k + 1]!.t) && !knownNonPerson(tokens[k + 1]!)) parts.push(t);
    else break;
    const m = known(t.start);
    // "Foreign Minister Seyed Abbas Araghchi": a known person's name after a title or first name is the name
    if (m && m.end > t.end && parts.length > 1 && m.start === t.start && isPerson(m)) return { start: m.start, end: m.end, text: m.text, tokens: tokens.filter((x) => x.start >= m.start && x.end <= m.end).length };
    if (m && m.end > t.end) break; // runs into a longer known name
    k++;
  }
  while (parts.length && NOBILIARY.has(parts.at(-1)!.t)) parts.pop();
  if (parts.length === 0) return undefined;
  // ("a spokesman of North Korea Foreign Ministry": the capitalised words before an organisation's head noun are its name)
  const next = tokens[tokens.indexOf(parts.at(-1)!) + 1];
  if (lang === 'en' && next && next.start - parts.at(-1)!.end === 1 && ORG_HEADS_EN.has(next.t)) return undefined;
  const first = known(parts[0]!.start);
  // a state, city or organisation name is not a person's name
  if (first && !isPerson(first)) return undefined;
  return { start: parts[0]!.start, end: parts.at(-1)!.end, text: mapPacked(parts, (p, k) => (k > 0 && k < parts.length - 1 && MIDDLE_INITIAL.test(p.t) ? `${p.t}.` : p.t)).join(' '), tokens: parts.length };
}

/** A middle name's initial ("T" of "Steven T. Mnuchin"). */
const MIDDLE_INITIAL = /^\p{Lu}$/u;

/** What the role finder needs to know about linked entities. */
export interface RoleKinds {
  /** Can this mention own an office (a state or organisation)? */
  affiliationOf(m: EntityMention): boolean;
  isPerson(m: EntityMention): boolean;
  /** The text between two document offsets of the sentence (punctuation is not in the tokens). */
  textBetween(from: number, to: number): string;
  /** The owner a compound's prefix names ("Kreml" in "Kremlsprecher", "Nato" in "Nato-Chef"). */
  compoundAffiliation(prefix: string, start: number): EntityMention | undefined;
}

/** Role phrases of one sentence, in text order. */
export function findRolePhrases(
  tokens: readonly Token[],
  mentions: readonly EntityMention[],
  lang: 'de' | 'en',
  kinds: RoleKinds,
): RolePhrase[] {
  const { affiliationOf, compoundAffiliation } = kinds;
  const words = mapPacked(tokens, (t) => t.t);
  const mentionAt = (start: number) => mentions.find((m) => m.start <= start && start < m.end);
  const out: RolePhrase[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const hit = roleAt(words, i) ?? compoundRole(words[i]!);
    if (!hit) continue;
    const own = mentionAt(tokens[i]!.start);
    if (own && !own.rule.endsWith('compound-part') && own.end > tokens[i]!.end) continue; // inside a longer name ("Präsident-Wilson-Straße")
    if (own && !own.rule.endsWith('compound-part') && own.start < tokens[i]!.start && !kinds.isPerson(own)) continue; // the end of a body's name ("Büro des israelischen Ministerpräsidenten")
    const tokenEnd = i + hit.length;
    let start = tokens[i]!.start;
    let end = tokens[tokenEnd - 1]!.end;
    let affiliation: EntityMention | undefined;
    // owner before: "der russische Präsident", "Russlands Präsident", "Russia's president", "NATO Secretary-General"
    const prevTok = tokens[i - 1]?.t === "'s" ? tokens[i - 2] : tokens[i - 1];
    const before = prevTok ? mentionAt(prevTok.start) : undefined;
    // (only right before it, "U.S." with its period: in "… to Lithuania, Prime Minister X said" the state ends the words before)
    if (before && affiliationOf(before) && /^\.?(?:['’]s)?\s*$/u.test(kinds.textBetween(before.end, tokens[i]!.start))) {
      affiliation = before;
      start = before.start;
    }
    // owner after: "President of Russia", "Präsident Russlands", "der Präsident von Belarus"
    const next = tokens[tokenEnd];
    if (!affiliation && next && /^\s*$/u.test(kinds.textBetween(tokens[tokenEnd - 1]!.end, next.start))) {
      // "Chief of Staff of the Iranian Armed Forces": English "of the" before the owner
      const ofThe = next.t === 'of' && tokens[tokenEnd + 1]?.t === 'the';
      // (an adjective right after a German preposition or article: "des ukrainischen Nachbarlandes")
      const of = /^(of|von|des|der)$/iu.test(next.t) ? tokens[tokenEnd + (ofThe ? 2 : 1)] : next;
      const found = of ? mentionAt(of.start) : undefined;
      // "of the Iranian Armed Forces", "des ukrainischen Nachbarlandes": an adjective after the article begins the owner's noun phrase; the office is that noun's
      const adjectiveOwner = of !== undefined && of !== next && (found?.kind === 'adjective' || LOWER_FIRST.test(of.t));
      // "Head of the Duma Committee on Foreign Affairs": a name that goes on is a modifier of the owner's name, unless a person's name follows ("… of the United States Joe Biden")
      const goesOn = ofThe && found !== undefined && ownerNameGoesOn(tokens, found, mentionAt);
      const m = adjectiveOwner || goesOn ? undefined : found;
      const noun = adjectiveOwner ? tokens[tokens.indexOf(of!) + 1] : undefined;
      if (noun && lang === 'de' && UPPER_FIRST.test(noun.t) && noun.start - of!.end === 1) end = noun.end;
      // "Head of Finland's central criminal police": the office belongs to what the possessive names, not to Finland
      const possessive = m ? /^['’]s$/u.test(tokens.find((t) => t.start >= m.end)?.t ?? '') : false;
      if (m && affiliationOf(m) && !possessive && (of !== next || /s$/u.test(m.text) || lang === 'de')) {
        affiliation = m;
        end = m.end;
      }
    }
    // owner inside the compound: "Nato-Generalsekretär", "Kremlsprecher", "US-Präsident"
    if (!affiliation && hit.prefix) affiliation = compoundAffiliation(hit.prefix, tokens[i]!.start);
    // owner as the phrase's first word: "the Kremlin leader", "Kremlin spokesman"
    if (!affiliation && hit.length > 1 && UPPER_FIRST.test(words[i]!)) affiliation = compoundAffiliation(words[i]!, tokens[i]!.start);
    // a lexicon word that embeds its owner: "Kremlchef", "Nato-Chef", "US-Präsident"
    for (let cut = 2; !affiliation && hit.length === 1 && cut <= words[i]!.length - 3; cut++) {
      const prefix = words[i]!.slice(0, cut);
      if (UPPER_FIRST.test(words[i]!) && (words[i]![cut] === '-' || LOWER_FIRST.test(words[i]![cut]!))) affiliation = compoundAffiliation(prefix, tokens[i]!.start);
    }
    const afterIdx = rankSkipped(tokens, words, tokens.findIndex((t) => t.start >= end), hit.role);
    const adjacent = afterIdx >= 0 && tokens[afterIdx]!.start - (tokens[afterIdx - 1]?.end ?? end) <= 1;
    let nameAfter = adjacent ? nameAt(tokens, afterIdx, lang, mentionAt, kinds.isPerson) : undefined;
    // in apposition: "China's foreign ministry spokesman, Lin Jian, said", "die Sprecherin des Ministeriums, Anna Beispiel, sagte"
    if (!nameAfter && afterIdx >= 0 && kinds.textBetween(end, tokens[afterIdx]!.start) === ', ') {
      const name = nameInApposition(tokens, afterIdx, lang, mentionAt, kinds, true);
      if (name) {
        // "The aide to the Russian President, Yuri Ushakov,": the name explains the head of the phrase, not the office inside it
        const head = headOf(out.at(-1), tokens, start, words);
        if (head) head.nameAfter = name;
        else nameAfter = name;
      }
    }
    // "Russia's ambassador to the CTBTO, Mikhail Ulyanov,", "der Sprecher des Außenministeriums von Katar, Majid al-Ansari,": the office's complement, then its holder
    // ("der Leiter der in London ansässigen Beobachtungsstelle, Rami Abdulrahman,": the complement may go on after a place with an adjective)
    if (!nameAfter && afterIdx >= 0 && (COMPLEMENT_OPENER.test(words[afterIdx]!) || COMPLEMENT_ADJECTIVE.test(words[afterIdx]!))) nameAfter = nameAfterComplement(tokens, words, afterIdx, lang, mentionAt, kinds);
    let d = (affiliation && affiliation.start < tokens[i]!.start ? tokens.findIndex((t) => t.start === affiliation!.start) : i) - 1;
    // ("der frühere Präsident und Ministerpräsident X": one "former" for both offices)
    const former = (d >= 0 && FORMER.test(tokens[d]!.t)) || (d >= 0 && COORDINATORS.has(tokens[d]!.t) && out.at(-1)?.tokenEnd === d && out.at(-1)!.former === true);
    if (former && FORMER.test(tokens[d]!.t)) d--;
    // ("Deputy Energy Minister": one portfolio word may stand between)
    const portfolio = d >= 1 && /^\p{Lu}\p{Ll}+$/u.test(tokens[d]!.t) && DEPUTY.test(tokens[d - 1]!.t) ? 1 : 0;
    const deputy = d >= 0 && DEPUTY.test(tokens[d - portfolio]!.t) && !/^deputy|^vice/u.test(hit.role.key);
    if (deputy) d -= 1 + portfolio;
    // (the deputy's word is part of the title: "Under Secretary of State X" is not after the preposition "under")
    if (deputy && start === tokens[i]!.start) start = tokens[d + 1]!.start;
    const det = tokens[d];
    // ("Laut Kanzler …": a bare office after "laut" is the one the text is about)
    // ("Boris Johnson's spokesman": an office a person gives is held by someone the text leaves unnamed, no one it named)
    const personsOffice = det !== undefined && /^['’]s$/u.test(det.t) && d > 0 && [mentionAt(tokens[d - 1]!.start), mentionAt(tokens[Math.max(0, d - 2)]!.start)].some((m) => m !== undefined && m.end === tokens[d - 1]!.end && kinds.isPerson(m));
    const definite = det !== undefined && !personsOffice && (DETERMINERS.has(det.t.toLowerCase()) || /^['’]s$/u.test(det.t) || /^laut$/iu.test(det.t));
    const indefinite = det !== undefined && INDEFINITE_ARTICLE.test(det.t);
    out.push({ role: hit.role, lang: hit.lang, start, end, token: i, tokenEnd, ...(affiliation ? { affiliation } : {}), ...(nameAfter ? { nameAfter } : {}), definite, ...(indefinite ? { indefinite: true as const } : {}), ...(former ? { former: true as const } : {}), ...(deputy ? { deputy: true as const } : {}) });
    i = tokenEnd - 1;
  }
  namesToTheLastOffice(out);
  return out;
}

/**
 * "Ein Sprecher des NATO-Generalsekretärs Jens Stoltenberg", "the spokesman of Foreign Policy
 * Chief Josep Borrell": when an office's owner is another office that names the same person, the
 * name is that second office's holder; the first office's holder stays unnamed.
 */
function namesToTheLastOffice(roles: RolePhrase[]): void {
  for (let k = 1; k < roles.length; k++) {
    const [a, b] = [roles[k - 1]!, roles[k]!];
    // (a name reaches past a second office only through the first one's owner: coordinated offices, "Präsident und Ministerpräsident X", share no name this way)
    // (a rank is a title of the same person: "Defense Minister Brigadier General X")
    if (a.nameAfter && b.nameAfter && a.nameAfter.start === b.nameAfter.start && b.start > a.start && b.role.key !== MILITARY_RANK) delete a.nameAfter;
  }
}

/** Words that open an office's complement ("to the CTBTO", "des Außenministeriums von Katar"). */
const COMPLEMENT_OPENER = /^(to|at|of|for|in|bei|des|der|von|im|am)$/u;
/** An inflected German adjective or participle that may carry a complement on ("ansässigen", "zuständige"). */
const COMPLEMENT_ADJECTIVE = /^\p{Ll}{3,}(?:e|en|er|es)$/u;
/** Words a complement may hold besides names: articles, prepositions, adjectives. */
const COMPLEMENT_WORD = /^(the|of|for|to|at|in|and|und|des|der|den|dem|von|vom|bei|beim|im|am|für|\p{Ll}+(?:e|en|er|es|an|ish|ese)|\p{Lu}[\p{L}-]*)$/u;

/**
 * The name in apposition after an office's complement: up to six words with no office or reporting
 * word among them, then ", Name Name," — the holder of the office the phrase names.
 */
function nameAfterComplement(tokens: readonly Token[], words: readonly string[], from: number, lang: 'de' | 'en', mentionAt: (start: number) => EntityMention | undefined, kinds: RoleKinds): RolePhrase['nameAfter'] {
  for (let k = from; k < Math.min(tokens.length - 1, from + 6); k++) {
    if (!COMPLEMENT_WORD.test(words[k]!) || roleAt(words, k) || isReportingWord(words[k]!)) return undefined;
    if (kinds.textBetween(tokens[k]!.end, tokens[k + 1]!.start) === ', ') return nameInApposition(tokens, k + 1, lang, mentionAt, kinds, false);
  }
  return undefined;
}

/** A name of two or more words at token `k` closed by a comma (or, with `atEnd`, by the sentence's end): a name in apposition. */
function nameInApposition(tokens: readonly Token[], k: number, lang: 'de' | 'en', mentionAt: (start: number) => EntityMention | undefined, kinds: RoleKinds, atEnd: boolean): RolePhrase['nameAfter'] {
  const name = nameAt(tokens, k, lang, mentionAt, kinds.isPerson);
  let next = name && tokens.find((t) => t.start >= name.end);
  // "Macky Sall aus Senegal,", "Kaja Kallas from Estonia,": where the holder comes from may stand before the comma
  const origin = next && ORIGIN.test(next.t) ? tokens.indexOf(next) : -1;
  if (origin >= 0 && /^\p{Lu}/u.test(tokens[origin + 1]?.t ?? '') && tokens[origin + 2]) next = tokens[origin + 2];
  const end = origin >= 0 && next !== tokens[origin] ? tokens[origin + 1]!.end : name?.end ?? 0;
  const closed = next ? /^\s*,/.test(kinds.textBetween(end, next.start)) : atEnd;
  return name && name.tokens >= 2 && closed ? name : undefined;
}

/** Words that say where a person in apposition comes from ('Macky Sall aus Senegal'). */
export const ORIGIN = /^(aus|from)$/u;

/** Articles that make a role phrase indefinite. */
const INDEFINITE_ARTICLE = /^(a|an|ein|eine|einen|einem|einer)$/iu;
/** Prepositions that attach an office to the noun before it ("aide to the president", "Berater des Präsidenten"). */
const ATTACHING = /^(to|of|for|von|des|der)$/iu;

/**
 * The role phrase an office at `start` belongs to as a prepositional attribute ("aide to the Russian
 * President", "Sprecher des Präsidenten"), if the phrase before ends right there.
 */
function headOf(prev: RolePhrase | undefined, tokens: readonly Token[], start: number, words: readonly string[]): RolePhrase | undefined {
  if (!prev) return undefined;
  let k = tokens.findIndex((t) => t.start >= start) - 1;
  if (k >= 0 && /^(the|der|dem|den|des)$/iu.test(words[k]!) && !ATTACHING.test(words[k]!)) k--;
  if (k < 0 || !ATTACHING.test(words[k]!)) return undefined;
  return prev.tokenEnd === k || tokens[k - 1]?.end === prev.end ? prev : undefined;
}

/** Does a capitalised word that is no person's name or title follow the mention without a break ("the Duma Committee")? */
function ownerNameGoesOn(tokens: readonly Token[], m: EntityMention, mentionAt: (start: number) => EntityMention | undefined): boolean {
  const after = tokens.find((t) => t.start >= m.end);
  return after !== undefined && after.start - m.end === 1 && UPPER_FIRST.test(after.t) && !mentionAt(after.start) && !GIVEN_NAMES.has(after.t) && !roleAt([after.t], 0);
}

/**
 * The token after a military rank that follows an office: the holder's name comes after it
 * ("Defense Minister Brigadier General Hossein Dehqan"). A rank after a rank is not skipped.
 */
function rankSkipped(tokens: readonly Token[], words: readonly string[], i: number, office: RoleEntry): number {
  if (i < 0 || office.key === MILITARY_RANK) return i;
  const rank = rankAt(words, i);
  if (!rank || tokens[i]!.start - tokens[i - 1]!.end > 1) return i;
  return i + rank.length < tokens.length ? i + rank.length : -1;
}

const COMPOUND_TAILS = ROLE_NAMES.filter((r) => r.lang === 'de' && !/\s/.test(r.surface) && r.surface.length >= 4);
/** The tails (lower case) by their last three letters: "ends with some role noun" is one lookup, before looking for which (longest first). */
const TAILS_BY_END = new Map<string, string[]>();
for (const r of COMPOUND_TAILS) {
  const tail = r.surface.toLowerCase();
  TAILS_BY_END.set(tail.slice(-3), [...(TAILS_BY_END.get(tail.slice(-3)) ?? []), tail]);
}
const endsWithTail = (lower: string) => TAILS_BY_END.get(lower.slice(-3))?.some((t) => lower.endsWith(t)) ?? false;

/** Verb prefixes that make a word ending in a role noun another word ("Versprecher", "Besprecher"). */
const VERB_PREFIX = /^(Ver|Be|Ent|Er|Zer|Ge|Miss)$/u;

/** A role noun at the end of a closed compound: "Kremlsprecher", "Bundesaußenminister" (the longest role that ends the word), with its prefix. */
function compoundRole(word: string): ReturnType<typeof roleAt> {
  if (word.length < 8 || !UPPER_FIRST.test(word)) return undefined;
  const lower = word.toLowerCase();
  if (!endsWithTail(lower)) return undefined;
  const tail = COMPOUND_TAILS.find((r) => lower.endsWith(r.surface.toLowerCase()) && word.length > r.surface.length + 2);
  if (tail && VERB_PREFIX.test(word.slice(0, word.length - tail.surface.length))) return undefined; // "Versprecher" is a slip of the tongue
  return tail ? { role: tail.role, length: 1, lang: 'de', prefix: word.slice(0, word.length - tail.surface.length) } : undefined;
}
