/**
 * Names by their shape: organisations, places and operations the register does not know, found
 * from the words around or inside a capitalised name (the vocabularies are data in
 * `lexicon/name-shapes.ts`):
 *
 * - `ner.org-head`: a capitalised sequence ending in an organisation head noun ("West Finland
 *   Coast Guard", "203rd Tank Battalion", "Bureau of Investigation" with its "of …"), unless
 *   every other word only says what kind of body it is ("Defence Ministry");
 * - `ner.org-descriptor`: a name in apposition after a descriptor noun ("operator Elisa",
 *   "Netzbetreiber Fingrid", "Plattform „Vesselfinder“") or before a German compound tail
 *   ("Elisa-Gruppe");
 * - `ner.place-cue`: a name after a place noun ("the town of Porvoo", "Ostsee-Hafen Ust-Luga",
 *   "Militärflugplatz Skrydstrup"), before a compass apposition ("Rukla, central Lithuania",
 *   "Rūdninkai, south of Vilnius"), or listed with a known city after a place preposition
 *   ("in Vilnius and Kaunas");
 * - `ner.dateline`: the place a paragraph opens with ("Unterlüß. …", "TARTU (AP) - …");
 * - `ner.operation`: "Operation Prosperity Guardian", exercises named before their noun ("the
 *   Tarassis drills", "Orkan-Manöver");
 * - `ner.meeting`: summits and talks named by where they are held or who meets ("a July summit in
 *   Warsaw", "the Brussels summit", "Gipfeltreffen von Biden und Putin");
 * - `ner.election`: "die heutigen Parlamentswahlen", "the Finnish parliamentary election";
 * - `ner.document`: policy documents by their head noun ("the 2022 National Defense Strategy
 *   (NDS)", "die Nationale Sicherheitsstrategie") or by their quoted title after a document noun
 *   ("a declaration regarding “Allied Solidarity”");
 * - `ner.weapon-designation`: "OH-58D Kiowa Warrior helicopters", "MQ-9 Reaper drones".
 *
 * `ner.org-head` also reads a state's organs after the state ("Lithuania's Ministry of National
 * Defence", "das iranische Verteidigungsministerium", "die litauische Armee", "die schwedische
 * Ratspräsidentschaft", "the Hungarian presidency of the Council of the EU", "the U.S. Army", "U.S.
 * Army Alaska"), German bodies joined to an organisation's name ("NATO-Sicherheitsausschusses"),
 * groups named after a state ("Syrien-Kontaktgruppe") and numbered units with their parent ("1st
 * Battalion, 12th Cavalry Regiment"); `ner.place-cue` also reads "the German port of Bremerhaven",
 * "Orzysz, in the northeast", "Selydove, a small town in …", "Karmelava, einem kleinen Ort nahe …",
 * "Fort Carson", "Joint Base Lewis-McChord", "Camps Hovey and Stanley", "the Tambov region" and "im
 * Gebiet Rostow"; `ner.meeting` also "the summit in Warsaw" and "nach den Gesprächen in Genf".
 *
 * Each new entity is minted typed, labelled with the name as written, and taught to the
 * document's gazetteer so that every mention links to it. Does not: find people (see
 * `people.ts`), treaties (`treaties.ts`) or acronym definitions (`acronyms.ts`).
 */
import type { EntityRecord } from '../model/types.js';
import { entityIri } from '../model/iri.js';
import { NG_CLASS } from '../model/vocab.js';
import { knownEntity, type EntityMention, type Gazetteer } from './gazetteer.js';
import { mentionCovering, type SentenceInfo } from './sentence.js';
import type { Token } from './tokens.js';
import { rule, type RuleId } from './rules.js';
import { CALENDAR } from './role-phrases.js';
import { rankAt, roleAt } from './lexicon/roles.js';
import { GIVEN_NAMES } from './lexicon/given-names.js';
import { wordMemo } from '../util/word-memo.js';
import {
  BASE_PREFIXES_EN, BODY_COMPOUND_TAILS_DE, STATE_ORGAN_HEADS_EN, STATE_ORGAN_TAILS_DE, ELECTION_DE, ELECTION_KINDS_EN, COMPASS_EN, COMPASS_NOUNS_EN, DE_NAMED_ORG_TAILS, DOCUMENT_HEADS_EN, DOCUMENT_TAILS_DE, EVENT_DESCRIPTORS_DE, MEETING_MODIFIERS_EN, MEETING_NOUN_DE, MEETING_NOUNS_EN, MILITARY_SERVICES_EN, REGION_NOUNS_EN, EVENT_DESCRIPTORS_EN, GENERIC_NAME_WORDS, OPERATION_WORDS, ORG_COMPOUND_TAILS_DE, ORG_WHOLE_TAILS_DE, ORG_DESCRIPTORS_DE, ORG_DESCRIPTORS_EN, ORG_HEADS_EN, PLACE_CUES_DE, PLACE_HEADS_EN, PLACE_HEADS_OF_EN,
  PLACE_OF_EN, WORKS_AT, UNIT_HEADS_EN, TALKS_NOUN_DE, TALKS_DETERMINERS_DE, BASE_PLURALS_EN, STATE_GROUP_TAILS_DE, WEAPON_DESIGNATION, WEAPON_NOUNS_EN,
  TITLED_DOCUMENT_NOUNS_EN, TITLE_LINKS_EN, TREATY_AFTER_EN, TITLES_AFTER_NAME_EN, PRESIDENCY_AFTER_STATE_EN,
} from './lexicon/name-shapes.js';

type Kind = 'Organisation' | 'City' | 'Place' | 'Event' | 'Meeting' | 'PolicyDocument' | 'WeaponType';

/** A name found in a sentence, before minting (UTF-16 document offsets). */
interface Found {
  name: string;
  kind: Kind;
  rule: RuleId;
  /** Other spellings the text uses for it ("Elisa-Gruppe"). */
  aliases?: string[];
}

const CAP = /^\p{Lu}/u;
const ORDINAL = /^\d+(st|nd|rd|th)$/u;
/** Words that open sentences and headings but are no part of a name. */
const FUNCTION_WORDS = new Set(['The', 'A', 'An', 'In', 'On', 'At', 'For', 'Of', 'And', 'But', 'As', 'By', 'To', 'From', 'With', 'After', 'Before', 'While', 'When', 'This', 'That', 'These', 'Those', 'Its', 'His', 'Her', 'Their', 'Our', 'It', 'He', 'She', 'They', 'We', 'Der', 'Die', 'Das', 'Den', 'Dem', 'Des', 'Ein', 'Eine', 'Im', 'Am', 'Auf', 'Bei', 'Mit', 'Nach', 'Von', 'Und', 'Laut', 'Auch', 'Zu', 'Zum', 'Zur']);
/** German common-noun endings: such a capitalised word is a noun, not a name. */
const DE_NOUN = /(ung|heit|keit|schaft|tion|ismus|ität|tum|nis|ment|ien|chen|lein|ik|ur|enz|anz|er|ern|en|ei|ie|ge|te|de|se|le|he|ne)$/u;
/** English head nouns that end an organisation's name in German text too ("der CITIC Telecom", "East Japan Railway Company"). */
const FOREIGN_HEADS_DE = new Set(['Telecom', 'Group', 'Systems', 'Technologies', 'Holding', 'Holdings', 'Industries', 'Airlines', 'Aerospace', 'Corporation', 'Company', 'Agency', 'Institute', 'Foundation', 'Center', 'Centre', 'Inc', 'Ltd', 'LLC', 'Shipping', 'Energy']);
/** German place cues that name a facility after its town ("Flughafen Aalborg"), and cues that are part of a region's name ("Provinz Jagang"). */
const FACILITY_CUES_DE = new Set(['flughafen', 'militärflugplatz', 'flugplatz', 'fliegerhorst', 'luftwaffenstützpunkt', 'militärstützpunkt', 'marinestützpunkt', 'stützpunkt']);
const NAMING_CUES_DE = new Set(['provinz', 'region', 'gebiet', 'bezirk', 'oblast', 'insel', 'halbinsel', 'bundesstaat']);
/** Quotation marks around a name in apposition. */
const QUOTES = /^[„“"»«‚‘]$/u;

/** Mint the names the sentences give by their shape; returns the new records. */
export function findNames(sentences: readonly SentenceInfo[], g: Gazetteer, lang: 'de' | 'en', text: string): EntityRecord[] {
  const out: EntityRecord[] = [];
  const paragraphStarts = new Set<number>();
  let last = -1;
  for (const s of sentences) {
    if (s.paragraph !== last) paragraphStarts.add(s.index);
    last = s.paragraph;
  }
  const keep = (found: readonly Found[]) => {
    for (const f of found) {
      const record = mint(f, g, lang);
      if (record) out.push(record);
    }
  };
  const headlines = new Set(sentences.filter((s) => headline(s, lang)));
  for (const s of sentences) {
    if (headlines.has(s)) continue;
    keep([
      ...(lang === 'en' ? [...militaryServices(s, g), ...stateMinistries(s, g), ...presidencies(s, g), ...documents(s, g), ...orgByHead(s, g), ...placeByHead(s, g)] : orgByHead(s, g, FOREIGN_HEADS_DE)),
      ...meetings(s, g, lang, text),
      ...elections(s, g, lang),
      ...(lang === 'de' ? [...bodyCompounds(s, g), ...stateOrgans(s, g), ...stateGroups(s, g)] : []),
      ...orgByDescriptor(s, g, lang, text),
      ...placeByCue(s, g, lang, text),
      ...(paragraphStarts.has(s.index) ? dateline(s, g, lang, text) : []),
      ...operations(s),
      ...exercisesNamedBefore(s, lang, text),
      ...vesselClasses(s, lang),
      ...(lang === 'en' ? [...weaponDesignations(s, text), ...titledDocuments(s, text)] : []),
      ...(lang === 'de' ? namedByAdjective(s, g) : []),
    ]);
  }
  // a list with a city the text named anywhere (also further on): "in Aalborg, Esbjerg und Sönderborg"
  for (const s of sentences) if (!headlines.has(s)) keep(listedWithCity(s, g, text, lang));
  return out;
}

/** A title-case heading ("Russia Warns Of Response As Nato Group Meets"): no lower-case word but short function words, so its capitals say nothing. */
function headline(s: SentenceInfo, lang: 'de' | 'en'): boolean {
  if (lang !== 'en') return false;
  const words = s.tokens.filter((t) => /^\p{L}/u.test(t.t));
  return words.length >= 4 && !words.some((t) => /^\p{Ll}/u.test(t.t) && t.t.length >= 4 && !HEADLINE_LOWER.has(t.t));
}
/** Words a title-case heading keeps in lower case. */
const HEADLINE_LOWER = new Set(['with', 'from', 'into', 'over', 'after', 'about', 'than', 'that', 'this', 'amid', 'upon', 'onto']);

/** Only spaces between two tokens: they can be parts of one name. */
const adjacent = (text: string, a: Token, b: Token) => /^ $/u.test(text.slice(a.end, b.start));

/** Capitalised name tokens from `i` on (up to `max`), stopping at punctuation, function words, roles and dates. */
function capitalRun(s: SentenceInfo, i: number, max: number, text: string, lang: 'de' | 'en', nounFirst = false): { from: number; to: number } | undefined {
  let k = i;
  while (k < s.tokens.length && k - i < max) {
    const t = s.tokens[k]!;
    if (!CAP.test(t.t) || FUNCTION_WORDS.has(t.t) || CALENDAR.test(t.t) || roleAt([t.t], 0)) break;
    // after a place cue a name may end like a German noun ("Militärstützpunkt Pabrade")
    if (lang === 'de' && DE_NOUN.test(t.t) && t.t.length > 5 && !t.t.includes('-') && !(nounFirst && k === i)) break;
    if (k > i && !adjacent(text, s.tokens[k - 1]!, t)) break;
    k++;
  }
  return k > i ? { from: i, to: k } : undefined;
}

/** Text of tokens [from, to). */
const span = (text: string, s: SentenceInfo, from: number, to: number) => text.slice(s.tokens[from]!.start, s.tokens[to - 1]!.end);

/** `ner.org-head` (English): "West Finland Coast Guard", "Bureau of Investigation", "203rd Tank Battalion". */
function orgByHead(s: SentenceInfo, g: Gazetteer, heads: ReadonlySet<string> = ORG_HEADS_EN): Found[] {
  const out: Found[] = [];
  const tk = s.tokens;
  const text = s.text;
  const at = (k: number) => ({ ...tk[k]!, start: tk[k]!.start - s.start, end: tk[k]!.end - s.start });
  for (let h = 0; h < tk.length; h++) {
    if (!heads.has(tk[h]!.t) || inRoleName(tk, h)) continue;
    const headMention = mentionCovering(s, tk[h]!);
    if (headMention && !g.isA(headMention.entity, NG_CLASS.State)) continue; // a body the register knows
    // left: capitalised words and ordinals joined by spaces
    let from = h;
    while (from > 0) {
      const p = tk[from - 1]!;
      if (!(CAP.test(p.t) || ORDINAL.test(p.t)) || FUNCTION_WORDS.has(p.t) || CALENDAR.test(p.t) || roleAt([p.t], 0) || !adjacent(text, at(from - 1), at(from))) break;
      // German text: a common noun before the name is its descriptor, not part of it ("des Herstellers Expal Systems")
      if (heads !== ORG_HEADS_EN && DE_NOUN.test(p.t.replace(/e?s$/u, '')) && p.t.length > 5) break;
      from--;
    }
    // right: "of (the) Capitalised …"
    let to = h + 1;
    if (tk[to]?.t === 'of' && adjacent(text, at(h), at(to))) {
      let k = to + 1;
      if (tk[k]?.t === 'the') k++;
      const run = k < tk.length && adjacent(text, at(k - 1), at(k)) ? capitalRunEn(tk, k, text, at) : k;
      if (run > k) to = run;
    }
    // "Task Force 153": a number right after the head is part of the name
    if (to === h + 1 && /^\d+$/u.test(tk[to]?.t ?? '') && adjacent(text, at(h), at(to))) to++;
    // "45th Brigade Lithuania": a state's name right after the head, ending the phrase, is part of it
    const trailing = to === h + 1 && tk[to] ? mentionCovering(s, tk[to]!) : undefined;
    if (trailing && g.isA(trailing.entity, NG_CLASS.State) && trailing.start === tk[to]!.start && adjacent(text, at(h), at(to)) && !CAP.test(tk[to + 1]?.t ?? '') && /^\s*[,.;:)]?/u.test(text.slice(at(to).end))) to++;
    // "1st Battalion, 12th Cavalry Regiment": a numbered unit and its parent unit after a comma are one unit
    if (heads === ORG_HEADS_EN && UNIT_HEADS_EN.has(tk[h]!.t) && ORDINAL.test(tk[from]!.t)) to = parentUnitEnd(tk, to, text, at);
    if (to - from < 2) continue;
    // "the Intermediate-Range Nuclear Forces (INF) arms treaty": the words are a treaty's name, not a body's
    if (heads === ORG_HEADS_EN && TREATY_AFTER_EN.test(text.slice(at(to - 1).end))) {
      h = to - 1;
      continue;
    }
    // "an Armored Brigade Combat Team": after an indefinite article the words name a kind of unit, not one body
    if (from > 0 && INDEFINITE.test(tk[from - 1]!.t)) {
      h = to - 1;
      continue;
    }
    const words = tk.slice(from, to).map((t) => t.t);
    const proper = tk.slice(from, to).some((t, i) => ORDINAL.test(t.t) || (!GENERIC_NAME_WORDS.has(t.t) && !ORG_HEADS_EN.has(t.t) && !(i > 0 && /^(of|the|and|for)$/.test(t.t))));
    if (!proper) {
      // a generic organ's name right after its state names one body: "Lithuania's Ministry of National Defence"
      const state = heads === ORG_HEADS_EN && STATE_ORGAN_HEADS_EN.has(tk[h]!.t) ? s.mentions.find((m) => m.end <= tk[from]!.start && /^(['’]s)?\s$/u.test(text.slice(m.end - s.start, at(from).start)) && g.isA(m.entity, NG_CLASS.State)) : undefined;
      const bare = text.slice(at(from).start, at(to - 1).end);
      if (state && !hasBodyNamed(g, state.entity, bare)) out.push({ name: text.slice(state.start - s.start, at(to - 1).end), kind: 'Organisation', rule: 'ner.org-head', aliases: [bare] });
      h = to - 1;
      continue;
    }
    // a name the register knows in full is linked, not minted
    const name = text.slice(at(from).start, at(to - 1).end);
    if (s.mentions.some((m) => m.start === tk[from]!.start && m.end === tk[to - 1]!.end)) continue;
    if (words.every((w) => /^\p{Lu}+$/u.test(w))) continue; // an all-capitals heading
    out.push({ name, kind: 'Organisation', rule: 'ner.org-head' });
    h = to - 1;
  }
  return out;
}

/** End of "…, 12th Cavalry Regiment" after a numbered unit ending before `to`: its parent unit's name (ordinal, capitalised words, unit head), else `to`. */
function parentUnitEnd(tk: readonly Token[], to: number, text: string, at: (k: number) => Token): number {
  if (!tk[to] || !ORDINAL.test(tk[to]!.t) || text.slice(at(to - 1).end, at(to).start) !== ', ') return to;
  for (let k = to + 1; k < tk.length && k - to <= 4 && CAP.test(tk[k]!.t) && adjacent(text, at(k - 1), at(k)); k++) if (UNIT_HEADS_EN.has(tk[k]!.t)) return k + 1;
  return to;
}

/** Does the register know a body of the state whose name contains these words? Then coreference links it ("Russia's Ministry of Defence"), and nothing is minted. */
function hasBodyNamed(g: Gazetteer, state: string, words: string): boolean {
  const w = words.toLowerCase();
  return g.partsOf(state).some((e) => [...e.labels, ...e.aliases].some((l) => l.value.toLowerCase().includes(w)));
}

/** Indefinite articles: a head-noun phrase after one is a kind, not a name. */
const INDEFINITE = /^(a|an|A|An|ein|eine|einen|einem|einer|eines|Ein|Eine)$/u;

/** `ner.org-head` (English): a state's armed service named after it: "the U.S. Army", "the British Army". */
function militaryServices(s: SentenceInfo, g: Gazetteer): Found[] {
  const out: Found[] = [];
  for (const m of s.mentions) {
    const state = g.isA(m.entity, NG_CLASS.State);
    // a service the register knows may be followed by its region too ("U.S. Army Alaska")
    const known = !state && g.isA(m.entity, NG_CLASS.Organisation) && SERVICE_END.test(m.text);
    if (!state && !known) continue;
    const rest = s.text.slice(m.end - s.start);
    const service = state ? MILITARY_SERVICES_EN.exec(rest) : null;
    const forces = state && !service ? /^\.?\sForces\b/u.exec(rest) : null;
    const head = service?.[0] ?? forces?.[0] ?? (known ? '' : undefined);
    if (head === undefined) continue;
    let end = m.end + head.length;
    // "U.S. Army Alaska", "U.S. Forces Korea": a region or state right after the service names its command there
    const region = s.mentions.find((x) => x.start === end + 1 && s.text[end - s.start] === ' ' && g.isAny(x.entity, PLACE_CLASSES) && !/^\s\p{Lu}/u.test(s.text.slice(x.end - s.start)));
    if (region) end = region.end;
    else if (!service) continue; // "U.S. Forces" alone names no command; a known service is linked
    // a service the register knows ("Russian Navy") is linked, not minted
    if (s.mentions.some((x) => x !== m && x !== region && x.start < end && m.end <= x.start)) continue;
    out.push({ name: s.text.slice(m.start - s.start, end - s.start), kind: 'Organisation', rule: 'ner.org-head' });
  }
  return out;
}

/** A known organisation's name that ends in an armed service ("U.S. Army", "US Forces"). */
const SERVICE_END = /(Army|Navy|Air Force|Marine Corps|Forces)$/u;

/** `ner.org-head` (English): a state's presidency of the EU's Council, "the Hungarian presidency of the Council of the EU". */
function presidencies(s: SentenceInfo, g: Gazetteer): Found[] {
  const out: Found[] = [];
  for (const m of s.mentions) {
    if (!g.isA(m.entity, NG_CLASS.State)) continue;
    const p = PRESIDENCY_AFTER_STATE_EN.exec(s.text.slice(m.end - s.start));
    if (!p) continue;
    const state = s.text.slice(m.start - s.start, m.end - s.start);
    // the long name teaches the short one the text uses next ("the Polish presidency said")
    const short = / of the /u.test(p[0]) ? state + p[0].slice(0, p[0].indexOf(' of the ')) : undefined;
    // named before in the long form: another long form is the same presidency ("… of the EU" after "… of the Council of the EU")
    if (short && g.match(short).some((x) => x.start === 0 && x.end === short.length)) continue;
    out.push({ name: state + p[0], kind: 'Organisation', rule: 'ner.org-head', aliases: short ? [short] : [] });
  }
  return out;
}

/** End of an English run of capitalised words from `k` ("National Defence and Security"). */
function capitalRunEn(tk: readonly Token[], k: number, text: string, at: (k: number) => Token): number {
  let e = k;
  while (e < tk.length && (CAP.test(tk[e]!.t) || (tk[e]!.t === 'and' && CAP.test(tk[e + 1]?.t ?? ''))) && !FUNCTION_WORDS.has(tk[e]!.t) && !CALENDAR.test(tk[e]!.t)) {
    if (e > k && !adjacent(text, at(e - 1), at(e))) break;
    if (e > k && isRankAt(tk, e)) break; // "… Armed Forces Brigadier General Ali Abdollahi": the rank begins a person's title
    e++;
  }
  // "the Chamber of Deputies Speaker": a singular office after the name is its holder's title, not part of it
  if (e - k > 1 && (TITLES_AFTER_NAME_EN.has(tk[e - 1]!.t) || (!/s$/u.test(tk[e - 1]!.t) && roleAt([tk[e - 1]!.t], 0)))) e--;
  return e;
}

/** Is token `h` the end of an office's name ("Staff" in "Chief of Staff"), not a body's head? */
function inRoleName(tk: readonly Token[], h: number): boolean {
  const words = tk.slice(Math.max(0, h - 2), h + 1).map((t) => t.t);
  return words.some((_, i) => roleAt(words, i)?.length === words.length - i && i < words.length - 1);
}

/** Does a person's military rank start at token `e`: a rank of two words ("Brigadier General"), or one before a given name ("General Ali …", not "General Assembly")? */
function isRankAt(tk: readonly Token[], e: number): boolean {
  const rank = rankAt(tk.slice(e, e + 2).map((t) => t.t), 0);
  return rank !== undefined && (rank.length > 1 || GIVEN_NAMES.has(tk[e + 1]?.t ?? ''));
}

/** Prepositions between a descriptor of someone's work and the workplace ("Journalisten bei Danwatch"). */
const WORK_PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['bei', 'at', 'for', 'with']);

// each distinct German word is looked up once: the descriptor lists are constant
/** Does the German word end in an organisation descriptor ("Netzbetreiber", "Plattform")? */
const isOrgDescriptorDe = wordMemo((w) => {
  const lower = w.toLowerCase();
  return ORG_DESCRIPTORS_DE.some((x) => lower.endsWith(x));
});
/** Does the German word end in an event descriptor, also before a genitive -s/-es ("Manövers")? */
const isEventDescriptorDe = wordMemo((w) => {
  const lower = w.toLowerCase();
  const stem = lower.replace(/(e?s)$/u, '');
  return EVENT_DESCRIPTORS_DE.some((x) => stem.endsWith(x) || lower.endsWith(x));
});
/** Does the German compound's part after its last dash open with an event descriptor ("Zapad-Manöver", "Sapad-Übungen")? */
const hasEventTailDe = wordMemo((w) => {
  const tail = w.slice(w.lastIndexOf('-') + 1).toLowerCase();
  return EVENT_DESCRIPTORS_DE.some((x) => tail.startsWith(x));
});

/** `ner.org-descriptor`: "operator Elisa", "Netzbetreiber Fingrid", "Plattform „Vesselfinder“", "Elisa-Gruppe". */
function orgByDescriptor(s: SentenceInfo, g: Gazetteer, lang: 'de' | 'en', text: string): Found[] {
  const out: Found[] = [];
  const tk = s.tokens;
  for (let d = 0; d < tk.length; d++) {
    const w = tk[d]!.t;
    // German compound "Elisa-Gruppe": the part before the tail is the name
    const dash = w.lastIndexOf('-');
    const prefix = dash > 0 ? w.slice(0, dash) : '';
    if (lang === 'de' && dash > 0 && ORG_COMPOUND_TAILS_DE.has(w.slice(dash + 1).toLowerCase()) && CAP.test(prefix) && !prefix.includes('-') && !mentionCovering(s, tk[d]!) && !g.startsAName(prefix) && !(DE_NOUN.test(prefix) && prefix.length > 5)) {
      out.push({ name: prefix, kind: 'Organisation', rule: 'ner.org-descriptor', aliases: [w] });
      continue;
    }
    // "Journalisten bei Danwatch", "analyst at Chatham House"
    if (WORK_PLACE_PREPOSITIONS.has(w) && d > 0 && WORKS_AT.test(tk[d - 1]!.t) && tk[d + 1]) {
      const run = capitalRun(s, d + 1, 3, text, lang);
      if (run && !mentionCovering(s, tk[run.from]!) && !(tk[run.to] && CAP.test(tk[run.to]!.t) && adjacent(text, tk[run.to - 1]!, tk[run.to]!))) {
        out.push({ name: span(text, s, run.from, run.to), kind: 'Organisation', rule: 'ner.org-descriptor' });
        d = run.to - 1;
        continue;
      }
    }
    // told "Aktuaalne kaamera": a quoted name after "told" is the outlet spoken to
    // "Aalto-Universität", "Carnegie-Stiftung": a name joined to an institution noun is the institution's name
    if (lang === 'de' && dash > 0 && ORG_WHOLE_TAILS_DE.has(w.slice(dash + 1).toLowerCase()) && CAP.test(prefix) && !mentionCovering(s, tk[d]!)) {
      out.push({ name: w, kind: 'Organisation', rule: 'ner.org-descriptor' });
      continue;
    }
    // German descriptors are capitalised nouns: a lower-case word is never lower-cased here
    const capitalDe = lang === 'de' && CAP.test(w);
    const isDescriptor = lang === 'en' ? ORG_DESCRIPTORS_EN.has(w) || (w === 'told' && /^\s*["“]/u.test(text.slice(tk[d]!.end, tk[d + 1]?.start ?? 0))) : capitalDe && isOrgDescriptorDe(w);
    const isEvent = lang === 'en' ? EVENT_DESCRIPTORS_EN.has(w) : capitalDe && isEventDescriptorDe(w);
    if ((!isDescriptor && !isEvent) || d + 1 >= tk.length) continue;
    const gap = text.slice(tk[d]!.end, tk[d + 1]!.start);
    const quoted = /^\s*[„“"»«]\s*$/u.test(gap);
    if (!/^(\s*|,\s*|\s*[„“"»«]\s*)$/u.test(gap)) continue;
    const run = quoted ? quotedRun(s, d + 1, text) : capitalRun(s, d + 1, 3, text, lang);
    if (!run) continue;
    const first = tk[run.from]!;
    const lastTok = tk[run.to - 1]!;
    if (mentionCovering(s, first) || mentionCovering(s, lastTok)) continue;
    // a person after the descriptor is not its name ("party leader Friedrich Merz")
    if (lang === 'en' && run.to < tk.length && /^'s$|^’s$/u.test(tk[run.to]!.t)) continue;
    const name = span(text, s, run.from, run.to);
    out.push({ name, kind: isEvent && !isDescriptor ? 'Event' : 'Organisation', rule: isEvent && !isDescriptor ? 'ner.operation' : 'ner.org-descriptor' });
    d = run.to - 1;
  }
  return out;
}

/** English exercise nouns after a name ("the Joint Sword drills", "the Zapad-2025 exercises"). */
const EXERCISE_AFTER_EN = /^(exercise|exercises|drill|drills|manoeuvres|maneuvers|wargames|war games)$/u;

/**
 * `ner.operation`: an exercise named before its noun: "the Freedom Edge exercise", "the Zapad-2025
 * drills", "Zapad-Manöver". Words that only say what kind of drill it is ("Joint", "Naval",
 * "Russian") name none.
 */
function exercisesNamedBefore(s: SentenceInfo, lang: 'de' | 'en', text: string): Found[] {
  const out: Found[] = [];
  const tk = s.tokens;
  for (let d = 1; d < tk.length; d++) {
    const w = tk[d]!.t;
    if (lang === 'de') {
      // "Zapad-Manöver", "Sapad-Übung": the name before the compound's tail
      const dash = w.lastIndexOf('-');
      if (dash > 0 && hasEventTailDe(w) && CAP.test(w) && !mentionCovering(s, tk[d]!) && !GENERIC_NAME_WORDS.has(w.slice(0, dash)) && !DE_NOUN.test(w.slice(0, dash))) out.push({ name: w.slice(0, dash), kind: 'Event', rule: 'ner.operation', aliases: [w] });
      continue;
    }
    if (!EXERCISE_AFTER_EN.test(w) || !adjacent(text, tk[d - 1]!, tk[d]!)) continue;
    let from = d;
    while (from > 0 && d - from < 3 && adjacent(text, tk[from - 1]!, tk[from]!) && /^\p{Lu}/u.test(tk[from - 1]!.t) && !FUNCTION_WORDS.has(tk[from - 1]!.t) && !CALENDAR.test(tk[from - 1]!.t)) from--;
    if (from === d || from === 0) continue; // nothing before, or the sentence's first word ("Joint drills began")
    const words = tk.slice(from, d);
    if (words.some((t) => mentionCovering(s, t)) || words.every((t) => GENERIC_NAME_WORDS.has(t.t) || ORG_HEADS_EN.has(t.t))) continue;
    out.push({ name: span(text, s, from, d), kind: 'Event', rule: 'ner.operation' });
  }
  return out;
}

/** Up to three tokens inside quotation marks after a descriptor (any capitalisation inside). */
function quotedRun(s: SentenceInfo, i: number, text: string): { from: number; to: number } | undefined {
  const tk = s.tokens;
  for (let k = i; k < Math.min(tk.length, i + 3); k++) {
    const after = text.slice(tk[k]!.end, tk[k + 1]?.start ?? tk[k]!.end + 2);
    if (/^\s*[“"«»‘’]/u.test(after)) return CAP.test(tk[i]!.t) ? { from: i, to: k + 1 } : undefined;
    if (QUOTES.test(after.trim()) === false && /[^\s]/u.test(after)) return undefined;
  }
  return undefined;
}

/** The place-noun lexicons as maps (a lookup of a fresh string in an object interns it first: slow). */
const PLACE_OF_EN_KIND = new Map(Object.entries(PLACE_OF_EN));
const PLACE_CUE_KIND_DE = new Map(Object.entries(PLACE_CUES_DE));

/** `ner.place-cue`: names after place nouns, before compass appositions, or listed with a known city. */
function placeByCue(s: SentenceInfo, g: Gazetteer, lang: 'de' | 'en', text: string): Found[] {
  const out: Found[] = [];
  const tk = s.tokens;
  const isPlace = (e: string) => g.isA(e, NG_CLASS.City) || g.isA(e, NG_CLASS.Place) || g.isA(e, NG_CLASS.State) || g.isA(e, NG_CLASS.Region);
  const push = (run: { from: number; to: number } | undefined, kind: 'City' | 'Place', cue?: Token) => {
    if (!run || mentionCovering(s, tk[run.from]!)) return;
    const name = span(text, s, run.from, run.to);
    // "Provinz Jagang": a cue that is part of the region's name is kept as another name of it
    const alias = cue && NAMING_CUES_DE.has(cue.t.toLowerCase()) ? [`${cue.t} ${name}`] : undefined;
    out.push({ name, kind, rule: 'ner.place-cue', ...(alias ? { aliases: alias } : {}) });
  };
  for (let i = 0; i < tk.length; i++) {
    const w = tk[i]!.t;
    if (lang === 'en') {
      // "the town of Porvoo"
      // "the town of Porvoo", "the German port of Bremerhaven", "the northeastern city of Kharkiv"
      const kind = PLACE_OF_EN_KIND.get(w);
      if (kind && tk[i + 1]?.t === 'of' && articleBefore(s, i, g)) push(capitalRun(s, i + 2, 3, text, lang), kind);
    } else if (CAP.test(w)) {
      // "Stadt Charkiw", "Ostsee-Hafen Ust-Luga", "Militärflugplatz Skrydstrup" (a cue is a capitalised noun)
      const lower = w.toLowerCase();
      const tail = lower.slice(lower.lastIndexOf('-') + 1);
      const kind = PLACE_CUE_KIND_DE.get(lower) ?? PLACE_CUE_KIND_DE.get(tail);
      if (kind && CAP.test(w) && tk[i + 1] && adjacent(text, tk[i]!, tk[i + 1]!)) {
        // "im Gebiet Belgorod": a region cue before a city the register knows names the region around it
        const town = mentionCovering(s, tk[i + 1]!);
        if (town && NAMING_CUES_DE.has(tail) && !mentionCovering(s, tk[i]!) && g.isA(town.entity, NG_CLASS.City) && town.start === tk[i + 1]!.start) {
          out.push({ name: text.slice(tk[i]!.start, town.end), kind: 'Place', rule: 'ner.place-cue' });
          continue;
        }
        // a facility named after a known city: "Flughafen Aalborg", "Militärflugplatz Skrydstrup"
        const city = mentionCovering(s, tk[i + 1]!);
        if (city && FACILITY_CUES_DE.has(tail) && g.isA(city.entity, NG_CLASS.City) && city.start === tk[i + 1]!.start) {
          out.push({ name: text.slice(tk[i]!.start, city.end), kind: 'Place', rule: 'ner.place-cue' });
          continue;
        }
        const run = capitalRun(s, i + 1, 2, text, lang, true);
        // the name must end the phrase: a German noun or article may not follow ("Im Hafen Verladen die …")
        const next = run ? tk[run.to] : undefined;
        if (run && (!next || !CAP.test(next.t) || !adjacent(text, tk[run.to - 1]!, next)) && !(next && /^(die|der|das|den|dem|des)$/.test(next.t))) push(run, kind, tk[i]);
      }
    }
  }
  if (lang === 'en') out.push(...compassApposition(s, g, text, isPlace), ...describedPlaces(s, text));
  else out.push(...describedPlacesDe(s, text));
  return out;
}

/** "Pokrovsk, a town in eastern Ukraine", "Orzysz, a small village near the border": a name described by a place noun after a comma. */
function describedPlaces(s: SentenceInfo, text: string): Found[] {
  const out: Found[] = [];
  const tk = s.tokens;
  for (let a = 0; a < tk.length - 3; a++) {
    if (!/^(a|an)$/u.test(tk[a + 1]!.t) || !/^,\s*$/u.test(text.slice(tk[a]!.end, tk[a + 1]!.start))) continue;
    // the place noun within two adjectives, then where it lies ("in", "near", "south of" …)
    let c = a + 2;
    while (c < a + 4 && c < tk.length && !PLACE_OF_EN[tk[c]!.t] && /^\p{Ll}+$/u.test(tk[c]!.t)) c++;
    const kind = PLACE_OF_EN[tk[c]?.t ?? ''];
    if (!kind || !/^(in|near|on|outside|north|south|east|west|northeast|northwest|southeast|southwest|close)$/u.test(tk[c + 1]?.t ?? '')) continue;
    let from = a;
    while (from > 0 && a - from < 2 && CAP.test(tk[from - 1]!.t) && !FUNCTION_WORDS.has(tk[from - 1]!.t) && adjacent(text, tk[from - 1]!, tk[from]!)) from--;
    if (!CAP.test(tk[from]!.t) || FUNCTION_WORDS.has(tk[from]!.t)) continue;
    if (mentionCovering(s, tk[from]!) || mentionCovering(s, tk[a]!)) continue;
    out.push({ name: span(text, s, from, a + 1), kind, rule: 'ner.place-cue' });
  }
  return out;
}

/** German words after a described place's noun that say where it lies ("ein Ort in …", "einer Kleinstadt nahe …"). */
const WHERE_DE = /^(in|im|nahe|bei|an|am|südlich|nördlich|östlich|westlich|unweit|vor)$/u;

/** "Unterlüß, einem kleinen Ort in der Heide", "Rukla, eine Kleinstadt nahe Kaunas": a name described by a German place noun after a comma. */
function describedPlacesDe(s: SentenceInfo, text: string): Found[] {
  const out: Found[] = [];
  const tk = s.tokens;
  for (let a = 0; a < tk.length - 3; a++) {
    if (!/^(ein|eine|einem|einer|eines)$/u.test(tk[a + 1]!.t) || !/^,\s*$/u.test(text.slice(tk[a]!.end, tk[a + 1]!.start))) continue;
    // the place noun within two adjectives, then where it lies
    let c = a + 2;
    while (c < a + 4 && c < tk.length && /^\p{Ll}+$/u.test(tk[c]!.t)) c++;
    const noun = tk[c]?.t.toLowerCase() ?? '';
    const kind = PLACE_CUE_KIND_DE.get(noun) ?? PLACE_CUE_KIND_DE.get(noun.replace(/(e?s|n)$/u, ''));
    if (!kind || !WHERE_DE.test(tk[c + 1]?.t ?? '')) continue;
    if (!CAP.test(tk[a]!.t) || FUNCTION_WORDS.has(tk[a]!.t) || mentionCovering(s, tk[a]!)) continue;
    out.push({ name: tk[a]!.t, kind, rule: 'ner.place-cue' });
  }
  return out;
}

/** "the", "a" or "an" right before token `i`, or before up to two adjectives or state adjectives ("the German port of …"). */
function articleBefore(s: SentenceInfo, i: number, g: Gazetteer): boolean {
  const tk = s.tokens;
  for (let k = i - 1; k >= 0 && i - k <= 3; k--) {
    const t = tk[k]!;
    if (/^(the|a|an)$/iu.test(t.t)) return true;
    const m = mentionCovering(s, t);
    const adjective = m ? g.isA(m.entity, NG_CLASS.State) && /^\p{Lu}\p{Ll}+$/u.test(t.t) : /^\p{Ll}+$/u.test(t.t) && !/^(of|in|on|at|to|and|or|by|from|with)$/u.test(t.t);
    if (!adjective) return false;
  }
  return false;
}

/** "Rukla, central Lithuania", "Rūdninkai, south of Vilnius": the name before a compass word and a known place. */
function compassApposition(s: SentenceInfo, g: Gazetteer, text: string, isPlace: (e: string) => boolean): Found[] {
  const out: Found[] = [];
  const tk = s.tokens;
  for (let c = 1; c < tk.length - 1; c++) {
    // "deployed to Orzysz, in the northeast": a name after a place preposition, then the region of the country it lies in
    if (tk[c]!.t === 'in' && tk[c + 1]?.t === 'the' && COMPASS_NOUNS_EN.test(tk[c + 2]?.t ?? '') && /^,\s*$/u.test(text.slice(tk[c - 1]!.end, tk[c]!.start)) && !/^\s*of\b/u.test(text.slice(tk[c + 2]!.end))) {
      const from = c - 1;
      if (CAP.test(tk[from]!.t) && !mentionCovering(s, tk[from]!) && from > 0 && /^(to|in|at|near|from)$/u.test(tk[from - 1]!.t)) out.push({ name: tk[from]!.t, kind: 'City', rule: 'ner.place-cue' });
      continue;
    }
    if (!COMPASS_EN.test(tk[c]!.t) || !/^,\s*$/u.test(text.slice(tk[c - 1]!.end, tk[c]!.start))) continue;
    const target = tk[c + 1]!.t === 'of' ? c + 2 : c + 1;
    const m = tk[target] ? mentionCovering(s, tk[target]!) : undefined;
    if (!m || !isPlace(m.entity)) continue;
    // the name is the capitalised run ending right before the comma
    let from = c - 1;
    while (from > 0 && CAP.test(tk[from - 1]!.t) && adjacent(text, tk[from - 1]!, tk[from]!) && !FUNCTION_WORDS.has(tk[from - 1]!.t)) from--;
    while (from < c && (FUNCTION_WORDS.has(tk[from]!.t) || !CAP.test(tk[from]!.t))) from++;
    if (from >= c || c - from > 3 || mentionCovering(s, tk[from]!) || mentionCovering(s, tk[c - 1]!)) continue;
    out.push({ name: span(text, s, from, c), kind: 'City', rule: 'ner.place-cue' });
  }
  return out;
}

/** Place prepositions that open a list of places. */
const LIST_PREPOSITIONS = /^(in|at|near|from|to|between|nach|aus|bei|von|zwischen)$/u;

/** "in Vilnius and Kaunas", "in Aalborg, Esbjerg und Sönderborg": unknown names listed with a known city after a place preposition. */
function listedWithCity(s: SentenceInfo, g: Gazetteer, text: string, lang: 'de' | 'en'): Found[] {
  const tk = s.tokens;
  const out: Found[] = [];
  for (let p = 0; p < tk.length - 2; p++) {
    if (!LIST_PREPOSITIONS.test(tk[p]!.t)) continue;
    // the items: capitalised runs separated by ", " and a last "and/und/or/oder"
    const items: Array<{ from: number; to: number }> = [];
    let k = p + 1;
    for (;;) {
      // any capitalised words: the known city in the list makes them places, whatever their shape ("Munster")
      const run = capitalRun(s, k, 2, text, 'en');
      if (!run) break;
      items.push(run);
      const sep = text.slice(tk[run.to - 1]!.end, tk[run.to]?.start ?? tk[run.to - 1]!.end);
      if (/^,\s*$/u.test(sep) && /^(and|und|or|oder)$/u.test(tk[run.to]?.t ?? '')) k = run.to + 1;
      else if (/^,\s*$/u.test(sep)) k = run.to;
      else if (/^\s+$/u.test(sep) && /^(and|und|or|oder)$/u.test(tk[run.to]?.t ?? '')) k = run.to + 1;
      else break;
      if (items.length > 6) break;
    }
    if (items.length < 2) continue;
    const name = (r: { from: number; to: number }) => span(text, s, r.from, r.to);
    const city = (r: { from: number; to: number }) => g.match(name(r)).some((m) => m.start === 0 && m.end === name(r).length && g.isA(m.entity, NG_CLASS.City));
    if (!items.some(city)) continue;
    for (const r of items) if (!city(r) && !g.match(name(r)).some((m) => m.start === 0)) out.push({ name: name(r), kind: 'City', rule: 'ner.place-cue' });
    p = k;
  }
  return out;
}

/** English place names by their head noun: "Jagang Province", "Bab al-Mandab Strait", "Gulf of Aden". */
function placeByHead(s: SentenceInfo, g: Gazetteer): Found[] {
  const out: Found[] = [];
  const tk = s.tokens;
  const rel = (k: number) => tk[k]!.start - s.start;
  const relEnd = (k: number) => tk[k]!.end - s.start;
  const joined = (a: number, b: number) => /^ $/u.test(s.text.slice(relEnd(a), rel(b)));
  const nameWord = (w: string) => (CAP.test(w) || /^(al|el|ad|as|ash|an|ar)-\p{Lu}/u.test(w)) && !FUNCTION_WORDS.has(w) && !CALENDAR.test(w);
  for (let h = 0; h < tk.length; h++) {
    const w = tk[h]!.t;
    if (PLACE_HEADS_OF_EN.has(w) && tk[h + 1]?.t === 'of' && tk[h + 2] && nameWord(tk[h + 2]!.t) && joined(h, h + 1) && joined(h + 1, h + 2)) {
      let e = h + 3;
      while (e < tk.length && e - h < 5 && nameWord(tk[e]!.t) && joined(e - 1, e)) e++;
      out.push({ name: s.text.slice(rel(h), relEnd(e - 1)), kind: 'Place', rule: 'ner.place-cue' });
      h = e - 1;
      continue;
    }
    // "Point Loma naval base", "Vostochny cosmodrome": a lower-case facility noun after a name
    const lowerHead = LOWER_PLACE_HEADS_EN.exec(s.text.slice(rel(h)));
    if (lowerHead && h > 0 && nameWord(tk[h - 1]!.t) && joined(h - 1, h) && !s.mentions.some((m) => m.start <= tk[h - 1]!.start && tk[h - 1]!.end <= m.end && !g.isA(m.entity, NG_CLASS.City))) {
      let from = h - 1;
      while (from > 0 && nameWord(tk[from - 1]!.t) && joined(from - 1, from) && h - from < 3) from--;
      out.push({ name: s.text.slice(rel(from), rel(h) + lowerHead[0].length), kind: 'Place', rule: 'ner.place-cue' });
      continue;
    }
    // "Joint Base Lewis-McChord": a two-word opening
    const two = tk[h + 2] && joined(h, h + 1) ? `${w} ${tk[h + 1]!.t}` : '';
    if (two && BASE_PREFIXES_EN.has(two) && CAP.test(tk[h + 2]!.t) && !FUNCTION_WORDS.has(tk[h + 2]!.t) && joined(h + 1, h + 2) && !mentionCovering(s, tk[h + 2]!)) {
      out.push({ name: s.text.slice(rel(h), relEnd(h + 2)), kind: 'Place', rule: 'ner.place-cue' });
      h += 2;
      continue;
    }
    // "Camps Hovey and Stanley": two bases, each named with the singular
    const singular = BASE_PLURALS_EN.get(w);
    if (singular && tk[h + 3] && tk[h + 2]!.t === 'and' && [h + 1, h + 3].every((k) => CAP.test(tk[k]!.t) && !FUNCTION_WORDS.has(tk[k]!.t) && !mentionCovering(s, tk[k]!)) && joined(h, h + 1) && joined(h + 1, h + 2) && joined(h + 2, h + 3)) {
      out.push({ name: `${singular} ${tk[h + 1]!.t}`, kind: 'Place', rule: 'ner.place-cue', aliases: [s.text.slice(rel(h), relEnd(h + 1))] });
      out.push({ name: `${singular} ${tk[h + 3]!.t}`, kind: 'Place', rule: 'ner.place-cue', aliases: [tk[h + 3]!.t] });
      h += 3;
      continue;
    }
    // "Fort Carson", "Camp Lemonnier": a base named after its opening word
    if (BASE_PREFIXES_EN.has(w) && tk[h + 1] && CAP.test(tk[h + 1]!.t) && !FUNCTION_WORDS.has(tk[h + 1]!.t) && joined(h, h + 1) && !mentionCovering(s, tk[h + 1]!)) {
      out.push({ name: s.text.slice(rel(h), relEnd(h + 1)), kind: 'Place', rule: 'ner.place-cue' });
      h++;
      continue;
    }
    // "the Belgorod region": a city's name (or one the register does not know) before a lower-case region noun
    if (REGION_NOUNS_EN.test(w) && h > 1 && /^the$/iu.test(tk[h - 2]!.t) && nameWord(tk[h - 1]!.t) && joined(h - 1, h)) {
      const m = mentionCovering(s, tk[h - 1]!);
      if (!m || (g.isA(m.entity, NG_CLASS.City) && m.start === tk[h - 1]!.start)) out.push({ name: s.text.slice(rel(h - 1), relEnd(h)), kind: 'Place', rule: 'ner.place-cue' });
      continue;
    }
    if (!PLACE_HEADS_EN.has(w) || h === 0) continue;
    let from = h;
    while (from > 0 && nameWord(tk[from - 1]!.t) && joined(from - 1, from) && h - from < 4) from--;
    if (from === h || s.mentions.some((m) => m.start === tk[from]!.start && m.end === tk[h]!.end)) continue;
    const words = tk.slice(from, h).map((t) => t.t);
    if (words.every((x) => GENERIC_NAME_WORDS.has(x) || PLACE_HEADS_EN.has(x) || x === 'Air' || x === 'Naval')) continue;
    out.push({ name: s.text.slice(rel(from), relEnd(h)), kind: 'Place', rule: 'ner.place-cue' });
  }
  return out;
}

/** `ner.dateline`: "Unterlüß. Eigentlich …", "TARTU (AP) - …" at the start of a paragraph. */
function dateline(s: SentenceInfo, g: Gazetteer, lang: 'de' | 'en', text: string): Found[] {
  const first = s.tokens[0];
  if (!first || !CAP.test(first.t) || mentionCovering(s, first)) return [];
  const rest = text.slice(first.end, first.end + 40);
  const agency = /^,?\s*(\p{L}{3}\.? \d{1,2},? )?\((dpa|AFP|AP|Reuters|dpa-AFX|KNA|epd|APA|SDA|Xinhua|TASS|UPI)\)\s*[-–—]/u.test(rest);
  const alone = s.tokens.length === 1 && /^\.$/u.test(text.slice(first.end, s.end).trim()) && text.slice(s.end).match(/^\s+\p{Lu}/u);
  if (!agency && !alone) return [];
  const name = /^\p{Lu}+$/u.test(first.t) ? first.t[0] + first.t.slice(1).toLowerCase() : first.t;
  // a lone word before a full stop is a place only if the text names it again ("Unterlüß. Eigentlich ist Unterlüß …")
  if (!agency && text.split(first.t).length < 3) return [];
  if (g.startsAName(name) && g.match(name).length) return [];
  void lang;
  return [{ name, kind: 'City', rule: 'ner.dateline', ...(name !== first.t ? { aliases: [first.t] } : {}) }];
}

/** `ner.operation`: "Operation Prosperity Guardian", "Operation Aspides". */
function operations(s: SentenceInfo): Found[] {
  const out: Found[] = [];
  const tk = s.tokens;
  for (let i = 0; i < tk.length - 1; i++) {
    if (!OPERATION_WORDS.has(tk[i]!.t)) continue;
    let k = i + 1;
    while (k < tk.length && k - i <= 3 && CAP.test(tk[k]!.t) && !FUNCTION_WORDS.has(tk[k]!.t) && !CALENDAR.test(tk[k]!.t) && /^ $/u.test(s.text.slice(tk[k - 1]!.end - s.start, tk[k]!.start - s.start))) k++;
    if (k === i + 1 || s.mentions.some((m) => m.start <= tk[i + 1]!.start && tk[i + 1]!.start < m.end)) continue;
    out.push({ name: s.text.slice(tk[i]!.start - s.start, tk[k - 1]!.end - s.start), kind: 'Event', rule: 'ner.operation' });
    i = k - 1;
  }
  return out;
}

/** Words before a German election noun that make it one election ("die heutigen Parlamentswahlen", "am Tag der Präsidentenwahl"). */
const DE_DETERMINED = /^(die|der|den|dem|des|zur|zum|beim|bei|vor|nach|heutigen|jüngsten|letzten|bevorstehenden|kommenden|vergangenen|vorgezogenen)$/u;

/** `ner.election`: "die heutigen Parlamentswahlen", "der Präsidentenwahl", "the Finnish parliamentary election". */
function elections(s: SentenceInfo, g: Gazetteer, lang: 'de' | 'en'): Found[] {
  const out: Found[] = [];
  const tk = s.tokens;
  for (let i = 1; i < tk.length; i++) {
    const w = tk[i]!.t;
    if (mentionCovering(s, tk[i]!)) continue;
    if (lang === 'de') {
      if (ELECTION_DE.test(w) && DE_DETERMINED.test(tk[i - 1]!.t)) out.push({ name: w, kind: 'Event', rule: 'ner.election' });
      continue;
    }
    // English: "<state adjective> <kind> election(s)" ("the Finnish parliamentary election", "Belarus's presidential election")
    if (!/^elections?$/u.test(w) || !ELECTION_KINDS_EN.test(tk[i - 1]!.t) || i < 2) continue;
    const state = mentionCovering(s, tk[i - 2]!);
    if (!state || !g.isA(state.entity, NG_CLASS.State)) continue;
    out.push({ name: s.text.slice(state.start - s.start, tk[i]!.end - s.start).replace(/^(the|The)\s+/u, ''), kind: 'Event', rule: 'ner.election' });
  }
  return out;
}

/** An article, alone or joined to a preposition, before a German state organ's name ("das", "beim", "zur"). */
const ORGAN_ARTICLE_DE = /^(der|die|das|des|dem|den|vom|beim|im|zum|zur)$/iu;

/**
 * `ner.org-head` (German): a state's organ after its adjective and an article ("das iranische
 * Verteidigungsministerium", "der finnischen Polizei") or before the state in the genitive ("das
 * Außenministerium Armeniens").
 */
function stateOrgans(s: SentenceInfo, g: Gazetteer): Found[] {
  const out: Found[] = [];
  const tk = s.tokens;
  for (let i = 1; i < tk.length - 1; i++) {
    const genitive = stateOrganBeforeGenitive(s, g, i);
    if (genitive) out.push(genitive);
    const seated = stateOrganInCapital(s, g, i);
    if (seated) out.push(seated);
    const noun = tk[i + 1]!;
    if (!STATE_ORGAN_TAILS_DE.test(noun.t.toLowerCase()) || !/^\p{Lu}/u.test(noun.t) || !/^\p{Ll}/u.test(tk[i]!.t) || !/^ $/u.test(s.text.slice(tk[i]!.end - s.start, noun.start - s.start))) continue;
    if (!ORGAN_ARTICLE_DE.test(tk[i - 1]!.t)) continue;
    const state = s.mentions.find((m) => m.start === tk[i]!.start && m.end === tk[i]!.end);
    if (!state || !g.isA(state.entity, NG_CLASS.State) || s.mentions.some((m) => m.start <= noun.start && noun.start < m.end) || hasBodyNamed(g, state.entity, noun.t)) continue;
    out.push({ name: s.text.slice(tk[i]!.start - s.start, noun.end - s.start), kind: 'Organisation', rule: 'ner.org-head' });
  }
  return out;
}

/**
 * `ner.org-head` (English): a state's ministry named by common nouns after the state, when the
 * register knows no ministry of that state: "Armenia's defense ministry", "the Armenian foreign
 * ministry". (A known one is linked by coreference: "Russia's foreign ministry".)
 */
function stateMinistries(s: SentenceInfo, g: Gazetteer): Found[] {
  const out: Found[] = [];
  const tk = s.tokens;
  for (let k = 2; k < tk.length; k++) {
    if (tk[k]!.t !== 'ministry' || !/^\p{Ll}+$/u.test(tk[k - 1]!.t) || /^(the|a|an|its|their|of|and)$/u.test(tk[k - 1]!.t)) continue;
    const ownerTok = tk[k - 2]!.t === "'s" ? tk[k - 3] : tk[k - 2];
    const state = ownerTok && s.mentions.find((m) => m.start <= ownerTok.start && ownerTok.end === m.end);
    if (!state || !g.isA(state.entity, NG_CLASS.State) || hasBodyNamed(g, state.entity, 'ministry')) continue;
    if (s.mentions.some((m) => m !== state && m.start < tk[k]!.end && tk[k - 1]!.start < m.end)) continue;
    out.push({ name: s.text.slice(state.start - s.start, tk[k]!.end - s.start), kind: 'Organisation', rule: 'ner.org-head' });
  }
  return out;
}

/** "das Außenministerium Armeniens": the organ at token `i`, after an article, and its state in the genitive right after it (unless the register knows that body). */
/** "das Verteidigungsministerium in Baku": a state organ named by its seat, the capital of a state the register knows no such body of. */
function stateOrganInCapital(s: SentenceInfo, g: Gazetteer, i: number): Found | undefined {
  const tk = s.tokens;
  const noun = tk[i]!;
  const seat = tk[i + 2];
  if (!seat || tk[i + 1]!.t !== 'in' || !STATE_ORGAN_TAILS_DE.test(noun.t.toLowerCase()) || !/^\p{Lu}/u.test(noun.t) || !ORGAN_ARTICLE_DE.test(tk[i - 1]!.t)) return undefined;
  const capital = s.mentions.find((m) => m.start === seat.start);
  const state = capital && g.entities.get(capital.entity)?.capitalOf;
  if (!capital || !state || s.mentions.some((m) => m.start <= noun.start && noun.start < m.end) || hasBodyNamed(g, state, noun.t)) return undefined;
  return { name: s.text.slice(noun.start - s.start, capital.end - s.start), kind: 'Organisation', rule: 'ner.org-head' };
}

function stateOrganBeforeGenitive(s: SentenceInfo, g: Gazetteer, i: number): Found | undefined {
  const tk = s.tokens;
  const noun = tk[i]!;
  const owner = tk[i + 1]!;
  if (!STATE_ORGAN_TAILS_DE.test(noun.t.toLowerCase()) || !/^\p{Lu}/u.test(noun.t) || !ORGAN_ARTICLE_DE.test(tk[i - 1]!.t)) return undefined;
  const state = s.mentions.find((m) => m.start === owner.start && m.end === owner.end && /s$/u.test(m.text));
  if (!state || !g.isA(state.entity, NG_CLASS.State) || s.text.slice(noun.end - s.start, owner.start - s.start) !== ' ') return undefined;
  if (s.mentions.some((m) => m.start <= noun.start && noun.start < m.end) || hasBodyNamed(g, state.entity, noun.t)) return undefined;
  return { name: s.text.slice(noun.start - s.start, owner.end - s.start), kind: 'Organisation', rule: 'ner.org-head' };
}

/** `ner.org-head` (German): "des NATO-Sicherheitsausschusses", "der EU-Grenzschutzagentur": an organisation's name joined to a body noun. */
function bodyCompounds(s: SentenceInfo, g: Gazetteer): Found[] {
  const out: Found[] = [];
  for (const t of s.tokens) {
    const dash = t.t.lastIndexOf('-');
    if (dash < 1 || !BODY_COMPOUND_TAILS_DE.test(t.t.slice(dash + 1).toLowerCase()) || !/^\p{Lu}/u.test(t.t.slice(dash + 1))) continue;
    const owner = s.mentions.find((m) => m.start === t.start && m.end === t.start + dash);
    if (!owner || !ORG_OWNER_CLASSES.some((c) => g.isA(owner.entity, c))) continue;
    if (mentionCovering(s, t)) continue; // a body the register knows
    out.push({ name: t.t, kind: 'Organisation', rule: 'ner.org-head' });
  }
  return out;
}
/** `ner.org-head` (German): "die Syrien-Kontaktgruppe": a group of states named after the state it deals with. */
function stateGroups(s: SentenceInfo, g: Gazetteer): Found[] {
  const out: Found[] = [];
  for (const t of s.tokens) {
    const dash = t.t.lastIndexOf('-');
    if (dash < 1 || !STATE_GROUP_TAILS_DE.test(t.t.toLowerCase())) continue;
    const place = s.mentions.find((m) => m.start === t.start && m.end === t.start + dash);
    if (!place || !g.isAny(place.entity, PLACE_CLASSES) || mentionCovering(s, t)) continue;
    out.push({ name: t.t, kind: 'Organisation', rule: 'ner.org-head' });
  }
  return out;
}

/** Organisations whose bodies a compound may name. */
const ORG_OWNER_CLASSES = [NG_CLASS.Alliance, NG_CLASS.Organisation, NG_CLASS.Union, NG_CLASS.Council];

/** Classes a meeting's place may have ("summit in Vilnius", "talks in Finland"). */
const MEETING_PLACES = [NG_CLASS.City, NG_CLASS.Place, NG_CLASS.Region, NG_CLASS.State];

/**
 * `ner.meeting`: a meeting named by where it is held or who meets: "the NATO summit in Vilnius",
 * "a July summit in Warsaw", "their first peace talks in Istanbul", "Nato-Gipfel in Vilnius",
 * "Gipfeltreffen von Biden und Putin". The name runs from its first modifier (capitalised words,
 * months, "first", "peace" …) to the end of the place or the second person.
 */
function meetings(s: SentenceInfo, g: Gazetteer, lang: 'de' | 'en', text: string): Found[] {
  const out: Found[] = [];
  const tk = s.tokens;
  for (let n = 0; n < tk.length; n++) {
    const w = tk[n]!.t;
    const noun = lang === 'en' ? MEETING_NOUNS_EN.has(w) && (w !== 'talks' || /^(peace|the)$/u.test(tk[n - 1]?.t ?? '')) : MEETING_NOUN_DE.test(w) || (TALKS_NOUN_DE.test(w) && TALKS_DETERMINERS_DE.test(tk[n - 1]?.t ?? ''));
    if (!noun || mentionCovering(s, tk[n]!)) continue;
    let end: number | undefined;
    const joined = !!tk[n + 2] && adjacent(text, tk[n]!, tk[n + 1]!);
    const next = joined ? tk[n + 1]!.t : '';
    const first = tk[n + 2];
    const place = first ? mentionCovering(s, first) : undefined;
    // "the NATO summit in Lithuania's capital, Vilnius": a possessive place is not where it is held
    if (/^(in|im)$/u.test(next) && place && first && place.start === first.start && MEETING_PLACES.some((c) => g.isA(place.entity, c)) && !/^['’]s\b/u.test(text.slice(place.end))) end = place.end;
    else if (lang === 'de' && next === 'von' && place && first && place.start === first.start && g.isA(place.entity, NG_CLASS.Person)) {
      // "Gipfeltreffen von Biden und Putin": two people who meet
      const k = tk.findIndex((t) => t.start >= place.end);
      const other = k > 0 && /^(und|mit)$/u.test(tk[k]!.t) && tk[k + 1] ? mentionCovering(s, tk[k + 1]!) : undefined;
      if (other && other.start === tk[k + 1]!.start && g.isA(other.entity, NG_CLASS.Person)) end = other.end;
    }
    // the words before the noun that belong to the name
    let from = n;
    while (from > 0 && n - from < 3 && adjacent(text, tk[from - 1]!, tk[from]!) && meetingModifier(tk[from - 1]!.t, lang)) from--;
    // "the Alaska summit", "der Alaska-Gipfel": a place named before the noun says where it is held
    if (end === undefined) {
      const placeBefore = (k: number) => { const m = mentionCovering(s, tk[k]!); return !!m && MEETING_PLACES.some((c) => g.isA(m.entity, c)) && (lang === 'en' || m.end < tk[k]!.end); };
      const named = lang === 'en' ? [...Array(n - from).keys()].some((i) => placeBefore(from + i)) : /-/u.test(w) && placeBefore(n);
      if (!named) continue;
      end = tk[n]!.end;
    }
    // English "a summit in Pyongyang" names no particular meeting: a modifier must say which ("NATO", "July", "first"), or the definite article with its place ("the summit in Warsaw")
    const definite = tk[n - 1]?.t === 'the' && end !== tk[n]!.end;
    if (lang === 'en' && !definite && (from === n || (w === 'talks' && from === n - 1))) continue;
    if (lang === 'de' && TALKS_NOUN_DE.test(w) && end === tk[n]!.end) continue; // German talks need their place
    out.push({ name: text.slice(tk[from]!.start, end), kind: 'Meeting', rule: 'ner.meeting' });
  }
  return out;
}

/** A word before a meeting noun that is part of its name: "NATO", "July", "first", "peace" (English only). */
function meetingModifier(w: string, lang: 'de' | 'en'): boolean {
  if (lang !== 'en') return false;
  if (MEETING_MODIFIERS_EN.has(w)) return true;
  return CAP.test(w) && !FUNCTION_WORDS.has(w) && !roleAt([w], 0) && !/^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/u.test(w);
}

/** `ner.document` (English): "the 2022 National Defense Strategy (NDS)", "the Nuclear Posture Review", "the Pyongyang Declaration". */
function documents(s: SentenceInfo, g: Gazetteer): Found[] {
  const out: Found[] = [];
  const tk = s.tokens;
  const text = s.text;
  const rel = (k: number) => tk[k]!.start - s.start;
  const relEnd = (k: number) => tk[k]!.end - s.start;
  for (let h = 1; h < tk.length; h++) {
    if (!DOCUMENT_HEADS_EN.has(tk[h]!.t)) continue;
    const covering = mentionCovering(s, tk[h]!);
    if (covering) continue; // a document the register knows
    let from = h;
    while (from > 0 && h - from < 5 && /^ $/u.test(text.slice(relEnd(from - 1), rel(from))) && ((CAP.test(tk[from - 1]!.t) && !FUNCTION_WORDS.has(tk[from - 1]!.t) && !roleAt([tk[from - 1]!.t], 0)) || /^(19|20)\d\d$/u.test(tk[from - 1]!.t))) from--;
    if (from === h) continue;
    const words = tk.slice(from, h + 1).map((t) => t.t);
    if (words.every((x) => /^\p{Lu}+$/u.test(x))) continue; // an all-capitals heading
    // a sentence opening with the head's first word: "Strategy Review" at the start is not enough
    const name = text.slice(rel(from), relEnd(h));
    // its acronym, when the text defines one right after it: "(NDS)"
    const acronym = /^\s*\(\s*(\p{Lu}{2,6})\s*\)/u.exec(text.slice(relEnd(h)))?.[1];
    const initials = words.filter((x) => !/^\d/u.test(x)).map((x) => x[0]).join('');
    out.push({ name, kind: 'PolicyDocument', rule: 'ner.document', ...(acronym && acronym === initials ? { aliases: [acronym] } : {}) });
    h = h + 1;
  }
  void g;
  return out;
}

/** "Arleigh Burke class destroyers", "Aquitaine-class frigate", "U-Boote der Virginia-Klasse": a class of warships is a weapon type. */
const VESSEL_CLASS_EN = /\b((?:\p{Lu}[\p{L}.'’]*\s){0,2}\p{Lu}[\p{L}.'’]*[- ]class\s(?:destroyer|frigate|submarine|aircraft carrier|carrier|cruiser|corvette|warship|icebreaker|patrol vessel|amphibious assault ship)s?)\b/gu;
const VESSEL_CLASS_DE = /\b(\p{Lu}[\p{L}]*(?:-\p{Lu}[\p{L}]*)?-Klasse)\b/gu;

function vesselClasses(s: SentenceInfo, lang: 'de' | 'en'): Found[] {
  const out: Found[] = [];
  if (!/class|Klasse/u.test(s.text)) return out;
  for (const m of s.text.matchAll(lang === 'en' ? VESSEL_CLASS_EN : VESSEL_CLASS_DE)) {
    let name = m[1]!.replace(/^(The|A|An|Four|Two|Three|Several)\s/u, '');
    // an owner's adjective before the class is not part of it ("the French Aquitaine-class frigate")
    const at = s.start + m.index! + m[0].indexOf(name);
    const owner = s.mentions.find((x) => x.start === at && /\s/u.test(name.slice(x.end - at, x.end - at + 1)));
    if (owner) name = name.slice(owner.end - at + 1);
    if (s.mentions.some((x) => x.start <= at && s.start + m.index! + m[0].length <= x.end)) continue;
    out.push({ name, kind: 'WeaponType', rule: 'ner.vessel-class' });
  }
  return out;
}

/** `ner.weapon-designation` (English): "OH-58D Kiowa Warrior helicopters", "MQ-9 Reaper drones": a type designation with its name before a weapon noun. */
function weaponDesignations(s: SentenceInfo, text: string): Found[] {
  const out: Found[] = [];
  const tk = s.tokens;
  for (let i = 0; i < tk.length - 1; i++) {
    if (!WEAPON_DESIGNATION.test(tk[i]!.t) || mentionCovering(s, tk[i]!)) continue;
    let k = i + 1;
    while (k < tk.length && k - i <= 2 && CAP.test(tk[k]!.t) && !FUNCTION_WORDS.has(tk[k]!.t) && adjacent(text, tk[k - 1]!, tk[k]!)) k++;
    if (!tk[k] || !WEAPON_NOUNS_EN.test(tk[k]!.t) || !adjacent(text, tk[k - 1]!, tk[k]!) || tk.slice(i + 1, k).some((t) => mentionCovering(s, t))) continue;
    out.push({ name: span(text, s, i, k), kind: 'WeaponType', rule: 'ner.weapon-designation' });
    i = k;
  }
  return out;
}

/** `ner.document` (English): "a joint declaration regarding “Allied Solidarity and Shared Responsibility”": a document named by its quoted title. */
function titledDocuments(s: SentenceInfo, text: string): Found[] {
  const out: Found[] = [];
  const tk = s.tokens;
  for (let i = 0; i < tk.length - 2; i++) {
    if (!TITLED_DOCUMENT_NOUNS_EN.test(tk[i]!.t) || !TITLE_LINKS_EN.test(tk[i + 1]!.t) || !adjacent(text, tk[i]!, tk[i + 1]!)) continue;
    const title = /^ ["“]([^"”]{4,100})["”]/u.exec(text.slice(tk[i + 1]!.end, s.end));
    if (!title || !CAP.test(title[1]!) || title[1]!.split(' ').length > 10 || /[.!?]$/u.test(title[1]!)) continue;
    out.push({ name: title[1]!, kind: 'PolicyDocument', rule: 'ner.document' });
  }
  return out;
}

/** German capitalised adjectives: "Zentrale", "Internationalen", "Baltische". */
const DE_ADJECTIVE = /^\p{Lu}\p{Ll}+(e|en|er|es|em)$/u;

/** German: a capitalised adjective (not opening the sentence) before an organisation noun is a name ("das Zentrale Kriminalamt"). */
function namedByAdjective(s: SentenceInfo, g: Gazetteer): Found[] {
  const out: Found[] = [];
  const tk = s.tokens;
  for (let i = 1; i < tk.length - 1; i++) {
    if (!DE_ADJECTIVE.test(tk[i]!.t) || /[.!?:„“"»«]\s*$/u.test(s.text.slice(0, tk[i]!.start - s.start))) continue;
    // after a full stop, colon or opening quote the capital may be the sentence's
    // the noun is the first word after up to three adjectives that ends like an organisation or document ("Marine" ends like an adjective too)
    const nameNoun = (t: Token | undefined) => !!t && /^\p{Lu}/u.test(t.t) && (DOCUMENT_TAILS_DE.test(t.t.toLowerCase()) || DE_NAMED_ORG_TAILS.test(t.t.toLowerCase()));
    let k = i;
    while (k + 1 < tk.length && !nameNoun(tk[k + 1]) && DE_ADJECTIVE.test(tk[k + 1]!.t) && k - i < 2) k++;
    const noun = tk[k + 1];
    const document = noun ? DOCUMENT_TAILS_DE.test(noun.t.toLowerCase()) : false;
    if (!noun || !nameNoun(noun) || !/^ $/u.test(s.text.slice(tk[k]!.end - s.start, noun.start - s.start))) continue;
    // the adjective may be a state's ("die Deutsche Marine"): written with a capital, it is part of a name
    const known = s.mentions.find((m) => m.start <= tk[i]!.start && tk[i]!.start < m.end);
    if (known && !(g.isA(known.entity, NG_CLASS.State) && known.end <= tk[k]!.end)) continue;
    out.push({ name: s.text.slice(tk[i]!.start - s.start, noun.end - s.start), kind: document ? 'PolicyDocument' : 'Organisation', rule: document ? 'ner.document' : 'ner.org-head' });
    i = k + 1;
  }
  return out;
}

/** Lower-case facility nouns after a name: "Point Loma naval base". */
const LOWER_PLACE_HEADS_EN = /^(naval base|air base|airbase|military base|army base|cosmodrome|spaceport|shipyard|test site|launch site|nuclear plant|power plant)\b/u;

/** Mint one found name (unless the gazetteer knows it by now) and teach it to the gazetteer. */
function mint(f: Found, g: Gazetteer, lang: string): EntityRecord | undefined {
  const cls = NG_CLASS[f.kind];
  if (!cls || f.name.length < 2) return undefined;
  const known = g.match(f.name).find((m) => m.start === 0 && m.end === f.name.length);
  if (known) return undefined;
  const iri = entityIri(f.name);
  if (g.entities.has(iri)) return undefined;
  // German inflects a name's adjectives ("die Deutsche Marine", "der Deutschen Marine"): another form of a name minted before is its alias
  const same = lang === 'de' && / /u.test(f.name) ? mintedForms.get(g)?.get(uninflected(f.name)) : undefined;
  if (same && g.entities.get(same)?.types.includes(NG_CLASS[f.kind])) {
    g.entities.get(same)!.aliases.push({ value: f.name, lang });
    g.addName(f.name, same, false, 'name', rule(f.rule));
    return undefined;
  }
  const aliases = (f.aliases ?? []).map((value) => ({ value, lang: '' }));
  const record: EntityRecord = { iri, types: [cls], labels: [{ value: f.name, lang }], aliases };
  g.entities.set(iri, knownEntity(iri, record.types, record.labels, record.aliases, true));
  g.addName(f.name, iri, true, 'name', rule(f.rule));
  for (const a of aliases) g.addName(a.value, iri, false, 'name', rule(f.rule));
  if (lang === 'de') {
    const forms = mintedForms.get(g) ?? new Map<string, string>();
    mintedForms.set(g, forms);
    forms.set(uninflected(f.name), iri);
  }
  return record;
}

/** Names minted in German by their uninflected form, per document gazetteer. */
const mintedForms = new WeakMap<Gazetteer, Map<string, string>>();
/** A German name without its words' inflection endings ("Deutschen Marine" → "Deutsch Marin"). */
const uninflected = (name: string) => name.split(' ').map((w) => w.replace(/(en|er|es|em|e|s)$/u, '')).join(' ');

const PLACE_CLASSES = [NG_CLASS.State, NG_CLASS.Region, NG_CLASS.City, NG_CLASS.Place];
/** Entities whose names may contain a place's: events, meetings ("July summit in Warsaw"), documents ("Pyongyang Declaration"). */
const NAMED_AFTER_PLACES = [NG_CLASS.Event, NG_CLASS.Meeting, NG_CLASS.PolicyDocument];

/**
 * States and places named inside the name of an event ("war in Ukraine", "Ukraine-Krieg", "Russia's
 * full-scale invasion of Ukraine"): second readings of the words (shadows, rule
 * `ner.name-part`), so that the state counts as mentioned while the event keeps the span.
 */
export function statesInsideEvents(mentions: readonly EntityMention[], g: Gazetteer): EntityMention[] {
  const out: EntityMention[] = [];
  for (const m of mentions) {
    // a body this text named after its state ("iranische Verteidigungsministerium") mentions the state too
    const mintedBody = g.isA(m.entity, NG_CLASS.Organisation) && g.entities.get(m.entity)?.generated === true;
    if (m.shadow || !(mintedBody || NAMED_AFTER_PLACES.some((c) => g.isA(m.entity, c)))) continue;
    for (const part of m.text.matchAll(/[\p{L}]+(?:['’]s)?/gu)) {
      if (part.index === 0 && part[0].length === m.text.length) continue;
      const hits = g.match(part[0]).filter((x) => x.start === 0 && (mintedBody ? g.isA(x.entity, NG_CLASS.State) : PLACE_CLASSES.some((c) => g.isA(x.entity, c))));
      // "summit in Warsaw": after a place preposition a capital is the city, not its state
      const inCity = /\b(in|im)\s$/u.test(m.text.slice(0, part.index)) ? hits.find((x) => g.isA(x.entity, NG_CLASS.City)) : undefined;
      const hit = inCity ?? hits[0];
      if (hit) out.push({ ...hit, start: m.start + part.index, end: m.start + part.index + hit.end, text: part[0].slice(0, hit.end), rule: rule('ner.name-part'), confidence: 0.7, shadow: true });
    }
  }
  return out;
}
