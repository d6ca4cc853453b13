/**
 * Quotations: where a text quotes someone, with any of the quotation marks news uses („…“, “…”,
 * "…", »…«, «…», ‚…‘), a quotation left open running to the end of its paragraph, one whose
 * opening mark is missing running from its paragraph's start. Does not:
 * decide who is quoted (see `../speech.ts`).
 */
/** A quotation in the text (UTF-16 offsets, quote marks included). */
export interface Quotation {
  start: number;
  end: number;
  inner: string;
}

const LETTER = /\p{L}/u;

const CLOSERS: Record<string, string> = { '„': '“”', '“': '”', '"': '"', '»': '«', '«': '»', '‚': '‘’' };
/** Fewer words than this are a scare quote unless a reporting clause follows ("die „Bedrohung“"). */
export const MIN_QUOTE_WORDS = 3;
const OPENERS = new RegExp(`[${Object.keys(CLOSERS).join('')}]`, 'g');

/** The index of the next opening quotation mark in text[from, to), else `to`. */
function nextOpener(text: string, from: number, to: number): number {
  OPENERS.lastIndex = from;
  const m = OPENERS.exec(text);
  return m && m.index < to ? m.index : to;
}

/** Quotations in text[from, to): closed ones, and one left open to the end of its paragraph. */
export function quotations(text: string, from: number, to: number): Quotation[] {
  const out: Quotation[] = [];
  for (let i = nextOpener(text, from, to); i < to; i = nextOpener(text, i + 1, to)) {
    const closers = CLOSERS[text[i]!]!;
    if (text[i] === '‚' && !/\s/.test(text[i - 1] ?? ' ')) continue;
    // a closing mark whose opening the page lost ("… zu schaffen“, fügte er hinzu"): the quotation runs from the paragraph's start
    if (out.length === 0 && i > from && '“"'.includes(text[i]!) && /[\p{L}.!?]/u.test(text[i - 1]!) && /^[\s,.;:!?]?$/u.test(text[i + 1] ?? '') && !/[„“"»«]/.test(text.slice(from, i))) {
      out.push({ start: from, end: i + 1, inner: text.slice(from, i) });
      continue;
    }
    let close = -1;
    for (let k = i + 1; k < to; k++) if (closers.includes(text[k]!) && !(text[i] === '"' && LETTER.test(text[k - 1] ?? '') && LETTER.test(text[k + 1] ?? ''))) {
      close = k;
      break;
    }
    const end = close < 0 ? to : close + 1;
    out.push({ start: i, end, inner: text.slice(i + 1, close < 0 ? to : close) });
    i = end - 1;
  }
  return out;
}

/** Words in a quotation's inner text. */
export const quoteWords = (s: string) => s.split(/\s+/).filter((w) => LETTER.test(w)).length;

/** Words before a quotation that make it a title, not speech: 'a decree "On the Approval of …"', 'unter dem Titel „…“'. */
const TITLE_BEFORE = /\b(decree|law|bill|resolution|doctrine|document|report|book|article|operation|exercise|titled|entitled|named|Dekret|Erlass|Gesetz|Resolution|Doktrin|Dokument|Bericht|Buch|Operation|Übung|Manöver|Titel|namens)\s*$/iu;

/** Is the quotation at `start` a title (of a decree, a law, an exercise), by the words right before it? */
export const isTitle = (text: string, start: number) => TITLE_BEFORE.test(text.slice(Math.max(0, start - 30), start));

