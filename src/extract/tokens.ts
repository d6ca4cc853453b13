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

/** Tokens of `text`, offsets shifted by `offset`. A possessive "'s" becomes its own token. */
export function tokenize(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const start = offset + m.index;
    const poss = /^(.+)['’]s$/u.exec(m[0]);
    if (poss) {
      out.push({ t: poss[1]!, start, end: start + poss[1]!.length });
      out.push({ t: "'s", start: start + poss[1]!.length, end: start + m[0].length });
    } else out.push({ t: m[0], start, end: start + m[0].length });
  }
  return out;
}
