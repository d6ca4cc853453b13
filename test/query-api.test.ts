import { beforeAll, describe, expect, it } from 'vitest';
import type { Quad } from '@rdfjs/types';
import { assembleDataset } from '../src/build/pipeline.js';
import { NewsGraphQuery } from '../src/query/engine.js';
import { SparqlEngine } from '../src/sparql/engine.js';
import { cli } from './support/cli.js';
import { generateSyntheticDataset } from '../src/bench/synthetic.js';
import { PREFIXES } from '../src/model/vocab.js';
import { EntityResolutionError, QueryError } from '../src/query/types.js';

const NGR = PREFIXES.ngr;
let quads: Quad[];
let q: NewsGraphQuery;
let sparql: SparqlEngine;
const select = (query: string, v: string) => sparql.select(query).results.bindings.map((b) => b[v]!.value).sort();


beforeAll(async () => {
  quads = (await assembleDataset()).quads;
  q = NewsGraphQuery.fromQuads(quads);
  sparql = SparqlEngine.fromQuads(quads);
}, 60_000);

describe('find', () => {
  it('resolves names in any language, case, accent and inflection', () => {
    for (const [text, iri] of [
      ['Weißrusslands', 'Belarus'],
      ['belarus', 'Belarus'],
      ['WEISSRUSSLAND', 'Belarus'],
      ['Lukaschenko', 'Alexander_Lukashenko'],
      ['Lukashenko', 'Alexander_Lukashenko'],
      ['Лукашенко', 'Alexander_Lukashenko'],
      ['Atomwaffensperrvertrags', 'NPT'],
      ['Moskau', 'Moscow'],
    ]) {
      expect(q.find(text)[0]?.iri, text).toBe(NGR + iri);
    }
  });

  it('explains unknown and ambiguous names with candidates', () => {
    expect(() => q.resolve('Xyzzy')).toThrow(EntityResolutionError);
    try {
      q.resolve('Nuclear');
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(EntityResolutionError);
      expect((err as EntityResolutionError).candidates.length).toBeGreaterThan(1);
      expect((err as Error).message).toMatch(/ambiguous; candidates: .*nuclear weapon/i);
    }
  });
});

describe('the questions analysts ask, through the API and SPARQL alike', () => {
  it('which states are party to the 2024 security-guarantees treaty, and when and where it was signed', () => {
    const api = q.match({ triples: [['?s', 'ng:partyTo', 'ngr:Treaty_on_Security_Guarantees_2024']], types: { s: 'ng:State' } }).map((b) => b.s!).sort();
    const sp = select(`SELECT ?s WHERE { ?s ng:partyTo ngr:Treaty_on_Security_Guarantees_2024 . ?s a ng:State }`, 's');
    expect(api).toEqual([NGR + 'Belarus', NGR + 'Russia']);
    expect(api).toEqual(sp);
    const treaty = q.facts({ subject: 'Treaty on Security Guarantees' });
    expect(treaty.find((r) => r.predicate === PREFIXES.ng + 'signedAt')?.object).toBe(NGR + 'Minsk');
    const signed = q.timeline('Treaty on Security Guarantees').find((e) => e.iri === NGR + 'Treaty_on_Security_Guarantees_2024' && e.predicate === PREFIXES.ng + 'signedOn')!;
    expect(signed.date).toMatchObject({ value: '2024-12-06', precision: 'day' });
    expect(select(`SELECT ?v WHERE { ngr:Treaty_on_Security_Guarantees_2024 ng:signedOn/ng:value ?v }`, 'v')).toEqual([signed.date.value]);
  });

  it('which weapons are stationed in Belarus and who controls them', () => {
    const api = q.match('?w ng:stationedIn ngr:Belarus . ?w ng:controlledBy ?c').map((b) => `${b.w} ${b.c}`);
    const sp = sparql.select(`SELECT ?w ?c WHERE { ?w ng:stationedIn ngr:Belarus . ?w ng:controlledBy ?c }`).results.bindings.map((b) => `${b.w!.value} ${b.c!.value}`);
    expect(api).toEqual([`${NGR}Russian_tactical_nuclear_weapons_in_Belarus ${NGR}Russia`]);
    expect(api.sort()).toEqual(sp.sort());
  });

  it('what Putin said on 2024-12-06, with quotes and evidence', () => {
    const said = q.statements({ speaker: 'Putin', from: '2024-12-06', to: '2024-12-06' });
    const sp = select(`SELECT ?st WHERE { ?st a ng:Statement ; ng:speaker ngr:Vladimir_Putin ; ng:statementDate ngt:2024-12-06 }`, 'st');
    expect(said.map((s) => s.iri).sort()).toEqual(sp);
    expect(said.filter((s) => s.mode === 'direct').map((s) => s.quote!.slice(0, 20)).sort()).toEqual(['Der Vertrag bestimmt', 'Die Rede ist auch vo']);
    for (const s of said) {
      expect(s.evidence.length).toBeGreaterThan(0);
      expect(s.place?.label).toBe('Minsk');
    }
  });

  it('how the United States is connected to Belarus', () => {
    const paths = q.paths('United States', 'Belarus', { maxLength: 4 });
    expect(paths.length).toBeGreaterThan(0);
    const shortest = paths[0]!;
    expect(shortest.nodes.map((n) => n.iri)).toEqual([NGR + 'United_States', NGR + 'US_nuclear_weapons_in_Europe', NGR + 'event/Announcement_2023-03', NGR + 'Russian_tactical_nuclear_weapons_in_Belarus', NGR + 'Belarus']);
    expect(shortest.steps.every((s) => s.evidence.length > 0)).toBe(true);
    // SPARQL confirms the same chain exists
    const ask = sparql.query(`ASK { ?w ng:controlledBy ngr:United_States . ?e ng:reasonGiven ?w ; ng:about ?x . ?x ng:stationedIn ngr:Belarus }`);
    expect(ask.kind === 'boolean' && ask.json.boolean).toBe(true);
  });

  it("Belarus's timeline in date order: March 2023, mid-June 2023, 2024-11-19, 2024-12-06", () => {
    const events = q.timeline('Belarus').filter((e) => e.kind === 'event');
    expect(events.map((e) => e.date.value)).toEqual(['2023-03', '2023-06', '2024-11-19', '2024-12-06', '2024-12-06']);
    expect(events[1]!.date).toMatchObject({ part: 'mid', earliest: '2023-06-11', latest: '2023-06-20' });
    const sp = sparql.select(`SELECT ?e ?d WHERE { ?e a/rdfs:subClassOf* ng:Event ; ng:date/ng:earliest ?d } ORDER BY ?d`).results.bindings.map((b) => b.d!.value);
    expect(events.map((e) => e.date.earliest)).toEqual(sp);
  });

  it('which claims are not asserted as facts', () => {
    const claims = q.statements().flatMap((s) => s.claims);
    expect(claims.length).toBe(5);
    expect(claims.every((c) => c.asserted === false)).toBe(true);
    const sp = sparql.select(`SELECT ?c WHERE { ?c a ng:Claim ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o . FILTER NOT EXISTS { ?s ?p ?o } }`).results.bindings;
    expect(sp.length).toBe(claims.length);
    // and facts() never returns statement content
    const factTriples = new Set(q.facts().map((r) => `${r.subject} ${r.predicate} ${r.object}`));
    for (const c of claims) expect(factTriples.has(`${c.subject} ${c.predicate} ${c.object}`)).toBe(false);
  });

  it('neighbors gives an ego network with evidence, filtered by predicate and direction', () => {
    const sub = q.neighbors('Belarus', { predicate: 'ng:stationedIn', direction: 'in' });
    expect(sub.relations.map((r) => r.subject)).toEqual([NGR + 'Russian_tactical_nuclear_weapons_in_Belarus']);
    expect(sub.relations[0]!.evidence[0]!.document).toMatch(/rt-de-2024-12-06/);
    expect(() => q.neighbors('Belarus', { predicate: 'ng:noSuchThing' })).toThrow(QueryError);
    const two = q.neighbors('Belarus', { depth: 2 });
    expect(two.nodes.length).toBeGreaterThan(q.neighbors('Belarus').nodes.length);
  });

  it('evidence returns the spans behind a fact', () => {
    const ev = q.evidence('Russia', 'ng:headOfState', 'Putin');
    expect(ev.map((e) => e.exact)).toEqual(['der russische Präsident Wladimir Putin']);
    expect(ev[0]!.sentenceText).toMatch(/^Sicherheitsgarantien zwischen Russland/);
  });

  it('centrality ranks the states of the story first', () => {
    const top = q.centrality(3).map((c) => c.label);
    expect(top).toContain('Belarus');
    expect(top).toContain('Russia');
  });
});

describe('the CLI gives the same answers', () => {
  it('find, neighbors, statements, timeline, path and evidence print tables and JSON', async () => {
    const find = await cli('find', 'Weißrusslands', '--json');
    expect(find.code).toBe(0);
    expect(JSON.parse(find.out)[0].iri).toBe(NGR + 'Belarus');
    const st = await cli('statements', '--speaker', 'Putin', '--from', '2024-12-06', '--json');
    expect(JSON.parse(st.out).length).toBe(q.statements({ speaker: 'Putin', from: '2024-12-06' }).length);
    const tl = await cli('timeline', 'Belarus');
    expect(tl.out).toMatch(/March 2023[\s\S]*mid-June 2023[\s\S]*19 November 2024[\s\S]*6 December 2024/);
    const path = await cli('path', 'United States', 'Belarus', '--json');
    expect(JSON.parse(path.out)[0].steps).toHaveLength(4);
    const ev = await cli('evidence', 'ngr:Russia', 'ng:headOfState', 'Wladimir Putin');
    expect(ev.out).toContain('der russische Präsident Wladimir Putin');
    const nb = await cli('neighbors', 'Belarus', '--direction', 'in', '--predicate', 'ng:stationedIn');
    expect(nb.out).toContain('ngr:Russian_tactical_nuclear_weapons_in_Belarus');
  });

  it('bad queries exit 2 with a clear message and no stack trace', async () => {
    for (const args of [
      ['neighbors', 'Xyzzy'],
      ['neighbors', 'Belarus', '--predicate', 'ng:noSuchThing'],
      ['neighbors', 'Belarus', '--depth', '9'],
      ['path', 'Nuclear', 'Belarus'],
      ['sparql', 'SELECT ?x WHERE { ?x ng:partyTo }'],
      ['statements', '--from', 'last week'],
    ]) {
      const r = await cli(...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err).toMatch(/^newsgraph: /);
      expect(r.err).not.toMatch(/\n\s+at /);
    }
  });
});

describe('typed queries and SPARQL agree on the synthetic graph', () => {
  it('two-hop pattern and point lookup', () => {
    const syn = generateSyntheticDataset({ triples: 60_000, seed: 7 });
    const sq = NewsGraphQuery.fromQuads(syn);
    const se = SparqlEngine.fromQuads(syn);
    const api = sq.match('?stock ng:stationedIn ?state . ?stock ng:controlledBy ?controller . ?controller ng:memberOf ?org').map((b) => `${b.stock} ${b.state} ${b.controller} ${b.org}`).sort();
    const sp = se.select(`SELECT DISTINCT ?stock ?state ?controller ?org WHERE { ?stock ng:stationedIn ?state . ?stock ng:controlledBy ?controller . ?controller ng:memberOf ?org }`).results.bindings.map((b) => `${b.stock!.value} ${b.state!.value} ${b.controller!.value} ${b.org!.value}`).sort();
    expect(api.length).toBeGreaterThan(100);
    expect(api).toEqual(sp);
    const someState = api[0]!.split(' ')[1]!;
    const lookup = sq.neighbors(someState, { predicate: 'ng:stationedIn', direction: 'in' }).relations.map((r) => r.subject).sort();
    const spLookup = se.select(`SELECT DISTINCT ?s WHERE { ?s ng:stationedIn <${someState}> }`).results.bindings.map((b) => b.s!.value).sort();
    expect(lookup).toEqual(spLookup);
  });
});
