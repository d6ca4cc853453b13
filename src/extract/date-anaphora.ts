/**
 * Dates that point at the day named before them: "on the same day", "am selben Tag", "a day later",
 * "the next day", "zwei Tage später", "tags darauf". Each resolves against the last day the text
 * dated before it (the caller says which), never against the publication day.
 * Does not: find absolute or publication-relative dates (`dates.ts`); resolve "the day before"
 * and "am Vortag", which news use for the day before publication (`dates.ts` does).
 */
import { makeTime } from '../model/time.js';
import type { TimeValue } from '../model/types.js';
import { shiftDays, type DateMention } from './dates.js';
import { rule, type RuleId } from './rules.js';

/** Number words for "two days later", "zwei Tage später". */
const COUNTS: Record<string, number> = { a: 1, one: 1, ein: 1, einen: 1, eine: 1, two: 2, zwei: 2, three: 3, drei: 3, four: 4, vier: 4, five: 5, fünf: 5 };
const COUNT = `(\\d{1,2}|${Object.keys(COUNTS).join('|')})`;

/** One anaphoric date pattern: its rule id, the expression, the day offset from the anchor, and examples (published-independent). */
interface AnaphoraPattern {
  id: RuleId;
  re: RegExp;
  offset: (m: RegExpExecArray) => number;
  /** [text, anchor day, expected day] */
  examples: readonly (readonly [string, string, string])[];
}

export const DATE_ANAPHORA: readonly AnaphoraPattern[] = [
  {
    id: 'date.same-day',
    re: /(?<!\p{L})(?:(?:on|that)\s+)?the\s+same\s+day\b|(?<!\p{L})(?:am|an\s+dem|an\s+diesem)\s+(?:selben|gleichen|selbigen)\s+Tag(?!\p{L})|(?<!\p{L})noch\s+am\s+selben\s+Tag(?!\p{L})/giu,
    offset: () => 0,
    examples: [['The minister, on the same day, denied it', '2025-10-22', '2025-10-22'], ['Am selben Tag erklärte Peskow', '2024-07-10', '2024-07-10']],
  },
  {
    id: 'date.days-later',
    re: new RegExp(`(?<!\\p{L})${COUNT}\\s+(?:days?|Tag(?:e|en)?)\\s+(later|after(?:wards)?|später|danach|darauf)(?!\\p{L})`, 'giu'),
    offset: (m) => COUNTS[m[1]!.toLowerCase()] ?? Number(m[1]),
    examples: [['A day later, the commission announced', '2025-10-22', '2025-10-23'], ['zwei Tage später', '2024-01-30', '2024-02-01'], ['einen Tag danach', '2023-02-28', '2023-03-01']],
  },
  {
    id: 'date.days-earlier',
    re: new RegExp(`(?<!\\p{L})${COUNT}\\s+(?:days?|Tag(?:e|en)?)\\s+(earlier|before|zuvor|vorher|früher)(?!\\p{L})`, 'giu'),
    offset: (m) => -(COUNTS[m[1]!.toLowerCase()] ?? Number(m[1])),
    examples: [['two days earlier', '2024-03-07', '2024-03-05'], ['drei Tage zuvor', '2024-03-01', '2024-02-27']],
  },
  {
    id: 'date.next-day',
    re: /(?<!\p{L})(?:on\s+)?the\s+(?:next|following)\s+day\b|(?<!\p{L})(?:am\s+)?(?:nächsten|folgenden|darauffolgenden)\s+Tag(?!\p{L})|(?<!\p{L})(?:am\s+)?Folgetag(?!\p{L})|(?<!\p{L})tags\s+darauf(?!\p{L})/giu,
    offset: () => 1,
    examples: [['the next day, Kyiv said', '2024-11-19', '2024-11-20'], ['Tags darauf meldete', '2024-11-30', '2024-12-01']],
  },
];

/** In every match (letters no Unicode case fold changes): a text without it is not searched. */
const DAY_CUE = /day|tag/i;

/** Can `t` anchor an anaphoric date: a day, not an upper bound? */
export const isAnchorDay = (t: TimeValue): boolean => t.precision === 'day' && !t.bound;

/**
 * The anaphoric dates of `text` (UTF-16 offsets relative to it), each resolved against
 * `anchorAt(offset)`: the day the text dated last before that offset, or undefined when none (then the
 * expression is not a date the text can resolve and is skipped).
 */
export function findAnaphoricDates(text: string, anchorAt: (offset: number) => TimeValue | undefined): DateMention[] {
  const found: DateMention[] = [];
  if (!DAY_CUE.test(text)) return found;
  for (const p of DATE_ANAPHORA) {
    p.re.lastIndex = 0;
    for (let m = p.re.exec(text); m; m = p.re.exec(text)) {
      const anchor = anchorAt(m.index);
      if (!anchor || !isAnchorDay(anchor)) continue;
      found.push({ start: m.index, end: m.index + m[0].length, text: m[0], time: makeTime(shiftDays(anchor.value, p.offset(m)), 'day'), rule: rule(p.id) });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
