/**
 * Word tokens with their UTF-16 offsets: letters and digits, with inner hyphens, apostrophes and
 * dots kept ("US-Präsident", "Russia's" splits at the possessive, "U.S."). Does not: split
 * sentences (see `segment.ts`).
 */

/** A word token, offsets into the text it was read from. */
export interface Token {
  t: string;
  start: number;
  end: number;
}

const TOKEN = /[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*/gu;

/** Ends in a possessive "'s" / "’s" after at least one character. */
const possessive = (w: string) => w.length > 2 && (w.endsWith("'s") || w.endsWith('’s'));

/** Tokens of `text`, offsets shifted by `offset`. A possessive "'s" becomes its own token. */
export function tokenize(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const w = m[0];
    const start = offset + m.index;
    const end = start + w.length;
    if (possessive(w)) {
      out.push({ t: w.slice(0, -2), start, end: end - 2 });
      out.push({ t: "'s", start: end - 2, end });
    } else out.push({ t: w, start, end });
  }
  return out;
}
