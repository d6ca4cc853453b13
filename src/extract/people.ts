/**
 * People introduced by their office: "Außenminister Pekka Haavisto", "Nato-Generalsekretär
 * Stoltenberg", "der belarussische Verteidigungsminister Viktor Chrenin", "Russian President
 * Vladimir Putin". A name after a role phrase that the register does not know becomes a new
 * person (labelled with the name as written, the surname as alias, typed, with its evidence);
 * a known person gets the office as a position. Each introduction records the role and its
 * affiliation so that later role nouns and surnames refer back to it. Does not: resolve unnamed
 * role nouns or pronouns (see `coref.ts`).
 */
import type { EntityRecord } from '../model/types.js';
import { entityIri } from '../model/iri.js';
import { NG_CLASS } from '../model/vocab.js';
import type { Gazetteer } from './gazetteer.js';
import type { RoleEntry } from './lexicon/roles.js';
import type { SentenceInfo } from './sentence.js';

/** A person named with an office in the text (UTF-16 offsets). */
export interface Introduction {
  person: string;
  /** The register does not know this person: minted from this text. */
  record?: EntityRecord;
  role: RoleEntry;
  /** Surface role word(s) as written ("Außenminister", "spokesman"). */
  roleText: string;
  lang: 'de' | 'en';
  affiliation?: string;
  sentence: number;
  /** The role phrase through the name. */
  start: number;
  end: number;
}

/** Role words that are too generic to introduce a person on their own ("leader Kim" is fine, "Minister Treffen" is not). */
const WEAK_ROLE = new Set(['minister', 'supreme leader', 'commander']);

/**
 * Find introductions in the sentences (whose mentions and role phrases are already found) and
 * teach the gazetteer the new people's names. Returns the introductions in text order.
 */
export function findIntroductions(text: string, sentences: readonly SentenceInfo[], g: Gazetteer): Introduction[] {
  const out: Introduction[] = [];
  for (const s of sentences) {
    for (const r of s.roles) {
      if (!r.nameAfter) continue;
      const name = r.nameAfter;
      const known = s.mentions.find((m) => m.start === name.start && g.isA(m.entity, NG_CLASS.Person));
      let person = known?.entity;
      let record: EntityRecord | undefined;
      if (!person) {
        if (WEAK_ROLE.has(r.role.key) && !r.affiliation) continue;
        const surname = name.text.split(/\s+/).at(-1)!;
        // a lone capitalised word after a German role noun is a surname only if it is used as one again or looks foreign
        if (name.tokens === 1 && r.lang === 'de' && !text.includes(`${surname} `, name.end) && !/[^\p{Ll}]$/u.test(surname) && /(ung|heit|keit|schaft|tion|ismus|ät)$/u.test(surname)) continue;
        const byName = g.match(name.text).find((m) => m.start === 0 && m.end === name.text.length && g.isA(m.entity, NG_CLASS.Person));
        person = byName?.entity ?? entityIri(name.text);
        if (!byName && !g.entities.has(person)) {
          record = { iri: person, types: [NG_CLASS.Person], labels: [{ value: name.text, lang: r.lang }], aliases: surname !== name.text ? [{ value: surname, lang: '' }] : [] };
          g.entities.set(person, { iri: person, types: record.types, labels: record.labels, aliases: record.aliases, generated: true });
          g.addName(name.text, person, true);
          if (surname !== name.text) g.addName(surname, person, false);
        }
      }
      out.push({
        person,
        ...(record ? { record } : {}),
        role: r.role,
        roleText: text.slice(s.tokens[r.token]!.start, s.tokens[r.tokenEnd - 1]!.end),
        lang: r.lang,
        ...(r.affiliation ? { affiliation: r.affiliation.entity } : {}),
        sentence: s.index,
        start: r.start,
        end: name.end,
      });
    }
  }
  return out;
}
