/**
 * Name normalisation for lookups: case-, accent- and inflection-tolerant forms of labels and
 * aliases ("Weißrusslands" → "weissrussland", "Lukaschenko" stays itself). Browser-safe: the viewer
 * uses it too. Does not: decide which entity a name means (see `graph-index.ts`).
 */

/** Lower case, no diacritics, ß → ss, whitespace folded. */
export function normalise(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').replace(/ß/g, 'ss').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Strip common German and English inflection endings from each word (for matching only). */
export function stem(normalised: string): string {
  return normalised
    .split(' ')
    .map((w) => (w.length > 5 ? w.replace(/(ens|ern|es|en|er|em|e|s|n)$/u, '') : w))
    .join(' ');
}
