/**
 * Common nouns that name a body rather than a person: "the ministry", "das Bündnis", "Südkoreas
 * Militär", "die japanische Küstenwache". Each head noun says how to find what it refers to: a
 * body of the state named with it whose name contains the noun, else (for a state's organs) the
 * state itself, or, with a definite article and no state, the body or state the text named last.
 * German heads also match as the end of a compound ("Verteidigungsministerium"). Does not: find
 * the phrases (see `coref.ts`).
 */
import { wordMemo } from '../../util/word-memo.js';

/** One kind of body noun. */
export interface BodyNoun {
  /** English words (whole token) and German compound tails (lower case). */
  en: string[];
  de: string[];
  /** Without a body of that name, the state named with the noun acts itself ("Südkoreas Militär sagte"). */
  stateActs: boolean;
  /** With a definite article and no state: the last mentioned entity of these classes (local names). */
  antecedentClasses?: string[];
  /** Any agent named with the noun speaks through it, not only a state ("a Kremlin statement"). */
  anyOwner?: true;
  /** The place after it is its host, not its owner ("die Botschaft in Moskau" is some other state's). */
  hosted?: true;
  /** German forms are whole words, not compound tails ("das Land", not "Bundesland" or "Ausland"). */
  wholeWord?: true;
}

export const BODY_NOUNS: readonly BodyNoun[] = [
  { en: ['ministry'], de: ['ministerium', 'ministeriums'], stateActs: true },
  { en: ['military', 'army', 'navy'], de: ['militär', 'militärs', 'armee', 'marine', 'luftwaffe'], stateActs: true },
  { en: ['guard'], de: ['küstenwache'], stateActs: true },
  { en: ['government', 'administration'], de: ['regierung'], stateActs: true, antecedentClasses: ['State'] },
  { en: ['leadership'], de: ['führung', 'staatsführung'], stateActs: true, antecedentClasses: ['State'] },
  { en: ['alliance'], de: ['bündnis', 'bündnisses', 'allianz'], stateActs: false, antecedentClasses: ['Alliance'] },
  { en: ['bloc'], de: ['staatenbund'], stateActs: false, antecedentClasses: ['Union', 'Alliance'] },
  { en: ['committee'], de: ['ausschuss', 'ausschusses'], stateActs: false },
  { en: ['agency'], de: ['behörde'], stateActs: false },
  // "die Nachrichtenagentur erinnerte", "die chinesische Agentur Xinhua": the agency the text named last (or the one named right after)
  { en: ['newswire'], de: ['agentur'], stateActs: false, antecedentClasses: ['Organisation'] },
  // "the group", "die Miliz": the organisation the text named last
  { en: ['group', 'militia', 'movement', 'organization', 'organisation'], de: ['gruppe', 'miliz', 'bewegung', 'organisation'], stateActs: false, antecedentClasses: ['Organisation'] },
  { en: ['police'], de: ['polizei'], stateActs: true },
  // "teilte das Präsidialamt in Moskau mit": the office of the state's president
  { en: [], de: ['präsidialamt', 'präsidialamts', 'präsidialverwaltung'], stateActs: true },
  { en: ['intelligence'], de: ['geheimdienst', 'geheimdienstes', 'nachrichtendienst'], stateActs: true },
  // "Chinas Botschaft in Manila erklärte": a state's embassy speaks for it ("die Botschaft ist klar" names no state: a message)
  { en: ['embassy'], de: ['botschaft'], stateActs: true, hosted: true },
  // "Anschließend erklärte das abgeschottete Land", "the country said": the state the text named last
  { en: ['country'], de: ['land'], stateActs: true, antecedentClasses: ['State'], wholeWord: true },
  // "die russische Seite hat angekündigt", "the Ukrainian side said": the state
  { en: ['side'], de: ['seite'], stateActs: true },
  // what a body issues speaks for it: "a British statement said", "eine russische Erklärung", "a Kremlin statement"
  { en: ['statement', 'communique', 'communiqué', 'readout', 'commentary', 'editorial'], de: ['erklärung', 'mitteilung', 'stellungnahme', 'kommuniqué', 'kommentar', 'kommentars', 'leitartikel'], stateActs: true, anyOwner: true },
];

/**
 * Nouns that name a document whose text news reports like speech: "das Dokument", "die Doktrin",
 * "the decree" (English whole words, German compound tails, lower case). With a definite article
 * they refer to the treaty or policy document the text named last.
 */
export const DOCUMENT_NOUNS = {
  en: ['document', 'doctrine', 'treaty', 'agreement', 'decree', 'text', 'pact', 'strategy'],
  de: ['dokument', 'dokuments', 'doktrin', 'vertrag', 'vertrags', 'vertrages', 'abkommen', 'abkommens', 'vereinbarung', 'vereinbarungen', 'erlass', 'erlasses', 'dekret', 'dekrets', 'papier', 'papiers', 'strategie'],
} as const;

/** The class of document a document noun names ("die Doktrin" a doctrine, "the treaty" a treaty); none for "the document", "das Papier". */
const DOCUMENT_KINDS: ReadonlyArray<readonly [RegExp, 'Doctrine' | 'Treaty' | 'PolicyDocument']> = [
  [/^(doktrin|doctrine)/iu, 'Doctrine'],
  [/(vertrag|vertrags|vertrages|abkommen|abkommens|vereinbarung|vereinbarungen|^treaty|^agreement|^pact)$/iu, 'Treaty'],
  [/(strategie|^strategy|erlass|erlasses|dekret|dekrets|^decree)$/iu, 'PolicyDocument'],
];

/** Which class of document a document noun names, if it names one ("Doktrin" → Doctrine); undefined for generic ones ("document"). */
export function documentKind(token: string): 'Doctrine' | 'Treaty' | 'PolicyDocument' | undefined {
  return DOCUMENT_KINDS.find(([re]) => re.test(token))?.[1];
}

/** Is the token a document noun? */
export function isDocumentNoun(token: string, lang: 'de' | 'en'): boolean {
  return (lang === 'en' ? DOCUMENT_NOUN_EN : DOCUMENT_NOUN_DE)(token);
}

/** The body noun a token is, if any. */
export function bodyNounAt(token: string, lang: 'de' | 'en'): BodyNoun | undefined {
  return (lang === 'en' ? BODY_NOUN_EN : BODY_NOUN_DE)(token);
}

// each distinct token (as written) is looked up once per language: the lists are constant
const DOCUMENT_NOUN_EN = wordMemo((token) => (DOCUMENT_NOUNS.en as readonly string[]).includes(token.toLowerCase()));
const DOCUMENT_NOUN_DE = wordMemo((token) => DOCUMENT_NOUNS.de.some((tail) => token.toLowerCase().endsWith(tail)));
const BODY_NOUN_EN = wordMemo((token) => BODY_NOUNS.find((b) => b.en.includes(token.toLowerCase())));
const BODY_NOUN_DE = wordMemo((token) => {
  const w = token.toLowerCase();
  return BODY_NOUNS.find((b) => b.de.some((tail) => (b.wholeWord ? w === tail : w.endsWith(tail))));
});
