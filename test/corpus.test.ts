/**
 * The corpus workflow on six short articles written for this test (four outlets, German and
 * English): ingest → build with cross-document entity resolution
 * (Scheremetow/Sheremetov and Chwostow/Khvostov — fictional officials the register does not know —
 * merged, the two Anna Bergers kept apart, a bare "Scheremetow sagte" linked to the Sheremetov
 * other documents introduced), the entity review
 * file, fact support by publishers, utterances across outlets, and disagreements — by the API, the
 * CLI, and over a SPARQL store (oxigraph behind the standard protocols, and Virtuoso).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Quad } from '@rdfjs/types';
import { buildGraph, type BuildResult } from '../src/build/pipeline.js';
import { CorpusQueries } from '../src/corpus/corpus-queries.js';
import { nameKey } from '../src/resolve/names.js';
import { roleFamily } from '../src/resolve/roles.js';
import { SparqlEndpoint } from '../src/remote/endpoint.js';
import { pushDataset } from '../src/remote/push.js';
import { Virtuoso } from './support/virtuoso.js';
import { startProtocolStore } from './support/protocol-store.js';
import { cli } from './support/cli.js';
import { encodeDocumentGraph } from '../src/model/encode.js';
import { documentIri } from '../src/model/iri.js';
import type { DocumentGraph } from '../src/model/types.js';

const FIXTURES = resolve('test/fixtures/corpus-sources');
const NGR = 'https://w3id.org/newsgraph/id/';
const NG = 'https://w3id.org/newsgraph/ontology#';
let root: string;
let built: BuildResult;
const cwd = process.cwd();

function newRoot(): string {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-corpus-'));
  cpSync('ontology', join(dir, 'ontology'), { recursive: true });
  mkdirSync(join(dir, 'data', 'sources'), { recursive: true });
  cpSync('data/entities.ttl', join(dir, 'data', 'entities.ttl'));
  return dir;
}

/** Run the CLI inside the project root. */
async function cliIn(dir: string, ...args: string[]) {
  process.chdir(dir);
  try {
    return await cli(...args);
  } finally {
    process.chdir(cwd);
  }
}

const subjectsOfType = (quads: Quad[], type: string) => new Set(quads.filter((q) => q.predicate.value.endsWith('#type') && q.object.value === type).map((q) => q.subject.value));
const labelsOf = (quads: Quad[], iri: string) => new Set(quads.filter((q) => q.subject.value === iri && q.predicate.value.endsWith('#label')).map((q) => `${q.object.value}@${(q.object as { language?: string }).language}`));
const plain = (x: unknown) => JSON.parse(JSON.stringify(x)) as unknown;

beforeAll(async () => {
  root = newRoot();
  const files = readdirSync(FIXTURES).filter((f) => f.endsWith('.txt')).map((f) => join(FIXTURES, f));
  const r = await cliIn(root, 'ingest', ...files, '--add');
  expect(r.code, r.err).toBe(0);
  built = await buildGraph({ dataDir: join(root, 'data'), write: false });
}, 120_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('cross-document entity resolution', () => {
  it('gives transliterated names one key and reads roles in both languages', () => {
    expect(new Set(['Peskow', 'Peskov', 'Песков'].map(nameKey)).size).toBe(1);
    expect(new Set(['Selenskyj', 'Zelensky', 'Зеленский'].map(nameKey)).size).toBe(1);
    expect(new Set(['Chrenin', 'Khrenin'].map(nameKey)).size).toBe(1);
    expect(new Set(['Scheremetow', 'Sheremetov'].map(nameKey)).size).toBe(1);
    expect(new Set(['Pawel Chwostow', 'Pavel Khvostov'].map(nameKey)).size).toBe(1);
    expect(nameKey('Anna')).not.toBe(nameKey('Nina'));
    expect(roleFamily('Verteidigungsministerin')).toBe(roleFamily('Defence Minister'));
    expect(roleFamily('Sprecher')).toBe(roleFamily('spokesman'));
    expect(roleFamily('Außenministerin')).not.toBe(roleFamily('Verteidigungsminister'));
  });

  it('merges the same new person across outlets and languages, keeps namesakes apart, and the graph conforms', () => {
    expect(built.report?.conforms).toBe(true);
    const people = subjectsOfType(built.quads, `${NG}Person`);
    expect(people).toContain(`${NGR}Arkady_Sheremetov`);
    expect(people).toContain(`${NGR}Pavel_Khvostov`);
    for (const gone of ['Arkadi_Scheremetow', 'Pawel_Chwostow', 'Anna_Berger']) expect(people).not.toContain(NGR + gone);
    // neither is in the register: resolution made them, with one label per language
    for (const iri of ['Arkady_Sheremetov', 'Pavel_Khvostov']) expect(built.resolution.entities.find((e) => e.iri === NGR + iri)?.register).toBeUndefined();
    expect(labelsOf(built.quads, `${NGR}Arkady_Sheremetov`)).toEqual(new Set(['Arkadi Scheremetow@de', 'Arkady Sheremetov@en']));
    expect(labelsOf(built.quads, `${NGR}Pavel_Khvostov`)).toEqual(new Set(['Pawel Chwostow@de', 'Pavel Khvostov@en']));
    // the same Sheremetov in four documents from three publishers
    const sheremetov = built.resolution.entities.find((e) => e.iri === `${NGR}Arkady_Sheremetov`)!;
    expect(new Set(sheremetov.members.map((m) => m.document)).size).toBe(4);
    // Anna Berger, Austrian defence minister, and Anna Berger, Swiss foreign minister: two people
    expect(people).toContain(`${NGR}Anna_Berger_Austria`);
    expect(people).toContain(`${NGR}Anna_Berger_Switzerland`);
    expect(built.resolution.namesakes).toEqual([{ minted: `${NGR}Anna_Berger`, entities: [`${NGR}Anna_Berger_Austria`, `${NGR}Anna_Berger_Switzerland`] }]);
    const affiliation = (iri: string) => built.quads.filter((q) => q.subject.value === iri && q.predicate.value === `${NG}affiliation`).map((q) => q.object.value);
    expect(affiliation(`${NGR}Anna_Berger_Austria`)).toEqual([`${NGR}Austria`]);
    expect(affiliation(`${NGR}Anna_Berger_Switzerland`)).toEqual([`${NGR}Switzerland`]);
  });

  it('keeps resolved labels in the entities graph, so an added article changes its own graph and that one only', async () => {
    const inGraph = (quads: Quad[], g: string) => quads.filter((q) => q.graph.value === g);
    const sheremetovLabels = built.quads.filter((q) => q.subject.value === `${NGR}Arkady_Sheremetov` && q.predicate.value.endsWith('#label'));
    expect(new Set(sheremetovLabels.map((q) => q.graph.value))).toContain('https://w3id.org/newsgraph/graph/entities');
    const doc = 'https://w3id.org/newsgraph/source/nordkurier-2024-12-06-minsk';
    expect(inGraph(built.quads, doc).filter((q) => q.subject.value === `${NGR}Arkady_Sheremetov` && q.predicate.value === `${NG}alias`).map((q) => q.object.value).sort()).toEqual(['Scheremetow']);
    const dir = newRoot();
    try {
      cpSync(join(root, 'data', 'sources'), join(dir, 'data', 'sources'), { recursive: true });
      for (const ext of ['txt', 'meta.json']) rmSync(join(dir, 'data', 'sources', `baltic-ledger-2024-12-10-sheremetov.${ext}`));
      const without = await buildGraph({ dataDir: join(dir, 'data'), write: false });
      const key = (q: Quad) => `${q.subject.value} ${q.predicate.value} ${q.object.termType} ${q.object.value}`;
      const graphs = new Set(built.quads.map((q) => q.graph.value));
      const changed = [...graphs].filter((g) => inGraph(built.quads, g).map(key).sort().join('\n') !== inGraph(without.quads, g).map(key).sort().join('\n'));
      expect(changed.sort()).toEqual(['https://w3id.org/newsgraph/source/baltic-ledger-2024-12-10-sheremetov']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('applies the review file on every build: merge and split win over the rules; a stale decision names file and line', async () => {
    const dir = newRoot();
    try {
      cpSync(join(root, 'data', 'sources'), join(dir, 'data', 'sources'), { recursive: true });
      mkdirSync(join(dir, 'data', 'review'));
      const review = join(dir, 'data', 'review', 'entities.yaml');
      writeFileSync(review, 'merge:\n  - [Anna_Berger_Austria, Anna_Berger_Switzerland]\nsplit:\n  - [Arkadi_Scheremetow, Arkady_Sheremetov]\n');
      const r = await buildGraph({ dataDir: join(dir, 'data'), write: false });
      expect(r.report?.conforms).toBe(true);
      const people = subjectsOfType(r.quads, `${NG}Person`);
      expect(people).toContain(`${NGR}Arkadi_Scheremetow`);
      expect(people).toContain(`${NGR}Arkady_Sheremetov`);
      expect([...people].filter((p) => p.startsWith(`${NGR}Anna_Berger`))).toEqual([`${NGR}Anna_Berger`]);
      // document-level split: this document's Pawel Chwostow is somebody else
      writeFileSync(review, 'split:\n  - { entity: Pawel_Chwostow, documents: [nordkurier-2024-12-06-minsk] }\n');
      const s = await buildGraph({ dataDir: join(dir, 'data'), write: false });
      expect(s.resolution.entities.filter((e) => e.labels.some((l) => /Pa[vw]el/.test(l.value))).length).toBe(2);
      writeFileSync(review, 'merge:\n  - [Arkady_Sheremetov, Nobody_Known]\n');
      await expect(buildGraph({ dataDir: join(dir, 'data'), write: false })).rejects.toThrow(/entities\.yaml:2:1: no entity named Nobody_Known/);
      const bad = await cliIn(dir, 'build');
      expect(bad.code).toBe(2);
      expect(bad.err).toMatch(/entities\.yaml:2/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('incremental builds with cross-document resolution', () => {
  it('a cached build gives the graph a fresh build gives, as articles come and go and the review file changes; relinks are cached too', async () => {
    const dir = newRoot();
    const sources = join(dir, 'data', 'sources');
    const add = (id: string) => { for (const ext of ['txt', 'meta.json']) cpSync(join(root, 'data', 'sources', `${id}.${ext}`), join(sources, `${id}.${ext}`)); };
    const drop = (id: string) => { for (const ext of ['txt', 'meta.json']) rmSync(join(sources, `${id}.${ext}`)); };
    const key = (q: Quad) => `${q.subject.value} ${q.predicate.value} ${q.object.termType} ${q.object.value} ${q.graph.value}`;
    const check = async () => {
      const cached = await buildGraph({ dataDir: join(dir, 'data'), outDir: join(dir, 'out'), write: false });
      const fresh = await buildGraph({ dataDir: join(dir, 'data'), cacheDir: false, write: false });
      expect(cached.quads.map(key).sort()).toEqual(fresh.quads.map(key).sort());
      return cached.extraction;
    };
    const bare = 'donau-depesche-2024-12-09-nachtrag'; // "Scheremetow sagte …": introduced elsewhere
    try {
      add(bare);
      add('harbour-times-2024-12-06-guarantees');
      expect(await check()).toMatchObject({ extracted: 2, reused: 0, relinked: { extracted: 0, reused: 0 } });
      // an article introducing Scheremetow: it alone is extracted, and the bare mention is relinked
      add('donau-depesche-2024-12-08-bericht');
      expect(await check()).toMatchObject({ extracted: 1, reused: 2, relinked: { extracted: 1, reused: 0 } });
      expect(await check()).toMatchObject({ extracted: 0, reused: 3, relinked: { extracted: 0, reused: 1 } });
      add('nordkurier-2024-12-06-minsk');
      add('baltic-ledger-2024-12-07-treaty');
      expect(await check()).toMatchObject({ extracted: 2, reused: 3 });
      // the review file splits the German and English Sheremetov: the bare mention now means another person
      mkdirSync(join(dir, 'data', 'review'));
      writeFileSync(join(dir, 'data', 'review', 'entities.yaml'), 'split:\n  - [Arkadi_Scheremetow, Arkady_Sheremetov]\n');
      expect(await check()).toMatchObject({ extracted: 0, reused: 5, relinked: { extracted: 1, reused: 0 } });
      rmSync(join(dir, 'data', 'review', 'entities.yaml'));
      expect(await check()).toMatchObject({ extracted: 0, reused: 5 });
      // the German introducers gone: nothing to relink, and the relink entry is dropped
      drop('donau-depesche-2024-12-08-bericht');
      drop('nordkurier-2024-12-06-minsk');
      expect(await check()).toMatchObject({ extracted: 0, reused: 3, relinked: { extracted: 0, reused: 0 } });
      expect(readdirSync(join(dir, 'out', 'cache', 'extract')).sort()).toEqual(['baltic-ledger-2024-12-07-treaty.json', `${bare}.json`, 'harbour-times-2024-12-06-guarantees.json']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});

describe('corroboration and disagreement (API)', () => {
  it('counts supporting documents and independent publishers, first and last seen', async () => {
    const q = CorpusQueries.fromQuads(built.quads);
    const three = await q.corroborated({ min: 3 });
    const partyTo = three.find((f) => f.subject.value === `${NGR}Russia` && f.predicate.value === `${NG}partyTo`)!;
    expect(partyTo.publishers).toEqual(['Baltic Ledger', 'Harbour Times', 'Nordkurier Rundschau']);
    expect([partyTo.firstSeen, partyTo.lastSeen]).toEqual(['2024-12-06', '2024-12-07']);
    // the merged Sheremetov's affiliation: four documents, three publishers (Baltic Ledger twice)
    const sheremetov = three.find((f) => f.subject.value === `${NGR}Arkady_Sheremetov` && f.predicate.value === `${NG}affiliation`)!;
    expect([sheremetov.sources.length, sheremetov.publishers.length, sheremetov.lastSeen]).toEqual([4, 3, '2024-12-10']);
    // 5 December is told by one publisher only
    const two = await q.corroborated({ min: 2 });
    expect(two.some((f) => f.predicate.value === `${NG}signedOn` && f.object.value.endsWith('2024-12-06'))).toBe(true);
    expect(two.some((f) => f.object.value.endsWith('2024-12-05'))).toBe(false);
    expect(two.every((f) => f.publishers.length >= 2)).toBe(true);
  });

  it('groups the reports of one utterance across outlets and languages, over time', async () => {
    const q = CorpusQueries.fromQuads(built.quads);
    const said = await q.said('Scheremetow', { about: 'Sicherheitsgarantievertrag' });
    expect(said.map((u) => [u.date?.value, u.publishers])).toEqual([
      ['2024-12-06', ['Baltic Ledger', 'Nordkurier Rundschau']],
      ['2024-12-07', ['Donau Depesche']],
      ['2024-12-09', ['Donau Depesche']], // "Scheremetow sagte …": a bare mention, linked to the person other documents introduced
      ['2024-12-10', ['Baltic Ledger']],
    ]);
    expect(said[0]!.reports.map((r) => r.language).sort()).toEqual(['de', 'en']);
    expect(await q.said('Arkady Sheremetov', { about: 'NATO' })).toHaveLength(1);
    expect(await q.said('Sheremetov', { from: '2024-12-07', to: '2024-12-08' })).toHaveLength(1);
  });

  it('finds the date disagreement, the same event told twice, and a fact asserted by some and only claimed by another', async () => {
    const list = await CorpusQueries.fromQuads(built.quads).disagreements();
    const value = list.find((d) => d.kind === 'value');
    expect(value && value.kind === 'value' && [value.predicate.value, value.values.map((v) => [v.object.label, v.sources.map((s) => s.publisher)])]).toEqual([
      `${NG}signedOn`,
      [
        ['6 December 2024', ['Harbour Times', 'Nordkurier Rundschau']],
        ['5 December 2024', ['Baltic Ledger']],
      ],
    ]);
    const event = list.find((d) => d.kind === 'event');
    expect(event && event.kind === 'event' && [event.differs, event.events.map((e) => e.date?.earliest)]).toEqual([['date'], ['2024-12-05', '2024-12-06']]);
    const claimed = list.filter((d) => d.kind === 'claimed');
    expect(claimed.map((d) => d.kind === 'claimed' && `${d.subject.label} ${d.predicate.label}`)).toEqual(['Belarus party to', 'Russia party to']);
    for (const d of claimed) {
      if (d.kind !== 'claimed') continue;
      expect(d.assertedBy.map((s) => s.publisher).sort()).toEqual(['Baltic Ledger', 'Harbour Times', 'Nordkurier Rundschau']);
      expect(d.claimedBy.map((c) => [c.source.publisher, c.speaker.value, c.basis])).toEqual([['Donau Depesche', `${NGR}Arkady_Sheremetov`, 'about']]);
    }
    expect(list).toHaveLength(4);
  });
});

describe('structured claims', () => {
  it('a statement whose claim is an asserted fact of another publisher is a disagreement, with its polarity', async () => {
    const graph = (id: string, publisher: string, extra: Partial<DocumentGraph>): DocumentGraph => ({
      document: { id, iri: documentIri(id), text: 'Ein Satz.', language: 'de', published: '2024-12-09', publisher, sentences: [{ start: 0, end: 9 }], boilerplate: [] },
      entities: [],
      facts: [],
      statements: [],
      mentions: [],
      ...extra,
    });
    const ev = (id: string) => ({ document: documentIri(id), sentence: 0, span: { start: 0, end: 9, exact: 'Ein Satz.' }, rule: 'https://w3id.org/newsgraph/rule/curated', confidence: 1 });
    const triple = { subject: `${NGR}Belarus`, predicate: `${NG}memberOf`, object: { iri: `${NGR}Union_State` } };
    const quads = [
      ...encodeDocumentGraph(graph('asserting', 'Erste Zeitung', { facts: [{ ...triple, evidence: [ev('asserting')] }] })),
      ...encodeDocumentGraph(graph('denying', 'Zweite Zeitung', { statements: [{ speaker: `${NGR}Alexander_Lukashenko`, mode: 'indirect', content: 'Ein Satz.', about: [], claims: [{ ...triple, polarity: 'negative' }], evidence: [ev('denying')] }] })),
    ];
    const [d] = await CorpusQueries.fromQuads(quads).disagreements();
    expect(d?.kind === 'claimed' && [d.assertedBy.map((s) => s.publisher), d.claimedBy.map((c) => [c.source.publisher, c.basis, c.polarity])]).toEqual([['Erste Zeitung'], [['Zweite Zeitung', 'claim', 'negative']]]);
  });
});

describe('values: dates with precision and numbers', () => {
  it('a date within another date\'s range agrees; a date outside it and a different number disagree', async () => {
    const graph = (id: string, publisher: string, facts: DocumentGraph['facts']): DocumentGraph => ({
      document: { id, iri: documentIri(id), text: 'Ein Satz.', language: 'de', published: '2024-12-09', publisher, sentences: [{ start: 0, end: 9 }], boilerplate: [] },
      entities: [],
      facts,
      statements: [],
      mentions: [],
    });
    const ev = (id: string) => [{ document: documentIri(id), sentence: 0, span: { start: 0, end: 9, exact: 'Ein Satz.' }, rule: 'https://w3id.org/newsgraph/rule/curated', confidence: 1 }];
    const updated = (id: string, time: { value: string; precision: 'day' | 'month'; part?: 'mid'; earliest: string; latest: string }) => ({ subject: `${NGR}Russian_nuclear_doctrine`, predicate: `${NG}updatedOn`, object: { time }, evidence: ev(id) });
    const count = (id: string, n: string) => ({ subject: `${NGR}Russian_tactical_nuclear_weapons_in_Belarus`, predicate: 'https://example.org/warheads', object: { literal: n, datatype: 'http://www.w3.org/2001/XMLSchema#integer' }, evidence: ev(id) });
    const midJune = updated('a', { value: '2023-06', precision: 'month', part: 'mid', earliest: '2023-06-11', latest: '2023-06-20' });
    const agree = [...encodeDocumentGraph(graph('a', 'A', [midJune, count('a', '30')])), ...encodeDocumentGraph(graph('b', 'B', [updated('b', { value: '2023-06-15', precision: 'day', earliest: '2023-06-15', latest: '2023-06-15' }), count('b', '30')]))];
    expect(await CorpusQueries.fromQuads(agree).disagreements()).toEqual([]);
    const clash = [...agree, ...encodeDocumentGraph(graph('c', 'C', [updated('c', { value: '2023-07-02', precision: 'day', earliest: '2023-07-02', latest: '2023-07-02' }), count('c', '40')]))];
    const list = await CorpusQueries.fromQuads(clash).disagreements();
    expect(list.map((d) => d.kind === 'value' && [d.predicate.value.replace(/^.*[#/]/, ''), d.values.map((v) => v.sources.map((x) => x.publisher).join('+'))])).toEqual([
      ['updatedOn', ['B', 'A', 'C']],
      ['warheads', ['A+B', 'C']],
    ]);
  });
});

describe('corroboration and disagreement (CLI)', () => {
  it('answers corroborated, said and disagreements as the API does; bad input exits 2', async () => {
    const q = CorpusQueries.fromQuads(built.quads);
    const c = await cliIn(root, 'corroborated', '--min', '3', '--json');
    expect(c.code, c.err).toBe(0);
    expect(JSON.parse(c.out)).toEqual(plain(await q.corroborated({ min: 3 })));
    const s = await cliIn(root, 'said', 'Sheremetov', '--about', 'Treaty on Security Guarantees', '--json');
    expect(s.code, s.err).toBe(0);
    expect(JSON.parse(s.out)).toEqual(plain(await q.said('Sheremetov', { about: 'Treaty on Security Guarantees' })));
    const d = await cliIn(root, 'disagreements');
    expect(d.code, d.err).toBe(0);
    expect(d.out).toMatch(/signed on .*6 December 2024.*≠ 5 December 2024/);
    expect(d.out).toMatch(/claimed .*Russia · party to/);
    expect((await cliIn(root, 'corroborated', '--min', 'zwei')).code).toBe(2);
    const unknown = await cliIn(root, 'said', 'Niemand Bekannt');
    expect(unknown.code).toBe(2);
    expect(unknown.err).toMatch(/no entity matches "Niemand Bekannt"/);
  });
});

async function sameAnswersRemote(endpoint: SparqlEndpoint, cliArgs: string[]): Promise<void> {
  await pushDataset(endpoint, built.quads);
  const local = CorpusQueries.fromQuads(built.quads);
  const remote = CorpusQueries.fromEndpoint(endpoint);
  expect(plain(await remote.corroborated({ min: 2 }))).toEqual(plain(await local.corroborated({ min: 2 })));
  expect(plain(await remote.said('Sheremetov'))).toEqual(plain(await local.said('Sheremetov')));
  expect(plain(await remote.disagreements())).toEqual(plain(await local.disagreements()));
  const r = await cliIn(root, 'corroborated', '--min', '3', '--json', ...cliArgs);
  expect(r.code, r.err).toBe(0);
  expect(JSON.parse(r.out)).toEqual(plain(await local.corroborated({ min: 3 })));
  const d = await cliIn(root, 'disagreements', '--json', ...cliArgs);
  expect(d.code, d.err).toBe(0);
  expect(JSON.parse(d.out)).toHaveLength(4);
}

describe('corroboration and disagreement over a SPARQL store', () => {
  it('gives the same answers from oxigraph behind the standard protocols (Fuseki URLs, Basic auth)', async () => {
    const store = await startProtocolStore();
    try {
      await sameAnswersRemote(new SparqlEndpoint({ query: store.query, credentials: store.credentials }), ['--endpoint', store.query, '--user', store.credentials.user, '--password', store.credentials.password]);
    } finally {
      await store.close();
    }
  }, 120_000);

  it('gives the same answers from Virtuoso', async () => {
    const v = await Virtuoso.create();
    try {
      await sameAnswersRemote(new SparqlEndpoint({ query: v.endpoint, credentials: { user: 'dba', password: 'dba' } }), ['--endpoint', v.endpoint, '--user', 'dba', '--password', 'dba']);
    } finally {
      await v.stop();
    }
  }, 180_000);
});
