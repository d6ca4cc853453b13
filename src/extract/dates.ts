/**
 * Date expressions in German and English, resolved against the publication date with their
 * precision kept: "am 6. Dezember" (day), "26.05.2023" (day), "im März 2023" (month), "Mitte Juni
 * 2023" (month, mid), "bis Ende des Jahres" (year, late), "seit 1995" (year), "am Dienstagabend",
 * "said Monday" (day), "next year", "letzte Woche" (month of that week), "by the summer" (year, mid).
 * Incomplete dates take their direction from the sentence around them: a future sentence (will,
 * wird, soll, next …) means the next such day or month, a past one the last; month names otherwise
 * mean the nearest such month, weekdays the nearest such day.
 * Does not: decide which event a date belongs to (the relation rules do); resolve anaphora ("on
 * the same day", "a day later": `date-anaphora.ts`).
 */
import { makeTime } from '../model/time.js';
import type { DatePart, TimeValue } from '../model/types.js';
import { rule, type RuleId } from './rules.js';
import { asciiTwin, twinFor, unicodeSensitive } from '../util/case-fold.js';
import { mapPacked } from '../util/packed.js';

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
const MONTHS_EN_ABBR = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const WEEKDAYS_DE = ['sonntag', 'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag'];
const WEEKDAYS_EN = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MDE = '(Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)';
const MEN = '(January|February|March|April|May|June|July|August|September|October|November|December)';
/** English month, full or abbreviated ("Dec.", "Sept."). */
const MEN_ANY = '(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Aug\\.|Sept\\.|Sep\\.|Oct\\.|Nov\\.|Dec\\.)';
const MONTH_ANY = `(${MDE.slice(1, -1)}|${MEN.slice(1, -1)})`;
/** A year 1900–2099, not a decade ("2030s", "2030er"). */
const YEAR = "((?:19|20)\\d\\d)(?!'?s\\b|er)";
const WDE = '(Sonntag|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag)';
const WEN = '(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)';

function monthIndex(name: string): number {
  const n = name.toLowerCase().replace('jänner', 'januar').replace(/\.$/, '');
  const de = MONTHS_DE.indexOf(n);
  if (de >= 0) return de + 1;
  const en = MONTHS_EN.indexOf(n);
  return en >= 0 ? en + 1 : MONTHS_EN_ABBR.indexOf(n.slice(0, 3)) + 1;
}

const pad = (n: number) => String(n).padStart(2, '0');
const DAY_MS = 86400_000;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const dayMs = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

function partOf(word: string): DatePart {
  const w = word.toLowerCase();
  if (/^(anfang|early|beginning|start|first|frühjahr|frühling|spring)/.test(w)) return 'early';
  if (/^(mitte|mid|middle|sommer|summer)/.test(w)) return 'mid';
  return 'late';
}

/**
 * The tense of a sentence, as far as its words tell: `future` (will, wird, soll …), `past`
 * (auxiliaries and time words: was, had, wurde, hatte, zuletzt …), `reported` (only past verb forms:
 * said, announced, erklärte), or undefined.
 */
type Tense = 'future' | 'past' | 'reported' | undefined;
/** Which occurrence of a day, month or year an incomplete date means. */
type Direction = 'past' | 'future' | 'nearest' | 'before' | 'after';

const FUTURE_WORDS = /(?<!\p{L})(?:will|won't|shall|going\s+to|tomorrow|scheduled|planned|due\s+to|set\s+to|expected\s+to|wird|werden|werde|wirst|soll|sollen|solle|übermorgen|geplant|bevorstehende[nmrs]?|künftig)\b|'ll\b/iu;
/** "morgen" (tomorrow), not "am Morgen" or "heute morgen" (in the morning). */
const FUTURE_MORGEN = /(?<!\b(?:am|heute|gestern|den|jeden)\s)\bmorgen\b/u;
const PAST_WORDS = /\b(?:was|were|had|did|ago|last|yesterday|war|waren|hatte|hatten|wurde|wurden|gestern|vorgestern|vergangene[nmrs]?|letzte[nmrs]?|zuletzt|bereits|zuvor)\b/iu;
const PAST_VERBS = /\b(?:said|told|wrote|met|began|took|held|gave|came|went|made|sent|spoke|saw|found|left|led|brought|won|lost|fought|struck|shot|flew|fell|got|traf|trafen|gab|gaben|kam|kamen|ging|nahm|hielt|sprach|begann|fand|flog|schlug|stand|sah|rief|berief|bat|blieb|fiel|lag|zog|wies)\b/iu;
/** English simple past ("announced"); German weak past ("erklärte", "meldeten"), not superlatives or ordinals. */
const PAST_FORMS = /(?<!\p{L})\p{Ll}{3,}ed(?!\p{L})|(?<!\p{L})(?!(?:heute|bitte|erste|zweite|dritte|siebte|achte|weite|breite|rechte|gute|leute|mitte)(?!\p{L}))\p{Ll}{2,}[^\P{L}st]te(?!\p{L})|\b(?:hat|haben|ist|sind)\b.*\bge\p{Ll}{3,}(?:t|en)(?!\p{L})/u;

const PAST_WORDS_FOR = twinFor(PAST_WORDS);
const PAST_VERBS_FOR = twinFor(PAST_VERBS);

function tenseOf(sentence: string): Tense {
  if (FUTURE_WORDS.test(sentence) || FUTURE_MORGEN.test(sentence)) return 'future';
  if (PAST_WORDS_FOR(sentence).test(sentence)) return 'past';
  if (PAST_VERBS_FOR(sentence).test(sentence) || PAST_FORMS.test(sentence)) return 'reported';
  return undefined;
}

/** A participle with its agent before a date: "a statement issued by the White House on Wednesday". */
const PARTICIPLE_BY = /(?<!\p{L})(?!scheduled|planned|expected|proposed)\p{Ll}{3,}ed\s+by\s+[^,;.!?"“”]{1,50}$/u;

/** A past verb right before or after a date ("said Monday", "on Tuesday announced", "sagte am Montag", "issued by X on Monday"). */
function reportedAt(text: string, start: number, end: number): boolean {
  const lead = text.slice(Math.max(0, start - 70), start);
  const before = /(\S+)\s+$/u.exec(lead.slice(-40))?.[1] ?? '';
  const after = /^\s+(\S+)/u.exec(text.slice(end, end + 40))?.[1] ?? '';
  return [before, after].some((w) => PAST_VERBS.test(w) || PAST_FORMS.test(w)) || PARTICIPLE_BY.test(lead);
}

/** Sentence boundaries: a line break, or a full stop (not after a digit) before a capital or quotation mark. */
const SENTENCE_END = /\n|(?<!\d)[.!?…](?=\s+["„“«»(]?[A-ZÄÖÜ])/gu;

/** At most this many characters either side of a date count as its sentence (bounds the work on long texts). */
const SENTENCE_REACH = 400;

/** A complementiser that opens reported or subordinate words: "said on Friday that Russia will …" (the date's tense is not the clause's). */
const COMPLEMENTISER = /(?<!\p{L})(?:that|dass)(?!\p{L})(?!\s+(?:day|week|month|year|time|Tag|Woche|Monat|Jahr)\b)/giu;

/** The part of a sentence between the complementisers around `pos` (the whole sentence when it has none). */
function complementAround(sentence: string, pos: number): string {
  let from = 0;
  let to = sentence.length;
  COMPLEMENTISER.lastIndex = 0;
  for (let m = COMPLEMENTISER.exec(sentence); m; m = COMPLEMENTISER.exec(sentence)) {
    if (m.index <= pos) from = m.index;
    else {
      to = m.index;
      break;
    }
  }
  return sentence.slice(from, to);
}

/** The sentence around offset `at` (the part of it between complementisers), and the quotation inside it that holds `at` (else that part). */
function sentenceAround(text: string, at: number): { sentence: string; clause: string } {
  const from = Math.max(0, at - SENTENCE_REACH);
  const window = text.slice(from, at + SENTENCE_REACH);
  let start = 0;
  let end = window.length;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(window); m; m = SENTENCE_END.exec(window)) {
    if (m.index < at - from) start = m.index + 1;
    else {
      end = m.index;
      break;
    }
  }
  const sentence = window.slice(start, end);
  const pos = at - from - start;
  // inside a quotation, the quotation's own tense counts
  const marks = mapPacked([...sentence.matchAll(/["„“”«»]/gu)], (q) => q.index);
  const before = marks.filter((i) => i < pos);
  // outside quotations, the narrator's tense counts: the quoted words ("„We will respond“, Peskov said on Tuesday") do not,
  // nor do the reported words after "that" ("said on Friday that Russia will retaliate")
  if (before.length % 2 === 0) {
    const narrated = marks.length % 2 === 0 ? sentence.replace(/["„“”«»][^"„“”«»]*["„“”«»]/gu, (q) => ' '.repeat(q.length)) : sentence;
    return { sentence, clause: complementAround(narrated, pos) };
  }
  const close = marks.find((i) => i >= pos) ?? sentence.length;
  return { sentence, clause: sentence.slice(before[before.length - 1]! + 1, close) };
}

/** What a pattern's `make` knows besides its match. */
interface Context {
  published: string;
  /** The first explicit year in the sentence, for "Ende des Jahres". */
  sentenceYear: number | undefined;
  /** The tense of the sentence (or quotation) the match is in. */
  tense: Tense;
  /** A past verb stands right next to the match. */
  reported: boolean;
}

/** The context of a match at `start`–`end`: its sentence's year and tense, a past verb beside it; each read when a pattern first asks. */
class MatchContext implements Context {
  private around?: { sentence: string; clause: string };
  private year?: { value: number | undefined };
  private tenseRead?: { value: Tense };
  private reportedRead?: boolean;

  constructor(
    private readonly text: string,
    private readonly start: number,
    private readonly end: number,
    readonly published: string,
  ) {}

  private sentence(): { sentence: string; clause: string } {
    return (this.around ??= sentenceAround(this.text, this.start));
  }

  get sentenceYear(): number | undefined {
    if (!this.year) {
      const y = /\b(1[89]\d\d|20\d\d)\b/.exec(this.sentence().sentence);
      this.year = { value: y ? Number(y[1]) : undefined };
    }
    return this.year.value;
  }

  get tense(): Tense {
    return (this.tenseRead ??= { value: tenseOf(this.sentence().clause) }).value;
  }

  get reported(): boolean {
    return (this.reportedRead ??= reportedAt(this.text, this.start, this.end));
  }
}

/** The default direction of an incomplete date in this sentence. */
const byTense = (ctx: Context, otherwise: 'past' | 'nearest'): Direction => (ctx.tense === 'future' ? 'future' : ctx.tense === 'past' ? 'past' : otherwise);

/**
 * The year of a day or month given without one. `past`: not after publication (a week's grace for
 * near-future mentions); `future`: not before publication's month or day; `nearest`: the closest;
 * `before`/`after`: strictly before/after the publication month.
 */
function yearFor(month: number, day: number | undefined, published: string, dir: Direction): number {
  const py = Number(published.slice(0, 4));
  const pm = Number(published.slice(5, 7));
  if (dir === 'before') return month < pm ? py : py - 1;
  if (dir === 'after') return month > pm ? py : py + 1;
  if (dir === 'future') {
    const candidate = `${py}-${pad(month)}-${pad(day ?? 31)}`;
    return candidate < published ? py + 1 : py;
  }
  if (dir === 'nearest') {
    const diff = month - pm;
    return diff > 6 ? py - 1 : diff < -6 ? py + 1 : diff === -6 || diff === 6 ? (diff > 0 ? py - 1 : py) : py;
  }
  const candidate = `${py}-${pad(month)}-${pad(day ?? 1)}`;
  return candidate > isoDay(dayMs(published) + 7 * DAY_MS) ? py - 1 : py;
}

/** A weekday (0 = Sunday) relative to publication: the last, the next or the nearest such day. */
function weekday(target: number, published: string, dir: Direction): TimeValue {
  const pub = dayMs(published);
  const back = (new Date(pub).getUTCDay() - target + 7) % 7;
  const days = dir === 'before' ? -(back || 7) : dir === 'after' ? 7 - back : dir === 'past' ? -back : dir === 'future' ? (7 - back) % 7 : back <= 3 ? -back : 7 - back;
  return makeTime(isoDay(pub + days * DAY_MS), 'day');
}

/** The ISO day `days` days after (before, when negative) the ISO day `from`. */
export const shiftDays = (from: string, days: number) => isoDay(dayMs(from) + days * DAY_MS);
function shiftMonths(published: string, months: number): string {
  const d = new Date(dayMs(published.slice(0, 7) + '-01'));
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.toISOString().slice(0, 7);
}

interface Example {
  text: string;
  published: string;
  /** `value` or `value part` of the date the pattern finds in `text`. */
  expected: string;
}

interface Pattern {
  re: RegExp;
  /** What every match of `re` contains, all of them: a text without one is skipped before `re` runs (most sentences hold no date). */
  cues: readonly RegExp[];
  rule: RuleId;
  make(m: RegExpExecArray, ctx: Context): TimeValue | undefined;
  /** Texts this pattern must read so; they are its tests. */
  examples: Example[];
}

const ex = (text: string, published: string, expected: string): Example => ({ text, published, expected });

/** Month with a year, or resolved by direction. */
function monthTime(name: string, year: string | undefined, ctx: Context, dir: Direction, part?: DatePart): TimeValue {
  const month = monthIndex(name);
  const y = year ? Number(year) : yearFor(month, undefined, ctx.published, dir);
  return makeTime(`${y}-${pad(month)}`, 'month', part);
}

function dayTime(monthName: string, day: string, year: string | undefined, ctx: Context): TimeValue {
  const month = monthIndex(monthName);
  const d = Number(day);
  const y = year ? Number(year) : yearFor(month, d, ctx.published, byTense(ctx, 'past'));
  return makeTime(`${y}-${pad(month)}-${pad(d)}`, 'day');
}

/** Month names are capitalised; "may" is a modal verb. */
const UPPER_FIRST = /^\p{Lu}/u;
const capitalised = (s: string) => UPPER_FIRST.test(s);

/** A `|`-separated word list as a regex alternation whose words may start upper or lower case; spaces match any space. */
function anyCase(words: string): string {
  return words
    .split('|')
    .map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1).replace(/ /g, '\\s+')}`)
    .join('|');
}

/** Cues: necessary conditions of the patterns, cheap to test. */
const DIGIT = /\d/u;
const YEAR_CUE = /(?:19|20)\d\d/u;
const MONTH_CUE = new RegExp(MONTH_ANY, 'iu');
const MONTH_OR_ABBREVIATION = new RegExp(`${MONTH_ANY}|${MEN_ANY}`, 'iu');
const NUMERIC_CUE = /\d[.-]\d/u;
const WEEKDAY_CUE = new RegExp(`${WDE}|${WEN}`, 'iu');

const PATTERNS: Pattern[] = [
  {
    // "26.05.2023", "19.11.2024, 15:02 Uhr", "2023-05-26"
    re: new RegExp(`(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})\\.${YEAR}(?![\\d.]\\d)|\\b${YEAR}-(\\d\\d)-(\\d\\d)\\b`, 'gu'),
    cues: [NUMERIC_CUE],
    rule: 'date.numeric',
    make: (m) => (m[3] ? makeTime(`${m[3]}-${pad(Number(m[2]))}-${pad(Number(m[1]))}`, 'day') : makeTime(`${m[4]}-${m[5]}-${m[6]}`, 'day')),
    examples: [ex('Brüssel, 04.04.2023 – Finnland', '2023-04-04', '2023-04-04'), ex('am 8.4.2010 in Prag', '2023-02-22', '2010-04-08'), ex('published 2024-12-06', '2024-12-07', '2024-12-06')],
  },
  {
    // "July 11-12", "11-12 July", "11. bis 12. Juli": a range of days is its month
    re: new RegExp(`\\b${MEN_ANY}\\s+(\\d{1,2})\\s*[-–]\\s*\\d{1,2}\\b(?:,?\\s+${YEAR})?|\\b(\\d{1,2})\\s*[-–]\\s*\\d{1,2}\\s+${MEN_ANY}(?:,?\\s+${YEAR})?|\\b(\\d{1,2})\\.\\s*(?:[-–]|bis)\\s*\\d{1,2}\\.\\s*${MDE}(?:\\s+${YEAR})?`, 'gu'),
    cues: [DIGIT, MONTH_OR_ABBREVIATION],
    rule: 'date.day-range',
    make: (m, ctx) => monthTime(m[1] ?? m[5] ?? m[8]!, m[3] ?? m[6] ?? m[9], ctx, byTense(ctx, 'past')),
    examples: [ex('the summit scheduled for July 11-12', '2023-04-21', '2023-07'), ex('vom 11. bis 12. Juli 2023', '2024-01-01', '2023-07')],
  },
  {
    // "6. Dezember 2024", "am 6. Dezember"
    re: new RegExp(`\\b(\\d{1,2})\\.\\s*${MDE}(?:\\s+${YEAR})?`, 'gu'),
    cues: [DIGIT, MONTH_OR_ABBREVIATION],
    rule: 'date.day',
    make: (m, ctx) => dayTime(m[2]!, m[1]!, m[3], ctx),
    examples: [ex('am 6. Dezember', '2024-12-06', '2024-12-06'), ex('am 20. Dezember', '2024-01-05', '2023-12-20'), ex('Der Gipfel wird am 11. Juli beginnen', '2023-04-21', '2023-07-11')],
  },
  {
    // "6 December 2024", "6th December", "16 Dec."
    re: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MEN_ANY}(?:,?\\s+${YEAR})?`, 'gu'),
    cues: [DIGIT, MONTH_OR_ABBREVIATION],
    rule: 'date.day',
    make: (m, ctx) => dayTime(m[2]!, m[1]!, m[3], ctx),
    examples: [ex('on 6 December 2024', '2024-12-07', '2024-12-06'), ex('on 16 Dec. the ministers', '2024-12-11', '2024-12-16')],
  },
  {
    // "December 6, 2024", "December 6", "Dec. 16"
    re: new RegExp(`\\b${MEN_ANY}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?![-–:.]\\d)(?:,?\\s+${YEAR})?`, 'gu'),
    cues: [DIGIT, MONTH_OR_ABBREVIATION],
    rule: 'date.day',
    make: (m, ctx) => dayTime(m[1]!, m[2]!, m[3], ctx),
    examples: [ex('on December 6, 2024', '2024-12-06', '2024-12-06'), ex('at their meeting on Dec. 16.', '2024-12-11', '2024-12-16'), ex('It last fired an ICBM on December 18.', '2024-10-31', '2023-12-18')],
  },
  {
    // "Mitte Juni 2023", "Anfang Mai", "mid-June 2023", "late June", "the end of August 2025", "Ende August"
    re: new RegExp(`\\b(?:(Anfang|Mitte|Ende|early|mid|late)[\\s-]+|(?:the\\s+)?(beginning|start|middle|end)\\s+of\\s+)${MONTH_ANY}(?:\\s+${YEAR})?`, 'giu'),
    cues: [MONTH_CUE],
    rule: 'date.part-of-month',
    make: (m, ctx) => (capitalised(m[3]!) ? monthTime(m[3]!, m[4], ctx, byTense(ctx, 'nearest'), partOf(m[1] ?? m[2]!)) : undefined),
    examples: [ex('Mitte Juni 2023 meldete Putin', '2024-12-06', '2023-06 mid'), ex('run until late May', '2024-01-18', '2024-05 late'), ex('before the end of August 2025', '2025-08-13', '2025-08 late'), ex('Das Manöver soll bis Ende Mai andauern', '2024-01-22', '2024-05 late')],
  },
  {
    // "Ende des Monats", "by the end of the month": the publication month
    re: /\b(Anfang|Mitte|Ende)\s+(?:des|dieses)\s+Monats|\b(?:the\s+)?(beginning|start|middle|end)\s+of\s+(?:the|this)\s+month\b/giu,
    cues: [/monats|month/iu],
    rule: 'date.part-of-month',
    make: (m, ctx) => makeTime(ctx.published.slice(0, 7), 'month', partOf(m[1] ?? m[2]!)),
    examples: [ex('bis Ende des Monats', '2024-12-07', '2024-12 late'), ex('by the end of the month', '2024-12-07', '2024-12 late')],
  },
  {
    // "bis Ende des Jahres", "Ende dieses Jahres", "by the end of the year", "end of 2023"
    re: /\b(?:bis\s+)?(Anfang|Mitte|Ende)\s+(?:des|dieses)\s+Jahres(?:\s+(\d{4}))?|\b(?:by\s+)?the\s+(end|beginning|middle)\s+of\s+(?:the|this)\s+year|\b(?:by\s+)?the\s+(end|beginning)\s+of\s+(\d{4})/giu,
    cues: [/jahres|year|\d/iu],
    rule: 'date.end-of-year',
    make: (m, ctx) => makeTime(String(m[2] ?? m[5] ?? ctx.sentenceYear ?? ctx.published.slice(0, 4)), 'year', partOf(m[1] ?? m[3] ?? m[4] ?? 'Ende')),
    examples: [ex('bis Ende des Jahres', '2023-06-15', '2023 late'), ex('by the end of the year', '2023-06-15', '2023 late'), ex('by the end of 2023', '2023-06-15', '2023 late')],
  },
  {
    // "Anfang 2023", "late 2024", "the start of 2022", "the second half of next year", "Ende nächsten Jahres", "in der zweiten Jahreshälfte 2025"
    re: new RegExp(
      `\\b(?:(Anfang|Mitte|Ende|early|mid|late)[\\s-]+${YEAR}|(?:the\\s+)?(beginning|start|middle|end|first\\s+half|second\\s+half)\\s+of\\s+(?:${YEAR}|(next|last|this)\\s+year)|(Anfang|Mitte|Ende)\\s+(nächsten|kommenden|vergangenen|letzten)\\s+Jahres|(?:der\\s+)?(ersten|zweiten)\\s+(?:Jahreshälfte|Hälfte\\s+(?:des|dieses)\\s+Jahres)(?:\\s+${YEAR})?)`,
      'giu',
    ),
    cues: [/\d|year|jahres|hälfte/iu],
    rule: 'date.part-of-year',
    make: (m, ctx) => {
      const py = Number(ctx.published.slice(0, 4));
      const rel = (w: string | undefined) => (!w ? py : /next|nächsten|kommenden/i.test(w) ? py + 1 : /last|vergangenen|letzten/i.test(w) ? py - 1 : py);
      const year = m[2] ?? m[4] ?? m[9] ?? String(rel(m[5] ?? m[7]));
      const word = (m[1] ?? m[3] ?? m[6] ?? m[8]!).toLowerCase();
      return makeTime(year, 'year', /first|ersten/.test(word) ? 'early' : /second|zweiten/.test(word) ? 'late' : partOf(word));
    },
    examples: [ex('Anfang 2023', '2024-01-01', '2023 early'), ex('since the start of 2022', '2023-09-13', '2022 early'), ex('in the second half of next year', '2024-12-07', '2025 late'), ex('Ende nächsten Jahres', '2024-12-07', '2025 late'), ex('late 2024', '2024-01-01', '2024 late')],
  },
  {
    // "by the summer", "im Sommer 2023", "this spring", "im Herbst": part of a year
    re: new RegExp(`\\b(?:(?:by|in|during|until|this|next|last|im|bis\\s+zum|diesen|nächsten|kommenden|letzten|vergangenen)\\s+)(?:the\\s+)?(summer|spring|autumn|Sommer|Frühjahr|Frühling|Herbst)(?:\\s+(?:of\\s+)?${YEAR})?\\b`, 'giu'),
    cues: [/summer|spring|autumn|sommer|frühjahr|frühling|herbst/iu],
    rule: 'date.season',
    make: (m, ctx) => {
      const part = partOf(m[1]!);
      if (m[2]) return makeTime(m[2], 'year', part);
      const py = Number(ctx.published.slice(0, 4));
      const lead = m[0].toLowerCase();
      const ended = Number(ctx.published.slice(5, 7)) > (part === 'early' ? 5 : part === 'mid' ? 8 : 11);
      const year = /^(next|nächsten|kommenden)/.test(lead) ? py + 1 : /^(last|letzten|vergangenen)/.test(lead) ? py - 1 : ctx.tense === 'future' && ended ? py + 1 : py;
      return makeTime(String(year), 'year', part);
    },
    examples: [ex('Sweden will be sitting at this table by the summer', '2023-04-05', '2023 mid'), ex('im Herbst 2022', '2023-01-01', '2022 late'), ex('next spring', '2023-06-01', '2024 early')],
  },
  {
    // "im vergangenen November", "last February", "next March", "im kommenden Juli"
    re: new RegExp(`\\b(?:(?:im|in)\\s+)?(vergangenen|letzten|last|past|kommenden|nächsten|next|coming)\\s+${MONTH_ANY}\\b(?!\\s+\\d)`, 'giu'),
    cues: [MONTH_CUE],
    rule: 'date.relative-month',
    make: (m, ctx) => (capitalised(m[2]!) ? monthTime(m[2]!, undefined, ctx, /vergangenen|letzten|last|past/i.test(m[1]!) ? 'before' : 'after') : undefined),
    examples: [ex('im vergangenen November', '2025-01-26', '2024-11'), ex('since last February', '2023-02-21', '2022-02'), ex('next March', '2023-02-21', '2023-03')],
  },
  {
    // "im März 2023", "März 2023", "in March 2023", "im März", "bis Mai", "seit Februar", "in July"
    re: new RegExp(`\\b(?:(im|in|bis|ab|seit|vor|nach|until|by|since|from|before|after|through|during|for)\\s+)?${MONTH_ANY}(?:\\s+${YEAR}|\\s+(?:of\\s+)?(last|next|this)\\s+year|\\s+(?:des\\s+)?(vergangenen|letzten|nächsten|kommenden|diesen)\\s+Jahres)?\\b`, 'giu'),
    cues: [MONTH_CUE],
    rule: 'date.month',
    make: (m, ctx) => {
      const name = m[2]!;
      const rel = m[4] ?? m[5];
      // a bare month name without a preposition and without a year is too ambiguous ("Mai", "May")
      if (!capitalised(name) || (!m[3] && !rel && !m[1])) return undefined;
      const py = Number(ctx.published.slice(0, 4));
      const year = m[3] ?? (rel ? String(/last|vergangenen|letzten/i.test(rel) ? py - 1 : /next|nächsten|kommenden/i.test(rel) ? py + 1 : py) : undefined);
      const dir: Direction = /^(seit|since)$/i.test(m[1] ?? '') ? 'past' : byTense(ctx, 'nearest');
      return monthTime(name, year, ctx, dir);
    },
    examples: [ex('im März 2023', '2024-12-06', '2023-03'), ex('beim Gipfeltreffen im Juli', '2023-05-10', '2023-07'), ex('Bis Mai soll es', '2024-01-22', '2024-05'), ex('the limits expire in October', '2025-08-13', '2025-10'), ex('seit Oktober', '2025-08-13', '2024-10'), ex('in May of last year', '2023-04-05', '2022-05'), ex('nachdem sie sich im September zuletzt getroffen hatten', '2024-06-19', '2023-09')],
  },
  {
    // "heute", "today", "morgen", "tomorrow", "gestern", "am Vortag", "the day before"
    re: /(?<!\p{L})(vorgestern|gestern|yesterday|heute|today|übermorgen|morgen|tomorrow|(?:am\s+)?Vortag|the\s+(?:day\s+before|previous\s+day))\b/giu,
    cues: [/gestern|yesterday|heute|today|morgen|tomorrow|vortag|day\s+before|previous\s+day/iu],
    rule: 'date.relative',
    make: (m, ctx) => {
      const w = m[1]!;
      if (w === 'Morgen' || (w === 'morgen' && /\b(?:am|heute|gestern|den|jeden)\s+morgen$/iu.test(m.input.slice(0, m.index + m[0].length)))) return undefined;
      const offset: Record<string, number> = { vorgestern: -2, gestern: -1, yesterday: -1, heute: 0, today: 0, übermorgen: 2, morgen: 1, tomorrow: 1 };
      const days = offset[w.toLowerCase()] ?? -1; // Vortag, the day before
      return makeTime(shiftDays(ctx.published, days), 'day');
    },
    examples: [ex('und startet heute.', '2024-01-22', '2024-01-22'), ex('Grenze morgen um 4 Uhr', '2024-11-26', '2024-11-27'), ex('die am Vortag stattfand', '2025-05-20', '2025-05-19'), ex('said yesterday', '2025-05-20', '2025-05-19'), ex('übermorgen', '2025-05-20', '2025-05-22')],
  },
  {
    // "letzte Woche", "next week", "diesen Monat", "last month", "nächstes Jahr", "a year ago": the month or year they fall in
    re: /\b(?:(letzte[nrs]?|vergangene[nrs]?|vorige[nrs]?|last|past|this|diese[mnrs]?|nächste[nrs]?|kommende[nrs]?|next|coming)\s+(Woche|week|Monat|Monats|month|Jahr|Jahres|year)|(a|one|einem)\s+(year|month|Jahr|Monat)\s*(ago)?|(im\s+)?(Vorjahr|Vormonat))\b/giu,
    cues: [/woche|week|monat|month|jahr|year/iu],
    rule: 'date.relative',
    make: (m, ctx) => {
      if (m[3] && !(m[5] || /^einem$/i.test(m[3]) && /\bvor\s+$/iu.test(m.input.slice(0, m.index)))) return undefined;
      const which = (m[1] ?? (m[3] ? 'last' : 'last')).toLowerCase();
      const unit = (m[2] ?? m[4] ?? (/Vorjahr/i.test(m[7] ?? '') ? 'year' : 'month')).toLowerCase();
      const step = /^(letzte|vergangene|vorige|last|past)/.test(which) ? -1 : /^(nächste|kommende|next|coming)/.test(which) ? 1 : 0;
      if (/^(woche|week)$/.test(unit)) return makeTime(shiftDays(ctx.published, 7 * step).slice(0, 7), 'month');
      if (/^(monat|monats|month)$/.test(unit)) return makeTime(shiftMonths(ctx.published, step), 'month');
      return makeTime(String(Number(ctx.published.slice(0, 4)) + step), 'year');
    },
    examples: [ex('letzte Woche in den USA', '2025-05-20', '2025-05'), ex('will begin next week', '2024-01-18', '2024-01'), ex('noch in diesem Monat', '2024-12-07', '2024-12'), ex('last month', '2024-12-07', '2024-11'), ex('Nächstes Jahr sollen', '2024-12-06', '2025'), ex('just a year ago', '2024-01-18', '2023'), ex('vor einem Jahr', '2024-01-18', '2023'), ex('Earlier this month', '2023-02-22', '2023-02'), ex('im Vorjahr', '2023-02-22', '2022'), ex('a month ago', '2023-01-10', '2022-12')],
  },
  {
    // "am Freitag", "on Friday", "said Monday", "late Tuesday", "am Dienstagnachmittag", "in der Nacht zum Mittwoch", "last Thursday"
    re: new RegExp(`(?:\\b(${anyCase('am|vom|seit|bis|ab|on|by|until|since|from|late|early|earlier|later|last|next|this|coming|letzten|vergangenen|kommenden|nächsten|in der Nacht zum|in der Nacht auf den')})\\s+)?(?:\\b${WDE}(?:morgen|vormittag|mittag|nachmittag|abend|nacht)?\\b|\\b${WEN}(?:\\s+(?:morning|afternoon|evening|night))?\\b)`, 'gu'),
    cues: [WEEKDAY_CUE],
    rule: 'date.weekday',
    make: (m, ctx) => {
      const w = (m[2] ?? m[3]!).toLowerCase();
      const target = Math.max(WEEKDAYS_DE.indexOf(w), WEEKDAYS_EN.indexOf(w));
      const lead = (m[1] ?? '').toLowerCase();
      const dir: Direction = /^(last|letzten|vergangenen)$/.test(lead) ? 'before' : /^(next|coming|kommenden|nächsten)$/.test(lead) ? 'after' : /^(seit|since|vom)$/.test(lead) || ctx.reported || ctx.tense === 'past' || ctx.tense === 'reported' ? 'past' : ctx.tense === 'future' ? 'future' : 'nearest';
      return weekday(target, ctx.published, dir);
    },
    examples: [
      ex('am Freitag', '2024-12-07', '2024-12-06'),
      ex('Am Dienstag treffen sich die Außenminister', '2023-04-03', '2023-04-04'),
      ex('Stoltenberg said Monday', '2023-04-03', '2023-04-03'),
      ex('Peskow erklärte am Donnerstag, Moskau werde reagieren', '2024-07-12', '2024-07-11'),
      ex('"We will respond," Peskov said in a statement on Tuesday', '2024-07-12', '2024-07-09'),
      ex('Finland will join the alliance on Tuesday', '2023-04-03', '2023-04-04'),
      ex('Lukashenko told a reporter late Tuesday', '2023-06-15', '2023-06-13'),
      ex('sagte Peskow am Dienstagabend', '2023-04-04', '2023-04-04'),
      ex('die Waffenruhe werde in der Nacht zum Mittwoch beginnen', '2024-11-26', '2024-11-27'),
      ex('the parliament ratified the protocol last Thursday', '2023-04-05', '2023-03-30'),
      ex('Das Treffen vom Freitag', '2024-12-10', '2024-12-06'),
      ex('Putin said on Friday that missiles could be stationed there next year', '2024-12-07', '2024-12-06'),
      ex('Also on Friday, the spokesman said that Moscow will respond in kind', '2025-10-25', '2025-10-24'),
      ex('A statement released by the ministry on Wednesday said the drills will go on', '2024-07-14', '2024-07-10'),
      ex('The talks scheduled by the hosts for Friday will be short', '2025-10-25', '2025-10-31'),
      ex('“Today from 18:00 to midnight Monday, we stop,” Putin said.', '2025-04-20', '2025-04-21'),
    ],
  },
  {
    // "im Jahr 1999", "seit 1995", "von 1961", "bis 2055", "the 1988 Reforger", "a 2015 nuclear deal", "as soon as 2027", "Sowjetunion 1991"
    re: new RegExp(`(?<![\\p{L}\\d.,:/#–-]|ISO\\s)${YEAR}(?!\\d|[.,:]\\d|\\s*(?:%|(?:Prozent|percent|km|Kilometer|kilometers|kilometres|Meilen|miles|Meter|meters|metres|Tonnen|tons|tonnes|Dollar|dollars|Euro|euros|US-Dollar|Soldaten|soldiers|troops|Menschen|people|Personen|Mann|men|Panzer|tanks|Raketen|missiles|Drohnen|drones|Einwohner|residents|Tote|dead|Uhr|GMT|UTC|h)\\b))`, 'gu'),
    cues: [YEAR_CUE],
    rule: 'date.year',
    make: (m) => makeTime(m[1]!, 'year'),
    examples: [ex('im Jahr 1999', '2024-01-01', '1999'), ex('bereits seit 1995 existiere', '2024-11-19', '1995'), ex('the biggest since the 1988 Reforger exercise', '2024-01-18', '1988'), ex('a 2015 nuclear deal', '2025-08-13', '2015'), ex('as soon as 2027', '2023-03-13', '2027'), ex('von 2000 und 2001', '2024-06-19', '2001')],
  },
];

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
/** Each pattern's regex and cues without the `u` flag where that reads the same (see `case-fold.ts`). */
const FAST_RE = PATTERNS.map((p) => asciiTwin(p.re));
const FAST_CUE = new Map(PATTERNS.flatMap((p) => p.cues).map((c) => [c, asciiTwin(c)]));

/** Are all of a pattern's cues in the text (each tested once per text, remembered in `cued`)? */
function allCued(cues: readonly RegExp[], fast: boolean, text: string, cued: Map<RegExp, boolean>): boolean {
  for (const cue of cues) {
    let present = cued.get(cue);
    if (present === undefined) cued.set(cue, (present = (fast ? FAST_CUE.get(cue)! : cue).test(text)));
    if (!present) return false;
  }
  return true;
}

/** Does [start, end) overlap a date already found? */
function overlaps(found: readonly DateMention[], start: number, end: number): boolean {
  for (const f of found) if (start < f.end && end > f.start) return true;
  return false;
}

/** Each pattern's rule id and examples (the tests run them). @internal */
export const DATE_PATTERN_EXAMPLES: readonly { rule: string; examples: readonly Example[]; re: RegExp; cues: readonly RegExp[] }[] = PATTERNS.map((p) => ({ rule: rule(p.rule), examples: p.examples, re: p.re, cues: p.cues }));

/**
 * All date expressions of a text, usually one sentence (UTF-16 offsets relative to `text`), earliest
 * first. Each date's direction (last or next Tuesday) comes from the sentence or quotation it is in.
 * @param published ISO publication date, the anchor for incomplete and relative dates.
 */
export function findDates(text: string, published: string): DateMention[] {
  if (!ISO_DAY.test(published)) throw new RangeError(`publication date must be YYYY-MM-DD, got ${JSON.stringify(published)}`);
  const found: DateMention[] = [];
  // the patterns' faster twins read this text as the patterns do (see `case-fold.ts`)
  const fast = !unicodeSensitive(text);
  const cued = new Map<RegExp, boolean>();
  for (let i = 0; i < PATTERNS.length; i++) {
    const p = PATTERNS[i]!;
    if (!allCued(p.cues, fast, text, cued)) continue;
    const re = fast ? FAST_RE[i]! : p.re;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (m[0] === '' || overlaps(found, start, end)) continue;
      let time: TimeValue | undefined;
      try {
        time = p.make(m, new MatchContext(text, start, end, published));
      } catch {
        time = undefined; // "31. Februar": not a date
      }
      if (time) found.push({ start, end, text: m[0], time, rule: rule(p.rule) });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
