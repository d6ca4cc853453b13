/**
 * Finding where JSON values end without parsing them, so a large JSON text can be parsed a slice
 * at a time (a few thousand array elements per `JSON.parse`) and the page can answer input
 * between slices. Strings are skipped with their escapes; nothing is validated beyond what is
 * needed to find the end (`JSON.parse` of each slice does that).
 * Does not: build anything from the text (bundle-loader.ts does).
 */

const QUOTE = 34;
const BACKSLASH = 92;
const OPENERS = new Set([123, 91]); // { [
const STRUCTURAL = /["[\]{}]/g;
const END_OF_SCALAR = /[\s,\]}]/g;

/** A malformed or truncated text. */
export class JsonScanError extends Error {
  constructor(message: string, at: number) {
    super(`${message} at character ${at}`);
    this.name = 'JsonScanError';
  }
}

/** The index of the first character at or after `i` that is not JSON whitespace. */
export function skipWhitespace(text: string, i: number): number {
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 10 && c !== 13 && c !== 9) break;
    i++;
  }
  return i;
}

/** Just past the string whose opening quote is at `i`. */
export function skipString(text: string, i: number): number {
  let from = i + 1;
  for (;;) {
    const q = text.indexOf('"', from);
    if (q < 0) throw new JsonScanError('unterminated string', i);
    let backslashes = 0;
    for (let b = q - 1; text.charCodeAt(b) === BACKSLASH; b--) backslashes++;
    if (backslashes % 2 === 0) return q + 1;
    from = q + 1;
  }
}

/** Just past the JSON value that starts at `i` (after whitespace). */
export function skipValue(text: string, i: number): number {
  i = skipWhitespace(text, i);
  const c = text.charCodeAt(i);
  if (c === QUOTE) return skipString(text, i);
  if (!OPENERS.has(c)) {
    END_OF_SCALAR.lastIndex = i;
    return END_OF_SCALAR.exec(text)?.index ?? text.length;
  }
  let depth = 0;
  STRUCTURAL.lastIndex = i;
  for (;;) {
    const m = STRUCTURAL.exec(text);
    if (!m) throw new JsonScanError('unterminated array or object', i);
    const ch = text.charCodeAt(m.index);
    if (ch === QUOTE) STRUCTURAL.lastIndex = skipString(text, m.index);
    else if (OPENERS.has(ch)) depth++;
    else if (--depth === 0) return m.index + 1;
  }
}

/**
 * The elements of the array that opens at `i`, `size` at a time, each slice as the text of an
 * array (`[e1,e2,…]`) ready for `JSON.parse`; returns the index just past the array.
 */
export function* arraySlices(text: string, i: number, size: number): Generator<string, number> {
  i = skipWhitespace(text, i);
  if (text.charCodeAt(i) !== 91) throw new JsonScanError('expected an array', i);
  i = skipWhitespace(text, i + 1);
  if (text.charCodeAt(i) === 93) return i + 1;
  for (;;) {
    const start = i;
    let count = 0;
    let end = i;
    let closed = false;
    while (count < size) {
      end = skipValue(text, i);
      count++;
      i = skipWhitespace(text, end);
      const c = text.charCodeAt(i);
      if (c === 93) {
        closed = true;
        break;
      }
      if (c !== 44) throw new JsonScanError('expected , or ] in an array', i);
      i = skipWhitespace(text, i + 1);
    }
    yield `[${text.slice(start, end)}]`;
    if (closed) return i + 1;
  }
}

/** How many elements the array that opens at `i` has, counting no further than `limit`. */
export function countElements(text: string, i: number, limit: number): number {
  i = skipWhitespace(text, i);
  if (text.charCodeAt(i) !== 91) throw new JsonScanError('expected an array', i);
  i = skipWhitespace(text, i + 1);
  if (text.charCodeAt(i) === 93) return 0;
  let n = 0;
  while (n < limit) {
    i = skipWhitespace(text, skipValue(text, i));
    n++;
    if (text.charCodeAt(i) !== 44) break;
    i = skipWhitespace(text, i + 1);
  }
  return n;
}
