import { beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Quad } from '@rdfjs/types';
import { loadRegister } from '../src/build/register.js';
import { Gazetteer } from '../src/extract/gazetteer.js';
import { extractDocument } from '../src/extract/extract.js';
import { NAME_RULES, type NameExample } from '../src/extract/lexicon/name-shapes.js';
import { PREFIXES } from '../src/model/vocab.js';

const ROOT = new URL('..', import.meta.url).pathname;
let register: Quad[];
beforeAll(async () => {
  register = await loadRegister(join(ROOT, 'data'));
});

/** The entities a text mints (not the register's), as "Type:label". */
function minted(ex: Pick<NameExample, 'text' | 'lang'>): string[] {
  const g = new Gazetteer(register);
  const dg = extractDocument(ex.text, { id: 'names-test', language: ex.lang, published: '2025-01-03' }, g);
  return dg.entities.filter((e) => !register.some((q) => q.subject.value === e.iri)).map((e) => `${e.types[0]!.replace(PREFIXES.ng, '')}:${e.labels[0]!.value}`);
}

describe('names by their shape (lexicon/name-shapes.ts)', () => {
  for (const r of NAME_RULES) {
    for (const ex of r.examples) it(`${r.id} finds ${ex.names.join(', ') || 'nothing new'} in "${ex.text}"`, () => {
      const got = minted(ex).filter((x) => !x.startsWith('Person:'));
      for (const n of ex.names) expect(got).toContain(n);
    });
    for (const ex of r.counterExamples) it(`${r.id} mints nothing from "${ex.text}"`, () => {
      expect(minted(ex).filter((x) => !/^(Person|Agent):/.test(x))).toEqual([]);
    });
  }
});

describe('people by given name', () => {
  it('mints a person from a given name and surname, with the surname as alias, and links the surname later', () => {
    const g = new Gazetteer(register);
    const dg = extractDocument('Begleitet wurde er von Finanzminister Lars Klingbeil. Laut Jakob Bohr, einem Journalisten, ist das Schiff alt. Bohr sagte das am Montag.', { id: 'p', language: 'de', published: '2025-01-03' }, g);
    const people = dg.entities.filter((e) => e.types.includes(PREFIXES.ng + 'Person')).map((e) => e.labels[0]!.value);
    expect(people).toEqual(expect.arrayContaining(['Lars Klingbeil', 'Jakob Bohr']));
    const bohr = dg.entities.find((e) => e.labels[0]!.value === 'Jakob Bohr')!;
    expect(dg.mentions.filter((m) => m.entity === bohr.iri).length).toBeGreaterThanOrEqual(2);
  });
  it('drops the titles before a given name, and reads no abbreviated title as a name', () => {
    const got = minted({ text: 'Der Sicherheitsexperte Professor Jarno Limnéll warnt. Chairman Air Force Gen. C.Q. Brown will travel.', lang: 'de' });
    expect(got).toContain('Person:Jarno Limnéll');
    expect(got.filter((x) => /Professor|Gen$/.test(x))).toEqual([]);
  });
  it("links a treaty's acronym the text defines to the treaty (treaties.ts)", () => {
    const g = new Gazetteer(register);
    const text = 'Japan and the Philippines signed the Reciprocal Access Agreement (RAA) on Monday. The RAA allows troops to train.';
    const dg = extractDocument(text, { id: 't', language: 'en', published: '2024-07-08' }, g);
    const raa = dg.entities.find((e) => e.labels[0]!.value === 'Reciprocal Access Agreement')!;
    expect(dg.mentions.filter((m) => m.entity === raa.iri).map((m) => text.slice(m.evidence.span.start, m.evidence.span.end))).toContain('RAA');
  });
  it('does not read a body after a role noun as a person (lexicon NEVER_PERSON_*)', () => {
    const got = minted({ text: 'Der frühere Befehlshaber der niederländischen Streitkräfte ist Vorsitzender. The drills are led by the General Staff of the armed forces.', lang: 'de' });
    expect(got.filter((x) => x.startsWith('Person:'))).toEqual([]);
    const en = minted({ text: 'The drills are held under the leadership of the General Staff of the armed forces of the Russian Federation.', lang: 'en' });
    expect(en.filter((x) => x.startsWith('Person:'))).toEqual([]);
  });
  it('does not read a known person, a month or a common word as a new person', () => {
    const got = minted({ text: 'Donald Trump met Boris Pistorius in May. Will Europe pay?', lang: 'en' });
    expect(got.filter((x) => x.startsWith('Person:'))).toEqual([]);
  });
});
