/**
 * People introduced by their office: "Außenminister Pekka Haavisto", "Nato-Generalsekretär
 * Stoltenberg", "der belarussische Verteidigungsminister Viktor Chrenin", "Russian President
 * Vladimir Putin". A name after a role phrase that the register does not know becomes a new
 * person (labelled with the name as written, the surname as alias, typed, with its evidence);
 * a known person gets the office as a position. Each introduction records the role and its
 * affiliation so that later role nouns and surnames refer back to it. Does not: resolve unnamed
 * role nouns or pronouns (see `coref.ts`).
 */
import type { EntityRecord } from '../model/types.js';
import { entityIri } from '../model/iri.js';
import { NG_CLASS } from '../model/vocab.js';
import { knownEntity, type EntityMention, type Gazetteer } from './gazetteer.js';
import type { RoleEntry } from './lexicon/roles.js';
import { mentionCovering, type SentenceInfo } from './sentence.js';
import { CALENDAR, nameAt, OWNER_CLASSES, type RolePhrase } from './role-phrases.js';
import type { Token } from './tokens.js';
import { rule } from './rules.js';
import { escapeRegExp } from '../util/regexp.js';
import { COUNTERPART, roleAt, roleByKey } from './lexicon/roles.js';
import { GIVEN_NAMES } from './lexicon/given-names.js';
import { COORDINATORS } from './lexicon/relation-patterns.js';
import { PREPOSITION } from './lexicon/speech-verbs.js';

/** A person named with an office in the text (UTF-16 offsets). */
export interface Introduction {
  person: string;
  /** The register does not know this person: minted from this text. */
  record?: EntityRecord;
  /** The office named with the person; absent for a name found as the subject of a reporting verb. */
  role?: RoleEntry;
  /** Surface role word(s) as written ("Außenminister", "spokesman"). */
  roleText: string;
  lang: 'de' | 'en';
  affiliation?: string;
  /** "der frühere Ministerpräsident X", "Deputy Prime Minister X": an office held before or a deputy's, no position on the day. */
  notHeld?: true;
  sentence: number;
  /** The role phrase through the name. */
  start: number;
  end: number;
}

/** Word shapes, compiled once. */
const UPPER_FIRST = /^\p{Lu}/u;
const NOT_LOWER_LAST = /[^\p{Ll}]$/u;

/** Role words that are too generic to introduce a person on their own ("leader Kim" is fine, "Minister Treffen" is not). */
const WEAK_ROLE = new Set(['minister', 'supreme leader', 'commander']);

/**
 * Find introductions in the sentences (whose mentions and role phrases are already found) and
 * teach the gazetteer the new people's names. Returns the introductions in text order.
 */
export function findIntroductions(text: string, sentences: readonly SentenceInfo[], g: Gazetteer): Introduction[] {
  const out: Introduction[] = [];
  for (const s of sentences) {
    for (const r of s.roles) {
      const pair = pairedHolders(s, r, g);
      if (pair) {
        out.push(...pair);
        continue;
      }
      // a capitalised word right after the office is its own name ("…, Verteidigungsminister Wellington Koo"), not the one before
      const nameFollows = /^\s+\p{Lu}/u.test(text.slice(r.end, r.end + 2));
      // an office that owns what follows is someone else's ("X, Pakistan PM's advisor"): X does not hold it
      const possessor = POSSESSIVE_AFTER.test(text.slice(r.end, r.end + 3));
      const name = r.nameAfter ? withoutTitle(r.nameAfter, text) : nameFollows || possessor ? undefined : nameBefore(text, s, r.start);
      if (!name) continue;
      const known = s.mentions.find((m) => m.start === name.start && g.isA(m.entity, NG_CLASS.Person));
      let person = known?.entity;
      let record: EntityRecord | undefined;
      if (!person) {
        if (WEAK_ROLE.has(r.role.key) && !r.affiliation && name.tokens < 2) continue;
        const surname = name.text.split(/\s+/).at(-1)!;
        // a lone capitalised word after a German role noun is a surname only if it is used as one again or looks foreign
        if (name.tokens === 1 && r.lang === 'de' && !text.includes(`${surname} `, name.end) && !NOT_LOWER_LAST.test(surname) && /(ung|heit|keit|schaft|tion|ismus|ät)$/u.test(surname)) continue;
        ({ person, record } = learnPerson(name.text, r.lang, g));
      }
      out.push({
        person,
        ...(record ? { record } : {}),
        role: r.role,
        roleText: text.slice(s.tokens[r.token]!.start, s.tokens[r.tokenEnd - 1]!.end),
        lang: r.lang,
        ...(r.affiliation ? { affiliation: r.affiliation.entity } : {}),
        ...(r.former || r.deputy ? { notHeld: true as const } : {}),
        sentence: s.index,
        start: Math.min(r.start, name.start),
        end: Math.max(r.end, name.end),
      });
    }
  }
  return out;
}

/**
 * "US-Präsident Trump und sein ukrainischer Kollege Selenskyj", "Blinken met his Chinese
 * counterpart Wang Yi": a counterpart holds the office of the person it is the counterpart of,
 * for the state its adjective names. That office is the register's for the counterpart on the
 * day, else the one the sentence names before it, else the register's office on the day of the
 * first person the sentence names. Replaces the descriptive role of such introductions; one
 * without a state or a known office stays as it was.
 */
export function counterpartOffices(intros: Introduction[], sentences: readonly SentenceInfo[], g: Gazetteer, published: string): void {
  intros.forEach((i, k) => {
    if (i.role?.key !== COUNTERPART || !i.affiliation) return;
    const before = intros.find((o) => o.sentence === i.sentence && o.start < i.start && o.person !== i.person && o.role && !o.role.descriptive && !o.notHeld);
    const s = sentences[i.sentence]!;
    const first = s.mentions.find((m) => m.start < i.start && m.entity !== i.person && g.isA(m.entity, NG_CLASS.Person));
    const office = (person: string) => roleByKey(g.tenuresOn(person, published)[0]?.role ?? '');
    // (the register's own office for the counterpart first: Scholz's French "Amtskollege" Macron is its president)
    const role = office(i.person) ?? before?.role ?? (first ? office(first.entity) : undefined);
    if (role && !role.descriptive) intros[k] = { ...i, role };
  });
}

/** "und"/"and" between two owners or two names. */
const isAnd = (word: string | undefined) => word !== undefined && COORDINATORS.has(word);

/**
 * One office, two owners, two names in the same order: "Die Präsidenten Russlands und
 * Weißrusslands, Wladimir Putin und Alexander Lukaschenko", "the foreign ministers of Russia and
 * China, Sergei Lavrov and Wang Yi", "Russian and Belarusian Presidents Vladimir Putin and Alexander
 * Lukashenko". Each name holds the office of the owner in its place. Not without two owners: "President
 * Putin and Kim Jong Un" gives Kim no office.
 */
function pairedHolders(s: SentenceInfo, r: RolePhrase, g: Gazetteer): Introduction[] | undefined {
  const a = r.affiliation;
  if (!a) return undefined;
  const { tokens } = s;
  const at = (pos: number) => tokens.findIndex((t) => t.start >= pos);
  const ownerAt = (i: number) => (tokens[i] ? s.mentions.find((m) => m.start === tokens[i]!.start && isOwner(m, g)) : undefined);
  let owners: EntityMention[];
  let i = at(r.end);
  if (a.start > tokens[r.token]!.start) {
    const second = isAnd(tokens[i]?.t) ? ownerAt(i + 1) : undefined;
    if (!second) return undefined;
    owners = [a, second];
    i = at(second.end);
  } else {
    const j = at(a.start);
    const first = isAnd(tokens[j - 1]?.t) ? s.mentions.find((m) => m.end === tokens[j - 2]?.end && isOwner(m, g)) : undefined;
    if (!first) return undefined;
    owners = [first, a];
  }
  const known = (pos: number) => s.mentions.find((m) => m.start <= pos && pos < m.end);
  const isPerson = (m: EntityMention) => g.isA(m.entity, NG_CLASS.Person);
  const gap = (k: number) => s.text.slice((tokens[k - 1]?.end ?? 0) - s.start, tokens[k]!.start - s.start);
  if (!tokens[i] || !/^,?\s$/u.test(gap(i))) return undefined;
  const first = nameAt(tokens, i, r.lang, known, isPerson);
  const k = first ? at(first.end) : -1;
  const second = first && isAnd(tokens[k]?.t) ? nameAt(tokens, k + 1, r.lang, known, isPerson) : undefined;
  if (!first || !second || first.tokens + second.tokens < 3) return undefined;
  const roleText = s.text.slice(tokens[r.token]!.start - s.start, tokens[r.tokenEnd - 1]!.end - s.start);
  return [first, second].map((name, n) => {
    const m = s.mentions.find((x) => x.start === name.start && isPerson(x));
    const { person, record } = m ? { person: m.entity, record: undefined } : learnPerson(name.text, r.lang, g);
    return { person, ...(record ? { record } : {}), role: r.role, roleText, lang: r.lang, affiliation: owners[n]!.entity, sentence: s.index, start: Math.min(r.start, owners[0]!.start), end: name.end };
  });
}

/** Can this mention own an office? */
function isOwner(m: EntityMention, g: Gazetteer): boolean {
  return g.isAny(m.entity, OWNER_CLASSES);
}

/** A full name with the office after it in apposition: "Li Wei, spokesperson for the command, said", "Anna Berger, die Sprecherin des Ministeriums,". */
const NAME_THEN_OFFICE = /(?:^|[,;:–—"“”„]\s*|\p{Ll}\s+)((?:\p{Lu}[\p{L}'’-]+\s+){1,2}\p{Lu}[\p{L}'’-]+),\s*(?:(?:the|a|an|its|his|her|their|der|die|ein|eine|sein|seine|ihr|ihre)\s+(?:\p{L}+(?:e|en)\s+|(?:national|senior|top)\s+)?)?$/u;

/** The name in apposition before an office starting at `roleStart`, if any (two or three capitalised words). */
function nameBefore(text: string, s: SentenceInfo, roleStart: number): { start: number; end: number; text: string; tokens: number } | undefined {
  const m = NAME_THEN_OFFICE.exec(text.slice(s.start, roleStart));
  if (!m) return undefined;
  let start = s.start + m.index + m[0].indexOf(m[1]!);
  const end = start + m[1]!.length;
  // a title before the name is not part of it: "Captain Li Wei", "Vizepräsidentin Anna Berger", "Dr. …"
  let words = m[1]!.split(/\s+/);
  if (words.some((w) => CALENDAR.test(w) || OPENERS.test(w))) return undefined; // "On Monday, the chief of staff …" is no name

  while (words.length > 2 && (roleAt(words, 0) || HONORIFIC.test(words[0]!))) {
    start = text.indexOf(words[1]!, start + words[0]!.length);
    words = words.slice(1);
  }
  if (s.mentions.some((x) => x.start < end && x.end > start && !x.text.includes(' '))) return undefined; // "Moscow, the capital …": a known single name is no person's full name
  return { start, end, text: text.slice(start, end), tokens: words.length };
}

/** An English possessive right after a phrase ("PM's", "minister’s"). */
const POSSESSIVE_AFTER = /^['’]s\b/u;

/** Capitalised words that open a sentence's adverbial, never a name ("On Monday, the chief …", "Am Montag, …"). */
const OPENERS = /^(On|In|At|By|Since|After|Before|Early|Late|Last|This|Next|Am|Im|Seit|Nach|Vor|Bis)$/u;

/** Forms of address before a name. */
const HONORIFIC = /^(Mr|Mrs|Ms|Dr|Prof|Sir|Dame|Lord|Herr|Frau)\.?$/u;

/** Abbreviated titles that end a name run but are no name ("Air Force Gen. C.Q. Brown"). */
const TITLE_ABBREVIATION = /^(Gen|Lt|Col|Maj|Capt|Adm|Sgt|Rep|Sen|Gov)$/u;

/** A form of address or an abbreviated rank before a name, never part of it ("Mr", "Frau", "Gen.", "Lt"). */
export function isTitleWord(word: string): boolean {
  return HONORIFIC.test(word) || TITLE_ABBREVIATION.test(word.replace(/\.$/u, ''));
}

/**
 * A name after a role without the titles before its given name ("Professor Jarno Limnéll",
 * "Generalstaatsanwalt Jukka Rappe", "Inspector Jesper Bojgaard Madsen" → the name from the
 * given name on); undefined when the run ends in an abbreviated title ("Air Force Gen").
 */
function withoutTitle(name: { start: number; end: number; text: string; tokens: number }, text: string): typeof name | undefined {
  const words = [...name.text.matchAll(/\S+/gu)];
  const last = words.at(-1)![0];
  if (TITLE_ABBREVIATION.test(last.replace(/\.$/u, '')) || HONORIFIC.test(last)) return undefined;
  // "Mr Kim", "Frau Baerbock", "Gen Bilton": a form of address or an abbreviated rank is no part of the name
  if (words.length > 1 && isTitleWord(words[0]![0])) {
    const start = name.start + words[1]!.index!;
    return { start, end: name.end, text: text.slice(start, name.end), tokens: name.tokens - 1 };
  }
  const isGiven = (w: string) => GIVEN_NAMES.has(w.split('-')[0]!);
  if (isGiven(words[0]![0])) return name; // "Mostafa Mohammad Najjar": the name starts with a given name
  const given = words.findIndex((w, i) => i > 0 && i < words.length - 1 && isGiven(w[0]));
  if (given <= 0) return name;
  const start = name.start + words[given]!.index!;
  return { start, end: name.end, text: text.slice(start, name.end), tokens: words.length - given };
}

/** A surname and, when it has diacritics, the same without them: copy often drops them ("Bilström" … "Bilstrom", "Orbán" … "Orban"). */
function surnameForms(surname: string): string[] {
  const plain = surname.normalize('NFD').replace(/\p{M}/gu, '');
  return plain === surname ? [surname] : [surname, plain];
}

/** A person by name: the register's, else one minted from this text (the gazetteer learns the name and the surname). */
function learnPerson(name: string, lang: string, g: Gazetteer, cls: string = NG_CLASS.Person, learntBy?: string): { person: string; record?: EntityRecord } {
  /** The entity of this class a whole name names. */
  const named = (n: string) => g.match(n).find((m) => m.start === 0 && m.end === n.length && g.isA(m.entity, cls))?.entity;
  const byName = named(name);
  if (byName) return { person: byName };
  // "Maria Wladimirowna Sacharowa": a Russian patronymic between the names the register knows
  const bare = cls === NG_CLASS.Person ? name.replace(PATRONYMIC, ' ') : name;
  const known = bare === name ? undefined : (named(bare) ?? g.personBySound(bare));
  if (known) {
    g.addName(name, known, false, 'name', learntBy);
    return { person: known };
  }
  // the register's person in another transliteration ("Abbas Araghtschi"): its names learn this spelling and its surname
  const bySound = cls === NG_CLASS.Person ? g.personBySound(name) : undefined;
  if (bySound) {
    for (const form of [name, ...surnameForms(surnameOf(name))]) g.addName(form, bySound, false, 'name', learntBy);
    return { person: bySound };
  }
  const person = entityIri(name);
  if (g.entities.has(person)) return { person };
  const surname = surnameOf(name);
  const surnames = surname !== name && cls === NG_CLASS.Person ? surnameForms(surname) : [];
  const record: EntityRecord = { iri: person, types: [cls], labels: [{ value: name, lang }], aliases: surnames.map((value) => ({ value, lang: '' })) };
  g.entities.set(person, knownEntity(person, record.types, record.labels, record.aliases, true));
  g.addName(name, person, true, 'name', learntBy);
  for (const a of record.aliases) g.addName(a.value, person, false, 'name', learntBy);
  return { person, record };
}

/** A Russian patronymic as the middle word of a full name, in German and English spelling ("Wladimirowna", "Vladimirovich", "Sergejewitsch"). */
const PATRONYMIC = /\s\p{Lu}\p{Ll}+(?:owna|ovna|ewna|evna|jewna|yevna|owitsch|ovich|ewitsch|evich|jewitsch|yevich|itsch|ich)\s(?=\p{Lu})/u;

/** Capitalised words that stand as the subject of a reporting verb and are no names ("Whoever moves …", "Landwirte fordern"). */
const COMMON_SUBJECT = /^(Whoever|Whatever|However|Everyone|Someone|Anyone|Nobody|Everybody|Somebody|Officials|Authorities|Police|Experts|Analysts|Critics|Others|Many|Some|Most|Both|All|Landwirte|Bauern|Beobachter|Kritiker|Experten|Behörden|Beamte|Anwohner|Demonstranten|Aktivisten)$/u;

/** Nouns for ships: the name after them is a vessel's, not a person's. */
const VESSEL = /^(tanker|ship|vessel|frigate|destroyer|carrier|submarine|freighter|cruiser|corvette|Tanker|Öltanker|Schiff|Frachter|Fregatte|Zerstörer|Flugzeugträger|U-Boot|Kreuzer|Korvette)$/u;

/** German nouns that stand before reporting verbs and are not names. */
const NOT_A_SURNAME = /(en|ern|ung|heit|keit|schaft|tion|ium|ien|ist|isten|ät|ik|tum|chen|ei|amt|rat)$/u;

/**
 * Names standing as the subject of a reporting verb that nothing else recognised: "Kallas
 * betonte", "sagte Rob Bauer", "Mark Rutte said", "Reuters reported". Two or more capitalised
 * words, or one that does not look like a German common noun, become a person (a news agency an
 * organisation), minted with their evidence.
 */
export function findSpeakerNames(text: string, sentences: readonly SentenceInfo[], g: Gazetteer, lang: 'de' | 'en', published: string, verbsOf: (s: SentenceInfo) => Array<{ token: number }>): Introduction[] {
  const out: Introduction[] = [];
  for (const s of sentences) {
    const known = (start: number) => s.mentions.find((m) => m.start <= start && start < m.end);
    for (const v of verbsOf(s)) {
      // a person or office already named next to the verb is its subject: nothing to mint
      if (s.roles.some((r) => r.token >= v.token - 4 && r.token <= v.token + 5) || s.mentions.some((m) => g.isA(m.entity, NG_CLASS.Person) && Math.abs(s.tokens.findIndex((t) => t.start >= m.start) - v.token) <= 5)) continue;
      // (v.token - 4: a capitalised office the register does not know before the name, "Under Secretary Bonnie Jenkins said")
      const spots = [v.token + 1, v.token - 4, v.token - 3, v.token - 2, v.token - 1].filter((k) => k >= 0 && k < s.tokens.length);
      for (const k of spots) {
        if (k < v.token && s.tokens[k - 1] && UPPER_FIRST.test(s.tokens[k - 1]!.t) && k > 0 && !/[,.;:"“”„]\s*$/.test(text.slice(s.tokens[k - 1]!.end, s.tokens[k]!.start))) continue;
        const run = nameAt(s.tokens, k, lang, known, (m) => g.isA(m.entity, NG_CLASS.Person));
        // ("Aus Moskau hieß es": a preposition before a known name opens a phrase, no name)
        if (run && PREPOSITION.test(s.tokens[k]!.t) && s.tokens[k + 1] !== undefined && known(s.tokens[k + 1]!.start) !== undefined) continue;
        const name = run && withoutTitle(run, text);
        if (!name || known(name.start) || (k < v.token && name.end !== s.tokens[v.token - 1]!.end)) continue;
        // four words before the verb are a name only from a given name on, after the title words
        if (k === v.token - 4 && (name.start === run.start || !GIVEN_NAMES.has(name.text.split(/[\s-]/u)[0]!))) continue;
        // a quoted name is a title or an outlet (told "Aktuaalne kaamera"), not a person
        if (/["“„»«]$/u.test(text.slice(Math.max(0, name.start - 1), name.start))) continue;
        // after a preposition a name is a place ("a diplomat in Brussels warned"); after an article a common noun ("In dem Dokument heißt es")
        if (/^(in|at|from|near|to|of|aus|in|nach|bei|von|im|vom|zu|für|for|with|mit|der|die|das|dem|den|des|the|a|an|ein|eine|einem|einer)$/i.test(s.tokens[s.tokens.findIndex((t) => t.start === name.start) - 1]?.t ?? '')) continue;
        // after a vessel noun a name is a ship's ("tanker Eagle S")
        if (VESSEL.test(s.tokens[s.tokens.findIndex((t) => t.start === name.start) - 1]?.t ?? '')) continue;
        const single = name.tokens === 1;
        // "sagte Bauer": the surname of the one register person in office on the day
        // (not a word the text also uses as a noun after an article: "ein Bauer sagte" is a farmer)
        const noun = single && new RegExp(`\\b(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines|the|a|an)\\s+${escapeRegExp(name.text)}\\b`, 'iu').test(text);
        const holder = single && !noun ? g.officeHolderBySurname(name.text, published) : undefined;
        if (holder) {
          g.addName(name.text, holder, false, 'name');
          out.push({ person: holder, lang, sentence: s.index, start: name.start, end: name.end, roleText: '' });
          break;
        }
        if (single && COMMON_SUBJECT.test(name.text)) continue;
        if (single && (NOT_A_SURNAME.test(name.text) || name.text.length < 4)) continue;
        // a German capitalised word is a surname only if the text names it again (nouns are capitalised too)
        if (single && lang === 'de' && text.split(name.text).length < 3) continue;
        // a capitalised word opening a sentence is a name only if the text also uses it inside a sentence ("Seinerseits erklärte …" is not)
        if (single && k === 0 && !new RegExp(`[\\p{Ll},;:]\\s+${escapeRegExp(name.text)}\\b`, 'u').test(text)) continue;
        // news agencies are the register's (media.ttl), organisations found by their shape are known by now: a known name is never minted
        if (g.match(name.text).some((m) => m.start === 0 && m.end === name.text.length && !g.isA(m.entity, NG_CLASS.Person))) continue;
        const { person, record } = learnPerson(name.text, lang, g);
        out.push({ person, ...(record ? { record } : {}), lang, sentence: s.index, start: name.start, end: name.end, roleText: '' });
        break;
      }
    }
  }
  return out;
}

/**
 * Family names written first ("Kim Jong Un", "Xi Jinping", "Guo Jiakun"): the common Chinese
 * (pinyin and Wade–Giles) and Korean family names, which stand alone in later mentions. Left out:
 * those that are also common words at a sentence's start ("He", "Du", "Oh", "Long").
 */
const FAMILY_NAME_FIRST = new Set(
  ('Xi Li Wang Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo Gao Lin Luo Zheng Liang Xie Song Tang Han Feng Deng Cao Peng Zeng Xiao Tian Dong Yuan Pan Yu Jiang Cai Ye Cheng Wei Su Lu Ding Ren Shen Yao Fu Zhong Cui Tan Liao Fan Jin Shi Kong Qin Xue Yan Mao Qian Qi Hou Bai Meng Lai Tsai Chiang Chu Hsu Kuo ' +
    'Kim Lee Park Choi Choe Jung Jeong Kang Cho Jo Yoon Jang Lim Seo Shin Kwon Hwang Ahn Yoo Hong Moon Ri Pak Ryu Nam Baek Baik Paek').split(' '),
);

/**
 * A romanised Korean or Chinese given-name word: syllables of at most two initial consonants, one
 * to three vowels and an optional final n, ng, k, l, m, p, t or r ("Son", "Hui", "Tae-hyun",
 * "Jinping", "Keqiang"; not "Contest").
 */
const EAST_ASIAN_GIVEN = /^(?:[bcdfghjklmnpqrstwxyz]{0,2}[aeiouy]{1,3}(?:ng|n|k|l|m|p|t|r)?)+(?:-(?:[bcdfghjklmnpqrstwxyz]{0,2}[aeiouy]{1,3}(?:ng|n|k|l|m|p|t|r)?)+)?$/iu;

/** How many given-name words (1 or 2) follow the family name at `k`, with single spaces; 0 when none. */
function eastAsianGiven(text: string, tk: readonly Token[], k: number, covered: (k: number) => boolean): number {
  let n = 0;
  while (n < 2) {
    const t = tk[k + n + 1];
    if (!t || text.slice(tk[k + n]!.end, t.start) !== ' ' || !/^\p{Lu}/u.test(t.t) || t.t.length > 8 || !EAST_ASIAN_GIVEN.test(t.t) || covered(k + n + 1) || NOT_NAME.has(t.t) || CALENDAR.test(t.t) || roleAt([t.t], 0)) break;
    n++;
  }
  return n;
}

/** The family name in a full name: the first word for Chinese and Korean names ("Kim Jong Un"), else the last with a capitalised Arabic article before it ("Al Houthi"). */
function surnameOf(name: string): string {
  const parts = name.split(/\s+/);
  if (FAMILY_NAME_FIRST.has(parts[0]!) && parts.length > 1) return parts[0]!;
  return parts.length > 2 && /^(Al|El)$/u.test(parts.at(-2)!) ? parts.slice(-2).join(' ') : parts.at(-1)!;
}

/**
 * A person named in full earlier in a text is named by the surname alone later ("Rob Bauer" …
 * "Bauer sagte"; "Kim Jong Un" … "Kim"): the gazetteer of this document learns the surname of
 * every person a mention names with two or more words, unless two such people share it or it
 * already names something else. Returns whether anything was learnt (mentions must be linked
 * again). The gazetteer must be the document's own (see `Gazetteer.forDocument`).
 */
export function learnSurnames(sentences: readonly SentenceInfo[], g: Gazetteer): boolean {
  const people = new Map<string, Set<string>>();
  for (const s of sentences) for (const m of s.mentions) {
    if (!m.text.includes(' ') || !g.isA(m.entity, NG_CLASS.Person)) continue;
    const surname = surnameOf(m.text);
    if (!/^\p{Lu}\p{Ll}/u.test(surname) || (surname.length < 3 && !FAMILY_NAME_FIRST.has(surname))) continue;
    people.set(surname, (people.get(surname) ?? new Set()).add(m.entity));
  }
  let learnt = false;
  for (const [surname, who] of people) {
    if (who.size !== 1) continue;
    for (const form of surnameForms(surname)) {
      if (g.match(form).length) continue;
      g.addName(form, [...who][0]!, false, 'name', rule('ner.surname'));
      learnt = true;
    }
  }
  return learnt;
}

/**
 * "Kim Jong Un met Moon. „…“, Kim said. The delegation included Kim Yong Chol.": a surname alone
 * before the first full mention of the person it was learnt from refers to the person of that
 * surname the text named before it. Relinks such mentions; one with no earlier namesake stays.
 */
export function surnamesAheadOfTheirPerson(sentences: readonly SentenceInfo[], g: Gazetteer): void {
  const firstFull = new Map<string, number>();
  for (const s of sentences) for (const m of s.mentions) if (m.text.includes(' ') && !firstFull.has(m.entity) && g.isA(m.entity, NG_CLASS.Person)) firstFull.set(m.entity, m.start);
  const named: Array<{ entity: string; surname: string }> = [];
  for (const s of sentences) {
    for (const m of s.mentions) {
      if (!g.isA(m.entity, NG_CLASS.Person)) continue;
      if (m.text.includes(' ')) named.push({ entity: m.entity, surname: surnameOf(m.text) });
      else if ((firstFull.get(m.entity) ?? -1) > m.start) {
        const earlier = named.findLast((p) => p.entity !== m.entity && p.surname === m.text);
        if (earlier) m.entity = earlier.entity;
      }
    }
  }
}

/** Arabic theophoric given names written as one word ("Abdulmalik", "Abdelaziz"). */
const THEOPHORIC = /^Abd(ul|el|al|ol)?\p{Ll}{3,}$/u;
/** Particles inside a surname ("Al Houthi" keeps its capital; "von der Leyen" does not). */
const PARTICLE = /^(von|van|der|de|den|al|Al|el|El|bin|ibn|da|di|du|le|la)$/u;
/** A capitalised surname word. */
const SURNAME = /^\p{Lu}[\p{L}'’-]*$/u;
const NOT_NAME = new Set(['The', 'A', 'An', 'And', 'Und', 'Der', 'Die', 'Das', 'Den', 'Dem', 'Des', 'In', 'Im', 'Am', 'On', 'At', 'Of', 'For', 'But', 'Aber', 'Er', 'Sie', 'He', 'She', 'It', 'Es']);

/**
 * People named by a common given name and a surname ("Lars Klingbeil", "Laut Jakob Bohr",
 * "Carsten-Wilhelm Drewes", "Abdulmalik Al Houthi") that the register and the role phrases did
 * not give: minted with the surname as alias (rule `ner.given-name`). The given names are data
 * (`lexicon/given-names.ts`).
 */
export function findNamedPeople(text: string, sentences: readonly SentenceInfo[], g: Gazetteer, lang: 'de' | 'en'): Introduction[] {
  const out: Introduction[] = [];
  for (const s of sentences) {
    const tk = s.tokens;
    const covered = (k: number) => mentionCovering(s, tk[k]!) !== undefined;
    for (let k = 0; k < tk.length - 1; k++) {
      const dash = tk[k]!.t.indexOf('-');
      const first = dash < 0 ? tk[k]!.t : tk[k]!.t.slice(0, dash);
      // (only a family or given name opens a name: the cheap tests first)
      if (!FAMILY_NAME_FIRST.has(tk[k]!.t) && !GIVEN_NAMES.has(first) && !THEOPHORIC.test(tk[k]!.t)) continue;
      if (covered(k)) continue;
      // "Choe Son Hui", "Baik Tae-hyun": a Korean or Chinese family name and its given name in one or two syllable words
      const given = FAMILY_NAME_FIRST.has(tk[k]!.t) ? eastAsianGiven(text, tk, k, covered) : 0;
      if (given > 0) {
        const name = text.slice(tk[k]!.start, tk[k + given]!.end);
        const { person, record } = learnPerson(name, lang, g, NG_CLASS.Person, rule('ner.given-name'));
        out.push({ person, ...(record ? { record } : {}), lang, sentence: s.index, start: tk[k]!.start, end: tk[k + given]!.end, roleText: '' });
        k += given;
        continue;
      }
      if (!GIVEN_NAMES.has(first) && !THEOPHORIC.test(tk[k]!.t)) continue;
      let e = k + 1;
      while (e < tk.length && e - k <= 3 && /^ $/u.test(text.slice(tk[e - 1]!.end, tk[e]!.start))) {
        const w = tk[e]!.t;
        // ("Anwar Ibrahim von Thailand und Kambodscha": a known name after "von" is a place, no part of the person's)
        const particle = PARTICLE.test(w) && SURNAME.test(tk[e + 1]?.t ?? '') && !(e + 1 < tk.length && covered(e + 1));
        const afterParticle = e > k + 1 && PARTICLE.test(tk[e - 1]!.t);
        if (!particle && (!SURNAME.test(w) || NOT_NAME.has(w) || CALENDAR.test(w) || roleAt([w], 0) || (covered(e) && !afterParticle) || /^\p{Lu}{2,}$/u.test(w))) break;
        e++;
      }
      if (e === k + 1 || PARTICLE.test(tk[e - 1]!.t)) continue;
      const name = text.slice(tk[k]!.start, tk[e - 1]!.end);
      const { person, record } = learnPerson(name, lang, g, NG_CLASS.Person, rule('ner.given-name'));
      out.push({ person, ...(record ? { record } : {}), lang, sentence: s.index, start: tk[k]!.start, end: tk[e - 1]!.end, roleText: '' });
      k = e - 1;
    }
  }
  return out;
}
