/**
 * The extractor's fast paths read exactly what their plain definitions read: the hand-written
 * tokenizer finds the tokens of its regex, and every date pattern's cue is in every text the
 * pattern matches (so skipping a text without the cue never loses a date).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gluedSentenceEnd, TOKEN, tokenize } from '../src/extract/tokens.js';
import { DATE_PATTERN_EXAMPLES } from '../src/extract/dates.js';

/** A regex match cut where a page lost the space after a full stop ("capital.The"), as `gluedSentenceEnd` documents. */
function* gluedParts(text: string, m: { 0: string; index: number }): Generator<{ word: string; at: number }> {
  let from = 0;
  let part = 0;
  for (const j of m[0].matchAll(/[-'’.]/gu)) {
    if (j[0] === '.' && gluedSentenceEnd(m[0].slice(part, j.index), text.slice(m.index + j.index + 1, m.index + j.index + 12))) {
      yield { word: m[0].slice(from, j.index), at: m.index + from };
      from = j.index + 1;
    }
    part = j.index + 1;
  }
  yield { word: m[0].slice(from), at: m.index + from };
}

/** The tokens as the regex reads them, the glued sentence end and the possessive split as documented. */
function byRegex(text: string): Array<{ t: string; start: number; end: number }> {
  const out: Array<{ t: string; start: number; end: number }> = [];
  for (const m of text.matchAll(new RegExp(TOKEN.source, TOKEN.flags))) {
    for (const { word, at } of gluedParts(text, m)) {
      const poss = /^(.+)['’]s$/u.exec(word);
      if (poss) out.push({ t: poss[1]!, start: at, end: at + poss[1]!.length }, { t: "'s", start: at + poss[1]!.length, end: at + word.length });
      else out.push({ t: word, start: at, end: at + word.length });
    }
  }
  return out;
}

/** Characters that test the edges: joiners, non-Latin letters and digits, astral letters and emoji, lone surrogates, combining marks. */
const CHARS = ['a', 'Z', 'ä', 'ß', 'ſ', '1', '٣', '中', '𝐀', '😀', '\ud800', '\udc00', '\u0301', '-', "'", '’', '.', ' ', ',', '\n', 's', '_'];
const texts = fc.array(fc.constantFrom(...CHARS), { maxLength: 40 }).map((a) => a.join(''));

describe('tokenizer', () => {
  it('finds the tokens its regex finds, with the same offsets', () => {
    fc.assert(
      fc.property(texts, (text) => {
        expect(tokenize(text)).toEqual(byRegex(text));
      }),
      { numRuns: 5000, examples: [['aaa.𝐀a\n'], ['in the capital.The defense said'], ['U.S. plan.Za ']] },
    );
  });

  it('shifts offsets and splits possessives', () => {
    expect(tokenize("Russia's U.S. plan, US-backed", 10).map((t) => `${t.t}@${t.start}`)).toEqual(['Russia@10', "'s@16", 'U.S@19', 'plan@24', 'US-backed@30']);
  });
});

describe('date pattern cues', () => {
  /** Words the date patterns are made of, so random texts hit them often. */
  const WORDS = ['6.', '12.', '2024', '1999', '06.12.2024', '2024-12-06', '16th', '11.-12.', 'Sept.', 'Dezember', 'December', 'Dec.', 'Mai', 'may', 'Ende', 'end', 'Mitte', 'Anfang', 'des', 'Jahres', 'Monats', 'the', 'of', 'year', 'month', 'next', 'last', 'im', 'am', 'on', 'Freitag', 'Friday', 'Dienstagabend', 'heute', 'today', 'Vortag', 'day', 'before', 'Woche', 'week', 'Vorjahr', 'summer', 'Herbst', 'zweiten', 'Jahreshälfte', 'Hälfte', 'bis', '-', '11-12', 'ſummer'];
  const dateTexts = fc.array(fc.constantFrom(...WORDS), { maxLength: 8 }).map((w) => w.join(' '));
  it('every text a pattern matches holds its cue', () => {
    fc.assert(
      fc.property(dateTexts, (text) => {
        for (const p of DATE_PATTERN_EXAMPLES) if (new RegExp(p.re.source, p.re.flags).test(text)) for (const cue of p.cues) expect(cue.test(text), `${p.rule} in "${text}": ${cue}`).toBe(true);
      }),
      { numRuns: 5000, examples: [['aaa.𝐀a\n'], ['in the capital.The defense said'], ['U.S. plan.Za ']] },
    );
  });
  it("holds for the patterns' own examples", () => {
    for (const p of DATE_PATTERN_EXAMPLES) for (const e of p.examples) for (const cue of p.cues) expect(cue.test(e.text), `${p.rule}: ${e.text}: ${cue}`).toBe(true);
  });
});
