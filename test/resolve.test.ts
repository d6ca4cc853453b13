/**
 * The entity-resolution rule on small hand-made document graphs: names across spellings and
 * initials, namesakes told apart by affiliation or by role within a year, a change of office
 * over years, missing context, register entities absorbing minted ones, and renaming everywhere an
 * entity can stand.
 */
import { describe, expect, it } from 'vitest';
import type { DocumentGraph, EntityRecord, Evidence, Fact } from '../src/model/types.js';
import { resolveEntities, unambiguousPeople } from '../src/resolve/resolve.js';
import { documentIri, entityIri } from '../src/model/iri.js';
import { NG, NG_CLASS } from '../src/model/vocab.js';

const ev = (doc: string): Evidence => ({ document: documentIri(doc), sentence: 0, span: { start: 0, end: 1, exact: 'x' }, rule: 'https://w3id.org/newsgraph/rule/test', confidence: 1 });

interface PersonSpec {
  name: string;
  lang?: string;
  role?: string;
  affiliation?: string;
}

/** A document that introduces people, with their role and affiliation as facts. */
function doc(id: string, published: string, people: PersonSpec[], extra: Partial<DocumentGraph> = {}): DocumentGraph {
  const entities: EntityRecord[] = [];
  const facts: Fact[] = [];
  for (const p of people) {
    const iri = entityIri(p.name);
    entities.push({ iri, types: [NG_CLASS.Person], labels: [{ value: p.name, lang: p.lang ?? 'en' }], aliases: [{ value: p.name.split(' ').at(-1)!, lang: '' }] });
    if (p.role) facts.push({ subject: iri, predicate: NG.position, object: { literal: p.role, language: p.lang ?? 'en' }, evidence: [ev(id)] });
    if (p.affiliation) facts.push({ subject: iri, predicate: NG.affiliation, object: { iri: entityIri(p.affiliation) }, evidence: [ev(id)] });
  }
  return {
    document: { id, iri: documentIri(id), text: 'x', language: 'en', published, sentences: [{ start: 0, end: 1 }], boilerplate: [] },
    entities,
    facts,
    statements: [],
    mentions: [],
    ...extra,
  };
}

const iris = (r: ReturnType<typeof resolveEntities>) => r.entities.map((e) => e.iri.replace(/^.*\//, '')).sort();

describe('entity resolution rule', () => {
  it('joins spellings and initials of one person, and renames them in facts, statements and mentions', () => {
    const a = doc('a', '2024-01-10', [{ name: 'Wolodymyr Selenskyj', lang: 'de', role: 'Präsident', affiliation: 'Ukraine' }]);
    const b = doc('b', '2024-01-11', [{ name: 'Volodymyr Zelensky', role: 'President', affiliation: 'Ukraine' }]);
    const c = doc('c', '2024-01-12', [{ name: 'V. Zelenskyy' }], {
      statements: [{ speaker: entityIri('V. Zelenskyy'), mode: 'indirect', content: 'x', about: [entityIri('V. Zelenskyy')], claims: [{ subject: entityIri('V. Zelenskyy'), predicate: NG.memberOf, object: { iri: entityIri('NATO') } }], evidence: [ev('c')] }],
      mentions: [{ entity: entityIri('V. Zelenskyy'), evidence: ev('c') }],
    });
    const r = resolveEntities([c, b, a]);
    expect(iris(r)).toEqual(['Volodymyr_Zelensky']);
    const z = entityIri('Volodymyr Zelensky');
    const [rc] = r.documents;
    expect(rc!.statements[0]!.speaker).toBe(z);
    expect(rc!.statements[0]!.about).toEqual([z]);
    expect(rc!.statements[0]!.claims[0]!.subject).toBe(z);
    expect(rc!.mentions[0]!.entity).toBe(z);
    expect(r.documents[2]!.facts.every((f) => f.subject === z)).toBe(true);
    // the resolved entity: one label per language; each document keeps its own spellings as aliases
    expect(r.records).toEqual([{ iri: z, types: [NG_CLASS.Person], labels: [{ value: 'Wolodymyr Selenskyj', lang: 'de' }, { value: 'Volodymyr Zelensky', lang: 'en' }], aliases: [] }]);
    expect(rc!.entities).toEqual([{ iri: z, types: [NG_CLASS.Person], labels: [], aliases: [{ value: 'V. Zelenskyy', lang: 'en' }, { value: 'Zelenskyy', lang: '' }] }]);
    expect(r.documents[2]!.entities[0]!.aliases).toEqual([{ value: 'Selenskyj', lang: '' }]);
  });

  it('keeps namesakes apart by affiliation, and by office within a year, but follows a change of office over years', () => {
    const r = resolveEntities([
      doc('a', '2020-03-01', [{ name: 'Ivan Petrov', role: 'Defence Minister', affiliation: 'Russia' }]),
      doc('b', '2020-05-01', [{ name: 'Ivan Petrov', role: 'spokesman', affiliation: 'Russia' }]),
      doc('c', '2020-05-02', [{ name: 'Ivan Petrov', role: 'spokesman', affiliation: 'Bulgaria' }]),
      doc('d', '2023-06-01', [{ name: 'Iwan Petrow', lang: 'de', role: 'Ministerpräsident', affiliation: 'Russia' }]),
      doc('e', '2020-05-03', [{ name: 'Ivan Petrov' }]),
    ]);
    expect(iris(r)).toEqual(['Ivan_Petrov_Bulgaria', 'Ivan_Petrov_defence-minister', 'Ivan_Petrov_spokesperson']);
    const members = (suffix: string) => r.entities.find((e) => e.iri.endsWith(suffix))!.members.map((m) => m.document).sort();
    // three years later the defence minister (or the spokesman) may be prime minister: joined to the first compatible
    expect(members('defence-minister')).toEqual(['a', 'd', 'e']);
    expect(members('spokesperson')).toEqual(['b']);
    expect(members('Bulgaria')).toEqual(['c']);
  });

  it('lets a register entity absorb a minted spelling of it, and keeps unrelated names apart', () => {
    const register = [{ iri: entityIri('Vladimir Putin'), types: [NG_CLASS.Person], labels: [{ value: 'Vladimir Putin', lang: 'en' }, { value: 'Wladimir Putin', lang: 'de' }] }];
    const r = resolveEntities([doc('a', '2024-01-01', [{ name: 'Wladimir Putin', lang: 'de', role: 'Präsident' }, { name: 'Anna Putina' }])], { register });
    expect(r.documents[0]!.facts[0]!.subject).toBe(entityIri('Vladimir Putin'));
    expect(r.documents[0]!.entities.map((e) => e.iri)).toEqual([entityIri('Anna Putina')]);
  });
});

describe('people a document can be linked to without introducing them', () => {
  it('are known by every name that means one of them, and only if some document gave a given name too', () => {
    const r = resolveEntities([
      doc('a', '2024-12-06', [{ name: 'Arkadi Scheremetow', lang: 'de' }, { name: 'Anna Berger', affiliation: 'Austria' }]),
      doc('b', '2024-12-07', [{ name: 'Anna Berger', affiliation: 'Switzerland' }]),
      // a one-word "person" (an extractor's misreading of a noun) is never linked elsewhere
      doc('c', '2024-12-08', [{ name: 'Zusammenarbeit', lang: 'de' }]),
    ]);
    const people = unambiguousPeople(r);
    expect(people.get('Scheremetow')?.iri).toBe(entityIri('Arkadi Scheremetow'));
    expect(people.get('Arkadi Scheremetow')?.iri).toBe(entityIri('Arkadi Scheremetow'));
    expect(people.has('Berger')).toBe(false); // two namesakes share it
    expect(people.has('Zusammenarbeit')).toBe(false);
  });
});

describe('entity review file', () => {
  it('reads merge and split decisions, and names file, line and column for malformed ones', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const { readEntityReview } = await import('../src/resolve/review.js');
    const file = join(mkdtempSync(join(tmpdir(), 'newsgraph-review-')), 'entities.yaml');
    const read = (text: string) => {
      writeFileSync(file, text);
      return readEntityReview(file);
    };
    expect(readEntityReview(`${file}.missing`)).toEqual({ merge: [], split: [] });
    expect(read('# nothing yet\n')).toEqual({ file, merge: [], split: [] });
    const ok = read('merge:\n  - [Dmitri_Peskow, ngr:Dmitry_Peskov]\nsplit:\n  - { entity: Anna_Berger, documents: [a, b] }\n');
    expect(ok.merge).toEqual([{ entities: [entityIri('Dmitri Peskow'), entityIri('Dmitry Peskov')], line: 2 }]);
    expect(ok.split).toEqual([{ entities: [entityIri('Anna Berger')], documents: ['a', 'b'], line: 4 }]);
    expect(() => read('merge: Peskov\n')).toThrow(/entities\.yaml:1:8: merge must be a list/);
    expect(() => read('merge:\n  - [Peskov]\n')).toThrow(/entities\.yaml:2:5: merge needs at least two entities/);
    expect(() => read('join:\n  - [a, b]\n')).toThrow(/entities\.yaml:1:1: unknown key "join"; use merge or split/);
    expect(() => read('split:\n  - { entity: 3 }\n')).toThrow(/entities\.yaml:2:5: split: \{ entity: NAME, documents: \[ID, …\] \} needs an entity/);
    expect(() => read('merge:\n  - [a, [b]]\n')).toThrow(/entities\.yaml:2:9: merge: expected a name, got \["b"\]/);
    expect(() => read('merge: [\n')).toThrow(/entities\.yaml:\d+:\d+: /);
  });
});
