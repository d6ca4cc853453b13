/**
 * The /i twins of the extractor's /iu regexes (`src/util/case-fold.ts`) find exactly what the
 * originals find, match for match, on every text they are used for; on the others (ſ, K, ẞ, Å, Ω,
 * surrogates) the original is used.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { asciiTwin, twinFor, unicodeSensitive } from '../src/util/case-fold.js';
import { DATE_PATTERN_EXAMPLES } from '../src/extract/dates.js';
import { ATTRIBUTION_BEFORE } from '../src/extract/lexicon/speech-verbs.js';
import { MEETING_RULE } from '../src/extract/lexicon/event-rules.js';

/** Every match (index and groups) of a regex in a text, as a global scan reads them. */
function matches(re: RegExp, text: string): Array<[number, ...Array<string | undefined>]> {
  const g = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
  const out: Array<[number, ...Array<string | undefined>]> = [];
  for (let m = g.exec(text); m; m = g.exec(text)) {
    out.push([m.index, ...m]);
    if (m[0] === '') g.lastIndex++;
  }
  return out;
}

const REGEXES = [...DATE_PATTERN_EXAMPLES.flatMap((p) => [p.re, ...p.cues]), ...ATTRIBUTION_BEFORE, MEETING_RULE.trigger, /\b(dabei|damals|at the time|on that occasion)\b/iu, /vertrag|abkommen|pakt|übereinkommen|konvention/iu];

/** Words the regexes are made of, in other cases too, and the characters only Unicode folding reads. */
const WORDS = ['laut', 'LAUT', 'Laut', 'according', 'to', 'the', 'a', 'statement', 'by', 'in', 'einer', 'Erklärung', 'des', 'nach', 'Angaben', 'von', 'wie', 'as', 'sagte', 'said', 'citing', 'Gipfel', 'SUMMIT', 'meeting', 'dabei', 'Vertrag', 'ABKOMMEN', 'Dezember', 'december', 'Dec.', '6.', '2024', 'Ende', 'des', 'Jahres', 'Freitag', 'heute', 'Woche', 'summer', 'Hälfte', 'ß', 'SS', ',', '-', '\u017Fummit', 'la\u212At', '\u212Aaut', '\u212Bbo', '\u2126mega', '\u1E9E', '\u{1F600}', 'x'];
const texts = fc.array(fc.constantFrom(...WORDS), { maxLength: 10 }).map((w) => w.join(' '));

describe('case-insensitive twins', () => {
  it('find what the /iu originals find in every text they read', () => {
    const twins = REGEXES.map((re) => [re, asciiTwin(re)] as const);
    fc.assert(
      fc.property(texts, (text) => {
        for (const [re, twin] of twins) {
          if (unicodeSensitive(text)) expect(twinFor(re)(text)).toBe(re);
          else expect(matches(twin, text), `${re} in "${text}"`).toEqual(matches(re, text));
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('leave Unicode-only patterns and case-sensitive ones as they are', () => {
    for (const re of [/\p{Lu}x/iu, /\u{1F600}/iu, /abc/u, /abc/i]) expect(asciiTwin(re)).toBe(re);
    expect(asciiTwin(/\blaut\b/iu).flags).toBe('i');
  });

  it('use the original where only Unicode folding reads the text right', () => {
    for (const text of ['\u017Fummit', 'la\u212At', 'Stra\u1E9Ee', '\u212Bbo', '\u2126mega', 'x \u{1F600}']) expect(unicodeSensitive(text), text).toBe(true);
    expect(/\bsummit\b/iu.test('\u017Fummit')).toBe(true);
    expect(twinFor(/\bsummit\b/iu)('\u017Fummit').test('\u017Fummit')).toBe(true);
    expect(unicodeSensitive('Gipfel in Genf, Straße')).toBe(false);
  });
});
