import { describe, expect, it } from 'vitest';
import { DATE_PATTERN_EXAMPLES, findDates } from '../src/extract/dates.js';
import { DATE_ANAPHORA, findAnaphoricDates } from '../src/extract/date-anaphora.js';
import { makeTime } from '../src/model/time.js';
import { loadRegister } from '../src/build/register.js';
import { Gazetteer } from '../src/extract/gazetteer.js';
import { extractDocument } from '../src/extract/extract.js';

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

describe('dates that point at the day named before them', () => {
  for (const p of DATE_ANAPHORA) {
    for (const [text, anchor, expected] of p.examples) {
      it(`${p.id}: "${text}" after ${anchor} is ${expected}`, () => {
        const found = findAnaphoricDates(text, () => makeTime(anchor, 'day'));
        expect(found.map((d) => `${d.time.value} ${d.rule.replace(/.*\//, '')}`)).toEqual([`${expected} ${p.id}`]);
      });
    }
  }

  it('stays unresolved without a day before it (a month or an upper bound is no anchor)', () => {
    expect(findAnaphoricDates('a day later', () => undefined)).toEqual([]);
    expect(findAnaphoricDates('a day later', () => makeTime('2024-05', 'month'))).toEqual([]);
  });

  it('dates a statement by the day its own sentence points back to, not by publication', async () => {
    const text = 'The ministry announced new sanctions on Wednesday. A day later, the commission president said that the package was approved. On the same day, the chancellor said he welcomed it.';
    const g = new Gazetteer(await loadRegister());
    const dg = extractDocument(text, { id: 'anaphora', language: 'en', published: '2025-10-25' }, g);
    const dateOf = (words: string) => dg.statements.find((s) => s.evidence[0]!.span.exact.includes(words))?.date?.value;
    expect([dateOf('package was approved'), dateOf('welcomed it')]).toEqual(['2025-10-23', '2025-10-23']);
  });
});
