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

/**
 * What a token is, as a regex: runs of letters and digits joined by single hyphens, apostrophes or
 * dots. {@link tokenize} scans for the same by hand (it runs on every text and is the hot path).
 */
export const TOKEN = /[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*/gu;

const WORD_CHAR = /^[\p{L}\p{N}]$/u;
const JOINERS = new Set(['-', "'", '’', '.']);
/** Letter-or-digit answers for the Basic Multilingual Plane, filled as characters are met: 0 unknown, 1 yes, 2 no. */
const BMP = new Uint8Array(0x10000);

/** UTF-16 length of the letter or digit at `i` (1, or 2 for a surrogate pair), 0 when there is none. */
function wordCharAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff) {
    const cp = text.codePointAt(i)!;
    if (cp > 0xffff) return WORD_CHAR.test(String.fromCodePoint(cp)) ? 2 : 0;
  }
  let known = BMP[c];
  if (known === 0) BMP[c] = known = WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 2;
  return known === 1 ? 1 : 0;
}

/** End of the run of letters and digits starting at `i`. */
function runEnd(text: string, i: number): number {
  for (let n = wordCharAt(text, i); n > 0; n = wordCharAt(text, i)) i += n;
  return i;
}

/**
 * A sentence end a badly stored page lost its space after ("in the capital.The defense …",
 * "Kommentar.Die", "erneuern.KCNA"): a word in lower case after its first letter, the period, a
 * capitalised word or an acronym. Not "example.org", "U.S.A", "3.5". The segmenter ends the
 * sentence there, and the tokenizer does not join the two words.
 */
export function gluedSentenceEnd(word: string, after: string): boolean {
  // after a capitalised word the next needs three letters: "Caliber.Az" is a name
  return /^\p{Ll}{3,}$/u.test(word) ? /^\p{Lu}(\p{Ll}+|\p{Lu}{1,5})[\s,]/u.test(after) : /^\p{Lu}\p{Ll}{2,}$/u.test(word) && /^\p{Lu}(\p{Ll}{2,}|\p{Lu}{2,5})[\s,]/u.test(after);
}

/** Ends in a possessive "'s" / "’s" after at least one character. */
const possessive = (w: string) => w.length > 2 && (w.endsWith("'s") || w.endsWith('’s'));

/** Tokens of `text`, offsets shifted by `offset`. A possessive "'s" becomes its own token. */
export function tokenize(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < text.length; ) {
    const n = wordCharAt(text, i);
    if (n === 0) {
      i++;
      continue;
    }
    const from = i;
    i = runEnd(text, i);
    let part = from;
    while (i + 1 < text.length && JOINERS.has(text[i]!) && wordCharAt(text, i + 1) > 0 && !(text[i] === '.' && gluedSentenceEnd(text.slice(part, i), text.slice(i + 1, i + 12)))) {
      part = i + 1;
      i = runEnd(text, i + 1);
    }
    const w = text.slice(from, i);
    const start = offset + from;
    const end = offset + i;
    if (possessive(w)) {
      out.push({ t: w.slice(0, -2), start, end: end - 2 });
      out.push({ t: "'s", start: end - 2, end });
    } else out.push({ t: w, start, end });
  }
  return out;
}
