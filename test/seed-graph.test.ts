import { beforeAll, describe, expect, it } from 'vitest';
import { gunzipSync } from 'node:zlib';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import oxigraph from 'oxigraph';
import type { Quad } from '@rdfjs/types';
import { buildGraph, type BuildResult } from '../src/build/pipeline.js';
import { SparqlEngine } from '../src/sparql/engine.js';
import { checkInvariants } from '../src/validate/invariants.js';
import { PREFIXES } from '../src/model/vocab.js';

const SOURCE = new URL('../data/sources/rt-de-2024-12-06-security-guarantees.txt', import.meta.url).pathname;
const SHARED_SEED = new URL('../../shared/seed/article-de.txt', import.meta.url).pathname;
const SEED = SOURCE;
const DOC = 'https://w3id.org/newsgraph/source/rt-de-2024-12-06-security-guarantees';
const PROLOGUE = Object.entries(PREFIXES)
  .map(([p, iri]) => `PREFIX ${p}: <${iri}>`)
  .join('\n');

let result: BuildResult;
let engine: SparqlEngine;
let outDir: string;
const rows = (q: string) => engine.select(`${PROLOGUE}\n${q}`).results.bindings;
const values = (q: string, v: string) => rows(q).map((b) => b[v]!.value).sort();

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'newsgraph-seed-'));
  result = await buildGraph({ outDir });
  engine = SparqlEngine.fromQuads(result.quads);
}, 120_000);

/** Evidence of an asserted triple: the exact texts of its fact node's evidence. */
function evidenceOf(s: string, p: string, o: string): string[] {
  return values(
    `SELECT ?exact WHERE { ?f a ng:Fact ; rdf:subject ${s} ; rdf:predicate ${p} ; rdf:object ${o} ; ng:evidence ?e . ?e oa:exact ?exact . ${s} ${p} ${o} . }`,
    'exact',
  );
}

describe('the seed graph', () => {
  it('is built from the seed article exactly as received', () => {
    const text = readFileSync(SEED, 'utf8');
    if (existsSync(SHARED_SEED)) expect(text).toBe(readFileSync(SHARED_SEED, 'utf8'));
    const docText = rows(`SELECT ?t WHERE { <${DOC}> ng:text ?t }`)[0]!.t!.value;
    expect(docText).toBe(text);
    expect(rows(`SELECT ?d WHERE { <${DOC}> ng:published ?d ; ng:language "de" ; ng:publisher "RT DE" }`)[0]!.d!.value).toBe('2024-12-06');
  });

  it('validates against the SHACL shapes and keeps every invariant', () => {
    expect(result.report?.issues.filter((i) => i.severity === 'violation')).toEqual([]);
    expect(checkInvariants(result.quads)).toEqual([]);
  });

  it('cites for every evidence, mention and sentence span exactly the source text at its code-point offsets', () => {
    const text = Array.from(readFileSync(SEED, 'utf8'));
    const spans = rows(`SELECT ?x ?s ?e ?exact WHERE { ?x oa:start ?s ; oa:end ?e . { ?x oa:exact ?exact } UNION { ?x a ng:Sentence ; ng:text ?exact } }`);
    expect(spans.length).toBeGreaterThan(100);
    for (const b of spans) {
      expect(text.slice(Number(b.s!.value), Number(b.e!.value)).join(''), b.x!.value).toBe(b.exact!.value);
    }
  });

  it('holds the 2024 treaty: parties, date with day precision, place, session and the 1999 anniversary', () => {
    expect(values(`SELECT ?s WHERE { ?s ng:partyTo ngr:Treaty_on_Security_Guarantees_2024 . ?s a ng:State }`, 's')).toEqual([
      `${PREFIXES.ngr}Belarus`,
      `${PREFIXES.ngr}Russia`,
    ]);
    expect(rows(`SELECT ?v ?p WHERE { ngr:Treaty_on_Security_Guarantees_2024 ng:signedOn ?t . ?t ng:value ?v ; ng:precision ?p }`).map((b) => [b.v!.value, b.p!.value])).toEqual([['2024-12-06', `${PREFIXES.ng}Day`]]);
    expect(evidenceOf('ngr:Treaty_on_Security_Guarantees_2024', 'ng:signedAt', 'ngr:Minsk')).toContain('am 6. Dezember in Minsk');
    expect(evidenceOf('ngr:Treaty_on_Security_Guarantees_2024', 'ng:signedDuring', 'ngr:event\\/Meeting_2024-12-06').length).toBeGreaterThan(0);
    expect(evidenceOf('ngr:event\\/Meeting_2024-12-06', 'ng:commemorates', 'ngr:Union_State_Treaty_1999')[0]).toMatch(/25\. Jahrestags.*1999/);
    expect(rows(`SELECT ?p WHERE { ngr:event\\/Meeting_2024-12-06 a ng:Meeting ; ng:agent ngr:Supreme_State_Council . ngr:Union_State_Treaty_1999 ng:signedOn/ng:precision ?p }`)[0]!.p!.value).toBe(`${PREFIXES.ng}Year`);
  });

  it('names the heads of state with evidence', () => {
    expect(evidenceOf('ngr:Russia', 'ng:headOfState', 'ngr:Vladimir_Putin')).toEqual(['der russische Präsident Wladimir Putin']);
    expect(evidenceOf('ngr:Belarus', 'ng:headOfState', 'ngr:Alexander_Lukashenko')).toEqual(['Weißrusslands Präsident Alexander Lukaschenko']);
  });

  it('holds the Russian tactical nuclear weapons in Belarus: stationed, proposed by Lukashenko, controlled and decided by Russia', () => {
    const w = 'ngr:Russian_tactical_nuclear_weapons_in_Belarus';
    expect(evidenceOf(w, 'ng:stationedIn', 'ngr:Belarus').length).toBe(1);
    expect(evidenceOf(w, 'ng:proposedBy', 'ngr:Alexander_Lukashenko')).toEqual(['auf Vorschlag des Präsidenten Weißrusslands stationiert']);
    expect(evidenceOf(w, 'ng:controlledBy', 'ngr:Russia')[0]).toMatch(/Kontrolle über die Waffen/);
    expect(evidenceOf(w, 'ng:useDecidedBy', 'ngr:Russia')[0]).toMatch(/Entscheidungsgewalt/);
    expect(evidenceOf(w, 'ng:weaponType', 'ngr:Tactical_nuclear_weapon').length).toBe(1);
  });

  it('dates events with their precision: March 2023, mid-June 2023, 19 November 2024', () => {
    const ev = rows(`SELECT ?e ?v ?p ?part ?lo ?hi WHERE { ?e a/rdfs:subClassOf* ng:Event ; ng:date ?t . ?t ng:value ?v ; ng:precision ?p ; ng:earliest ?lo ; ng:latest ?hi . OPTIONAL { ?t ng:part ?part } }`);
    const byEvent = Object.fromEntries(ev.map((b) => [b.e!.value.replace(`${PREFIXES.ngr}event/`, ''), [b.v!.value, b.p!.value.replace(PREFIXES.ng, ''), b.part?.value.replace(PREFIXES.ng, '') ?? '', b.lo!.value, b.hi!.value]]));
    expect(byEvent['Announcement_2023-03']).toEqual(['2023-03', 'Month', '', '2023-03-01', '2023-03-31']);
    expect(byEvent['Announcement_2023-06-mid']).toEqual(['2023-06', 'Month', 'Mid', '2023-06-11', '2023-06-20']);
    expect(byEvent['DoctrineChange_2024-11-19']).toEqual(['2024-11-19', 'Day', '', '2024-11-19', '2024-11-19']);
    expect(byEvent['Signing_2024-12-06']![0]).toBe('2024-12-06');
  });

  it('records the March 2023 announcement by Putin with the reason he gave, and the US weapons in Europe', () => {
    expect(evidenceOf('ngr:event\\/Announcement_2023-03', 'ng:agent', 'ngr:Vladimir_Putin')[0]).toMatch(/im März 2023 angekündigt/);
    expect(evidenceOf('ngr:event\\/Announcement_2023-03', 'ng:reasonGiven', 'ngr:US_nuclear_weapons_in_Europe')[0]).toMatch(/Als Grund dafür/);
    expect(evidenceOf('ngr:US_nuclear_weapons_in_Europe', 'ng:controlledBy', 'ngr:United_States')).toEqual(['US-amerikanischen Atomwaffen']);
  });

  it('records the doctrine update of 2024-11-19 and its condition', () => {
    expect(evidenceOf('ngr:Russian_nuclear_doctrine', 'ng:updatedOn', 'ngt:2024-11-19').length).toBe(1);
    const cond = rows(`SELECT ?c WHERE { ngr:Russian_nuclear_doctrine ng:condition ?c }`)[0]!.c!.value;
    expect(cond).toMatch(/konventionellen Waffen.*"kritische Bedrohung"/);
  });

  it("keeps Putin's statements of 2024-12-06 as attributed statements: two direct quotes and the forces-and-means claim", () => {
    const st = rows(`SELECT ?s ?mode ?quote ?content ?place WHERE { ?s a ng:Statement ; ng:speaker ngr:Vladimir_Putin ; ng:statementDate ngt:2024-12-06 ; ng:speechMode ?mode ; ng:content ?content ; ng:statementPlace ?place ; ng:evidence ?e . OPTIONAL { ?s ng:quote ?quote } }`);
    const direct = st.filter((b) => b.mode!.value.endsWith('DirectSpeech') && !b.mode!.value.endsWith('IndirectSpeech'));
    expect(direct.map((b) => b.quote!.value.slice(0, 20)).sort()).toEqual(['Der Vertrag bestimmt', 'Die Rede ist auch vo']);
    expect(st.some((b) => /sämtliche verfügbaren Kräfte und Mittel/.test(b.content!.value))).toBe(true);
    expect(st.some((b) => /im Falle einer Aggression alle verfügbaren Mittel/.test(b.content!.value))).toBe(true);
    expect(new Set(st.map((b) => b.place!.value))).toEqual(new Set([`${PREFIXES.ngr}Minsk`]));
  });

  it("keeps Lukashenko's statements: the strategic partnership and the quote about the West", () => {
    const st = rows(`SELECT ?content ?quote WHERE { ?s a ng:Statement ; ng:speaker ngr:Alexander_Lukashenko ; ng:content ?content . OPTIONAL { ?s ng:quote ?quote } }`);
    expect(st.some((b) => /präzedenzloses Niveau der strategischen Partnerschaft/.test(b.content!.value))).toBe(true);
    expect(st.some((b) => b.quote?.value.startsWith('Unsere Absicht, diesen Vertrag zu unterzeichnen'))).toBe(true);
  });

  it('keeps claims as claims: the NPT claim is negative and unasserted, the request and the completion date too', () => {
    const claims = rows(`SELECT ?s ?p ?o ?pol WHERE { ?st ng:claims ?c . ?c rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; ng:polarity ?pol }`);
    expect(claims.length).toBeGreaterThanOrEqual(4);
    for (const c of claims) {
      const asserted = engine.query(`ASK { <${c.s!.value}> <${c.p!.value}> ${c.o!.type === 'uri' ? `<${c.o!.value}>` : JSON.stringify(c.o!.value)} }`);
      expect(asserted.kind === 'boolean' && asserted.json.boolean, `${c.s!.value} ${c.p!.value} ${c.o!.value}`).toBe(false);
    }
    const npt = claims.find((c) => c.p!.value === `${PREFIXES.ng}violates`)!;
    expect(npt.pol!.value).toBe(`${PREFIXES.ng}Negative`);
    expect(claims.find((c) => c.p!.value === `${PREFIXES.ng}requestedBy`)!.o!.value).toBe(`${PREFIXES.ngr}Alexander_Lukashenko`);
    const completion = rows(`SELECT ?lo ?hi WHERE { ?c rdf:predicate ng:plannedCompletion ; rdf:object ?t . ?t ng:earliest ?lo ; ng:latest ?hi }`)[0]!;
    expect([completion.lo!.value, completion.hi!.value]).toEqual(['2023-09-01', '2023-12-31']);
  });

  it('treats the publisher boilerplate as no content', () => {
    const text = readFileSync(SEED, 'utf8');
    const boilerStart = Array.from(text.slice(0, text.indexOf('Mehr zum Thema'))).length;
    const ends = rows(`SELECT ?e WHERE { ?x oa:end ?e }`).map((b) => Number(b.e!.value));
    expect(Math.max(...ends)).toBeLessThanOrEqual(boilerStart);
  });

  it('writes every output, and graph.ttl is valid Turtle for an independent parser with all facts and evidence', () => {
    const names = result.files.map((f) => f.slice(outDir.length + 1)).sort();
    expect(names).toEqual(['bundle.json', 'bundle.json.gz', 'graph.gexf', 'graph.jsonld', 'graph.nq', 'graph.trig', 'graph.ttl']);
    // the gzip copy the server sends is the bundle itself
    expect(gunzipSync(readFileSync(join(outDir, 'bundle.json.gz'))).toString('utf8')).toBe(readFileSync(join(outDir, 'bundle.json'), 'utf8'));
    const store = new oxigraph.Store();
    store.load(readFileSync(join(outDir, 'graph.ttl'), 'utf8'), { format: 'text/turtle' });
    const quads = store.match(null, null, null, null) as unknown as Quad[];
    const trig = new oxigraph.Store();
    trig.load(readFileSync(join(outDir, 'graph.trig'), 'utf8'), { format: 'application/trig' });
    const distinctTriples = new Set(result.quads.map((q) => `${q.subject.value}|${q.predicate.value}|${q.object.termType}|${q.object.value}|${q.object.termType === 'Literal' ? q.object.language + q.object.datatype.value : ''}`));
    expect(quads.length).toBe(distinctTriples.size);
    expect(trig.size).toBe(new Set(result.quads.map((q) => `${q.subject.value}|${q.predicate.value}|${q.object.termType}|${q.object.value}|${q.object.termType === 'Literal' ? q.object.language + q.object.datatype.value : ''}|${q.graph.value}`)).size);
  });
});
