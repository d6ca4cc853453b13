/**
 * A deterministic synthetic news graph in the newsgraph model, for benchmarks and scale tests.
 *
 * Does: generate many short articles from templates over a fixed entity pool (states, people,
 * organisations, treaties, weapon stocks, places), each with real sentences, facts whose evidence
 * spans are the exact text, statements with unasserted claims, events with dates of varying
 * precision and mentions — and encode them with the project's own encoder, so the benchmark
 * graph has the same shape as real builds. The same seed always gives the same quads.
 * Does not: pretend to be realistic language.
 */
import { createWriteStream, existsSync, mkdirSync, renameSync } from 'node:fs';
import { dirname } from 'node:path';
import { Writer } from 'n3';
import type { Quad } from '@rdfjs/types';
import { encodeDocumentGraph, encodeEntity } from '../model/encode.js';
import { documentIri, entityIri, eventIri } from '../model/iri.js';
import { makeTime } from '../model/time.js';
import type { DocumentGraph, Evidence, Fact, Mention, Statement, TimeValue } from '../model/types.js';
import { CURATED_RULE, NG, NG_CLASS, REGISTER_GRAPH } from '../model/vocab.js';
import { seededRandom } from '../util/random.js';

/** Options of the generator. */
export interface SyntheticOptions {
  /** Approximate number of quads to generate. */
  triples: number;
  /** Seed of the pseudo-random generator. */
  seed?: number;
}

interface PoolEntity {
  iri: string;
  name: string;
  type: string;
}

function pool(kind: string, type: string, n: number): PoolEntity[] {
  return Array.from({ length: n }, (_, i) => {
    const name = `${kind} ${i.toString(36).toUpperCase()}`;
    return { iri: entityIri(`Synthetic ${name}`), name, type };
  });
}

/** The entity pool: the register of the synthetic world. */
export function syntheticPool(): Record<'states' | 'people' | 'orgs' | 'treaties' | 'stocks' | 'places', PoolEntity[]> {
  return {
    states: pool('State', NG_CLASS.State, 200),
    people: pool('Minister', NG_CLASS.Person, 3000),
    orgs: pool('Council', NG_CLASS.Organisation, 300),
    treaties: pool('Treaty', NG_CLASS.Treaty, 400),
    stocks: pool('Arsenal', NG_CLASS.WeaponStock, 800),
    places: pool('City', NG_CLASS.City, 1500),
  };
}

/** Generate one synthetic article as a DocumentGraph. */
function article(i: number, r: () => number, p: ReturnType<typeof syntheticPool>): DocumentGraph {
  const pick = <T>(list: T[]): T => list[Math.floor(r() * list.length)]!;
  const id = `synthetic-${i}`;
  const doc = documentIri(id);
  const year = 2000 + Math.floor(r() * 25);
  const month = 1 + Math.floor(r() * 12);
  const day = 1 + Math.floor(r() * 28);
  const published = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const a = pick(p.states);
  const b = pick(p.states);
  const leader = pick(p.people);
  const treaty = pick(p.treaties);
  const stock = pick(p.stocks);
  const place = pick(p.places);
  const org = pick(p.orgs);
  const dateOptions: TimeValue[] = [makeTime(published, 'day'), makeTime(published.slice(0, 7), 'month'), makeTime(published.slice(0, 7), 'month', 'mid'), makeTime(String(year), 'year', 'late')];
  const when = pick(dateOptions);
  const sentences = [
    `${a.name} and ${b.name} signed the ${treaty.name} in ${place.name} on ${published}.`,
    `${leader.name} is the head of state of ${a.name}.`,
    `The ${stock.name} is stationed in ${b.name} and controlled by ${a.name}.`,
    `${a.name} is a member of the ${org.name}.`,
    `"We will defend ${b.name} with all means", said ${leader.name}.`,
  ];
  let text = '';
  const spans: Array<{ start: number; end: number }> = [];
  for (const s of sentences) {
    spans.push({ start: text.length, end: text.length + s.length });
    text += `${s}\n`;
  }
  const ev = (sentence: number, exact: string, from = 0): Evidence => {
    const start = text.indexOf(exact, spans[sentence]!.start + from);
    return { document: doc, sentence, span: { start, end: start + exact.length, exact }, rule: CURATED_RULE, confidence: 1 };
  };
  const signing = eventIri('Signing', when, String(i));
  const facts: Fact[] = [
    { subject: a.iri, predicate: NG.partyTo, object: { iri: treaty.iri }, evidence: [ev(0, sentences[0]!)] },
    { subject: b.iri, predicate: NG.partyTo, object: { iri: treaty.iri }, evidence: [ev(0, sentences[0]!)] },
    { subject: treaty.iri, predicate: NG.signedAt, object: { iri: place.iri }, evidence: [ev(0, `in ${place.name}`)] },
    { subject: signing, predicate: NG.date, object: { time: when }, evidence: [ev(0, published)] },
    { subject: signing, predicate: NG.about, object: { iri: treaty.iri }, evidence: [ev(0, sentences[0]!)] },
    { subject: signing, predicate: NG.location, object: { iri: place.iri }, evidence: [ev(0, `in ${place.name}`)] },
    { subject: a.iri, predicate: NG.headOfState, object: { iri: leader.iri }, evidence: [ev(1, sentences[1]!)] },
    { subject: stock.iri, predicate: NG.stationedIn, object: { iri: b.iri }, evidence: [ev(2, `stationed in ${b.name}`)] },
    { subject: stock.iri, predicate: NG.controlledBy, object: { iri: a.iri }, evidence: [ev(2, `controlled by ${a.name}`)] },
    { subject: a.iri, predicate: NG.memberOf, object: { iri: org.iri }, evidence: [ev(3, sentences[3]!)] },
  ];
  const quote = `We will defend ${b.name} with all means`;
  const statements: Statement[] = [
    {
      speaker: leader.iri,
      date: makeTime(published, 'day'),
      mode: 'direct',
      quote,
      content: quote,
      about: [b.iri, stock.iri],
      claims: [{ subject: a.iri, predicate: NG.permitsUseOf, object: { iri: stock.iri } }],
      evidence: [ev(4, sentences[4]!)],
    },
  ];
  const mentions: Mention[] = [];
  for (const e of [a, b, leader, treaty, stock, place, org]) {
    const at = text.indexOf(e.name);
    if (at >= 0) mentions.push({ entity: e.iri, evidence: { document: doc, sentence: spans.findIndex((s) => at >= s.start && at < s.end), span: { start: at, end: at + e.name.length, exact: e.name }, rule: CURATED_RULE, confidence: 1 } });
  }
  return {
    document: { id, iri: doc, text, language: 'en', published, publisher: 'Synthetic Wire', sentences: spans, boilerplate: [] },
    entities: [{ iri: signing, types: [NG_CLASS.Signing], labels: [{ value: `Signing of ${treaty.name} (${published})`, lang: 'en' }], aliases: [] }],
    facts,
    statements,
    mentions,
  };
}

/**
 * Generate about `triples` quads: the register of the pool, then articles until the size is reached.
 * Calls `emit` batch by batch so callers can stream to disk.
 */
export function generateSynthetic(options: SyntheticOptions, emit: (quads: Quad[]) => void): number {
  if (!Number.isInteger(options.triples) || options.triples <= 0) throw new RangeError(`triples must be a positive integer, got ${options.triples}`);
  const r = seededRandom(options.seed ?? 42);
  const p = syntheticPool();
  let count = 0;
  for (const list of Object.values(p)) {
    for (const e of list) {
      const quads = encodeEntity({ iri: e.iri, types: [e.type], labels: [{ value: e.name, lang: 'en' }], aliases: [] }, REGISTER_GRAPH);
      count += quads.length;
      emit(quads);
    }
  }
  for (let i = 0; count < options.triples; i++) {
    const quads = encodeDocumentGraph(article(i, r, p));
    count += quads.length;
    emit(quads);
  }
  return count;
}

/** Generate the synthetic dataset in memory. */
export function generateSyntheticDataset(options: SyntheticOptions): Quad[] {
  const all: Quad[] = [];
  generateSynthetic(options, (q) => {
    for (const x of q) all.push(x);
  });
  return all;
}

/** Write the synthetic dataset as N-Quads (atomically; reuses an existing file of the same name). */
export async function writeSynthetic(path: string, options: SyntheticOptions): Promise<{ path: string; quads: number }> {
  if (existsSync(path)) return { path, quads: -1 };
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  const out = createWriteStream(tmp);
  const writer = new Writer({ format: 'N-Quads' });
  let buffer = '';
  const quads = generateSynthetic(options, (batch) => {
    for (const q of batch) buffer += writer.quadToString(q.subject, q.predicate, q.object, q.graph);
    if (buffer.length > 1 << 20) {
      out.write(buffer);
      buffer = '';
    }
  });
  out.write(buffer);
  await new Promise<void>((resolve, reject) => out.end((err?: Error | null) => (err ? reject(err) : resolve())));
  renameSync(tmp, path);
  return { path, quads };
}
