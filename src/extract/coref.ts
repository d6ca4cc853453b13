/**
 * Coreference: who each agent-naming phrase of a sentence refers to. Names of people, states and
 * organisations refer to themselves; a role phrase with a name ("Präsident Lukaschenko") to the
 * named person; an unnamed role phrase ("der russische Staatschef", "the NATO chief", "der
 * Kremlsprecher") to the person this text introduced with that office, else to the register's
 * holder of that office on the publication day (time-scoped tenures); a bare definite role ("der
 * Minister") to the last person introduced with it, or when no one before held it to the first
 * person the next sentences name with it; a demonym used as a noun ("der Norweger") to
 * the person named last. Pronouns are left for the speech stage, which knows the last speaker.
 * Does not: mint entities (see `people.ts`).
 */
import { NG_CLASS } from '../model/vocab.js';
import type { Gazetteer, KnownEntity } from './gazetteer.js';
import type { Introduction } from './people.js';
import { clauseStart, mentionCovering, type AgentRef, type SentenceInfo } from './sentence.js';
import { bodyNounAt, documentKind, isDocumentNoun, type BodyNoun } from './lexicon/body-nouns.js';
import { ANONYMOUS_SOURCE, INDEFINITE, isReportingWord, PRONOUNS, SOURCE_COMPOUND_DE, SOURCE_NOUN_DE } from './lexicon/speech-verbs.js';
import { rule } from './rules.js';
import { ARTICLE } from './lexicon/relation-patterns.js';
import { roleAt } from './lexicon/roles.js';
import { OBJECT_PREPOSITIONS, PREPOSITION } from './lexicon/speech-verbs.js';
import { outletBefore } from './speech/verbs.js';
import { mapPacked } from '../util/packed.js';

/** Offices that stand in for one another when the register names the other ("Staatschef" of a state led by a king). */
const EQUIVALENT_ROLES: Record<string, string[]> = {
  president: ['president', 'supreme leader', 'king', 'leader'],
  'supreme leader': ['supreme leader', 'president', 'leader'],
  // ("the Indian leader" after "Indian Prime Minister Narendra Modi": the head of government the text introduced)
  leader: ['leader', 'supreme leader', 'president', 'prime minister', 'chancellor'],
  king: ['king'],
  'prime minister': ['prime minister', 'chancellor', 'head of government'],
  chancellor: ['chancellor', 'prime minister'],
  'head of government': ['head of government', 'prime minister', 'chancellor'],
  // "der Chef des NATO-Militärausschusses", "the head of the IAEA": whoever leads it
  head: ['head', 'chair', 'secretary-general', 'director-general', 'president', 'commander', 'chief of staff', 'leader', 'high representative'],
};

/** Documents whose text is reported like speech ("the doctrine states", "in dem Vertrag heißt es"). */
const DOCUMENT_CLASSES = [NG_CLASS.Treaty, NG_CLASS.Doctrine, NG_CLASS.PolicyDocument];


/** A lower-case attributive adjective ("neuen", "aktualisierte", "new", "updated"). */
const ADJECTIVE = /^(\p{Ll}+(e|en|er|es|em)|new|updated|revised|old|current|latest|final|draft)$/u;

/** Between the members of a coordination: "France, Germany and the UK", "Frankreich, Deutschland und Großbritannien". */
const COORDINATION_GAP = /^\s*(?:,\s*(?:and\s+|und\s+)?|and\s+|und\s+|sowie\s+)(?:the\s+)?$/u;

/** Between a name and its office in apposition: a comma, an article, a few capitalised words ("Cavoli, NATO's Supreme Allied Commander"). */
export const APPOSITION_GAP = /^\s*,\s*(?:(?:the|der|die)\s+)?(?:\p{Lu}[\p{L}’'.-]*\s+){0,3}(?:\p{Ll}+\s+)?$/u;

const AGENT_CLASSES = [NG_CLASS.Person, NG_CLASS.State, NG_CLASS.Organisation, NG_CLASS.Alliance, NG_CLASS.Union, NG_CLASS.Council, ...DOCUMENT_CLASSES];

/** Plural nouns for an organisation's members ("NATO allies", "EU-Mitgliedstaaten" is one word and not read here). */
const MEMBERS = /^(allies|members|partners|Verbündeten|Mitglieder|Partner)$/u;
/** Heads of compounds that name a body's or alliance's members ("Nato-Staaten", "EU-Länder"). */
const COMPOUND_MEMBERS = /^(Staaten|Länder|Mitglieder|Mitgliedsstaaten|Mitgliedstaaten|Partner|Verbündeten|Führung|Seite|Militär|Armee|Behörden)$/u;

/** Words that open an object after a verb: an article, a pronoun, a name. */
const OBJECT_START = /^(the|a|an|its|his|her|their|it|them|new|\p{Lu}\S*)$/u;
/** The index after the token that holds document offset `end - 1` (a phrase's token end). */
const tokenEndOf = (s: SentenceInfo, end: number): number => s.tokens.findIndex((x) => x.end >= end) + 1;

/** Prepositions that name who leads a body ("die Regierung von/unter X", "das Bündnis um X", "the government of/under X"). */
const LED_BY = /^(von|unter|um|of|under|from|by)$/u;
/** A phrasal verb's particle: "Kremlin hits out at …", "Moscow steps up …" (the -s word before it is a verb). */
const VERB_PARTICLE = /^(out|up|back|off|down|away)$/u;

/** The longest pronoun: a longer word is none (spares lower-casing every word). */
const PRONOUN_LENGTH = Math.max(...[...PRONOUNS].map((p) => p.length));

/** Word shapes read by the demonym test, compiled once. */
const LOWER_FIRST = /^\p{Ll}/u;
const LOWER_S_WORD = /^\p{Ll}{3,}s$/u;
const CAPITALISED = /^\p{Lu}\p{Ll}+/u;

/** A paragraph's opening words up to a colon not followed by a quotation ('New Delhi: The …'). */
const PLACE_COLON = /^(\s*\p{Lu}[\p{L}.-]*(?:\s\p{Lu}[\p{L}.-]*){0,2}):\s+(?!["“„«»‚'])/u;

/** A demonstrative that opens a sentence as its subject and points at the person named last ("Dieser hatte zuvor erklärt"). */
const DEMONSTRATIVE_SUBJECT = /^(Dieser|Diese|Letzterer|Letztere|The latter)$/u;
/** A feminine demonstrative is also the plural ("Diese sagten"): only before a singular verb. */
const PLURAL_VERB_AFTER_FEMININE = /^(Diese|Letztere)\s+\p{Ll}+en\b/u;

/** How many sentences ahead a definite office may find the person the text names with it next. */
const FORWARD_REACH = 6;

/** May a bare office (`key`) refer ahead to a person named with office `held`: the same office ("Chef" and "Leiter" are both heads), "der Minister" for any minister. */
function sameOffice(key: string, held: string): boolean {
  return key === held || (key === 'minister' && held.endsWith('minister'));
}

/** "the leaders", "die Minister": an office held by several is no one person. */
function pluralRole(s: SentenceInfo, r: SentenceInfo['roles'][number]): boolean {
  const word = s.tokens[r.tokenEnd - 1]?.t ?? ''; // the role noun itself ("leaders" in "the leaders of the United States")
  // (adjectives may stand between: "die europäischen Diplomaten")
  let d = r.token - 1;
  while (d > 0 && /^\p{Ll}+en$/u.test(s.tokens[d]!.t)) d--;
  const det = s.tokens[d]?.t ?? '';
  return r.lang === 'en' ? /[^s]s$/u.test(word) : /^die$/iu.test(det) && !/in$/u.test(word);
}

/**
 * "…, sagte der Minister bei einem Besuch" in a teaser before the text names him, "nach Angaben des
 * Chefs der Militärverwaltung" before "Timur Tkachenko, Leiter der Kiewer Militärverwaltung": a
 * definite office without owner that no one before it held refers to the first person the next
 * sentences name with that office.
 */
function forwardRoles(sentences: readonly SentenceInfo[]): void {
  const roleAgent = (s: SentenceInfo, start: number) => s.agents.find((x) => x.kind === 'role' && x.start === start);
  const held: { sentence: number; key: string; person: string; owner?: string }[] = [];
  for (const s of sentences) {
    for (const r of s.roles) {
      const a = roleAgent(s, r.start);
      if (a?.entity && a.person) held.push({ sentence: s.index, key: r.role.key, person: a.entity, ...(r.affiliation ? { owner: r.affiliation.entity } : {}) });
    }
  }
  for (const s of sentences) {
    for (const r of s.roles) {
      const a = roleAgent(s, r.start);
      if (!a || a.entity || !(r.definite || r.affiliation) || r.former || pluralRole(s, r)) continue;
      // "Iran's defense minister denies …" before "Iranian Defense Minister … Dehqan": an owned office refers ahead only to the same owner's
      const owner = r.affiliation?.entity;
      const next = held.find((h) => h.sentence > s.index && h.sentence - s.index <= FORWARD_REACH && sameOffice(r.role.key, h.key) && (!owner || h.owner === owner));
      if (next) Object.assign(a, { entity: next.person, rule: rule('coref.role-forward') });
    }
  }
}

/** Does `word` occur in `name` where a word ends ("verteidigungsministerium" ends with "ministerium"; "regierungsbüro" holds "regierung" only inside)? */
function endsAWord(name: string, word: string): boolean {
  for (let i = name.indexOf(word); i >= 0; i = name.indexOf(word, i + 1)) if (!/\p{L}/u.test(name[i + word.length] ?? '')) return true;
  return false;
}

/** Each entity's labels and aliases in lower case, read once per entity (a registered entity's names never change). */
const LOWER_NAMES = new WeakMap<KnownEntity, string[]>();
function lowerNames(e: KnownEntity): string[] {
  let names = LOWER_NAMES.get(e);
  if (!names) LOWER_NAMES.set(e, (names = [...e.labels, ...e.aliases].map((l) => l.value.toLowerCase())));
  return names;
}

/** Fill `agents` of every sentence, in text order. */
export function resolveAgents(sentences: SentenceInfo[], intros: readonly Introduction[], g: Gazetteer, published: string, lang: 'de' | 'en'): void {
  const isAgent = (e: string) => g.isAny(e, AGENT_CLASSES);
  const isDocument = (e: string) => g.isAny(e, DOCUMENT_CLASSES);
  /** Entities mentioned so far, most recent last (antecedents of "the ministry", "das Bündnis"). */
  const mentioned: string[] = [];
  const seen: Introduction[] = [];
  /** People named so far, most recent last. */
  const named: string[] = [];
  let lastPerson: string | undefined;
  for (const s of sentences) {
    const refs: AgentRef[] = [];
    const tokenOf = (pos: number) => Math.max(0, s.tokens.findIndex((t) => t.start <= pos && pos < t.end));
    const covered = (a: number, b: number) => refs.some((r) => a < r.end && b > r.start);
    for (const r of s.roles) {
      const intro = intros.find((i) => i.sentence === s.index && i.start === r.start);
      if (intro) seen.push(intro);
      const end = r.nameAfter?.end ?? r.end;
      const entity = intro?.person ?? (pluralRole(s, r) || r.deputy || r.indefinite ? undefined : r.former ? formerHolder(r.role.key, r.affiliation?.entity) : resolveRole(r.role.key, r.affiliation?.entity, r.definite));
      refs.push({ entity, start: r.start, end, kind: 'role', definite: r.definite && !r.indefinite, token: tokenOf(r.start), tokenEnd: tokenOf(end - 1) + 1, rule: rule(intro ? 'coref.role-name' : 'coref.role-noun'), person: true, document: undefined });
    }
    refs.push(...bodyPhrases(s, refs), ...documentPhrases(s, refs));
    refs.push(...anonymousSources(s, refs));
    for (const m of s.mentions) {
      // "the Pentagon said": a building speaks for the body it houses
      const seat = g.entities.get(m.entity)?.seatOf;
      if (seat && !covered(m.start, m.end)) {
        refs.push({ entity: seat, start: m.start, end: m.end, kind: 'name', definite: undefined, token: tokenOf(m.start), tokenEnd: tokenOf(m.end - 1) + 1, rule: undefined, person: false, document: undefined });
        continue;
      }
      // "von Peking als Provokation kritisiert": a capital that is the agent of a reporting participle speaks for its state
      const capitalOf = g.entities.get(m.entity)?.capitalOf;
      if (capitalOf && !covered(m.start, m.end) && agentOfParticiple(s, m)) {
        refs.push({ entity: capitalOf, start: m.start, end: m.end, kind: 'name', definite: undefined, token: tokenOf(m.start), tokenEnd: tokenOf(m.end - 1) + 1, rule: undefined, person: false, document: undefined });
        continue;
      }
      if (covered(m.start, m.end) || !isAgent(m.entity)) continue;
      if (m.kind === 'adjective' || modifier(s, m)) continue; // "russische Staatsmedien", "US officials" name no speaker
      const person = g.isA(m.entity, NG_CLASS.Person);
      if (m.kind === 'demonym') {
        refs.push({ entity: lastPerson, start: m.start, end: m.end, kind: 'demonym', definite: undefined, token: tokenOf(m.start), tokenEnd: tokenOf(m.end - 1) + 1, rule: rule('coref.demonym'), person: true, document: undefined });
        continue;
      }
      refs.push({ entity: m.entity, start: m.start, end: m.end, kind: 'name', definite: undefined, token: tokenOf(m.start), tokenEnd: tokenOf(m.end - 1) + 1, rule: undefined, person, document: isDocument(m.entity) ? true : undefined });
    }
    // "Paschinjan traf Putin. Dieser hatte zuvor erklärt, …": a demonstrative opening the sentence is the person named last
    const demonstrative = s.tokens[0] && DEMONSTRATIVE_SUBJECT.test(s.tokens[0].t) && /^\p{Ll}/u.test(s.tokens[1]?.t ?? '') && !PLURAL_VERB_AFTER_FEMININE.test(s.text) ? named.at(-1) : undefined;
    if (demonstrative) refs.push({ entity: demonstrative, start: s.tokens[0]!.start, end: s.tokens[0]!.end, kind: 'name', definite: undefined, token: 0, tokenEnd: 1, rule: rule('coref.pronoun'), person: true, document: undefined });
    s.tokens.forEach((t, k) => {
      if (t.t.length <= PRONOUN_LENGTH && PRONOUNS.has(t.t.toLowerCase()) && !(t.t === 'Sie' && k > 0)) refs.push({ entity: undefined, start: t.start, end: t.end, kind: 'pronoun', definite: undefined, token: k, tokenEnd: k + 1, rule: rule('coref.pronoun'), person: !/^it$/i.test(t.t), document: undefined });
    });
    // "Washington/Berlin (Reuters) - Bundeskanzler Olaf Scholz hat …": a dateline names where and who reported, no agent of the sentence
    const opens = Math.max(clauseStart(s), placeDateline(s));
    if (opens > s.start) refs.splice(0, refs.length, ...refs.filter((r) => r.start >= opens));
    refs.sort((a, b) => a.start - b.start);
    dropLabels(s, refs);
    groupCoordinations(s, refs);
    // "der Vorsitzende des Militärausschusses, Admiral Rob Bauer,": an unnamed office followed by a named person in apposition is that person
    refs.forEach((r, k) => {
      const next = refs[k + 1];
      if (r.kind === 'role' && !r.entity && next?.entity && next.person && next.token - r.tokenEnd <= 4 && /,\s*$/.test(s.text.slice(0, next.start - s.start))) r.entity = next.entity;
      // "The head of the committee and leader of the party, Leonid Slutsky,": two offices of the one person the apposition names
      // ("Der frühere Präsident und Ministerpräsident Dmitri Medwedew": one article, one person, whoever else held the first office)
      if (r.kind === 'role' && r.rule !== rule('coref.role-name') && next?.entity && next.kind === 'role' && next.rule === rule('coref.role-name') && /^\s+(and|und)\s+$/u.test(s.text.slice(r.end - s.start, next.start - s.start))) r.entity = next.entity;
      // "Admiral Rob Bauer, the chair of NATO's military committee,": the office after the name in apposition
      if (r.kind !== 'role' || r.entity) return;
      const prev = refs.slice(0, k).reverse().find((x) => x.person && x.entity && x.kind !== 'pronoun');
      if (prev?.entity && prev.person && APPOSITION_GAP.test(s.text.slice(prev.end - s.start, r.start - s.start))) r.entity = prev.entity;
    });
    for (const r of refs) if (r.person && r.entity && r.kind !== 'pronoun') {
      lastPerson = r.entity;
      named.push(r.entity);
    }
    s.agents = refs;
    for (const m of s.mentions) mentioned.push(m.entity);
    for (const r of refs) if (r.entity && (r.rule === rule('coref.body-noun') || r.rule === rule('coref.document'))) mentioned.push(r.entity);
  }
  forwardRoles(sentences);

  /** "New Delhi: The country's defence is …" opening a paragraph: a place and a colon are a dateline, not a speaker (where its clause starts, else the sentence's start). */
  function placeDateline(s: SentenceInfo): number {
    const m = PLACE_COLON.exec(s.text);
    const first = s.mentions[0];
    if (!m || !first || sentences[s.index - 1]?.paragraph === s.paragraph || first.end !== s.start + m[1]!.length) return s.start;
    // (a state's own name may head a line it speaks: "Iran: Wir werden antworten"; its capital standing for it is a dateline)
    const capital = g.entities.get(g.entities.get(first.entity)?.capital ?? '');
    const capitalName = capital !== undefined && [...capital.labels, ...capital.aliases].some((l) => l.value === first.text);
    return g.isA(first.entity, NG_CLASS.City) || capitalName ? s.start + m[0].length : s.start;
  }

  /** The entity mentioned most often so far that passes the test (among equals, the one the text named first latest). */
  function mostMentioned(test: (e: string) => boolean): string | undefined {
    const counts = new Map<string, number>();
    for (const e of mentioned) if (counts.has(e) || test(e)) counts.set(e, (counts.get(e) ?? 0) + 1);
    let best: string | undefined;
    for (const [e, n] of counts) if (!best || n >= counts.get(best)!) best = e;
    return best;
  }

  /** The entity mentioned last that passes the test, each distinct entity tested once (most recent first). */
  function lastMentioned(test: (e: string) => boolean): string | undefined {
    const tested = new Set<string>();
    for (let i = mentioned.length - 1; i >= 0; i--) {
      const e = mentioned[i]!;
      if (tested.has(e)) continue;
      tested.add(e);
      if (test(e)) return e;
    }
    return undefined;
  }

  /**
   * Bodies named by a common noun: "the Japanese foreign ministry", "Südkoreas Militär" (the
   * state's body of that name in the register, else the state itself), "the ministry", "das
   * Bündnis" (the last such body or state the text named; none: an unnamed source).
   */
  /** A person named as the modifier at token `j` ("the Trump administration"). */
  function personBefore(s: SentenceInfo, j: number): { entity: string; tokenEnd: number } | undefined {
    const mod = s.tokens[j - 1];
    const m = mod && s.mentions.find((x) => x.start <= mod.start && mod.end === x.end && g.isA(x.entity, NG_CLASS.Person));
    return m ? { entity: m.entity, tokenEnd: j } : undefined;
  }

  /**
   * "das Außenministerium in Moskau", "the foreign ministry in Beijing": the state whose capital is
   * named after the body; "das Außenministerium Russlands": the state in the genitive right after it.
   */
  function capitalAfter(s: SentenceInfo, k: number): { state: string; tokenEnd: number } | undefined {
    const next = s.tokens[k + 1];
    const genitive = lang === 'de' && next && s.mentions.find((x) => x.start === next.start && x.end === next.end && /s$/u.test(x.text) && g.isA(x.entity, NG_CLASS.State));
    if (genitive) return { state: genitive.entity, tokenEnd: k + 2 };
    if (!/^(in|aus|from)$/u.test(next?.t ?? '')) return undefined;
    const at = s.tokens[k + 2];
    const m = at && s.mentions.find((x) => x.start === at.start);
    // ("das Außenministerium in Moskau", "in Katar": the capital's state, or the state itself)
    const state = m && (g.entities.get(m.entity)?.capitalOf ?? (g.isA(m.entity, NG_CLASS.State) ? m.entity : undefined));
    return state ? { state, tokenEnd: tokenEndOf(s, m.end) } : undefined;
  }

  /** A person who leads the body noun at token `k`: "Regierung von/unter Präsident X", "Bündnis um X", "government of/under X", with the office words between. */
  function ledBy(s: SentenceInfo, k: number): { entity: string; tokenEnd: number } | undefined {
    if (!LED_BY.test(s.tokens[k + 1]?.t ?? '')) return undefined;
    // ("the administration of US President Donald Trump": the office may open with its state)
    const role = s.roles.find((r) => r.token === k + 2 || r.start === s.tokens[k + 2]?.start);
    const from = role ? s.tokens[role.tokenEnd]?.start : s.tokens[k + 2]?.start;
    const m = s.mentions.find((x) => x.start === from && g.isA(x.entity, NG_CLASS.Person));
    return m ? { entity: m.entity, tokenEnd: tokenEndOf(s, m.end) } : undefined;
  }

  function bodyPhrases(s: SentenceInfo, refs: readonly AgentRef[]): AgentRef[] {
    const out: AgentRef[] = [];
    const inside = (pos: number) => refs.some((r) => pos >= r.start && pos < r.end) || s.mentions.some((m) => pos >= m.start && pos < m.end);
    for (let k = 0; k < s.tokens.length; k++) {
      const t = s.tokens[k]!;
      // "nach Marineangaben": the source compound names a body as "die Marine" would
      const source = lang === 'de' ? SOURCE_COMPOUND_DE.exec(t.t)?.[1] : undefined;
      const noun = bodyNounAt(source ?? t.t, lang);
      if (!noun || inside(t.start) || (lang === 'de' && !/^\p{Lu}/u.test(t.t))) continue;
      const ref = bodyPhraseAt(s, k, source, noun);
      if (ref) out.push(ref);
    }
    return out;
  }

  /** The reference of the body noun `noun` at token `k` (`source`: the body part of a German source compound), if it stands for one. */
  function bodyPhraseAt(s: SentenceInfo, k: number, source: string | undefined, noun: BodyNoun): AgentRef | undefined {
    const t = s.tokens[k]!;
    // "die Nachrichtenagentur KCNA": a body's name right after the noun is the agent itself
    const next = s.tokens[k + 1];
    // (a state in the genitive is the body's owner: "das Außenministerium Russlands")
    if (next && s.mentions.some((m) => m.start === next.start && isAgent(m.entity) && !g.isA(m.entity, NG_CLASS.Person)) && !capitalAfter(s, k)) return undefined;
    // one modifier may stand between in English: "the Japanese foreign ministry", "the Foreign Ministry", "the South Korean coast guard"
    const mod = s.tokens[k - 1];
    // and one German adjective: "die islamistische Organisation"
    // (an adverb may qualify the German adjective: "das autokratisch geführte Land")
    const adverb = lang === 'de' && /^\p{Ll}+$/u.test(s.tokens[k - 2]?.t ?? '') && !ARTICLE.test(s.tokens[k - 2]!.t) && ARTICLE.test(s.tokens[k - 3]?.t ?? '');
    const modifies = mod && !mentionCovering(s, mod) && (lang === 'en' ? !/^(the|a|an|its|their|his|her|of|and|'s)$/i.test(mod.t) && !isReportingWord(mod.t) : /^\p{Ll}+e[nmrs]?$/u.test(mod.t) && (adverb || ARTICLE.test(s.tokens[k - 2]?.t ?? '')));
    const j = modifies ? k - (adverb ? 2 : 1) : k;
    const headFrom = modifies ? k - 1 : k;
    const ownerTok = s.tokens[j - 1]?.t === "'s" ? s.tokens[j - 2] : s.tokens[j - 1];
    const owner = ownerTok && s.mentions.find((m) => m.start <= ownerTok.start && ownerTok.end <= m.end && (g.isA(m.entity, NG_CLASS.State) || (noun.anyOwner && isAgent(m.entity))));
    const first = owner ? s.tokens.findIndex((x) => x.start >= owner.start) : j;
    const det = s.tokens[first - 1];
    const definite = source !== undefined || (det !== undefined && ARTICLE.test(det.t));
    const head = source?.toLowerCase() ?? mapPacked(s.tokens.slice(headFrom, k + 1), (x) => x.t.toLowerCase()).join(' ');
    // "Ministry of National Defence": the capitalised words after "of" name which ministry
    let full = k;
    if (s.tokens[k + 1]?.t === 'of') for (let x = k + 2; x < s.tokens.length && /^(\p{Lu}\S*|and)$/u.test(s.tokens[x]!.t); x++) full = x;
    const longHead = mapPacked(s.tokens.slice(headFrom, full + 1), (x) => x.t.toLowerCase()).join(' ');
    // (the head ends a word of the name: "Verteidigungsministerium" is a ministry, "Regierungsbüro" no government)
    const namedBy = (h: string) => (e: KnownEntity) => lowerNames(e).some((l) => endsAWord(l, h));
    const named = namedBy(head);
    /** The one body of that name the state has, if exactly one (by the longer name first). */
    const bodyOf = (state: string) => {
      const parts = g.partsOf(state);
      const long = full > k ? parts.filter(namedBy(longHead)) : [];
      const bodies = long.length === 1 ? long : parts.filter(named);
      return bodies.length === 1 ? bodies[0]!.iri : undefined;
    };
    let entity: string | undefined;
    /** Is it of a class the noun refers back to ("the group": an organisation)? */
    const ofAntecedentClass = (e: string) => (noun.antecedentClasses ?? []).some((c) => g.isA(e, NG_CLASS[c as keyof typeof NG_CLASS]));
    /** The entity passing the test named last before the noun: earlier in this sentence, else before it. */
    const namedBefore = (test: (e: string) => boolean) => s.mentions.filter((m) => m.end <= t.start).reverse().find((m) => test(m.entity))?.entity ?? lastMentioned(test);
    // "die Regierung von Ministerpräsident Viktor Orbán", "das Bündnis um Generalsekretär Rutte", "the government of Prime Minister X",
    // "the Trump administration": the body of the person's state or organisation; "a statement from President Trump": the person's
    const led = owner ? undefined : (ledBy(s, k) ?? personBefore(s, j));
    const capital = owner || led || noun.hosted ? undefined : capitalAfter(s, k);
    if (owner) {
      entity = bodyOf(owner.entity) ?? (noun.stateActs ? owner.entity : undefined);
      // "…, the Lebanese group says": a group of that state's people the text named last
      if (!entity && definite && noun.antecedentClasses) entity = namedBefore((e) => isAgent(e) && ofAntecedentClass(e));
    } else if (led && noun.anyOwner) {
      entity = led.entity;
    } else if (capital) {
      entity = bodyOf(capital.state) ?? (noun.stateActs ? capital.state : undefined);
    } else if (led) {
      const of = g.tenuresOn(led.entity, published)[0]?.of;
      if (of && g.isA(of, NG_CLASS.State)) entity = bodyOf(of) ?? (noun.stateActs ? of : undefined);
      else if (of && (noun.antecedentClasses ?? []).some((c) => g.isA(of, NG_CLASS[c as keyof typeof NG_CLASS]))) entity = of;
    } else if (definite) {
      const antecedent = (e: string) => {
        const known = g.entities.get(e);
        // (a body is an agent: "Marine" names no submarine)
        return known !== undefined && isAgent(e) && (named(known) || ofAntecedentClass(e));
      };
      // named earlier in this sentence ("An der von der Deutschen Marine geleiteten Übung nehmen nach Marineangaben …"), else before it
      entity = namedBefore(antecedent);
      // "the Foreign Ministry" in a story about Russia: the body of that name of the state named most recently that has one
      const states: string[] = [];
      if (!entity) lastMentioned((e) => g.isA(e, NG_CLASS.State) && states.push(e) < 0); // every state, most recent first
      for (const state of states) if ((entity = bodyOf(state))) break;
    } else return undefined;
    const start = definite && !source ? first - 1 : first;
    const last = entity && (led || capital) ? Math.max(k + 1, (led ?? capital)!.tokenEnd) : k + 1;
    return { entity, start: s.tokens[start]!.start, end: s.tokens[last - 1]!.end, kind: entity ? 'name' : 'anonymous', definite: undefined, token: start, tokenEnd: last, rule: rule('coref.body-noun'), person: false, document: undefined };
  }

  /**
   * Is the mention the agent of a German reporting participle: after "von"/"vom", in a clause that
   * ends with the participle ("wurde von Peking als Provokation kritisiert.", "…, von Moskau scharf kritisiert, …")?
   */
  function agentOfParticiple(s: SentenceInfo, m: { start: number; end: number }): boolean {
    const k = s.tokens.findIndex((t) => t.start >= m.end);
    if (k < 1 || !/^(von|vom)$/i.test(s.tokens[s.tokens.findIndex((t) => t.start >= m.start) - 1]?.t ?? '')) return false;
    const comma = s.text.indexOf(',', m.end - s.start);
    const clauseEnd = comma < 0 ? s.end : s.start + comma;
    const last = s.tokens.filter((t) => t.start >= m.end && t.end <= clauseEnd).at(-1);
    return last !== undefined && isReportingWord(last.t.toLowerCase()) && /t$/.test(last.t);
  }

  /**
   * A state or organisation name used as a modifier, not as an agent: an inflected German
   * adjective ("russische"), or a name followed by a plural noun ("US officials", "Russian
   * forces", "EU diplomats") or a genitive before a noun ("Russlands Regierung").
   */
  function modifier(s: SentenceInfo, m: { start: number; end: number; text: string; entity: string }): boolean {
    if (g.isA(m.entity, NG_CLASS.Person)) return false;
    // "russische", "US-amerikanischen": an adjective; "japanischen Verteidigungsministeriums" is a body's name
    if (LOWER_FIRST.test(m.text) && !/\s/.test(m.text)) return true;
    // "US-Angriffen": the first part of a compound modifies its head, unless the head is a body or its members ("US-Regierung", "Nato-Staaten")
    if (s.text[m.end - s.start] === '-') {
      const head = /^-([\p{L}-]+)/u.exec(s.text.slice(m.end - s.start))?.[1] ?? '';
      // ("US-Erkenntnissen": the first part is the source)
      return !bodyNounAt(head, 'de') && !COMPOUND_MEMBERS.test(head) && !SOURCE_NOUN_DE.test(head);
    }
    const k = s.tokens.findIndex((t) => t.start >= m.end);
    const next = s.tokens[k]?.t ?? '';
    // "NATO allies said", "EU members agreed": an organisation's members speak as the organisation
    if (MEMBERS.test(next) && !g.isA(m.entity, NG_CLASS.State)) return false;
    // a verb, not a plural noun, when an object follows ("Moscow suspends New START", "Russia warns the West")
    const verbLike = OBJECT_START.test(s.tokens[k + 1]?.t ?? '') || VERB_PARTICLE.test(s.tokens[k + 1]?.t ?? '');
    if (LOWER_S_WORD.test(next) && !verbLike && !isReportingWord(next) && !/(ss|us|is|has|was|wants|plans|seems|remains|news)$/u.test(next)) return true;
    return /s$/u.test(m.text) && CAPITALISED.test(next) && !g.match(next).length && s.tokens[k]!.start - m.end === 1 && !/^(sagte|said)$/iu.test(next);
  }

  /**
   * Names that label another agent and are no agent themselves: a party in parentheses after a
   * person ("Außenminister Heiko Maas (SPD) verurteilte", "Senator X (R-Texas) said"); the holder
   * named after a body's name that ends in the office ("Das Büro des israelischen
   * Ministerpräsidenten Benjamin Netanyahu teilte mit").
   */
  function dropLabels(s: SentenceInfo, refs: AgentRef[]): void {
    for (let k = refs.length - 1; k > 0; k--) {
      const r = refs[k]!;
      const prev = refs[k - 1]!;
      if (prev.person && r.kind === 'name' && !r.person && /^\s*\(\s*$/u.test(s.text.slice(prev.end - s.start, r.start - s.start)) && /^\s*\)/u.test(s.text.slice(r.end - s.start))) refs.splice(k, 1);
      // "Das Büro des israelischen Ministerpräsidenten Benjamin Netanyahu teilte mit": the office holder named after a body's name ending in the office is the body's label
      else if (r.person && r.kind === 'name' && !prev.person && prev.kind === 'name' && s.text.slice(prev.end - s.start, r.start - s.start) === ' ' && roleAt([s.tokens[prev.tokenEnd - 1]!.t], 0)) refs.splice(k, 1);
    }
  }

  /**
   * "France, Germany and the UK have told the UN": states named together that are exactly the
   * members of a group in the register act as that group (the E3); their names stay mentions.
   */
  function groupCoordinations(s: SentenceInfo, refs: AgentRef[]): void {
    for (let k = 0; k < refs.length; k++) {
      const run = [refs[k]!];
      while (run.length < 6) {
        const next = refs[k + run.length];
        if (!next || next.kind !== 'name' || !next.entity || !g.isA(next.entity, NG_CLASS.State) || !COORDINATION_GAP.test(s.text.slice(run.at(-1)!.end - s.start, next.start - s.start))) break;
        run.push(next);
      }
      if (run.length < 2 || run.some((r) => r.kind !== 'name' || !r.entity || !g.isA(r.entity, NG_CLASS.State))) continue;
      const group = g.groupOf(run.map((r) => r.entity!));
      if (!group) continue;
      refs.splice(k, run.length, { entity: group, start: run[0]!.start, end: run.at(-1)!.end, kind: 'name', definite: undefined, token: run[0]!.token, tokenEnd: run.at(-1)!.tokenEnd, rule: rule('coref.group'), person: false, document: undefined });
    }
  }

  /** "das Dokument", "the doctrine", "dem Vertrag": the treaty or policy document the text named last. */
  function documentPhrases(s: SentenceInfo, refs: readonly AgentRef[]): AgentRef[] {
    const out: AgentRef[] = [];
    s.tokens.forEach((t, k) => {
      if (!isDocumentNoun(t.t, lang)) return;
      // one adjective may stand between: "der neuen Doktrin", "the new doctrine"
      const d = s.tokens[k - 1] && ADJECTIVE.test(s.tokens[k - 1]!.t) && !ARTICLE.test(s.tokens[k - 1]!.t) ? k - 2 : k - 1;
      const det = s.tokens[d];
      if (!det || !ARTICLE.test(det.t) || !isDocumentNoun(t.t, lang) || refs.some((r) => t.start >= r.start && t.start < r.end) || s.mentions.some((m) => t.start >= m.start && t.start < m.end)) return;
      // "die Doktrin", "the treaty": the one of that kind named last; "the document", "das Dokument": the document the text has named most (the one it is about)
      const kind = documentKind(t.t);
      const anyDocument = (e: string) => g.isAny(e, DOCUMENT_CLASSES);
      const entity = kind ? (lastMentioned((e) => g.isA(e, NG_CLASS[kind])) ?? lastMentioned(anyDocument)) : mostMentioned(anyDocument);
      if (entity) out.push({ entity, start: det.start, end: t.end, kind: 'name', definite: undefined, token: d, tokenEnd: k + 1, rule: rule('coref.document'), person: false, document: true });
    });
    return out;
  }

  /**
   * Sources the text does not name: an anonymous-source noun ("official", "Diplomaten",
   * "Regierungskreisen") after an indefinite article or as a bare plural, with the adjectives and
   * names that modify it ("a senior US official", "ein Vertreter des australischen
   * Verteidigungsministeriums"). The names inside are not agents of their own.
   */
  function anonymousSources(s: SentenceInfo, refs: readonly AgentRef[]): AgentRef[] {
    const out: AgentRef[] = [];
    const inRef = (pos: number) => refs.some((r) => pos >= r.start && pos < r.end);
    s.tokens.forEach((t, k) => {
      // "US-Medien", "Regierungs-Kreise": a compound whose last part is such a noun is one too (its first part only modifies it)
      if (!ANONYMOUS_SOURCE.has(t.t) && !ANONYMOUS_SOURCE.has(t.t.slice(t.t.lastIndexOf('-') + 1))) return;
      // "…, reports Meduza", "…, Reuters reports.": a verb beside the name, not an unnamed source
      const verbBeforeName = s.mentions.some((m) => m.start === s.tokens[k + 1]?.start);
      if (inRef(t.start) || verbBeforeName || outletBefore(s, k)) return;
      let j = k - 1;
      // modifiers: lower-case adjectives ("senior", "westlicher"), linked names ("US", "British") and English capitalised adjectives ("Western")
      // never across a comma ("… visiting Perth, Australia, officials said")
      const commaAfter = (x: number) => s.text.slice(s.tokens[x]!.end - s.start, s.tokens[x + 1]!.start - s.start).includes(',');
      // never across a reporting verb or a person's name ("Ushakov told Russian state media")
      const person = (x: number) => s.mentions.some((m) => m.start <= s.tokens[x]!.start && s.tokens[x]!.end <= m.end && g.isA(m.entity, NG_CLASS.Person));
      // (nor across a preposition: "wrote on social media")
      while (j >= 0 && k - j <= 4 && !commaAfter(j) && !isReportingWord(s.tokens[j]!.t) && !person(j) && !PREPOSITION.test(s.tokens[j]!.t) && !INDEFINITE.has(s.tokens[j]!.t.toLowerCase()) && (/^\p{Ll}/u.test(s.tokens[j]!.t) || lang === 'en' || mentionCovering(s, s.tokens[j]!) !== undefined) && !/^(der|die|das|des|dem|den|the|this|that|these|those|dieser|diese|dieses|und|and|or|oder)$/i.test(s.tokens[j]!.t)) j--;
      const indefinite = j >= 0 && INDEFINITE.has(s.tokens[j]!.t.toLowerCase());
      const definite = j >= 0 && /^(der|die|das|des|dem|den|the|this|these|those|dieser|diese|dieses)$/i.test(s.tokens[j]!.t);
      // ("der iranische Beamte": "der" before a noun in -e is a singular, "der Beamten" a genitive plural)
      const singularDer = definite && /^(der|dieser)$/iu.test(s.tokens[j]!.t) && /e$/u.test(t.t);
      const plural = /(s|en|n|e|a)$/u.test(t.t) && !/^(source|Quelle)$/.test(t.t) && !singularDer;
      // "The top Russian official also said": a definite description of the one just quoted, like a role noun
      if (definite && !plural) out.push({ entity: undefined, start: s.tokens[j]!.start, end: t.end, kind: 'role', definite: true, token: j, tokenEnd: k + 1, rule: rule('coref.role-noun'), person: true, document: undefined });
      // ("beklagten die europäischen Diplomaten": a definite plural is an unnamed group too, unless a preposition governs it: "von den Staatsmedien zitiert")
      const governed = definite && PREPOSITION.test(s.tokens[j - 1]?.t ?? '');
      if (!indefinite && (!plural || governed)) return;
      const first = indefinite ? j : j + 1;
      // "… des australischen Verteidigungsministeriums", "… of the foreign ministry": the body it speaks for is inside
      let last = k;
      const of = s.tokens[k + 1];
      if (of && /^(des|der|of|from|aus)$/i.test(of.t)) {
        const m = s.mentions.find((x) => s.tokens.slice(k + 2, k + 5).some((tk) => tk.start === x.start));
        if (m) last = tokenEndOf(s, m.end) - 1;
      }
      // "Defense Department officials", "Kremlin officials": the officials of a named body speak for it (a state's stay unnamed: "US officials")
      const body = indefinite ? undefined : s.mentions.find((m) => m.start >= s.tokens[first]!.start && m.end <= t.start && !g.isA(m.entity, NG_CLASS.State) && g.isA(m.entity, NG_CLASS.Organisation) && !g.isA(m.entity, NG_CLASS.Person));
      if (body) out.push({ entity: body.entity, start: s.tokens[first]!.start, end: s.tokens[last]!.end, kind: 'name', definite: undefined, token: first, tokenEnd: last + 1, rule: rule('coref.anonymous-source'), person: false, document: undefined });
      else out.push({ entity: undefined, start: s.tokens[first]!.start, end: s.tokens[last]!.end, kind: 'anonymous', definite: false, token: first, tokenEnd: last + 1, rule: rule('coref.anonymous-source'), person: true, document: undefined });
    });
    return out;
  }

  /** "the former Norwegian prime minister": a person the text named who held that office before the day, by the register. */
  function formerHolder(role: string, affiliation: string | undefined): string | undefined {
    const roles = EQUIVALENT_ROLES[role] ?? [role];
    const held = (p: string) => (g.entities.get(p)?.tenures ?? []).some((t) => roles.includes(t.role) && (!affiliation || t.of === affiliation) && t.end !== undefined && t.end < published);
    return [...named].reverse().find(held);
  }

  /** Is the person introduced as the object of a preposition ("mit US-Außenminister Pompeo", "with Prime Minister X")? */
  function afterPreposition(i: Introduction): boolean {
    const s = sentences[i.sentence];
    const k = s ? s.tokens.findIndex((t) => t.start >= i.start) : -1;
    return k > 0 && OBJECT_PREPOSITIONS.has(s!.tokens[k - 1]!.t.toLowerCase());
  }

  function resolveRole(role: string, affiliation: string | undefined, definite: boolean): string | undefined {
    const roles = EQUIVALENT_ROLES[role] ?? [role];
    if (affiliation) {
      const local = [...seen].reverse().find((i) => i.role && roles.includes(i.role.key) && i.affiliation === affiliation);
      if (local) return local.person;
      for (const r of roles) {
        const holder = g.holder(r, affiliation, published);
        if (holder) return holder;
      }
      return undefined;
    }
    if (!definite || role === 'head') return undefined;
    // "der Generalsekretär", "das Staatsoberhaupt": the last person named who was introduced with that office or holds it on the day;
    // the office itself before the ones that stand in for it ("the Prime Minister" is Starmer, named, not "Chancellor Rachel Reeves")
    // (one introduced as a subject before one introduced after a preposition: "Maas … nach einem Treffen mit US-Außenminister Pompeo … so der Außenminister" is Maas)
    // (the more recent of the two: "US-Außenminister Kerry" early on, then "sagte Steinmeier … unterstrich der Außenminister" is Steinmeier)
    for (const r of roles) {
      const introduced = [...seen].reverse().filter((i) => i.role !== undefined && sameOffice(r, i.role.key));
      const holds = (p: string) => {
        const as = introduced.filter((i) => i.person === p);
        return as.length ? as.some((i) => !afterPreposition(i)) : g.tenuresOn(p, published).some((t) => t.role === r);
      };
      const person = [...named].reverse().find(holds) ?? introduced[0]?.person;
      if (person) return person;
    }
    return undefined;
  }
}
