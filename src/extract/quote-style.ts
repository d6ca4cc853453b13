/**
 * British quotation style: a text that quotes with single marks ('We reached out,' he said; ‘…’)
 * and never with double ones. Its quotation marks are read as double ones (“…”), one character
 * for one, so every offset stays the same; apostrophes ("they've", "Russia's") stay. The stages
 * read the rewritten text; evidence spans and the stored text are the original (a statement's
 * words show a quotation inside them with double marks). Does not: touch a text that uses double
 * quotation marks anywhere (its single marks are apostrophes or quotes inside quotes).
 */

/** Double quotation marks of any language: where one occurs, single marks are not quotations. */
const DOUBLE_MARKS = /["“”„«»]/u;
/** A single mark opening a quotation: at a paragraph's start or after a space, colon or parenthesis, before a letter or digit. */
const OPENER = /(^|[\s(:—–-])(['‘])(?=[\p{L}\p{N}])/gmu;
/** How many openers make the style: one could be a stray mark. */
const MIN_OPENERS = 2;

/** The text with its single quotation marks read as double ones, or the text itself when it does not quote that way. */
export function withDoubleQuotes(text: string): string {
  if (DOUBLE_MARKS.test(text)) return text;
  const openers = [...text.matchAll(OPENER)].map((m) => m.index + m[1]!.length);
  if (openers.length < MIN_OPENERS) return text;
  const chars = text.split('');
  let from = 0;
  for (const open of openers) {
    if (open < from) continue;
    const close = closerOf(text, open);
    if (close < 0) continue;
    chars[open] = '“';
    chars[close] = '”';
    from = close + 1;
  }
  return chars.join('');
}

/**
 * The mark closing the quotation opened at `open`, in its paragraph: a mark after punctuation or
 * before punctuation first ('…,' he said; '…'.), else one before a space or the paragraph's end
 * (not a plural's apostrophe inside the words, "the allies' drills", when a better one follows);
 * never one between letters ("they've"). -1 when there is none.
 */
function closerOf(text: string, open: number): number {
  const want = text[open] === '‘' ? '’' : "'";
  const end = text.indexOf('\n', open) < 0 ? text.length : text.indexOf('\n', open);
  let loose = -1;
  for (let k = open + 1; k < end; k++) {
    if (text[k] !== want) continue;
    const before = text[k - 1] ?? '';
    const after = text[k + 1] ?? '';
    if (/[\p{L}\p{N}]/u.test(after)) continue; // "they've", "Russia's"
    if (/[.,!?…;:]/u.test(before) || /[.,!?…;:]/u.test(after)) return k;
    if (loose < 0 && !/\s/u.test(before)) loose = k;
  }
  return loose;
}
