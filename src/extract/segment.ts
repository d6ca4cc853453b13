/**
 * Text segmentation: publisher boilerplate and sentences, with code-point offsets.
 *
 * Does: find page boilerplate (teasers such as "Mehr zum Thema – …", "Meist kommentiert", "Read
 * more:", share/newsletter lines) and split the remaining text into sentences without breaking at
 * German ordinals ("Am 6. Dezember", "25. Jahrestags"), abbreviations ("z. B.", "Dr.", "u. a.",
 * "U.S."), initials or decimals, keeping closing quotes with their sentence.
 * Does not: tokenise words or recognise entities (see `tokens.ts` and `gazetteer.ts`).
 */
import { roleAt } from './lexicon/roles.js';
import type { Segmentation } from '../model/curation.js';
import { CodePointText } from '../model/offsets.js';
import { gluedSentenceEnd } from './tokens.js';

/** Lines that are publisher page furniture, not article content (matched on a whole line). */
const BOILERPLATE_LINE: RegExp[] = [
  /^\s*Mehr zum Thema\s*[–—-].*$/u,
  /^\s*Meist (kommentiert|gelesen)\s*$/u,
  /^\s*(Read more|More on this|Related|Recommended|Most (read|commented))\s*[:–—-]?.*$/iu,
  /^\s*(Teilen|Share)( (auf|on) \w+)?\s*$/iu,
  /^\s*(Newsletter|Abonnieren|Subscribe)\b.*$/iu,
  /^\s*(Folgen Sie uns|Follow us)\b.*$/iu,
  /^\s*(Anzeige|Advertisement)\s*$/iu,
];

/**
 * A byline or a time stamp standing between two paragraphs ("von dpa", "By Jane Doe", "21. Dezember
 * 2019, 13:06 Uhr"): read like any line (its names and dates are the page's), but no paragraph of
 * the article's, so one speaker's words run on across it.
 */
const BYLINE_OR_STAMP: RegExp[] = [
  /^\s*(?:von|by)\s+(?:dpa|afp|ap|apa|sda|kna|epd|reuters|\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,3})\s*$/iu,
  /^\s*\d{1,2}\.\s*\p{L}+\.?\s+\d{4},?\s+\d{1,2}[:.]\d{2}(?:\s*Uhr)?\s*$/u,
];

/** Is the line a byline or a time stamp (see {@link BYLINE_OR_STAMP})? */
export function isBylineOrStamp(line: string): boolean {
  return BYLINE_OR_STAMP.some((re) => re.test(line));
}

/** Abbreviations after which a period does not end a sentence (lower-cased, without the period). */
const ABBREVIATIONS = new Set([
  // German
  'z', 'b', 'bzw', 'ca', 'dr', 'prof', 'nr', 'st', 'str', 'usw', 'vgl', 'u', 'a', 'o', 'ä', 'm', 'd', 'h', 'i', 's', 'ggf', 'evtl', 'inkl',
  'bzgl', 'zb', 'sog', 'dt', 'jh', 'jhd', 'mio', 'mrd', 'abs', 'art', 'bspw', 'etc', 'gen', 'hl', 'insb', 'lt', 'max', 'min', 'mind', 'mwst', 'od',
  'tsd', 'v', 'chr', 'n', 'j', 'jan', 'feb', 'mär', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'okt', 'nov', 'dez', 'präs', 'gen', 'kap', 'bd',
  // English
  'mr', 'mrs', 'ms', 'jr', 'sr', 'vs', 'e', 'g', 'ie', 'eg', 'no', 'gov', 'sen', 'rep', 'col', 'lt', 'maj', 'capt', 'cmdr', 'adm', 'corp', 'inc',
  'ltd', 'co', 'mt', 'ft', 'jan', 'feb', 'mar', 'aug', 'sept', 'oct', 'dec', 'us', 'un', 'uk', 'eu',
]);

/** Nouns that follow a dotted state acronym inside a sentence ("U.S. Army", "U.K. Embassy", "U.S. Under Secretary"). */
const ACRONYM_HEADS = /^(Under|Deputy|Assistant|Vice|Army|Navy|Air|Marines?|Forces|Embassy|Senate|Congress|Department|State|Treasury|Defense|Defence|Government|Administration|Military|Officials?|Troops|Intelligence|Command|Central|Special|Coast|House|Supreme|Admiral|Gen|Sanctions|Allies|Strikes|Aid|Deal|Plan|Policy|Bases?|Weapons|Missiles?|Envoy|Lawmakers|Election)$/u;

/** Titles before names: a period after them never ends a sentence ("Dr. Müller", "Mr. Smith"). */
const TITLES = new Set(['dr', 'prof', 'mr', 'mrs', 'ms', 'st', 'gen', 'präs', 'sen', 'rep', 'col', 'capt', 'cmdr', 'adm', 'lt', 'maj', 'hr', 'fr', 'sgt', 'gov', 'pres']);

/** Words after which "<number>." is an ordinal, not a sentence end. */
const ORDINAL_CONTEXT = new Set(['der', 'die', 'das', 'dem', 'den', 'des', 'zum', 'zur', 'am', 'im', 'vom', 'beim', 'seit', 'bis', 'ab', 'ein', 'eine', 'einer', 'eines', 'einem', 'jeder', 'jedes', 'zu', 'an', 'auf', 'nach', 'vor', 'für', 'ihr', 'ihres', 'sein', 'seines', 'seinem']);

/** German month names: "6. Dezember" is a date, not a sentence end. */
/** Abbreviated English month names ("Oct. 14"). */
const MONTH_ABBREVIATION = /^(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)$/u;
const MONTHS = /^(Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)\b/u;

/** Spans of boilerplate lines (UTF-16 indices). */
function boilerplateRanges(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end);
    if (line.trim() !== '' && BOILERPLATE_LINE.some((re) => re.test(line))) ranges.push([start, end]);
    start = end + 1;
  }
  return ranges;
}

/** Patterns of the period test below, compiled once. */
const WORD_CHAR = /[\p{L}\p{N}]/u;
const NEXT_WORD = /^\s*["'„“”»«(]*\s*([\p{L}\p{N}]+)/u;
const SPACE_LOWER = /^\s+\p{Ll}/u;
const SPACE_UPPER = /^\s+\p{Lu}/u;
const SPACE_GENITIVE = /^\s+\p{Lu}\p{Ll}+s\b/u;
const WORD_BEFORE = /(\p{L}+)\s+$/u;
const LETTER_DOT = /^\s*\p{L}\./u;
const INITIAL = /^\p{Lu}$/u;
const OPT_SPACE_UPPER = /^\s*\p{Lu}/u;
const OPT_SPACE_NAME = /^\s*\p{Lu}[\p{Ll}.]/u;
const OFFICE_AT_ACRONYM = /(\p{L}+)\s+(?:to|at)\s+the\s+(?:\p{Lu}\.)+$/u;
const SENTENCE_OPENER = /^[\p{Lu}\p{N}"'„“»«(]/u;

/** Does the period at `i` (UTF-16 index) end a sentence? */
function periodEndsSentence(text: string, i: number): boolean {
  // the word before the period
  let j = i - 1;
  while (j >= 0 && WORD_CHAR.test(text[j]!)) j--;
  const word = text.slice(j + 1, i);
  const after = text.slice(i + 1, i + 40);
  const nextWord = NEXT_WORD.exec(after)?.[1] ?? '';
  if (/^\d+$/.test(word)) {
    // ordinal or date: "6. Dezember", "25. Jahrestags", "19. November"; decimals "1.5"
    if (/^\d/.test(after)) return false;
    if (MONTHS.test(after.trimStart())) return false;
    if (word.length <= 2 && SPACE_LOWER.test(after)) return false;
    if (word.length <= 2 && SPACE_GENITIVE.test(after)) return false; // "25. Jahrestags"
    // an ordinal after an article or preposition: "Das 25. Jubiläum", "zum 3. Mal", "am 1. Tag"
    const before = WORD_BEFORE.exec(text.slice(Math.max(0, j - 12), j + 1))?.[1]?.toLowerCase();
    if (word.length <= 3 && before && ORDINAL_CONTEXT.has(before)) return false;
  }
  if (TITLES.has(word.toLowerCase()) && SPACE_UPPER.test(after)) return false;
  if (MONTH_ABBREVIATION.test(word) && /^\s\d/u.test(after)) return false; // "Oct. 14", "Sept. 3"
  if (word.length > 0 && ABBREVIATIONS.has(word.toLowerCase()) && !/^\s*$/.test(after.slice(0, 1))) {
    // "z.B." inside a word run
    return false;
  }
  if (word.length > 0 && ABBREVIATIONS.has(word.toLowerCase()) && SPACE_LOWER.test(after)) return false;
  if (word.length > 0 && word.length <= 3 && ABBREVIATIONS.has(word.toLowerCase()) && LETTER_DOT.test(after)) return false; // "z. B."
  if (INITIAL.test(word) && OPT_SPACE_UPPER.test(after) && OPT_SPACE_NAME.test(after) && j >= 0 && /\s/.test(text[j]!)) {
    // single initial: "J. F. Kennedy" (not at sentence starts like "I.")
    return false;
  }
  // "U.S. General Christopher Cavoli", "U.K. Defence Secretary": a dotted acronym before an office or institution
  if (/^\p{Lu}$/u.test(word) && /(?:^|[^\p{L}])(?:\p{Lu}\.)+$/u.test(text.slice(Math.max(0, j - 6), j + 1)) && (roleAt([nextWord], 0) || ACRONYM_HEADS.test(nextWord))) return false;
  // "Ambassador to the U.N. Nikki Haley": an office held at a dotted acronym, then its holder's name
  const officeTo = /^\p{Lu}$/u.test(word) ? OFFICE_AT_ACRONYM.exec(text.slice(Math.max(0, j - 40), j + 1))?.[1] : undefined;
  if (officeTo && roleAt([officeTo], 0) && OPT_SPACE_NAME.test(after)) return false;
  if (gluedSentenceEnd(word, after)) return true;
  if (/^\S/.test(after) && !/^["'„“”»«)\]]/.test(after)) return false; // "U.S.A", "3.5", "example.org"
  // (past the closing quote the period ends: "… abwägen.” Die Bundesregierung …")
  return nextWord === '' || SENTENCE_OPENER.test(after.replace(/^[”)\]]+/u, '').trimStart());
}

/**
 * Split a text into sentences and boilerplate spans (code points), as the curation and extraction
 * layers expect. Line breaks always end a sentence (news text keeps one paragraph a line).
 */
export function segmentText(text: string, _language = 'de'): Segmentation {
  const boiler = boilerplateRanges(text);
  const cp = new CodePointText(text);
  const sentences: Array<{ start: number; end: number }> = [];
  const isBoiler = (i: number) => boiler.some(([s, e]) => i >= s && i < e);

  const push = (s: number, e: number) => {
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s && !isBoiler(s)) sentences.push({ start: cp.toCodePoint(s), end: cp.toCodePoint(e) });
  };

  let start = 0;
  let quoteDepth = 0;
  let straightOpen = false;
  // guillemets open either way: »German« or «Swiss and French»; the first one seen in a paragraph decides
  let guillemetOpen = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\n') {
      push(start, i);
      start = i + 1;
      quoteDepth = 0;
      straightOpen = false;
      guillemetOpen = '';
      continue;
    }
    if ((ch === '»' || ch === '«') && !guillemetOpen) guillemetOpen = ch;
    if (ch === '„' || ch === '“' || ch === guillemetOpen) quoteDepth += ch === '“' && quoteDepth > 0 ? -1 : 1;
    else if (ch === '»' || ch === '«' || ch === '”') quoteDepth = Math.max(0, quoteDepth - 1);
    else if (ch === '"') straightOpen = !straightOpen;
    if (ch !== '.' && ch !== '!' && ch !== '?') continue;
    if (ch === '.' && !periodEndsSentence(text, i)) continue;
    // keep runs of terminal punctuation and closing quotes/brackets with the sentence
    let end = i + 1;
    while (end < text.length && /[.!?"'“”»«)\]]/.test(text[end]!)) end++;
    if (end < text.length && !/\s/.test(text[end]!) && !(end === i + 1 && ch === '.' && /\p{Lu}/u.test(text[end]!))) continue;
    // inside an open quotation a sentence end does not end the sentence: a quote stays whole
    const closes = text.slice(i + 1, end);
    if (quoteDepth > 0 && !/[“”»«]/.test(closes)) continue;
    if (straightOpen && !closes.includes('"')) continue;
    if (closes.includes('"')) straightOpen = false;
    push(start, end);
    start = end;
    i = end - 1;
      quoteDepth = 0;
  }
  push(start, text.length);
  return {
    sentences,
    boilerplate: boiler.map(([s, e]) => ({ start: cp.toCodePoint(s), end: cp.toCodePoint(e) })),
  };
}
