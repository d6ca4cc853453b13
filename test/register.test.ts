import { beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Quad } from '@rdfjs/types';
import { parseRdf, readRdfFile } from '../src/rdf/parse.js';
import { loadRegister, registerPartFor, skolemize } from '../src/build/register.js';
import { registerFiles } from '../src/util/package-root.js';
import { assembleDataset, loadShapes } from '../src/build/pipeline.js';
import { validateDataset } from '../src/validate/shacl.js';
import { Gazetteer } from '../src/extract/gazetteer.js';
import { roleByKey } from '../src/extract/lexicon/roles.js';
import { NG, NG_CLASS, OWL, PREFIXES, RDF, RDFS, REGISTER_GRAPH } from '../src/model/vocab.js';

const ROOT = new URL('..', import.meta.url).pathname;
const DIR = join(ROOT, 'ontology', 'register');
const NGR = PREFIXES.ngr;
const XSD_DATE = PREFIXES.xsd + 'date';
const ORGANISATION_TYPES = [NG_CLASS.Organisation, NG_CLASS.Alliance, NG_CLASS.Union, NG_CLASS.Council];
const EVENT_TYPES = [NG_CLASS.Event, NG_CLASS.Meeting];
const ENTITY_TYPES = new Set([NG_CLASS.State, NG_CLASS.Person, ...ORGANISATION_TYPES, NG_CLASS.Treaty, NG_CLASS.PolicyDocument, NG_CLASS.Doctrine, NG_CLASS.WeaponType, NG_CLASS.WeaponStock, NG_CLASS.Place, NG_CLASS.City, NG_CLASS.Region, ...EVENT_TYPES]);
/** Labels two entities of one type may share on purpose (none today). */
const DELIBERATELY_AMBIGUOUS = new Set<string>();

let quads: Quad[];
const types = new Map<string, string[]>();
const objects = (s: string, p: string) => quads.filter((q) => q.subject.value === s && q.predicate.value === p).map((q) => q.object);
const ofType = (t: string) => [...types].filter(([, ts]) => ts.includes(t)).map(([s]) => s);
const isA = (s: string, t: string | string[]) => (types.get(s) ?? []).some((x) => (Array.isArray(t) ? t.includes(x) : x === t));

beforeAll(async () => {
  quads = await loadRegister(join(ROOT, 'data'));
  for (const q of quads) if (q.predicate.value === RDF.type) types.set(q.subject.value, [...(types.get(q.subject.value) ?? []), q.object.value]);
});

describe('the background register (ontology/register)', () => {
  it('parses every file with the project reader, and each states its sources and as-of date', async () => {
    const files = readdirSync(DIR).filter((f) => f.endsWith('.ttl')).sort();
    expect(files).toEqual(['bodies.ttl', 'events.ttl', 'media.ttl', 'organisations.ttl', 'people.ttl', 'places.ttl', 'states.ttl', 'treaties.ttl', 'weapons.ttl']);
    for (const f of files) {
      expect((await readRdfFile(join(DIR, f))).length, f).toBeGreaterThan(100);
      const head = readFileSync(join(DIR, f), 'utf8').slice(0, 2000);
      expect(head, f).toMatch(/^# Sources: /m);
      expect(head, f).toMatch(/^# As of: 2026-11\./m);
    }
    expect(registerFiles(join(ROOT, 'data')).map((f) => f.replace(ROOT, ''))).toEqual([...files.map((f) => `ontology/register/${f}`), 'data/entities.ttl']);
  });

  it('gives every entity an English and a German label, one per language', () => {
    const entities = [...types].filter(([, ts]) => ts.some((t) => ENTITY_TYPES.has(t))).map(([s]) => s);
    expect(entities.length).toBeGreaterThan(950);
    for (const e of entities) {
      const labels = objects(e, RDFS.label);
      for (const lang of ['en', 'de']) expect(labels.filter((l) => l.termType === 'Literal' && l.language === lang), `${e} @${lang}`).toHaveLength(1);
    }
  });

  it('is broad enough: states, places, organisations with members, treaties with parties, weapons, people with offices', () => {
    const states = ofType(NG_CLASS.State);
    expect(states.length).toBeGreaterThanOrEqual(190);
    expect([...ofType(NG_CLASS.City), ...ofType(NG_CLASS.Place), ...ofType(NG_CLASS.Region)].length).toBeGreaterThanOrEqual(150);
    const members = new Set(quads.filter((q) => q.predicate.value === NG.memberOf).map((q) => q.object.value));
    expect([...members].filter((o) => isA(o, ORGANISATION_TYPES)).length).toBeGreaterThanOrEqual(25);
    const treaties = new Set(quads.filter((q) => q.predicate.value === NG.partyTo).map((q) => q.object.value));
    expect([...treaties].filter((t) => isA(t, NG_CLASS.Treaty)).length).toBeGreaterThanOrEqual(20);
    expect(ofType(NG_CLASS.WeaponType).length).toBeGreaterThanOrEqual(40);
    expect(ofType(NG_CLASS.Person).filter((p) => objects(p, NG.tenure).length > 0).length).toBeGreaterThanOrEqual(120);
    // NATO as of 2026: 32 members, Finland and Sweden among them
    const nato = quads.filter((q) => q.predicate.value === NG.memberOf && q.object.value === `${NGR}NATO`).map((q) => q.subject.value);
    expect(nato).toHaveLength(32);
    expect(nato).toEqual(expect.arrayContaining([`${NGR}Finland`, `${NGR}Sweden`]));
  });

  it('knows the media, government and military bodies and named events security news cites', async () => {
    const subjectsOf = async (f: string) => new Set((await readRdfFile(join(DIR, f))).filter((q) => q.predicate.value === RDF.type).map((q) => q.subject.value));
    const media = await subjectsOf('media.ttl');
    const bodies = await subjectsOf('bodies.ttl');
    const events = await subjectsOf('events.ttl');
    expect(media.size).toBeGreaterThanOrEqual(50);
    expect(bodies.size).toBeGreaterThanOrEqual(60);
    expect(events.size).toBeGreaterThanOrEqual(30);
    for (const m of media) expect(isA(m, NG_CLASS.Organisation), m).toBe(true);
    for (const e of events) expect(isA(e, EVENT_TYPES), e).toBe(true);
    // every body belongs to one state or organisation (ng:partOf), and only bodies are parts
    for (const b of bodies) {
      const of = objects(b, NG.partOf);
      expect(of.length === 1 && isA(of[0]!.value, [NG_CLASS.State, ...ORGANISATION_TYPES]), `${b} partOf ${of.map((o) => o.value)}`).toBe(true);
    }
    for (const q of quads.filter((x) => x.predicate.value === NG.partOf)) expect(isA(q.subject.value, ORGANISATION_TYPES), q.subject.value).toBe(true);
    // events' days are well-formed and in order; their places are places, their wholes events
    for (const e of events) {
      const [start, ...more] = objects(e, NG.start);
      const ends = objects(e, NG.end);
      expect(more.length === 0 && ends.length <= 1 && (ends.length === 0 || start !== undefined), e).toBe(true);
      for (const d of [start, ...ends]) if (d) expect(d.termType === 'Literal' && d.datatype.value === XSD_DATE && /^\d{4}-\d\d-\d\d$/.test(d.value), `${e} ${d.value}`).toBe(true);
      if (start && ends[0]) expect(start.value <= ends[0].value, e).toBe(true);
      for (const l of objects(e, NG.location)) expect(isA(l.value, [NG_CLASS.Place, NG_CLASS.City, NG_CLASS.Region]), `${e} location ${l.value}`).toBe(true);
      for (const w of objects(e, NG.subEventOf)) expect(events.has(w.value), `${e} subEventOf ${w.value}`).toBe(true);
    }
    // the Kremlin and the White House are bodies now, not names of their states; the capitals stay metonyms
    const names = (s: string) => objects(NGR + s, RDFS.label).concat(objects(NGR + s, NG.alias)).map((l) => l.value);
    expect(names('Russia')).not.toEqual(expect.arrayContaining(['Kreml']));
    expect(names('Russia')).not.toContain('Kremlin');
    expect(names('Russia')).toContain('Moskau');
    expect(names('United_States')).not.toContain('White House');
    expect(objects(`${NGR}Kremlin`, NG.partOf).map((o) => o.value)).toEqual([`${NGR}Russia`]);
    const g = new Gazetteer(quads);
    const link = (text: string) => g.match(text).filter((m) => !m.shadow).map((m) => m.entity.replace(NGR, ''));
    expect(link('Tass, Belta, KCNA, RIA Nowosti, dpa und Reuters')).toEqual(['TASS', 'BelTA', 'KCNA', 'RIA_Novosti', 'dpa', 'Reuters']);
    expect(link('der Kreml, die Staatsduma, das Weiße Haus')).toEqual(['Kremlin', 'State_Duma', 'White_House']);
    expect(link('das russische Verteidigungsministerium und die Bundeswehr')).toEqual(['Russian_Ministry_of_Defence', 'Bundeswehr']);
    expect(link("South Korea's Joint Chiefs of Staff and the Japan Coast Guard")).toEqual(['South_Korean_Joint_Chiefs_of_Staff', 'Japan_Coast_Guard']);
    expect(link('des NATO-Militärausschusses')).toEqual(['NATO_Military_Committee']);
    expect(link('seit dem Zweiten Weltkrieg und dem Ende des Kalten Krieges')).toEqual(['World_War_II', 'Cold_War']);
    expect(link('Steadfast Defender, der Ukraine-Krieg, the Gaza war')).toEqual(['Steadfast_Defender_2024', 'Russo-Ukrainian_War', 'Gaza_war']);
  });

  it('names no two entities of one type alike in one language', () => {
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    for (const q of quads) {
      if (q.predicate.value !== RDFS.label || q.object.termType !== 'Literal') continue;
      for (const t of types.get(q.subject.value) ?? []) {
        const key = `${t} ${q.object.language} ${q.object.value}`;
        const other = seen.get(key);
        if (other && other !== q.subject.value && !DELIBERATELY_AMBIGUOUS.has(q.object.value)) clashes.push(`${key}: ${other} / ${q.subject.value}`);
        seen.set(key, q.subject.value);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('links states, capitals, members and parties consistently', () => {
    for (const s of ofType(NG_CLASS.State)) {
      for (const lang of ['en', 'de']) expect(objects(s, NG.adjective).some((a) => a.termType === 'Literal' && a.language === lang), `${s} adjective @${lang}`).toBe(true);
      for (const c of objects(s, NG.capital)) {
        expect(isA(c.value, NG_CLASS.City), c.value).toBe(true);
        expect(objects(c.value, NG.capitalOf).map((x) => x.value)).toEqual([s]);
      }
    }
    // German adjectives and demonyms are base forms; the irregular ones are all there
    const adjectives = (s: string) => objects(NGR + s, NG.adjective).map((a) => a.value);
    expect(adjectives('Belarus')).toEqual(expect.arrayContaining(['belarussisch', 'weißrussisch', 'Belarusian', 'белорусский']));
    expect(adjectives('United_States')).toEqual(expect.arrayContaining(['US-amerikanisch', 'amerikanisch']));
    expect(adjectives('Australia')).toContain('australisch');
    expect(objects(`${NGR}Russia`, NG.demonym).map((d) => d.value)).toEqual(expect.arrayContaining(['Russe', 'Russin', 'Russian']));
    for (const q of quads) {
      if (q.predicate.value === NG.memberOf) expect(isA(q.subject.value, [NG_CLASS.State, ...ORGANISATION_TYPES]) && isA(q.object.value, ORGANISATION_TYPES), `${q.subject.value} memberOf ${q.object.value}`).toBe(true);
      if (q.predicate.value === NG.partyTo) expect(isA(q.subject.value, NG_CLASS.State) && isA(q.object.value, NG_CLASS.Treaty), `${q.subject.value} partyTo ${q.object.value}`).toBe(true);
      if (q.predicate.value === NG.locatedIn) expect(isA(q.object.value, [NG_CLASS.State, NG_CLASS.Place, NG_CLASS.City, NG_CLASS.Region]), `${q.subject.value} locatedIn ${q.object.value}`).toBe(true);
      if (q.predicate.value === NG.subtypeOf) expect(isA(q.subject.value, NG_CLASS.WeaponType) && isA(q.object.value, NG_CLASS.WeaponType), q.subject.value).toBe(true);
      if (q.predicate.value === OWL.sameAs) expect(q.object.value).toMatch(/^http:\/\/www\.wikidata\.org\/entity\/Q\d+$/);
    }
  });

  it('models offices as well-formed tenures: a known role of a state or organisation, start ≤ end', () => {
    const tenures = quads.filter((q) => q.predicate.value === NG.tenure);
    expect(tenures.length).toBeGreaterThan(150);
    for (const { subject, object: t } of tenures) {
      const at = `${subject.value} → ${t.value}`;
      expect(t.value.startsWith(`${subject.value}/tenure/`), at).toBe(true);
      expect(isA(t.value, NG_CLASS.Tenure), at).toBe(true);
      const role = objects(t.value, NG.role);
      expect(role.length === 1 && roleByKey(role[0]!.value) !== undefined, `${at} role ${role.map((r) => r.value)}`).toBe(true);
      const of = objects(t.value, NG.roleOf);
      expect(of.length === 1 && isA(of[0]!.value, [NG_CLASS.State, ...ORGANISATION_TYPES]), `${at} roleOf`).toBe(true);
      const [start, ...more] = objects(t.value, NG.start);
      const ends = objects(t.value, NG.end);
      expect(more.length === 0 && ends.length <= 1, at).toBe(true);
      for (const d of [start, ...ends]) expect(d?.termType === 'Literal' && d.datatype.value === XSD_DATE && /^\d{4}-\d\d-\d\d$/.test(d.value), `${at} date ${d?.value}`).toBe(true);
      if (ends[0]) expect(start!.value <= ends[0].value, `${at}: ${start!.value} > ${ends[0].value}`).toBe(true);
    }
    const offices = (p: string) => objects(NGR + p, NG.tenure).map((t) => `${objects(t.value, NG.role)[0]!.value} ${objects(t.value, NG.roleOf)[0]!.value.replace(NGR, '')} ${objects(t.value, NG.start)[0]!.value}–${objects(t.value, NG.end)[0]?.value ?? ''}`);
    expect(offices('Vladimir_Putin')).toContain('president Russia 2012-05-07–');
    expect(offices('Mark_Rutte')).toEqual(expect.arrayContaining(['secretary-general NATO 2024-10-01–', 'prime minister Netherlands 2010-10-14–2024-07-02']));
  });

  it('keeps every IRI the seed article and its curated gold refer to', () => {
    for (const [iri, type] of [
      ['Russia', 'State'], ['Belarus', 'State'], ['United_States', 'State'], ['Vladimir_Putin', 'Person'], ['Alexander_Lukashenko', 'Person'],
      ['Moscow', 'City'], ['Minsk', 'City'], ['Europe', 'Region'], ['The_West', 'Region'], ['Union_State', 'Union'], ['Supreme_State_Council', 'Council'],
      ['NATO', 'Alliance'], ['Treaty_on_Security_Guarantees_2024', 'Treaty'], ['Union_State_Treaty_1999', 'Treaty'], ['NPT', 'Treaty'],
      ['Russian_nuclear_doctrine', 'Doctrine'], ['Nuclear_weapon', 'WeaponType'], ['Tactical_nuclear_weapon', 'WeaponType'], ['Conventional_weapon', 'WeaponType'],
      ['Russian_tactical_nuclear_weapons_in_Belarus', 'WeaponStock'], ['US_nuclear_weapons_in_Europe', 'WeaponStock'],
    ] as const) expect(isA(NGR + iri, PREFIXES.ng + type), iri).toBe(true);
  });

  it('builds a gazetteer that links names, transliterations, acronyms and capitals in all three languages', () => {
    const g = new Gazetteer(quads);
    // the main reading of each span (a capital read as its state also records the city, as a second reading)
    const link = (text: string) => g.match(text).filter((m) => !m.shadow).map((m) => m.entity.replace(NGR, ''));
    expect(link('Lukaschenko und Lukashenka')).toEqual(['Alexander_Lukashenko', 'Alexander_Lukashenko']);
    expect(link('Peskow, Selenskyj, Kim Jong Un')).toEqual(['Dmitry_Peskov', 'Volodymyr_Zelenskyy', 'Kim_Jong-un']);
    expect(link('Nato, OVKS, ОДКБ, New START, Atomwaffensperrvertrag')).toEqual(['NATO', 'CSTO', 'CSTO', 'New_START', 'NPT']);
    expect(link('Türkiye, Nordkorea, DVRK, Weißrussland')).toEqual(['Turkey', 'North_Korea', 'North_Korea', 'Belarus']);
    expect(link('Kiew warnte')).toEqual(['Ukraine']);
    expect(link('in Kiew')).toEqual(['Kyiv']);
    expect(link('Oreschnik und Marschflugkörper')).toEqual(['Oreshnik', 'Cruise_missile']);
    // the ISO list adds only territories: no second entity for a state the register knows
    const registered = new Set(ofType(NG_CLASS.State));
    const added = [...g.entities.values()].filter((e) => e.types.includes(NG_CLASS.State) && !registered.has(e.iri)).map((e) => e.iri.replace(NGR, ''));
    expect(added).toContain('Puerto_Rico');
    for (const dup of ['Russian_Federation', 'Peoples_Republic_of_China', 'Republic_of_Korea', 'Korea_Republic_of', 'Türkiye', 'United_States_of_America', 'State_of_Palestine', 'Czechia']) expect(added).not.toContain(dup);
    expect(added.length).toBeLessThan(60);
  });

  it('gives nested blank nodes stable IRIs and leaves other blank nodes alone', async () => {
    const a = skolemize(await readRdfFile(join(DIR, 'people.ttl')));
    const b = skolemize(await readRdfFile(join(DIR, 'people.ttl')));
    const key = (q: Quad) => `${q.subject.value} ${q.predicate.value} ${q.object.value}`;
    expect(a.map(key)).toEqual(b.map(key));
    expect(a.some((q) => q.subject.termType === 'BlankNode' || q.object.termType === 'BlankNode')).toBe(false);
    const shared = await parseRdf('@prefix : <http://e/> . :a :p _:x . :b :p _:x . _:x :q 1 . :c :p [ :q [ :r 2 ] ] .', { format: 'turtle' });
    const kept = skolemize(shared);
    expect(kept.filter((q) => q.subject.termType === 'BlankNode' || q.object.termType === 'BlankNode')).toHaveLength(6);
  });

  it('conforms to the SHACL shapes (tenures, adjectives, parties, labels), with the ontology as context', async () => {
    const ontology = await readRdfFile(join(ROOT, 'ontology', 'newsgraph.ttl'));
    const report = await validateDataset([...ontology, ...quads], await loadShapes());
    expect(report.issues.filter((i) => i.severity === 'violation')).toEqual([]);
  }, 60_000);

  it('puts into a built graph only what its documents use, and no as-of relation', async () => {
    const { quads: built } = await assembleDataset(join(ROOT, 'data'));
    const part = built.filter((q) => q.graph.value === REGISTER_GRAPH);
    const has = (s: string, p: string, o?: string) => part.some((q) => q.subject.value === NGR + s && q.predicate.value === p && (o === undefined || q.object.value === o));
    expect(has('Russia', NG.adjective, 'russisch')).toBe(true);
    expect(has('Russia', NG.capital, `${NGR}Moscow`)).toBe(true);
    expect(has('Moscow', RDFS.label, 'Moskau')).toBe(true); // named: the article's "Moskau" stands for Russia and names the city
    expect(has('Washington', RDFS.label)).toBe(false); // the capital of a state the article does not name is not there
    expect(part.some((q) => [NG.memberOf, NG.partyTo, NG.tenure].includes(q.predicate.value))).toBe(false);
    expect(has('Finland', RDF.type)).toBe(false);
    expect(part.length).toBeLessThan(quads.length / 10);
    expect(registerPartFor(quads, [])).toEqual([]);
  });
});
