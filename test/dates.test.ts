import { describe, expect, it } from 'vitest';
import { DATE_PATTERN_EXAMPLES, findDates } from '../src/extract/dates.js';

/** Texts that hold no date at all: times, counts, measures, codes, the modal "may", "am Morgen". */
const NOT_DATES = ['um 15:02 Uhr', '24 submarines and 1.340 km of border', 'bis zu 2000 Soldaten', 'at 0200 GMT', 'the Hwasong-12 missile', 'ISO 2022 code', 'You may say so.', 'am Morgen der Sitzung', 'Resolution 2231', 'launched 1500 drones'];

const shown = (t: string, pub: string) => findDates(t, pub).map((d) => `${d.time.value}${d.time.part ? ` ${d.time.part}` : ''} ${d.rule.replace(/.*\//, '')}`);

describe('date patterns read their own examples', () => {
  for (const { rule, examples } of DATE_PATTERN_EXAMPLES) {
    const id = rule.replace(/.*\//, '');
    for (const e of examples) {
      it(`${id}: "${e.text}" published ${e.published} is ${e.expected}`, () => {
        expect(shown(e.text, e.published)).toContain(`${e.expected} ${id}`);
      });
    }
  }
});

describe('date counter-examples', () => {
  for (const text of NOT_DATES) it(`finds no date in "${text}"`, () => expect(shown(text, '2024-12-06')).toEqual([]));

  it('keeps UTF-16 offsets and the whole expression', () => {
    const text = 'Minsk, 07.12.2024 – Abkommen am Donnerstagnachmittag.';
    const [numeric, weekday] = findDates(text, '2024-12-07');
    expect(text.slice(numeric!.start, numeric!.end)).toBe('07.12.2024');
    expect(text.slice(weekday!.start, weekday!.end)).toBe('am Donnerstagnachmittag');
    expect(weekday!.time.value).toBe('2024-12-05');
  });

  it('takes the direction of a weekday from the sentence it is in', () => {
    const text = 'Putin sagte am Freitag nichts. Am Freitag wird er reisen.';
    expect(shown(text, '2024-12-10').map((s) => s.split(' ')[0])).toEqual(['2024-12-06', '2024-12-13']);
  });

  it('rejects a malformed publication date', () => {
    expect(() => findDates('heute', '6.12.2024')).toThrow(/YYYY-MM-DD/);
  });
});
