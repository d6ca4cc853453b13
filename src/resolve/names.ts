/**
 * Name keys for cross-document entity resolution: one spelling-independent key per name, so the
 * German, English and Russian spellings of a transliterated name meet ("Peskow", "Peskov",
 * "Песков" → `pskv`; "Selenskyj", "Zelensky", "Зеленский" → `slnsk`; "Chrenin", "Khrenin" → `Xrn`).
 *
 * Does: lower-case, fold diacritics, transliterate Cyrillic, rewrite the German/English
 * transliteration conventions of Russian and Ukrainian sounds to one symbol each (the table
 * {@link SPELLING_RULES}, applied in order), and keep the consonant skeleton (vowels, `h` and
 * doubled letters go; a vowel that starts the name stays, so "Anna" ≠ "Nina"). Does not: decide
 * whether two names mean the same entity — a shared key only makes two entities candidates (see
 * `resolve.ts`, which also weighs role, affiliation and time).
 */

/** Cyrillic → Latin (a plain scholarly table; the spelling rules below absorb the variants). */
const CYRILLIC: Readonly<Record<string, string>> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o',
  п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
  і: 'i', ї: 'yi', є: 'ye', ґ: 'g',
};

/**
 * Spelling rules, in order: German and English renderings of the same Cyrillic letter become one
 * symbol (`S` for ш/щ: sch/sh/schtsch/shch; `Z` for ж: sch/zh; `X` for х and ч together, because
 * German "ch" is х and English "ch" is ч: ch/kh/tsch/tch), then consonants that the conventions
 * swap (w/v, z/s, ts/s, c/k, ph/f). The symbols stay upper case so they never meet a plain letter.
 */
export const SPELLING_RULES: ReadonlyArray<readonly [RegExp, string]> = [
  [/x/g, 'ks'],
  [/schtsch|shch/g, 'S'],
  [/tsch|tch/g, 'X'],
  [/sch|sh/g, 'S'],
  [/zh/g, 'Z'],
  [/kh|ch/g, 'X'],
  [/ck|c|q/g, 'k'],
  [/ph|ff\b|f/g, 'v'],
  [/w/g, 'v'],
  [/tz|ts/g, 's'],
  [/z/g, 's'],
  [/ß/g, 's'],
];

/** Plain lower-case Latin letters of a name: diacritics folded, Cyrillic transliterated. */
export function foldName(name: string): string {
  const lower = name.normalize('NFC').toLowerCase();
  let out = '';
  for (const ch of lower) out += CYRILLIC[ch] ?? ch;
  return out.normalize('NFD').replace(/\p{M}/gu, '').replace(/ß/g, 'ss');
}

const wordKeys = new Map<string, string>();
const WORD_KEY_CACHE = 100_000;

/** The key of one word: "Peskow" → "pskv" (memoised: names repeat across a corpus). */
export function wordKey(word: string): string {
  let key = wordKeys.get(word);
  if (key === undefined) {
    if (wordKeys.size >= WORD_KEY_CACHE) wordKeys.clear();
    key = computeWordKey(word);
    wordKeys.set(word, key);
  }
  return key;
}

function computeWordKey(word: string): string {
  let w = foldName(word).replace(/[^a-z]/g, '');
  if (!w) return '';
  for (const [re, to] of SPELLING_RULES) w = w.replace(re, to);
  const first = /^[aeiou]/.test(w) ? 'a' : '';
  return first + w.replace(/[aeiouyjh]/g, '').replace(/(.)\1+/g, '$1');
}

/** Words of a name (letters of any script, inner hyphens and apostrophes kept). */
export function nameWords(name: string): string[] {
  return name.match(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu) ?? [];
}

/** The key of a whole name: word keys joined by a space ("Dmitri Peskow" → "dmtr pskv"). */
export function nameKey(name: string): string {
  return nameWords(name).map(wordKey).filter(Boolean).join(' ');
}

/** A person's name split for matching: the surname key and the given-name keys before it. */
export interface PersonNameKey {
  surname: string;
  given: string[];
}

/** "Viktor Chrenin" → `{ surname: 'xrnn', given: ['vktr'] }`. */
export function personNameKey(name: string): PersonNameKey | undefined {
  const keys = nameWords(name).map(wordKey).filter(Boolean);
  const surname = keys.at(-1);
  return surname ? { surname, given: keys.slice(0, -1) } : undefined;
}

/**
 * Two people's names can be one person's: same surname key, and given names that agree where both
 * are known (a missing given name or a bare initial agrees with any given name it starts).
 */
export function personNamesAgree(a: PersonNameKey, b: PersonNameKey): boolean {
  if (a.surname !== b.surname) return false;
  const n = Math.min(a.given.length, b.given.length);
  for (let i = 0; i < n; i++) {
    const x = a.given[i]!;
    const y = b.given[i]!;
    if (x !== y && !(x.length === 1 && y.startsWith(x)) && !(y.length === 1 && x.startsWith(y))) return false;
  }
  return true;
}
