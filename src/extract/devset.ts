/**
 * The development set: real articles with hand-written gold (`data/devset/`, format in its
 * README) and fixtures of our own (`test/fixtures/extraction/`). Reads a gold file and its text,
 * refuses a text whose hash differs from the gold's, and scores an extraction against the gold:
 * entities, entity-level relations (the README's vocabulary), statements (found, speaker, date),
 * date normalisation, claims leaked as facts. Does not: extract (the caller passes the graph) or
 * validate SHACL (see `eval-main.ts`).
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { DocumentGraph, TimeValue } from '../model/types.js';
import { parseCuratedTime } from '../model/curation.js';
import { PREFIXES } from '../model/vocab.js';
import type { Gazetteer } from './gazetteer.js';
import { UNKNOWN_SPEAKER } from './extract.js';

/** One gold relation: subject name, predicate (ng: local name), object name or value. */
export type GoldTriple = [string, string, string];

export interface GoldStatement {
  speaker: string;
  at: [number, number];
  mode: 'direct' | 'indirect';
  date: string;
  claims?: GoldTriple[];
}

export interface GoldArticle {
  id: string;
  url: string;
  language: string;
  published: string;
  publisher?: string;
  kind?: string;
  sha256: string;
  entities: Array<{ name: string; type: string; aliases?: string[] }>;
  relations: GoldTriple[];
  statements: GoldStatement[];
  dates: Array<{ at: [number, number]; value: string }>;
}

/** A gold file with its text, or the reason the text is missing. */
export interface DevArticle {
  gold: GoldArticle;
  goldPath: string;
  text?: string;
  missing?: string;
}

/** The relation vocabulary scored (entity-level relations; events and evidence are not counted). */
export const SCORED_PREDICATES = new Set(['headOfState', 'headOfGovernment', 'position', 'affiliation', 'memberOf', 'applicantTo', 'partyTo', 'signatory', 'signedOn', 'signedAt', 'ratified', 'suspended', 'withdrewFrom', 'alliedWith', 'metWith', 'visited', 'supplies', 'deployed', 'stationedIn', 'tested', 'sanctioned', 'attacked', 'locatedIn']);
const SYMMETRIC = new Set(['alliedWith', 'metWith']);

/** Read every gold file in `goldDir`, with its text from `textDir` (or beside it, `<id>.txt`). */
export function readDevSet(goldDir: string, textDir = goldDir): DevArticle[] {
  if (!existsSync(goldDir)) return [];
  return readdirSync(goldDir).filter((f) => /\.ya?ml$/.test(f)).sort().map((f) => {
    const goldPath = join(goldDir, f);
    const gold = parseYaml(readFileSync(goldPath, 'utf8')) as GoldArticle;
    gold.published = String(gold.published);
    gold.relations ??= [];
    gold.statements ??= [];
    gold.dates ??= [];
    gold.entities ??= [];
    const textPath = join(textDir, `${basename(f).replace(/\.ya?ml$/, '')}.txt`);
    if (!existsSync(textPath)) return { gold, goldPath, missing: 'text not present (fetched texts are not committed)' };
    const text = readFileSync(textPath, 'utf8');
    const hash = createHash('sha256').update(text).digest('hex');
    if (hash !== gold.sha256) return { gold, goldPath, missing: `text hash ${hash.slice(0, 12)} differs from the gold's ${String(gold.sha256).slice(0, 12)}` };
    return { gold, goldPath, text };
  });
}

/** Counts of one measure. */
export interface Count {
  gold: number;
  found: number;
  correctGold: number;
  correctFound: number;
}

export interface ArticleScore {
  id: string;
  entities: Count;
  relations: Count;
  statements: Count;
  speaker: { correct: number; of: number };
  date: { correct: number; of: number };
  dates: Count;
  claimsLeaked: number;
  missed: { relations: string[]; statements: string[]; entities: string[] };
  wrong: { relations: string[]; statements: string[]; entities: string[] };
}

const norm = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[-–—_'’.]/g, ' ').replace(/\s+/g, ' ').trim();

/** Names an entity goes by: its labels (with its IRI's name) first, then its aliases. */
function namesOf(iri: string, dg: DocumentGraph, g: Gazetteer): { labels: string[]; aliases: string[] } {
  const e = g.entities.get(iri) ?? dg.entities.find((x) => x.iri === iri);
  const labels = [...(e?.labels ?? []).map((l) => l.value), decodeURIComponent(iri.replace(/^.*\//, '')).replace(/_/g, ' ')];
  return { labels: labels.map(norm), aliases: (e?.aliases ?? []).map((l) => norm(l.value)) };
}

function timeKey(t: TimeValue): string {
  return `${t.value}${t.part ? ` ${t.part}` : ''}${t.bound ? ' <=' : ''}`;
}
function goldTimeKey(v: string): string {
  const s = String(v).trim();
  if (s.startsWith('<=')) return `${s.slice(2).trim()} <=`;
  const t = parseCuratedTime(s);
  return timeKey(t);
}


/** Score one extraction against its gold. */
export function scoreArticle(gold: GoldArticle, text: string, dg: DocumentGraph, g: Gazetteer): ArticleScore {
  const goldNames = gold.entities.map((e) => ({ name: e.name, main: norm(e.name), all: new Set([e.name, ...(e.aliases ?? [])].map(norm)) }));
  const resolveCache = new Map<string, string | undefined>();
  /** The gold entity name a found IRI stands for, if any. */
  const toGold = (iri: string): string | undefined => {
    if (resolveCache.has(iri)) return resolveCache.get(iri);
    if (iri === UNKNOWN_SPEAKER) return 'unknown';
    const { labels, aliases } = namesOf(iri, dg, g);
    // the closest reading first: a gold name that is one of the entity's labels, then one of its aliases, then alias to alias
    const hit =
      goldNames.find((x) => labels.includes(x.main)) ??
      goldNames.find((x) => aliases.includes(x.main)) ??
      goldNames.find((x) => labels.some((l) => x.all.has(l))) ??
      goldNames.find((x) => aliases.some((l) => x.all.has(l)));
    resolveCache.set(iri, hit?.name);
    return hit?.name;
  };
  const entityTypes = /(State|Person|Organisation|Alliance|Union|Council|Treaty|PolicyDocument|Doctrine|WeaponType|Weapon|City|Place|Region|Event|Meeting)$/;
  const foundEntities = new Set<string>();
  for (const m of dg.mentions) foundEntities.add(m.entity);
  for (const s of dg.statements) foundEntities.add(s.speaker);
  const foundGold = new Set<string>();
  let foundCount = 0;
  const wrongEntities: string[] = [];
  for (const iri of foundEntities) {
    const e = g.entities.get(iri) ?? dg.entities.find((x) => x.iri === iri);
    if (!e || !e.types.some((t) => entityTypes.test(t))) continue;
    foundCount++;
    const name = toGold(iri);
    if (name && name !== 'unknown') foundGold.add(name);
    else wrongEntities.push(iri);
  }
  const entities: Count = { gold: gold.entities.length, found: foundCount, correctGold: foundGold.size, correctFound: foundCount - wrongEntities.length };

  // relations
  const local = (p: string) => p.replace(/^.*[#/]/, '');
  const objKey = (p: string, o: string) => (p === 'position' ? norm(o) : p === 'signedOn' ? goldTimeKey(o) : o);
  const goldRel = new Set(gold.relations.map(([s, p, o]) => `${s}|${p}|${objKey(p, String(o))}`));
  const goldRelSym = new Set([...goldRel, ...gold.relations.filter(([, p]) => SYMMETRIC.has(p)).map(([s, p, o]) => `${o}|${p}|${s}`)]);
  const foundRel = new Set<string>();
  const wrongRel: string[] = [];
  const isEntity = (iri: string) => {
    const e = g.entities.get(iri) ?? dg.entities.find((x) => x.iri === iri);
    return !e || e.types.some((t) => entityTypes.test(t));
  };
  for (const f of dg.facts) {
    const p = local(f.predicate);
    if (!SCORED_PREDICATES.has(p) || !f.predicate.startsWith(PREFIXES.ng)) continue;
    // entity-level relations only: weapon stocks and events are the event model's, not entities the gold lists
    if (!isEntity(f.subject) || ('iri' in f.object && !isEntity(f.object.iri))) continue;
    const s = toGold(f.subject) ?? `?${local(f.subject)}`;
    const o = 'iri' in f.object ? (toGold(f.object.iri) ?? `?${local(f.object.iri)}`) : 'time' in f.object ? timeKey(f.object.time) : norm(f.object.literal);
    const key = `${s}|${p}|${o}`;
    foundRel.add(key);
    if (!goldRelSym.has(key)) wrongRel.push(key);
  }
  const symHit = (k: string) => {
    const [s, p, o] = k.split('|');
    return foundRel.has(k) || (SYMMETRIC.has(p!) && foundRel.has(`${o}|${p}|${s}`));
  };
  const relHits = [...goldRel].filter(symHit);
  const relations: Count = { gold: goldRel.size, found: foundRel.size, correctGold: relHits.length, correctFound: foundRel.size - wrongRel.length };

  // statements: matched by overlapping span
  const spanOf = (s: DocumentGraph['statements'][number]) => s.evidence[0]!.span;
  const overlaps = (a: [number, number], b: { start: number; end: number }) => a[0] < b.end && b.start < a[1];
  let stFound = 0;
  let speakerOk = 0;
  let dateOk = 0;
  const missedSt: string[] = [];
  const wrongSt: string[] = [];
  const used = new Set<number>();
  for (const gs of gold.statements) {
    const idx = dg.statements.findIndex((s, k) => !used.has(k) && overlaps(gs.at, spanOf(s)));
    if (idx < 0) {
      missedSt.push(`${gs.speaker} @${gs.at[0]}: ${[...text].slice(gs.at[0], Math.min(gs.at[1], gs.at[0] + 70)).join('')}`);
      continue;
    }
    used.add(idx);
    stFound++;
    const f = dg.statements[idx]!;
    const sp = toGold(f.speaker) ?? `?${local(f.speaker)}`;
    const spOk = sp === gs.speaker || (gs.speaker === 'unknown' && f.speaker === UNKNOWN_SPEAKER);
    if (spOk) speakerOk++;
    const dOk = f.date !== undefined && timeKey(f.date) === goldTimeKey(gs.date);
    if (dOk) dateOk++;
    if (!spOk || !dOk) wrongSt.push(`@${gs.at[0]} speaker ${sp}${spOk ? '' : ` (gold ${gs.speaker})`}, date ${f.date ? timeKey(f.date) : '-'}${dOk ? '' : ` (gold ${goldTimeKey(gs.date)})`}`);
  }
  const stPrecise = dg.statements.filter((s) => gold.statements.some((gs) => overlaps(gs.at, spanOf(s)))).length;
  for (const [k, s] of dg.statements.entries()) if (!gold.statements.some((gs) => overlaps(gs.at, spanOf(s)))) wrongSt.push(`extra @${spanOf(s).start}: ${spanOf(s).exact.slice(0, 60)}`), void k;
  const statements: Count = { gold: gold.statements.length, found: dg.statements.length, correctGold: stFound, correctFound: stPrecise };

  // dates
  const foundDates = dg.dates ?? [];
  const dHit = gold.dates.filter((d) => foundDates.some((f) => overlaps(d.at, f) && timeKey(f.time) === goldTimeKey(d.value))).length;
  const dPrecise = foundDates.filter((f) => gold.dates.some((d) => overlaps(d.at, f) && timeKey(f.time) === goldTimeKey(d.value))).length;
  const dates: Count = { gold: gold.dates.length, found: foundDates.length, correctGold: dHit, correctFound: dPrecise };

  // claims leaked: a claim asserted as a fact though the narrator does not assert it
  const claims = gold.statements.flatMap((s) => s.claims ?? []).map(([s, p, o]) => `${s}|${p}|${objKey(p, String(o))}`).filter((k) => !goldRelSym.has(k));
  const claimsLeaked = claims.filter(symHit).length;

  return {
    id: gold.id,
    entities,
    relations,
    statements,
    speaker: { correct: speakerOk, of: stFound },
    date: { correct: dateOk, of: stFound },
    dates,
    claimsLeaked,
    missed: { relations: [...goldRel].filter((k) => !symHit(k)), statements: missedSt, entities: gold.entities.map((e) => e.name).filter((n) => !foundGold.has(n)) },
    wrong: { relations: wrongRel, statements: wrongSt, entities: wrongEntities.map((iri) => decodeURIComponent(local(iri))) },
  };
}

/** Precision, recall and F1 of a count. */
export function prf(c: Count): { p: number; r: number; f1: number } {
  const p = c.found === 0 ? (c.gold === 0 ? 1 : 0) : c.correctFound / c.found;
  const r = c.gold === 0 ? 1 : c.correctGold / c.gold;
  return { p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}

/** Add counts up (micro-average). */
export function sumCounts(cs: readonly Count[]): Count {
  return cs.reduce((a, c) => ({ gold: a.gold + c.gold, found: a.found + c.found, correctGold: a.correctGold + c.correctGold, correctFound: a.correctFound + c.correctFound }), { gold: 0, found: 0, correctGold: 0, correctFound: 0 });
}
