/**
 * Cross-document entity resolution: a build stage after extraction and before encoding.
 *
 * Each document is extracted on its own and mints its own new people, organisations, places and
 * treaties. This stage decides which of those minted entities are one entity and renames them
 * to one IRI in every document; it keeps namesakes apart.
 *
 * The rule (also in README.md, "Entity resolution"):
 * 1. **Candidates** are entities of the same kind (person; organisation; place or state; treaty or
 *    policy document) whose names have the same spelling-independent key (`names.ts`: "Peskow",
 *    "Peskov" and "Песков" meet). People match on the surname key, and their given names must
 *    agree where both are known (an initial agrees with the name it starts). Other kinds match
 *    on any label or alias key. Events, weapon stocks and time values are not resolved here: their
 *    IRIs are already minted from what they are (class and date), so documents share them.
 * 2. **Namesakes** — a candidate is kept apart when its context contradicts the entity's:
 *    - *affiliation*: both name an affiliation (`ng:affiliation`) and they share none; or
 *    - *role and time*: both name a role (`ng:position`), no role family is shared (`roles.ts`:
 *      "Sprecher" = "spokesman", "Verteidigungsministerin" = "Defence Minister") and the
 *      documents are less than {@link ROLE_WINDOW_DAYS} days apart (people change office; within
 *      a year two offices mean two people).
 *    Missing context never separates: "Anna Berger" with no role or affiliation joins the first
 *    compatible Anna Berger.
 * 3. **Register**: an entity of the register (`data/entities.ttl`) with a matching label absorbs
 *    the minted entity (its IRI wins; the register keeps its names).
 * 4. **Review** (`data/review/entities.yaml`, see `review.ts`): `split` decisions are constraints
 *    while clustering, `merge` decisions join clusters afterwards; both win over the rules.
 * 5. **Naming**: a resolved entity keeps the IRI minted from its English name where a document
 *    gave one, else the most frequent; namesakes that would share an IRI get a suffix from their
 *    affiliation ("Anna_Berger_Austria"), else their role, else a hash of their documents. Its
 *    classes and labels (the most frequent name per language) go to `ENTITIES_GRAPH`; each
 *    document keeps its own spellings as aliases, so an added article changes only its own graph
 *    and that one.
 *
 * Documents are visited in publication order (then id), so the result does not depend on file
 * order. Does not: read files, extract, or write RDF.
 */
import type { DocumentGraph, EntityRecord, Iri, LangString } from '../model/types.js';
import { entityIri, shortHash } from '../model/iri.js';
import { NG, NG_CLASS, PREFIXES } from '../model/vocab.js';
import { nameKey, personNameKey, personNamesAgree, type PersonNameKey } from './names.js';
import { roleFamily } from './roles.js';
import { renameEntities } from './rewrite.js';
import { emptyReview, type EntityReview, type ReviewDecision } from './review.js';
import { CurationError } from '../model/curation.js';

/** Two offices held by one name less than this many days apart mean two people. */
export const ROLE_WINDOW_DAYS = 365;

/** Kinds of entity that resolution merges, and the classes of each. */
export const RESOLVED_KINDS: Readonly<Record<string, readonly Iri[]>> = {
  person: [NG_CLASS.Person],
  organisation: [NG_CLASS.Organisation, NG_CLASS.Alliance, NG_CLASS.Union, NG_CLASS.Council],
  place: [NG_CLASS.Place, NG_CLASS.City, NG_CLASS.Region, NG_CLASS.State],
  treaty: [NG_CLASS.Treaty, NG_CLASS.PolicyDocument, NG_CLASS.Doctrine],
};

/** A register entity, as resolution needs it. */
export interface KnownEntityNames {
  iri: Iri;
  types: Iri[];
  labels: LangString[];
}

/** Inputs besides the documents. */
export interface ResolveOptions {
  /** Register entities (they absorb minted entities with a matching label). */
  register?: Iterable<KnownEntityNames>;
  /** Merge/split decisions. */
  review?: EntityReview;
}

/** One minted entity in one document, and where resolution put it. */
export interface ResolvedMember {
  document: string;
  minted: Iri;
  names: string[];
}

/** One resolved entity. */
export interface ResolvedEntity {
  iri: Iri;
  kind: string;
  labels: LangString[];
  members: ResolvedMember[];
  /** Register entity that absorbed the members. */
  register?: boolean;
  /** Roles and affiliations seen (the context that kept namesakes apart). */
  roles: string[];
  affiliations: Iri[];
}

/** What resolution did. */
export interface ResolutionResult {
  documents: DocumentGraph[];
  /** The resolved entities found in documents (not the register's): classes and one label per language, for `ENTITIES_GRAPH`. */
  records: EntityRecord[];
  entities: ResolvedEntity[];
  /** Minted IRIs that ended as two or more entities (namesakes), with the IRIs they became. */
  namesakes: Array<{ minted: Iri; entities: Iri[] }>;
}

interface Occurrence {
  doc: DocumentGraph;
  record: EntityRecord;
  kind: string;
  person: PersonNameKey[];
  keys: Set<string>;
  roles: Set<string>;
  affiliations: Set<Iri>;
  day: number;
  splitTag: string;
}

interface Cluster {
  id: number;
  kind: string;
  anchor?: KnownEntityNames;
  members: Occurrence[];
  person: PersonNameKey[];
  keys: Set<string>;
  roles: Map<string, number[]>;
  affiliations: Set<Iri>;
  splitTag: string;
  iri?: Iri;
}

const kindOf = (types: readonly Iri[]): string | undefined => Object.entries(RESOLVED_KINDS).find(([, classes]) => types.some((t) => classes.includes(t)))?.[0];
const dayOf = (iso: string): number => Math.floor(Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / 86_400_000);
const local = (iri: Iri): string => iri.replace(/^.*[/#]/, '');

function occurrence(doc: DocumentGraph, record: EntityRecord, kind: string, splitTag: string): Occurrence {
  const names = kind === 'person' ? record.labels : [...record.labels, ...record.aliases];
  const roles = new Set<string>();
  const affiliations = new Set<Iri>();
  for (const f of doc.facts) {
    if (f.subject !== record.iri) continue;
    if (f.predicate === NG.position && 'literal' in f.object) roles.add(roleFamily(f.object.literal));
    if (f.predicate === NG.affiliation && 'iri' in f.object) affiliations.add(f.object.iri);
  }
  return {
    doc,
    record,
    kind,
    person: kind === 'person' ? names.map((n) => personNameKey(n.value)).filter((k): k is PersonNameKey => !!k) : [],
    keys: new Set(names.map((n) => nameKey(n.value)).filter(Boolean)),
    roles,
    affiliations,
    day: dayOf(doc.document.published),
    splitTag,
  };
}

/** Where `x` goes in an ascending array (binary search). */
function sortedIndex(sorted: readonly number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Why an occurrence cannot join a cluster, or undefined when it can. */
type Forbidden = ((a: Iri, b: Iri) => boolean) & { any: boolean };

function conflict(c: Cluster, o: Occurrence, forbidden: Forbidden): string | undefined {
  if (c.kind !== o.kind || c.splitTag !== o.splitTag) return 'kind';
  const named = o.kind === 'person' ? o.person.some((a) => c.person.some((b) => personNamesAgree(a, b))) : [...o.keys].some((k) => c.keys.has(k));
  if (!named) return 'name';
  if (forbidden.any && (c.members.some((m) => forbidden(m.record.iri, o.record.iri)) || (c.anchor && forbidden(c.anchor.iri, o.record.iri)))) return 'review';
  if (o.affiliations.size && c.affiliations.size && ![...o.affiliations].some((a) => c.affiliations.has(a))) return 'affiliation';
  if (o.roles.size && c.roles.size && ![...o.roles].some((r) => c.roles.has(r))) {
    const near = [...c.roles.values()].some((days) => {
      const i = sortedIndex(days, o.day);
      return (i < days.length && days[i]! - o.day < ROLE_WINDOW_DAYS) || (i > 0 && o.day - days[i - 1]! < ROLE_WINDOW_DAYS);
    });
    if (near) return 'role';
  }
  return undefined;
}

function join(c: Cluster, o: Occurrence): void {
  c.members.push(o);
  for (const p of o.person) if (!c.person.some((x) => x.surname === p.surname && x.given.join(' ') === p.given.join(' '))) c.person.push(p);
  for (const k of o.keys) c.keys.add(k);
  for (const r of o.roles) {
    const days = c.roles.get(r) ?? [];
    days.splice(sortedIndex(days, o.day), 0, o.day);
    c.roles.set(r, days);
  }
  for (const a of o.affiliations) c.affiliations.add(a);
}

/**
 * Candidate index: people by surname key and the initial of their first given name (a name
 * without a given name looks at every initial), other kinds by name key. Only clusters in the
 * blocks an occurrence looks at are compared with it.
 */
class Blocks {
  private readonly byKey = new Map<string, Set<Cluster>>();
  private readonly initials = new Map<string, Set<string>>();

  private static keysOf(x: { kind: string; person: PersonNameKey[]; keys: Set<string> }): string[] {
    return x.kind === 'person' ? x.person.map((p) => `${p.surname} ${p.given[0]?.[0] ?? ''}`) : [...x.keys].map((k) => `${x.kind} ${k}`);
  }

  add(c: Cluster, from: { kind: string; person: PersonNameKey[]; keys: Set<string> }): void {
    for (const k of Blocks.keysOf(from)) {
      const set = this.byKey.get(k) ?? new Set<Cluster>();
      set.add(c);
      this.byKey.set(k, set);
    }
    for (const p of from.kind === 'person' ? from.person : []) {
      const set = this.initials.get(p.surname) ?? new Set<string>();
      set.add(p.given[0]?.[0] ?? '');
      this.initials.set(p.surname, set);
    }
  }

  candidates(o: Occurrence): Cluster[] {
    const keys = new Set<string>();
    if (o.kind !== 'person') for (const k of Blocks.keysOf(o)) keys.add(k);
    for (const p of o.kind === 'person' ? o.person : []) {
      const initial = p.given[0]?.[0];
      for (const i of initial === undefined ? (this.initials.get(p.surname) ?? []) : [initial, '']) keys.add(`${p.surname} ${i}`);
    }
    const out = new Set<Cluster>();
    for (const k of keys) for (const c of this.byKey.get(k) ?? []) out.add(c);
    return [...out];
  }
}

/** Split decisions as a "never together" test and per-document tags. */
function splitRules(review: EntityReview): { forbidden: Forbidden; tagOf: (doc: string, iri: Iri) => string } {
  const pairs = new Set<string>();
  const tags = new Map<string, string>();
  for (const d of review.split) {
    if (d.documents) {
      for (const doc of d.documents) tags.set(`${doc} ${d.entities[0]}`, `split@${d.line}`);
      continue;
    }
    for (const a of d.entities) for (const b of d.entities) if (a !== b) pairs.add(`${a} ${b}`);
  }
  const forbidden = Object.assign((a: Iri, b: Iri) => pairs.has(`${a} ${b}`), { any: pairs.size > 0 });
  return { forbidden, tagOf: (doc, iri) => tags.get(`${doc} ${iri}`) ?? '' };
}

function mostFrequent(values: string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | undefined;
  for (const [v, n] of counts) if (best === undefined || n > counts.get(best)!) best = v;
  return best;
}

/** The IRI a cluster would take on its own (before namesakes are told apart). */
function baseIri(c: Cluster): Iri {
  if (c.anchor) return c.anchor.iri;
  const english = c.members.filter((m) => m.record.labels.some((l) => l.lang === 'en')).map((m) => m.record.iri);
  return mostFrequent(english.length ? english : c.members.map((m) => m.record.iri))!;
}

/**
 * Give every cluster its IRI. Namesakes that would share one get a suffix: their affiliation
 * where no other namesake has it, else their role where no other namesake left has it, else a
 * hash of their documents.
 */
function nameClusters(clusters: Cluster[]): void {
  const byBase = new Map<Iri, Cluster[]>();
  for (const c of clusters) {
    const base = baseIri(c);
    const group = byBase.get(base);
    if (group) group.push(c);
    else byBase.set(base, [c]);
  }
  for (const [base, group] of byBase) {
    const minted = group.filter((c) => !c.anchor);
    for (const c of group) c.iri = base;
    if (group.length === 1) continue;
    const count = (values: Array<string | undefined>) => (x: string | undefined) => values.filter((v) => v === x).length;
    const affOf = (c: Cluster) => [...c.affiliations].map(local).sort()[0];
    const roleOf = (c: Cluster) => [...c.roles.keys()].sort()[0];
    const affCount = count(minted.map(affOf));
    const rest = minted.filter((c) => !affOf(c) || affCount(affOf(c)) > 1);
    const roleCount = count(rest.map(roleOf));
    for (const c of minted) {
      const aff = affOf(c);
      const role = roleOf(c);
      const suffix = aff && affCount(aff) === 1 ? aff : role && roleCount(role) === 1 && rest.includes(c) ? role : shortHash(c.members.map((m) => m.doc.document.id).sort().join(' ')).slice(0, 6);
      c.iri = entityIri(`${local(base)}_${suffix}`);
    }
  }
}

/** The resolved entity (for `ENTITIES_GRAPH`): its classes and one label per language, the most frequent spelling. */
function resolvedRecord(c: Cluster): EntityRecord {
  const labels: LangString[] = [];
  const byLang = new Map<string, string[]>();
  for (const m of c.members) {
    for (const l of m.record.labels) {
      if (!l.lang) continue;
      const values = byLang.get(l.lang);
      if (values) values.push(l.value);
      else byLang.set(l.lang, [l.value]);
    }
  }
  for (const lang of [...byLang.keys()].sort()) labels.push({ value: mostFrequent(byLang.get(lang)!)!, lang });
  const types = [...new Set(c.members.flatMap((m) => m.record.types))].sort();
  return { iri: c.iri!, types, labels, aliases: [] };
}

/** What one document says of a resolved entity: its classes, and its own spellings as aliases (not the resolved labels). */
function documentRecord(resolved: EntityRecord, own: readonly EntityRecord[]): EntityRecord {
  const seen = new Set(resolved.labels.map((l) => `${l.lang}\u0000${l.value}`));
  const aliases: LangString[] = [];
  for (const a of own.flatMap((e) => [...e.labels, ...e.aliases])) {
    const k = `${a.lang}\u0000${a.value}`;
    if (seen.has(k)) continue;
    seen.add(k);
    aliases.push(a);
  }
  const sameAs = [...new Set(own.flatMap((e) => e.sameAs ?? []))].sort();
  return { iri: resolved.iri, types: [...new Set(own.flatMap((e) => e.types))].sort(), labels: [], aliases, ...(sameAs.length ? { sameAs } : {}) };
}

function unknownRef(review: EntityReview, d: ReviewDecision, iri: Iri): never {
  throw new CurationError(review.file ?? 'entity review', d.line, 1, `no entity named ${iri.startsWith(PREFIXES.ngr) ? local(iri) : iri} in this build (a stale decision?)`);
}

/** Join clusters that a `merge` decision names (by minted or resolved IRI). */
function applyMerges(clusters: Cluster[], review: EntityReview): Cluster[] {
  const parent = new Map<Cluster, Cluster>();
  const find = (c: Cluster): Cluster => {
    let r = c;
    while (parent.get(r)) r = parent.get(r)!;
    return r;
  };
  for (const d of review.merge) {
    const groups = d.entities.map((iri) => {
      const hit = clusters.filter((c) => c.iri === iri || c.members.some((m) => m.record.iri === iri));
      return hit.length ? hit : unknownRef(review, d, iri);
    });
    const all = groups.flat().map(find);
    const root = all.find((c) => c.anchor) ?? all[0]!;
    for (const c of all) if (c !== root) parent.set(c, root);
  }
  const out: Cluster[] = [];
  for (const c of clusters) {
    const r = find(c);
    if (r === c) {
      out.push(c);
      continue;
    }
    for (const m of c.members) join(r, m);
    r.anchor ??= c.anchor;
  }
  return out;
}

function checkSplitRefs(review: EntityReview, occurrences: Occurrence[]): void {
  const minted = new Set(occurrences.map((o) => o.record.iri));
  const docs = new Set(occurrences.map((o) => o.doc.document.id));
  for (const d of review.split) {
    for (const iri of d.entities) if (!minted.has(iri)) unknownRef(review, d, iri);
    for (const doc of d.documents ?? []) if (!docs.has(doc)) throw new CurationError(review.file ?? 'entity review', d.line, 1, `no document ${JSON.stringify(doc)} in this build`);
  }
}

/**
 * Resolve the entities minted by each document into entities of the corpus: rename them in
 * every document and report what was merged and which namesakes were kept apart.
 * @throws CurationError when a review decision names an entity or document the build does not have.
 */
export function resolveEntities(documents: readonly DocumentGraph[], options: ResolveOptions = {}): ResolutionResult {
  const review = options.review ?? emptyReview();
  const { forbidden, tagOf } = splitRules(review);
  const order = [...documents].sort((a, b) => a.document.published.localeCompare(b.document.published) || a.document.id.localeCompare(b.document.id));
  const occurrences: Occurrence[] = [];
  for (const doc of order) {
    for (const record of doc.entities) {
      const kind = kindOf(record.types);
      if (kind) occurrences.push(occurrence(doc, record, kind, tagOf(doc.document.id, record.iri)));
    }
  }
  checkSplitRefs(review, occurrences);

  let clusters: Cluster[] = [];
  const blocks = new Blocks();
  const anchors = new Map<Iri, Cluster>();
  for (const known of options.register ?? []) {
    const kind = kindOf(known.types);
    if (!kind) continue;
    const person = kind === 'person' ? known.labels.map((l) => personNameKey(l.value)).filter((k): k is PersonNameKey => !!k && k.given.length > 0) : [];
    const c: Cluster = { id: clusters.length, kind, anchor: known, members: [], person, keys: new Set(known.labels.map((l) => nameKey(l.value)).filter(Boolean)), roles: new Map(), affiliations: new Set(), splitTag: '' };
    clusters.push(c);
    anchors.set(known.iri, c);
    blocks.add(c, c);
  }
  for (const o of occurrences) {
    const same = anchors.get(o.record.iri);
    if (same) {
      join(same, o); // the document re-describes a register entity: it stays that entity
      continue;
    }
    const candidates = blocks.candidates(o).filter((c) => conflict(c, o, forbidden) === undefined);
    candidates.sort((a, b) => Number(!!b.anchor) - Number(!!a.anchor) || b.members.length - a.members.length || a.id - b.id);
    let target = candidates[0];
    if (!target) {
      target = { id: clusters.length, kind: o.kind, members: [], person: [], keys: new Set(), roles: new Map(), affiliations: new Set(), splitTag: o.splitTag };
      clusters.push(target);
    }
    join(target, o);
    blocks.add(target, o);
  }
  clusters = clusters.filter((c) => c.members.length > 0);
  nameClusters(clusters);
  if (review.merge.length) {
    clusters = applyMerges(clusters, review);
    nameClusters(clusters);
  }

  const renames = new Map<string, Iri>();
  const byMinted = new Map<Iri, Set<Iri>>();
  const records = new Map<Iri, EntityRecord>();
  const anchored = new Set<Iri>();
  for (const c of clusters) {
    if (!c.anchor) records.set(c.iri!, resolvedRecord(c));
    else anchored.add(c.iri!);
    for (const m of c.members) {
      renames.set(`${m.doc.document.id} ${m.record.iri}`, c.iri!);
      byMinted.set(m.record.iri, (byMinted.get(m.record.iri) ?? new Set()).add(c.iri!));
    }
  }
  const resolved = documents.map((doc) =>
    renameEntities(
      doc,
      (iri) => {
        const own = renames.get(`${doc.document.id} ${iri}`);
        if (own) return own;
        const all = byMinted.get(iri);
        return all?.size === 1 ? [...all][0]! : iri;
      },
      (iri, own) => {
        const rec = records.get(iri);
        if (rec) return documentRecord(rec, own);
        return anchored.has(iri) ? undefined : null;
      },
    ),
  );
  return {
    documents: resolved,
    records: [...records.values()].sort((a, b) => a.iri.localeCompare(b.iri)),
    entities: clusters.map((c) => ({
      iri: c.iri!,
      kind: c.kind,
      labels: c.anchor ? c.anchor.labels : records.get(c.iri!)!.labels,
      members: c.members.map((m) => ({ document: m.doc.document.id, minted: m.record.iri, names: m.record.labels.map((l) => l.value) })),
      ...(c.anchor ? { register: true } : {}),
      roles: [...c.roles.keys()].sort(),
      affiliations: [...c.affiliations].sort(),
    })),
    namesakes: [...byMinted].filter(([, to]) => to.size > 1).map(([minted, to]) => ({ minted, entities: [...to].sort() })),
  };
}

/** One line for people: how many minted entities became how many, and the namesakes kept apart. */
export function resolutionSummary(r: ResolutionResult): string {
  const minted = r.entities.reduce((n, e) => n + e.members.length, 0);
  const resolved = r.entities.filter((e) => e.members.length > 0);
  const merged = resolved.filter((e) => new Set(e.members.map((m) => m.minted)).size > 1 || e.register).length;
  const apart = r.namesakes.map((n) => `${local(n.minted)} → ${n.entities.map(local).join(', ')}`);
  return `entity resolution: ${minted} minted in documents → ${resolved.length} entities (${merged} joined across spellings or with the register)${apart.length ? `; namesakes kept apart: ${apart.join('; ')}` : ''}`;
}

/**
 * The people resolution found (not the register's) by every name — label or alias — that means
 * exactly one of them: what a document that mentions them without introducing them can be
 * linked by. Names two namesakes share ("Berger") are left out, and so are people no document
 * named with a given name and a surname: a "person" known by one word only ("Zusammenarbeit")
 * is as likely a noun the extractor misread, and linking that word in every document would
 * spread the error through the corpus.
 */
export function unambiguousPeople(r: ResolutionResult): Map<string, EntityRecord> {
  const records = new Map<Iri, EntityRecord>();
  for (const e of r.records) if (e.types.includes(NG_CLASS.Person)) records.set(e.iri, { ...e, aliases: [] });
  for (const d of r.documents) for (const e of d.entities) records.get(e.iri)?.aliases.push(...e.aliases);
  const byName = new Map<string, Set<Iri>>();
  for (const e of records.values()) for (const n of [...e.labels, ...e.aliases]) byName.set(n.value, (byName.get(n.value) ?? new Set()).add(e.iri));
  const fullyNamed = new Set<Iri>();
  for (const [name, iris] of byName) if ((personNameKey(name)?.given.length ?? 0) > 0) for (const iri of iris) fullyNamed.add(iri);
  const out = new Map<string, EntityRecord>();
  for (const [name, iris] of byName) {
    const iri = iris.size === 1 ? [...iris][0]! : undefined;
    if (iri && fullyNamed.has(iri)) out.set(name, records.get(iri)!);
  }
  return out;
}
