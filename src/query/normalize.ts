/**
 * Name normalisation for lookups: case-, accent- and inflection-tolerant forms of labels and
 * aliases ("Weißrusslands" → "weissrussland", "Беларуси" → "беларус", "Lukaschenko" stays itself),
 * and a bounded edit distance for misspelt names. Browser-safe: the viewer uses it too. Does not:
 * decide which entity a name means (see `graph-index.ts`).
 */

/** Lower case, no diacritics, ß → ss, whitespace folded. */
export function normalise(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').replace(/ß/g, 'ss').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Inflection endings stripped for matching, per script: German/English, and Russian case endings (and the soft sign). */
const ENDINGS = {
  latin: { minLength: 6, pattern: /(ens|ern|es|en|er|em|e|s|n)$/u },
  cyrillic: { minLength: 5, pattern: /(ами|ями|ого|его|ому|ему|ыми|ими|ой|ей|ий|ый|ая|яя|ое|ее|ую|юю|ом|ем|ах|ях|ам|ям|ов|ев|ь|и|ы|а|я|у|ю|е|о)$/u },
} as const;

const CYRILLIC = /\p{Script=Cyrillic}/u;

/** Strip common German, English and Russian inflection endings from each word (for matching only). */
export function stem(normalised: string): string {
  return normalised
    .split(' ')
    .map((w) => {
      const rule = CYRILLIC.test(w) ? ENDINGS.cyrillic : ENDINGS.latin;
      return w.length >= rule.minLength ? w.replace(rule.pattern, '') : w;
    })
    .join(' ');
}

/** The most edits (insert, delete, substitute, swap two neighbours) a misspelt name of this length may have: none below 4 characters, 1 up to 7, else 2. */
export function typoBudget(length: number): number {
  return length < 4 ? 0 : length < 8 ? 1 : 2;
}

/** The score of `name` as a misspelling of the query `q` (both normalised): 60 for one edit, 50 for two; undefined beyond the budget. */
export function typoScore(q: string, name: string): number | undefined {
  const budget = typoBudget(Math.min(q.length, name.length));
  if (budget === 0) return undefined;
  const d = editDistance(q, name, budget);
  return d >= 1 && d <= budget ? 70 - 10 * d : undefined;
}

/**
 * The Damerau–Levenshtein (optimal string alignment) distance of `a` and `b`, or `max + 1` as
 * soon as it is certain to exceed `max`.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
    prev2 = prev;
    prev = row;
  }
  return prev[b.length]!;
}
