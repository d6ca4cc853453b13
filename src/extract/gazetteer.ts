/**
 * Entity recognition and linking against the entity register, plus every state of the world.
 *
 * Does: build a name index from the register's labels and aliases (de/en/ru; inflected and
 * adjectival forms as the register lists them) and from i18n-iso-countries' state names, then find
 * the longest name matches in a text — also inside hyphenated compounds ("russisch-weißrussischen")
 * — and link each to one entity. Capitals are read as metonyms for their state's government unless
 * a place preposition makes them the city ("zwischen Moskau und Minsk" vs. "in Minsk"). Same entity,
 * many names: one IRI; homonyms keep their own IRIs. Does not: find new people (see `people.ts`).
 */
import { createRequire } from 'node:module';
import countries from 'i18n-iso-countries';
import type { Quad } from '@rdfjs/types';
import { entityIri } from '../model/iri.js';
import { NG, NG_CLASS, OWL, RDF, RDFS } from '../model/vocab.js';
import { rule } from './rules.js';
import { tokenize, type Token } from './tokens.js';
import { mapPacked } from '../util/packed.js';
import { roleAt } from './lexicon/roles.js';

const require = createRequire(import.meta.url);
for (const lang of ['en', 'de', 'ru']) countries.registerLocale(require(`i18n-iso-countries/langs/${lang}.json`));

/** An entity the gazetteer knows. */
export interface KnownEntity {
  iri: string;
  types: string[];
  labels: Array<{ value: string; lang: string }>;
  aliases: Array<{ value: string; lang: string }>;
  /** For states: the capital city's IRI. */
  capital?: string;
  /** For cities: the state they are the capital of. */
  capitalOf?: string;
  /** For weapon kinds: the broader kind. */
  subtypeOf?: string;
  /** Adjectives and demonyms in base form (inflected by {@link inflect}). */
  forms?: Array<{ value: string; lang: string; kind: NameKind }>;
  /** For people: offices held, with their time span (register `ng:tenure`). */
  tenures?: Tenure[];
  /** For people: the state or organisation of their office as the register states it. */
  affiliation?: string;
  /** For bodies: the state or organisation they belong to (register `ng:partOf`). */
  partOf?: string;
  /** For a state's armed forces as a whole: the state (register `ng:armedForcesOf`; named as {@link armedForcesNames} says). */
  armedForcesOf?: string;
  /** For buildings: the body they house and stand for in news (register `ng:seatOf`). */
  seatOf?: string;
  /** For states: the organisations they are members of (register `ng:memberOf`). */
  memberOf?: string[];
  /** Not from the register (ISO state list, or learnt from a text): a document that uses it must describe it. */
  generated?: boolean;
}

/** An office held from `start` to `end` (ISO dates; open when absent). */
export interface Tenure {
  role: string;
  of: string;
  start?: string;
  end?: string;
}

/** How a name refers: by the entity's name, by its adjective ("russische") or by its demonym ("der Norweger"). */
export type NameKind = 'name' | 'adjective' | 'demonym';

/** A linked mention, UTF-16 offsets into the text. */
export interface EntityMention {
  entity: string;
  start: number;
  end: number;
  text: string;
  rule: string;
  confidence: number;
  kind?: NameKind;
  /** Another reading of a span whose main reading is the mention before it (the city behind a capital metonym): listed, never used by later stages. */
  shadow?: true;
}

interface NameEntry {
  kind: NameKind;
  tokens: string[];
  /** `tokens` joined by spaces: names with the same key are the same name. */
  key: string;
  entity: string;
  preferred: boolean;
  caseSensitive: boolean;
  surface: string;
  /** The rule that taught the name, when a text did, or that made it from the register's facts ({@link armedForcesNames}); absent for the register's own names. */
  rule?: string;
}

/** The name index: a trie over lower-cased words; each node holds the names that end there, preferred ones first, else in the order learnt. */
interface NameNode {
  next?: Map<string, NameNode>;
  entries: NameEntry[];
}

/** Words after which a capital is the city, not its government: place prepositions and visiting verbs. */
const PLACE_PREPOSITIONS = new Set(['in', 'nach', 'aus', 'bei', 'von', 'im', 'to', 'from', 'at', 'near', 'into', 'besuchte', 'besucht', 'besuchten', 'visited', 'visiting', 'visit', 'visits', 'erreichte', 'reached']);

/** Articles a register name may open with ("the Ukraine", "the West"). */
const ARTICLES = new Set(['the', 'der', 'die', 'das', 'den', 'dem', 'des']);

/** Bits of the first-word filter (a power of two: 8 KB, a few per cent false positives for the register's ~7,000 first words). */
const FIRST_WORD_BITS = 1 << 16;

/** FNV-1a hash of a word's UTF-16 code units. */
function wordHash(w: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < w.length; i++) h = Math.imul(h ^ w.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** {@link wordHash} of the word lower-cased, without lower-casing it when it is ASCII (most words are: A–Z fold to a–z alike). */
function lowerWordHash(w: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < w.length; i++) {
    let c = w.charCodeAt(i);
    if (c >= 0x80) return wordHash(norm(w));
    if (c >= 0x41 && c <= 0x5a) c += 0x20;
    h = Math.imul(h ^ c, 0x01000193);
  }
  return h >>> 0;
}

/**
 * The words lower-cased, each when first asked for: most words start no name and are never
 * lower-cased. `''` marks a word not lower-cased yet (no token is empty).
 */
function lowerCased(words: readonly string[]): (k: number) => string {
  const lower: string[] = new Array<string>(words.length).fill('');
  return (k) => lower[k] || (lower[k] = norm(words[k]!));
}

function norm(s: string): string {
  return s.toLowerCase();
}


/** The vocabulary's class IRIs as one string each: types compared against them mostly meet the very same string (fast). */
const CLASS_IRIS = new Map(Object.values(NG_CLASS).map((c) => [c, c]));

/**
 * A known entity with every field set in the interface's order, undefined when absent: all known
 * entities share one object shape, so the lookups every stage makes (`isA`) stay fast.
 */
export function knownEntity(iri: string, types: string[], labels: KnownEntity['labels'], aliases: KnownEntity['aliases'], generated?: boolean): KnownEntity {
  return { iri, types, labels, aliases, capital: undefined, capitalOf: undefined, subtypeOf: undefined, forms: undefined, tenures: undefined, affiliation: undefined, partOf: undefined, armedForcesOf: undefined, seatOf: undefined, memberOf: undefined, generated };
}

/** The register's entities from its quads. */
export function registerEntities(quads: readonly Quad[]): Map<string, KnownEntity> {
  const map = new Map<string, KnownEntity>();
  const get = (iri: string) => {
    let e = map.get(iri);
    if (!e) map.set(iri, (e = knownEntity(iri, [], [], [])));
    return e;
  };
  const tenureNodes = new Map<string, Partial<Tenure>>();
  const tenureOf: Array<[person: string, node: string]> = [];
  for (const q of quads) {
    const s = q.subject.value;
    const p = q.predicate.value;
    if (p === NG.tenure) tenureOf.push([s, q.object.value]);
    else if (p === NG.role || p === NG.roleOf || p === NG.start || p === NG.end) {
      const t = tenureNodes.get(s) ?? {};
      if (p === NG.role) t.role = q.object.value;
      else if (p === NG.roleOf) t.of = q.object.value;
      else if (p === NG.start) t.start = q.object.value.slice(0, 10);
      else t.end = q.object.value.slice(0, 10);
      tenureNodes.set(s, t);
    } else if (p === NG.adjective || p === NG.demonym) {
      const kind = p === NG.adjective ? 'adjective' : 'demonym';
      const e = get(s);
      (e.forms ??= []).push({ value: q.object.value, lang: q.object.termType === 'Literal' ? q.object.language : '', kind });
    } else if (p === NG.affiliation) get(s).affiliation = q.object.value;
    else if (p === NG.partOf) get(s).partOf = q.object.value;
    else if (p === NG.armedForcesOf) get(s).armedForcesOf = q.object.value;
    else if (p === NG.seatOf) get(s).seatOf = q.object.value;
    else if (p === NG.memberOf) (get(s).memberOf ??= []).push(q.object.value);
    else if (p === RDF.type && q.object.value.startsWith(NG_CLASS.Entity.replace('Entity', ''))) get(s).types.push(CLASS_IRIS.get(q.object.value) ?? q.object.value);
    else if (p === RDFS.label && q.object.termType === 'Literal') get(s).labels.push({ value: q.object.value, lang: q.object.language });
    else if (p === NG.alias && q.object.termType === 'Literal') get(s).aliases.push({ value: q.object.value, lang: q.object.language });
    else if (p === NG.capital) get(s).capital = q.object.value;
    else if (p === NG.capitalOf) get(s).capitalOf = q.object.value;
    else if (p === NG.subtypeOf) get(s).subtypeOf = q.object.value;
    else if (p === OWL.sameAs) get(s);
  }
  for (const [person, node] of tenureOf) {
    const t = tenureNodes.get(node);
    if (t?.role && t.of) (get(person).tenures ??= []).push(t as Tenure);
  }
  for (const [k, e] of map) if (e.types.length === 0) map.delete(k);
  return map;
}

/** Add every ISO state not in the register, named by its English name (labels de/en/ru). */
function addWorldStates(entities: Map<string, KnownEntity>): void {
  const known = new Set<string>();
  for (const e of entities.values()) for (const l of [...e.labels, ...e.aliases]) known.add(norm(l.value));
  const en = countries.getNames('en', { select: 'official' });
  for (const [code, name] of Object.entries(en)) {
    const de = countries.getName(code, 'de');
    const ru = countries.getName(code, 'ru');
    const alias = countries.getNames('en', { select: 'alias' })[code];
    if (known.has(norm(name)) || (de && known.has(norm(de)))) continue;
    const iri = entityIri(name);
    if (entities.has(iri)) continue;
    const labels = [{ value: name, lang: 'en' }, ...(de ? [{ value: de, lang: 'de' }] : []), ...(ru ? [{ value: ru, lang: 'ru' }] : [])];
    const aliases = [...(de ? [{ value: `${de}s`, lang: 'de' }] : []), ...(alias && alias !== name ? [{ value: alias, lang: 'en' }] : [])];
    entities.set(iri, knownEntity(iri, [NG_CLASS.State], labels, aliases, true));
  }
}

/**
 * A map over a shared base map: reads fall through to the base, writes stay here. A document's
 * gazetteer sees the register's entities and first words through it without copying them (the
 * base is never changed while overlays of it are in use). Cannot delete a key of the base.
 */
class OverlayMap<K, V> extends Map<K, V> {
  constructor(private readonly base: ReadonlyMap<K, V>) {
    super();
  }

  override get(key: K): V | undefined {
    return super.has(key) ? super.get(key) : this.base.get(key);
  }

  override has(key: K): boolean {
    return super.has(key) || this.base.has(key);
  }

  override delete(key: K): boolean {
    if (this.base.has(key)) throw new Error('an overlay cannot delete a key of its base map');
    return super.delete(key);
  }

  override get size(): number {
    let n = this.base.size;
    for (const key of super.keys()) if (!this.base.has(key)) n++;
    return n;
  }

  override *entries(): MapIterator<[K, V]> {
    for (const [key, value] of this.base) yield [key, super.has(key) ? super.get(key)! : value];
    for (const [key, value] of super.entries()) if (!this.base.has(key)) yield [key, value];
  }

  override [Symbol.iterator](): MapIterator<[K, V]> {
    return this.entries();
  }

  override *keys(): MapIterator<K> {
    for (const [key] of this.entries()) yield key;
  }

  override *values(): MapIterator<V> {
    for (const [, value] of this.entries()) yield value;
  }

  override forEach(f: (value: V, key: K, map: Map<K, V>) => void, thisArg?: unknown): void {
    for (const [key, value] of this.entries()) f.call(thisArg, value, key, this);
  }
}

/**
 * A name's sound across German and English transliterations of Russian, Ukrainian and Persian
 * names: no diacritics, one letter for the sh/ch sounds ("tsch", "sch", "ch", "kh", "sh", "zh"),
 * "w" as "v", "j" as "y", "-ij"/"-iy"/"-y" as "i", no doubled letters ("Araghtschi" = "Araghchi",
 * "Umerow" = "Umerov", "Dmitrij" = "Dmitry").
 */
export function soundKey(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
    .replace(/dsch|dzh/g, 'j').replace(/tsch|tch|sch|ch|kh|sh|zh/g, 'x').replace(/w/g, 'v').replace(/j/g, 'y')
    .replace(/(?:iy|ij|yi|ii|y)(?=\s|$)/g, 'i').replace(/ph/g, 'f').replace(/(\p{L})\1/gu, '$1').replace(/[^\p{L}\s]/gu, '').replace(/\s+/g, ' ').trim();
}

/** Was the office of a tenure held on `date` (ISO day)? An open start or end is no limit. */
const heldOn = (t: Tenure, date: string): boolean => (!t.start || t.start <= date) && (!t.end || date <= t.end);

/** Name index and matcher. */
export class Gazetteer {
  readonly entities: Map<string, KnownEntity>;
  private names: NameNode = { entries: [] };
  /** In a document's copy: the name nodes it owns (the rest are shared with the register's gazetteer, copied on first write). */
  private owned?: WeakSet<NameNode>;
  /**
   * The first words of all names (lower case) as a Bloom filter: most words of a text start no
   * name, and this says so without a lookup in the large map of first words. Each document copy
   * has its own (a bit too many would cost a lookup, never a match).
   */
  private firstWords = new Uint32Array(FIRST_WORD_BITS >>> 5);
  /** The register's people by the sound of their full names (`soundKey`), for spellings it lacks. */
  private bySound = new Map<string, Set<string>>();
  /** Names learnt from texts so far (a stage that links mentions again when it changed). */
  namesLearnt = 0;

  constructor(register: readonly Quad[], options: { worldStates?: boolean } = {}) {
    this.entities = registerEntities(register);
    if (options.worldStates !== false) addWorldStates(this.entities);
    for (const e of this.entities.values()) {
      for (const [list, preferred] of [[e.labels, true], [e.aliases, false]] as const) {
        for (const l of list) this.addName(l.value, e.iri, preferred);
      }
      if (e.types.includes(NG_CLASS.Person)) {
        for (const l of [...e.labels, ...e.aliases]) {
          if (!/\s/.test(l.value.trim())) continue;
          const key = soundKey(l.value);
          this.bySound.set(key, (this.bySound.get(key) ?? new Set()).add(e.iri));
        }
      }
      for (const f of e.forms ?? []) for (const v of inflect(f.value, f.lang, f.kind)) this.addName(v, e.iri, false, f.kind);
    }
    // after all the register's own names: where it has the words as a name already ("britische Armee" is the British Army), that name stays alone
    for (const e of this.entities.values()) {
      const state = e.armedForcesOf === undefined ? undefined : this.entities.get(e.armedForcesOf);
      const capital = state?.capital === undefined ? undefined : this.entities.get(state.capital);
      if (state) for (const n of armedForcesNames(state, capital)) if (!this.knowsName(n.value)) this.addName(n.value, e.iri, false, 'name', ARMED_FORCES_RULE);
    }
    this.namesLearnt = 0;
  }

  /** Does the index hold this name already, for any entity (compared as lower-cased words)? */
  private knowsName(value: string): boolean {
    let node: NameNode | undefined = this.names;
    for (const t of mapPacked(tokenize(value), (x) => x.t)) node = node?.next?.get(norm(t));
    return (node?.entries.length ?? 0) > 0;
  }

  /** Register another name (new people found in a text; `learntBy` names the rule that taught it). */
  addName(value: string, entity: string, preferred: boolean, kind: NameKind = 'name', learntBy?: string): void {
    const tokens = mapPacked(tokenize(value), (x) => x.t);
    if (tokens.length === 0) return;
    this.namesLearnt++;
    const caseSensitive = value.length <= 3 || value === value.toUpperCase();
    const entryTokens = mapPacked(tokens, (t) => (caseSensitive ? t : norm(t)));
    const entry: NameEntry = { kind, tokens: entryTokens, key: entryTokens.join(' '), entity, preferred, caseSensitive, surface: value, ...(learntBy ? { rule: learntBy } : {}) };
    const h = wordHash(norm(tokens[0]!)) & (FIRST_WORD_BITS - 1);
    this.firstWords[h >>> 5]! |= 1 << (h & 31);
    let node = this.names;
    for (const t of tokens) {
      node.next ??= new Map();
      const key = norm(t);
      const shared = node.next.get(key);
      const child = shared ? this.own(shared) : { entries: [] };
      if (child !== shared) {
        this.owned?.add(child);
        node.next.set(key, child);
      }
      node = child;
    }
    const list = node.entries;
    if (!list.some((x) => x.entity === entity && x.key === entry.key)) {
      // preferred names before the others, each group in the order learnt
      const at = preferred ? list.findIndex((x) => !x.preferred) : -1;
      list.splice(at < 0 ? list.length : at, 0, entry);
    } else if (kind === 'name') for (const x of list) if (x.entity === entity && x.key === entry.key) x.kind = 'name';
  }

  /**
   * A copy for one document: the names and entities it learns stay in the copy, the register's
   * stay shared (a name node is copied only when a learnt name passes through it, its children
   * then an overlay of the shared ones). Cheap: nothing of the register's size is copied, only
   * the first-word filter (8 KB), so one document's names never fill another's filter.
   */
  forDocument(): Gazetteer {
    const copy = Object.create(Gazetteer.prototype) as Gazetteer;
    Object.assign(copy, this);
    Object.assign(copy, { entities: new OverlayMap(this.entities), owned: new WeakSet<NameNode>(), firstWords: this.firstWords.slice() });
    copy.names = copy.own(this.names);
    return copy;
  }

  /** The node itself if this gazetteer owns it, else its copy (entries copied too: `addName` updates them; children: an overlay of the shared ones). */
  private own(node: NameNode): NameNode {
    if (!this.owned || this.owned.has(node)) return node;
    const copy: NameNode = { entries: node.entries.map((e) => ({ ...e })), ...(node.next ? { next: new OverlayMap(node.next) } : {}) };
    this.owned.add(copy);
    return copy;
  }

  /**
   * The register's person a full name spells another way ("Abbas Araghtschi" is Abbas Araghchi,
   * "Rustem Umerow" Rustem Umerov): the same `soundKey`, and only one person has it.
   */
  personBySound(name: string): string | undefined {
    const hits = /\s/.test(name.trim()) ? this.bySound.get(soundKey(name)) : undefined;
    return hits?.size === 1 ? [...hits][0] : undefined;
  }

  /** Does some name start with this word (any case)? A lone word that none starts with names nothing. */
  startsAName(word: string): boolean {
    return this.names.next?.has(norm(word)) ?? false;
  }

  /** Who held `role` of `of` on `date` (ISO day), by the register's tenures; undefined if none or several. */
  holder(role: string, of: string, date: string): string | undefined {
    const found = new Set<string>();
    for (const { person, tenure: t } of this.officeIndex().get(`${role}|${of}`) ?? []) if (heldOn(t, date)) found.add(person);
    return found.size === 1 ? [...found][0] : undefined;
  }

  /**
   * The one register person with this surname (the last word of a label) who holds an office on
   * `date`: "sagte Bauer" in a 2024 text is Rob Bauer. Undefined when none or several do.
   */
  officeHolderBySurname(surname: string, date: string): string | undefined {
    const found = new Set((this.surnameIndex().get(norm(surname)) ?? []).filter((h) => heldOn(h.tenure, date)).map((h) => h.person));
    return found.size === 1 ? [...found][0] : undefined;
  }

  private holdersBySurname?: Map<string, Array<{ person: string; tenure: Tenure }>>;

  /** Surnames (a label's last word) → office holders and their tenures, indexed once from the office index. */
  private surnameIndex(): Map<string, Array<{ person: string; tenure: Tenure }>> {
    if (!this.holdersBySurname) {
      this.holdersBySurname = new Map();
      for (const holders of this.officeIndex().values()) for (const { person, tenure } of holders) {
        for (const l of this.entities.get(person)?.labels ?? []) {
          const key = norm(l.value.split(/\s+/).at(-1)!);
          this.holdersBySurname.set(key, [...(this.holdersBySurname.get(key) ?? []), { person, tenure }]);
        }
      }
    }
    return this.holdersBySurname;
  }
  private offices?: Map<string, Array<{ person: string; tenure: Tenure }>>;

  /** Offices → holders, indexed once (tenures come from the register only). */
  private officeIndex(): Map<string, Array<{ person: string; tenure: Tenure }>> {
    if (!this.offices) {
      this.offices = new Map();
      for (const e of this.entities.values()) for (const t of e.tenures ?? []) {
        const key = `${t.role}|${t.of}`;
        this.offices.set(key, [...(this.offices.get(key) ?? []), { person: e.iri, tenure: t }]);
      }
    }
    return this.offices;
  }

  /** The organisation whose members are exactly these states ("France, Germany and the UK" → the E3), if the register has one. */
  groupOf(members: readonly string[]): string | undefined {
    const want = new Set(members);
    for (const [org, have] of this.groupIndex()) if (have.length === want.size && have.every((m) => want.has(m))) return org;
    return undefined;
  }

  private groups?: Map<string, string[]>;

  /** Organisations → their member states, indexed once. */
  private groupIndex(): Map<string, string[]> {
    if (!this.groups) {
      this.groups = new Map();
      for (const e of this.entities.values()) for (const org of e.memberOf ?? []) this.groups.set(org, [...(this.groups.get(org) ?? []), e.iri]);
    }
    return this.groups;
  }

  /** The bodies the register says belong to a state or organisation (`ng:partOf`). */
  partsOf(owner: string): readonly KnownEntity[] {
    return this.partIndex().get(owner) ?? [];
  }

  private parts?: Map<string, KnownEntity[]>;

  /** Owners → their bodies, indexed once. */
  private partIndex(): Map<string, KnownEntity[]> {
    if (!this.parts) {
      this.parts = new Map();
      for (const e of this.entities.values()) if (e.partOf) this.parts.set(e.partOf, [...(this.parts.get(e.partOf) ?? []), e]);
    }
    return this.parts;
  }

  /** The state a body belongs to, up its `ng:partOf` chain ("Foreign Office" → United Kingdom); undefined when none. */
  stateOf(iri: string): string | undefined {
    let e = this.entities.get(iri);
    for (let depth = 0; e?.partOf && depth < 4; depth++) {
      const owner = this.entities.get(e.partOf);
      if (owner?.types.includes(NG_CLASS.State)) return owner.iri;
      e = owner;
    }
    return undefined;
  }

  /** Build the office, group and body indexes now, so every `forDocument` copy shares them. */
  indexRegister(): this {
    this.officeIndex();
    this.surnameIndex();
    this.groupIndex();
    this.partIndex();
    return this;
  }

  /** Offices of a person on `date` (ISO day), by the register's tenures. */
  tenuresOn(person: string, date: string): Tenure[] {
    return (this.entities.get(person)?.tenures ?? []).filter((t) => heldOn(t, date));
  }

  isA(iri: string, cls: string): boolean {
    return this.entities.get(iri)?.types.includes(cls) ?? false;
  }

  /** Is the entity of any of these classes? One lookup of the entity for the lot. */
  isAny(iri: string, classes: readonly string[]): boolean {
    const types = this.entities.get(iri)?.types;
    if (!types) return false;
    for (const c of classes) if (types.includes(c)) return true;
    return false;
  }

  label(iri: string, lang = 'en'): string {
    const e = this.entities.get(iri);
    return e?.labels.find((l) => l.lang === lang)?.value ?? e?.labels[0]?.value ?? iri.replace(/^.*\//, '').replace(/_/g, ' ');
  }

  /** Longest-match entity mentions in `text` (its `tokens`, when the caller has them), disambiguated; UTF-16 offsets. */
  match(text: string, tokens: readonly Token[] = tokenize(text)): EntityMention[] {
    const out: EntityMention[] = [];
    const words = mapPacked(tokens, (t) => t.t);
    const lower = lowerCased(words);
    // punctuation or a line break (no token) between word k and the next
    const gapAfter = (k: number) => k + 1 >= tokens.length || !/^ *$/u.test(text.slice(tokens[k]!.end, tokens[k + 1]!.start));
    for (let i = 0; i < tokens.length; ) {
      const hit = this.matchAt(words, lower, i, gapAfter);
      // a name that opens with an article gives way to a longer name after the article: "the Ukraine" in "the Ukraine Defense Contact Group"
      if (hit && hit.length > 1 && ARTICLES.has(lower(i)) && (this.matchAt(words, lower, i + 1, gapAfter)?.length ?? 0) > hit.length - 1) {
        i++;
        continue;
      }
      if (hit) {
        const start = tokens[i]!.start;
        const end = tokens[i + hit.length - 1]!.end;
        // "according to Seoul" is the government speaking, not a place
        const prev = tokens[i - 2]?.t.toLowerCase() === 'according' ? undefined : tokens[i - 1]?.t.toLowerCase();
        const chosen = this.disambiguate(hit.entries, prev);
        const entry = hit.entries.find((e) => e.entity === chosen.entity);
        const kind = entry?.kind ?? 'name';
        out.push({ entity: chosen.entity, start, end, text: text.slice(start, end), rule: entry?.rule ?? chosen.rule, confidence: chosen.confidence, ...(kind !== 'name' ? { kind } : {}) });
        // a capital read as its government still names the city: recorded, but no stage reads it
        const city = chosen.rule === rule('ner.capital-metonym') ? this.entities.get(chosen.entity)?.capital : undefined;
        if (city && hit.entries.some((e) => e.entity === city)) out.push({ entity: city, start, end, text: text.slice(start, end), rule: rule('ner.capital-literal'), confidence: 0.6, shadow: true });
        // "die niederländischen Streitkräfte" names the Netherlands too, as "the war in Ukraine" names Ukraine: a second reading
        const state = entry?.rule === ARMED_FORCES_RULE ? this.entities.get(chosen.entity)?.armedForcesOf : undefined;
        if (state) out.push({ entity: state, start, end, text: text.slice(start, end), rule: rule('ner.name-part'), confidence: 0.7, shadow: true });
        i += hit.length;
        continue;
      }
      // parts of hyphenated compounds: "russisch-weißrussischen", "US-amerikanischen" as a whole first
      const tok = tokens[i]!;
      if (tok.t.includes('-')) {
        let offset = tok.start;
        for (const part of tok.t.split('-')) {
          const sub = this.matchAt([part], lowerCased([part]), 0);
          if (sub && sub.length === 1) {
            const chosen = this.disambiguate(sub.entries, undefined);
            out.push({ entity: chosen.entity, start: offset, end: offset + part.length, text: part, rule: rule('ner.compound-part'), confidence: 0.8 });
          }
          offset += part.length + 1;
        }
      }
      i++;
    }
    return out;
  }

  /**
   * The longest name starting at word `i` (`lower`: the words lower-cased), with every entry of that
   * name; a case-sensitive name ("US", "NATO") only as written; a made armed-forces name only where
   * its noun phrase ends (`gapAfter(k)`: punctuation after word k; see {@link endsNounPhrase}).
   */
  private matchAt(words: readonly string[], lower: (k: number) => string, i: number, gapAfter: (k: number) => boolean = NO_GAP_TEST): { length: number; entries: readonly NameEntry[] } | undefined {
    const h = lowerWordHash(words[i]!) & (FIRST_WORD_BITS - 1);
    if ((this.firstWords[h >>> 5]! & (1 << (h & 31))) === 0) return undefined;
    const node = this.names.next?.get(lower(i));
    return node && longestFrom(node, words, lower, i, 0, gapAfter);
  }

  /** Pick one entity for a name: a capital after a place preposition is the city, else its state. */
  private disambiguate(entries: readonly NameEntry[], previousToken: string | undefined): { entity: string; rule: string; confidence: number } {
    const unique = distinctEntities(entries);
    if (unique.length === 1) return { entity: unique[0]!, rule: rule('ner.gazetteer'), confidence: 0.95 };
    const city = unique.find((e) => this.entities.get(e)?.capitalOf);
    const state = city ? this.entities.get(city)!.capitalOf : undefined;
    if (city && state && unique.includes(state)) {
      return previousToken !== undefined && PLACE_PREPOSITIONS.has(previousToken)
        ? { entity: city, rule: rule('ner.capital-as-place'), confidence: 0.9 }
        : { entity: state, rule: rule('ner.capital-metonym'), confidence: 0.8 };
    }
    return { entity: unique[0]!, rule: rule('ner.gazetteer-ambiguous'), confidence: 0.5 };
  }
}

const DE_ADJECTIVE_ENDINGS = ['', 'e', 'en', 'er', 'es', 'em'];

const ARMED_FORCES_RULE = rule('ner.armed-forces');

/** The entries' entities, each once, in order. */
function distinctEntities(entries: readonly NameEntry[]): string[] {
  const out: string[] = [];
  for (const e of entries) if (!out.includes(e.entity)) out.push(e.entity);
  return out;
}

/** `gapAfter` when the caller knows of no punctuation: every word may end a noun phrase. */
const NO_GAP_TEST = (): boolean => true;

/**
 * The longest name through `node` (the trie node of words `i`…`i + depth`) and its descendants
 * along the text, with that name's entries; deeper first, so the longest name wins.
 */
function longestFrom(node: NameNode, words: readonly string[], lower: (k: number) => string, i: number, depth: number, gapAfter: (k: number) => boolean): { length: number; entries: readonly NameEntry[] } | undefined {
  const k = i + depth + 1;
  const next = k < words.length ? node.next?.get(lower(k)) : undefined;
  const deeper = next && longestFrom(next, words, lower, i, depth + 1, gapAfter);
  if (deeper) return deeper;
  for (const c of node.entries) if (fitsAt(c, words, i, depth, gapAfter)) return { length: depth + 1, entries: sameName(node.entries, c.key) };
  return undefined;
}

/** Does `x` (a name of `depth + 1` words) stand at word `i`: case-sensitive names as written, made armed-forces names where their noun phrase ends? */
function fitsAt(x: NameEntry, words: readonly string[], i: number, depth: number, gapAfter: (k: number) => boolean): boolean {
  if (x.caseSensitive && !x.tokens.every((t, k) => words[i + k] === t)) return false;
  return !(x.rule === ARMED_FORCES_RULE && !endsNounPhrase(words, i + depth, gapAfter(i + depth)));
}

/** The entries with key `key`: `entries` itself when all have it (mostly), else a filtered copy. */
function sameName(entries: readonly NameEntry[], key: string): readonly NameEntry[] {
  for (const x of entries) if (x.key !== key) return entries.filter((y) => y.key === key);
  return entries;
}

/**
 * German nouns for a state's military, each with the adjective endings a determiner (or none)
 * gives it: "das russische / des russischen Militärs / russisches Militär", "die litauische / der
 * litauischen Armee", "die russischen / den russischen Streitkräften / russischer Streitkräfte".
 * Left out: "russischer Militär" and "russische Militärs" — an officer and officers, not the armed forces.
 */
const DE_ARMED_FORCES_NOUNS: ReadonlyArray<readonly [noun: string, endings: readonly string[]]> = [
  ['Militär', ['e', 'en', 'es']],
  ['Militärs', ['en']],
  ['Armee', ['e', 'en', 'er']],
  ['Streitkräfte', ['e', 'en', 'er']],
  ['Streitkräften', ['en']],
];

/** English nouns for a state's military (matched in any case: "the Russian Army" too). */
const EN_ARMED_FORCES_NOUNS = ['military', 'army', 'armed forces'];

/** The last words of the English forms. */
const EN_HEADS = new Set(['military', 'army', 'forces']);

/** Words after which an English head noun still ends its noun phrase: prepositions, relatives, auxiliaries, reporting verbs ("the Chinese military said", "… military in the region"). */
const EN_PHRASE_ENDS_BEFORE = new Set([
  'in', 'on', 'at', 'of', 'to', 'for', 'from', 'with', 'by', 'as', 'near', 'over', 'after', 'before', 'during', 'since', 'into', 'against', 'about', 'than',
  'who', 'which', 'that', 'whose', 'has', 'had', 'have', 'is', 'was', 'were', 'are', 'be', 'been', 'will', 'would', 'could', 'can', 'may', 'might', 'should', 'must',
  'also', 'said', 'says', 'say', 'did', 'does', 'do', 'not', 'now', 'then', 'still', 'already', 'announces', 'confirms', 'reports', 'fires', 'launches', 'claims', 'warns',
]);

/** Words that open a noun phrase: after "and"/"or" they show the head noun ended its own ("the Russian military and the police"). */
const EN_DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'other', 'all']);

/**
 * The common-noun names of a state's armed forces, made from the state's register entry (its
 * adjectives and English names), for the body the register marks with `ng:armedForcesOf`:
 * - German: adjective + Militär / Armee / Streitkräfte, inflected as {@link DE_ARMED_FORCES_NOUNS}
 *   says ("die litauische Armee", "den russischen Streitkräften"); an indeclinable capitalised
 *   adjective ("Schweizer") as it is;
 * - English: adjective + military / army / armed forces ("the Australian military", "the US army"),
 *   "<State>'s military / army / armed forces" ("South Korea's military", "the Philippines' army")
 *   and "armed forces of <State>", for the state's English label and capitalised aliases that are
 *   no adjective, demonym or name of its `capital` ("Moscow" stands for the government, not the army).
 * Never a noun alone ("die Armee", "the army"); Russian forms stay hand-written aliases. The
 * gazetteer adds a form only where the register does not already have those words as a name.
 */
export function armedForcesNames(state: KnownEntity, capital?: KnownEntity): Array<{ value: string; lang: string }> {
  const out: Array<{ value: string; lang: string }> = [];
  const adjectives = (lang: string) => (state.forms ?? []).filter((f) => f.kind === 'adjective' && f.lang === lang).map((f) => f.value);
  for (const adj of adjectives('de')) {
    const indeclinable = /^\p{Lu}.*er$/u.test(adj);
    for (const [noun, endings] of DE_ARMED_FORCES_NOUNS) for (const e of indeclinable ? [''] : endings) out.push({ value: `${adj}${e} ${noun}`, lang: 'de' });
  }
  for (const adj of adjectives('en')) for (const noun of EN_ARMED_FORCES_NOUNS) out.push({ value: `${adj} ${noun}`, lang: 'en' });
  const words = new Set([...(state.forms ?? []), ...(capital?.labels ?? []), ...(capital?.aliases ?? [])].map((f) => f.value));
  const names = [...state.labels, ...state.aliases].filter((l) => l.lang === 'en' && /^\p{Lu}/u.test(l.value) && !words.has(l.value)).map((l) => l.value);
  for (const name of new Set(names)) {
    const possessive = name.endsWith('s') ? `${name}'` : `${name}'s`;
    for (const noun of EN_ARMED_FORCES_NOUNS) out.push({ value: `${possessive} ${noun}`, lang: 'en' });
    out.push({ value: `armed forces of ${name}`, lang: 'en' });
  }
  return out;
}

/**
 * Does a made armed-forces name ending at word `last` end its noun phrase there? Always in German
 * (its compounds are one word: "Armee-Generalstab"). In English "military" and "army" also modify
 * a noun ("Iran's military doctrine", "U.S. military stockpiles", "military and economic ties"),
 * and a capitalised head before another capitalised word opens a longer proper name ("the Russian
 * Army Group", "Chinese Military Academy"): the head ends the phrase before punctuation or a
 * possessive (`punctuationAfter`: punctuation or a line break follows), a word of {@link EN_PHRASE_ENDS_BEFORE}, a past tense or adverb ("fired", "recently"),
 * "and"/"or" with a new noun phrase after it, a capitalised word after a head in lower case, or an
 * office or rank ("the Iranian Armed Forces Brigadier General X").
 */
function endsNounPhrase(words: readonly string[], last: number, punctuationAfter: boolean): boolean {
  const head = words[last]!;
  if (!EN_HEADS.has(head.toLowerCase())) return true;
  const next = words[last + 1];
  if (punctuationAfter || next === undefined || !/^\p{L}/u.test(next)) return true;
  if (/^\p{Lu}/u.test(next)) return !/^\p{Lu}/u.test(head) || roleAt(words, last + 1) !== undefined;
  if (next === 'and' || next === 'or') {
    const after = words[last + 2];
    return after === undefined || !/^\p{Ll}/u.test(after) || EN_DETERMINERS.has(after);
  }
  return EN_PHRASE_ENDS_BEFORE.has(next) || /(ed|ly)$/u.test(next);
}

/**
 * Surface forms of an adjective or demonym: German adjectives with their strong/weak endings
 * ("russisch" → russische, russischen …), German demonyms with plural and feminine ("Russe" →
 * Russen, Russin, Russinnen; "Norweger" → Norwegern, Norwegerin), English demonyms with plural.
 */
export function inflect(base: string, lang: string, kind: NameKind): string[] {
  if (kind === 'adjective') return lang === 'de' ? DE_ADJECTIVE_ENDINGS.map((e) => base + e) : [base];
  if (lang !== 'de') return [base, `${base}s`];
  if (base.endsWith('in')) return [base, `${base}nen`];
  if (base.endsWith('e')) return [base, `${base}n`, `${base.slice(0, -1)}in`, `${base.slice(0, -1)}innen`];
  return [base, `${base}n`, `${base}in`, `${base}innen`];
}
