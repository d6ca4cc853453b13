/**
 * Organisations a text defines with their acronym: "The Joint Chiefs of Staff (JCS) said …",
 * "der Nationale Sicherheitsrat (NSR)". A capitalised name whose initials spell the bracketed
 * acronym and which ends in an organisation noun is linked to the register's entity of that name,
 * else minted as an `ng:Organisation` (the name as label, the acronym as alias); either way the
 * document's gazetteer learns the acronym, so a later "the JCS said" names it. Does not: expand
 * acronyms the text does not define.
 */
import type { EntityRecord } from '../model/types.js';
import { entityIri } from '../model/iri.js';
import { NG_CLASS } from '../model/vocab.js';
import { knownEntity, type Gazetteer } from './gazetteer.js';
import type { SentenceInfo } from './sentence.js';
import { rule } from './rules.js';
import { ORG_HEADS_EN, TREATY_AFTER_EN } from './lexicon/name-shapes.js';

/** Up to eight name words (small words between them) right before "(ACRONYM)". */
const DEFINITION = /((?:\p{Lu}[\p{L}'’-]*\s+(?:(?:of|for|and|the|on|der|des|für|und|vom|von|zur|zum)\s+)*){1,8})\(\s*(\p{Lu}{2,6})\s*\)/gu;
const SMALL_WORD = /^(of|for|and|the|on|der|des|für|und|vom|von|zur|zum)$/u;
/** German head nouns of organisation names (a word's end: "Sicherheitsrat", "Generalstab"); the English ones are `ORG_HEADS_EN`. */
const ORG_HEAD_DE = /(Ausschuss|Rat|Amt|Behörde|Ministerium|Kommando|Partei|Gruppe|Agentur|Dienst|Bund|Komitee|Streitkräfte|Generalstab)$/u;
/** An organisation's name: one of its words is an organisation head ("Bureau" in "National Bureau of Investigation"). */
const isOrgName = (words: readonly string[]) => words.some((w) => ORG_HEADS_EN.has(w) || ORG_HEAD_DE.test(w));

/** Link or mint the organisations defined with an acronym; returns the minted records. */
export function findAcronyms(sentences: readonly SentenceInfo[], g: Gazetteer, lang: 'de' | 'en'): EntityRecord[] {
  const out: EntityRecord[] = [];
  for (const s of sentences) {
    if (!s.text.includes('(')) continue;
    for (const m of s.text.matchAll(DEFINITION)) {
      const words = m[1]!.trim().split(/\s+/);
      while (words.length && (SMALL_WORD.test(words[0]!) || words[0] === 'The' || words[0] === 'Die' || words[0] === 'Der' || words[0] === 'Das')) words.shift();
      const acronym = m[2]!;
      // the name is the shortest tail whose initials spell the acronym ("… said the Joint Chiefs of Staff (JCS)")
      const initials = (ws: string[]) => ws.filter((w) => !SMALL_WORD.test(w)).map((w) => w[0]).join('');
      let from = words.length - 1;
      while (from > 0 && initials(words.slice(from)).length < acronym.length) from--;
      const name = words.slice(from).join(' ');
      if (initials(words.slice(from)).toUpperCase() !== acronym || !isOrgName(words.slice(from))) continue;
      const paren = s.start + m.index + m[0].lastIndexOf('(');
      // "the Intermediate-Range Nuclear Forces (INF) arms treaty": the name is part of a treaty's
      if (TREATY_AFTER_EN.test(s.text.slice(paren - s.start))) continue;
      // a name the register knows, as linked in the sentence ("South Korea's Joint Chiefs of Staff (JCS)") or as written
      const known = s.mentions.find((x) => /^\s*$/.test(s.text.slice(x.end - s.start, paren - s.start)) && x.end <= paren && x.end > paren - 3) ?? g.match(name).find((x) => x.start === 0 && x.end === name.length);
      const iri = known?.entity ?? entityIri(name);
      if (!known && !g.entities.has(iri)) {
        const record: EntityRecord = { iri, types: [NG_CLASS.Organisation], labels: [{ value: name, lang }], aliases: [{ value: acronym, lang: '' }] };
        g.entities.set(iri, knownEntity(iri, record.types, record.labels, record.aliases, true));
        g.addName(name, iri, true);
        out.push(record);
      }
      if (!g.match(acronym).some((x) => x.entity === iri)) g.addName(acronym, iri, false, 'name', rule('ner.acronym'));
    }
  }
  return out;
}
