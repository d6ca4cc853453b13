/**
 * Reported speech as real news phrases it (constructions seen in the dev set, in our own words):
 * every statement gets its speaker, mode and date, and nothing said becomes a fact.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Quad } from '@rdfjs/types';
import { loadRegister } from '../src/build/register.js';
import { Gazetteer } from '../src/extract/gazetteer.js';
import { extractDocument, UNKNOWN_SPEAKER } from '../src/extract/extract.js';
import type { DocumentGraph } from '../src/model/types.js';

const ROOT = join(import.meta.dirname, '..');
const NGR = 'https://w3id.org/newsgraph/id/';
let register: Quad[];
beforeAll(async () => {
  register = await loadRegister(join(ROOT, 'data'));
});

function read(text: string, language: 'de' | 'en', published = '2024-12-06'): DocumentGraph {
  return extractDocument(text, { id: 'case', language, published }, new Gazetteer(register));
}
const said = (d: DocumentGraph) => d.statements.map((s) => `${s.speaker.replace(NGR, '')} ${s.mode} ${s.date.value}${s.date.bound ? ' or before' : ''}`);
const facts = (d: DocumentGraph) => d.facts.map((f) => `${f.subject.replace(/^.*[/#]/, '')} ${f.predicate.replace(/^.*[/#]/, '')} ${'iri' in f.object ? f.object.iri.replace(/^.*[/#]/, '') : 'literal' in f.object ? f.object.literal : f.object.time.value}`);

describe('who said it', () => {
  it('a quote closed by a role noun: the register holder of that office on the day', () => {
    const d = read('„Wir werden Belarus mit allen Mitteln schützen“, betonte der russische Präsident am Freitag in Minsk.', 'de');
    expect(said(d)).toEqual(['Vladimir_Putin direct 2024-12-06']);
  });

  it('quote then speaker, in English, with a bare weekday', () => {
    const d = read('"The treaty makes our union stronger," Lukashenko said Friday.', 'en');
    expect(said(d)).toEqual(['Alexander_Lukashenko direct 2024-12-06']);
  });

  it('a person introduced by office and name, then by surname alone', () => {
    const d = read('Der belarussische Verteidigungsminister Iwan Beispielow besuchte Minsk. Beispielow erklärte, die Übung beginne im Januar.', 'de');
    expect(said(d)).toEqual(['Iwan_Beispielow indirect 2024-12-06 or before']);
    expect(facts(d)).toEqual(expect.arrayContaining(['Iwan_Beispielow position defence minister', 'Iwan_Beispielow affiliation Belarus']));
  });

  it('a speaker the text names only by the subject of a reporting verb is minted', () => {
    const d = read('Die Lage an der Grenze sei stabil, sagte Kowalenko. Kowalenko fügte hinzu, es gebe keine Gefahr.', 'de');
    expect(said(d)).toEqual(['Kowalenko indirect 2024-12-06 or before', 'Kowalenko indirect 2024-12-06 or before']);
  });

  it('Konjunktiv I sentences continue the statement before them, without borrowing its date', () => {
    const d = read('Putin sagte am Mittwoch, der Vertrag sei ein Meilenstein. Er garantiere die Sicherheit beider Staaten. Dies gehöre zur gemeinsamen Politik.', 'de');
    expect(said(d)).toEqual(['Vladimir_Putin indirect 2024-12-04', 'Vladimir_Putin indirect 2024-12-06 or before', 'Vladimir_Putin indirect 2024-12-06 or before']);
  });

  it('"so X" and "laut X" attribute the sentence', () => {
    const d = read('Die Raketen seien bereits in Belarus, so Lukaschenko. Laut Putin ist die Stationierung abgeschlossen.', 'de');
    expect(said(d).map((s) => s.split(' ')[0])).toEqual(['Alexander_Lukashenko', 'Vladimir_Putin']);
  });

  it('a quote nobody is named for is still a statement, by an unknown speaker', () => {
    const d = read('Russia and Belarus signed the treaty. "This changes the balance in Europe," a senior diplomat in Brussels warned.', 'en');
    expect(d.statements).toHaveLength(1);
    expect(d.statements[0]!.speaker).toBe(UNKNOWN_SPEAKER);
  });

  it('a pronoun refers to the last speaker', () => {
    const d = read('Putin said the weapons would stay. He added that Belarus had asked for them.', 'en');
    expect(said(d)).toEqual(['Vladimir_Putin indirect 2024-12-06 or before', 'Vladimir_Putin indirect 2024-12-06 or before']);
  });
});

describe('claims stay claims', () => {
  it('a fact inside a quote or a reported clause is never asserted', () => {
    const d = read('„Russland und Belarus haben den Vertrag unterzeichnet“, betonte der russische Staatschef. Lukaschenko sagte, Russland habe Atomwaffen in Belarus stationiert.', 'de');
    expect(d.statements).toHaveLength(2);
    expect(facts(d).filter((f) => / (partyTo|deployed|stationedIn) /.test(f))).toEqual([]);
  });

  it('the narrator\'s own sentence still gives its facts', () => {
    const d = read('Russia deployed tactical nuclear weapons in Belarus in 2023. Putin said the move was a response to NATO.', 'en');
    expect(facts(d)).toEqual(expect.arrayContaining(['Russia deployed Tactical_nuclear_weapon']));
  });
});

describe('when it was said', () => {
  it('"today" inside a quote is the day it was said, not the publication day', () => {
    const d = read('"Today we signed a historic treaty," Putin said on Thursday.', 'en', '2024-12-07');
    expect(said(d)).toEqual(['Vladimir_Putin direct 2024-12-05']);
    const today = d.dates!.find((x) => d.document.text.slice(x.start, x.end) === 'Today');
    expect(today?.time.value).toBe('2024-12-05');
  });

  it('a date in the reported words is not the date of the statement', () => {
    const d = read('Lukaschenko sagte, der Vertrag sei am 6. Dezember unterzeichnet worden.', 'de', '2024-12-10');
    expect(said(d)).toEqual(['Alexander_Lukashenko indirect 2024-12-10 or before']);
  });
});
