/**
 * Treaties and agreements the register does not know, named in the text: "the Treaty on
 * Comprehensive Strategic Partnership", "der Vertrag über Sicherheitsgarantien", "das
 * Atomabkommen", "the Nuclear Posture Agreement", "New-Start-Vertrag". Each becomes an `ng:Treaty`
 * minted with the name as written (without its article), and the gazetteer learns the name so
 * later mentions link to it. Does not: find the parties (the relation patterns do).
 */
import type { EntityRecord } from '../model/types.js';
import { entityIri } from '../model/iri.js';
import { NG_CLASS } from '../model/vocab.js';
import { knownEntity, type Gazetteer } from './gazetteer.js';
import type { SentenceInfo } from './sentence.js';
import { twinFor } from '../util/case-fold.js';
import { rule } from './rules.js';

/** Head nouns of treaty names and the words that may continue them. */
const EN_TREATY = /\b((?:[A-Z][\w-]*\s+){0,4}(?:Treaty|Agreement|Pact|Accord|Convention|Memorandum)(?:\s+(?:on|of|for|between)\s+(?:the\s+)?(?:[A-Z][\w-]*|and|of|on|the|Non-Proliferation)(?:\s+(?:[A-Z][\w-]*|and|of|on|the|Non-Proliferation)){0,6})?)/gu;
/**
 * German treaty names: a hyphenated name compound ("New-Start-Vertrag", "INF-Vertrag"), or a head
 * noun with its "über/zur/zum/für …" phrase ("Vertrag über Freundschaft und gegenseitigen
 * Beistand von 1961", "Staatsvertrags über Sicherheitsgarantien", "Vertrag zur Reduzierung
 * strategischer Waffen"). A closed compound alone ("Abrüstungsvertrag", "Partnerschaftsabkommen")
 * or a bare head ("der Vertrag") is a common noun, not a name.
 */
const DE_TREATY = /\b((?:[\p{Lu}][\p{L}-]*-(?:Vertrag|Vertrags|Vertrages|Abkommen|Abkommens|Pakt|Pakts|Paktes))|(?:(?:[\p{Lu}][\p{Ll}]+(?:vertrag|vertrags|vertrages|abkommen|abkommens|pakt|pakts|paktes))|Vertrag|Vertrags|Vertrages|Abkommen|Abkommens|Pakt|Pakts|Paktes|Übereinkommen|Übereinkommens|Konvention)\s+(?:über|zur|zum|für)\s+(?:die\s+|den\s+|das\s+|eine\s+|einen\s+)?(?:\p{Ll}{2,}e[nrsm]?\s+){0,3}\p{Lu}[\p{L}-]+(?:\s+\p{Ll}{2,}e[nrs]\s+\p{Lu}[\p{L}-]+)?(?:\s+(?:und|sowie)\s+(?:\p{Ll}{2,}e[nrsm]?\s+){0,2}\p{Lu}[\p{L}-]+){0,2}(?:\s+von\s+\d{4})?)(?![\p{L}-])/gu;

/** What every treaty name above contains: a sentence without it is not searched. */
const EN_CUE = /Treaty|Agreement|Pact|Accord|Convention|Memorandum/u;
const DE_CUE = twinFor(/vertrag|abkommen|pakt|übereinkommen|konvention/iu);

/** Words that make a treaty name too generic to be a name on its own. */
const GENERIC = /^(Vertrag|Vertrags|Vertrages|Abkommen|Abkommens|Pakt|Pakts|Treaty|Agreement|Pact|Accord|Convention|Memorandum|Übereinkommen|Konvention|Friedensabkommen|Handelsabkommen|Waffenstillstandsabkommen)$/u;

/** Mint the treaties named in the sentences' narrator or quoted text; returns the new records. */
export function findTreaties(sentences: readonly SentenceInfo[], g: Gazetteer, lang: 'de' | 'en'): EntityRecord[] {
  const out: EntityRecord[] = [];
  const re = lang === 'en' ? EN_TREATY : DE_TREATY;
  const cue = (text: string) => (lang === 'en' ? EN_CUE : DE_CUE(text)).test(text);
  for (const s of sentences) {
    if (!cue(s.text)) continue;
    re.lastIndex = 0;
    for (const m of s.text.matchAll(re)) {
      const name = m[1]!.replace(/^(The|the)\s+/, '').replace(/\s+(and|of|on|in|the|und|von|der|des)$/u, '').trim();
      if (GENERIC.test(name) || name.length < 6) continue;
      const start = s.start + m.index + m[0].indexOf(name);
      if (s.mentions.some((x) => x.start <= start && start < x.end && g.isA(x.entity, NG_CLASS.Treaty))) continue;
      const known = g.match(name).find((x) => x.start === 0 && x.end === name.length && g.isA(x.entity, NG_CLASS.Treaty));
      if (known) continue;
      const iri = entityIri(name);
      if (g.entities.has(iri)) continue;
      // "the Reciprocal Access Agreement (RAA)": the acronym the text defines names it later ("the RAA")
      const acronym = /^\s*\(\s*(\p{Lu}{2,6})\s*\)/u.exec(s.text.slice(start - s.start + name.length))?.[1];
      const defined = acronym && acronym === name.split(/[\s-]+/u).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('') ? acronym : undefined;
      const record: EntityRecord = { iri, types: [NG_CLASS.Treaty], labels: [{ value: name, lang }], aliases: defined ? [{ value: defined, lang: '' }] : [] };
      g.entities.set(iri, knownEntity(iri, record.types, record.labels, record.aliases, true));
      g.addName(name, iri, true);
      if (defined) g.addName(defined, iri, false, 'name', rule('ner.acronym'));
      out.push(record);
    }
  }
  return out;
}
