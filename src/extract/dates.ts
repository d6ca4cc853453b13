/**
 * Date expressions in German and English, resolved against the publication date with their
 * precision kept: "am 6. Dezember" (day), "im März 2023" (month), "Mitte Juni 2023" (month, mid),
 * "bis Ende des Jahres" (year, late), "im Jahr 1999" (year), "am Freitag" (day), "last month".
 * Does not: decide which event a date belongs to (the relation rules do).
 */
import { makeTime } from '../model/time.js';
import type { DatePart, TimeValue } from '../model/types.js';
import { rule, type RuleId } from './rules.js';

/** A date found in a text, UTF-16 offsets. */
export interface DateMention {
  start: number;
  end: number;
  text: string;
  time: TimeValue;
  rule: string;
}

const MONTHS_DE = ['januar', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember'];
const MONTHS_EN = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const WEEKDAYS_DE = ['sonntag', 'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag'];
const WEEKDAYS_EN = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MDE = '(Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)';
const MEN = '(January|February|March|April|May|June|July|August|September|October|November|December)';

function monthIndex(name: string): number {
  const n = name.toLowerCase().replace('jänner', 'januar');
  const de = MONTHS_DE.indexOf(n);
  return de >= 0 ? de + 1 : MONTHS_EN.indexOf(n) + 1;
}

const pad = (n: number) => String(n).padStart(2, '0');

function partOf(word: string): DatePart {
  const w = word.toLowerCase();
  return w === 'anfang' || w === 'early' || w === 'beginning' ? 'early' : w === 'mitte' || w === 'mid' ? 'mid' : 'late';
}

/** A year for a day or month without one: the publication year, or the one before if that is in the future. */
function inferYear(month: number, day: number | undefined, published: string): number {
  const py = Number(published.slice(0, 4));
  const candidate = `${py}-${pad(month)}-${pad(day ?? 1)}`;
  // a week's grace for "next Monday"-style mentions of the near future
  const limit = new Date(Date.parse(published) + 7 * 86400_000).toISOString().slice(0, 10);
  return candidate > limit ? py - 1 : py;
}

interface Pattern {
  re: RegExp;
  rule: RuleId;
  make(m: RegExpExecArray, published: string, sentenceYear: number | undefined): TimeValue | undefined;
}

const PATTERNS: Pattern[] = [
  {
    // "6. Dezember 2024", "am 6. Dezember"
    re: new RegExp(`\\b(\\d{1,2})\\.\\s*${MDE}(?:\\s+(\\d{4}))?`, 'giu'),
    rule: 'date.day',
    make: (m, pub) => {
      const month = monthIndex(m[2]!);
      const day = Number(m[1]);
      const year = m[3] ? Number(m[3]) : inferYear(month, day, pub);
      return makeTime(`${year}-${pad(month)}-${pad(day)}`, 'day');
    },
  },
  {
    // "6 December 2024", "6th December"
    re: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MEN}(?:,?\\s+(\\d{4}))?`, 'giu'),
    rule: 'date.day',
    make: (m, pub) => {
      const month = monthIndex(m[2]!);
      const day = Number(m[1]);
      return makeTime(`${m[3] ? Number(m[3]) : inferYear(month, day, pub)}-${pad(month)}-${pad(day)}`, 'day');
    },
  },
  {
    // "December 6, 2024", "December 6"
    re: new RegExp(`\\b${MEN}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4}))?`, 'giu'),
    rule: 'date.day',
    make: (m, pub) => {
      const month = monthIndex(m[1]!);
      const day = Number(m[2]);
      return makeTime(`${m[3] ? Number(m[3]) : inferYear(month, day, pub)}-${pad(month)}-${pad(day)}`, 'day');
    },
  },
  {
    // "Mitte Juni 2023", "Anfang Mai", "mid-June 2023", "late June"
    re: new RegExp(`\\b(Anfang|Mitte|Ende|early|mid|late)[\\s-]+${MDE.slice(0, -1)}|${MEN.slice(1)}(?:\\s+(\\d{4}))?`, 'giu'),
    rule: 'date.part-of-month',
    make: (m, pub) => {
      const month = monthIndex(m[2]!);
      const year = m[3] ? Number(m[3]) : inferYear(month, undefined, pub);
      return makeTime(`${year}-${pad(month)}`, 'month', partOf(m[1]!));
    },
  },
  {
    // "bis Ende des Jahres", "Ende dieses Jahres", "by the end of the year", "end of 2023"
    re: /\b(?:bis\s+)?(Anfang|Mitte|Ende)\s+(?:des|dieses)\s+Jahres(?:\s+(\d{4}))?|\b(?:by\s+)?the\s+(end|beginning|middle)\s+of\s+(?:the|this)\s+year|\b(?:by\s+)?the\s+(end|beginning)\s+of\s+(\d{4})/giu,
    rule: 'date.end-of-year',
    make: (m, pub, sentenceYear) => {
      const word = m[1] ?? m[3] ?? m[4] ?? 'Ende';
      const year = m[2] ?? m[5] ?? sentenceYear ?? pub.slice(0, 4);
      const part: DatePart = /anfang|beginning/i.test(word) ? 'early' : /mitte|middle/i.test(word) ? 'mid' : 'late';
      return makeTime(String(year), 'year', part);
    },
  },
  {
    // "im März 2023", "März 2023", "in March 2023", "im März"
    re: new RegExp(`\\b(?:(?:im|in)\\s+)?(?:${MDE}|${MEN})(?:\\s+(\\d{4}))?\\b`, 'giu'),
    rule: 'date.month',
    make: (m, pub) => {
      const name = m[1] ?? m[2]!;
      // a bare month name without "im/in" and without a year is too ambiguous ("Mai", "May")
      if (!m[3] && !/^(im|in)\s/i.test(m[0])) return undefined;
      const month = monthIndex(name);
      return makeTime(`${m[3] ? Number(m[3]) : inferYear(month, undefined, pub)}-${pad(month)}`, 'month');
    },
  },
  {
    // "im Jahr 1999", "im Jahre 2023", "in 1999"
    re: /\b(?:im\s+Jahre?|in(?:\s+the\s+year)?)\s+(1[89]\d\d|20\d\d)\b/giu,
    rule: 'date.year',
    make: (m) => makeTime(m[1]!, 'year'),
  },
  {
    // "am Freitag", "on Friday"
    re: /\b(?:am|on)\s+(Sonntag|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/giu,
    rule: 'date.weekday',
    make: (m, pub) => {
      const w = m[1]!.toLowerCase();
      const target = Math.max(WEEKDAYS_DE.indexOf(w), WEEKDAYS_EN.indexOf(w));
      const d = new Date(`${pub}T00:00:00Z`);
      while (d.getUTCDay() !== target) d.setUTCDate(d.getUTCDate() - 1);
      return makeTime(d.toISOString().slice(0, 10), 'day');
    },
  },
  {
    re: /\b(gestern|vorgestern|heute|yesterday|today|letzte[nm]?\s+Monat|vergangenen\s+Monat|last\s+month|letzte[sn]?\s+Jahr|vergangenen\s+Jahr|last\s+year)\b/giu,
    rule: 'date.relative',
    make: (m, pub) => {
      const w = m[1]!.toLowerCase();
      const d = new Date(`${pub}T00:00:00Z`);
      if (w === 'heute' || w === 'today') return makeTime(pub, 'day');
      if (w === 'gestern' || w === 'yesterday' || w === 'vorgestern') {
        d.setUTCDate(d.getUTCDate() - (w === 'vorgestern' ? 2 : 1));
        return makeTime(d.toISOString().slice(0, 10), 'day');
      }
      if (/monat|month/.test(w)) {
        d.setUTCDate(1);
        d.setUTCMonth(d.getUTCMonth() - 1);
        return makeTime(d.toISOString().slice(0, 7), 'month');
      }
      return makeTime(String(d.getUTCFullYear() - 1), 'year');
    },
  },
];

/**
 * All date expressions of one sentence (UTF-16 offsets relative to `text`), earliest first.
 * @param published ISO publication date, the anchor for incomplete and relative dates.
 */
export function findDates(text: string, published: string): DateMention[] {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(published)) throw new RangeError(`publication date must be YYYY-MM-DD, got ${JSON.stringify(published)}`);
  const found: DateMention[] = [];
  const taken = (s: number, e: number) => found.some((f) => s < f.end && e > f.start);
  const explicitYear = /\b(1[89]\d\d|20\d\d)\b/.exec(text);
  const sentenceYear = explicitYear ? Number(explicitYear[1]) : undefined;
  for (const p of PATTERNS) {
    p.re.lastIndex = 0;
    for (let m = p.re.exec(text); m; m = p.re.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken(start, end)) continue;
      let time: TimeValue | undefined;
      try {
        time = p.make(m, published, sentenceYear);
      } catch {
        time = undefined; // "31. Februar": not a date
      }
      if (time) found.push({ start, end, text: m[0], time, rule: rule(p.rule) });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
