/**
 * The specification of the typed queries ({@link GraphQueries}), run against every backend in the
 * spirit of graphology's shared `specs(Graph)` tests: `querySpecs(name, open)` defines one suite
 * that a backend must pass — the local graph, oxigraph behind the standard protocols, Virtuoso.
 * Every backend holds the seed graph plus a synthetic graph of 20 000 triples; answers are checked
 * against what the seed article says, and, on the synthetic part, against the reference answers of
 * the local engine (hubs' neighbourhoods, paths between them, timelines).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Quad } from '@rdfjs/types';
import { assembleDataset } from '../../src/build/pipeline.js';
import { generateSyntheticDataset } from '../../src/bench/synthetic.js';
import { NewsGraphQuery } from '../../src/query/engine.js';
import { PREFIXES } from '../../src/model/vocab.js';
import { EntityResolutionError, QueryError, type GraphQueries } from '../../src/query/types.js';

const NGR = PREFIXES.ngr;
const NG = PREFIXES.ng;

/** A backend under test, holding {@link specDataset}. */
export interface Backend {
  queries: GraphQueries;
  close(): Promise<void>;
}

/** The data every backend holds: the seed graph and a synthetic graph. */
export async function specDataset(): Promise<Quad[]> {
  const { quads: seed } = await assembleDataset();
  return [...seed, ...generateSyntheticDataset({ triples: 20_000, seed: 3 })];
}

/** JSON as it travels (undefined fields dropped), for comparing answers. */
const plain = (x: unknown) => JSON.parse(JSON.stringify(x)) as unknown;

export function querySpecs(name: string, open: (quads: Quad[]) => Promise<Backend>): void {
  describe(`typed queries: ${name}`, () => {
    let backend: Backend;
    let q: GraphQueries;
    let reference: NewsGraphQuery;

    beforeAll(async () => {
      const quads = await specDataset();
      reference = NewsGraphQuery.fromQuads(quads);
      backend = await open(quads);
      q = backend.queries;
    }, 180_000);

    afterAll(async () => {
      await backend?.close();
    });

    it('finds names in any language, case, accent and inflection', async () => {
      for (const [text, iri] of [
        ['Weißrusslands', 'Belarus'],
        ['WEISSRUSSLAND', 'Belarus'],
        ['Lukaschenko', 'Alexander_Lukashenko'],
        ['Лукашенко', 'Alexander_Lukashenko'],
        ['Atomwaffensperrvertrags', 'NPT'],
        ['Moskau', 'Moscow'],
      ]) {
        expect((await q.find(text))[0]?.iri, text).toBe(NGR + iri);
      }
    });

    it('explains unknown and ambiguous names with candidates, and refuses bad options', async () => {
      await expect(Promise.resolve().then(() => q.neighbors('Xyzzyq'))).rejects.toThrow(/no entity matches "Xyzzyq"/);
      const err = await Promise.resolve()
        .then(() => q.neighbors('Nuclear'))
        .catch((e: unknown) => e);
      expect(err).toBeInstanceOf(EntityResolutionError);
      expect((err as EntityResolutionError).candidates.length).toBeGreaterThan(1);
      await expect(Promise.resolve().then(() => q.neighbors('Belarus', { predicate: 'ng:noSuchThing' }))).rejects.toThrow(QueryError);
      await expect(Promise.resolve().then(() => q.neighbors('Belarus', { depth: 9 }))).rejects.toThrow(/depth must be 1..5/);
      await expect(Promise.resolve().then(() => q.paths('Belarus', 'Russia', { maxLength: 0 }))).rejects.toThrow(/maxLength must be 1..8/);
      await expect(Promise.resolve().then(() => q.statements({ from: 'yesterday' }))).rejects.toThrow(/dates must be/);
    });

    it('gives an ego network with evidence, filtered by predicate and direction', async () => {
      const sub = await q.neighbors('Belarus', { predicate: 'ng:stationedIn', direction: 'in' });
      expect(sub.relations.map((r) => r.subject)).toEqual([NGR + 'Russian_tactical_nuclear_weapons_in_Belarus']);
      expect(sub.relations[0]!.evidence[0]!.document).toMatch(/rt-de-2024-12-06/);
      expect((await q.neighbors('Belarus', { depth: 2 })).nodes.length).toBeGreaterThan((await q.neighbors('Belarus')).nodes.length);
    });

    it('finds how the United States is connected to Belarus, with evidence on every step', async () => {
      const paths = await q.paths('United States', 'Belarus', { maxLength: 4 });
      expect(paths[0]!.nodes.map((n) => n.iri)).toEqual([NGR + 'United_States', NGR + 'US_nuclear_weapons_in_Europe', NGR + 'event/Announcement_2023-03', NGR + 'Russian_tactical_nuclear_weapons_in_Belarus', NGR + 'Belarus']);
      expect(paths[0]!.steps.every((s) => s.evidence.length > 0)).toBe(true);
    });

    it("gives what Putin said on 2024-12-06, and keeps every claim unasserted", async () => {
      const said = await q.statements({ speaker: 'Putin', from: '2024-12-06', to: '2024-12-06' });
      expect(said.filter((s) => s.mode === 'direct').map((s) => s.quote!.slice(0, 20)).sort()).toEqual(['Der Vertrag bestimmt', 'Die Rede ist auch vo']);
      for (const s of said) expect(s.place?.label).toBe('Minsk');
      const claims = (await q.statements()).flatMap((s) => s.claims);
      expect(claims.length).toBeGreaterThanOrEqual(5);
      expect(claims.every((c) => !c.asserted)).toBe(true);
    });

    it("gives Belarus's timeline in date order and the treaty's facts", async () => {
      const events = (await q.timeline('Belarus')).filter((e) => e.kind === 'event');
      expect(events.map((e) => e.date.value)).toEqual(['2023-03', '2023-06', '2024-11-19', '2024-12-06', '2024-12-06']);
      expect(events[1]!.date).toMatchObject({ part: 'mid', earliest: '2023-06-11', latest: '2023-06-20' });
      const treaty = await q.facts({ subject: 'Treaty on Security Guarantees' });
      expect(treaty.find((r) => r.predicate === NG + 'signedAt')?.object).toBe(NGR + 'Minsk');
    });

    it('gives the spans behind a fact, and matches patterns with subclasses', async () => {
      const ev = await q.evidence('Russland', 'ng:headOfState', 'Putin');
      expect(ev.map((e) => e.exact)).toEqual(['der russische Präsident Wladimir Putin']);
      expect(ev[0]!.sentenceText).toMatch(/^Sicherheitsgarantien zwischen Russland/);
      const parties = (await q.match('?s ng:partyTo ngr:Treaty_on_Security_Guarantees_2024 . ?s a ng:State')).map((b) => b.s).sort();
      expect(parties).toEqual([NGR + 'Belarus', NGR + 'Russia']);
    });

    it('answers as the reference engine on the synthetic graph: neighbourhoods and paths of hubs, timelines, facts', async () => {
      const hubs = reference.centrality(8).map((c) => c.iri);
      const connected = hubs
        .flatMap((a, i) => hubs.slice(i + 1).map((b) => [a, b] as const))
        .filter(([a, b]) => reference.paths(a, b, { maxLength: 3, limit: 1 }).length > 0)
        .slice(0, 4);
      expect(connected.length).toBe(4);
      const putin = reference.resolve('Putin');
      const cases: Array<[string, (x: GraphQueries) => unknown]> = [
        ['find Lukasch', (x) => x.find('Lukasch')],
        ['neighbors Russia out, one predicate', (x) => x.neighbors('Russland', { direction: 'out', predicate: 'ng:partyTo' })],
        ['paths USA → Belarus', (x) => x.paths('Vereinigte Staaten', 'Belarus', { maxLength: 4, limit: 10 })],
        ['statements about the treaty', (x) => x.statements({ about: 'Vertrag über Sicherheitsgarantien' })],
        ['facts about Russia', (x) => x.facts({ subject: 'Russland' })],
        ['all facts', (x) => x.facts()],
        ['timeline', (x) => x.timeline()],
        ['timeline of Putin', (x) => x.timeline(putin)],
        ...hubs.map((h): [string, (x: GraphQueries) => unknown] => [`neighbors ${h} depth 2`, (x) => x.neighbors(h, { depth: 2 })]),
        ...connected.map(([a, b]): [string, (x: GraphQueries) => unknown] => [`paths ${a} → ${b}`, (x) => x.paths(a, b, { maxLength: 3, limit: 5 })]),
      ];
      for (const [what, run] of cases) {
        const want = plain(await run(reference));
        expect(plain(await run(q)), what).toEqual(want);
        expect(JSON.stringify(want).length, `${what} has an answer to compare`).toBeGreaterThan(100);
      }
    }, 180_000);
  });
}
