/**
 * A state's armed forces, named as news names them: by the state's adjective or name and a common
 * noun ("das russische Militär", "die litauische Armee", "the Australian military", "South Korea's
 * military"). The register marks the body (ng:armedForcesOf); the gazetteer makes the names
 * (`armedForcesNames`). Examples in our own words.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Quad } from '@rdfjs/types';
import { DataFactory } from 'n3';
import { loadRegister, withEntailedParts } from '../src/build/register.js';
import { loadShapes } from '../src/build/pipeline.js';
import { readRdfFile } from '../src/rdf/parse.js';
import { validateDataset } from '../src/validate/shacl.js';
import { armedForcesNames, Gazetteer, knownEntity } from '../src/extract/gazetteer.js';
import { extractDocument } from '../src/extract/extract.js';
import { NG, NG_CLASS, PREFIXES } from '../src/model/vocab.js';

const ROOT = join(import.meta.dirname, '..');
const NGR = PREFIXES.ngr;
let register: Quad[];
let g: Gazetteer;
beforeAll(async () => {
  register = await loadRegister(join(ROOT, 'data'));
  g = new Gazetteer(register);
});

const link = (text: string) => g.match(text).filter((m) => !m.shadow).map((m) => `${m.text} ${m.entity.replace(NGR, '')}`);

describe('the names made for a state’s armed forces', () => {
  const lithuania = knownEntity(`${NGR}Lithuania`, [NG_CLASS.State], [{ value: 'Lithuania', lang: 'en' }, { value: 'Litauen', lang: 'de' }], [{ value: 'Litauens', lang: 'de' }, { value: 'Vilnius', lang: 'en' }]);
  lithuania.forms = [
    { value: 'Lithuanian', lang: 'en', kind: 'adjective' },
    { value: 'litauisch', lang: 'de', kind: 'adjective' },
    { value: 'Lithuanian', lang: 'en', kind: 'demonym' },
  ];
  const names = armedForcesNames(lithuania);
  const de = names.filter((n) => n.lang === 'de').map((n) => n.value);
  const en = names.filter((n) => n.lang === 'en').map((n) => n.value);

  it('German: the adjective inflected before Militär, Armee and Streitkräfte', () => {
    expect(de).toEqual([
      'litauische Militär', 'litauischen Militär', 'litauisches Militär', 'litauischen Militärs',
      'litauische Armee', 'litauischen Armee', 'litauischer Armee',
      'litauische Streitkräfte', 'litauischen Streitkräfte', 'litauischer Streitkräfte', 'litauischen Streitkräften',
    ]);
    // an officer ("ein litauischer Militär") and officers ("litauische Militärs") are not the armed forces
    expect(de).not.toContain('litauischer Militär');
    expect(de).not.toContain('litauische Militärs');
  });

  it('English: adjective + noun, the state’s names with a possessive, "armed forces of"', () => {
    expect(en).toEqual([
      'Lithuanian military', 'Lithuanian army', 'Lithuanian armed forces',
      "Lithuania's military", "Lithuania's army", "Lithuania's armed forces", 'armed forces of Lithuania',
      "Vilnius' military", "Vilnius' army", "Vilnius' armed forces", 'armed forces of Vilnius',
    ]);
    // the capital stands for the government, not the army
    const vilnius = knownEntity(`${NGR}Vilnius`, [NG_CLASS.City], [{ value: 'Vilnius', lang: 'en' }], []);
    expect(armedForcesNames(lithuania, vilnius).map((n) => n.value).filter((v) => v.includes('Vilnius'))).toEqual([]);
    // never the noun alone, never the adjective or demonym as a name
    expect(names.every((n) => n.value.split(' ').length > 1)).toBe(true);
    expect(en).not.toContain("Lithuanian's military");
  });

  it('an indeclinable German adjective stays as it is', () => {
    const swiss = knownEntity(`${NGR}Switzerland`, [NG_CLASS.State], [], []);
    swiss.forms = [{ value: 'Schweizer', lang: 'de', kind: 'adjective' }];
    expect(armedForcesNames(swiss).map((n) => n.value)).toEqual(['Schweizer Militär', 'Schweizer Militärs', 'Schweizer Armee', 'Schweizer Streitkräfte', 'Schweizer Streitkräften']);
  });
});

describe('the register’s armed forces', () => {
  it('has one body for each state that dominates security news, part of its state', () => {
    const of = new Map(register.filter((q) => q.predicate.value === NG.armedForcesOf).map((q) => [q.object.value.replace(NGR, ''), q.subject.value]));
    const nato = register.filter((q) => q.predicate.value === NG.memberOf && q.object.value === `${NGR}NATO`).map((q) => q.subject.value.replace(NGR, ''));
    const others = ['Australia', 'Japan', 'South_Korea', 'China', 'India', 'Pakistan', 'Iran', 'Israel', 'Taiwan', 'Philippines', 'Azerbaijan', 'Armenia', 'Georgia', 'Moldova', 'Kazakhstan', 'Serbia', 'Saudi_Arabia', 'Egypt', 'Syria', 'North_Korea', 'Russia', 'Belarus', 'Ukraine'];
    // Iceland has no armed forces
    for (const state of [...nato.filter((s) => s !== 'Iceland'), ...others]) expect(of.has(state), state).toBe(true);
    for (const [state, body] of of) {
      // the loader states the ng:partOf the sub-property entails
      expect(register.some((q) => q.subject.value === body && q.predicate.value === NG.partOf && q.object.value === NGR + state), body).toBe(true);
    }
    expect(of.get('Australia')).toBe(`${NGR}Australian_Defence_Force`);
    expect(of.get('South_Korea')).toBe(`${NGR}Republic_of_Korea_Armed_Forces`);
    expect(of.get('China')).toBe(`${NGR}People's_Liberation_Army`);
    expect(of.get('Germany')).toBe(`${NGR}Bundeswehr`);
  });

  it('states the entailed ng:partOf once, and none that the files state already', () => {
    const [s, o] = [DataFactory.namedNode(`${NGR}X_Forces`), DataFactory.namedNode(`${NGR}X`)];
    const one = withEntailedParts([DataFactory.quad(s, DataFactory.namedNode(NG.armedForcesOf), o)]);
    expect(one.map((q) => q.predicate.value)).toEqual([NG.armedForcesOf, NG.partOf]);
    expect(withEntailedParts(one)).toHaveLength(2);
  });

  it('the shapes reject a second armed-forces body of one state', async () => {
    const ontology = await readRdfFile(join(ROOT, 'ontology', 'newsgraph.ttl'));
    const second = DataFactory.quad(DataFactory.namedNode(`${NGR}Kremlin`), DataFactory.namedNode(NG.armedForcesOf), DataFactory.namedNode(`${NGR}Russia`));
    const shapes = await loadShapes();
    expect((await validateDataset([...ontology, ...register], shapes)).issues.filter((i) => i.severity === 'violation')).toEqual([]);
    const report = await validateDataset([...ontology, ...register, second], shapes);
    expect(report.issues.filter((i) => i.severity === 'violation').map((i) => `${i.focus.replace(NGR, '')} ${i.message}`)).toEqual(['Russia a state has one body as its armed forces (its services are parts of that body)']);
  }, 60_000);
});

describe('the gazetteer links them', () => {
  it('German and English forms, with a determiner or possessive before them', () => {
    expect(link('Das russische Militär, der litauischen Armee, den polnischen Streitkräften, des israelischen Militärs')).toEqual([
      'russische Militär Russian_Armed_Forces', 'litauischen Armee Lithuanian_Armed_Forces', 'polnischen Streitkräften Polish_Armed_Forces', 'israelischen Militärs Israel_Defense_Forces',
    ]);
    expect(link("the Australian military, the Russian army, South Korea's military, South Korea’s army, the Chinese Army, the armed forces of Ukraine")).toEqual([
      'Australian military Australian_Defence_Force', 'Russian army Russian_Armed_Forces', "South Korea's military Republic_of_Korea_Armed_Forces", 'South Korea’s army Republic_of_Korea_Armed_Forces',
      "Chinese Army People's_Liberation_Army", 'armed forces of Ukraine Ukrainian_Armed_Forces',
    ]);
    expect(link('die Schweizer Armee und das Bundesheer')).toEqual(['Schweizer Armee Swiss_Armed_Forces', 'Bundesheer Austrian_Armed_Forces']);
  });

  it('name the state too, as a second reading', () => {
    const shadows = g.match('der niederländischen Streitkräfte').filter((m) => m.shadow).map((m) => `${m.text} ${m.entity.replace(NGR, '')}`);
    expect(shadows).toEqual(['niederländischen Streitkräfte Netherlands']);
  });

  it('English "military" and "army" before a noun modify it: no armed forces', () => {
    expect(link("Iran's military doctrine, U.S. military stockpiles, a Chinese military spy plane, Russia's military and economic ties")).toEqual(['Iran Iran', 'U.S United_States', 'Chinese China', 'Russia Russia']);
    expect(link("the Chinese military's command, the South Korean military fired, the Australian military on Friday, the Russian army and the police")).toEqual([
      "Chinese military People's_Liberation_Army", 'South Korean military Republic_of_Korea_Armed_Forces', 'Australian military Australian_Defence_Force', 'Russian army Russian_Armed_Forces',
    ]);
  });

  it('never the noun alone, never an officer', () => {
    expect(link('Die Armee teilte mit, the army said, the military and the armed forces')).toEqual([]);
    expect(link('ein russischer Militär sagte')).toEqual(['russischer Russia']);
  });

  it('longer and other register names win', () => {
    expect(link('Russian military intelligence')).toEqual(['Russian military intelligence GRU']);
    expect(link('the Russian Southern Military District')).toEqual(['Russian Southern Military District Southern_Military_District']);
    // a compound is one word: the state's adjective only
    expect(link('der russische Armee-Generalstab')).toEqual(['russische Russia']);
    // a capitalised noun before another capitalised word opens a longer proper name
    expect(link('the Russian Military District, the Chinese Army Day')).toEqual(['Russian Russia', 'Chinese China']);
    // but an office or rank after it is no part of its name
    expect(link('the Iranian Armed Forces Brigadier General Ali Beispiel')).toEqual(['Iranian Armed Forces Iranian_Armed_Forces']);
    // where the register has the words as a service's name, the service keeps them
    expect(link('the British army and the British military')).toEqual(['British army British_Army', 'British military British_Armed_Forces']);
    expect(link('the U.S. Army and the U.S. military')).toEqual(['U.S. Army US_Army', 'U.S. military US_Armed_Forces']);
  });
});

describe('extraction: the armed forces as speakers', () => {
  const speakers = (text: string, language: 'de' | 'en') => extractDocument(text, { id: 'case', language, published: '2024-12-06' }, new Gazetteer(register)).statements.map((s) => s.speaker.replace(NGR, ''));

  it('German', () => {
    expect(speakers('Das russische Militär hatte 300.000 Soldaten angekündigt.', 'de')).toEqual(['Russian_Armed_Forces']);
    expect(speakers('Die Übung beginne am Montag, teilte die litauische Armee mit.', 'de')).toEqual(['Lithuanian_Armed_Forces']);
  });

  it('English', () => {
    expect(speakers('The spy ship was spotted by the Australian military, which announced that it was monitoring the vessel.', 'en')).toEqual(['Australian_Defence_Force']);
    expect(speakers("The missile flew for about 70 minutes, South Korea's military said.", 'en')).toEqual(['Republic_of_Korea_Armed_Forces']);
  });
});
